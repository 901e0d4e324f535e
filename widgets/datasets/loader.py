"""Reading a sample dataset back as a pandas DataFrame, checked against its table schema.

``load("clerkship_cohort")`` reads ``datasets/clerkship_cohort.csv``; ``data_dir`` points at
another folder holding files of the same names (for instance a 100,000-row benchmark set made
with ``belonging-lab datasets generate``). Every problem, from a missing file to one bad
cell, raises :class:`widgets.errors.BelongingLabError` with a message naming the file and,
where there is one, the row and the column.

The checks run on whole columns with pandas against the schema in ``datapackage.json``
rather than through the frictionless library, which checks cell by cell: see
``widgets.datasets.table_schema``. The tests validate the committed package with frictionless
too, so both readings of the schema agree.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pandas as pd

from widgets.datasets.package import resource
from widgets.datasets.table_schema import check_header, typed_table
from widgets.errors import BelongingLabError
from widgets.paths import DATASETS_DIR

BYTE_ORDER_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE,
                    codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def load(name: str, data_dir: str | Path | None = None) -> pd.DataFrame:
    """The dataset ``name`` with typed columns, or a BelongingLabError naming its first problem."""
    spec = resource(name)
    folder = Path(data_dir) if data_dir is not None else DATASETS_DIR
    path = folder / spec["path"]
    records = read_records(read_text(path, folder), path.name)
    header, rows = records[0], records[1:]
    check_header(header, spec["schema"], path.name)
    cells = pd.DataFrame(rows, columns=header, index=range(2, len(rows) + 2), dtype="str")
    return typed_table(cells, spec["schema"], path.name)


def read_text(path: Path, folder: Path) -> str:
    """The file's text: UTF-8 without a byte-order mark, and not empty."""
    try:
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        raise BelongingLabError("datasets.missing_file", file=str(path),
                                folder=str(folder)) from None
    except OSError as error:
        raise BelongingLabError("datasets.unreadable_file", file=path.name,
                                problem=error.strerror) from None
    if data.startswith(BYTE_ORDER_MARKS):
        raise BelongingLabError("datasets.byte_order_mark", file=path.name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        row = data[: error.start].count(b"\n") + 1
        raise BelongingLabError("datasets.not_utf8", file=path.name, row=row) from None
    if not text.strip():
        raise BelongingLabError("datasets.empty_file", file=path.name)
    return text


def read_records(text: str, file: str) -> list[list[str]]:
    """The CSV records, every one as long as the header; blank lines are skipped."""
    try:
        records = [record for record in csv.reader(io.StringIO(text, newline="")) if record]
    except csv.Error as error:
        raise BelongingLabError("datasets.not_csv", file=file, problem=str(error)) from None
    width = len(records[0])
    for number, record in enumerate(records[1:], start=2):
        if len(record) != width:
            raise BelongingLabError("datasets.wrong_length", file=file, row=number,
                                    found=len(record), expected=width)
    return records
