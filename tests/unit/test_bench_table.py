"""The benchmark's printed table: every figure of the JSON, against its target."""

import copy

from tests.bench.stats import summary
from tests.bench.table import format_table, rows

RESULTS = {
    "baseline": {"notebook": "one_slider.ipynb", "tti_ms": summary([1000, 1100, 900])},
    "modules": {
        "01_what_is_belonging.ipynb": {
            "tti_ms": summary([1400, 1500, 1300]), "tti_ratio": 1.4,
            "interaction_control": "slider 1", "interaction_ms": summary([120, 140, 400]),
            "kernel_peak_rss_mb": 237.6,
        },
        "00_start_here.ipynb": {
            "tti_ms": summary([1200]), "tti_ratio": 1.2, "interaction_control": None,
            "interaction_ms": None, "kernel_peak_rss_mb": 180.0,
        },
    },
    "interaction_ms": summary([120, 140, 400]),
    "suite_run": {"notebooks": 2, "seconds": 31.5, "status": "ok"},
    "cohort_report": [{"rows": 10_000, "seconds": None, "status": "not available"}],
    "simultaneous_sessions": {"sessions": 20, "rendered": 19, "tti_ms": summary([2000, 9000])},
    "first_loads": {"loads": 100, "concurrency": 10, "stall_seconds": 180, "stalled": 0,
                    "failed": 0, "slow_seconds": 60, "slow": 2, "tti_ms": summary([2000])},
    "first_loads_without_fixes": None,
    "kernels_left": {"after_seconds": 60, "alive": 0, "zero_after_s": 3.0},
}


def row_for(table, start):
    return next(row for row in table if row.figure.startswith(start))


def test_each_module_ratio_is_judged_against_one_and_a_half():
    ratios = [row for row in rows(RESULTS) if "ratio" in row.figure]
    assert [(row.value, row.target, row.verdict) for row in ratios] == [
        ("1.40", "<= 1.5", "met"), ("1.20", "<= 1.5", "met")]


def test_interaction_latency_shows_median_and_p95_and_is_judged_on_the_median():
    row = row_for(rows(RESULTS), "interaction latency, 01")
    assert (row.value, row.verdict) == ("140.0 / 374.0", "met")


def test_a_module_without_a_chart_to_redraw_says_so_instead_of_a_latency():
    row = row_for(rows(RESULTS), "interaction latency, 00")
    assert (row.value, row.verdict) == ("-", "")


def test_kernel_memory_over_200_mb_misses():
    assert row_for(rows(RESULTS), "peak kernel memory (RSS), 01").verdict == "missed"


def test_a_report_that_could_not_run_shows_why():
    assert row_for(rows(RESULTS), "cohort report").value == "not available"


def test_the_dashboard_regroup_is_judged_on_its_median_against_300_ms():
    results = {**RESULTS, "cohort_regroup": {"rows": 10_000, "columns": ["group"],
                                             "ms": summary([200, 250, 400]), "status": "ok"}}
    row = row_for(rows(results), "cohort dashboard regroup, 10,000")
    assert (row.value, row.target, row.verdict) == ("250.0 / 385.0", "<= 300", "met")


def test_the_regroup_row_is_left_out_when_it_was_not_measured():
    assert not [row for row in rows(RESULTS) if "regroup" in row.figure]


def test_one_session_that_did_not_render_misses_the_target():
    row = row_for(rows(RESULTS), "simultaneous sessions")
    assert (row.value, row.target, row.verdict) == ("19", "== 20", "missed")


def test_first_loads_count_stalls_and_failures_together():
    row = row_for(rows(RESULTS), "first loads")
    assert (row.value, row.verdict) == (
        "0/100 (0 stalled, 0 failed; 2 rendered after 60 s)", "met")


def test_the_comparison_without_the_kernel_fixes_appears_only_when_it_was_measured():
    results = copy.deepcopy(RESULTS)
    assert not [row for row in rows(results) if "without the kernel fixes" in row.figure]
    results["first_loads_without_fixes"] = {**results["first_loads"], "loads": 30, "stalled": 3}
    row = row_for(rows(results), "  the same without the kernel fixes")
    assert (row.value, row.verdict) == ("3/30 (3 stalled, 0 failed; 2 rendered after 60 s)", "")


def test_the_printed_values_line_up_under_their_heading():
    table = rows(RESULTS)
    heading, *lines = format_table(table).splitlines()
    column = heading.index("value")
    assert [line[column:column + len(row.value)] for line, row in zip(lines, table, strict=True)
            ] == [row.value for row in table]


def test_a_warm_start_is_judged_against_one_second():
    results = {**RESULTS, "warm_start": {"01_what_is_belonging.ipynb": {"tti_ms": {
        "samples": [900.0, 1200.0], "n": 2, "median": 1050.0, "p95": 1185.0}}}}
    row = row_for(rows(results), "time to interactive from a preheated kernel, 01")
    assert (row.target, row.verdict) == ("<= 1000", "missed")


def test_warm_start_rows_are_left_out_when_they_were_not_measured():
    assert not [row for row in rows(RESULTS) if "preheated" in row.figure]
