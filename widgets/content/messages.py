"""The catalogue of messages that errors and the app show, one YAML file per area."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

MESSAGES_DIR = Path(__file__).parent / "messages"


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
