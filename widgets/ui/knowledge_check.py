"""Module 02's knowledge check: one card per scenario (radio buttons and a "Check answer"
button, so that it works with the keyboard alone), a running summary and a results chart."""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w

from widgets.charts.knowledge_check import results_chart
from widgets.content import load, load_path
from widgets.content.models.framework import Framework
from widgets.content.models.knowledge_check import KnowledgeCheck, Question
from widgets.logic.knowledge_check import (
    check,
    ordered,
    record_first,
    results_by_component,
    summarise,
)
from widgets.ui.chart_view import ChartView
from widgets.ui.controls import FULL_LABEL


def feedback_html(verdict: str, text: str, correct: bool) -> str:
    """The feedback paragraph; the verdict is written out, never shown by colour alone."""
    kind = "correct" if correct else "incorrect"
    return (f'<p class="bl-feedback bl-feedback-{kind}" role="status">'
            f"<strong>{html.escape(verdict)}</strong> {html.escape(text)}</p>")


class KnowledgeCheckView(w.VBox):
    """Scenario cards, the summary of first answers and the chart of results by component."""

    def __init__(self, quiz_file: str | Path = "", shuffle_seed: int | None = None) -> None:
        framework = load(Framework)
        self.component_labels = framework.component_labels()
        self.context_labels = framework.context_labels()
        content = load_path(quiz_file, KnowledgeCheck) if quiz_file else load(KnowledgeCheck)
        self.labels = content.labels
        self.chart_texts = content.chart
        self.questions = ordered(content.questions, shuffle_seed)
        self.first_answers: dict[str, str] = {}
        cards = [self._card(number, q) for number, q in enumerate(self.questions, start=1)]
        self.summary = w.HTML()
        self.view: ChartView | None = None
        self.refresh()
        super().__init__([*cards, self.summary, self.view])
        self.add_class("bl-knowledge-check")

    def _card(self, number: int, question: Question) -> w.VBox:
        total = len(self.questions)
        heading = self.labels["scenario_heading"].format(number=number, total=total)
        setting = self.labels["setting"].format(context=self.context_labels[question.context])
        text = w.HTML(
            f"<h3>{html.escape(heading)}</h3>"
            f'<p class="bl-setting">{html.escape(setting)}</p>'
            f"<p>{html.escape(question.scenario)}</p>"
        )
        choice = w.RadioButtons(
            options=[(self.component_labels[a.component], a.component) for a in question.answers],
            value=None,
            description=self.labels["question"].format(number=number),
            style=FULL_LABEL,
            layout=w.Layout(width="auto"),
        )
        button = w.Button(description=self.labels["check_button"].format(number=number),
                          layout=w.Layout(width="auto"))
        feedback = w.HTML()
        button.on_click(lambda _button: self.answer(question, choice, feedback))
        card = w.VBox([text, choice, button, feedback])
        card.add_class("bl-scenario")
        return card

    def answer(self, question: Question, choice: w.RadioButtons, feedback: w.HTML) -> None:
        """Show the feedback for the chosen answer and count it if it is the first."""
        if choice.value is None:
            feedback.value = f'<p role="status">{html.escape(self.labels["no_choice"])}</p>'
            return
        result = check(question, choice.value)
        verdict = self.labels["correct" if result.correct else "incorrect"]
        feedback.value = feedback_html(verdict, result.text, result.correct)
        self.first_answers = record_first(self.first_answers, question.id, choice.value)
        self.refresh()

    def refresh(self) -> None:
        """Update the summary line and redraw the chart."""
        summary = summarise(self.questions, self.first_answers)
        line = self.labels["summary"].format(correct=summary.correct, answered=summary.answered,
                                             total=summary.total)
        self.summary.value = (
            f'<p class="bl-summary" role="status"><strong>{html.escape(line)}</strong> '
            f'{html.escape(self.labels["summary_note"])}</p>'
        )
        table = results_by_component(self.questions, self.first_answers,
                                     self.component_labels, self.chart_texts["outcomes"])
        description = self.chart_texts["description"].format(
            correct=summary.correct, answered=summary.answered, total=summary.total)
        chart = results_chart(table, self.chart_texts, description)
        narrow = results_chart(table, self.chart_texts, description, narrow=True)
        if self.view is None:
            self.view = ChartView(chart, table, narrow=narrow)
        else:
            self.view.show(chart, table, narrow)
