"""REDCap exports: "CSV raw" or "CSV labels" (variable names or field labels as headers), and
the API's JSON records (``content=record&format=json``: a list of flat records), read like raw.

A row is one response when it belongs to the suite's form: the form whose rows answer the items
(its ``redcap_repeat_instrument``, blank when the form does not repeat). In a classic project
the record id is the response id. In a longitudinal project, or when the form repeats, a record
has several responses: each is named ``<record>[/<event>][/<instance>]``, the record id becomes
the pairing code (so that a learner's moments pair up; a pairing code the learner typed is then
not read), and the moment (the label) is the event, the repeat instance, or both
(``<event>/<instance>``). ``moment_order`` gives the moments in the project's order: events as
the records pass through them, instances by number.

The rows of other forms (a non-repeating demographics form beside a repeating survey, another
event's forms) are not responses: their fields are copied into the blank cells of the same
record's responses, so that a site or clerkship block recorded once can group every response.
The suite's form's own survey timestamp is read (the timestamp column that comes last before
the first item: each form's timestamp precedes its fields); every other form's timestamp and
completion status, the survey identifier (which may hold an e-mail address) and the repeat
columns are never read. "[not completed]" is a missing timestamp. A data access group becomes
the group unless the form has a group question. Survey timestamps are in the REDCap server's
time and are read as UTC.
"""

from __future__ import annotations

import graphlib
import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from widgets.content.models.instrument import Instrument
from widgets.logic.cohort.import_report import Rejection
from widgets.logic.cohort.mapping import field_names, normalise, text_keys
from widgets.logic.cohort.reading import CsvRecords, DecodedFile
from widgets.logic.cohort.responses import Layout

RECORD_IDS = ("record_id", "Record ID")
EVENTS = ("redcap_event_name", "Event Name")
REPEAT_FORMS = ("redcap_repeat_instrument", "Repeat Instrument")
REPEAT_INSTANCES = ("redcap_repeat_instance", "Repeat Instance")
GROUPS = ("redcap_data_access_group", "Data Access Group")
IDENTIFIERS = ("redcap_survey_identifier", "Survey Identifier")
METADATA = frozenset({*IDENTIFIERS, *REPEAT_FORMS, *REPEAT_INSTANCES, "Complete?"})
TIMESTAMP_LABEL = "Survey Timestamp"
NOT_COMPLETED = "[not completed]"
SEPARATOR = "/"
OTHER_FORMS_NOTE = "cohort.note_redcap_other_forms"


def detect(records: CsvRecords) -> bool:
    header = records.rows[0]
    return header[0] in RECORD_IDS or any(
        h in (*IDENTIFIERS, *EVENTS, *REPEAT_FORMS) for h in header)


def detect_json(document: Any) -> bool:
    """A list of flat records as REDCap's API returns them, which always name the record id
    field first and hold each form's ``<form>_complete`` (the suite's JSON has answers)."""
    if not isinstance(document, list) or not document:
        return False
    first = document[0]
    return isinstance(first, dict) and "answers" not in first and (
        next(iter(first), None) in RECORD_IDS
        or any(key in first for key in (*IDENTIFIERS, *EVENTS, *REPEAT_FORMS))
        or any(str(key).endswith("_complete") for key in first))


def layout_json(decoded: DecodedFile, document: list, instrument: Instrument) -> Layout:
    """API records laid out as the raw CSV export they equal; a non-record is rejected."""
    headers: dict[str, None] = {}
    for entry in document:
        if isinstance(entry, dict):
            headers.update(dict.fromkeys(map(str, entry)))
    rows, numbers, rejected = [list(headers)], [0], []
    for number, entry in enumerate(document, start=1):
        if not isinstance(entry, dict):
            rejected.append(Rejection(decoded.name, number, None, None,
                                      "cohort.reason_not_a_response"))
            continue
        values = {str(key): value for key, value in entry.items()}
        rows.append([_cell(values.get(key)) for key in headers])
        numbers.append(number)
    layout = layout_csv(decoded, CsvRecords(rows, numbers, ","), instrument)
    layout.delimiter = None
    layout.rejections.extend(rejected)
    return layout


