"""Module 04's rotation simulator and the suite's own suggestions for residents and students."""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as w
import pandas as pd

from widgets.charts.rotation import rotation_chart, rotation_data, rotation_layout
from widgets.content import load
from widgets.content.models.clerkship import Clerkship, Practice
from widgets.content.models.suggestions import Suggestions
from widgets.errors import BelongingLabError
from widgets.logic.rotation_model import (
    MAX_LENGTH,
    MIN_LENGTH,
    YearSummary,
    away_positions,
    comparison_table,
    rotation_lengths,
    rotations_table,
    simulate,
    summarise,
)
from widgets.ui.chart_view import ChartView
from widgets.ui.controls import FULL_LABEL

MAX_AWAY = 4


class RotationSimulator(w.VBox):
    """Sliders for the year's shape, a checkbox per practice, and the chart they redraw."""

    def __init__(
        self,
        rotation_length: int | None = None,
        away_rotations: int | None = None,
        practices: Sequence[str] = (),
    ) -> None:
        content = load(Clerkship)
        self.labels, self.texts = content.labels, content.chart
        self.columns = content.table_columns
        self.params = content.model
        self.practices = content.practices_by_id()
        self.practice_labels = {p.id: p.label for p in content.practices}
        unknown = [p for p in practices if p not in self.practices]
        if unknown:
            raise BelongingLabError("modules.clerkship_unknown_practice", practice=unknown[0],
                                    known=", ".join(self.practices))
        defaults = content.defaults
        self.length = w.IntSlider(
            value=rotation_length or defaults.rotation_length, min=MIN_LENGTH, max=MAX_LENGTH,
            description=self.labels["rotation_length"], style=FULL_LABEL,
            continuous_update=False, layout=w.Layout(width="auto"),
        )
        self.away = w.IntSlider(
            value=defaults.away_rotations if away_rotations is None else away_rotations,
            min=0, max=MAX_AWAY, description=self.labels["away_rotations"], style=FULL_LABEL,
            continuous_update=False, layout=w.Layout(width="auto"),
        )
        self.checks = {
            spec.id: w.Checkbox(value=spec.id in practices, description=spec.label,
                                style=FULL_LABEL, indent=False, layout=w.Layout(width="auto"))
            for spec in content.practices
        }
        explanations = w.HTML(practice_list_html(content.practices))
        self.summary = w.HTML()
        self.summary.add_class("bl-live")
        for control in (self.length, self.away, *self.checks.values()):
            control.observe(self.redraw, names="value")
        self.view: ChartView | None = None
        self.redraw()
        heading = w.HTML(f"<h4>{html.escape(self.labels['practices_heading'])}</h4>")
        note = w.HTML(f"<p><em>{html.escape(self.labels['teaching_model_note'])}</em></p>")
        super().__init__([self.length, self.away, heading, *self.checks.values(), explanations,
                          note, self.summary, self.view])
        self.add_class("bl-rotation-simulator")

    def chosen(self) -> list[str]:
        """The ids of the practices switched on."""
        return [pid for pid, box in self.checks.items() if box.value]

    def redraw(self, _change: dict | None = None) -> None:
        """Run the model with and without the chosen practices and redraw chart and summary."""
        lengths = rotation_lengths(self.length.value, self.params.weeks_in_year)
        away = away_positions(len(lengths), min(self.away.value, len(lengths)))
        with_practices = simulate(lengths, away, [self.practices[p] for p in self.chosen()],
                                  self.params)
        without = simulate(lengths, away, [], self.params)
        yours, baseline = summarise(with_practices, self.params), summarise(without, self.params)
        series = (self.texts["series_with"], self.texts["series_without"])
        weekly = comparison_table(with_practices, without, series)
        names = ", ".join(self.practice_labels[p] for p in self.chosen())
        texts = {**self.texts, "description": self.texts["description"].format(
            weeks=self.params.weeks_in_year, rotations=yours.rotations, length=self.length.value,
            away=len(away), practices=names or self.texts["no_practices"], mean=yours.mean,
            weeks_on_edge=yours.weeks_on_edge, edge=f"{self.params.edge_level:g}",
            mean_without=baseline.mean, weeks_on_edge_without=baseline.weeks_on_edge)}
        rotations = rotations_table(with_practices)
        self.summary.value = self.summary_html(yours, baseline)
        table = self.readable_table(weekly)
        if self.view is None:
            self.view = ChartView(rotation_chart(weekly, rotations, texts), table,
                                  rotation_layout(weekly),
                                  narrow=rotation_chart(weekly, rotations, texts, narrow=True))
        else:
            self.view.update(rotation_layout(weekly),
                             lambda narrow: rotation_chart(weekly, rotations, texts, narrow),
                             rotation_data(weekly, rotations, texts), table, texts["description"])

    def summary_html(self, yours: YearSummary, baseline: YearSummary) -> str:
        """Two sentences: the year with the chosen practices and the year without."""
        edge, weeks = f"{self.params.edge_level:g}", self.params.weeks_in_year
        first = self.labels["summary"].format(rotations=yours.rotations, mean=yours.mean,
                                              lowest=yours.lowest, edge=edge,
                                              weeks_on_edge=yours.weeks_on_edge, weeks=weeks)
        second = self.labels["summary_without"].format(mean=baseline.mean, edge=edge,
                                                       weeks_on_edge=baseline.weeks_on_edge)
        return f"<p>{html.escape(first)} {html.escape(second)}</p>"

    def readable_table(self, weekly: pd.DataFrame) -> pd.DataFrame:
        """The chart's data with the content file's column names and yes/no for away."""
        cols = self.columns
        away = weekly["away"].map({True: cols["away_yes"], False: cols["away_no"]})
        return pd.DataFrame({
            cols["series"]: weekly["series"], cols["week"]: weekly["week"],
            cols["rotation"]: weekly["rotation"], cols["away"]: away,
            cols["belonging"]: weekly["belonging"],
        })


def practice_list_html(practices: Sequence[Practice]) -> str:
    """The practices and what each one means, as an escaped definition list."""
    items = "".join(
        f"<dt>{html.escape(p.label)}</dt><dd>{html.escape(p.explanation)}</dd>"
        for p in practices
    )
    return f'<dl class="bl-practices">{items}</dl>'


def suggestions_panel() -> w.HTML:
    """Belonging Lab's own suggestions for residents and for students, clearly labelled."""
    content = load(Suggestions)
    parts = [f"<p><strong>{html.escape(content.attribution)}</strong></p>"]
    for audience in content.audiences:
        items = "".join(f"<li>{html.escape(tip)}</li>" for tip in audience.suggestions)
        parts.append(f"<h4>{html.escape(audience.heading)}</h4><ul>{items}</ul>")
    panel = w.HTML("".join(parts))
    panel.add_class("bl-suggestions")
    return panel
