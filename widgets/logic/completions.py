"""Completion records (``belonging-lab-completions/1``, docs/completion-record.md): reading a
folder of them and counting completions per module, with small counts suppressed.

A learner's browser writes the record (the path panel, ``static/path.js``) from what it keeps:
the modules marked as done and their dates. The record's JSON Schema
(``content/schemas/completion_record.schema.json``) admits nothing else, so a file carrying
answers, scores or any other key is refused rather than read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pandas as pd

from widgets.content import schema
from widgets.errors import BelongingLabError
from widgets.logic.cohort.suppression import MIN_GROUP, suppress

FORMAT = "belonging-lab-completions/1"
SCHEMA = "completion_record"
MAX_BYTES = 256 * 1024  # a record of every module is well under 10 KB


@dataclass(frozen=True)
class ModuleCount:
    """One module's number of records, or None where it is suppressed."""

    notebook: str
    count: int | None


def read_record(path: Path) -> set[str]:
    """The notebooks a record lists as completed (each once)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError(f"it is larger than {MAX_BYTES // 1024} KB")
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise BelongingLabError("completions.unreadable", file=path.name,
                                problem=short(str(error))) from None
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(schema(SCHEMA)).iter_errors(document))
    if error is not None:
        raise BelongingLabError("completions.not_a_record", file=path.name,
                                problem=short(error.message))
    return {entry["notebook"] for entry in document["completed"]}


def short(text: str, limit: int = 120) -> str:
    """A problem description cut to fit a message."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def read_folder(folder: Path) -> list[set[str]]:
    """Every record (``*.json``) in ``folder``, sorted by name; any bad file stops the count."""
    if not folder.is_dir():
        raise BelongingLabError("completions.not_a_folder", folder=str(folder))
    files = sorted(path for path in folder.glob("*.json") if path.is_file())
    if not files:
        raise BelongingLabError("completions.no_records", folder=str(folder))
    return [read_record(path) for path in files]


def count(records: list[set[str]], notebooks: list[str],
          min_group: int = MIN_GROUP) -> list[ModuleCount]:
    """Records per module, in the order of ``notebooks`` (then any other module a record
    names), with small counts hidden by the suite's suppression rule.

    Each module's count is suppressed on its own, as a table of one cell: a record can list
    several modules, so the counts are not parts of a total and no module's count can be
    worked out from the others; hiding a second module as a partner would protect no one.
    """
    others = sorted(set().union(*records) - set(notebooks)) if records else []
    counted = []
    for name in [*notebooks, *others]:
        number = sum(name in record for record in records)
        hidden = suppress(pd.Series([number], dtype=int), min_group).cells.iloc[0, 0]
        counted.append(ModuleCount(name, None if hidden else number))
    return counted
