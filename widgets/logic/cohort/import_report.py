"""What an import did: which files were read, which rows and values were rejected and why.

Reasons are message keys (``cohort.reason_*`` in ``widgets/content/messages/cohort.yaml``) with
their values, so the report reads the same in the app, the command line and a translation.
Row numbers count as a spreadsheet does: the first header row is row 1. In a JSON file the
"row" is the position of the response in the file, counting from 1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from widgets.content.messages import message


@dataclass(frozen=True)
class Rejection:
    """A row (``column`` is None) or a single value that was not imported."""

    file: str
    row: int
    column: str | None
    value: str | None
    reason: str  # a message key
    details: tuple[tuple[str, Any], ...] = ()

    @property
    def explanation(self) -> str:
        """The reason as a faculty member reads it."""
        return message(self.reason, **dict(self.details))


@dataclass(frozen=True)
class SourceSummary:
    """One file that was read: its format, encoding, delimiter and how many rows it held."""

    file: str
    format: str
    encoding: str
    delimiter: str | None
    rows_read: int
    rows_accepted: int
    columns_mapped: dict[str, str]  # column -> item id or field
    notes: tuple[str, ...] = ()  # message keys of things worth knowing (e.g. cp1252 used)
    date_order: str | None = None  # "ymd", "dmy" or "mdy": how the file's dates were read
    date_order_decided_by: str | None = None  # "file", "choice", "format" or "undecided"


@dataclass
class ImportReport:
    """Everything a faculty member needs to trust, or question, an import."""

    sources: list[SourceSummary] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    duplicate_response_ids: list[str] = field(default_factory=list)
    unmapped_columns: list[tuple[str, str]] = field(default_factory=list)  # (file, column)
    ignored_columns: list[tuple[str, str]] = field(default_factory=list)  # known tool metadata
    missing_items: list[tuple[str, str]] = field(default_factory=list)  # (file, item id)
    grouping_columns: list[tuple[str, str]] = field(default_factory=list)  # (file, column)
    refused_columns: list[tuple[str, str, str]] = field(default_factory=list)  # + reason

    @property
    def rows_accepted(self) -> int:
        return sum(source.rows_accepted for source in self.sources)

    @property
    def rejected_rows(self) -> list[Rejection]:
        return [rejection for rejection in self.rejections if rejection.column is None]

    @property
    def rejected_values(self) -> list[Rejection]:
        return [rejection for rejection in self.rejections if rejection.column is not None]

    def extend(self, other: ImportReport) -> None:
        """Add another file's report to this one."""
        self.sources.extend(other.sources)
        self.rejections.extend(other.rejections)
        self.duplicate_response_ids.extend(other.duplicate_response_ids)
        self.unmapped_columns.extend(other.unmapped_columns)
        self.ignored_columns.extend(other.ignored_columns)
        self.missing_items.extend(other.missing_items)
        self.grouping_columns.extend(other.grouping_columns)
        self.refused_columns.extend(other.refused_columns)

    def refusal(self, column: str) -> str | None:
        """Why ``column`` was refused as a grouping column in some file, if it was."""
        return next((reason for _, name, reason in self.refused_columns if name == column),
                    None)

    def rejections_table(self) -> pd.DataFrame:
        """One row per rejection, with its reason written out, for display or download."""
        rows = [
            {
                "file": r.file,
                "row": r.row,
                "column": r.column or "",
                "value": r.value or "",
                "reason": r.explanation,
            }
            for r in self.rejections
        ]
        return pd.DataFrame(rows, columns=["file", "row", "column", "value", "reason"])
