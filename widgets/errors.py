"""The package's own error type.

Messages are written for a learner or a faculty member and live in content files
(``widgets/content/messages/<area>.yaml``), so that they can be adapted or translated without
code. An error is raised with a key such as ``"datasets.wrong_type"`` and the values that the
message template names.
"""

from __future__ import annotations

from typing import Any


class BelongingLabError(Exception):
    """An error that the app or the command line shows as a short message."""

    def __init__(self, key: str, **values: Any) -> None:
        self.key = key
        self.values = values
        super().__init__(key)

    def __str__(self) -> str:
        from widgets.content.messages import message

        return message(self.key, **self.values)


class ContentError(BelongingLabError):
    """A content file (YAML/JSON) is missing, unreadable or does not match its schema."""
