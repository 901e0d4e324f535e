"""Reading an uploaded file into text and CSV records, with every failure a faculty-readable error.

Choices (the import report notes each one where it applied):
- size: a file over ``MAX_BYTES`` (50 MB, far more than any cohort: 100,000 responses take about
  16 MB) is refused with a message rather than streamed;
- encoding: UTF-8 with or without a byte-order mark, UTF-16 with a byte-order mark (Excel's
  "Unicode text"), else Windows-1252 (what Excel on Windows writes as "CSV"); the report notes
  when Windows-1252 was used. Anything else is refused;
- delimiter: comma, semicolon (Excel where the decimal mark is a comma) or tab, detected from the
  header row and read correctly; the report names the delimiter that was used.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from widgets.errors import BelongingLabError

MAX_BYTES = 50 * 1024 * 1024
DELIMITERS = (",", ";", "\t")
FALLBACK_ENCODING = "cp1252"


@dataclass(frozen=True)
class DecodedFile:
    """A file's text and the encoding it was read with."""

    name: str
    text: str
    encoding: str


@dataclass(frozen=True)
class CsvRecords:
    """A CSV file's non-blank records, each with its row number as a spreadsheet shows it."""

    rows: list[list[str]]
    numbers: list[int]
    delimiter: str


def read_text(path: Path, max_bytes: int = MAX_BYTES, name: str | None = None) -> DecodedFile:
    """The file's text, known as ``name`` (default: the file's own name); refuses files that
    are too large, empty, binary or in another encoding."""
    check_size(path, max_bytes)
    return decode(name or path.name, path.read_bytes())


def check_size(path: Path, max_bytes: int = MAX_BYTES) -> None:
    """Refuse a file over ``max_bytes`` (from its size alone, without reading it)."""
    size = path.stat().st_size
    if size > max_bytes:
        raise BelongingLabError(
            "cohort.too_large", file=path.name, size_mb=round(size / 2**20, 1),
            limit_mb=round(max_bytes / 2**20, 1),
        )


def decode(name: str, data: bytes) -> DecodedFile:
    """Decode bytes as described in the module docstring."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _checked(name, _decode_or_refuse(name, data, encoding), encoding)
    if b"\x00" in data:
        raise BelongingLabError("cohort.not_text", file=name)
    try:
        return _checked(name, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return _checked(name, _decode_or_refuse(name, data, FALLBACK_ENCODING), FALLBACK_ENCODING)


def _decode_or_refuse(name: str, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise BelongingLabError("cohort.not_text", file=name) from None


def _checked(name: str, text: str, encoding: str) -> DecodedFile:
    if not text.strip():
        raise BelongingLabError("cohort.empty", file=name)
    if "\x00" in text:
        raise BelongingLabError("cohort.not_text", file=name)
    return DecodedFile(name, text, encoding)


def sniff_delimiter(text: str) -> str:
    """The delimiter that occurs most often, outside quotes, in the first line."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "\r\n":
            break
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties go to the comma, listed first
    return best if counts[best] else ","


def csv_records(decoded: DecodedFile) -> CsvRecords:
    """The file's records; blank lines are skipped but still counted in the row numbers."""
    delimiter = sniff_delimiter(decoded.text)
    rows: list[list[str]] = []
    numbers: list[int] = []
    reader = csv.reader(io.StringIO(decoded.text, newline=""), delimiter=delimiter)
    try:
        for number, row in enumerate(reader, start=1):
            if any(cell.strip() for cell in row):
                rows.append(row)
                numbers.append(number)
    except csv.Error as error:
        raise BelongingLabError("cohort.not_csv", file=decoded.name, problem=str(error)) from None
    if not rows:
        raise BelongingLabError("cohort.empty", file=decoded.name)
    return CsvRecords(rows, numbers, delimiter)


def json_document(decoded: DecodedFile) -> Any:
    """The parsed JSON document."""
    try:
        return json.loads(decoded.text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise BelongingLabError("cohort.not_json", file=decoded.name, problem=str(error)) from None
