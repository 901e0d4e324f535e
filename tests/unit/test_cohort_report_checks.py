"""`belonging-lab report` refuses bad input with a short message and exit code 2: cheap
mistakes before any kernel starts, and the dashboard's own message for a file it cannot import
(the notebook stops on it) instead of a traceback."""

import pytest

from widgets import report
from widgets.cli import main
from widgets.errors import BelongingLabError
from widgets.paths import DATASETS_DIR

SAMPLE = DATASETS_DIR / "class_responses.csv"


@pytest.fixture
def no_notebook(monkeypatch):
    """Fail the test if the notebook would run."""
    def execute(*_args, **_kwargs):
        raise AssertionError("the notebook ran")
    monkeypatch.setattr(report, "execute", execute)


def test_a_missing_file_is_refused_before_the_notebook_runs(no_notebook, tmp_path, capsys):
    code = main(["report", "--responses", str(tmp_path / "none.csv"), "--out",
                 str(tmp_path / "r.html")])
    assert code == 2 and "There is no file or folder" in capsys.readouterr().err


def test_a_threshold_below_five_is_refused_before_the_notebook_runs(no_notebook, tmp_path,
                                                                      capsys):
    code = main(["report", "--responses", str(SAMPLE), "--min-group", "3", "--out",
                 str(tmp_path / "r.html")])
    assert code == 2 and "at least 5" in capsys.readouterr().err


def test_the_files_are_left_to_the_notebook_which_stops_at_the_first_problem():
    parameters = report.report_parameters([SAMPLE])
    assert parameters["strict"] is True and parameters["responses"] == [str(SAMPLE)]


def test_the_dashboards_refusal_becomes_the_report_message():
    failed = BelongingLabError("runner.cell_failed", notebook="07.ipynb", cell=3,
                               ename="BelongingLabError", evalue="empty.csv is empty.")
    assert str(report.refusal(failed)) == "The report was not written: empty.csv is empty."


def test_any_other_notebook_failure_is_reported_as_it_is():
    failed = BelongingLabError("runner.cell_failed", notebook="07.ipynb", cell=3,
                               ename="KeyError", evalue="'x'")
    assert report.refusal(failed) is failed
