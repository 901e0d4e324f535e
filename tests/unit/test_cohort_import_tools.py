"""Importing Qualtrics, REDCap and Google Forms exports, numbers or labels, with no mapping."""

from pathlib import Path

import pytest

from widgets.logic.cohort.importing import import_responses

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cohort"
PATTERN = [2, 3, 4]  # the first item's answers of responses 1-3 (see the fixtures' README)


def imported(name, instrument):
    return import_responses(FIXTURES / name, instrument)


@pytest.mark.parametrize("name", ["qualtrics_numeric.csv", "qualtrics_labels.csv"])
def test_qualtrics_answers_import_as_numbers_or_labels(name, instrument):
    frame = imported(name, instrument).frame
    assert frame[instrument.item_ids[0]].tolist() == PATTERN


def test_qualtrics_response_ids_are_kept(instrument):
    frame = imported("qualtrics_numeric.csv", instrument).frame
    assert frame["response_id"].iloc[0] == "R_1aBcDeFgHiJkLmN"


def test_qualtrics_dates_are_converted_from_the_surveys_time_zone(instrument):
    frame = imported("qualtrics_numeric.csv", instrument).frame
    assert str(frame["timestamp"].iloc[0]) == "2026-11-23 14:11:00+00:00"


def test_qualtrics_preview_responses_are_rejected(instrument):
    result = imported("qualtrics_numeric.csv", instrument)
    assert [(r.row, r.reason) for r in result.report.rejected_rows] == [
        (7, "cohort.reason_preview")
    ]


def test_qualtrics_metadata_is_ignored_not_reported_as_unmapped(instrument):
    report = imported("qualtrics_numeric.csv", instrument).report
    assert report.unmapped_columns == []
    assert ("qualtrics_numeric.csv", "RecipientEmail") in report.ignored_columns


@pytest.mark.parametrize("name", ["redcap_raw.csv", "redcap_labels.csv"])
def test_redcap_answers_import_as_raw_values_or_labels(name, instrument):
    frame = imported(name, instrument).frame
    assert frame[instrument.item_ids[0]].tolist()[:3] == PATTERN


def test_redcap_record_ids_become_response_ids(instrument):
    frame = imported("redcap_raw.csv", instrument).frame
    assert frame["response_id"].tolist() == ["1", "2", "3", "4"]


def test_redcap_not_completed_is_a_missing_timestamp_not_an_error(instrument):
    result = imported("redcap_raw.csv", instrument)
    assert result.frame["timestamp"].isna().iloc[3]
    assert result.report.rejections == []


def test_redcap_survey_identifiers_are_never_read(instrument):
    report = imported("redcap_raw.csv", instrument).report
    assert ("redcap_raw.csv", "redcap_survey_identifier") in report.ignored_columns


def test_redcap_events_become_labels_and_records_pair_up(instrument):
    frame = imported("redcap_longitudinal.csv", instrument).frame
    assert frame["label"].tolist() == ["pre_arm_1", "post_arm_1"] * 2
    assert frame["code"].tolist() == ["1", "1", "2", "2"]
    assert frame["response_id"].iloc[0] == "1/pre_arm_1"


def test_google_forms_labels_import_through_the_question_text(instrument):
    frame = imported("google_forms.csv", instrument).frame
    assert frame[instrument.item_ids[0]].tolist() == PATTERN


def test_google_forms_responses_are_named_by_file_and_row(instrument):
    frame = imported("google_forms.csv", instrument).frame
    assert frame["response_id"].tolist() == [f"google_forms.csv#{n}" for n in (2, 3, 4)]


def test_google_forms_email_addresses_are_never_read(instrument):
    result = imported("google_forms.csv", instrument)
    assert ("google_forms.csv", "Email Address") in result.report.ignored_columns
    assert "Email Address" not in result.frame.columns


def test_a_column_matching_no_item_is_kept_as_a_grouping_column_not_guessed(instrument):
    result = imported("google_forms.csv", instrument)
    assert result.report.grouping_columns == [("google_forms.csv", "Your group")]
    assert result.frame["Your group"].tolist() == ["Site C"] * 3
    assert result.frame["group"].isna().all()
