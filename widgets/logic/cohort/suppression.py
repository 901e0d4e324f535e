"""Small-cell suppression for breakdown tables, with complementary suppression.

A breakdown table counts people per cell (a one-way table: per group; a two-way table: per group
and, say, moment) and is released with its margins: row totals, column totals and the grand
total. A cell of 1 to ``min_group - 1`` people is hidden (primary suppression). That alone is not
enough: a hidden cell could be worked out by subtracting the released cells of its row from the
row total. So every line of the table (a row with its total, a column with its total, the row
totals with the grand total, the column totals with the grand total) that hides one entry hides
a second one too: the smallest released non-zero entry of that line. Because two hidden entries
can still be pinned down by combining several lines, the table is then audited exactly: any
hidden entry whose value follows from the released ones by linear algebra gets one more
partner hidden (from one of its lines, else the smallest released non-zero entry anywhere), and
the whole process repeats until nothing changes. It ends: each round hides more, and once every
non-zero entry is hidden, nothing non-zero can be determined.

A breakdown decides once which of its groups are hidden, on the number of people in each group
(``suppress`` of the response counts); every table of that breakdown starts from that decision
(``also``) and may hide more, for instance a group's cell for a component that too few of its
people answered, so that a group is hidden or shown alike in all of them.

Empty cells (no one) are released as 0: they describe no person, and hiding them would protect
no one. Means and other statistics of a cell are hidden whenever its count is.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from widgets.errors import BelongingLabError

MIN_GROUP = 5


def check_min_group(min_group: int) -> int:
    """The threshold, refused (with a message) when it is below the suite's floor of 5."""
    if not isinstance(min_group, int) or isinstance(min_group, bool) or min_group < MIN_GROUP:
        raise BelongingLabError("cohort.min_group_too_small", value=min_group, floor=MIN_GROUP)
    return min_group


@dataclass(frozen=True)
class Suppression:
    """Which entries of a two-way table and its margins are hidden."""

    cells: pd.DataFrame  # bool, same shape as the counts
    row_totals: pd.Series  # bool, one per row
    column_totals: pd.Series  # bool, one per column
    grand_total: bool

    def flags(self) -> np.ndarray:
        """Every entry's hidden flag: the cells row by row, the row totals, the column totals
        and the grand total."""
        return np.concatenate([self.cells.to_numpy(dtype=bool).ravel(),
                               self.row_totals.to_numpy(dtype=bool),
                               self.column_totals.to_numpy(dtype=bool), [self.grand_total]])


def suppress(counts: pd.DataFrame | pd.Series, min_group: int = MIN_GROUP,
             also: Suppression | None = None) -> Suppression:
    """The suppression pattern of a table of counts (a Series is a one-way table: one column).

    ``also`` is a pattern already decided for the same cells (a breakdown's groups): its hidden
    entries stay hidden here and are protected like small ones.
    """
    table = counts.to_frame() if isinstance(counts, pd.Series) else counts
    values = table.to_numpy(dtype=float)
    entries = _Entries(values)
    hidden = (entries.values > 0) & (entries.values < min_group)
    if also is not None:
        hidden |= _vector(also, table)
    while True:
        before = hidden.copy()
        hidden = _complete_lines(entries, hidden)
        hidden = _break_determined(entries, hidden)
        if (hidden == before).all():
            break
    return entries.pattern(hidden, table)


def _vector(pattern: Suppression, table: pd.DataFrame) -> np.ndarray:
    """A pattern's hidden flags in the entry order of ``table`` (cells, row totals, column
    totals, grand total), matched by row and column labels."""
    if pattern.cells.index.equals(table.index) and pattern.cells.columns.equals(table.columns):
        return pattern.flags()
    return Suppression(
        pattern.cells.reindex(index=table.index, columns=table.columns, fill_value=False),
        pattern.row_totals.reindex(table.index, fill_value=False),
        pattern.column_totals.reindex(table.columns, fill_value=False),
        pattern.grand_total).flags()


class _Entries:
    """The table's cells and margins as one vector, and the lines (sums) that tie them."""

    def __init__(self, cells: np.ndarray) -> None:
        self.shape = rows, columns = cells.shape
        self.values = np.concatenate(
            [cells.ravel(), cells.sum(axis=1), cells.sum(axis=0), [cells.sum()]]
        )
        cell = np.arange(rows * columns).reshape(rows, columns)
        row_total = rows * columns + np.arange(rows)
        column_total = rows * columns + rows + np.arange(columns)
        grand = rows * columns + rows + columns
        self.lines = [np.append(cell[r], row_total[r]) for r in range(rows)]
        self.lines += [np.append(cell[:, c], column_total[c]) for c in range(columns)]
        self.lines += [np.append(row_total, grand), np.append(column_total, grand)]
        self.matrix = np.zeros((len(self.lines), self.values.size))
        for number, line in enumerate(self.lines):
            self.matrix[number, line[:-1]] = 1.0
            self.matrix[number, line[-1]] = -1.0

    def pattern(self, hidden: np.ndarray, table: pd.DataFrame) -> Suppression:
        rows, columns = self.shape
        cells = hidden[: rows * columns].reshape(rows, columns)
        return Suppression(
            cells=pd.DataFrame(cells, index=table.index, columns=table.columns),
            row_totals=pd.Series(hidden[rows * columns: rows * columns + rows], index=table.index),
            column_totals=pd.Series(hidden[rows * columns + rows: -1], index=table.columns),
            grand_total=bool(hidden[-1]),
        )


def _complete_lines(entries: _Entries, hidden: np.ndarray) -> np.ndarray:
    """Hide a partner in every line that hides exactly one entry, until none does."""
    hidden = hidden.copy()
    changed = True
    while changed:
        changed = False
        for line in entries.lines:
            if hidden[line].sum() == 1 and _hide_partner(entries, hidden, line):
                changed = True
    return hidden


def _hide_partner(entries: _Entries, hidden: np.ndarray, line: np.ndarray) -> bool:
    """Hide the smallest released non-zero entry of the line; False when there is none."""
    candidates = [i for i in line if not hidden[i] and entries.values[i] > 0]
    if not candidates:
        return False
    hidden[min(candidates, key=lambda i: (entries.values[i], i))] = True
    return True


def _break_determined(entries: _Entries, hidden: np.ndarray) -> np.ndarray:
    """Hide one more partner for each hidden entry that released entries determine.

    A hidden entry is determined when its unit vector lies in the row space of the line
    equations restricted to the hidden entries (released entries are known constants).
    """
    hidden = hidden.copy()
    for index in determined(entries.matrix, hidden):
        lines = [line for line in entries.lines if index in line]
        if not any(_hide_partner(entries, hidden, line) for line in lines):
            _hide_partner(entries, hidden, np.arange(entries.values.size))
    return hidden


def determined(matrix: np.ndarray, hidden: np.ndarray) -> list[int]:
    """Hidden entries whose value follows from the released entries and the line equations."""
    columns = np.flatnonzero(hidden)
    if columns.size == 0:
        return []
    restricted = matrix[:, columns]
    rank = np.linalg.matrix_rank(restricted)
    found = []
    for position, index in enumerate(columns):
        unit = np.zeros((1, columns.size))
        unit[0, position] = 1.0
        if np.linalg.matrix_rank(np.vstack([restricted, unit])) == rank:
            found.append(int(index))
    return found
