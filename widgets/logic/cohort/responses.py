"""Building the tidy responses table from one file's layout, with every rejection recorded.

Each tool's importer finds its layout (headers, question texts, data rows and the tool's own
metadata columns); this module does the rest the same way for every tool: map columns, read
answers, parse timestamps, reject what cannot be used and detect repeated response ids.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field

import pandas as pd

from widgets.errors import BelongingLabError
from widgets.logic.cohort.answers import AnswerReader
from widgets.logic.cohort.import_report import ImportReport, Rejection, SourceSummary
from widgets.logic.cohort.mapping import ColumnMapping, ColumnPlan, plan_columns

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
    """The tidy responses and the report of how they were imported."""

    frame: pd.DataFrame
    report: ImportReport


def build(layout: Layout, instrument, mapping: ColumnMapping | None, label: str | None,
          seen: set[str] | frozenset[str] = frozenset()) -> ImportResult:
    """The tidy table of one file's responses and its report; ids in ``seen`` were imported
    from earlier files and are rejected as duplicates."""
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
    frame["timestamp"] = _timestamps(layout, plan, cells, numbers, rejections)
    for name in TEXT_FIELDS:
        frame[name] = _texts(cells, plan.fields.get(name))
    if label is not None:
        frame["label"] = frame["label"].fillna(label)
    for name, index in plan.groups.items():
        frame[name] = _texts(cells, index)
    reader = AnswerReader(instrument)
    for item_id in instrument.item_ids:
        frame[item_id] = _answers(layout, plan, cells, numbers, item_id, reader, rejections)
    frame, duplicates = _drop_unusable(layout, frame, numbers, instrument, rejections, seen)
    report = ImportReport(
        sources=[_summary(layout, plan, len(layout.rows) + len(layout.rejections), len(frame))],
        rejections=rejections,
        duplicate_response_ids=duplicates,
        unmapped_columns=[(layout.file, column) for column in plan.unmapped],
        ignored_columns=[(layout.file, column) for column in plan.ignored],
        missing_items=[(layout.file, item_id) for item_id in missing],
    )
    return ImportResult(frame.reset_index(drop=True), report)


def _check_items(layout: Layout, plan: ColumnPlan, instrument) -> list[str]:
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
            items=", ".join(lacking), unmapped=", ".join(plan.unmapped) or "-",
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
                rejections: list[Rejection]) -> pd.Series:
    """Timestamps in UTC; a timestamp that cannot be read is rejected as a value (row kept)."""
    index = plan.fields.get("timestamp")
    if index is None:
        return pd.Series(pd.NaT, index=cells.index, dtype="datetime64[ns, UTC]")
    raw = cells[index].str.strip()
    parsed = parse_timestamps(raw, layout.timezone)
    unread = parsed.isna() & (raw != "")
    for pos in unread.to_numpy().nonzero()[0]:
        rejections.append(Rejection(layout.file, numbers[pos], layout.headers[index],
                                    raw.iloc[pos], "cohort.reason_bad_timestamp"))
    return parsed


def parse_timestamps(raw: pd.Series, timezone: str | None) -> pd.Series:
    """Parse dates in any common layout; times without a zone are in ``timezone`` (else UTC)."""
    parsed = _to_utc(raw, timezone, format=None)
    retry = parsed.isna() & (raw != "")
    if retry.any():
        parsed[retry] = _to_utc(raw[retry], timezone, format="mixed")
    return parsed


def _to_utc(raw: pd.Series, timezone: str | None, format: str | None) -> pd.Series:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "could not infer format": expected
        return _to_utc_quietly(raw, timezone, format)


def _to_utc_quietly(raw: pd.Series, timezone: str | None, format: str | None) -> pd.Series:
    try:
        if timezone is None:
            return pd.to_datetime(raw, errors="coerce", utc=True, format=format).dt.as_unit("ns")
        local = pd.to_datetime(raw, errors="coerce", format=format)
        if local.dt.tz is None:
            local = local.dt.tz_localize(timezone, ambiguous="NaT", nonexistent="NaT")
        return local.dt.tz_convert("UTC").dt.as_unit("ns")
    except (ValueError, TypeError, OverflowError, AttributeError):
        if timezone is not None:
            return _to_utc(raw, None, format)
        return pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns, UTC]")


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


def _drop_unusable(layout: Layout, frame: pd.DataFrame, numbers: list[int], instrument,
                   rejections: list[Rejection], seen: set[str] | frozenset[str]
                   ) -> tuple[pd.DataFrame, list[str]]:
    """Reject rows without an id (or with a malformed one), without any answer, or repeating
    the id of an earlier row or file; returns the kept rows and the repeated ids."""
    row_numbers = pd.Series(numbers, index=frame.index)
    ids = frame["response_id"]
    reasons = pd.Series(None, index=frame.index, dtype=object)
    if layout.id_pattern is not None:
        malformed = ids.map(lambda v: v is None or not layout.id_pattern.fullmatch(str(v)))
        reasons[malformed] = "cohort.reason_bad_response_id"
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


def _summary(layout: Layout, plan: ColumnPlan, rows_read: int, rows_accepted: int
             ) -> SourceSummary:
    mapped = {layout.headers[i]: item for item, i in plan.items.items()}
    mapped.update({layout.headers[i]: name for name, i in plan.fields.items()})
    mapped.update({layout.headers[i]: name for name, i in plan.groups.items()})
    return SourceSummary(layout.file, layout.format, layout.encoding, layout.delimiter,
                         rows_read, rows_accepted, mapped, layout.notes)

