"""``belonging-lab report`` runs notebook 07 through papermill and writes one HTML page that
states the suppression rule, suppresses small groups, escapes uploaded text and holds no code and
no individual response."""

import csv
import html
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


def test_hidden_groups_are_counted_in_the_report(report):
    assert "2 group(s) hidden and not named" in report


def test_a_hidden_groups_name_appears_nowhere_in_the_report(report):
    # the two files together: Small site has 2 people and Site B 3
    for name in ("Small site", "Site B"):
        assert name not in report and html.escape(name) not in report


def test_a_file_that_cannot_be_imported_stops_the_report_with_its_message(tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["report", "--responses", str(COMBINED), str(FIXTURES / "empty.csv"),
                 "--out", str(out)]) == 2
    error = capsys.readouterr().err
    assert "The report was not written: empty.csv is empty" in error
    assert "Traceback" not in error and not out.exists()


def test_hostile_group_names_appear_escaped(report):
    assert "&lt;img src=x onerror=alert(1)&gt;" in report
    assert "<img src=x" not in report


def test_the_report_has_no_code_and_no_scripts(report):
    assert "<script" not in report.lower()
    assert "CohortDashboard" not in report


def test_the_report_shows_the_charts_inline(report):
    assert report.count("<svg") >= 4
