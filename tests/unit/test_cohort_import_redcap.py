"""Importing REDCap projects: repeating instruments, longitudinal events, several surveys in one
labels export, and the API's JSON records (fixtures described in tests/fixtures/cohort)."""

import csv
import io
import json
from pathlib import Path

import pytest

from widgets.logic.cohort.comparison import compare
from widgets.logic.cohort.importers_redcap import layout_csv, layout_json
from widgets.logic.cohort.importing import import_file
from widgets.logic.cohort.reading import DecodedFile, csv_records, json_document, read_text
from widgets.logic.cohort.survey_export import form_name, redcap_dictionary

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cohort"
REPEATING = "redcap_repeating.csv"
REPEATING_LABELS = "redcap_repeating_labels.csv"
BOTH_REPEATING = pytest.mark.parametrize("name", [REPEATING, REPEATING_LABELS],
                                         ids=["raw", "labels"])
LONGITUDINAL_LABELS = "redcap_longitudinal_labels.csv"
MULTI_SURVEY = "redcap_multi_survey_labels.csv"
API = "redcap_api.json"


def imported(name, instrument):
    return import_file(FIXTURES / name, instrument)


def first_answers(count):
    """The first item's answers of responses 1..count (the fixtures' pattern)."""
    return [(n % 5) + 1 for n in range(1, count + 1)]


def layout_of(name, instrument):
    """The layout the REDCap importer finds in a fixture, before the column plan reads it."""
    decoded = read_text(FIXTURES / name)
    if name.endswith(".json"):
        return layout_json(decoded, json_document(decoded), instrument)
    return layout_csv(decoded, csv_records(decoded), instrument)


def column(layout, header):
    index = layout.headers.index(header)
    return [row[index] for row in layout.rows]


# --- repeating instruments --------------------------------------------------------------------

@BOTH_REPEATING
def test_each_repeat_instance_of_the_suites_form_is_one_response(name, instrument):
    frame = imported(name, instrument).frame
    assert frame["response_id"].tolist() == [f"{r}/{i}" for r in range(1, 5) for i in (1, 2, 3)]
    assert frame["comp_1"].tolist() == first_answers(12)


@BOTH_REPEATING
def test_rows_of_other_forms_are_neither_responses_nor_rejections(name, instrument):
    result = imported(name, instrument)
    assert result.report.rejections == []
    assert result.report.duplicate_response_ids == []
    assert result.report.sources[0].notes == ("cohort.note_redcap_other_forms",)


@BOTH_REPEATING
def test_repeat_instances_are_the_moments_in_number_order(name, instrument):
    assert imported(name, instrument).frame["label"].tolist() == ["1", "2", "3"] * 4
    assert layout_of(name, instrument).moment_order == ("1", "2", "3")


@BOTH_REPEATING
def test_the_record_id_pairs_a_learners_instances(name, instrument):
    frame = imported(name, instrument).frame
    assert frame["code"].tolist() == [str(r) for r in range(1, 5) for _ in range(3)]


@pytest.mark.parametrize(("name", "header"), [(REPEATING, "clerkship_block"),
                                              (REPEATING_LABELS, "Clerkship block")],
                         ids=["raw", "labels"])
def test_a_non_repeating_rows_fields_reach_every_instance_of_its_record(name, header,
                                                                        instrument):
    blocks = column(layout_of(name, instrument), header)
    assert blocks == ["Block 1"] * 3 + ["Block 2"] * 3 + ["Block 1"] * 3 + ["Block 2"] * 3


def test_a_repeating_forms_fields_stay_with_their_instance(instrument):
    assert set(column(layout_of(REPEATING, instrument), "rotation_note")) == {""}


@pytest.mark.parametrize(("name", "groups"), [(REPEATING, ("site_a", "site_b")),
                                              (REPEATING_LABELS, ("Site A", "Site B"))],
                         ids=["raw", "labels"])
def test_a_data_access_group_becomes_the_group(name, groups, instrument):
    frame = imported(name, instrument).frame
    assert frame["group"].tolist() == [groups[0]] * 6 + [groups[1]] * 6


@BOTH_REPEATING
def test_an_unfinished_instance_keeps_its_answers_without_a_timestamp(name, instrument):
    frame = imported(name, instrument).frame
    assert frame["timestamp"].isna().tolist() == [False] * 11 + [True]
    assert frame["comp_1"].iloc[11] == first_answers(12)[11]


def test_survey_identifiers_completion_and_repeat_columns_are_never_read(instrument):
    ignored = {column for _, column in imported(REPEATING, instrument).report.ignored_columns}
    assert {"redcap_survey_identifier", "redcap_repeat_instrument", "redcap_repeat_instance",
            "belonging_lab_teaching_items_complete", "rotation_feedback_timestamp"} <= ignored


# --- longitudinal projects --------------------------------------------------------------------

def test_a_labels_export_of_a_longitudinal_project_reads_events_as_moments(instrument):
    frame = imported(LONGITUDINAL_LABELS, instrument).frame
    assert frame["label"].tolist() == ["Post"] + ["Pre", "Post"] * 5
    assert frame["response_id"].tolist()[:3] == ["1/Post", "2/Pre", "2/Post"]
    assert frame["comp_1"].tolist() == first_answers(11)


