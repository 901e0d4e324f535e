"""Importing survey exports into one tidy table of responses, with a report.

``import_responses`` takes files or folders (every ``.csv`` and ``.json`` in a folder), detects
each file's format (the suite's own export, Qualtrics, REDCap or Google Forms), and returns the
responses as one table: ``response_id, timestamp, label, code, group``, any grouping columns a
mapping file names, then one nullable-integer column per item in the instrument's order.

Within and across files, a response id seen before is rejected (the first is kept) and listed.
Several files with different labels (pre and post exports from a survey tool) import together
with ``label={"pre.csv": "pre", "post.csv": "post"}``.
A file that cannot be read at all raises ``BelongingLabError`` naming the file and the problem.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from widgets.errors import BelongingLabError
from widgets.logic.cohort import (
    importers_google,
    importers_qualtrics,
    importers_redcap,
    importers_suite,
)
from widgets.logic.cohort.import_report import ImportReport
from widgets.logic.cohort.mapping import ColumnMapping
from widgets.logic.cohort.reading import MAX_BYTES, csv_records, json_document, read_text
from widgets.logic.cohort.responses import ImportResult, build

CSV_FORMATS = (importers_suite, importers_qualtrics, importers_redcap, importers_google)
SUFFIXES = (".csv", ".json", ".txt", ".tsv")


def import_responses(
    sources: str | Path | Iterable[str | Path],
    instrument,
    mapping: ColumnMapping | None = None,
    label: str | Mapping[str | Path, str] | None = None,
    max_bytes: int = MAX_BYTES,
) -> ImportResult:
    """Import files and folders into one table.

    ``label`` fills the label of responses that have none: one label for all, or one per source
    as given (``{"pre.csv": "pre", "post.csv": "post"}``), a folder's label applying to its files.
    """
    report = ImportReport()
    frames = []
    seen: set[str] = set()
    for origin, path in expand(sources):
        result = import_file(path, instrument, mapping, _label_for(label, origin), max_bytes,
                             seen)
        report.extend(result.report)
        frames.append(result.frame)
        seen.update(result.frame["response_id"])
    return ImportResult(_ordered(pd.concat(frames, ignore_index=True), instrument), report)


@dataclass
class PartialImport:
    """What could be imported from files given together, and the files that could not be read.

    ``result`` is None when no file could be imported; ``failures`` holds (file, error) pairs.
    """

    result: ImportResult | None
    failures: list[tuple[str, BelongingLabError]] = field(default_factory=list)


def import_available(paths: Iterable[str | Path], instrument,
                     mapping: ColumnMapping | None = None, max_bytes: int = MAX_BYTES
                     ) -> PartialImport:
    """Import every file that can be read and list the others with their error, so that one
    bad upload does not hide the good ones (the dashboard shows both)."""
    outcome = PartialImport(None)
    report = ImportReport()
    frames = []
    seen: set[str] = set()
    for path in paths:
        try:
            result = import_file(path, instrument, mapping, None, max_bytes, seen)
        except BelongingLabError as error:
            outcome.failures.append((Path(path).name, error))
            continue
        report.extend(result.report)
        frames.append(result.frame)
        seen.update(result.frame["response_id"])
    if frames:
        outcome.result = ImportResult(
            _ordered(pd.concat(frames, ignore_index=True), instrument), report)
    return outcome


def _label_for(label: str | Mapping[str | Path, str] | None, origin: Path) -> str | None:
    if label is None or isinstance(label, str):
        return label
    return {Path(key): value for key, value in label.items()}.get(origin)


def expand(sources: str | Path | Iterable[str | Path]) -> list[tuple[Path, Path]]:
    """The files to import, each with the source it came from: each file given, and each
    data file inside each folder given."""
    if isinstance(sources, (str, Path)):
        sources = [sources]
    sources = [Path(source) for source in sources]
    files: list[tuple[Path, Path]] = []
    for source in sources:
        if source.is_dir():
            files.extend((source, p) for p in sorted(source.iterdir())
                         if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif source.is_file():
            files.append((source, source))
        else:
            raise BelongingLabError("cohort.no_file", file=str(source))
    if not files:
        raise BelongingLabError("cohort.no_files", sources=", ".join(map(str, sources)))
    return files


def import_file(path: str | Path, instrument, mapping: ColumnMapping | None = None,
                label: str | None = None, max_bytes: int = MAX_BYTES,
                seen: set[str] | frozenset[str] = frozenset()) -> ImportResult:
    """Import one file of any supported format; ids in ``seen`` were imported before."""
    decoded = read_text(Path(path), max_bytes)
    if decoded.text.lstrip()[:1] in ("{", "["):
        document = json_document(decoded)
        if importers_redcap.detect_json(document):
            layout = importers_redcap.layout_json(decoded, document, instrument)
        else:
            layout = importers_suite.layout_json(decoded, document, instrument)
    else:
        records = csv_records(decoded)
        importer = next((f for f in CSV_FORMATS if f.detect(records)), None)
        if importer is None:
            raise BelongingLabError("cohort.unknown_format", file=decoded.name,
                                    columns=", ".join(records.rows[0][:6]))
        layout = importer.layout_csv(decoded, records, instrument)
    if decoded.encoding == "cp1252":
        layout.notes = (*layout.notes, "cohort.note_cp1252")
    if layout.delimiter not in (None, ","):
        layout.notes = (*layout.notes, "cohort.note_delimiter")
    return build(layout, instrument, mapping, label, seen)


def _ordered(frame: pd.DataFrame, instrument) -> pd.DataFrame:
    """Fields first, then grouping columns, then items, whatever order the files had."""
    leading = ["response_id", "timestamp", "label", "code", "group"]
    items = list(instrument.item_ids)
    groups = [c for c in frame.columns if c not in leading and c not in items]
    return frame[[*leading, *groups, *items]]
