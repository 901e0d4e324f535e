"""A chart with its text alternative: the figure and a button showing its data as a table."""

from __future__ import annotations

import html

import altair as alt
import ipywidgets as w
import pandas as pd

from widgets.charts.render import spec_of, to_figure_html
from widgets.content import load


def table_html(table: pd.DataFrame, caption: str) -> str:
    """An escaped HTML table with a caption and no unlabelled index column."""
    body = table.to_html(index=False, escape=True, border=0, classes="bl-table")
    return body.replace(">", f"><caption>{html.escape(caption)}</caption>", 1)


class ChartView(w.VBox):
    """Shows a chart and, on request, the same numbers as an accessible table."""

    def __init__(self, chart: alt.TopLevelMixin, table: pd.DataFrame) -> None:
        texts = load("ui")["chart_view"]
        self._caption = texts["table_caption"]
        self.figure = w.HTML()
        self.table = w.HTML(layout=w.Layout(display="none"))
        self.toggle = w.ToggleButton(
            value=False,
            description=texts["show_table"],
            tooltip=texts["show_table_tooltip"],
            layout=w.Layout(width="auto"),
        )
        self.toggle.observe(self._on_toggle, names="value")
        super().__init__([self.figure, self.toggle, self.table])
        self.add_class("bl-chart-view")
        self._draw(chart, table, validate=True)

    def show(self, chart: alt.TopLevelMixin, table: pd.DataFrame) -> None:
        """Redraw the figure with new data and refresh its table.

        The chart's structure was validated when it was first drawn; redraws skip that check.
        """
        self._draw(chart, table, validate=False)

    def _draw(self, chart: alt.TopLevelMixin, table: pd.DataFrame, validate: bool) -> None:
        spec = spec_of(chart, validate=validate)
        self.figure.value = to_figure_html(spec)
        self.table.value = table_html(table, f"{self._caption} {spec.get('description', '')}")

    def _on_toggle(self, change: dict) -> None:
        self.table.layout.display = None if change["new"] else "none"
