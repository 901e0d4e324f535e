"""The sample-dataset loader: typed columns, and every broken file named with its problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from widgets.datasets.loader import load
from widgets.datasets.package import dataset_names, resource
from widgets.errors import BelongingLabError
from widgets.paths import DATASETS_DIR

CLERKSHIP = "clerkship_cohort.csv"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A writable copy of the committed CSVs."""
    for name in dataset_names():
        shutil.copy(DATASETS_DIR / resource(name)["path"], tmp_path)
    return tmp_path


def edit_lines(path: Path, change) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    change(lines)
    path.write_text("\n".join(lines), encoding="utf-8")


def set_cell(path: Path, row: int, column: str, value: str) -> None:
    """Put ``value`` in a cell, ``row`` counted as a spreadsheet counts (header = row 1)."""
    def change(lines: list[str]) -> None:
        header = lines[0].split(",")
        cells = lines[row - 1].split(",")
        cells[header.index(column)] = value
        lines[row - 1] = ",".join(cells)
    edit_lines(path, change)


def load_error(name: str, folder: Path) -> BelongingLabError:
    with pytest.raises(BelongingLabError) as caught:
        load(name, folder)
    return caught.value


@pytest.mark.parametrize("name", dataset_names())
def test_each_committed_dataset_loads_with_every_column_of_its_schema(name):
    frame = load(name)
    assert list(frame.columns) == [field["name"] for field in resource(name)["schema"]["fields"]]
    assert len(frame) > 0


def test_columns_come_back_typed():
    frame = load("clerkship_cohort")
    assert frame["rotation_number"].dtype == "int64"
    assert frame["competencies"].dtype == "float64"
    assert frame["resident_sought_out"].dtype == bool


def test_skipped_answers_come_back_as_missing_integers():
    frame = load("class_responses")
    assert frame["comp_1"].dtype == "Int64"
    assert frame[[c for c in frame.columns if c.startswith(("comp_", "opp_"))]].isna().any().any()


def test_timestamps_come_back_as_utc_datetimes():
    assert str(load("class_responses")["timestamp"].dtype).endswith("UTC]")


def test_a_wrong_type_names_file_row_column_and_value(data_dir):
    set_cell(data_dir / CLERKSHIP, 5, "length_weeks", "six")
    error = load_error("clerkship_cohort", data_dir)
    assert error.key == "datasets.wrong_type"
    assert (error.values["row"], error.values["column"]) == (5, "length_weeks")
    assert all(part in str(error) for part in (CLERKSHIP, "row 5", "length_weeks", "six"))


def test_a_decimal_in_a_whole_number_column_is_a_wrong_type(data_dir):
    set_cell(data_dir / CLERKSHIP, 3, "start_week", "2.5")
    assert load_error("clerkship_cohort", data_dir).key == "datasets.wrong_type"


def test_a_boolean_other_than_true_or_false_is_a_wrong_type(data_dir):
    set_cell(data_dir / CLERKSHIP, 4, "orientation_given", "yes")
    error = load_error("clerkship_cohort", data_dir)
    assert (error.key, error.values["column"]) == ("datasets.wrong_type", "orientation_given")


def test_a_score_outside_one_to_five_is_out_of_range(data_dir):
    set_cell(data_dir / CLERKSHIP, 7, "perceptions", "5.20")
    error = load_error("clerkship_cohort", data_dir)
    assert error.key == "datasets.out_of_range"
    assert (error.values["row"], error.values["column"]) == (7, "perceptions")
    assert "1 to 5" in str(error)


def test_a_value_outside_the_allowed_list_is_not_allowed(data_dir):
    set_cell(data_dir / "research_workforce.csv", 9, "role", "dean")
    error = load_error("research_workforce", data_dir)
    assert error.key == "datasets.not_allowed"
    assert all(part in str(error) for part in ("research_workforce.csv", "row 9", "role", "dean"))


def test_an_empty_required_cell_is_reported(data_dir):
    set_cell(data_dir / CLERKSHIP, 6, "service", "")
    error = load_error("clerkship_cohort", data_dir)
    assert (error.key, error.values["row"]) == ("datasets.missing_value", 6)


def test_an_id_of_the_wrong_form_is_reported(data_dir):
    set_cell(data_dir / "class_responses.csv", 2, "response_id", "Not-A-Hex-Id")
    error = load_error("class_responses", data_dir)
    assert (error.key, error.values["column"]) == ("datasets.bad_form", "response_id")


