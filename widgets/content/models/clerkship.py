"""Module 04's rotation simulator (``clerkship.yaml``): its labels, chart texts, the teaching
model's numbers, the starting position of its sliders and the inclusion practices.

Every number of the teaching model (:mod:`widgets.logic.rotation_model`) comes from here, so
faculty can change them without code.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.content.models import Labelled, Texts, content_file


@dataclass(frozen=True)
class ModelParameters:
    """The teaching model's numbers (see :mod:`widgets.logic.rotation_model` for what each
    one does)."""

    weeks_in_year: int
    start: float
    ceiling: float
    floor: float
    dip: float
    recovery: float
    away_dip_extra: float
    edge_level: float


@dataclass(frozen=True)
class Practice(Labelled):
    """An inclusion practice, what it means, and how much it softens dips and speeds
    recovery."""

    explanation: str
    dip_softening: float
    recovery_boost: float


@dataclass(frozen=True)
class Defaults:
    """Where the sliders start."""

    rotation_length: int
    away_rotations: int


@content_file("clerkship")
class Clerkship:
    """The simulator's content."""

    labels: Texts
    chart: Texts
    table_columns: Texts
    model: ModelParameters
    defaults: Defaults
    practices: tuple[Practice, ...]

    def practices_by_id(self) -> dict[str, Practice]:
        """The practices keyed by id, in the file's order."""
        return {p.id: p for p in self.practices}
