"""The learner's path panel, the completion record and ``belonging-lab completions``: their
texts (``path.yaml``). The panel's script gets the panel's and the record's (:meth:`for_page`)."""

from __future__ import annotations

from typing import Any

from widgets.content.models import Texts, content_file


@content_file("path")
class PathTexts:
    """The panel's texts, the completion record's and those of the completions command."""

    panel: Texts
    record: Texts
    completions: Texts

    def for_page(self) -> dict[str, Any]:
        """The texts the path panel (``static/path.js``) reads: the panel's, and the record's
        under ``record``."""
        return {**self.panel, "record": self.record}
