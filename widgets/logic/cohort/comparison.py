"""Comparing two moments (for example "pre" and "post") per component.

Responses pair up through their pairing code, or, when they have none, their response id (a
REDCap record seen at two events, say). A key used more than once within one moment is
ambiguous and pairs nothing. With at least ``min_group`` pairs the comparison is paired: a
paired t-test on the pairs, with Cohen's d_z (the mean difference over the standard deviation
of the differences); unpaired responses are then left out and counted. Otherwise it compares
the two moments as independent samples: Welch's t-test, with Hedges' g (Cohen's d on the pooled
standard deviation, corrected for small samples). ``method`` says which was used. A component
with fewer than ``min_group`` responses (or pairs) in a moment is suppressed: its statistics
and its counts are left out, so that the small moment cannot be read from the counts either.

``moments`` picks the two moments to compare from the labels present, and their order.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from widgets.content.models.instrument import Instrument
from widgets.logic.cohort.scores import component_scores
from widgets.logic.cohort.suppression import MIN_GROUP
from widgets.logic.cohort.t_tests import paired, welch

PAIRED, UNPAIRED = "paired", "unpaired"
DEFAULT_MOMENTS = ("pre", "post")
COUNTS = ["n_before", "n_after", "n_pairs", "n_unpaired"]
COLUMNS = ["component", "method", "n_before", "n_after", "n_pairs", "n_unpaired",
           "mean_before", "mean_after", "difference", "ci_low", "ci_high", "t", "df", "p",
           "effect_size_name", "effect_size", "suppressed"]


def compare(frame: pd.DataFrame, instrument: Instrument, before: str, after: str,
            min_group: int = MIN_GROUP, scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per component: the test used, its result and its effect size. ``scores`` are
    the frame's ``component_scores`` when already computed."""
    scores = component_scores(frame, instrument) if scores is None else scores
    keys = _pairing_keys(frame)
    first = _by_key(scores[frame["label"] == before], keys)
    second = _by_key(scores[frame["label"] == after], keys)
    shared = first.index.intersection(second.index)
    method = PAIRED if len(shared) >= min_group else UNPAIRED
    rows = []
    for component in instrument.components:
        a = first[component].dropna()
        b = second[component].dropna()
        if method == PAIRED:
            rows.append(_paired(component, a, b, min_group))
        else:
            rows.append(_unpaired(component, scores.loc[frame["label"] == before, component],
                                  scores.loc[frame["label"] == after, component], min_group))
    table = pd.DataFrame(rows, columns=COLUMNS)
    table[COUNTS] = table[COUNTS].astype(float)
    table.loc[table["suppressed"], COUNTS] = np.nan
    return table


def moments(frame: pd.DataFrame, order: Sequence[str] = ()) -> tuple[str, str] | None:
    """The two moments to compare, earliest first, or None when there are not two or their
    order cannot be known (a comparison the wrong way round is worse than none):

    - "pre" and "post" when both are labels;
    - else the first and the last label present in ``order`` (the order the faculty gave the
      files' moments, or the order the export implies, such as REDCap's events);
    - else the only two labels, ordered by their earliest timestamps, when both have one."""
    labels = frame["label"].dropna()
    present = set(labels)
    if set(DEFAULT_MOMENTS) <= present:
        return DEFAULT_MOMENTS
    known = [moment for moment in order if moment in present]
    if len(known) >= 2:
        return known[0], known[-1]
    if len(present) != 2:
        return None
    starts = frame.loc[labels.index].groupby("label")["timestamp"].min()
    if starts.isna().any() or starts.iloc[0] == starts.iloc[1]:
        return None
    first, second = starts.sort_values().index
    return str(first), str(second)


def _pairing_keys(frame: pd.DataFrame) -> pd.Series:
    """Each response's pairing code, else its response id, as a whole number (pairing then
    matches numbers, which is much faster than matching text)."""
    keys = frame["code"].where(frame["code"].notna(), frame["response_id"]).astype(str)
    return pd.Series(pd.factorize(keys)[0], index=frame.index)


def _by_key(scores: pd.DataFrame, keys: pd.Series) -> pd.DataFrame:
    """Scores indexed by pairing key, without keys that occur more than once."""
    keyed = scores.set_axis(keys[scores.index])
    return keyed[~keyed.index.duplicated(keep=False)]


def _paired(component: str, a: pd.Series, b: pd.Series, min_group: int) -> dict:
    both = a.index.intersection(b.index)
    before, after = a[both], b[both]
    row = _base(component, PAIRED, a, b, len(both), len(a) + len(b) - 2 * len(both))
    if len(both) < max(min_group, 2):
        return {**row, "suppressed": True}
    diff = after - before
    result = paired(after.to_numpy(), before.to_numpy())
    sd = diff.std(ddof=1)
    return {**row, "mean_before": before.mean(), "mean_after": after.mean(),
            "difference": diff.mean(), "ci_low": result.ci_low, "ci_high": result.ci_high,
            "t": result.statistic, "df": result.df, "p": result.pvalue,
            "effect_size_name": "d_z", "effect_size": diff.mean() / sd if sd > 0 else np.nan}


def _unpaired(component: str, a: pd.Series, b: pd.Series, min_group: int) -> dict:
    a, b = a.dropna(), b.dropna()
    row = _base(component, UNPAIRED, a, b, 0, len(a) + len(b))
    if min(len(a), len(b)) < max(min_group, 2):
        return {**row, "suppressed": True}
    result = welch(b.to_numpy(), a.to_numpy())
    return {**row, "mean_before": a.mean(), "mean_after": b.mean(),
            "difference": b.mean() - a.mean(), "ci_low": result.ci_low, "ci_high": result.ci_high,
            "t": result.statistic, "df": result.df, "p": result.pvalue,
            "effect_size_name": "g", "effect_size": hedges_g(a, b)}


def hedges_g(a: pd.Series, b: pd.Series) -> float:
    """Hedges' g of b minus a: Cohen's d on the pooled SD times the small-sample correction."""
    n1, n2 = len(a), len(b)
    pooled = np.sqrt(((n1 - 1) * a.var(ddof=1) + (n2 - 1) * b.var(ddof=1)) / (n1 + n2 - 2))
    if not pooled > 0:
        return float("nan")
    return float((b.mean() - a.mean()) / pooled * (1 - 3 / (4 * (n1 + n2) - 9)))


def _base(component: str, method: str, a: pd.Series, b: pd.Series, pairs: int,
          unpaired: int) -> dict:
    return {"component": component, "method": method, "n_before": len(a), "n_after": len(b),
            "n_pairs": pairs, "n_unpaired": unpaired, "suppressed": False}
