"""The self-assessment teaching items (``instrument.yaml``) as a typed, read-only object.

Faculty may write a version of their own (a copy with another ``id`` or ``version``) and load
it with ``load_path(path, Instrument)``; scoring, exports and survey definitions follow from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from widgets.content.models import Labelled, content_file
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
class Scale:
    """The answer scale: its ends and the label of every point."""

    min: int
    max: int
    labels: dict[int, str]


@dataclass(frozen=True)
class ComponentText(Labelled):
    """A component as the instrument names and describes it."""

    description: str


@content_file("instrument")
class Instrument:
    """An instrument version: its items, single items, scale and components in display order."""

    id: str
    version: str
    title: str
    notice: str
    scale: Scale
    component_texts: tuple[ComponentText, ...] = field(metadata={"key": "components"})
    items: tuple[Item, ...]
    single_items: tuple[SingleItem, ...]

    @property
    def scale_min(self) -> int:
        return self.scale.min

    @property
    def scale_max(self) -> int:
        return self.scale.max

    @property
    def scale_labels(self) -> dict[int, str]:
        return self.scale.labels

    @property
    def components(self) -> tuple[str, ...]:
        """The component ids in display order."""
        return tuple(c.id for c in self.component_texts)

    @property
    def component_labels(self) -> dict[str, str]:
        return {c.id: c.label for c in self.component_texts}

    @property
    def item_ids(self) -> tuple[str, ...]:
        """Every answerable id in order: the component items, then the single items."""
        return tuple(i.id for i in self.items) + tuple(s.id for s in self.single_items)

    def items_of(self, component: str) -> tuple[Item, ...]:
        """The items that make up one component."""
        return tuple(item for item in self.items if item.component == component)

    def check(self, file: str) -> None:
        """Rules a schema cannot express: unique ids, every component present with a reversed
        item."""
        ids = self.item_ids
        for item_id in ids:
            if ids.count(item_id) > 1:
                raise ContentError("assessment.duplicate_item", file=file, item=item_id)
        if sorted(self.components) != sorted(set(self.components)):
            raise ContentError("assessment.duplicate_component", file=file)
        for component in self.components:
            items = self.items_of(component)
            if len(items) < 4:
                raise ContentError("assessment.too_few_items", file=file, component=component)
            if not any(item.reverse for item in items):
                raise ContentError("assessment.no_reversed_item", file=file,
                                   component=component)
