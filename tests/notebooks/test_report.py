"""``belonging-lab report`` runs notebook 07 through papermill and writes one HTML page that
states the suppression rule, suppresses small groups, escapes uploaded text and holds no code and
no individual response."""

import csv
import html
import subprocess
import sys
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


MOMENTS = FIXTURES / "moments"


@pytest.fixture(scope="module")
def moment_report(tmp_path_factory):
    """The command run as a faculty member runs it, on a before and an after file."""
    out = tmp_path_factory.mktemp("moments") / "report.html"
    done = subprocess.run(
        [str(Path(sys.executable).with_name("belonging-lab")), "report", "--responses",
         str(MOMENTS / "pre"), str(MOMENTS / "post"), "--moment", f"{MOMENTS / 'pre'}=before",
         "--moment", f"{MOMENTS / 'post'}=after", "--group-by", "cohort", "--out", str(out)],
        capture_output=True, text=True, check=False)
    return done, out.read_text(encoding="utf-8") if out.exists() else ""


def test_files_given_as_moments_are_compared_earliest_first(moment_report):
    done, page = moment_report
    assert done.returncode == 0, done.stderr
    assert "Component means at before and after" in page
    assert "Paired comparison: 5 learners answered at both moments" in page


def test_the_report_breaks_down_by_the_faculty_column(moment_report):
    assert "Component means by Cohort" in moment_report[1]


def test_the_command_prints_only_its_own_output(moment_report):
    done, _ = moment_report
    assert done.stderr == "" and done.stdout.strip().endswith("report.html")


def test_files_that_give_no_response_stop_the_report_with_exit_code_2(tmp_path, capsys):
    export = tmp_path / "unanswered.csv"
    rows = (FIXTURES / "google_forms.csv").read_text(encoding="utf-8").splitlines()
    header_cells = len(next(csv.reader([rows[0]])))
    export.write_text(rows[0] + "\n" + ",".join(["2026/11/23 2:01:00 PM GMT"]
                                                + [""] * (header_cells - 1)) + "\n")
    out = tmp_path / "report.html"
    assert main(["report", "--responses", str(export), "--out", str(out)]) == 2
    error = capsys.readouterr().err
    assert "No responses could be imported from unanswered.csv" in error and not out.exists()


def test_the_report_carries_the_suites_styles_for_phones_and_print(report):
    head = report.split("</head>")[0]
    assert ".bl-chart-narrow" in head and "@media print" in head
    assert report.count("bl-chart-narrow") > report.count("<figure")  # each chart drawn narrow too
