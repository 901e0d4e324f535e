"""Building the tidy responses table from one file's layout, with every rejection recorded.

Each tool's importer finds its layout (headers, question texts, data rows and the tool's own
metadata columns); this module does the rest the same way for every tool: map columns, read
answers, parse timestamps, reject what cannot be used and detect repeated response ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from widgets.content.messages import message, names_list
from widgets.content.models.instrument import Instrument
from widgets.content.models.mapping import ColumnMapping
from widgets.errors import BelongingLabError
from widgets.logic.cohort.answers import AnswerReader
from widgets.logic.cohort.group_columns import refusal
from widgets.logic.cohort.import_report import ImportReport, Rejection, SourceSummary
from widgets.logic.cohort.mapping import ColumnPlan, plan_columns
from widgets.logic.cohort.timestamps import TimestampReading, read_timestamps

TEXT_FIELDS = ("label", "code", "group")


@dataclass
class Layout:
    """One file as its tool laid it out, found by that tool's importer."""

    file: str
    format: str
    encoding: str
    delimiter: str | None
    headers: list[str]
    texts: list[str]  # each column's question text, or its header when the tool has none
    rows: list[list[str]]
    numbers: list[int]  # each row's number in the file
    known_fields: dict[str, str] = field(default_factory=dict)  # header -> field
    ignored: frozenset[str] = frozenset()  # the tool's own metadata, deliberately not read
    id_pattern: re.Pattern[str] | None = None  # what a response id must look like, if anything
    timezone: str | None = None  # the zone of timestamps written without one (else UTC)
    rejections: list[Rejection] = field(default_factory=list)  # rows the importer set aside
    notes: tuple[str, ...] = ()
    require_all_items: bool = False  # the suite's own format always has every item column
    moment_order: tuple[str, ...] = ()  # labels in the order the export implies, if it does


@dataclass(frozen=True)
class ImportResult:
    """The tidy responses and the report of how they were imported; ``moment_order`` lists
    labels in the order the files or the faculty gave them (first = earliest), if they did."""

    frame: pd.DataFrame
    report: ImportReport
    moment_order: tuple[str, ...] = ()


def build(layout: Layout, instrument: Instrument, mapping: ColumnMapping | None, label: str | None,
          seen: set[str] | frozenset[str] = frozenset(), date_order: str | None = None
          ) -> ImportResult:
    """The tidy table of one file's responses and its report; ``label`` (a moment the faculty
    named for the file) replaces the file's own labels; ids in ``seen`` were imported from
    earlier files and are rejected as duplicates; ``date_order`` reads dates the file leaves
    ambiguous."""
    plan = plan_columns(layout.file, layout.headers, layout.texts, instrument, mapping,
                        layout.known_fields, layout.ignored)
    missing = _check_items(layout, plan, instrument)
    if not layout.rows and not layout.rejections:
        raise BelongingLabError("cohort.no_responses", file=layout.file)
    rejections = list(layout.rejections)
    rows, numbers = _complete_rows(layout, rejections)
    cells = pd.DataFrame(rows, columns=range(len(layout.headers)), dtype=object)
    frame = pd.DataFrame(index=range(len(rows)))
    frame["response_id"] = _response_ids(layout, plan, cells, numbers)
    frame["timestamp"], dates = _timestamps(layout, plan, cells, numbers, rejections, date_order)
    for name in TEXT_FIELDS:
        frame[name] = _texts(cells, plan.fields.get(name))
    if label is not None:
        frame["label"] = label
    for name, index in plan.groups.items():
        frame[name] = _texts(cells, index)
    kept, refused, unmapped = _grouping_columns(layout, plan, cells, set(frame.columns))
    for name, values in kept.items():
        frame[name] = values
    reader = AnswerReader(instrument)
    for item_id in instrument.item_ids:
        frame[item_id] = _answers(layout, plan, cells, numbers, item_id, reader, rejections)
    frame, duplicates = _drop_unusable(layout, frame, numbers, instrument, rejections, seen,
                                       label)
    report = ImportReport(
        sources=[_summary(layout, plan, len(layout.rows) + len(layout.rejections), len(frame),
                          dates)],
        rejections=rejections,
        duplicate_response_ids=duplicates,
        unmapped_columns=[(layout.file, column) for column in unmapped],
        grouping_columns=[(layout.file, column) for column in kept],
        refused_columns=[(layout.file, column, reason) for column, reason in refused],
        ignored_columns=[(layout.file, column) for column in plan.ignored],
        missing_items=[(layout.file, item_id) for item_id in missing],
    )
    order = (label,) if label is not None else layout.moment_order
    return ImportResult(frame.reset_index(drop=True), report, tuple(order))


