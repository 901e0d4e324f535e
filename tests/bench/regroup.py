"""How fast the cohort dashboard redraws when its grouping changes, measured in this process.

The dashboard (module 07) is built on generated class responses in a plain Python process:
ipywidgets objects work without a frontend, and setting the group-by control runs the same
observer that a browser's change runs in the kernel. Each sample is the time from setting the
control until the observer returns, by which point every section has been rebuilt and every
chart drawn to SVG. The browser's own round trip is not included; the interaction latency rows
measure that for the modules.

Each round builds a new dashboard (untimed) and changes its grouping to each grouping column in
turn. The rounds' responses differ only in their group and moment names (a round number is
appended), so that no round can reuse a drawing of an earlier one: the figure is the cost of a
breakdown drawn afresh, not of switching back to one drawn a moment ago.
"""

from __future__ import annotations

import time
from pathlib import Path

import pandas as pd

from tests.bench.stats import summary
from tests.messages import message
from widgets.datasets.generate import csv_text, generate
from widgets.files import write_atomic

DATASET = "class_responses"
RENAMED = ("group", "label")


def regroup_latency(rows: int, changes: int, work: Path) -> dict:
    """Generate ``rows`` responses (untimed), then time ``changes`` changes of the dashboard's
    grouping; milliseconds as a median/p95 summary."""
    from widgets.ui.cohort import CohortDashboard  # the ui layer, imported only when measured

    responses = generate(rows=rows)[DATASET]
    samples: list[float] = []
    columns: list[str] = []
    failed, number = False, 0
    while not failed and len(samples) < changes:
        path = write_atomic(work / f"regroup-{rows}" / f"round-{number}.csv",
                            csv_text(renamed(responses, number)))
        dashboard = CohortDashboard(responses=[str(path)])
        columns = [value for _, value in dashboard.group_by.options if value]
        for column in columns[: changes - len(samples)]:
            started = time.perf_counter()
            dashboard.group_by.value = column
            samples.append((time.perf_counter() - started) * 1000)
        failed = not columns or dashboard.status.value != ""
        dashboard.close()
        number += 1
    return {"rows": rows, "columns": columns, "ms": summary([] if failed else samples),
            "status": message("bench.regroup_failed") if failed else "ok"}


def renamed(responses: pd.DataFrame, number: int) -> pd.DataFrame:
    """The responses with the round's number appended to every group and moment name."""
    suffix = f" {number}"
    return responses.assign(**{column: responses[column].where(
        responses[column].isna(), responses[column].astype(str) + suffix)
        for column in RENAMED if column in responses})