def layout_csv(decoded: DecodedFile, records: CsvRecords, instrument: Instrument) -> Layout:
    headers = list(records.rows[0])
    columns = _Columns(headers, instrument)
    rows = records.rows[1:]
    keep = columns.classify(rows)
    context = columns.context(row for row, kept in zip(rows, keep, strict=True) if not kept)
    responses = [columns.completed(row, context) for row, kept in zip(rows, keep, strict=True)
                 if kept]
    numbers = [n for n, kept in zip(records.numbers[1:], keep, strict=True) if kept]
    known, ignored = columns.plan()
    layout = Layout(
        file=decoded.name, format="redcap", encoding=decoded.encoding,
        delimiter=records.delimiter, headers=headers, texts=list(headers), rows=responses,
        numbers=numbers, known_fields=known, ignored=frozenset(ignored),
        notes=(OTHER_FORMS_NOTE,) if len(responses) < len(rows) else (),
    )
    if columns.structured:
        _add_moments(layout, columns)
    if columns.stamp is not None and headers.count(headers[columns.stamp]) > 1:
        _append(layout, "timestamp", [columns.cell(r, columns.stamp) for r in layout.rows])
    return layout


class _Columns:
    """Where the record id, event, repeat columns, items and the suite's form's timestamp are
    in one export, and which rows are the suite's responses."""

    def __init__(self, headers: list[str], instrument: Instrument) -> None:
        self.headers = headers
        self.event = _first(headers, EVENTS)
        self.form = _first(headers, REPEAT_FORMS)
        self.instance = _first(headers, REPEAT_INSTANCES)
        self.items = _item_columns(headers, instrument)
        named = field_names()
        self.fields = {i: named[normalise(h)] for i, h in enumerate(headers)
                       if normalise(h) in named}
        self.stamp = _suite_stamp(headers, self.items)
        self.structured = False
        self.own_label = "label" in self.fields.values()

    def cell(self, row: list[str], index: int | None) -> str:
        return row[index].strip() if index is not None and index < len(row) else ""

    def answered(self, row: list[str]) -> bool:
        width = len(row)
        return any(i < width and not row[i].isspace() and row[i] for i in self.items)

    def classify(self, rows: list[list[str]]) -> list[bool]:
        """For each row, whether it is one of the suite's responses (see the module); notes
        whether the project has events or repeats (``structured``), which ``plan`` needs."""
        answered = [self.answered(row) for row in rows]
        forms = Counter(self.cell(r, self.form) for r, a in zip(rows, answered, strict=True) if a)
        suite = forms.most_common(1)[0][0] if forms else ""
        self.structured = self.event is not None or any(
            self.cell(r, self.form) or self.cell(r, self.instance) for r in rows)
        return [self.cell(row, self.form) == suite
                and (answered[n] or not self.structured or not self.items)
                for n, row in enumerate(rows)]

    def context(self, rows: Iterable[list[str]]) -> dict[str, dict[int, str]]:
        """Per record, the first value of each field of its non-repeating other forms (a
        repeating form's fields describe one instance, not the record)."""
        spread = self._spread()
        found: dict[str, dict[int, str]] = {}
        for row in rows:
            if self.cell(row, self.form) or self.cell(row, self.instance):
                continue
            values = found.setdefault(self.cell(row, 0), {})
            for index in spread:
                if index not in values and self.cell(row, index):
                    values[index] = row[index]
        return found

    def completed(self, row: list[str], context: dict[str, dict[int, str]]) -> list[str]:
        """The row with its record's other fields in its blank cells and, when unfinished,
        its timestamp blank."""
        cells = list(row)
        for index, value in context.get(self.cell(row, 0), {}).items():
            if index < len(cells) and not cells[index].strip():
                cells[index] = value
        if self.cell(cells, self.stamp) == NOT_COMPLETED:
            cells[self.stamp] = ""
        return cells

    def plan(self) -> tuple[dict[str, str], set[str]]:
        """The known fields (header -> field) and the ignored headers."""
        headers = self.headers
        ignored = set(METADATA) | {h for h in headers if _is_complete(h) or _is_stamp(h)}
        known = {headers[0]: "code" if self.structured else "response_id"}
        if self.stamp is not None and headers.count(headers[self.stamp]) == 1:
            known[headers[self.stamp]] = "timestamp"
        group = _first(headers, GROUPS)
        if group is not None and "group" not in self.fields.values():
            known[headers[group]] = "group"
        if self.structured:
            ignored |= {headers[i] for i, name in self.fields.items() if name == "code"}
        if self.event is not None:
            ignored.add(headers[self.event])
        return known, ignored

    def _spread(self) -> list[int]:
        """Columns of other forms' fields: what a non-response row can lend to a response."""
        own = {0, self.event, self.form, self.instance, self.stamp, _first(self.headers, GROUPS),
               *self.items, *self.fields}
        return [i for i, h in enumerate(self.headers)
                if i not in own and h not in METADATA and not _is_complete(h)
                and not _is_stamp(h)]


