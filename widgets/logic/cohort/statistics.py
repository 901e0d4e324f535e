"""Cohort statistics: component means with confidence intervals, answer distributions and
Cronbach's alpha, every breakdown protected by small-cell suppression.

Breakdowns are by up to two grouping columns (say ``group`` and ``label``; see ``breakdown``).
Their tables carry their margins: a row whose grouping value is missing (NA) is the total over
that column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import numpy as np
import pandas as pd

from widgets.content.models.instrument import Instrument
from widgets.logic.cohort.breakdown import Breakdown, count
from widgets.logic.cohort.scores import component_scores, keyed_items
from widgets.logic.cohort.suppression import MIN_GROUP, suppress
from widgets.logic.cohort.t_tests import t_quantile

ALPHA_CAUTION_BELOW = 30
CONFIDENCE = 0.95


def component_summary(frame: pd.DataFrame, instrument: Instrument, by: Sequence[str] = (),
                      min_group: int = MIN_GROUP, scores: pd.DataFrame | None = None,
                      breakdown: Breakdown | None = None) -> pd.DataFrame:
    """Per component (and breakdown cell): n answering, mean and its 95% t-interval.

    Columns: the ``by`` columns, ``component``, ``n``, ``mean``, ``ci_low``, ``ci_high``,
    ``suppressed`` (n and statistics are missing where suppressed) and ``group_hidden`` (the
    breakdown's decision on the group, the same in all its tables). ``scores``
    (``component_scores`` of the frame) and ``breakdown`` (``Breakdown(frame, by, min_group)``)
    may be passed in when already at hand.
    """
    scores = component_scores(frame, instrument) if scores is None else scores
    breakdown = Breakdown(frame, by, min_group) if breakdown is None else breakdown
    parts = []
    for component in instrument.components:
        table = breakdown.summarise(scores[component], _mean_with_interval)
        table = _suppressed(table, breakdown, min_group, ["n", "mean", "ci_low", "ci_high"])
        parts.append(table.assign(component=component))
    columns = [*by, "component", "n", "mean", "ci_low", "ci_high", "suppressed", "group_hidden"]
    return pd.concat(parts, ignore_index=True)[columns]


def distribution(frame: pd.DataFrame, instrument: Instrument, by: str | None = None,
                 min_group: int = MIN_GROUP) -> pd.DataFrame:
    """Counts per scale point of every item, overall and per group of ``by``.

    Suppression works on the group: a group's counts are shown only when the breakdown shows
    the group and enough people in it answered the item (and complementary suppression leaves
    no group to be worked out).
    """
    by_columns = [by] if by else []
    breakdown = Breakdown(frame, by_columns, min_group)
    points = range(instrument.scale_min, instrument.scale_max + 1)
    parts = []
    for item_id in instrument.item_ids:
        answers = frame[item_id].astype("Float64").astype(float)
        table = breakdown.summarise(answers, _point_counts(points))
        table = _suppressed(table, breakdown, min_group, ["n", *points])
        long = table.melt(id_vars=[*by_columns, "n", "suppressed", "group_hidden"],
                          value_vars=list(points), var_name="point", value_name="count")
        parts.append(long.assign(item=item_id))
    result = pd.concat(parts, ignore_index=True)
    result["label"] = result["point"].map(
        {int(k): v for k, v in instrument.scale_labels.items()})
    return result[[*by_columns, "item", "point", "label", "count", "n", "suppressed",
                   "group_hidden"]]


def response_counts(frame: pd.DataFrame, by: Sequence[str] = (),
                    min_group: int = MIN_GROUP, breakdown: Breakdown | None = None
                    ) -> pd.DataFrame:
    """How many responses fall in each breakdown cell and margin, suppressed like the means.

    Columns: the ``by`` columns, ``n`` (missing where suppressed), ``suppressed`` and
    ``group_hidden`` (here the same as ``suppressed``).
    """
    breakdown = Breakdown(frame, by, min_group) if breakdown is None else breakdown
    table = breakdown.summarise(pd.Series(1.0, index=frame.index), count)
    return _suppressed(table, breakdown, min_group, ["n"])[
        [*by, "n", "suppressed", "group_hidden"]]


def grouping_columns(frame: pd.DataFrame, instrument: Instrument) -> list[str]:
    """Columns a breakdown can use: ``group``, ``label`` and any grouping column a mapping file
    kept, when at least one response has a value in it (never the pairing code or the id)."""
    fields = {"response_id", "timestamp", "code", *instrument.item_ids}
    candidates = [c for c in frame.columns if c not in fields]
    return [c for c in candidates if frame[c].notna().any()]


def cronbach_alpha(frame: pd.DataFrame, instrument: Instrument, min_group: int = MIN_GROUP
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
    answered = values.to_numpy(dtype=float, na_value=np.nan)
    answered = answered[~np.isnan(answered)]
    n = len(answered)
    if n == 0:
        return 0, np.nan, np.nan, np.nan
    mean = float(answered.mean())
    if n < 2:
        return n, mean, np.nan, np.nan
    half = _t_quantile(n - 1) * answered.std(ddof=1) / np.sqrt(n)
    return n, mean, mean - half, mean + half


@cache
def _t_quantile(df: int) -> float:
    """The t quantile of the interval (computed once per sample size)."""
    return t_quantile((1 + CONFIDENCE) / 2, df)


def _mean_with_interval(values: pd.Series) -> dict[str, float]:
    n, mean, low, high = mean_interval(values)
    return {"n": n, "mean": mean, "ci_low": low, "ci_high": high}


def _point_counts(points: range) -> Callable[[pd.Series], dict[str, float]]:
    def counts(values: pd.Series) -> dict[str, float]:
        answered = values.dropna()
        tally = answered.value_counts()
        return {"n": len(answered), **{p: int(tally.get(float(p), 0)) for p in points}}
    return counts


def _suppressed(table: pd.DataFrame, breakdown: Breakdown, min_group: int, hide: list
                ) -> pd.DataFrame:
    """Mark and blank the entries that suppression hides, judged on the ``n`` column and
    starting from the breakdown's decision on its groups."""
    if breakdown.groups is not None:
        hidden = breakdown.flags(suppress(breakdown.counts(table), min_group,
                                          also=breakdown.groups))
        withheld = breakdown.flags(breakdown.groups)
    else:
        hidden = withheld = table["n"].between(1, min_group - 1).to_numpy(dtype=bool)
    table = table.assign(suppressed=hidden, group_hidden=withheld)
    table[hide] = table[hide].astype(float)
    table.loc[table["suppressed"], hide] = np.nan
    return table
