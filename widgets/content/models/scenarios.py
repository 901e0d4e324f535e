"""Module 04's scenario cards (``scenarios.yaml``): each situation seen from the resident's side
and from the student's, with a verdict and feedback for every option.

``Deck.check`` refuses what a schema cannot: a card or option id given twice, a side with no
option that builds belonging.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from widgets.content.models import Texts, content_file, refuse
from widgets.errors import BelongingLabError

ROLES = ("resident", "student")


@dataclass(frozen=True)
class Choice:
    """One option on a card, with its verdict (builds, partial, risks) and feedback."""

    id: str
    text: str
    verdict: str
    feedback: str


@dataclass(frozen=True)
class RoleCard:
    """What one role (resident or student) is asked, and the options they have."""

    prompt: str
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class Scenario:
    """A situation seen from the resident's side and from the student's."""

    id: str
    title: str
    situation: str
    resident: RoleCard
    student: RoleCard

    @property
    def roles(self) -> dict[str, RoleCard]:
        """Each role's side of the card, in the order of ``ROLES``."""
        return {role: getattr(self, role) for role in ROLES}


@content_file("scenarios")
class Deck:
    """Every card plus the labels the app shows around them."""

    labels: Texts
    role_names: Texts = field(metadata={"key": "roles"})
    verdicts: Texts
    scenarios: tuple[Scenario, ...]

    def scenario(self, scenario_id: str) -> Scenario:
        for scenario in self.scenarios:
            if scenario.id == scenario_id:
                return scenario
        known = ", ".join(s.id for s in self.scenarios)
        raise BelongingLabError("modules.clerkship_unknown_scenario", scenario=scenario_id,
                                known=known)

    def check(self, file_name: str) -> None:
        """Card ids unique, option ids unique on each side, an option that builds on each."""
        seen: set[str] = set()
        for index, scenario in enumerate(self.scenarios):
            where = f"scenarios[{index}]"
            if scenario.id in seen:
                refuse(file_name, f"{where}.id", "clerkship_duplicate_scenario", id=scenario.id)
            seen.add(scenario.id)
            for role, card in scenario.roles.items():
                ids = [choice.id for choice in card.choices]
                for position, choice_id in enumerate(ids):
                    if choice_id in ids[:position]:
                        refuse(file_name, f"{where}.{role}.choices[{position}].id",
                               "clerkship_duplicate_choice", id=choice_id)
                if not any(choice.verdict == "builds" for choice in card.choices):
                    refuse(file_name, f"{where}.{role}.choices", "clerkship_no_good_choice")
