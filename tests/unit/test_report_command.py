"""``belonging-lab report`` refuses bad input with a short message and exit code 2, before it
runs anything (the full run is tested in tests/notebooks/test_report.py)."""

from pathlib import Path

import pytest

from widgets.cli import main

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cohort"


@pytest.mark.parametrize("extra, expected", [
    (["--responses", str(FIXTURES / "empty.csv")], "is empty"),
    (["--responses", str(FIXTURES / "suite_other_version.csv")], "instrument version"),
    (["--responses", str(FIXTURES / "missing.csv")], "There is no file"),
    (["--responses", str(FIXTURES / "suite_combined.csv"), "--min-group", "3"], "at least 5"),
    (["--responses", str(FIXTURES / "suite_combined.csv"), "--group-by", "site"],
     "no grouping column 'site'"),
    (["--responses", str(FIXTURES / "suite_combined.csv"), "--mapping",
      str(FIXTURES / "mapping_unknown_item.yaml")], "mapping file"),
])
def test_bad_input_gives_a_message_and_exit_code_2(extra, expected, tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["report", *extra, "--out", str(out)]) == 2
    error = capsys.readouterr().err
    assert expected in error and "Traceback" not in error
    assert not out.exists()


@pytest.mark.parametrize("moment, expected", [
    ("pre.csv", "does not name a file and its moment"),
    ("elsewhere.csv=pre", "is not one of the files given"),
])
def test_a_bad_moment_gives_a_message_and_exit_code_2(moment, expected, tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["report", "--responses", str(FIXTURES / "suite_combined.csv"),
                 "--moment", moment, "--out", str(out)]) == 2
    assert expected in capsys.readouterr().err and not out.exists()
