"""Student's t for the cohort statistics: the quantile of a confidence interval, the paired
t-test and Welch's t-test, each with the 95% interval of its mean difference.

Written on ``scipy.special`` rather than taken from ``scipy.stats``: importing ``scipy.stats``
takes about a second in every kernel that shows the dashboard or runs the report, more than
all the statistics it computes. The results are those of ``scipy.stats.t.ppf``,
``ttest_rel`` and ``ttest_ind(equal_var=False)``; a test checks that they agree.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

CONFIDENCE = 0.95


@dataclass(frozen=True)
class TTest:
    """A two-sided t-test of a mean difference, with the confidence interval of the difference."""

    statistic: float
    df: float
    pvalue: float
    ci_low: float
    ci_high: float


def t_quantile(probability: float, df: float) -> float:
    """The ``probability`` quantile of Student's t with ``df`` degrees of freedom."""
    return float(special.stdtrit(df, probability))


def paired(after: np.ndarray, before: np.ndarray, confidence: float = CONFIDENCE) -> TTest:
    """The paired t-test of ``after - before``."""
    differences = np.asarray(after, dtype=float) - np.asarray(before, dtype=float)
    n = len(differences)
    error = differences.std(ddof=1) / np.sqrt(n)
    return _test(differences.mean(), error, n - 1, confidence)


def welch(second: np.ndarray, first: np.ndarray, confidence: float = CONFIDENCE) -> TTest:
    """Welch's t-test of ``mean(second) - mean(first)`` (unequal variances)."""
    second, first = np.asarray(second, dtype=float), np.asarray(first, dtype=float)
    share_second = second.var(ddof=1) / len(second)
    share_first = first.var(ddof=1) / len(first)
    with np.errstate(divide="ignore", invalid="ignore"):
        df = (share_second + share_first) ** 2 / (
            share_second ** 2 / (len(second) - 1) + share_first ** 2 / (len(first) - 1))
    error = np.sqrt(share_second + share_first)
    return _test(second.mean() - first.mean(), error, float(df), confidence)


def _test(difference: float, error: float, df: float, confidence: float) -> TTest:
    with np.errstate(divide="ignore", invalid="ignore"):
        statistic = np.divide(difference, error)
    pvalue = 2 * special.stdtr(df, -abs(statistic))
    half = t_quantile((1 + confidence) / 2, df) * error
    return TTest(float(statistic), float(df), float(pvalue), float(difference - half),
                 float(difference + half))
