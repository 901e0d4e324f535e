"""Module 04's own suggestions for residents and students (``suggestions.yaml``), labelled as
Belonging Lab's and not the blog post author's."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.content.models import content_file


@dataclass(frozen=True)
class Audience:
    """The suggestions for one audience (residents, students) under their heading."""

    id: str
    heading: str
    suggestions: tuple[str, ...]


@content_file("suggestions")
class Suggestions:
    """Who wrote the suggestions, and the suggestions for each audience."""

    attribution: str
    audiences: tuple[Audience, ...]