def _grouping_columns(layout: Layout, plan: ColumnPlan, cells: pd.DataFrame, taken: set[str]
                      ) -> tuple[dict[str, pd.Series], list[tuple[str, str]], list[str]]:
    """The unmapped columns kept as grouping columns (by header), those refused with the
    reason, and those left unmapped (empty, unnamed, or a name already taken)."""
    kept: dict[str, pd.Series] = {}
    refused: list[tuple[str, str]] = []
    unmapped: list[str] = []
    for index in plan.leftover:
        name = layout.headers[index].strip()
        values = _texts(cells, index)
        if not name or name in taken or name in kept or values.isna().all():
            unmapped.append(layout.headers[index])
            continue
        why = refusal(name, values)
        if why is None:
            kept[name] = values
        else:
            refused.append((name, message(why[0], **why[1])))
    return kept, refused, unmapped


def _check_items(layout: Layout, plan: ColumnPlan, instrument: Instrument) -> list[str]:
    """Items without a column; an error when any component item or, in the suite's own
    format, any column at all is missing."""
    missing = [item_id for item_id in instrument.item_ids if item_id not in plan.items]
    required = instrument.item_ids if layout.require_all_items else [
        item.id for item in instrument.items
    ]
    lacking = [item_id for item_id in required if item_id in missing]
    if lacking:
        raise BelongingLabError(
            "cohort.missing_items", file=layout.file, format=layout.format,
            items=names_list(lacking), unmapped=names_list(plan.unmapped),
        )
    return missing


def _complete_rows(layout: Layout, rejections: list[Rejection]) -> tuple[list, list[int]]:
    """Rows with as many cells as headers (trailing empty cells trimmed); others rejected."""
    width = len(layout.headers)
    rows, numbers = [], []
    for row, number in zip(layout.rows, layout.numbers, strict=True):
        if len(row) > width and not any(cell.strip() for cell in row[width:]):
            row = row[:width]
        if len(row) != width:
            rejections.append(Rejection(layout.file, number, None, None,
                                        "cohort.reason_wrong_length",
                                        (("found", len(row)), ("expected", width))))
            continue
        rows.append(row)
        numbers.append(number)
    return rows, numbers


def _texts(cells: pd.DataFrame, index: int | None) -> pd.Series:
    if index is None:
        return pd.Series(None, index=cells.index, dtype=object)
    stripped = cells[index].str.strip()
    return stripped.where(stripped != "", None)


def _response_ids(layout: Layout, plan: ColumnPlan, cells: pd.DataFrame, numbers: list[int]
                  ) -> pd.Series:
    """The file's response ids, or ``<file>#<row>`` when the tool exports none."""
    if "response_id" not in plan.fields:
        return pd.Series([f"{layout.file}#{n}" for n in numbers], dtype=object)
    return _texts(cells, plan.fields["response_id"])


def _timestamps(layout: Layout, plan: ColumnPlan, cells: pd.DataFrame, numbers: list[int],
                rejections: list[Rejection], date_order: str | None
                ) -> tuple[pd.Series, TimestampReading | None]:
    """Timestamps in UTC, with how the file's date order was decided; a timestamp that cannot
    be read is rejected as a value (row kept). Values left unread only because the file
    cannot tell day-first from month-first are not listed one by one: the file's summary
    says so once."""
    index = plan.fields.get("timestamp")
    if index is None:
        return pd.Series(pd.NaT, index=cells.index, dtype="datetime64[ns, UTC]"), None
    raw = cells[index].fillna("").str.strip()
    reading = read_timestamps(raw, layout.timezone, date_order)
    for pos in (reading.unread & ~reading.order_unread).to_numpy().nonzero()[0]:
        rejections.append(Rejection(layout.file, numbers[pos], layout.headers[index],
                                    raw.iloc[pos], "cohort.reason_bad_timestamp"))
    return reading.values, reading


