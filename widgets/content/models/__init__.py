"""Typed content: one module per content file, each holding the frozen dataclasses that
:func:`widgets.content.load` builds from it. A model names its file in ``FILE``; its fields are
named like the file's keys. Groups of labels stay ``Texts`` (a label's key is written once, in
the file, and its schema's ``required`` list). A model's ``check`` refuses what a schema cannot
(an id given twice, a pair missing) with :func:`refuse`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NoReturn

from widgets.content.messages import message
from widgets.errors import ContentError

Texts = dict[str, str]


@dataclass(frozen=True)
class Labelled:
    """An entry with an id and the label shown for it (a component, a setting, a group); models
    extend it with what else their entries hold."""

    id: str
    label: str


def refuse(file_name: str, entry: str, problem_key: str, **values: Any) -> NoReturn:
    """Raise the content error for a problem found beyond the schema, naming file and entry;
    ``problem_key`` is a message key of ``messages/modules.yaml``."""
    raise ContentError("content.invalid", file=file_name, entry=entry,
                       problem=message(f"modules.{problem_key}", **values))
