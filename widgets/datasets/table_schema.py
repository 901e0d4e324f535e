"""Checking a table of text cells against a Frictionless table schema, and typing its columns.

This covers the part of the Table Schema specification that the sample datasets use: the
types string, integer, number, boolean and datetime; the constraints required, minimum,
maximum, enum and pattern; ``missingValues``; ``primaryKey``; and an exact header. It works on
whole columns with pandas, so a 100,000-row file is checked in well under a second, where the
frictionless library checks cell by cell.

Every problem names the file, the row (counted as a spreadsheet counts them: the header is row
1), the column and the value. When a file has several problems the first row's is reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from widgets.content.messages import message
from widgets.errors import BelongingLabError

INTEGER = r"[+-]?[0-9]+"
NUMBER = r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?"
DEFAULT_DATETIME = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in a table, sortable so that the first row's comes first."""

    row: int
    position: int  # the column's place in the schema, to order problems within a row
    key: str = field(compare=False)
    values: dict[str, Any] = field(compare=False)


def check_header(header: list[str], schema: dict[str, Any], file: str) -> None:
    """The header must name exactly the schema's fields, once each, in the schema's order."""
    names = [entry["name"] for entry in schema["fields"]]
    if len(header) == 1 and len(names) > 1 and any(mark in header[0] for mark in ";\t|"):
        raise BelongingLabError("datasets.not_comma_separated", file=file, header=header[0])
    repeated = [name for name in header if header.count(name) > 1]
    if repeated:
        raise BelongingLabError("datasets.duplicate_column", file=file, column=repeated[0])
    for name in names:
        if name not in header:
            raise BelongingLabError("datasets.missing_column", file=file, column=name)
    for name in header:
        if name not in names:
            raise BelongingLabError("datasets.unexpected_column", file=file, column=name)
    for position, (expected, found) in enumerate(zip(names, header, strict=True), start=1):
        if expected != found:
            raise BelongingLabError("datasets.column_order", file=file, position=position,
                                    expected=expected, found=found)


def typed_table(cells: pd.DataFrame, schema: dict[str, Any], file: str) -> pd.DataFrame:
    """The table with typed columns; raises for its first problem.

    ``cells`` holds the text of every cell, indexed by row number (the header being row 1).
    """
    missing_values = schema.get("missingValues", [""])
    columns, problems = {}, []
    for position, spec in enumerate(schema["fields"]):
        text = cells[spec["name"]]
        missing = text.isin(missing_values)
        columns[spec["name"]], found = typed_column(text, missing, spec)
        problems += [Problem(row, position, key, {"column": spec["name"], **values})
                     for row, key, values in found]
    table = pd.DataFrame(columns)
    problems += key_problems(table, schema.get("primaryKey", []))
    if problems:
        first = min(problems)
        raise BelongingLabError(first.key, file=file, row=first.row, **first.values)
    return table.reset_index(drop=True)


def typed_column(text: pd.Series, missing: pd.Series, spec: dict[str, Any]
                 ) -> tuple[pd.Series, list[tuple[int, str, dict[str, Any]]]]:
    """One column converted to its type, with the first row breaking each rule."""
    constraints = spec.get("constraints", {})
    typed, parsed = PARSERS[spec["type"]](text.where(~missing), spec)
    wrong = ~parsed & ~missing
    valid = parsed & ~missing
    checks = [
        (missing if constraints.get("required") else None, "datasets.missing_value", {}),
        (wrong, "datasets.wrong_type", {"expected": message(f"datasets.type_{spec['type']}")}),
        *constraint_checks(text, typed, valid, constraints, spec),
    ]
    found = []
    for mask, key, values in checks:
        row = first_row(mask)
        if row is not None:
            found.append((row, key, {"value": text[row], **values}))
    return typed, found


