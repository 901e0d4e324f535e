"""A chart's Vega-Lite spec for drawing, and its drawing as self-contained SVG.

In Voila and JupyterLab the learner's browser draws the spec (``widgets.ui.chart_figure``)
with the suite's own copy of the Vega libraries, so no kernel carries a JavaScript engine. A
page without scripts (the cohort report, a static export) gets SVG drawn by vl-convert instead
(:func:`to_figure_html`), imported only then. Neither needs the network: Altair's default
renderer would load its JavaScript from a CDN (see the stack notes).

A redraw with new data swaps the values of the spec's named datasets (see :func:`with_data`),
so that Altair builds a chart once per layout.

A chart may come with its narrow layout (see :mod:`widgets.charts.narrow`): both are drawn into
the figure and the page's style sheet shows whichever fits the figure's width, so a phone turned
sideways or a window resized shows the other one at once, with no round trip to the kernel.
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import altair as alt

from widgets.errors import BelongingLabError

if TYPE_CHECKING:
    import pandas as pd

RECENT_DRAWINGS = 64  # SVGs kept per process (wide and narrow): a few MB at most
FITS_STEP, FITS_RANGE = 40, (400, 1200)  # px: the bl-fits-N classes of the style sheet
SVG_WIDTH = re.compile(r'<svg[^>]*?\swidth="([0-9.]+)"')


def to_svg(chart: alt.TopLevelMixin) -> str:
    """The chart drawn as an SVG document."""
    return _drawn(json.dumps(chart.to_dict()))


def spec_of(chart: alt.TopLevelMixin, validate: bool = True) -> dict:
    """The chart's Vega-Lite spec, built once per drawing.

    Validation against the Vega-Lite schema costs about 80 ms, so redraws of a chart that was
    validated when first drawn (same structure, new data) skip it.
    """
    return chart.to_dict(validate=validate)


def records(table: pd.DataFrame) -> list[dict]:
    """A table's rows as a named dataset holds them (missing values become null)."""
    return json.loads(table.to_json(orient="records"))


def with_data(spec: dict, datasets: dict[str, list[dict]], description: str,
              title: str | None = None, axis_titles: dict[str, str] | None = None) -> dict | None:
    """A spec with new values for its named datasets and a new description (and title, and
    titles of the axes of the channels named in ``axis_titles``, e.g. ``{"x": ...}``).

    The copy shares everything else with ``spec``, which is left unchanged. Returns None when
    the spec does not hold every dataset, title or axis title where expected: build afresh.
    """
    if not set(datasets) <= set(spec.get("datasets", {})):
        return None
    swapped = {**spec, "datasets": {**spec["datasets"], **datasets},
               "description": description}
    if title is not None:
        if isinstance(spec.get("title"), dict):
            swapped["title"] = {**spec["title"], "text": title}
        elif isinstance(spec.get("title"), str):
            swapped["title"] = title
        else:
            return None
    if axis_titles:
        retitled, found = _retitled(swapped, axis_titles)
        if found != set(axis_titles):
            return None
        swapped = retitled
    return swapped


def _retitled(node: object, axis_titles: dict[str, str]) -> tuple[object, set[str]]:
    """``node`` with the title of every encoding channel named in ``axis_titles`` replaced
    (in every layer and concatenated view), and the channels found."""
    if isinstance(node, list):
        pairs = [_retitled(item, axis_titles) for item in node]
        return [item for item, _ in pairs], set().union(*(found for _, found in pairs))
    if not isinstance(node, dict):
        return node, set()
    found: set[str] = set()
    copy = {}
    for key, value in node.items():
        if key == "encoding" and isinstance(value, dict):
            value = {channel: ({**encoding, "title": axis_titles[channel]}
                               if channel in axis_titles and isinstance(encoding, dict)
                               and "title" in encoding else encoding)
                     for channel, encoding in value.items()}
            found |= {channel for channel, encoding in node[key].items()
                      if channel in axis_titles and isinstance(encoding, dict)
                      and "title" in encoding}
        elif key != "datasets":
            value, inner = _retitled(value, axis_titles)
            found |= inner
        copy[key] = value
    return copy, found


def description_of(spec: dict) -> str:
    """A spec's description, its accessible name; every chart of the suite has one."""
    description = spec.get("description")
    if not description:
        raise BelongingLabError("charts.no_description")
    return description


def to_figure_html(spec: dict, narrow: dict | None = None) -> str:
    """A spec drawn as an accessible HTML figure with SVG: one image named by its description.

    For pages that run no scripts; live pages draw in the browser instead (the same figure).
    With ``narrow`` (the same chart in its narrow layout) both drawings are included; the
    figure's class ``bl-fits-N`` says from which width N (px) the wide one is shown. The
    description is also written out as text, which only print shows (the image is named).
    """
    description = description_of(spec)
    svg = _drawn(json.dumps(spec))
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
    return fits_of(float(found.group(1)) if found else 0)


def fits_of(width: float) -> int:
    """The ``bl-fits-N`` class number for a drawing ``width`` px wide (the browser's figure
    computes the same from ``FITS_STEP`` and ``FITS_RANGE``)."""
    step = round(width / FITS_STEP) * FITS_STEP
    return min(max(step, FITS_RANGE[0]), FITS_RANGE[1])


@lru_cache(maxsize=RECENT_DRAWINGS)
def _drawn(spec_json: str) -> str:
    import vl_convert  # its JavaScript engine costs ~70 MB: only where SVG is drawn

    return vl_convert.vegalite_to_svg(spec_json)
