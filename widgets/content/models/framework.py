"""Module 02's explorer content (``framework.yaml``): the four components of belonging
(Allen et al., 2021) in each setting, checked for completeness.

The schema checks each entry; ``Framework.check`` checks what a schema cannot: that every
component is described in every context exactly once and that every context is declared.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.content.models import Labelled, Texts, content_file, refuse

Context = Labelled  # a setting in which the components are shown, such as clinical teams


@dataclass(frozen=True)
class Component(Labelled):
    """One of the four components, with its general description."""

    summary: str


@dataclass(frozen=True)
class Pair:
    """What one component looks like in one context."""

    component: str
    context: str
    definition: str
    examples: tuple[str, ...]


@content_file("framework")
class Framework:
    """The explorer's content: labels, components and contexts in order, and every pair."""

    labels: Texts
    components: tuple[Component, ...]
    contexts: tuple[Context, ...]
    pairs: tuple[Pair, ...]

    def component(self, component_id: str) -> Component:
        return next(c for c in self.components if c.id == component_id)

    def context(self, context_id: str) -> Context:
        return next(c for c in self.contexts if c.id == context_id)

    def pair(self, component_id: str, context_id: str) -> Pair:
        return next(p for p in self.pairs
                    if (p.component, p.context) == (component_id, context_id))

    def component_labels(self) -> dict[str, str]:
        """Component ids mapped to their labels, in the framework's order."""
        return {c.id: c.label for c in self.components}

    def context_labels(self) -> dict[str, str]:
        """Context ids mapped to their labels, in the framework's order."""
        return {c.id: c.label for c in self.contexts}

    def check(self, file_name: str) -> None:
        """Every component once, every pair once, no undeclared context."""
        component_ids = [c.id for c in self.components]
        for index, component_id in enumerate(component_ids):
            if component_ids.index(component_id) != index:
                refuse(file_name, f"components[{index}].id",
                       "integrative_framework_duplicate_component", component=component_id)
        context_ids = [c.id for c in self.contexts]
        seen: set[tuple[str, str]] = set()
        for index, pair in enumerate(self.pairs):
            key = (pair.component, pair.context)
            if pair.context not in context_ids:
                refuse(file_name, f"pairs[{index}].context",
                       "integrative_framework_unknown_context",
                       context=pair.context, known=", ".join(context_ids))
            if key in seen:
                refuse(file_name, f"pairs[{index}]", "integrative_framework_duplicate_pair",
                       component=key[0], context=key[1])
            seen.add(key)
        for component_id in component_ids:
            for context_id in context_ids:
                if (component_id, context_id) not in seen:
                    refuse(file_name, "pairs", "integrative_framework_missing_pair",
                           component=component_id, context=context_id)
