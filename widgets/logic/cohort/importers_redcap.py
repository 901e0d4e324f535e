"""REDCap CSV exports ("CSV raw" or "CSV labels"; variable names or field labels as headers).

The record id becomes the response id. In a longitudinal project the event becomes the label
and the record id the pairing code, so that a record's two events pair up (its response id is
then ``<record id>/<event>``). A data access group becomes the group. The survey identifier
(which may hold an e-mail address), completion status and repeat-instance columns are never read.
Survey timestamps are in the REDCap server's time and are read as UTC.
"""

from __future__ import annotations

from widgets.logic.cohort.reading import CsvRecords, DecodedFile
from widgets.logic.cohort.responses import Layout

RECORD_IDS = ("record_id", "Record ID")
EVENTS = ("redcap_event_name", "Event Name")
GROUPS = ("redcap_data_access_group", "Data Access Group")
METADATA = frozenset({
    "redcap_survey_identifier", "Survey Identifier", "redcap_repeat_instrument",
    "Repeat Instrument", "redcap_repeat_instance", "Repeat Instance", "Complete?",
})
NOT_COMPLETED = "[not completed]"


def detect(records: CsvRecords) -> bool:
    header = records.rows[0]
    return (header[0] in RECORD_IDS or "redcap_survey_identifier" in header
            or any(h in EVENTS for h in header))


def layout_csv(decoded: DecodedFile, records: CsvRecords, instrument) -> Layout:
    headers = list(records.rows[0])
    event = _first(headers, EVENTS)
    group = _first(headers, GROUPS)
    stamp = next((i for i, h in enumerate(headers)
                  if h.endswith("_timestamp") or h == "Survey Timestamp"), None)
    ignored = set(METADATA) | {h for h in headers if h.endswith("_complete")}
    known = {headers[0]: "response_id"}
    if stamp is not None:
        known[headers[stamp]] = "timestamp"
    if group is not None and "group" not in headers:
        known[headers[group]] = "group"
    rows = [_blank_not_completed(row, stamp) for row in records.rows[1:]]
    if event is not None:
        known = {k: v for k, v in known.items() if v != "response_id"}
        known[headers[event]] = "label"
        ignored.add(headers[0])
        has_code = "code" in headers
        rows = [_with_pairing(row, event, has_code) for row in rows]
        headers += ["response_id"] if has_code else ["response_id", "code"]
    return Layout(
        file=decoded.name, format="redcap", encoding=decoded.encoding,
        delimiter=records.delimiter, headers=headers, texts=headers, rows=rows,
        numbers=list(records.numbers[1:]), known_fields=known, ignored=frozenset(ignored),
    )


def _first(headers: list[str], names: tuple[str, ...]) -> int | None:
    return next((i for i, h in enumerate(headers) if h in names), None)


def _blank_not_completed(row: list[str], stamp: int | None) -> list[str]:
    if stamp is not None and stamp < len(row) and row[stamp].strip() == NOT_COMPLETED:
        return [*row[:stamp], "", *row[stamp + 1:]]
    return row


def _with_pairing(row: list[str], event: int, has_code: bool) -> list[str]:
    """Append ``<record>/<event>`` as the response id and, unless the export has a code
    column, the record id as the pairing code."""
    record = row[0] if row else ""
    name = row[event] if event < len(row) else ""
    return [*row, f"{record}/{name}", *([] if has_code else [record])]
