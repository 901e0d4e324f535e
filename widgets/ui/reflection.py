"""Module 06's reflection prompts and action-plan builder, saved as the learner types.

The text is saved after each change and restored on return: in a folder on the learner's own
machine, or on a server shared by a class in the learner's own browser (``BrowserStore``); the
learner downloads the plan as Markdown or HTML. Nothing is sent anywhere.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

import ipywidgets as w

from widgets.content import load
from widgets.content.models.reflection import Reflection
from widgets.logic.action_plan import (
    KEEPING,
    Action,
    Plan,
    export_name,
    to_html,
    to_markdown,
)
from widgets.logic.autosave import DEFAULT_STATE_DIR
from widgets.ui.controls import FULL_LABEL, menu
from widgets.ui.download import DocumentDownloads
from widgets.ui.kept_answers import KeptAnswers


class ActionRow(w.VBox):
    """One action: component, what, when, with whom, and a button that removes the row."""

    def __init__(self, number: int, labels: dict[str, str], components: list[tuple[str, str]],
                 action: Action) -> None:
        def text(key: str, value: str) -> w.Text:
            return w.Text(value=value, description=labels[key].format(number=number),
                          style=FULL_LABEL, layout=w.Layout(width="100%"))

        self.component = menu(components, action.component,
                              labels["component"].format(number=number))
        self.action = text("action", action.action)
        self.when = text("when", action.when)
        self.with_whom = text("with_whom", action.with_whom)
        self.remove = w.Button(description=labels["remove"].format(number=number),
                               layout=w.Layout(width="auto"))
        heading = w.HTML(f"<h4>{html.escape(labels['action_heading'].format(number=number))}</h4>")
        super().__init__([heading, self.component, self.action, self.when, self.with_whom,
                          self.remove])
        self.add_class("bl-action-row")

    def value(self) -> Action:
        return Action(self.component.value, self.action.value, self.when.value,
                      self.with_whom.value)

    def controls(self) -> tuple[w.ValueWidget, ...]:
        return (self.component, self.action, self.when, self.with_whom)


class ReflectionWorkbook(w.VBox):
    """Prompts with answer boxes, the action plan, the save status and the download links."""

    def __init__(self, state_dir: str | Path | None = DEFAULT_STATE_DIR) -> None:
        self.content = load(Reflection)
        self.labels = self.content.labels
        self.components = [(c.label, c.id) for c in self.content.components]
        self.keeper = KeptAnswers(KEEPING, state_dir, self.labels, self.apply)
        self.status = self.keeper.status
        plan = self.keeper.restored()
        self.answers = {
            prompt.id: w.Textarea(
                value=plan.reflections.get(prompt.id, ""),
                description=self.labels["answer"].format(number=number), style=FULL_LABEL,
                layout=w.Layout(width="100%", height="7em"))
            for number, prompt in enumerate(self.content.prompts, start=1)
        }
        prompt_blocks = []
        for number, prompt in enumerate(self.content.prompts, start=1):
            question = w.HTML(f"<p><strong>{number}.</strong> {html.escape(prompt.text)}</p>")
            prompt_blocks += [question, self.answers[prompt.id]]
            self.answers[prompt.id].observe(self.changed, names="value")
        self.rows_box = w.VBox()
        self.rows: list[ActionRow] = []
        self.set_rows(list(plan.actions) or [Action()])
        self.add = w.Button(description=self.labels["add"], layout=w.Layout(width="auto"))
        self.add.on_click(self.add_row)
        self.downloads = DocumentDownloads(self.labels)
        self.markdown_link, self.html_link = self.downloads.markdown_link, self.downloads.html_link
        self.offer_downloads()
        super().__init__([*prompt_blocks, self.rows_box, self.add, *self.keeper.widgets(),
                          *self.downloads.widgets()])
        self.add_class("bl-reflection")

    def apply(self, plan: Plan) -> None:
        """Show ``plan`` in the answer boxes and action rows (the keeper does not save it)."""
        for prompt_id, box in self.answers.items():
            box.value = plan.reflections.get(prompt_id, "")
        self.set_rows(list(plan.actions) or [Action()])
        self.offer_downloads()

    def set_rows(self, actions: list[Action]) -> None:
        """Rebuild the action rows (numbered 1..n) from ``actions``."""
        self.rows = [ActionRow(n, self.labels, self.components, a)
                     for n, a in enumerate(actions, start=1)]
        for row in self.rows:
            for control in row.controls():
                control.observe(self.changed, names="value")
            row.remove.on_click(lambda _button, row=row: self.remove_row(row))
        self.rows_box.children = self.rows

    def add_row(self, _button: w.Button | None = None) -> None:
        self.set_rows([row.value() for row in self.rows] + [Action()])
        self.changed()

    def remove_row(self, row: ActionRow) -> None:
        self.set_rows([r.value() for r in self.rows if r is not row])
        self.changed()

    def plan(self) -> Plan:
        """Everything typed so far."""
        return Plan({pid: box.value for pid, box in self.answers.items()},
                    tuple(row.value() for row in self.rows))

    def changed(self, _change: dict | None = None) -> None:
        """Save after every change (on disk or in the browser, when saving is on) and refresh
        the downloads."""
        if self.keeper.applying:
            return
        self.keeper.keep(self.plan())
        self.offer_downloads()

    def offer_downloads(self) -> None:
        """Rebuild both export files from the current text and offer them as links."""
        plan, today = self.plan(), date.today().isoformat()
        self.downloads.offer(lambda suffix: export_name(self.content.export, today, suffix),
                             to_markdown(plan, self.content, today),
                             to_html(plan, self.content, today))
