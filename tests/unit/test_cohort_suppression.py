"""Small-cell suppression: no small cell is released, and no hidden cell can be worked out."""

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from widgets.logic.cohort.suppression import suppress


def entries(counts: pd.DataFrame, pattern):
    """Cells, row totals, column totals and grand total as (values, hidden) vectors and the
    equations that tie them (each line's parts minus its total is zero)."""
    cells = counts.to_numpy(dtype=float)
    rows, columns = cells.shape
    values = np.concatenate([cells.ravel(), cells.sum(1), cells.sum(0), [cells.sum()]])
    hidden = np.concatenate([pattern.cells.to_numpy().ravel(), pattern.row_totals.to_numpy(),
                             pattern.column_totals.to_numpy(), [pattern.grand_total]])
    cell = np.arange(rows * columns).reshape(rows, columns)
    row_total = rows * columns + np.arange(rows)
    column_total = rows * columns + rows + np.arange(columns)
    grand = values.size - 1
    lines = [(cell[r], row_total[r]) for r in range(rows)]
    lines += [(cell[:, c], column_total[c]) for c in range(columns)]
    lines += [(row_total, grand), (column_total, grand)]
    equations = np.zeros((len(lines), values.size))
    for number, (parts, total) in enumerate(lines):
        equations[number, parts] = 1
        equations[number, total] = -1
    return values, hidden.astype(bool), equations


def recoverable(counts: pd.DataFrame, pattern) -> list[int]:
    """Hidden entries whose smallest and largest possible values (given every released entry,
    the table's sums and non-negative counts) coincide: an attacker's linear-programming audit."""
    values, hidden, equations = entries(counts, pattern)
    unknown = np.flatnonzero(hidden)
    if unknown.size == 0:
        return []
    a_eq = equations[:, unknown]
    b_eq = -equations[:, ~hidden] @ values[~hidden]
    found = []
    for position, index in enumerate(unknown):
        objective = np.zeros(unknown.size)
        objective[position] = 1
        low = linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=(0, None))
        high = linprog(-objective, A_eq=a_eq, b_eq=b_eq, bounds=(0, None))
        if high.status == 3:  # unbounded above: not recoverable
            continue
        if abs(low.fun - (-high.fun)) < 1e-6:
            found.append(int(index))
    return found


tables = st.integers(1, 4).flatmap(
    lambda rows: st.integers(1, 4).flatmap(
        lambda columns: st.lists(
            st.lists(st.integers(0, 25), min_size=columns, max_size=columns),
            min_size=rows, max_size=rows,
        )
    )
).map(lambda cells: pd.DataFrame(cells))


def test_a_cell_below_the_threshold_is_hidden():
    pattern = suppress(pd.Series([3, 10, 12], index=["a", "b", "c"]))
    assert pattern.cells.loc["a"].item()


def test_a_single_hidden_cell_gets_the_next_smallest_as_its_partner():
    pattern = suppress(pd.Series([3, 10, 12], index=["a", "b", "c"]))
    assert pattern.cells[0].tolist() == [True, True, False]


def test_a_table_with_only_large_cells_hides_nothing():
    pattern = suppress(pd.DataFrame([[8, 9], [10, 12]]))
    assert not pattern.cells.to_numpy().any()
    assert not pattern.grand_total


def test_empty_cells_are_released_as_zero():
    pattern = suppress(pd.Series([0, 10, 12]))
    assert not pattern.cells.to_numpy().any()


def test_a_small_row_total_is_hidden_with_its_cells():
    pattern = suppress(pd.DataFrame([[1, 2], [10, 12], [9, 9]]))
    assert pattern.row_totals.iloc[0]
    assert pattern.cells.iloc[0].all()


def test_the_threshold_can_be_raised():
    pattern = suppress(pd.Series([7, 10, 12]), min_group=10)
    assert pattern.cells[0].tolist() == [True, True, False]


@settings(max_examples=150, deadline=None)
@given(tables)
def test_no_released_entry_counts_fewer_than_the_threshold_people(counts):
    values, hidden, _ = entries(counts, suppress(counts))
    released = values[~hidden]
    assert not ((released > 0) & (released < 5)).any()


@settings(max_examples=150, deadline=None)
@given(tables)
def test_no_hidden_entry_can_be_worked_out_from_released_entries_and_sums(counts):
    assert recoverable(counts, suppress(counts)) == []


@settings(max_examples=50, deadline=None)
@given(tables)
def test_every_line_hides_none_or_at_least_two_entries(counts):
    _, hidden, equations = entries(counts, suppress(counts))
    per_line = (equations != 0)[:, hidden].sum(axis=1)
    assert not (per_line == 1).any()
