"""The export format "belonging-lab-export/1" (docs/export-format.md): writing and strict reading.

A learner downloads their own answers as CSV or JSON and may upload such a file again to compare
two moments. Reading is strict, because the file should be exactly what this module wrote: an
empty file, a byte-order mark, text that is not UTF-8, JSON or CSV that is cut short, another
instrument or version, a malformed field or an answer off the scale each raise a
BelongingLabError naming the file and the row or entry. (The faculty dashboard reads the same
format more tolerantly, through ``widgets.logic.cohort``, because files there pass through
survey tools and spreadsheets.)
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from widgets.content.messages import message
from widgets.content.models.instrument import Instrument
from widgets.errors import BelongingLabError

FORMAT = "belonging-lab-export/1"
META_COLUMNS = ("format", "instrument_id", "instrument_version")  # what the row is an answer to
TEXT_FIELDS = ("label", "code", "group")  # what the learner typed or picked, all optional
FIELDS = ("response_id", "timestamp", *TEXT_FIELDS)  # the response's own fields
LEADING_COLUMNS = (*META_COLUMNS, *FIELDS)  # every column before the items, in order
RESPONSE_ID = re.compile(r"[0-9a-f]{32}")
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
TEXT_LIMIT = 80  # characters kept of a label, code or group
MAX_BYTES = 2 * 1024 * 1024  # far more than any learner's own exports (about 1 KB each)
BYTE_ORDER_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE,
                    codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True)
class Response:
    """One moment's answers, as exported: every item id of the instrument maps to 1-5 or None."""

    instrument_id: str
    instrument_version: str
    response_id: str
    timestamp: str
    label: str
    code: str
    group: str
    answers: dict[str, int | None]


def columns(instrument: Instrument) -> list[str]:
    """The CSV header: the leading columns, then every item id in the instrument's order."""
    return [*LEADING_COLUMNS, *instrument.item_ids]


def clean_text(text: str | None) -> str:
    """A label, code or group on one line: control characters and line breaks become spaces,
    runs of spaces one space, and at most ``TEXT_LIMIT`` characters are kept."""
    printable = "".join(ch if ch.isprintable() else " " for ch in text or "")
    return " ".join(printable.split())[:TEXT_LIMIT]


def new_response(instrument: Instrument, answers: Mapping[str, int | None], label: str = "",
                 code: str = "", group: str = "", now: datetime | None = None) -> Response:
    """A response with a fresh random id and the time (UTC, to the second) it was made."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return Response(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        response_id=uuid.uuid4().hex,
        timestamp=moment.strftime(TIMESTAMP_FORMAT),
        label=clean_text(label),
        code=clean_text(code),
        group=clean_text(group),
        answers={item_id: answers.get(item_id) for item_id in instrument.item_ids},
    )


def to_csv(responses: Sequence[Response], instrument: Instrument) -> str:
    """The responses as CSV: a header row, one row per response, "\\n" line endings."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns(instrument))
    for response in responses:
        fields = [FORMAT, response.instrument_id, response.instrument_version,
                  *(getattr(response, name) for name in FIELDS)]
        answers = ["" if response.answers.get(i) is None else str(response.answers[i])
                   for i in instrument.item_ids]
        writer.writerow(fields + answers)
    return buffer.getvalue()


def to_document(response: Response, notice: str) -> dict[str, Any]:
    """One response as the export's JSON object."""
    return {
        "format": FORMAT,
        "notice": notice,
        "instrument": {"id": response.instrument_id, "version": response.instrument_version},
        **{name: getattr(response, name) for name in FIELDS},
        "answers": dict(response.answers),
    }


