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


def spec_of(chart: alt.TopLevelMixin, validate: bool = True) -> dict:
    """The chart's Vega-Lite spec, built once per drawing.

    Validation against the Vega-Lite schema costs about 80 ms, so redraws of a chart that was
    validated when first drawn (same structure, new data) skip it.
    """
    return chart.to_dict(validate=validate)


def to_figure_html(spec: dict) -> str:
    """A chart's spec as an accessible HTML figure: one image named by its description."""
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
