"""The catalogue of messages that errors and the app show, one YAML file per area.

A message stays short enough to read at a glance (at most ``MESSAGE_LIMIT`` characters): a value
taken from a file (a column's heading, a cell) is cut to ``VALUE_LIMIT`` characters with
``shorten``, and a list of names is given as at most ``NAMES_SHOWN`` names followed by "and N
more" (``names_list``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import yaml

MESSAGES_DIR = Path(__file__).parent / "messages"
MESSAGE_LIMIT = 300
VALUE_LIMIT = 60
NAME_LIMIT = 30
NAMES_SHOWN = 5


@cache
def catalogue() -> dict[str, str]:
    """Every message, keyed ``<area>.<name>`` where ``<area>`` is the file's stem."""
    messages: dict[str, str] = {}
    for path in sorted(MESSAGES_DIR.glob("*.yaml")):
        for name, text in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            messages[f"{path.stem}.{name}"] = text
    return messages


def message(key: str, **values: Any) -> str:
    """The message for ``key`` with ``values`` filled in; unknown keys fall back to the key."""
    template = catalogue().get(key)
    if template is None:
        details = ", ".join(f"{name}={value}" for name, value in values.items())
        return f"{key} ({details})" if details else key
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template


def shorten(text: str, limit: int = VALUE_LIMIT) -> str:
    """``text`` on one line, at most ``limit`` characters: a longer text keeps its start and its
    end (a file's name, a question's last words) around an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = (limit - 1) // 2
    return text[:head].rstrip() + "…" + text[len(text) - (limit - 1 - head):].lstrip()


def names_list(names: Iterable[str], empty: str = "-") -> str:
    """Names for a message: at most ``NAMES_SHOWN``, each cut short, then "and N more"."""
    names = [shorten(str(name), NAME_LIMIT) for name in names]
    if not names:
        return empty
    shown = ", ".join(names[:NAMES_SHOWN])
    rest = len(names) - NAMES_SHOWN
    if rest <= 0:
        return shown
    return catalogue()["content.and_more"].format(names=shown, count=rest)
