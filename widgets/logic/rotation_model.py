"""The rotation simulator of module 04: an illustrative model of belonging across a clerkship year.

This is a teaching model, not data. Its assumptions, stated in the module too:
- belonging to the current clinical team is a number on a 0-100 teaching scale;
- at each change of team it falls part of the way towards a floor (the "dip");
- in each following week it regains a fixed share of the gap to a ceiling (the "recovery");
- an away rotation deepens the dip, because nothing about the place or the people is familiar;
- inclusion practices soften the dip and speed the recovery; their effects add up, within caps.
Every number comes from the module's content file (:class:`ModelParameters` and the
:class:`Practice` entries of :mod:`widgets.content.models.clerkship`), so faculty can change
them without code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from widgets.content.models.clerkship import ModelParameters, Practice
from widgets.errors import BelongingLabError

MIN_LENGTH, MAX_LENGTH = 2, 8
MAX_SOFTENING = 0.9  # practices never remove a dip entirely: a new team is always new


@dataclass(frozen=True)
class YearSummary:
    """What the year looked like in the model."""

    mean: float
    lowest: float
    weeks_on_edge: int
    rotations: int


def rotation_lengths(length: int, weeks_in_year: int) -> list[int]:
    """Rotations of ``length`` weeks filling the year; the last one is cut short if need be."""
    if not MIN_LENGTH <= length <= MAX_LENGTH:
        raise BelongingLabError(
            "modules.clerkship_bad_length", length=length, min=MIN_LENGTH, max=MAX_LENGTH
        )
    full, rest = divmod(weeks_in_year, length)
    return [length] * full + ([rest] if rest else [])


def away_positions(rotations: int, away: int) -> frozenset[int]:
    """Which rotations (0-based) are away: spread evenly across the year."""
    if not 0 <= away <= rotations:
        raise BelongingLabError("modules.clerkship_bad_away", away=away, rotations=rotations)
    return frozenset(int((j + 0.5) * rotations / away) for j in range(away))


def effective_dip(params: ModelParameters, practices: Sequence[Practice], away: bool) -> float:
    """The share of the distance to the floor lost at a change of team."""
    dip = min(params.dip + (params.away_dip_extra if away else 0.0), 1.0)
    softening = min(sum(p.dip_softening for p in practices), MAX_SOFTENING)
    return dip * (1 - softening)


def effective_recovery(params: ModelParameters, practices: Sequence[Practice]) -> float:
    """The share of the gap to the ceiling regained each week on a team."""
    return min(params.recovery + sum(p.recovery_boost for p in practices), 1.0)


def simulate(
    lengths: Sequence[int],
    away: frozenset[int],
    practices: Sequence[Practice],
    params: ModelParameters,
) -> pd.DataFrame:
    """Weekly belonging: one row per week with its rotation number and whether it is away."""
    recovery = effective_recovery(params, practices)
    level = params.start
    rows = []
    week = 0
    for index, length in enumerate(lengths):
        is_away = index in away
        level -= effective_dip(params, practices, is_away) * (level - params.floor)
        for week_on_team in range(length):
            if week_on_team:
                level += recovery * (params.ceiling - level)
            week += 1
            rows.append(
                {"week": week, "rotation": index + 1, "away": is_away,
                 "belonging": round(level, 1)}
            )
    return pd.DataFrame(rows, columns=["week", "rotation", "away", "belonging"])


def rotations_table(weekly: pd.DataFrame) -> pd.DataFrame:
    """One row per rotation: its number, first and last week, and whether it is away."""
    grouped = weekly.groupby("rotation", sort=True)
    return pd.DataFrame(
        {
            "rotation": grouped["week"].min().index,
            "first_week": grouped["week"].min().to_numpy(),
            "last_week": grouped["week"].max().to_numpy(),
            "away": grouped["away"].first().to_numpy(),
        }
    )


def summarise(weekly: pd.DataFrame, params: ModelParameters) -> YearSummary:
    """Mean and lowest belonging, and the weeks spent below the edge level."""
    values = weekly["belonging"]
    return YearSummary(
        mean=round(float(values.mean()), 1),
        lowest=round(float(values.min()), 1),
        weeks_on_edge=int((values < params.edge_level).sum()),
        rotations=int(weekly["rotation"].nunique()),
    )


def comparison_table(
    with_practices: pd.DataFrame, without: pd.DataFrame, series: tuple[str, str]
) -> pd.DataFrame:
    """Both years in one tidy table, told apart by a ``series`` column."""
    return pd.concat(
        [with_practices.assign(series=series[0]), without.assign(series=series[1])],
        ignore_index=True,
    )
