"""Turning an Altair chart into self-contained SVG, drawn in the kernel by vl-convert.

Altair's default renderer loads its JavaScript from a CDN, which fails offline and on networks
that block CDNs (see the stack notes). SVG drawn here needs nothing from the network, embeds
only the marks (never the data table behind them), and is small (a few KB a chart).
"""

from __future__ import annotations

import html

import altair as alt
import vl_convert

from widgets.errors import BelongingLabError


def to_svg(chart: alt.TopLevelMixin) -> str:
    """The chart drawn as an SVG document."""
    return vl_convert.vegalite_to_svg(chart.to_dict())


def to_figure_html(chart: alt.TopLevelMixin) -> str:
    """The chart as an accessible HTML figure: the SVG is one image named by its description."""
    spec = chart.to_dict()
    description = spec.get("description")
    if not description:
        raise BelongingLabError("charts.no_description")
    svg = vl_convert.vegalite_to_svg(spec)
    label = html.escape(description, quote=True)
    return (
        f'<figure class="bl-chart" role="img" aria-label="{label}">'
        f'<div class="bl-chart-svg" aria-hidden="true">{svg}</div>'
        f"</figure>"
    )
