"""Cohort statistics: component means with confidence intervals, answer distributions and
Cronbach's alpha, every breakdown protected by small-cell suppression.

Breakdowns are by up to two grouping columns (say ``group`` and ``label``). Their tables carry
their margins: a row whose grouping value is missing (NA) is the total over that column. A
response with no value in a grouping column counts under the content file's "not given" label,
so that the cells always add up to the released totals.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import stats

from widgets.content import load
from widgets.logic.cohort.scores import component_scores, keyed_items
from widgets.logic.cohort.suppression import MIN_GROUP, suppress

ALPHA_CAUTION_BELOW = 30
CONFIDENCE = 0.95


def component_summary(frame: pd.DataFrame, instrument, by: Sequence[str] = (),
                      min_group: int = MIN_GROUP) -> pd.DataFrame:
    """Per component (and breakdown cell): n answering, mean and its 95% t-interval.

    Columns: the ``by`` columns, ``component``, ``n``, ``mean``, ``ci_low``, ``ci_high``,
    ``suppressed`` (n and statistics are missing where suppressed).
    """
    scores = component_scores(frame, instrument)
    keys = grouping(frame, by)
    parts = []
    for component in instrument.components:
        table = _cells_and_margins(scores[component], keys, by, _mean_with_interval)
        table = _suppressed(table, by, min_group, ["n", "mean", "ci_low", "ci_high"])
        parts.append(table.assign(component=component))
    columns = [*by, "component", "n", "mean", "ci_low", "ci_high", "suppressed"]
    return pd.concat(parts, ignore_index=True)[columns]


def distribution(frame: pd.DataFrame, instrument, by: str | None = None,
                 min_group: int = MIN_GROUP) -> pd.DataFrame:
    """Counts per scale point of every item, overall and per group of ``by``.

    Suppression works on the group: a group's counts are shown only when enough people in it
    answered the item (and complementary suppression leaves no group to be worked out).
    """
    by_columns = [by] if by else []
    keys = grouping(frame, by_columns)
    points = range(instrument.scale_min, instrument.scale_max + 1)
    parts = []
    for item_id in instrument.item_ids:
        answers = frame[item_id].astype("Float64").astype(float)
        table = _cells_and_margins(answers, keys, by_columns, _point_counts(points))
        table = _suppressed(table, by_columns, min_group, ["n", *points])
        long = table.melt(id_vars=[*by_columns, "n", "suppressed"], value_vars=list(points),
                          var_name="point", value_name="count")
        parts.append(long.assign(item=item_id))
    result = pd.concat(parts, ignore_index=True)
    result["label"] = result["point"].map(
        {int(k): v for k, v in instrument.scale_labels.items()})
    return result[[*by_columns, "item", "point", "label", "count", "n", "suppressed"]]


def response_counts(frame: pd.DataFrame, by: Sequence[str] = (),
                    min_group: int = MIN_GROUP) -> pd.DataFrame:
    """How many responses fall in each breakdown cell and margin, suppressed like the means.

    Columns: the ``by`` columns, ``n`` (missing where suppressed) and ``suppressed``.
    """
    keys = grouping(frame, by)
    ones = pd.Series(1.0, index=frame.index)
    table = _cells_and_margins(ones, keys, by, lambda values: {"n": len(values)})
    return _suppressed(table, by, min_group, ["n"])[[*by, "n", "suppressed"]]


def grouping_columns(frame: pd.DataFrame, instrument) -> list[str]:
    """Columns a breakdown can use: ``group``, ``label`` and any grouping column a mapping file
    kept, when at least one response has a value in it (never the pairing code or the id)."""
    fields = {"response_id", "timestamp", "code", *instrument.item_ids}
    candidates = [c for c in frame.columns if c not in fields]
    return [c for c in candidates if frame[c].notna().any()]


def cronbach_alpha(frame: pd.DataFrame, instrument, min_group: int = MIN_GROUP
                   ) -> pd.DataFrame:
    """Cronbach's alpha per component, from responses that answered all its items.

    ``caution`` is True below 30 such responses, where alpha is too unstable to lean on; alpha
    and n are missing (and ``suppressed`` True) below ``min_group``.
    """
    rows = []
    for component in instrument.components:
        items = keyed_items(frame, instrument, component).dropna()
        n, k = items.shape
        rows.append({
            "component": component, "items": k, "n": n if n >= min_group else np.nan,
            "alpha": alpha(items) if n >= min_group else np.nan,
            "caution": n < ALPHA_CAUTION_BELOW, "suppressed": n < min_group,
        })
    return pd.DataFrame(rows)


def alpha(items: pd.DataFrame) -> float:
    """Cronbach's alpha of complete responses (rows) to k items (columns); NaN when undefined."""
    n, k = items.shape
    total_variance = items.sum(axis=1).var(ddof=1)
    if k < 2 or n < 2 or not total_variance > 0:
        return float("nan")
    return float(k / (k - 1) * (1 - items.var(ddof=1).sum() / total_variance))


