"""The benchmark, ``python -m tests.bench --quick``, runs end to end on one module and writes
every figure the issue lists. Speed is reported by the bench, never asserted here."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from widgets.paths import REPO_ROOT

pytestmark = pytest.mark.browser

MODULE = "01_what_is_belonging.ipynb"


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    work = tmp_path_factory.mktemp("bench")
    out = work / "bench.json"
    result = subprocess.run(
        [sys.executable, "-m", "tests.bench", "--quick", "--modules", MODULE[:2],
         "--out", str(out)],
        capture_output=True, text=True, timeout=900, cwd=work,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},  # the bench lives beside the tests
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(out.read_text()), result.stdout


def test_each_module_has_its_load_time_ratio_latency_and_memory(figures):
    module = figures[0]["modules"][MODULE]
    assert module["tti_ms"]["median"] > 0
    assert module["tti_ratio"] > 0
    assert module["interaction_ms"]["n"] >= 1
    assert module["kernel_peak_rss_mb"] > 0


def test_each_module_is_also_timed_from_a_preheated_kernel(figures):
    assert figures[0]["warm_start"][MODULE]["tti_ms"]["median"] > 0


def test_the_baseline_is_measured_in_the_same_run(figures):
    assert figures[0]["baseline"]["tti_ms"]["median"] > 0


def test_the_suite_run_and_the_cohort_report_are_timed_or_say_why_not(figures):
    results = figures[0]
    assert results["suite_run"]["seconds"] > 0
    assert results["cohort_report"]
    assert all(report["seconds"] or report["status"] for report in results["cohort_report"])


def test_the_concurrent_figures_and_leftover_kernels_are_counted(figures):
    results = figures[0]
    assert results["simultaneous_sessions"]["rendered"] == results["simultaneous_sessions"][
        "sessions"]
    loads = results["first_loads"]
    assert loads["stalled"] + loads["failed"] == 0
    assert results["kernels_left"]["alive"] == 0


def test_the_table_names_every_target(figures):
    printed = figures[1]
    for target in ("<= 1.5", "<= 150", "<= 200", "== 0"):
        assert target in printed
