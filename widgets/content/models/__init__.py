"""Typed content: one module per content file, each holding the frozen dataclasses that
:func:`widgets.content.load` builds from it. The file's model is declared with
``@content_file("<name>")``, which records the name in ``FILE``; its fields are named like the
file's keys, and the entries inside it are plain frozen dataclasses. Groups of labels stay
``Texts`` (a label's key is written once, in the file, and its schema's ``required`` list). A
model's ``check`` refuses what a schema cannot (an id given twice, a pair missing) with
:func:`refuse`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn, TypeVar, dataclass_transform

from widgets.content.messages import message
from widgets.errors import ContentError

Texts = dict[str, str]
T = TypeVar("T")


@dataclass_transform(frozen_default=True)
def content_file(name: str) -> Callable[[type[T]], type[T]]:
    """Declare the read-only model of content file ``name``: :func:`widgets.content.load` reads
    ``files/<name>.yaml`` into it after ``schemas/<name>.schema.json`` has validated it."""

    def declare(model: type[T]) -> type[T]:
        model.FILE = name  # type: ignore[attr-defined]
        return dataclass(frozen=True)(model)

    return declare


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
