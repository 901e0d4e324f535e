"""Module 04's scenario cards: answering them (the cards are content:
:mod:`widgets.content.models.scenarios`)."""

from __future__ import annotations

from widgets.content.models.scenarios import Choice, Scenario
from widgets.errors import BelongingLabError


def answer(scenario: Scenario, role: str, choice_id: str) -> Choice:
    """The chosen option of ``role`` on ``scenario``, with its verdict and feedback."""
    for choice in scenario.roles[role].choices:
        if choice.id == choice_id:
            return choice
    raise BelongingLabError("modules.clerkship_unknown_choice", choice=choice_id,
                            scenario=scenario.id, role=role)
