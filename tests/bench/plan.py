"""How much the benchmark measures. The defaults are enough for figures that hold on two shared
cores (medians of 5 loads) and for rare faults to show (100 first loads at a concurrency of 10
for a stall, 20 simultaneous sessions); ``QUICK`` shrinks every count for a smoke run."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Plan:
    loads: int = 5  # loads per module (and of the baseline) for time to interactive
    interactions: int = 4  # control changes timed on each module load
    sessions: int = 20  # simultaneous sessions
    first_loads: int = 100
    concurrency: int = 10  # of the first loads
    unpatched_loads: int = 30  # first loads without the kernel fixes; 0 skips them
    # A stalled load never finishes (the lost wake-up hangs until the kernel is culled), so a
    # load counts as stalled only after stall_seconds; one that renders after slow_seconds is
    # counted as slow: on two shared cores ten concurrent kernel starts can take a minute.
    stall_seconds: float = 180
    slow_seconds: float = 60
    leave_seconds: float = 60  # kernels still alive this long after the last session left
    report_rows: tuple[int, ...] = (10_000, 100_000)
    regroup_rows: int = 10_000  # responses in the dashboard whose grouping is changed
    regroup_changes: int = 20
    class_sizes: tuple[int, ...] = (1, 10, 30)  # learners arriving at once at one module


QUICK = Plan(loads=1, interactions=2, sessions=2, first_loads=2, concurrency=2,
             unpatched_loads=0, report_rows=(1_000,), regroup_rows=1_000, regroup_changes=4,
             class_sizes=())
