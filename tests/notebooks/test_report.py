"""``belonging-lab report`` runs notebook 07 through papermill and writes one HTML page that
states the suppression rule, suppresses small groups, escapes uploaded text and holds no code and
no individual response."""

import csv
from pathlib import Path

import pytest

from widgets.cli import main

pytestmark = pytest.mark.notebooks

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cohort"
HOSTILE = FIXTURES / "suite_hostile_groups.csv"
COMBINED = FIXTURES / "suite_combined.csv"


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert main(["report", "--responses", str(HOSTILE), str(COMBINED), "--out", str(out),
                 "--group-by", "group"]) == 0
    return out.read_text(encoding="utf-8")


def test_the_report_states_the_suppression_rule(report):
    assert "any group of fewer than 5 people is suppressed" in report


def test_the_report_holds_no_response_id_of_its_input(report):
    ids = [row["response_id"] for path in (HOSTILE, COMBINED)
           for row in csv.DictReader(path.open())]
    assert ids and not any(response_id in report for response_id in ids)


def test_a_group_smaller_than_five_is_suppressed(report):
    row = report.split("<td>Small site</td>", 1)[1].split("</tr>", 1)[0]
    assert "suppressed" in row


def test_hostile_group_names_appear_escaped(report):
    assert "&lt;img src=x onerror=alert(1)&gt;" in report
    assert "<img src=x" not in report


def test_the_report_has_no_code_and_no_scripts(report):
    assert "<script" not in report.lower()
    assert "CohortDashboard" not in report


def test_the_report_shows_the_charts_inline(report):
    assert report.count("<svg") >= 4
