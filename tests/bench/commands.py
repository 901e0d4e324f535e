"""Wall time of the suite's own commands, each run as a separate process like a user runs it:
``belonging-lab run`` over the notebooks and ``belonging-lab report`` over generated cohorts."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.messages import message

COMMAND = [sys.executable, "-m", "widgets.cli"]
TIMEOUT_SECONDS = 1800


def timed(arguments: list[str], home: Path) -> tuple[float, subprocess.CompletedProcess]:
    """Run ``belonging-lab <arguments>`` with HOME in the scratch folder; (seconds, result)."""
    started = time.monotonic()
    result = subprocess.run([*COMMAND, *arguments], env={**os.environ, "HOME": str(home)},
                            capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    return round(time.monotonic() - started, 2), result


def suite_run(notebooks: list[Path], work: Path) -> dict:
    """Execute every notebook headless with ``belonging-lab run``."""
    seconds, result = timed(["run", *map(str, notebooks), "--out", str(work / "run")], work)
    figure = {"notebooks": len(notebooks), "seconds": seconds, "status": "ok"}
    if result.returncode != 0:
        figure.update(seconds=None, status=message("bench.suite_failed", code=result.returncode,
                                                   detail=_last_line(result)))
    return figure


def cohort_report(rows: int, work: Path) -> dict:
    """Generate ``rows`` synthetic responses (untimed), then time the cohort report on them."""
    figure = {"rows": rows, "seconds": None}
    data = work / f"cohort-{rows}"
    _, generated = timed(["datasets", "generate", "--rows", str(rows), "--out", str(data)], work)
    if generated.returncode != 0:
        figure["status"] = message("bench.report_failed", code=generated.returncode,
                                   detail=_last_line(generated))
        return figure
    seconds, result = timed(report_arguments(data), work)
    if result.returncode == 0:
        figure.update(seconds=seconds, status="ok")
    else:
        figure["status"] = message("bench.report_failed", code=result.returncode,
                                   detail=_last_line(result))
    return figure


def report_arguments(data: Path) -> list[str]:
    """``belonging-lab report`` over the generated class responses, written beside them."""
    return ["report", "--responses", str(data / "class_responses.csv"), "--out",
            str(data / "report.html")]


def _last_line(result: subprocess.CompletedProcess) -> str:
    lines = (result.stderr or result.stdout or "").strip().splitlines()
    return lines[-1] if lines else ""
