"""The self-assessment teaching items as a typed, read-only object.

The bundled version lives in ``content/files/instrument.yaml``; faculty may write a version of
their own (a copy with another ``id`` or ``version``) and load it with ``load_instrument(path)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from widgets import content
from widgets.errors import ContentError


@dataclass(frozen=True)
class Item:
    """One agreement item, scored towards a component (reversed when negatively worded)."""

    id: str
    component: str
    text: str
    reverse: bool


@dataclass(frozen=True)
class SingleItem:
    """A single item on belonging to one setting; shown on its own, never in a component mean."""

    id: str
    text: str


@dataclass(frozen=True)
class Instrument:
    """An instrument version: its items, single items, scale and components in display order."""

    id: str
    version: str
    title: str
    notice: str
    scale_min: int
    scale_max: int
    scale_labels: dict[int, str]
    components: tuple[str, ...]
    component_labels: dict[str, str]
    component_descriptions: dict[str, str]
    items: tuple[Item, ...]
    single_items: tuple[SingleItem, ...]

    @property
    def item_ids(self) -> tuple[str, ...]:
        """Every answerable id in order: the component items, then the single items."""
        return tuple(i.id for i in self.items) + tuple(s.id for s in self.single_items)

    def items_of(self, component: str) -> tuple[Item, ...]:
        """The items that make up one component."""
        return tuple(item for item in self.items if item.component == component)


def load_instrument(path: str | Path | None = None) -> Instrument:
    """Load the bundled instrument, or a faculty-written version at ``path``."""
    data = content.load("instrument") if path is None else content.load_path(path, "instrument")
    instrument = from_mapping(data)
    check(instrument, Path(path).name if path else "instrument.yaml")
    return instrument


def from_mapping(data: dict[str, Any]) -> Instrument:
    """Build an Instrument from validated content."""
    components = data["components"]
    return Instrument(
        id=data["id"],
        version=str(data["version"]),
        title=data["title"],
        notice=data["notice"],
        scale_min=data["scale"]["min"],
        scale_max=data["scale"]["max"],
        scale_labels={int(k): v for k, v in data["scale"]["labels"].items()},
        components=tuple(c["id"] for c in components),
        component_labels={c["id"]: c["label"] for c in components},
        component_descriptions={c["id"]: c["description"] for c in components},
        items=tuple(Item(**item) for item in data["items"]),
        single_items=tuple(SingleItem(**item) for item in data["single_items"]),
    )


def check(instrument: Instrument, file: str) -> None:
    """Rules a schema cannot express: unique ids, every component present with a reversed item."""
    ids = instrument.item_ids
    for item_id in ids:
        if ids.count(item_id) > 1:
            raise ContentError("assessment.duplicate_item", file=file, item=item_id)
    if sorted(instrument.components) != sorted(set(instrument.components)):
        raise ContentError("assessment.duplicate_component", file=file)
    for component in instrument.components:
        items = instrument.items_of(component)
        if len(items) < 4:
            raise ContentError("assessment.too_few_items", file=file, component=component)
        if not any(item.reverse for item in items):
            raise ContentError("assessment.no_reversed_item", file=file, component=component)
