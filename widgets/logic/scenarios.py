"""Module 04's scenario cards: loading, checking and answering them.

The content file holds every word; this module turns it into frozen objects, checks the rules
a JSON Schema cannot express (ids unique, at least one choice per role that builds belonging)
and looks up the feedback for a choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from widgets.content import FILES_DIR, load_path
from widgets.content.messages import message
from widgets.errors import BelongingLabError, ContentError

ROLES = ("resident", "student")
SCENARIOS_FILE = FILES_DIR / "scenarios.yaml"


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
    roles: dict[str, RoleCard]


@dataclass(frozen=True)
class Deck:
    """Every card plus the labels the app shows around them."""

    labels: dict[str, str]
    role_names: dict[str, str]
    verdicts: dict[str, str]
    scenarios: tuple[Scenario, ...]

    def scenario(self, scenario_id: str) -> Scenario:
        for scenario in self.scenarios:
            if scenario.id == scenario_id:
                return scenario
        known = ", ".join(s.id for s in self.scenarios)
        raise BelongingLabError("modules.clerkship_unknown_scenario", scenario=scenario_id,
                                known=known)


def load_deck(path: str | Path | None = None) -> Deck:
    """Read, validate and check the scenario cards (the bundled file by default)."""
    path = Path(path) if path else SCENARIOS_FILE
    data = load_path(path, default_schema="scenarios")
    check_rules(data, path.name)
    return Deck(
        labels=data["labels"],
        role_names=data["roles"],
        verdicts=data["verdicts"],
        scenarios=tuple(scenario_from(entry) for entry in data["scenarios"]),
    )


def scenario_from(entry: dict[str, Any]) -> Scenario:
    roles = {
        role: RoleCard(
            prompt=entry[role]["prompt"],
            choices=tuple(Choice(**choice) for choice in entry[role]["choices"]),
        )
        for role in ROLES
    }
    return Scenario(entry["id"], entry["title"], entry["situation"], roles)


def check_rules(data: dict[str, Any], file_name: str) -> None:
    """Raise ContentError naming file and entry when ids repeat or a role has no good option."""
    seen: set[str] = set()
    for index, entry in enumerate(data["scenarios"]):
        where = f"scenarios[{index}]"
        if entry["id"] in seen:
            broken(file_name, f"{where}.id", "clerkship_duplicate_scenario", id=entry["id"])
        seen.add(entry["id"])
        for role in ROLES:
            choices = entry[role]["choices"]
            ids = [choice["id"] for choice in choices]
            for position, choice_id in enumerate(ids):
                if choice_id in ids[:position]:
                    broken(file_name, f"{where}.{role}.choices[{position}].id",
                           "clerkship_duplicate_choice", id=choice_id)
            if not any(choice["verdict"] == "builds" for choice in choices):
                broken(file_name, f"{where}.{role}.choices", "clerkship_no_good_choice")


def broken(file_name: str, entry: str, problem_key: str, **values: Any) -> None:
    raise ContentError("content.invalid", file=file_name, entry=entry,
                       problem=message(f"modules.{problem_key}", **values))


def answer(scenario: Scenario, role: str, choice_id: str) -> Choice:
    """The chosen option of ``role`` on ``scenario``, with its verdict and feedback."""
    for choice in scenario.roles[role].choices:
        if choice.id == choice_id:
            return choice
    raise BelongingLabError("modules.clerkship_unknown_choice", choice=choice_id,
                            scenario=scenario.id, role=role)