def test_events_are_ordered_as_the_records_pass_through_them(instrument):
    assert layout_of(LONGITUDINAL_LABELS, instrument).moment_order == ("Pre", "Post")
    assert layout_of("redcap_longitudinal.csv", instrument).moment_order == (
        "pre_arm_1", "post_arm_1")


def test_a_typed_pairing_code_gives_way_to_the_record_id(instrument):
    result = imported(LONGITUDINAL_LABELS, instrument)
    assert result.frame["code"].tolist() == ["1"] + [str(r) for r in range(2, 7) for _ in "ab"]
    ignored = [c for _, c in result.report.ignored_columns]
    assert any(c.startswith("Your pairing code (optional)") for c in ignored)


def test_a_longitudinal_project_pairs_each_record_across_its_events(instrument):
    frame = imported(LONGITUDINAL_LABELS, instrument).frame
    table = compare(frame, instrument, "Pre", "Post")
    assert set(table["method"]) == {"paired"}
    assert table["n_pairs"].tolist() == [5.0] * len(instrument.components)


# --- several surveys in one labels export -----------------------------------------------------

def test_the_suites_own_survey_timestamp_is_read_among_several(instrument):
    frame = imported(MULTI_SURVEY, instrument).frame
    assert [str(t) for t in frame["timestamp"]] == [
        "2026-11-01 08:15:00+00:00", "2026-11-02 08:15:00+00:00", "NaT",
        "2026-11-04 08:15:00+00:00"]
    assert frame["comp_1"].tolist() == first_answers(4)


def test_other_surveys_timestamps_and_completion_are_ignored(instrument):
    ignored = [c for _, c in imported(MULTI_SURVEY, instrument).report.ignored_columns]
    assert ignored.count("Survey Timestamp") == 3
    assert ignored.count("Complete?") == 3


# --- the API's JSON records -------------------------------------------------------------------

def test_api_json_records_import_like_the_raw_export(instrument):
    frame = imported(API, instrument).frame
    assert frame["response_id"].tolist() == [
        f"{r}/{e}" for r in (1, 2, 3) for e in ("pre_arm_1", "post_arm_1")]
    assert frame["code"].tolist() == ["1", "1", "2", "2", "3", "3"]
    assert frame["comp_1"].tolist() == first_answers(6)


def test_api_json_typed_pairing_codes_give_way_to_the_record_id(instrument):
    assert (API, "code") in imported(API, instrument).report.ignored_columns


def test_api_json_events_without_the_survey_are_not_moments(instrument):
    assert layout_of(API, instrument).moment_order == ("pre_arm_1", "post_arm_1")
    assert imported(API, instrument).report.rejections == []


def test_api_json_enrolment_fields_reach_the_records_responses(instrument):
    assert column(layout_of(API, instrument), "site") == ["North"] * 4 + ["South"] * 2


def test_api_json_with_another_record_id_field_is_still_redcaps(instrument, tmp_path):
    record = {"participant_id": "7", **dict.fromkeys(instrument.item_ids, "3"),
              "belonging_lab_teaching_items_complete": "2"}
    path = tmp_path / "records.json"
    path.write_text(json.dumps([record]), encoding="utf-8")
    assert import_file(path, instrument).frame["response_id"].tolist() == ["7"]


# --- the suite's data dictionary --------------------------------------------------------------

def dictionary_export(instrument) -> str:
    """A raw export of a longitudinal project made from the suite's dictionary, its form
    repeating within the events: record 1 answers twice at pre and once at post."""
    fields = list(csv.DictReader(io.StringIO(redcap_dictionary(instrument))))
    form = form_name(instrument)
    names = [f["Variable / Field Name"] for f in fields if f["Form Name"] == form]
    header = ["record_id", "redcap_event_name", "redcap_repeat_instrument",
              "redcap_repeat_instance", "redcap_survey_identifier", f"{form}_timestamp",
              *names[1:], f"{form}_complete"]
    lines = [header]
    for event, instance in (("pre_arm_1", 1), ("pre_arm_1", 2), ("post_arm_1", 1)):
        answers = ["", ""] + ["3"] * len(instrument.item_ids)
        lines.append(["1", event, form, str(instance), "", "2026-09-01 10:00:00", *answers,
                      "2"])
    buffer = io.StringIO()
    csv.writer(buffer).writerows(lines)
    return buffer.getvalue()


def test_the_suites_dictionary_reads_back_with_events_and_repeats(instrument, tmp_path):
    path = tmp_path / "project.csv"
    path.write_text(dictionary_export(instrument), encoding="utf-8")
    frame = import_file(path, instrument).frame
    assert frame["label"].tolist() == ["pre_arm_1/1", "pre_arm_1/2", "post_arm_1/1"]
    assert frame["response_id"].iloc[1] == "1/pre_arm_1/2"


def test_the_moments_of_events_with_repeats_are_ordered_by_event_then_instance(instrument):
    decoded = DecodedFile("project.csv", dictionary_export(instrument), "utf-8")
    layout = layout_csv(decoded, csv_records(decoded), instrument)
    assert layout.moment_order == ("pre_arm_1/1", "pre_arm_1/2", "post_arm_1/1")

