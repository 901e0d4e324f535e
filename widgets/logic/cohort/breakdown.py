"""A breakdown of the cohort by one or two grouping columns: its cells and margins, and the one
decision on which of its groups are hidden.

Every table of a breakdown (the numbers answering, component means, answer counts) is built
from the same ``Breakdown``: the responses in each cell are found once, and the groups hidden
for having few people (with their complementary partners) are decided once, on the number of
responses in each group. A table may hide more (a group's cell for a component that too few of
its people answered) but never less, so a group is hidden in all of a breakdown's tables or in
none. A response with no value in a grouping column counts under the content file's "not
given" label, so that the cells always add up to the released totals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd

from widgets.content import load
from widgets.content.models.cohort_data import CohortData
from widgets.logic.cohort.suppression import MIN_GROUP, Suppression, suppress


class Breakdown:
    """A breakdown by up to two columns: its cells and margins, which responses fall in each
    (found once, then used to summarise any column of values), and its one suppression
    decision on the groups, ``groups`` (None without a breakdown)."""

    def __init__(self, frame: pd.DataFrame, by: Sequence[str], min_group: int = MIN_GROUP
                 ) -> None:
        keys = grouping(frame, by)
        self.by = list(by)
        self.levels = [sorted(keys[c].unique(), key=str) for c in by]
        self.cells = _cells(self.levels)
        self.positions: dict[tuple, np.ndarray] = {}
        for fixed in _subsets(self.by):
            if not fixed:
                self.positions[_margin_key(self.by, [], ())] = np.arange(len(frame))
                continue
            found = keys[fixed].groupby(fixed, sort=False).indices
            for key, rows in found.items():
                self.positions[_margin_key(self.by, fixed, key)] = rows
        self.groups = suppress(self.counts(self.summarise(
            pd.Series(1.0, index=frame.index), count)), min_group) if self.by else None

    def summarise(self, values: pd.Series,
                  summarise: Callable[[pd.Series], dict[str, float]]) -> pd.DataFrame:
        """``summarise`` applied to every cell of the breakdown and to every margin (rows whose
        ``by`` value is NA), including cells that no response falls in."""
        empty = np.array([], dtype=int)
        rows = []
        for cell in self.cells:
            rows_in = self.positions.get(cell, empty)
            rows.append({**dict(zip(self.by, cell, strict=True)),
                         **summarise(values.iloc[rows_in])})
        return pd.DataFrame(rows)

    def counts(self, table: pd.DataFrame) -> pd.DataFrame:
        """The ``n`` of a summarised table's cells as a one- or two-way table (no margins)."""
        rows = len(self.levels[0])
        columns = len(self.levels[1]) if len(self.by) > 1 else 1
        inner = [i * (columns + 1) + j for i in range(rows) for j in range(columns)] if (
            len(self.by) > 1) else list(range(rows))
        n = table["n"].to_numpy(dtype=float)[inner].reshape(rows, columns)
        return pd.DataFrame(n, index=self.levels[0],
                            columns=self.levels[1] if len(self.by) > 1 else ["n"])

    def flags(self, pattern: Suppression) -> np.ndarray:
        """The pattern's hidden flag for each row of a summarised table (cells and margins)."""
        return pattern.flags()[_entry_numbers(self.levels)]


def _entry_numbers(levels: list[list]) -> np.ndarray:
    """For each row of a summarised table, its place among a suppression pattern's entries
    (cells row by row, then row totals, column totals and the grand total)."""
    rows = len(levels[0])
    columns = len(levels[1]) if len(levels) > 1 else 1
    row_totals, column_totals = rows * columns, rows * columns + rows
    grand = column_totals + columns
    if len(levels) == 1:  # a one-way table: each group is a cell; the margin is the total
        return np.array([*range(rows), grand])
    numbers = []
    for i in [*range(rows), None]:
        for j in [*range(columns), None]:
            numbers.append(grand if i is None and j is None else column_totals + j
                           if i is None else row_totals + i if j is None else i * columns + j)
    return np.array(numbers)


def _subsets(by: list[str]) -> list[list[str]]:
    subsets: list[list[str]] = [[]]
    for column in by:
        subsets += [[*subset, column] for subset in subsets]
    return subsets


def _margin_key(by: list[str], fixed: list[str], key: object) -> tuple:
    """The cell tuple (NA for each column not fixed) of a group found by ``groupby``."""
    values = dict(zip(fixed, key if isinstance(key, tuple) else (key,), strict=True))
    return tuple(values.get(column, pd.NA) for column in by)


def grouping(frame: pd.DataFrame, by: Sequence[str]) -> pd.DataFrame:
    """The grouping columns with missing values labelled "not given"."""
    not_given = load(CohortData).breakdown.not_given
    return pd.DataFrame({c: frame[c].astype(object).where(frame[c].notna(), not_given)
                         for c in by}, index=frame.index)


def count(values: pd.Series) -> dict[str, float]:
    """The number of responses in a cell (a ``summarise`` function)."""
    return {"n": len(values)}


def _cells(levels: list[list]) -> list[tuple]:
    """Every combination of levels, plus NA (the margin) for each grouping column."""
    combos: list[tuple] = [()]
    for values in levels:
        combos = [(*combo, value) for combo in combos for value in [*values, pd.NA]]
    return combos
