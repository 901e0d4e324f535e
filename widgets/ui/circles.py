"""Module 01's "my circles" explorer: name and rate circles, then try a transition."""

from __future__ import annotations

import html

import ipywidgets as w

from widgets.charts.circles import circles_chart, circles_data, circles_layout
from widgets.content import load
from widgets.content.models.circles import Circles, StartingCircle
from widgets.logic.circles import (
    Circle,
    Transition,
    apply_transition,
    circles_table,
    unique_names,
)
from widgets.ui.chart_view import ChartView
from widgets.ui.controls import FULL_LABEL

NO_TRANSITION = ""


class CirclesExplorer(w.VBox):
    """Rows of circle controls, a transition picker and the chart they redraw."""

    def __init__(self, transition: str = NO_TRANSITION) -> None:
        self.content = load(Circles)
        self.labels = self.content.labels
        self.chart_texts = self.content.chart
        self.rows = [self._circle_row(n, c) for n, c in enumerate(self.content.default_circles, 1)]
        options = [(self.labels["no_transition"], NO_TRANSITION)] + [
            (t.label, t.id) for t in self.content.transitions
        ]
        self.transition = w.Dropdown(
            options=options,
            value=transition if self.content.transition(transition) else NO_TRANSITION,
            description=self.labels["transition"],
            style=FULL_LABEL,
            layout=w.Layout(width="auto"),
        )
        self.explanation = w.HTML()
        self.transition.observe(self.redraw, names="value")
        self.view = None
        self.redraw()
        super().__init__([*self.rows, self.transition, self.explanation, self.view])
        self.add_class("bl-circles")

    def _circle_row(self, number: int, circle: StartingCircle) -> w.VBox:
        name = w.Text(
            value=circle.name,
            description=self.labels["circle_name"].format(number=number),
            style=FULL_LABEL,
            continuous_update=False,
        )
        connection = self._slider("connection", number, circle.connection, 1, 5)
        hours = self._slider("hours", number, circle.hours, 0, 80)
        for control in (name, connection, hours):
            control.observe(self.redraw, names="value")
        row = w.VBox([name, connection, hours])
        row.add_class("bl-circle-row")
        return row

    def _slider(self, label: str, number: int, value: int, low: int, high: int) -> w.IntSlider:
        return w.IntSlider(value=value, min=low, max=high,
                           description=self.labels[label].format(number=number),
                           style=FULL_LABEL, continuous_update=False,
                           layout=w.Layout(width="auto"))

    def circles(self) -> list[Circle]:
        """The circles as the learner has described them."""
        names = unique_names([row.children[0].value for row in self.rows],
                             self.labels["placeholder_name"])
        return [
            Circle(name, row.children[1].value, row.children[2].value)
            for name, row in zip(names, self.rows, strict=True)
        ]

    def chosen_transition(self) -> Transition | None:
        """The transition picked in the dropdown, or None for "as things are now"."""
        spec = self.content.transition(self.transition.value)
        if spec is None:
            return None
        return Transition(spec.id, spec.new_circle, spec.new_circle_hours,
                          spec.new_circle_connection, spec.disruption)

    def redraw(self, _change: dict | None = None) -> None:
        """Recompute the model and redraw the chart and its table."""
        before = self.circles()
        transition = self.chosen_transition()
        moments = {self.labels["moment_now"]: before}
        if transition is not None:
            moments[self.labels["moment_after"]] = apply_transition(before, transition)
        table = circles_table(moments)
        spec = self.content.transition(self.transition.value)
        label = self.labels["no_transition"] if spec is None else spec.label
        texts = {**self.chart_texts,
                 "description": self.chart_texts["description"].format(transition=label)}
        explanation = "" if spec is None else spec.explanation
        self.explanation.value = f"<p>{html.escape(explanation)}</p>" if explanation else ""
        shown = [{texts["circle_axis"]: row["circle"], texts["legend_title"]: row["moment"],
                  texts["hours_axis"]: f"{row['hours']:.1f}",
                  texts["connection_axis"]: f"{row['connection']:.2f}"} for row in table]
        if self.view is None:
            self.view = ChartView(circles_chart(table, texts), shown, circles_layout(table),
                                  narrow=circles_chart(table, texts, narrow=True))
        else:
            self.view.update(circles_layout(table),
                             lambda narrow: circles_chart(table, texts, narrow),
                             circles_data(table), shown, texts["description"])