def _add_moments(layout: Layout, columns: _Columns) -> None:
    """Response ids ``<record>[/<event>][/<instance>]``, the instance-based label and the
    order of the moments."""
    events = [columns.cell(r, columns.event) for r in layout.rows]
    instances = [columns.cell(r, columns.instance) for r in layout.rows]
    records = [columns.cell(r, 0) for r in layout.rows]
    ids = [SEPARATOR.join(part for part in parts if part)
           for parts in zip(records, events, instances, strict=True)]
    _append(layout, "response_id", ids)
    if columns.own_label:
        return
    if columns.event is None:
        labels = instances
    elif _several_per_event(records, events, instances):
        labels = [SEPARATOR.join(p for p in pair if p)
                  for pair in zip(events, instances, strict=True)]
    else:
        labels = events
    _append(layout, "label", labels)
    layout.moment_order = _moment_order(records, events, instances, labels)


def _several_per_event(records: list[str], events: list[str], instances: list[str]) -> bool:
    """Whether some record answered the form more than once at one event."""
    seen = Counter(zip(records, events, strict=True))
    return any(count > 1 for count in seen.values()) and any(instances)


def _moment_order(records: list[str], events: list[str], instances: list[str],
                  labels: list[str]) -> tuple[str, ...]:
    """Labels ordered by event (as records pass through them) and then instance number."""
    rank = {event: n for n, event in enumerate(_event_order(records, events))}
    keyed = {label: (rank.get(event, 0), _number(instance))
             for label, event, instance in zip(labels, events, instances, strict=True) if label}
    return tuple(sorted(keyed, key=lambda label: keyed[label]))


def _event_order(records: list[str], events: list[str]) -> list[str]:
    """Events in the order every record passes through them (an export lists a record's
    events in the project's order), ties and contradictions by first appearance."""
    first = list(dict.fromkeys(events))
    sorter = graphlib.TopologicalSorter({event: set() for event in first})
    previous: dict[str, str] = {}
    for record, event in zip(records, events, strict=True):
        if record in previous and previous[record] != event:
            sorter.add(event, previous[record])
        previous[record] = event
    try:
        sorter.prepare()
    except graphlib.CycleError:
        return first
    ordered: list[str] = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready(), key=first.index)
        ordered.extend(ready)
        sorter.done(*ready)
    return ordered


def _number(text: str) -> tuple[int, float, str]:
    try:
        return (0, float(text), text)
    except ValueError:
        return (1, 0.0, text)


def _append(layout: Layout, name: str, values: list[str]) -> None:
    """Add a column that the export implies but does not hold (short rows stay short, so
    that they are still rejected for their length)."""
    width = len(layout.headers)
    layout.headers.append(name)
    layout.texts.append(name)
    layout.known_fields[name] = name
    for row, value in zip(layout.rows, values, strict=True):
        if len(row) == width:
            row.append(value)  # the importer's own copy of the row (see ``completed``)


def _item_columns(headers: list[str], instrument: Instrument) -> list[int]:
    """Columns headed by an item's id (raw) or text (labels)."""
    ids = {item_id.casefold() for item_id in instrument.item_ids}
    texts = {normalise(item.text) for item in (*instrument.items, *instrument.single_items)}
    return [i for i, h in enumerate(headers)
            if h.strip().casefold() in ids or text_keys(h) & texts]


def _suite_stamp(headers: list[str], items: list[int]) -> int | None:
    """The timestamp column of the form holding the items: the last one before its first item
    (else the first one)."""
    stamps = [i for i, h in enumerate(headers) if _is_stamp(h)]
    before = [i for i in stamps if items and i < min(items)]
    return before[-1] if before else next(iter(stamps), None)


def _is_stamp(header: str) -> bool:
    return header.endswith("_timestamp") or header == TIMESTAMP_LABEL


def _is_complete(header: str) -> bool:
    return header.endswith("_complete") or header == "Complete?"


def _first(headers: list[str], names: tuple[str, ...]) -> int | None:
    return next((i for i, h in enumerate(headers) if h in names), None)


def _cell(value: Any) -> str:
    """A JSON value as the text the raw CSV export holds."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value)
