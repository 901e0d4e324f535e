"""Messages of the development tools (the benchmark and the Voila/Chromium harness), kept beside
them in ``tests/messages/<area>.yaml`` so that the learners' package carries none of them.

They are looked up as the package's are (``message("bench.written", path=...)``), and
``DevelopmentError`` is a ``BelongingLabError`` whose text comes from here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from widgets.errors import BelongingLabError

MESSAGES_DIR = Path(__file__).parent / "messages"


@cache
def area(name: str) -> dict[str, str]:
    """The messages of one area, from ``messages/<name>.yaml``."""
    return yaml.safe_load((MESSAGES_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


def message(key: str, **values: Any) -> str:
    """The message for ``key`` (``<area>.<name>``) with ``values`` filled in."""
    name, _, entry = key.partition(".")
    return area(name)[entry].format(**values)


class DevelopmentError(BelongingLabError):
    """An error of the benchmark or the harness: printed as a short message, never a traceback."""

    def __str__(self) -> str:
        return message(self.key, **self.values)
