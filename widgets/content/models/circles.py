"""Module 01's "my circles" explorer: labels, chart texts, starting circles and transitions."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.content.models import Texts, content_file


@dataclass(frozen=True)
class StartingCircle:
    """A circle the explorer shows before the learner changes anything."""

    name: str
    connection: int
    hours: int


@dataclass(frozen=True)
class TransitionText:
    """A life transition the learner can try: what it adds and how much it disrupts."""

    id: str
    label: str
    explanation: str
    new_circle: str
    new_circle_hours: float
    new_circle_connection: float
    disruption: float


@content_file("circles")
class Circles:
    labels: Texts
    chart: Texts
    default_circles: tuple[StartingCircle, ...]
    transitions: tuple[TransitionText, ...]

    def transition(self, transition_id: str) -> TransitionText | None:
        """The transition with this id, or None."""
        return next((t for t in self.transitions if t.id == transition_id), None)
