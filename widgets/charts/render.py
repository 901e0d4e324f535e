"""Turning an Altair chart into self-contained SVG, drawn in the kernel by vl-convert.

Altair's default renderer loads its JavaScript from a CDN, which fails offline and on networks
that block CDNs (see the stack notes). SVG drawn here needs nothing from the network, embeds
only the marks (never the data table behind them), and is small (a few KB a chart).

Drawing is the slow part of a widget's redraw, so it is done in steps that redraws can skip:
a chart's Vega-Lite spec is compiled to Vega once per layout; a redraw with new data swaps the
values of the compiled spec's named datasets (see :func:`with_data`); and the SVG of a spec
drawn recently (a learner moving a slider back and forth) is reused.

A chart may come with its narrow layout (see :mod:`widgets.charts.narrow`): both are drawn into
the figure and the page's style sheet shows whichever fits the figure's width, so a phone turned
sideways or a window resized shows the other one at once, with no round trip to the kernel.
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache

import altair as alt
import pandas as pd
import vl_convert

from widgets.errors import BelongingLabError

RECENT_DRAWINGS = 64  # SVGs kept per kernel (wide and narrow): a few MB at most
FITS_STEP, FITS_RANGE = 40, (400, 1200)  # px: the bl-fits-N classes of the style sheet
SVG_WIDTH = re.compile(r'<svg[^>]*?\swidth="([0-9.]+)"')


def to_svg(chart: alt.TopLevelMixin) -> str:
    """The chart drawn as an SVG document."""
    return vl_convert.vegalite_to_svg(chart.to_dict())


def spec_of(chart: alt.TopLevelMixin, validate: bool = True) -> dict:
    """The chart's Vega-Lite spec, built once per drawing.

    Validation against the Vega-Lite schema costs about 80 ms, so redraws of a chart that was
    validated when first drawn (same structure, new data) skip it.
    """
    return chart.to_dict(validate=validate)


def records(table: pd.DataFrame) -> list[dict]:
    """A table's rows as a named dataset holds them (missing values become null)."""
    return json.loads(table.to_json(orient="records"))


def vega_of(spec: dict) -> dict:
    """A Vega-Lite spec compiled to Vega, the form that is drawn and whose data can be swapped."""
    return vl_convert.vegalite_to_vega(spec)


def with_data(vega: dict, datasets: dict[str, list[dict]], description: str,
              title: str | None = None, axis_titles: dict[str, str] | None = None) -> dict | None:
    """A compiled spec with new values for its named datasets and a new description (and title,
    and titles of the axes of the scales named in ``axis_titles``, e.g. ``{"x": ...}``).

    The copy shares everything else with ``vega``, which is left unchanged. Returns None when
    the spec does not hold every dataset, title or axis title where expected: compile afresh.
    """
    names = {entry["name"] for entry in vega.get("data", []) if "values" in entry}
    if not set(datasets) <= names:
        return None
    data = [{**entry, "values": datasets[entry["name"]]} if entry["name"] in datasets else entry
            for entry in vega["data"]]
    swapped = {**vega, "data": data, "description": description}
    if title is not None:
        if not isinstance(vega.get("title"), dict):
            return None
        swapped["title"] = {**vega["title"], "text": title}
    if axis_titles:
        titled = {axis["scale"] for axis in vega.get("axes", []) if "title" in axis}
        if not set(axis_titles) <= titled:
            return None
        swapped["axes"] = [{**axis, "title": axis_titles[axis["scale"]]}
                           if "title" in axis and axis["scale"] in axis_titles else axis
                           for axis in vega["axes"]]
    return swapped


def to_figure_html(vega: dict, narrow: dict | None = None) -> str:
    """A compiled chart as an accessible HTML figure: one image named by its description.

    With ``narrow`` (the same chart compiled in its narrow layout) both drawings are included;
    the figure's class ``bl-fits-N`` says from which width N (px) the wide one is shown. The
    description is also written out as text, which only print shows (the image is named).
    """
    description = vega.get("description")
    if not description:
        raise BelongingLabError("charts.no_description")
    svg = _drawn(json.dumps(vega))
    label = html.escape(description, quote=True)
    if narrow is None:
        drawings, fits = f'<div class="bl-chart-svg" aria-hidden="true">{svg}</div>', ""
    else:
        drawings = (f'<div class="bl-chart-svg bl-chart-wide" aria-hidden="true">{svg}</div>'
                    f'<div class="bl-chart-svg bl-chart-narrow" aria-hidden="true">'
                    f"{_drawn(json.dumps(narrow))}</div>")
        fits = f" bl-fits-{fits_from(svg)}"
    return (
        f'<figure class="bl-chart{fits}" role="img" aria-label="{label}">{drawings}'
        f'<p class="bl-chart-text" aria-hidden="true">{html.escape(description)}</p>'
        f"</figure>"
    )


def fits_from(svg: str) -> int:
    """The drawing's width to the nearest ``FITS_STEP`` px: from there on it is shown at 95%
    or more of its own size."""
    found = SVG_WIDTH.search(svg)
    step = round(float(found.group(1)) / FITS_STEP) * FITS_STEP if found else 0
    return min(max(step, FITS_RANGE[0]), FITS_RANGE[1])


@lru_cache(maxsize=RECENT_DRAWINGS)
def _drawn(vega_json: str) -> str:
    return vl_convert.vega_to_svg(vega_json)