def mean_interval(values: pd.Series) -> tuple[int, float, float, float]:
    """n, mean and the two ends of its 95% t-based confidence interval (NaN ends when n < 2)."""
    values = values.dropna()
    n = len(values)
    if n == 0:
        return 0, np.nan, np.nan, np.nan
    mean = float(values.mean())
    if n < 2:
        return n, mean, np.nan, np.nan
    half = stats.t.ppf((1 + CONFIDENCE) / 2, n - 1) * values.std(ddof=1) / np.sqrt(n)
    return n, mean, mean - half, mean + half


def grouping(frame: pd.DataFrame, by: Sequence[str]) -> pd.DataFrame:
    """The grouping columns with missing values labelled "not given"."""
    not_given = load("cohort_data")["breakdown"]["not_given"]
    return pd.DataFrame({c: frame[c].astype(object).where(frame[c].notna(), not_given)
                         for c in by}, index=frame.index)


def _mean_with_interval(values: pd.Series) -> dict[str, float]:
    n, mean, low, high = mean_interval(values)
    return {"n": n, "mean": mean, "ci_low": low, "ci_high": high}


def _point_counts(points: range):
    def counts(values: pd.Series) -> dict[str, float]:
        answered = values.dropna()
        tally = answered.value_counts()
        return {"n": len(answered), **{p: int(tally.get(float(p), 0)) for p in points}}
    return counts


def _cells_and_margins(values: pd.Series, keys: pd.DataFrame, by: Sequence[str], summarise
                       ) -> pd.DataFrame:
    """``summarise`` applied to every cell of the breakdown and to every margin (rows whose
    ``by`` value is NA), including cells that no response falls in."""
    levels = [sorted(keys[c].unique(), key=str) for c in by]
    rows = []
    for cell in _cells(levels):
        mask = pd.Series(True, index=values.index)
        for column, level in zip(by, cell, strict=True):
            if level is not pd.NA:
                mask &= keys[column] == level
        rows.append({**dict(zip(by, cell, strict=True)), **summarise(values[mask])})
    return pd.DataFrame(rows)


def _cells(levels: list[list]) -> list[tuple]:
    """Every combination of levels, plus NA (the margin) for each grouping column."""
    combos: list[tuple] = [()]
    for values in levels:
        combos = [(*combo, value) for combo in combos for value in [*values, pd.NA]]
    return combos


def _suppressed(table: pd.DataFrame, by: Sequence[str], min_group: int,
                hide: list) -> pd.DataFrame:
    """Mark and blank the entries that suppression hides, judged on the ``n`` column."""
    hidden = _hidden(table, list(by), min_group)
    table = table.assign(suppressed=hidden.to_numpy(dtype=bool))
    table[hide] = table[hide].astype(float)
    table.loc[table["suppressed"], hide] = np.nan
    return table


def _hidden(table: pd.DataFrame, by: list[str], min_group: int) -> pd.Series:
    """The suppression pattern of the table's n, laid over its cells and margins."""
    if not by:
        return table["n"].between(1, min_group - 1)
    first, second = by[0], (by[1] if len(by) > 1 else None)
    inner = table.dropna(subset=by)
    counts = (inner.pivot(index=first, columns=second, values="n") if second
              else inner.set_index(first)["n"].to_frame())
    pattern = suppress(counts, min_group)
    return table.apply(lambda row: _entry_hidden(row, first, second, pattern), axis=1)


def _entry_hidden(row: pd.Series, first: str, second: str | None, pattern) -> bool:
    a = row[first]
    b = row[second] if second else None
    if pd.isna(a) and (second is None or pd.isna(b)):
        return pattern.grand_total
    if pd.isna(a):
        return bool(pattern.column_totals[b])
    if second is None or pd.isna(b):
        return bool(pattern.row_totals[a])
    return bool(pattern.cells.loc[a, b])
