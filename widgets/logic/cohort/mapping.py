"""Which column of an export holds which item or field: found from headers, never guessed.

A column maps to an item when a mapping file says so, when its header is the item id, or when
its header or question text is the item's text once case, whitespace and punctuation are set
aside. A matrix question's column ("Block title - item text" in Qualtrics, "Grid title [item text]"
in Google Forms) matches through the part that names the item. A column named response_id,
timestamp, label, code or group (or headed by the code or group question of the suite's exported
survey definitions) holds that field. Every other column is reported as unmapped, unless the
tool's importer knows it as the tool's own metadata; ``group_columns`` decides which of those
may break the results down.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from widgets.content import load, load_path
from widgets.content.messages import shorten
from widgets.content.models.cohort_data import CohortData
from widgets.content.models.instrument import Instrument, Item, SingleItem
from widgets.content.models.mapping import ColumnMapping
from widgets.errors import BelongingLabError

FIELDS = ("response_id", "timestamp", "label", "code", "group")
_NOT_WORD = re.compile(r"[\W_]+")
_BRACKETED = re.compile(r"\[([^\[\]]+)\]\s*$")


@dataclass(frozen=True)
class ColumnPlan:
    """Where each item and field is in one file (column positions) and what was left over."""

    items: dict[str, int]
    fields: dict[str, int]
    groups: dict[str, int]
    ignored: list[str]
    unmapped: list[str]
    leftover: list[int] = field(default_factory=list)  # positions of the unmapped columns


def normalise(text: str) -> str:
    """Text with case, accents' composition, punctuation and runs of whitespace set aside."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())


def text_keys(text: str) -> set[str]:
    """The normalised forms under which a header or question text may name an item."""
    keys = {normalise(text)}
    if " - " in text:
        keys.add(normalise(text.rsplit(" - ", 1)[1]))
    bracketed = _BRACKETED.search(text)
    if bracketed:
        keys.add(normalise(bracketed.group(1)))
    return keys - {""}


def load_mapping(path: str | Path, instrument: Instrument) -> ColumnMapping:
    """Read a mapping file (schema ``mapping``) and check it against the instrument."""
    path = Path(path)
    mapping = load_path(path, ColumnMapping)
    wanted = mapping.instrument
    if wanted is not None and wanted != instrument.id:
        raise BelongingLabError(
            "cohort.mapping_other_instrument", file=path.name, found=wanted, expected=instrument.id
        )
    targets = set(instrument.item_ids) | set(FIELDS)
    for column, target in mapping.columns.items():
        if target not in targets:
            raise BelongingLabError(
                "cohort.mapping_unknown_target", file=path.name, column=column, target=target
            )
    for column, name in mapping.groups.items():
        if name in targets:
            raise BelongingLabError(
                "cohort.mapping_group_name_taken", file=path.name, column=column, name=name
            )
    return mapping


def plan_columns(
    file: str,
    headers: Sequence[str],
    texts: Sequence[str],
    instrument: Instrument,
    mapping: ColumnMapping | None = None,
    known_fields: dict[str, str] | None = None,
    ignored: frozenset[str] = frozenset(),
) -> ColumnPlan:
    """Assign every column to an item, a field, a grouping column, the ignored or the unmapped.

    ``texts`` holds each column's question text where the export has one (else the header);
    ``known_fields`` and ``ignored`` are the tool's own metadata columns, known by header.
    """
    mapping = mapping or ColumnMapping()
    by_id = {item_id.casefold(): item_id for item_id in instrument.item_ids}
    by_text = {normalise(item.text): item.id for item in _all_items(instrument)}
    by_field = field_names()
    items: dict[str, int] = {}
    fields: dict[str, int] = {}
    groups: dict[str, int] = {}
    plan = ColumnPlan(items, fields, groups, [], [])
    for index, (header, text) in enumerate(zip(headers, texts, strict=True)):
        target = _mapped(mapping.columns, header, text) or (known_fields or {}).get(header)
        group = _mapped(mapping.groups, header, text)
        if group:
            _place(file, groups, group, index, headers)
        elif target:
            _place(file, items if target in by_id.values() else fields, target, index, headers)
        elif header in ignored:
            plan.ignored.append(header)
        elif normalise(header) in by_field:
            _place(file, fields, by_field[normalise(header)], index, headers)
        elif header.strip().casefold() in by_id:
            _place(file, items, by_id[header.strip().casefold()], index, headers)
        elif found := _by_text(by_text, header, text):
            _place(file, items, found, index, headers)
        else:
            plan.unmapped.append(header)
            plan.leftover.append(index)
    return plan


def field_names() -> dict[str, str]:
    """Normalised headers that name a field: the field's own name, or the label that the
    suite's exported survey definitions give the code and group questions."""
    names = {normalise(name): name for name in FIELDS}
    survey = load(CohortData).survey
    names.update({normalise(survey.field_label(name)): name for name in ("code", "group")})
    return names


def _all_items(instrument: Instrument) -> tuple[Item | SingleItem, ...]:
    return (*instrument.items, *instrument.single_items)


def _mapped(table: dict[str, str], header: str, text: str) -> str | None:
    return table.get(header) or table.get(header.strip()) or table.get(text)


def _by_text(by_text: dict[str, str], header: str, text: str) -> str | None:
    for key in sorted(text_keys(header) | text_keys(text)):
        if key in by_text:
            return by_text[key]
    return None


def _place(file: str, table: dict[str, int], target: str, index: int, headers: Sequence[str]
           ) -> None:
    if target in table:
        raise BelongingLabError(
            "cohort.column_twice", file=file, target=target,
            first=shorten(headers[table[target]]), second=shorten(headers[index]),
        )
    table[target] = index
