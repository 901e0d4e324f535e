"""A chart with its text alternative: the figure and a button showing its data as a table."""

from __future__ import annotations

import html
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Union

import altair as alt
import ipywidgets as w

from widgets.charts.render import description_of, spec_of, to_figure_html, with_data
from widgets.content import load
from widgets.content.models.ui import UiTexts
from widgets.ui.chart_figure import ChartFigure

if TYPE_CHECKING:
    import pandas as pd

LAYOUTS_KEPT = 8
Table = Union["pd.DataFrame", list[dict]]  # a DataFrame, or rows where pandas is not needed


def table_html(table: Table, caption: str) -> str:
    """An escaped HTML table with a caption and no unlabelled index column."""
    if isinstance(table, list):
        return _rows_html(table, caption)
    body = table.to_html(index=False, escape=True, border=0, classes="bl-table")
    return body.replace(">", f"><caption>{html.escape(caption)}</caption>", 1)


def _rows_html(rows: list[dict], caption: str) -> str:
    """The same table from rows (their keys are the column headings)."""
    columns = list(dict.fromkeys(key for row in rows for key in row))
    head = "".join(_cell("th", column) for column in columns)
    body = "".join("<tr>" + "".join(_cell("td", row.get(column, "")) for column in columns)
                   + "</tr>" for row in rows)
    return (f'<table class="bl-table"><caption>{html.escape(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _cell(tag: str, value: object) -> str:
    return f"<{tag}>{html.escape(str(value))}</{tag}>"


class ChartView(w.VBox):
    """Shows a chart and, on request, the same numbers as an accessible table.

    ``narrow`` is the same chart in its narrow layout (``chart_function(..., narrow=True)``):
    the figure holds both and the page shows whichever fits. ``layout`` names whatever shapes
    the chart besides its named datasets, title and description (see :meth:`update`); None
    means the chart is always rebuilt. The specs of the last few layouts are kept, so
    switching back to one skips the rebuild. The browser draws the figure (``ChartFigure``);
    :meth:`figure_html` draws it for pages without scripts.
    """

    def __init__(self, chart: alt.TopLevelMixin, table: Table,
                 layout: Hashable = None, narrow: alt.TopLevelMixin | None = None) -> None:
        texts = load(UiTexts).chart_view
        self._caption = texts["table_caption"]
        self._layouts: dict[Hashable, tuple] = {}  # specs by layout, least recent first
        self.figure = ChartFigure()
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
        self._draw(chart, narrow, table, layout, validate=True)

    def show(self, chart: alt.TopLevelMixin, table: Table,
             narrow: alt.TopLevelMixin | None = None) -> None:
        """Redraw the figure with a new chart (and its narrow layout) and refresh its table.

        The chart's structure was validated when it was first drawn; redraws skip that check.
        """
        self._draw(chart, narrow, table, None, validate=False)

    def update(self, layout: Hashable, build: Callable[[bool], alt.TopLevelMixin],
               datasets: dict[str, list[dict]], table: Table, description: str,
               title: str | None = None, axis_titles: dict[str, str] | None = None,
               short_title: str | None = None) -> None:
        """Redraw with new data, building the chart (``build(narrow)``, for the wide and the
        narrow layout) only for a new layout.

        With a ``layout`` drawn recently, its specs are reused with ``datasets`` (the chart's
        named datasets, as :func:`widgets.charts.render.records` gives them), ``description``,
        ``title`` (``short_title`` in the narrow layout) and ``axis_titles`` swapped in (see
        :func:`widgets.charts.render.with_data`): Altair is skipped.
        """
        kept = self._layouts.pop(layout, None) if layout is not None else None
        if kept is not None:
            wide, narrow = kept
            swapped = with_data(wide, datasets, description, title, axis_titles)
            swapped_narrow = narrow and with_data(narrow, datasets, description,
                                                  short_title or title, axis_titles)
            if swapped is not None and (narrow is None or swapped_narrow is not None):
                self._layouts[layout] = kept  # now the most recently used
                self._paint(swapped, swapped_narrow, table)
                return
        self._draw(build(False), build(True), table, layout, validate=False)

    def _draw(self, chart: alt.TopLevelMixin, narrow: alt.TopLevelMixin | None,
              table: Table, layout: Hashable, validate: bool) -> None:
        spec = spec_of(chart, validate=validate)
        narrow_spec = spec_of(narrow, validate=validate) if narrow is not None else None
        if layout is not None:
            self._layouts[layout] = (spec, narrow_spec)
            if len(self._layouts) > LAYOUTS_KEPT:
                del self._layouts[next(iter(self._layouts))]
        self._paint(spec, narrow_spec, table)

    def _paint(self, spec: dict, narrow: dict | None, table: Table) -> None:
        caption = f"{self._caption} {description_of(spec)}"
        with self.figure.hold_sync():
            self.figure.spec = spec
            self.figure.narrow = narrow or {}
        self.table.value = table_html(table, caption)

    def figure_html(self) -> str:
        """The figure drawn as SVG, for a page that runs no scripts (the cohort report)."""
        return to_figure_html(self.figure.spec, self.figure.narrow or None)

    def _on_toggle(self, change: dict) -> None:
        self.table.layout.display = None if change["new"] else "none"