def to_json(responses: Response | Sequence[Response], notice: str) -> str:
    """One response as a JSON object, several as a JSON array of objects."""
    if isinstance(responses, Response):
        document: Any = to_document(responses, notice)
    else:
        document = [to_document(response, notice) for response in responses]
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def read_export(data: bytes, name: str, instrument: Instrument) -> list[Response]:
    """The responses in an uploaded CSV or JSON export, or a BelongingLabError saying what is
    wrong with the file."""
    text = decode(data, name)
    if text.lstrip()[:1] in ("{", "["):
        return read_json(text, name, instrument)
    return read_csv(text, name, instrument)


def decode(data: bytes, name: str) -> str:
    """The file's text: UTF-8 without a byte-order mark, not empty and not too large."""
    if len(data) > MAX_BYTES:
        raise BelongingLabError("assessment.import_too_large", file=name,
                                size_kb=len(data) // 1024, limit_kb=MAX_BYTES // 1024)
    if data.startswith(BYTE_ORDER_MARKS):
        raise BelongingLabError("assessment.import_bom", file=name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise BelongingLabError("assessment.import_not_utf8", file=name, line=line) from None
    if not text.strip():
        raise BelongingLabError("assessment.import_empty", file=name)
    return text


def read_json(text: str, name: str, instrument: Instrument) -> list[Response]:
    """Responses from a JSON object or array of objects."""
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise BelongingLabError("assessment.import_bad_json", file=name,
                                problem=str(error)) from None
    entries = document if isinstance(document, list) else [document]
    if not entries:
        raise BelongingLabError("assessment.import_no_responses", file=name)
    return [json_response(entry, name, number, instrument)
            for number, entry in enumerate(entries, start=1)]


def json_response(entry: Any, name: str, number: int, instrument: Instrument) -> Response:
    place = message("assessment.place_entry", entry=number)
    if not isinstance(entry, dict) or entry.get("format") != FORMAT:
        found = entry.get("format") if isinstance(entry, dict) else type(entry).__name__
        raise BelongingLabError("assessment.import_not_export", file=name,
                                problem=f"{place}: format {found!r}")
    meta = entry.get("instrument")
    meta = meta if isinstance(meta, dict) else {}
    check_instrument(str(meta.get("id")), str(meta.get("version")), name, place, instrument)
    answers = entry.get("answers")
    if not isinstance(answers, dict):
        raise BelongingLabError("assessment.import_missing_answers", file=name, place=place,
                                items=", ".join(instrument.item_ids))
    check_item_ids(list(answers), name, place, instrument)
    fields = {key: json_text(entry.get(key), key, name, place) for key in FIELDS}
    return make_response(instrument, fields, answers, name, place)


def json_text(value: Any, field: str, name: str, place: str) -> str:
    """A field's text; null counts as empty, anything but text is refused."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BelongingLabError("assessment.import_bad_field", file=name, place=place,
                                field=field, value=json.dumps(value)[:40],
                                expected=message("assessment.expected_text"))
    return value


def read_csv(text: str, name: str, instrument: Instrument) -> list[Response]:
    """Responses from a CSV export; every row must be as long as the header."""
    try:
        rows = [row for row in csv.reader(io.StringIO(text, newline=""), strict=True) if row]
    except csv.Error as error:
        raise BelongingLabError("assessment.import_bad_csv", file=name,
                                problem=str(error)) from None
    header, body = rows[0], rows[1:]
    if header[0] == LEADING_COLUMNS[0] and len(header) <= len(LEADING_COLUMNS):
        raise BelongingLabError("assessment.import_short_header", file=name, last=header[-1])
    if tuple(header[: len(LEADING_COLUMNS)]) != LEADING_COLUMNS:
        raise BelongingLabError("assessment.import_not_export", file=name,
                                problem=", ".join(header[:4])[:80])
    if not body:
        raise BelongingLabError("assessment.import_no_responses", file=name)
    responses = []
    for number, row in enumerate(body, start=2):
        place = message("assessment.place_row", row=number)
        if len(row) != len(header):
            raise BelongingLabError("assessment.import_short_row", file=name, place=place,
                                    found=len(row), expected=len(header))
        cells = dict(zip(header, row, strict=True))
        if cells["format"] != FORMAT:
            raise BelongingLabError("assessment.import_not_export", file=name,
                                    problem=f"{place}: format {cells['format']!r}")
        check_instrument(cells["instrument_id"], cells["instrument_version"], name, place,
                         instrument)
        check_item_ids(header[len(LEADING_COLUMNS):], name, place, instrument)
        answers = {item_id: csv_answer(cells[item_id]) for item_id in instrument.item_ids}
        responses.append(make_response(instrument, cells, answers, name, place))
    return responses


def csv_answer(cell: str) -> int | str | None:
    """A CSV cell as JSON would hold it: empty is None, one digit an integer, else the text
    (which ``answer`` then refuses)."""
    if cell == "":
        return None
    return int(cell) if re.fullmatch(r"[0-9]", cell) else cell


def check_instrument(found_id: str, found_version: str, name: str, place: str,
                     instrument: Instrument) -> None:
    if found_id != instrument.id:
        raise BelongingLabError("assessment.import_other_instrument", file=name, place=place,
                                found=found_id, expected=instrument.id)
    if found_version != instrument.version:
        raise BelongingLabError("assessment.import_other_version", file=name, place=place,
                                found=found_version, expected=instrument.version)


def check_item_ids(found: list[str], name: str, place: str, instrument: Instrument) -> None:
    """Every item of the instrument, and nothing else, must be present (once)."""
    missing = [item_id for item_id in instrument.item_ids if item_id not in found]
    if missing:
        raise BelongingLabError("assessment.import_missing_answers", file=name, place=place,
                                items=", ".join(missing))
    unknown = [item_id for item_id in found if item_id not in instrument.item_ids]
    if unknown:
        raise BelongingLabError("assessment.import_unknown_items", file=name, place=place,
                                items=", ".join(map(str, unknown))[:200])
    if len(found) != len(set(found)):
        raise BelongingLabError("assessment.import_wrong_columns", file=name,
                                problem=", ".join(sorted({f for f in found
                                                          if found.count(f) > 1})))


def make_response(instrument: Instrument, fields: Mapping[str, str],
                  answers: Mapping[str, Any], name: str, place: str) -> Response:
    """A Response from checked fields and raw answers (CSV text or JSON values)."""
    for field, pattern, expected in (("response_id", RESPONSE_ID, "expected_response_id"),
                                     ("timestamp", TIMESTAMP, "expected_timestamp")):
        if not pattern.fullmatch(fields[field]) or not valid_time(field, fields[field]):
            raise BelongingLabError("assessment.import_bad_field", file=name, place=place,
                                    field=field, value=fields[field][:40],
                                    expected=message(f"assessment.{expected}"))
    return Response(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        response_id=fields["response_id"],
        timestamp=fields["timestamp"],
        label=clean_text(fields["label"]),
        code=clean_text(fields["code"]),
        group=clean_text(fields["group"]),
        answers={item_id: answer(answers[item_id], item_id, instrument, name, place)
                 for item_id in instrument.item_ids},
    )


def valid_time(field: str, value: str) -> bool:
    """True unless ``value`` is a timestamp naming a date or time that does not exist."""
    if field != "timestamp":
        return True
    try:
        datetime.strptime(value, TIMESTAMP_FORMAT)
    except ValueError:
        return False
    return True


def answer(value: Any, item_id: str, instrument: Instrument, name: str, place: str
           ) -> int | None:
    """An answer on the scale, or None when skipped; anything else is refused."""
    if value is None:
        return None
    number = value if isinstance(value, int) and not isinstance(value, bool) else None
    if number is None or not instrument.scale_min <= number <= instrument.scale_max:
        raise BelongingLabError("assessment.import_bad_answer", file=name, place=place,
                                item=item_id, value=str(value)[:20], low=instrument.scale_min,
                                high=instrument.scale_max)
    return number
