"""The export format "belonging-lab-export/1": what is written, and strict reading back."""

import codecs
import json
import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from widgets.content import load
from widgets.content.models.instrument import Instrument
from widgets.errors import BelongingLabError
from widgets.logic.export_format import (
    FORMAT,
    columns,
    new_response,
    read_export,
    to_csv,
    to_json,
)

INSTRUMENT = load(Instrument)
ANSWERS = st.fixed_dictionaries(
    {item_id: st.one_of(st.none(), st.integers(1, 5)) for item_id in INSTRUMENT.item_ids})
TEXT = st.text(max_size=30)


def response(**changes):
    answers = dict.fromkeys(INSTRUMENT.item_ids, 4) | changes.pop("answers", {})
    return new_response(INSTRUMENT, answers, label="start of rotation", code="k7m2pq",
                        group="Site A", **changes)


def csv_bytes(*responses) -> bytes:
    return to_csv(list(responses) or [response()], INSTRUMENT).encode("utf-8")


def json_bytes(value) -> bytes:
    return to_json(value, INSTRUMENT.notice).encode("utf-8")


def refused(data: bytes, name: str = "mine.csv") -> str:
    with pytest.raises(BelongingLabError) as error:
        read_export(data, name, INSTRUMENT)
    return str(error.value)


# Writing


def test_a_new_response_has_a_random_32_character_hex_id():
    first, second = response(), response()
    assert re.fullmatch(r"[0-9a-f]{32}", first.response_id)
    assert first.response_id != second.response_id


def test_the_timestamp_is_utc_to_the_second_with_z():
    moment = datetime(2026, 11, 23, 15, 5, 9, 123, tzinfo=timezone(timedelta(hours=1)))
    assert response(now=moment).timestamp == "2026-11-23T14:05:09Z"


def test_the_csv_header_lists_the_fields_then_every_item_in_order():
    header = to_csv([], INSTRUMENT).splitlines()[0].split(",")
    assert header[:8] == ["format", "instrument_id", "instrument_version", "response_id",
                          "timestamp", "label", "code", "group"]
    assert header[8:] == list(INSTRUMENT.item_ids)


def test_the_csv_uses_newline_line_endings_and_no_byte_order_mark():
    data = csv_bytes()
    assert b"\r" not in data
    assert not data.startswith(codecs.BOM_UTF8)
    assert data.endswith(b"\n")


def test_a_skipped_answer_is_an_empty_csv_cell():
    row = to_csv([response(answers={"comp_2": None})], INSTRUMENT).splitlines()[1].split(",")
    assert row[columns(INSTRUMENT).index("comp_2")] == ""


def test_the_json_object_has_the_contract_keys_and_the_notice():
    document = json.loads(json_bytes(response(answers={"perc_3": None})))
    assert list(document) == ["format", "notice", "instrument", "response_id", "timestamp",
                              "label", "code", "group", "answers"]
    assert document["format"] == FORMAT
    assert "not a validated instrument" in document["notice"]
    assert document["instrument"] == {"id": INSTRUMENT.id, "version": INSTRUMENT.version}
    assert document["answers"]["perc_3"] is None
    assert list(document["answers"]) == list(INSTRUMENT.item_ids)


def test_several_responses_are_written_as_a_json_array():
    assert isinstance(json.loads(json_bytes([response(), response()])), list)


def test_labels_are_kept_on_one_line_and_short():
    made = new_response(INSTRUMENT, {}, label="start\nof\trotation" + "x" * 200)
    assert "\n" not in made.label and "\t" not in made.label
    assert made.label.startswith("start of rotation")
    assert len(made.label) == 80


# Reading back exactly what was written


@given(ANSWERS, TEXT, TEXT, TEXT)
def test_csv_export_then_import_gives_back_exactly_the_answers(answers, label, code, group):
    made = new_response(INSTRUMENT, answers, label=label, code=code, group=group)
    assert read_export(csv_bytes(made), "mine.csv", INSTRUMENT) == [made]


@given(ANSWERS, TEXT, TEXT, TEXT)
def test_json_export_then_import_gives_back_exactly_the_answers(answers, label, code, group):
    made = new_response(INSTRUMENT, answers, label=label, code=code, group=group)
    assert read_export(json_bytes(made), "mine.json", INSTRUMENT) == [made]


def test_a_json_array_and_a_csv_of_several_rows_give_every_response():
    made = [response(), response(answers={"opp_1": 1})]
    assert read_export(json_bytes(made), "both.json", INSTRUMENT) == made
    assert read_export(csv_bytes(*made), "both.csv", INSTRUMENT) == made


def test_windows_line_endings_are_read_too():
    made = response()
    assert read_export(csv_bytes(made).replace(b"\n", b"\r\n"), "m.csv", INSTRUMENT) == [made]


