"""Importing survey exports into one tidy table of responses, with a report.

``import_responses`` takes files or folders (every ``.csv`` and ``.json`` in a folder), detects
each file's format (the suite's own export, Qualtrics, REDCap or Google Forms), and returns the
responses as one table: ``response_id, timestamp, label, code, group``, the grouping columns
(columns a mapping file names, and the files' other columns that ``group_columns`` accepts),
then one nullable-integer column per item in the instrument's order.

Within and across files, a response id seen before is rejected (the first is kept) and listed.
Files that are moments of one survey (pre and post exports from a survey tool) import together
with ``label={"pre.csv": "pre", "post.csv": "post"}``; two files with the same name are shown
apart as "name" and "name (2)".
A file that cannot be read at all raises ``BelongingLabError`` naming the file and the problem.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from widgets.content.messages import message, names_list
from widgets.content.models.instrument import Instrument
from widgets.content.models.mapping import ColumnMapping
from widgets.errors import BelongingLabError
from widgets.logic.cohort import (
    importers_google,
    importers_qualtrics,
    importers_redcap,
    importers_suite,
)
from widgets.logic.cohort.import_report import ImportReport
from widgets.logic.cohort.reading import MAX_BYTES, csv_records, json_document, read_text
from widgets.logic.cohort.responses import ImportResult, build

CSV_FORMATS = (importers_suite, importers_qualtrics, importers_redcap, importers_google)
SUFFIXES = (".csv", ".json", ".txt", ".tsv")


def import_responses(
    sources: str | Path | Iterable[str | Path],
    instrument: Instrument,
    mapping: ColumnMapping | None = None,
    label: str | Mapping[str | Path, str] | None = None,
    max_bytes: int = MAX_BYTES,
    date_order: str | None = None,
) -> ImportResult:
    """Import files and folders into one table; the first file that cannot be read stops it.

    ``label`` names the moment of the responses: one moment for all, or one per source as given
    (``{"pre.csv": "pre", "post.csv": "post"}``, a folder's moment applying to its files); it
    replaces any label a file holds, and the order given is the order of the moments.
    ``date_order`` ("dmy" or "mdy") reads dates that a file leaves ambiguous.
    """
    files = expand(sources)
    results = [import_file(path, instrument, mapping, _label_for(label, origin), max_bytes,
                           seen, date_order, name)
               for (origin, path), name, seen in _with_names(files)]
    return _combined(results, instrument, _order_given(label))


@dataclass
class PartialImport:
    """What could be imported from files given together, and the files that could not be read.

    ``result`` is None when no file could be imported; ``failures`` holds (file, error) pairs.
    """

    result: ImportResult | None
    failures: list[tuple[str, BelongingLabError]] = field(default_factory=list)


def import_available(paths: Iterable[str | Path], instrument: Instrument,
                     mapping: ColumnMapping | None = None, max_bytes: int = MAX_BYTES,
                     label: Mapping[str | Path, str] | None = None,
                     date_order: str | None = None) -> PartialImport:
    """Import every file that can be read and list the others with their error, so that one
    bad upload does not hide the good ones (the dashboard shows both). ``label`` and
    ``date_order`` as for ``import_responses``."""
    outcome = PartialImport(None)
    results = []
    for (origin, path), name, seen in _with_names([(Path(p), Path(p)) for p in paths]):
        try:
            results.append(import_file(path, instrument, mapping, _label_for(label, origin),
                                       max_bytes, seen, date_order, name))
        except BelongingLabError as error:
            outcome.failures.append((name, error))
    if results:
        outcome.result = _combined(results, instrument, _order_given(label))
    return outcome


def nothing_imported(report: ImportReport | None) -> BelongingLabError:
    """The error for files that were read but gave no response at all, with the reason most
    rows were set aside for."""
    rows = report.rejected_rows if report else []
    reasons = Counter(rejection.reason for rejection in rows)
    reason = message(reasons.most_common(1)[0][0]) if reasons else "-"
    files = names_list(source.file for source in report.sources) if report else "-"
    return BelongingLabError("cohort.nothing_imported", files=files,
                             rows=sum(s.rows_read for s in report.sources) if report else 0,
                             reason=reason.split(";")[0])


def _with_names(files: list[tuple[Path, Path]]
                ) -> Iterator[tuple[tuple[Path, Path], str, set[str]]]:
    """Each (source, file) with the name it is shown under and a set that collects the
    response ids imported so far (shared by all files)."""
    seen: set[str] = set()
    for pair, name in zip(files, display_names([p.name for _, p in files]), strict=True):
        yield pair, name, seen


def display_names(names: Iterable[str]) -> list[str]:
    """File names to show: a repeated name gets " (2)", " (3)" and so on, so that two exports
    both called "responses.csv" stay apart (in the report, and in their response ids)."""
    used: dict[str, int] = {}
    shown = []
    for name in names:
        used[name] = used.get(name, 0) + 1
        shown.append(name if used[name] == 1 else f"{name} ({used[name]})")
    return shown


def _combined(results: list[ImportResult], instrument: Instrument, order: tuple[str, ...]
              ) -> ImportResult:
    report = ImportReport()
    for result in results:
        report.extend(result.report)
    found = tuple(dict.fromkeys(m for result in results for m in result.moment_order))
    frame = _ordered(pd.concat([result.frame for result in results], ignore_index=True),
                     instrument)
    return ImportResult(frame, report, order or found)


def _order_given(label: str | Mapping[str | Path, str] | None) -> tuple[str, ...]:
    if label is None or isinstance(label, str):
        return ()
    return tuple(dict.fromkeys(label.values()))


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
        raise BelongingLabError("cohort.no_files", sources=names_list(map(str, sources)))
    return files


def import_file(path: str | Path, instrument: Instrument, mapping: ColumnMapping | None = None,
                label: str | None = None, max_bytes: int = MAX_BYTES,
                seen: set[str] | None = None, date_order: str | None = None,
                name: str | None = None) -> ImportResult:
    """Import one file of any supported format, shown as ``name`` (default: its own name);
    ids in ``seen`` were imported before, and this file's ids are added to it."""
    decoded = read_text(Path(path), max_bytes, name)
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
                                    columns=names_list(records.rows[0]))
        layout = importer.layout_csv(decoded, records, instrument)
    if decoded.encoding == "cp1252":
        layout.notes = (*layout.notes, "cohort.note_cp1252")
    if layout.delimiter not in (None, ","):
        layout.notes = (*layout.notes, "cohort.note_delimiter")
    seen = set() if seen is None else seen
    result = build(layout, instrument, mapping, label, seen, date_order)
    seen.update(result.frame["response_id"])
    return result


def _ordered(frame: pd.DataFrame, instrument: Instrument) -> pd.DataFrame:
    """Fields first, then grouping columns, then items, whatever order the files had."""
    leading = ["response_id", "timestamp", "label", "code", "group"]
    items = list(instrument.item_ids)
    groups = [c for c in frame.columns if c not in leading and c not in items]
    return frame[[*leading, *groups, *items]]
