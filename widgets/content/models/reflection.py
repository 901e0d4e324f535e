"""Module 06's reflection prompts, the action-plan builder's labels and the exports' texts
(``reflection.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from widgets.content.models import Labelled, Texts


@dataclass(frozen=True)
class Prompt:
    id: str
    text: str


@dataclass(frozen=True)
class Reflection:
    FILE: ClassVar[str] = "reflection"

    attribution: str
    prompts: tuple[Prompt, ...]
    components: tuple[Labelled, ...]  # the components an action can be linked to
    labels: Texts
    export: Texts

    def component_labels(self) -> dict[str, str]:
        """Each component's label, keyed by its id."""
        return {component.id: component.label for component in self.components}
