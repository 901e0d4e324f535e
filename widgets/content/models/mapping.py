"""A faculty member's mapping file (schema ``mapping``): which column of a survey export holds
which item or field, and which other columns to keep as grouping columns.

Mapping files are the faculty's own (there is no bundled one): load them with
``load_path(path, ColumnMapping)``; :func:`widgets.logic.cohort.mapping.load_mapping` checks one
against the instrument.
"""

from __future__ import annotations

from dataclasses import field

from widgets.content.models import content_file


@content_file("mapping")
class ColumnMapping:
    """Headers mapped to an item id or field, and headers kept as grouping columns."""

    columns: dict[str, str] = field(default_factory=dict)  # header -> item id or field
    groups: dict[str, str] = field(default_factory=dict)  # header -> grouping column name
    instrument: str | None = None  # the instrument id the file was written for, if it says
