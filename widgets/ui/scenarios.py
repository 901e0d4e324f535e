"""Module 04's scenario cards: pick a card, choose as the resident and as the student, check."""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w

from widgets.content import load, load_path
from widgets.content.models.scenarios import ROLES, Deck, Scenario
from widgets.logic.scenarios import answer
from widgets.ui.controls import FULL_LABEL


class RoleChoice(w.VBox):
    """One side of a card: the prompt, radio buttons, a check button and the feedback."""

    def __init__(self, deck: Deck, role: str) -> None:
        self.deck, self.role = deck, role
        self.scenario: Scenario | None = None
        self.prompt = w.HTML()
        self.options = w.RadioButtons(options=[], value=None, description=deck.role_names[role],
                                      style=FULL_LABEL, layout=w.Layout(width="auto"))
        self.check = w.Button(description=deck.labels["check"],
                              tooltip=deck.labels["check_tooltip"], layout=w.Layout(width="auto"))
        self.feedback = w.HTML()
        self.feedback.add_class("bl-live")
        self.check.on_click(self.show_feedback)
        self.options.observe(self.clear_feedback, names="value")
        super().__init__([self.prompt, self.options, self.check, self.feedback])
        self.add_class("bl-role-choice")

    def show_card(self, scenario: Scenario) -> None:
        """Show this role's side of ``scenario`` with nothing chosen yet."""
        self.scenario = scenario
        card = scenario.roles[self.role]
        self.prompt.value = (f"<h4>{html.escape(self.deck.role_names[self.role])}</h4>"
                             f"<p>{html.escape(card.prompt)}</p>")
        self.options.options = [(choice.text, choice.id) for choice in card.choices]
        self.options.value = None
        self.feedback.value = ""

    def show_feedback(self, _button: w.Button | None = None) -> None:
        """The verdict and feedback for the chosen option, or a reminder to choose one."""
        if self.scenario is None or self.options.value is None:
            self.feedback.value = f"<p>{html.escape(self.deck.labels['no_choice'])}</p>"
            return
        choice = answer(self.scenario, self.role, self.options.value)
        verdict = self.deck.verdicts[choice.verdict]
        self.feedback.value = (
            f'<p class="bl-feedback bl-verdict-{choice.verdict}">'
            f"{html.escape(self.deck.labels['verdict_prefix'])} "
            f"<strong>{html.escape(verdict)}.</strong> {html.escape(choice.feedback)}</p>"
        )

    def clear_feedback(self, _change: dict | None = None) -> None:
        self.feedback.value = ""


class ScenarioCards(w.VBox):
    """A card picker, the situation, and the resident's and student's choices."""

    def __init__(self, scenario: str = "", path: str | Path | None = None) -> None:
        self.deck = load_path(path, Deck) if path else load(Deck)
        first = self.deck.scenario(scenario) if scenario else self.deck.scenarios[0]
        self.picker = w.Dropdown(
            options=[(s.title, s.id) for s in self.deck.scenarios], value=first.id,
            description=self.deck.labels["picker"], style=FULL_LABEL,
            layout=w.Layout(width="auto"),
        )
        self.situation = w.HTML()
        self.sides = {role: RoleChoice(self.deck, role) for role in ROLES}
        self.picker.observe(self.show, names="value")
        self.show()
        super().__init__([self.picker, self.situation, *self.sides.values()])
        self.add_class("bl-scenarios")

    def show(self, _change: dict | None = None) -> None:
        """Show the picked card with nothing chosen on either side."""
        scenario = self.deck.scenario(self.picker.value)
        self.situation.value = (f"<h4>{html.escape(scenario.title)}</h4>"
                                f"<p>{html.escape(scenario.situation)}</p>")
        for side in self.sides.values():
            side.show_card(scenario)
