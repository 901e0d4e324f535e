"""The learner's path panel, the completion record and ``belonging-lab completions``: their
texts (``path.yaml``). The panel's script gets all but the command's (:meth:`for_page`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, ClassVar

from widgets.content.models import Texts


@dataclass(frozen=True)
class PathTexts:
    FILE: ClassVar[str] = "path"

    heading: str
    privacy: str
    unavailable: str
    summary: str
    opened: str
    finished: str
    next: str
    next_label: str
    all_finished: str
    this_opened: str
    this_finished: str
    mark_done: str
    mark_not_done: str
    marked_done: str
    marked_not_done: str
    forget: str
    forgotten: str
    home: str
    record: Texts
    completions: Texts

    def for_page(self) -> dict[str, Any]:
        """The texts the path panel (``static/path.js``) reads, keyed as in the file."""
        return {key: value for key, value in asdict(self).items() if key != "completions"}