def test_a_badly_written_timestamp_is_a_wrong_type(data_dir):
    set_cell(data_dir / "class_responses.csv", 3, "timestamp", "2026-09-07 10:00")
    error = load_error("class_responses", data_dir)
    assert (error.key, error.values["column"]) == ("datasets.wrong_type", "timestamp")


def test_a_repeated_key_names_both_rows(data_dir):
    def repeat_first_row(lines: list[str]) -> None:
        lines.insert(2, lines[1])
    edit_lines(data_dir / "research_workforce.csv", repeat_first_row)
    error = load_error("research_workforce", data_dir)
    assert error.key == "datasets.duplicate_key"
    assert (error.values["row"], error.values["first_row"]) == (3, 2)


def test_the_first_row_with_a_problem_is_the_one_reported(data_dir):
    set_cell(data_dir / CLERKSHIP, 40, "service", "dermatology")
    set_cell(data_dir / CLERKSHIP, 12, "perceptions", "0.50")
    assert load_error("clerkship_cohort", data_dir).values["row"] == 12


def rewrite_workforce(data_dir, change):
    """Rewrite the workforce CSV through ``change`` (a DataFrame to DataFrame) and load it."""
    path = data_dir / "research_workforce.csv"
    change(pd.read_csv(path, dtype=str, keep_default_na=False)).to_csv(
        path, index=False, lineterminator="\n")
    return load_error("research_workforce", data_dir)


def test_a_missing_column_is_named(data_dir):
    error = rewrite_workforce(data_dir, lambda frame: frame.drop(columns="disability"))
    assert (error.key, error.values["column"]) == ("datasets.missing_column", "disability")
    assert "research_workforce.csv" in str(error)


def test_an_unexpected_column_is_named(data_dir):
    error = rewrite_workforce(data_dir, lambda frame: frame.assign(name="someone"))
    assert (error.key, error.values["column"]) == ("datasets.unexpected_column", "name")


def test_columns_in_another_order_are_reported(data_dir):
    path = data_dir / CLERKSHIP
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame[list(reversed(frame.columns))].to_csv(path, index=False, lineterminator="\n")
    assert load_error("clerkship_cohort", data_dir).key == "datasets.column_order"


def test_a_semicolon_separated_file_is_recognised(data_dir):
    path = data_dir / CLERKSHIP
    path.write_text(path.read_text(encoding="utf-8").replace(",", ";"), encoding="utf-8")
    assert load_error("clerkship_cohort", data_dir).key == "datasets.not_comma_separated"


def test_a_cut_off_last_row_is_reported(data_dir):
    path = data_dir / CLERKSHIP
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(text.rsplit(",", 3)[0] + "\n", encoding="utf-8")
    error = load_error("clerkship_cohort", data_dir)
    assert error.key == "datasets.wrong_length"
    assert error.values["row"] == len(text.split("\n"))


def test_an_empty_file_is_reported(data_dir):
    (data_dir / CLERKSHIP).write_bytes(b"")
    error = load_error("clerkship_cohort", data_dir)
    assert error.key == "datasets.empty_file"
    assert CLERKSHIP in str(error)


def test_a_byte_order_mark_is_reported(data_dir):
    path = data_dir / CLERKSHIP
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load_error("clerkship_cohort", data_dir).key == "datasets.byte_order_mark"


def test_a_utf16_file_is_reported_as_having_a_byte_order_mark(data_dir):
    path = data_dir / CLERKSHIP
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    assert load_error("clerkship_cohort", data_dir).key == "datasets.byte_order_mark"


def test_a_non_utf8_file_names_the_row_of_the_first_bad_byte(data_dir):
    path = data_dir / "research_workforce.csv"
    lines = path.read_bytes().split(b"\n")
    lines[3] = lines[3].replace(b"no", "n\u00f6".encode("latin-1"), 1)
    path.write_bytes(b"\n".join(lines))
    error = load_error("research_workforce", data_dir)
    assert (error.key, error.values["row"]) == ("datasets.not_utf8", 4)


def test_a_missing_file_names_the_file_and_how_to_make_it(tmp_path):
    error = load_error("clerkship_cohort", tmp_path)
    assert error.key == "datasets.missing_file"
    assert CLERKSHIP in str(error)
    assert "belonging-lab datasets generate" in str(error)


def test_an_unknown_dataset_lists_the_ones_there_are():
    with pytest.raises(BelongingLabError) as caught:
        load("patients")
    assert caught.value.key == "datasets.unknown_dataset"
    assert "clerkship_cohort" in str(caught.value)