def _answers(layout: Layout, plan: ColumnPlan, cells: pd.DataFrame, numbers: list[int],
             item_id: str, reader: AnswerReader, rejections: list[Rejection]) -> pd.Series:
    index = plan.items.get(item_id)
    if index is None:
        return pd.Series(pd.NA, index=cells.index, dtype="Int64")
    parsed = reader.column(cells[index])
    header = layout.headers[index]
    for pos, reason in parsed.bad.items():
        value = cells[index].iloc[pos]
        details = (("value", value.strip()), ("low", reader.low), ("high", reader.high))
        rejections.append(Rejection(layout.file, numbers[pos], header, value, reason, details))
    return parsed.values


def _drop_unusable(layout: Layout, frame: pd.DataFrame, numbers: list[int], instrument: Instrument,
                   rejections: list[Rejection], seen: set[str] | frozenset[str],
                   moment: str | None = None) -> tuple[pd.DataFrame, list[str]]:
    """Reject rows without an id (or with a malformed one), without any answer, or repeating
    the id of an earlier row or file; returns the kept rows and the repeated ids.

    In a file whose moment the faculty named, ids become ``<moment>/<id>``: two survey
    projects both number their records 1, 2, 3, so a before and an after export must neither
    clash nor pair by those numbers."""
    row_numbers = pd.Series(numbers, index=frame.index)
    ids = frame["response_id"]
    reasons = pd.Series(None, index=frame.index, dtype=object)
    if layout.id_pattern is not None:
        malformed = ids.map(lambda v: v is None or not layout.id_pattern.fullmatch(str(v)))
        reasons[malformed] = "cohort.reason_bad_response_id"
    if moment is not None:
        ids = ids.where(ids.isna(), moment + "/" + ids.astype(str))
        frame = frame.assign(response_id=ids)
    reasons[ids.isna() & reasons.isna()] = "cohort.reason_no_response_id"
    answered = frame[list(instrument.item_ids)].notna().any(axis=1)
    reasons[~answered & reasons.isna()] = "cohort.reason_no_answers"
    repeated = ids.duplicated(keep="first") & ids.notna() & reasons.isna()
    reasons[repeated] = "cohort.reason_duplicate"
    earlier = ids.isin(seen) & reasons.isna()
    reasons[earlier] = "cohort.reason_duplicate_earlier_file"
    repeated |= earlier
    for pos in reasons.notna().to_numpy().nonzero()[0]:
        rejections.append(Rejection(layout.file, int(row_numbers.iloc[pos]), None,
                                    None if ids.iloc[pos] is None else str(ids.iloc[pos]),
                                    reasons.iloc[pos]))
    duplicates = sorted(set(ids[repeated]))
    return frame[reasons.isna()], duplicates


def _summary(layout: Layout, plan: ColumnPlan, rows_read: int, rows_accepted: int,
             dates: TimestampReading | None) -> SourceSummary:
    mapped = {layout.headers[i]: item for item, i in plan.items.items()}
    mapped.update({layout.headers[i]: name for name, i in plan.fields.items()})
    mapped.update({layout.headers[i]: name for name, i in plan.groups.items()})
    notes = layout.notes
    if dates is not None and dates.decided_by == "undecided":
        notes = (*notes, "cohort.note_date_order_conflict" if dates.conflicting
                 else "cohort.note_date_order_undecided")
    return SourceSummary(layout.file, layout.format, layout.encoding, layout.delimiter,
                         rows_read, rows_accepted, mapped, notes,
                         dates.order if dates is not None else None,
                         dates.decided_by if dates is not None else None)