def test_the_class_sample_reads_as_exports():
    from widgets.paths import DATASETS_DIR

    data = (DATASETS_DIR / "class_responses.csv").read_bytes()
    assert len(read_export(data, "class_responses.csv", INSTRUMENT)) == 200


# Refusing what is not an export, each with its own message


def test_an_empty_file_is_refused():
    assert "mine.csv is empty" in refused(b"")
    assert "is empty" in refused(b"  \n\n")


def test_a_byte_order_mark_is_refused():
    assert "byte-order mark" in refused(codecs.BOM_UTF8 + csv_bytes())


def test_text_that_is_not_utf8_is_refused_with_its_line():
    data = csv_bytes().replace(b"start of rotation", b"d\xe9but")
    assert "not UTF-8 text (the first unreadable byte is on line 2)" in refused(data)


def test_a_file_that_is_not_an_export_is_refused():
    assert "not a Belonging Lab export" in refused(b"name,email\nAda,ada@example.org\n")
    assert "not a Belonging Lab export" in refused(b'{"hello": "world"}', "x.json")
    assert "not a Belonging Lab export" in refused(b"[1, 2]", "x.json")


def test_truncated_json_is_refused():
    data = json_bytes(response())
    assert "is not complete JSON" in refused(data[: len(data) // 2], "mine.json")


def test_a_truncated_csv_row_is_refused():
    data = csv_bytes()
    assert "looks cut short or edited: row 2 has" in refused(data[:-20])


def test_a_truncated_csv_header_is_refused():
    assert "its heading row ends after" in refused(csv_bytes()[:40])


def test_an_unclosed_quote_is_refused():
    data = csv_bytes().replace(b"start of rotation", b'"start of rotation')
    assert "is not a complete CSV file" in refused(data)


def test_headings_without_responses_are_refused():
    assert "holds no answers" in refused(to_csv([], INSTRUMENT).encode())
    assert "holds no answers" in refused(b"[]", "none.json")


def test_another_instrument_version_is_refused():
    data = csv_bytes().replace(b",1.0,", b",2.0,")
    message = refused(data)
    assert "version 2.0 of the items; this module uses version 1.0" in message
    assert "row 2" in message


def test_another_instrument_is_refused():
    document = json.loads(json_bytes(response()))
    document["instrument"]["id"] = "someone-elses-scale"
    message = refused(json.dumps(document).encode(), "mine.json")
    assert "another set of items ('someone-elses-scale')" in message
    assert "entry 1" in message


@pytest.mark.parametrize("value", ["6", "0", "4.5", "agree", "-1"])
def test_an_answer_off_the_scale_in_a_csv_is_refused(value):
    data = to_csv([response()], INSTRUMENT).replace(",4,4,4,4,", f",{value},4,4,4,", 1)
    assert "answers are whole numbers from 1 to 5" in refused(data.encode())


@pytest.mark.parametrize("value", [6, 0, 4.0, True, "4", [4]])
def test_an_answer_off_the_scale_in_json_is_refused(value):
    document = json.loads(json_bytes(response()))
    document["answers"]["mot_2"] = value
    message = refused(json.dumps(document).encode(), "mine.json")
    assert "the answer to mot_2" in message


def test_a_missing_answer_column_is_refused():
    document = json.loads(json_bytes(response()))
    del document["answers"]["perc_4"]
    assert "has no answers for: perc_4" in refused(json.dumps(document).encode(), "x.json")


def test_an_unknown_item_is_refused():
    document = json.loads(json_bytes(response()))
    document["answers"]["extra_9"] = 3
    assert "statements this module does not have: extra_9" in refused(
        json.dumps(document).encode(), "x.json")


@pytest.mark.parametrize("field, value", [
    ("response_id", "not-an-id"),
    ("response_id", "ABCDEF0123456789ABCDEF0123456789"),
    ("timestamp", "23/11/2026 14:05"),
    ("timestamp", "2026-02-30T14:05:00Z"),
])
def test_a_malformed_id_or_timestamp_is_refused(field, value):
    document = json.loads(json_bytes(response()))
    document[field] = value
    assert f"the {field} '{value}' is not in the export's form" in refused(
        json.dumps(document).encode(), "x.json")


def test_a_label_that_is_not_text_is_refused():
    document = json.loads(json_bytes(response()))
    document["label"] = {"name": "Ada"}
    assert "the label" in refused(json.dumps(document).encode(), "x.json")


def test_a_file_too_large_to_be_ones_own_answers_is_refused():
    assert "more than the 2048 KB" in refused(b"x" * (2 * 1024 * 1024 + 1))


def test_the_messages_name_the_file():
    assert refused(b"", "rotation-start.json").startswith("rotation-start.json")


def test_a_timestamp_in_another_zone_is_stored_in_utc():
    made = new_response(INSTRUMENT, {}, now=datetime(2026, 1, 1, 0, 30, tzinfo=UTC))
    assert made.timestamp == "2026-01-01T00:30:00Z"
