"""The limit each measured figure is judged against, and the verdict on it. The limits are what
keeps a class from waiting: a module starts about as fast as a one-slider notebook, a control
redraws its chart before a learner notices (150 ms), a kernel fits in a Binder session
(mybinder.org guarantees 450 MB to a whole session), and a class arriving at once finds every
page rendered and leaves no kernel behind."""

from __future__ import annotations

import operator
from dataclasses import dataclass

MET, MISSED, NOT_MEASURED, NO_TARGET = "met", "missed", "not measured", ""

_COMPARISONS = {"<=": operator.le, "==": operator.eq}


@dataclass(frozen=True)
class Target:
    """A figure passes when ``value <comparison> limit``."""

    comparison: str
    limit: float

    def __str__(self) -> str:
        return f"{self.comparison} {self.limit:g}"


TTI_RATIO = Target("<=", 1.5)
INTERACTION_MEDIAN_MS = Target("<=", 150)
WARM_TTI_MS = Target("<=", 1000)  # a warm start: the page's kernel was preheated
KERNEL_RSS_MB = Target("<=", 200)
STALLED_LOADS = Target("==", 0)
KERNELS_LEFT = Target("==", 0)
REGROUP_MEDIAN_MS = Target("<=", 300)  # the cohort dashboard's redraw at 10,000 responses
# A class arriving at once (``classload``), as ratios to the one-slider baseline at the same N.
CLASS_TTI_P95_RATIO = Target("<=", 1.5)
CLASS_MEMORY_RATIO = Target("<=", 2)
CLASS_CPU_RATIO = Target("<=", 2)
CLASS_INTERACTION_P95_ALONE_MS = Target("<=", 150)  # one learner connected
CLASS_INTERACTION_P95_MS = Target("<=", 300)  # a class connected


def verdict(value: float | None, target: Target | None) -> str:
    """``met``, ``missed``, ``not measured`` (no value) or empty (a figure with no target)."""
    if target is None:
        return NO_TARGET
    if value is None:
        return NOT_MEASURED
    return MET if _COMPARISONS[target.comparison](value, target.limit) else MISSED


def all_rendered(sessions: int) -> Target:
    """Every one of ``sessions`` simultaneous sessions renders."""
    return Target("==", sessions)


def class_interaction(size: int) -> Target:
    """The interaction p95 target with ``size`` learners connected."""
    return CLASS_INTERACTION_P95_ALONE_MS if size == 1 else CLASS_INTERACTION_P95_MS
