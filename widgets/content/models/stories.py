"""Module 08's stories, the advice prompt and the texts of the downloaded advice
(``stories.yaml``, or a school's own stories in the same form)."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.content.models import Texts, content_file, refuse


@dataclass(frozen=True)
class Story:
    """One story: who tells it, where, where it comes from, and its paragraphs."""

    id: str
    narrator: str
    setting: str
    source: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class AdvicePrompt:
    """What the learner is asked to write, the hints beside it and the answer box's label."""

    heading: str
    prompt: str
    hints: tuple[str, ...]
    answer_label: str


@content_file("stories")
class Stories:
    """The stories under their heading and composite note, the advice prompt, its labels and
    the texts of the downloaded advice."""

    heading: str
    composite_note: str
    stories: tuple[Story, ...]
    advice: AdvicePrompt
    labels: Texts
    export: Texts

    def check(self, file_name: str) -> None:
        """Each story's id is its own (the page's headings are named by it)."""
        seen: set[str] = set()
        for number, story in enumerate(self.stories):
            if story.id in seen:
                refuse(file_name, f"stories[{number}].id", "stories_duplicate_id", id=story.id)
            seen.add(story.id)