def constraint_checks(text: pd.Series, typed: pd.Series, valid: pd.Series,
                      constraints: dict[str, Any], spec: dict[str, Any]) -> list[tuple]:
    """(rows breaking the rule, message key, values) for enum, minimum/maximum and pattern."""
    checks = []
    if "enum" in constraints:
        allowed = constraints["enum"]
        checks.append((valid & ~typed.isin(allowed), "datasets.not_allowed",
                       {"allowed": ", ".join(str(value) for value in allowed)}))
    if "minimum" in constraints or "maximum" in constraints:
        low, high = constraints.get("minimum", -np.inf), constraints.get("maximum", np.inf)
        outside = valid & ((typed < low) | (typed > high)).fillna(False).astype(bool)
        checks.append((outside, "datasets.out_of_range", {"minimum": low, "maximum": high}))
    if "pattern" in constraints:
        unlike = valid & ~by_value(text, constraints["pattern"], str)[1]
        checks.append((unlike, "datasets.bad_form", {"description": spec.get("description", "")}))
    return checks


def first_row(mask: pd.Series | None) -> int | None:
    """The row number of the first True in ``mask``, or None."""
    if mask is None or not mask.any():
        return None
    return int(mask.index[mask.to_numpy().argmax()])


def key_problems(table: pd.DataFrame, primary_key: list[str]) -> list[Problem]:
    """A problem for the first row whose primary key repeats an earlier row's."""
    if not primary_key:
        return []
    keys = table[primary_key]
    repeated = keys.duplicated()
    row = first_row(repeated)
    if row is None:
        return []
    key = tuple(keys.loc[row])
    first = int(keys.index[(keys == keys.loc[row]).all(axis=1).to_numpy()][0])
    shown = ", ".join(str(part) for part in key)
    return [Problem(row, len(table.columns), "datasets.duplicate_key",
                    {"column": ", ".join(primary_key), "key_value": shown, "first_row": first})]


def by_value(text: pd.Series, pattern: str, convert: Callable[[str], Any]
             ) -> tuple[pd.Series, pd.Series]:
    """Typed values and whether each cell matched ``pattern``, working once per distinct value.

    Files repeat the same few values (scores, weeks, answers) many times, so matching and
    converting the distinct values and spreading them back is much faster than cell by cell.
    """
    codes, uniques = pd.factorize(text)
    uniques = np.asarray(uniques, dtype=object).tolist()
    regex = re.compile(pattern)
    matched = np.array([regex.fullmatch(value) is not None for value in uniques] + [False])
    values = [convert(value) if ok else None for value, ok in zip(uniques, matched, strict=False)]
    return pd.Series(np.array([*values, None], dtype=object)[codes], index=text.index), \
        pd.Series(matched[codes], index=text.index)


def parse_string(text: pd.Series, spec: dict[str, Any]) -> tuple[pd.Series, pd.Series]:
    return text, pd.Series(True, index=text.index)


def parse_integer(text: pd.Series, spec: dict[str, Any]) -> tuple[pd.Series, pd.Series]:
    values, parsed = by_value(text, INTEGER, int)
    typed = values.astype("Int64")
    if spec.get("constraints", {}).get("required") and not typed.isna().any():
        typed = typed.astype("int64")
    return typed, parsed


def parse_number(text: pd.Series, spec: dict[str, Any]) -> tuple[pd.Series, pd.Series]:
    values, parsed = by_value(text, NUMBER, float)
    return values.astype("float64"), parsed


def parse_boolean(text: pd.Series, spec: dict[str, Any]) -> tuple[pd.Series, pd.Series]:
    true_values = spec.get("trueValues", ["true", "True", "TRUE", "1"])
    false_values = spec.get("falseValues", ["false", "False", "FALSE", "0"])
    is_true, is_false = text.isin(true_values), text.isin(false_values)
    typed = pd.Series(pd.array(np.where(is_true, True, False), dtype="boolean"), index=text.index)
    typed[~(is_true | is_false)] = pd.NA
    if not typed.isna().any():
        typed = typed.astype(bool)
    return typed, is_true | is_false


def parse_datetime(text: pd.Series, spec: dict[str, Any]) -> tuple[pd.Series, pd.Series]:
    pattern = spec.get("format", "default")
    pattern = DEFAULT_DATETIME if pattern in ("default", "any") else pattern
    typed = pd.to_datetime(text, format=pattern, errors="coerce", utc=True)
    return typed, typed.notna()


PARSERS = {
    "string": parse_string,
    "integer": parse_integer,
    "number": parse_number,
    "boolean": parse_boolean,
    "datetime": parse_datetime,
}
