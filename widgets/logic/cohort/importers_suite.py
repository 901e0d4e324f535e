"""The suite's own export, "belonging-lab-export/1" (docs/export-format.md), as CSV or JSON.

Every column of the format must be present. A row from another instrument or version stops the
import with a message (its items may mean something else); a row whose ``format`` cell is not the
suite's is rejected; response ids must be 32 lowercase hexadecimal characters.
"""

from __future__ import annotations

import json
from typing import Any

from widgets.content.models.instrument import Instrument
from widgets.errors import BelongingLabError
from widgets.logic.cohort.import_report import Rejection
from widgets.logic.cohort.reading import CsvRecords, DecodedFile
from widgets.logic.cohort.responses import Layout
from widgets.logic.export_format import FIELDS, FORMAT, LEADING_COLUMNS, META_COLUMNS, RESPONSE_ID


def detect(records: CsvRecords) -> bool:
    header = set(records.rows[0])
    return {"instrument_id", "instrument_version", "response_id"} <= header


def layout_csv(decoded: DecodedFile, records: CsvRecords, instrument: Instrument) -> Layout:
    headers = records.rows[0]
    missing = [c for c in (*LEADING_COLUMNS, *instrument.item_ids) if c not in headers]
    if missing:
        raise BelongingLabError("cohort.missing_columns", file=decoded.name,
                                columns=", ".join(missing))
    positions = [headers.index(c) for c in META_COLUMNS]
    layout = _layout(decoded, records.delimiter, headers)
    for row, number in zip(records.rows[1:], records.numbers[1:], strict=True):
        meta = [row[i] if i < len(row) else "" for i in positions]
        if _accepted(layout, number, *meta, instrument):
            layout.rows.append(row)
            layout.numbers.append(number)
    return layout


def layout_json(decoded: DecodedFile, document: Any, instrument: Instrument) -> Layout:
    entries = document if isinstance(document, list) else [document]
    extra = sorted({key for entry in entries if isinstance(entry, dict)
                    and isinstance(entry.get("answers"), dict)
                    for key in entry["answers"] if key not in instrument.item_ids}, key=str)
    items = [*instrument.item_ids, *map(str, extra)]
    layout = _layout(decoded, None, [*LEADING_COLUMNS, *items])
    for number, entry in enumerate(entries, start=1):
        if not (isinstance(entry, dict) and isinstance(entry.get("answers"), dict)
                and isinstance(entry.get("instrument"), dict)):
            layout.rejections.append(Rejection(decoded.name, number, None, None,
                                               "cohort.reason_not_a_response"))
            continue
        meta = [entry.get("format"), entry["instrument"].get("id"),
                entry["instrument"].get("version")]
        if _accepted(layout, number, *map(_cell, meta), instrument):
            fields = [_cell(entry.get(name)) for name in FIELDS]
            answers = [_cell(entry["answers"].get(key)) for key in items]
            layout.rows.append([*map(_cell, meta), *fields, *answers])
            layout.numbers.append(number)
    return layout


def _layout(decoded: DecodedFile, delimiter: str | None, headers: list[str]) -> Layout:
    return Layout(
        file=decoded.name, format="belonging-lab", encoding=decoded.encoding,
        delimiter=delimiter, headers=headers, texts=headers, rows=[], numbers=[],
        known_fields={name: name for name in FIELDS}, ignored=frozenset(META_COLUMNS),
        id_pattern=RESPONSE_ID, require_all_items=True,
    )


def _accepted(layout: Layout, number: int, format_: str, instrument_id: str, version: str,
              instrument: Instrument) -> bool:
    """False (and the row rejected) for a row of another format; an error for another
    instrument or version."""
    if format_.strip() != FORMAT:
        layout.rejections.append(Rejection(layout.file, number, None, format_,
                                           "cohort.reason_not_a_response"))
        return False
    if (instrument_id.strip(), version.strip()) != (instrument.id, instrument.version):
        raise BelongingLabError(
            "cohort.other_version", file=layout.file, row=number,
            found=f"{instrument_id} {version}",
            expected=f"{instrument.id} {instrument.version}",
        )
    return True


def _cell(value: Any) -> str:
    """A JSON value as the text a CSV cell would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, (int, float, str)):
        return str(value)
    return json.dumps(value)
