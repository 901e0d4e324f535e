"""Module 06's reflection prompts, the action-plan builder's labels and the exports' texts
(``reflection.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.content.models import Labelled, Texts, content_file


@dataclass(frozen=True)
class Prompt:
    """A reflection question; its ``id`` keys the learner's answer in the saved plan."""

    id: str
    text: str


@content_file("reflection")
class Reflection:
    """The prompts and the components in the order the workbook shows them, its labels and
    the texts of the exported plan."""

    attribution: str
    prompts: tuple[Prompt, ...]
    components: tuple[Labelled, ...]  # the components an action can be linked to
    labels: Texts
    export: Texts

    def component_labels(self) -> dict[str, str]:
        """Each component's label, keyed by its id."""
        return {component.id: component.label for component in self.components}
