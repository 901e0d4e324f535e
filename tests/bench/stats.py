"""Summaries of timing samples: median, percentiles, ratios. Empty input gives None, never an
exception, because a figure that could not be measured is reported as missing."""

from __future__ import annotations

import math
from collections.abc import Sequence


def percentile(samples: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100) with linear interpolation between the closest ranks,
    the same definition as numpy's default."""
    if not samples:
        return None
    ordered = sorted(samples)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(samples: Sequence[float]) -> float | None:
    return percentile(samples, 50)


def summary(samples: Sequence[float]) -> dict:
    """The samples with their count, median and 95th percentile, as stored in the JSON."""
    return {
        "samples": [round(value, 1) for value in samples],
        "n": len(samples),
        "median": _rounded(median(samples)),
        "p95": _rounded(percentile(samples, 95)),
    }


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """``numerator / denominator`` to two decimals, or None when either is missing or zero."""
    if numerator is None or not denominator:
        return None
    return round(numerator / denominator, 2)


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
