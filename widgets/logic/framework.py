"""Module 02's explorer content: the four components of belonging (Allen et al., 2021) in each
setting, read from ``framework.yaml`` and checked for completeness.

The schema checks each entry; this module checks what a schema cannot: that every component
is described in every context exactly once and that every context is declared.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from widgets.content import FILES_DIR, read_yaml, validate
from widgets.content.messages import message
from widgets.errors import ContentError

SCHEMA = "framework"


@dataclass(frozen=True)
class Component:
    """One of the four components, with its general description."""

    id: str
    label: str
    summary: str


@dataclass(frozen=True)
class Context:
    """A setting in which the components are shown, such as clinical teams."""

    id: str
    label: str


@dataclass(frozen=True)
class Pair:
    """What one component looks like in one context."""

    component: str
    context: str
    definition: str
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Framework:
    """The explorer's content: labels, components and contexts in order, and every pair."""

    labels: dict[str, str]
    components: tuple[Component, ...]
    contexts: tuple[Context, ...]
    pairs: dict[tuple[str, str], Pair]

    def component(self, component_id: str) -> Component:
        return next(c for c in self.components if c.id == component_id)

    def context(self, context_id: str) -> Context:
        return next(c for c in self.contexts if c.id == context_id)

    def pair(self, component_id: str, context_id: str) -> Pair:
        return self.pairs[(component_id, context_id)]

    def component_labels(self) -> dict[str, str]:
        """Component ids mapped to their labels, in the framework's order."""
        return {c.id: c.label for c in self.components}


def load_framework(path: str | Path | None = None) -> Framework:
    """Read and check ``framework.yaml`` (or a copy at ``path``)."""
    path = Path(path) if path else FILES_DIR / f"{SCHEMA}.yaml"
    data = read_yaml(path)
    validate(data, SCHEMA, path.name)
    check_complete(data, path.name)
    return Framework(
        labels=dict(data["labels"]),
        components=tuple(Component(**c) for c in data["components"]),
        contexts=tuple(Context(**c) for c in data["contexts"]),
        pairs={
            (p["component"], p["context"]): Pair(
                p["component"], p["context"], p["definition"], tuple(p["examples"])
            )
            for p in data["pairs"]
        },
    )


def check_complete(data: dict[str, Any], file_name: str) -> None:
    """Every component once, every pair once, no undeclared context."""
    component_ids = [c["id"] for c in data["components"]]
    for index, component_id in enumerate(component_ids):
        if component_ids.index(component_id) != index:
            broken(file_name, f"components[{index}].id",
                   "integrative_framework_duplicate_component", component=component_id)
    context_ids = [c["id"] for c in data["contexts"]]
    seen: set[tuple[str, str]] = set()
    for index, pair in enumerate(data["pairs"]):
        key = (pair["component"], pair["context"])
        if pair["context"] not in context_ids:
            broken(file_name, f"pairs[{index}].context", "integrative_framework_unknown_context",
                   context=pair["context"], known=", ".join(context_ids))
        if key in seen:
            broken(file_name, f"pairs[{index}]", "integrative_framework_duplicate_pair",
                   component=key[0], context=key[1])
        seen.add(key)
    for component_id in component_ids:
        for context_id in context_ids:
            if (component_id, context_id) not in seen:
                broken(file_name, "pairs", "integrative_framework_missing_pair",
                       component=component_id, context=context_id)


def broken(file_name: str, entry: str, problem_key: str, **values: Any) -> None:
    """Raise the content error for a problem found beyond the schema."""
    raise ContentError("content.invalid", file=file_name, entry=entry,
                       problem=message(f"modules.{problem_key}", **values))
