"""The narrow layout of the charts: for phones and for high zoom (320 CSS px, WCAG 1.4.10).

A chart function called with ``narrow=True`` draws the same marks, data and description for a
column of ``WIDTH`` px (panels stacked, fewer ticks, the content file's short title), so that a
320 px wide screen shows it at its own size, and every text in it at ``TEXT_SIZE`` px or more.
The UI shows the wide or the narrow drawing, whichever fits (see widgets.charts.render).
"""

from __future__ import annotations

import altair as alt

from widgets.charts.palette import TEXT

WIDTH = 280  # the whole chart, axes and legend included
TEXT_SIZE = 12  # axis labels, legends, mark labels: never below 11 px when drawn at own size
TITLE_SIZE = 14
LABEL_LIMIT = 110  # px of a row label (e.g. a circle's name) before it is cut with an ellipsis
FEWER_TICKS = 4
# Rows whose name stands above their mark instead of on an axis beside the plot, which leaves
# the plot the whole width for the marks and the texts written after them.
ROW_STEP = 46  # px per row
MARK_BELOW, NAME_ABOVE = 8, -10  # px from a row's middle


def fit(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """A single or layered chart sized as a whole (axes and legend included) to ``WIDTH``."""
    return chart.properties(width=WIDTH, autosize=alt.AutoSizeParams(type="fit-x",
                                                                      contains="padding"))


def configured(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """Text sizes and legend placement of every narrow chart."""
    return (
        chart.configure_axis(labelFontSize=TEXT_SIZE, titleFontSize=TEXT_SIZE,
                             labelLimit=LABEL_LIMIT)
        .configure_legend(orient="bottom", direction="vertical", labelFontSize=TEXT_SIZE,
                          titleFontSize=TEXT_SIZE, labelLimit=WIDTH - 40, titleLimit=WIDTH)
        .configure_header(labelFontSize=TEXT_SIZE, titleFontSize=TEXT_SIZE, labelLimit=WIDTH)
        .configure_title(fontSize=TITLE_SIZE, anchor="start", limit=WIDTH)
        .configure_text(fontSize=TEXT_SIZE)
    )


def names_above(y: alt.Y, x: alt.X | alt.XDatum, text: str, data: object = alt.Undefined,
                **mark: object) -> alt.Chart:
    """A text layer that writes each row's ``text`` above its mark, from ``x`` (the plot's
    left edge, or ``align="right"`` at its right edge); give the row's other marks
    ``yOffset=MARK_BELOW`` and the chart ``height=alt.Step(ROW_STEP)``."""
    return alt.Chart(data).mark_text(**{"align": "left", "color": TEXT, "yOffset": NAME_ABOVE,
                                        "limit": WIDTH - 10, **mark}).encode(y=y, x=x, text=text)
