"""Module 05's representation chart and the explorer of the SYNTHETIC research-workforce survey."""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w
import pandas as pd

from widgets.charts.workforce import (
    group_axis_titles,
    group_chart,
    group_data,
    group_layout,
    representation_chart,
)
from widgets.content import load
from widgets.content.models.workforce import Measure, Workforce
from widgets.datasets.loader import load as load_dataset
from widgets.logic.workforce import (
    MIN_GROUP_SIZE,
    figures_by_comparison,
    group_summary,
    hidden_groups,
    representation_table,
    summary_labels,
    within_role,
)
from widgets.ui.chart_view import ChartView
from widgets.ui.controls import menu

DATASET = "research_workforce"


def representation_view() -> ChartView:
    """The sourced representation figures as a chart with its data table."""
    workforce = load(Workforce)
    representation = workforce.representation
    table = representation_table(workforce)
    sentences = figures_by_comparison(table, representation.figure_format)
    (first, first_figures), (second, second_figures) = sentences.items()
    description = representation.description.format(
        first=first, first_figures=first_figures, second=second, second_figures=second_figures)
    texts = representation.chart_texts(description)
    chart = representation_chart(table, texts)
    columns = representation.table_columns
    readable = table[["comparison", "group", "setting", "display", "source"]].rename(
        columns={name: columns[name] for name in columns})
    return ChartView(chart, readable, narrow=representation_chart(table, texts, narrow=True))


class WorkforceExplorer(w.VBox):
    """Pick a measure, a breakdown and a role; see the SYNTHETIC survey by group."""

    def __init__(
        self,
        data_dir: str | Path | None = None,
        min_group_size: int = MIN_GROUP_SIZE,
        measure: str = "perceptions",
        breakdown: str = "role",
    ) -> None:
        hidden_groups(pd.Series(dtype="int64"), min_group_size)  # refuse a threshold under 5
        self.texts = load(Workforce).explorer
        self.survey = load_dataset(DATASET, data_dir=data_dir or None)
        self.min_n = min_group_size
        self.measures = {m.id: m for m in self.texts.measures}
        self.breakdowns = {b.id: b.label for b in self.texts.breakdowns}
        self.measure = menu([(m.label, m.id) for m in self.texts.measures], measure,
                            self.texts.measure)
        self.breakdown = menu([(label, key) for key, label in self.breakdowns.items()],
                              breakdown, self.texts.breakdown)
        roles = sorted(self.survey["role"].dropna().unique())
        self.role = menu([(self.texts.all_roles, ""), *[(r, r) for r in roles]], "",
                         self.texts.role_filter)
        banner = w.HTML(f'<p class="bl-synthetic" role="note"><strong>'
                        f"{html.escape(self.texts.banner)}</strong></p>")
        self.summary = w.HTML()
        self.summary.add_class("bl-live")
        self.view: ChartView | None = None
        for control in (self.measure, self.breakdown, self.role):
            control.observe(self.redraw, names="value")
        self.redraw()
        super().__init__([banner, self.measure, self.breakdown, self.role, self.summary,
                          self.view])
        self.add_class("bl-workforce-explorer")

    def redraw(self, _change: dict | None = None) -> None:
        """Summarise the chosen slice of the survey and redraw the chart and its table."""
        spec = self.measures[self.measure.value]
        people = within_role(self.survey, self.role.value or None)
        summary = group_summary(people, self.breakdown.value, spec.id, spec.kind, self.min_n)
        chart_texts = self.texts.chart
        hidden_text = self.texts.suppressed.format(min_n=self.min_n)
        labelled = summary.assign(
            label=summary_labels(summary, chart_texts["bar_label"], hidden_text))
        texts = self.chart_texts(labelled, spec)
        shown = int((~summary["suppressed"]).sum())
        template = (self.texts.summary_all_shown if shown == len(summary)
                    else self.texts.summary)
        self.summary.value = "<p>{}</p>".format(html.escape(template.format(
            shown=shown, groups=len(summary), hidden=len(summary) - shown, min_n=self.min_n,
            total=len(people))))
        table = self.readable_table(labelled, hidden_text)
        layout = group_layout(labelled, spec.kind, texts)
        if self.view is None:
            self.view = ChartView(group_chart(labelled, spec.kind, texts), table, layout,
                                  narrow=group_chart(labelled, spec.kind, texts, narrow=True))
        else:
            self.view.update(layout,
                             lambda narrow: group_chart(labelled, spec.kind, texts, narrow),
                             group_data(labelled, spec.kind), table, texts["description"],
                             texts["title"], group_axis_titles(texts), texts["title_short"])

    def chart_texts(self, labelled: pd.DataFrame, spec: Measure) -> dict[str, str]:
        """Title, axis titles and a description that lists every group's figure."""
        texts = self.texts.chart
        roles = self.role.value or self.texts.all_roles.lower()
        figures = "; ".join(
            texts["suppressed_format"].format(group=row.group, min_n=self.min_n)
            if row.suppressed
            else texts["figure_format"].format(group=row.group, value=row.value, n=row.n)
            for row in labelled.itertuples()
        )
        names = {"measure": spec.label, "breakdown": self.breakdowns[self.breakdown.value],
                 "roles": roles}
        return {
            **texts,
            "title": texts["title"].format(**names),
            "title_short": texts["title_short"].format(**names),
            "description": texts["description"].format(**names, figures=figures,
                                                       min_n=self.min_n),
            "value_axis": spec.axis,
        }

    def readable_table(self, labelled: pd.DataFrame, hidden_text: str) -> pd.DataFrame:
        """Group, size and value, with the "not shown" note in place of hidden numbers."""
        columns = self.texts.table_columns
        return pd.DataFrame({
            columns["group"]: labelled["group"],
            columns["n"]: [hidden_text if s else str(n)
                           for s, n in zip(labelled["suppressed"], labelled["n"], strict=True)],
            columns["value"]: [hidden_text if s else str(v)
                               for s, v in zip(labelled["suppressed"], labelled["value"],
                                               strict=True)],
        })
