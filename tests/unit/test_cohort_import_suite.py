"""Importing the suite's own export: CSV or JSON, one file per learner, combined, or a folder.

Fixtures follow one pattern (tests/fixtures/cohort/README.md): response n answers the item at
position j with ((n + j) % 5) + 1, so response 1 answers the first item 2 and the second 3.
"""

from pathlib import Path

import pytest

from widgets.errors import BelongingLabError
from widgets.logic.cohort.importing import import_responses

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cohort"


def imported(name, instrument, **options):
    return import_responses(FIXTURES / name, instrument, **options)


def test_a_combined_csv_imports_every_response(instrument):
    assert len(imported("suite_combined.csv", instrument).frame) == 6


def test_answers_are_imported_as_written(instrument):
    frame = imported("suite_combined.csv", instrument).frame
    first = instrument.item_ids[0]
    assert frame[first].tolist() == [2, 3, 4, 5, 1, 2]


def test_the_table_has_fields_then_items_in_instrument_order(instrument):
    frame = imported("suite_combined.csv", instrument).frame
    fields = ["response_id", "timestamp", "label", "code", "group"]
    assert list(frame.columns) == [*fields, *instrument.item_ids]


def test_timestamps_are_read_in_utc(instrument):
    frame = imported("suite_combined.csv", instrument).frame
    assert str(frame["timestamp"].iloc[0]) == "2026-11-21 14:05:00+00:00"


def test_labels_codes_and_groups_are_kept(instrument):
    row = imported("suite_combined.csv", instrument).frame.iloc[2]
    assert (row["label"], row["code"], row["group"]) == ("pre", "k2", "Site B")


def test_one_json_response_imports(instrument):
    assert len(imported("suite_one.json", instrument).frame) == 1


def test_a_json_array_imports_each_response(instrument):
    assert len(imported("suite_array.json", instrument).frame) == 3


def test_a_null_json_answer_is_missing(instrument):
    frame = imported("suite_array.json", instrument).frame
    assert frame[instrument.item_ids[1]].isna().iloc[2]


def test_a_folder_imports_each_learners_file(instrument):
    result = imported("suite_folder", instrument)
    assert len(result.frame) == 3
    assert len(result.report.sources) == 3


def test_a_value_outside_the_scale_is_rejected_and_its_row_kept(instrument):
    result = imported("suite_bad_values.csv", instrument)
    rejection = next(r for r in result.report.rejections if r.value == "6")
    assert (rejection.row, rejection.column) == (2, instrument.item_ids[0])
    assert "0a1b2c3d4e5f40718293a4b5c6d7e8f1" in set(result.frame["response_id"])


def test_a_value_that_is_no_answer_is_rejected(instrument):
    result = imported("suite_bad_values.csv", instrument)
    assert {r.value for r in result.report.rejected_values} >= {"abc", "3.5"}


def test_an_unreadable_timestamp_is_rejected_and_its_row_kept(instrument):
    result = imported("suite_bad_values.csv", instrument)
    rejection = next(r for r in result.report.rejections if r.value == "yesterday")
    assert rejection.row == 5
    assert len(result.frame) == 4


def rejected_rows(name: str, instrument) -> dict[int, str]:
    """The rows of fixture ``name`` that the import rejected, with each one's reason key."""
    return {r.row: r.reason for r in imported(name, instrument).report.rejected_rows}


def test_a_malformed_response_id_rejects_its_row(instrument):
    reasons = rejected_rows("suite_bad_values.csv", instrument)
    assert reasons[6] == "cohort.reason_bad_response_id"


def test_a_row_with_too_few_cells_is_rejected(instrument):
    reasons = rejected_rows("suite_bad_values.csv", instrument)
    assert reasons[7] == "cohort.reason_wrong_length"


def test_a_row_without_answers_is_rejected(instrument):
    reasons = rejected_rows("suite_bad_values.csv", instrument)
    assert reasons[8] == "cohort.reason_no_answers"


def test_a_repeated_response_id_is_detected_and_the_first_kept(instrument):
    result = imported("suite_bad_values.csv", instrument)
    assert result.report.duplicate_response_ids == ["0a1b2c3d4e5f40718293a4b5c6d7e8f1"]
    reasons = {r.row: r.reason for r in result.report.rejected_rows}
    assert reasons[9] == "cohort.reason_duplicate"


def test_a_response_id_imported_from_an_earlier_file_is_a_duplicate(instrument):
    result = import_responses([FIXTURES / "suite_combined.csv", FIXTURES / "suite_one.json"],
                              instrument)
    assert len(result.frame) == 6
    assert result.report.duplicate_response_ids == ["0a1b2c3d4e5f40718293a4b5c6d7e8f1"]


def test_a_row_of_another_format_is_rejected(instrument):
    reasons = rejected_rows("suite_bad_values.csv", instrument)
    assert reasons[10] == "cohort.reason_not_a_response"


def test_every_rejection_reads_as_a_sentence(instrument):
    table = imported("suite_bad_values.csv", instrument).report.rejections_table()
    assert len(table) == 9
    assert not table["reason"].str.startswith("cohort.").any()


def test_another_instrument_version_is_refused(instrument):
    with pytest.raises(BelongingLabError, match=r"2\.0"):
        imported("suite_other_version.csv", instrument)


def test_missing_columns_are_named(instrument):
    with pytest.raises(BelongingLabError, match="group, perc_4"):
        imported("suite_missing_columns.csv", instrument)


def test_a_label_fills_responses_without_one(instrument):
    frame = import_responses(FIXTURES / "google_forms.csv", instrument, label="pre").frame
    assert set(frame["label"]) == {"pre"}


def test_each_source_can_have_its_own_label(instrument):
    labels = {FIXTURES / "redcap_raw.csv": "pre", FIXTURES / "google_forms.csv": "post"}
    frame = import_responses(list(labels), instrument, label=labels).frame
    assert frame["label"].tolist() == ["pre"] * 4 + ["post"] * 3


def test_a_missing_file_is_named(instrument, tmp_path):
    with pytest.raises(BelongingLabError, match=r"nowhere\.csv"):
        import_responses(tmp_path / "nowhere.csv", instrument)


def test_a_folder_without_data_files_says_so(instrument, tmp_path):
    with pytest.raises(BelongingLabError, match=r"No \.csv or \.json"):
        import_responses(tmp_path, instrument)


def test_the_report_counts_rows_read_and_accepted_per_file(instrument):
    source = imported("suite_bad_values.csv", instrument).report.sources[0]
    assert (source.rows_read, source.rows_accepted) == (9, 4)
