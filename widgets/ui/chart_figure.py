"""A chart figure drawn in the learner's browser (an anywidget): the kernel sends the chart's
Vega-Lite spec, and Vega-Embed, served from the suite's own files, draws it as SVG inside a
figure whose accessible name is the chart's description.

Drawing in the browser keeps the JavaScript engine out of every learner's kernel (vl-convert's
cost about 70 MB and 0.4 s a kernel). ``belonging-lab serve`` and ``configure-jupyter`` write
the Vega libraries (``BUNDLE_FILE``) into the Voila template's static files, which Voila
serves under ``voila/static/``.
"""

from __future__ import annotations

from pathlib import Path

import anywidget
import traitlets

from widgets.charts.render import FITS_RANGE, FITS_STEP

BUNDLE_FILE = "vega-bundle.js"
BUNDLE_URL_PATH = f"voila/static/{BUNDLE_FILE}"  # under the page's base URL


class ChartFigure(anywidget.AnyWidget):
    """``spec`` and, when the chart has one, its narrow layout ``narrow`` (else empty): the
    figure holds both drawings and the page's style sheet shows whichever fits, by the
    ``bl-fits-N`` class the browser sets from the wide drawing's width (``fits``: step, lowest,
    highest, as for the SVG figure of :func:`widgets.charts.render.to_figure_html`)."""

    _esm = Path(__file__).with_name("chart_figure.js")
    spec = traitlets.Dict().tag(sync=True)
    narrow = traitlets.Dict().tag(sync=True)
    bundle = traitlets.Unicode(BUNDLE_URL_PATH).tag(sync=True)
    fits = traitlets.List([FITS_STEP, *FITS_RANGE]).tag(sync=True)
