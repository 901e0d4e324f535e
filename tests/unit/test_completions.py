"""Completion records and ``belonging-lab completions``: records are counted per module, small
counts are hidden like every count of the suite, no learner or file is shown, and a file that
is not a record stops the count with a short message and exit code 2."""

import json
from pathlib import Path

import pytest

from widgets.cli import main
from widgets.logic.completions import FORMAT, ModuleCount, count, read_folder

STORIES = "08_stories_of_belonging.ipynb"
START = "00_start_here.ipynb"


def record(*notebooks: str, **extra) -> dict:
    return {"format": FORMAT, "made": "2026-12-01",
            "completed": [{"module": name[:2], "notebook": name, "title": "A module",
                           "finished": "2026-11-30"} for name in notebooks], **extra}


def write_records(folder: Path, records: list[dict]) -> Path:
    folder.mkdir(exist_ok=True)
    for number, document in enumerate(records, start=1):
        (folder / f"learner-{number}.json").write_text(json.dumps(document), encoding="utf-8")
    return folder


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["completions", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_counts_of_five_or_more_are_shown_and_smaller_ones_hidden():
    records = [{START, STORIES}] * 4 + [{START}]
    assert count(records, [START, STORIES]) == [ModuleCount(START, 5), ModuleCount(STORIES, None)]


def test_a_module_nobody_completed_counts_zero():
    assert count([{START}] * 5, [START, STORIES])[1] == ModuleCount(STORIES, 0)


def test_a_module_listed_twice_in_one_record_counts_once(tmp_path):
    folder = write_records(tmp_path / "in", [record(START, START)] * 5)
    assert count(read_folder(folder), [START]) == [ModuleCount(START, 5)]


def test_the_command_prints_counts_per_module_and_names_no_file(tmp_path, capsys):
    folder = write_records(tmp_path / "handed-in", [record(START, STORIES)] * 6
                           + [record(START)] * 2)
    code, out, _ = run(capsys, "--records", str(folder))
    assert code == 0
    assert "counted from 8 completion record(s)" in out
    assert any(line.startswith("00 Start here") and line.endswith("  8")
               for line in out.splitlines())
    assert any(line.startswith("08 Stories of belonging") and line.endswith("  6")
               for line in out.splitlines())
    assert "learner-" not in out


def test_the_command_hides_modules_below_five(tmp_path, capsys):
    folder = write_records(tmp_path / "handed-in", [record(START)] * 5 + [record(STORIES)] * 4)
    _, out, _ = run(capsys, "--records", str(folder))
    line = next(line for line in out.splitlines() if line.startswith("08 Stories of belonging"))
    assert line.endswith("fewer than 5")
    assert "4" not in line


def test_a_higher_threshold_hides_more(tmp_path, capsys):
    folder = write_records(tmp_path / "handed-in", [record(START)] * 6)
    _, out, _ = run(capsys, "--records", str(folder), "--min-group", "10")
    assert "fewer than 10" in next(line for line in out.splitlines() if line.startswith("00 "))


@pytest.mark.parametrize("content, expected", [
    ("", "could not be read as a completion record"),
    ("{not json", "could not be read as a completion record"),
    (json.dumps(record(START, answers={"comp_1": 4})), "'answers' was unexpected"),
    (json.dumps({**record(START), "format": "belonging-lab-export/1"}),
     "is not a completion record"),
    (json.dumps(record("my notes.txt")), "is not a completion record"),
    (json.dumps({**record(START), "completed": [{"notebook": START, "score": 3}]}),
     "is not a completion record"),
])
def test_a_bad_file_gives_a_short_message_and_exit_code_2(tmp_path, capsys, content, expected):
    folder = write_records(tmp_path / "handed-in", [record(START)] * 5)
    (folder / "odd.json").write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "--records", str(folder))
    assert code == 2
    assert expected in err and "odd.json" in err
    assert "Traceback" not in err and len(err) < 400 and out == ""


@pytest.mark.parametrize("make, expected", [
    (lambda tmp: tmp / "nowhere", "is not a folder"),
    (lambda tmp: tmp, "There are no completion records"),
])
def test_a_missing_or_empty_folder_gives_a_message_and_exit_code_2(tmp_path, capsys, make,
                                                                     expected):
    code, _, err = run(capsys, "--records", str(make(tmp_path)))
    assert code == 2 and expected in err


def test_a_threshold_below_five_is_refused(tmp_path, capsys):
    folder = write_records(tmp_path / "handed-in", [record(START)] * 5)
    code, _, err = run(capsys, "--records", str(folder), "--min-group", "3")
    assert code == 2 and "5" in err
