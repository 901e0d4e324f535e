"""Content loading: YAML files that learners read, each validated against a JSON Schema.

``load("circles")`` reads ``files/circles.yaml`` and validates it against the schema named by
the file's ``schema`` key (or ``schemas/circles.schema.json`` when it names none). A broken
file raises :class:`widgets.errors.ContentError` naming the file, the entry and the problem.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from widgets.errors import ContentError

CONTENT_DIR = Path(__file__).parent
FILES_DIR = CONTENT_DIR / "files"
SCHEMAS_DIR = CONTENT_DIR / "schemas"


def load(name: str) -> dict[str, Any]:
    """Load and validate the bundled content file ``files/<name>.yaml``."""
    return load_path(FILES_DIR / f"{name}.yaml", default_schema=name)


def load_path(path: str | Path, default_schema: str | None = None) -> dict[str, Any]:
    """Load and validate a content file anywhere on disk (an institution's own copy)."""
    path = Path(path)
    data = read_yaml(path)
    schema_name = data.get("schema", default_schema)
    if not schema_name:
        raise ContentError("content.no_schema", file=path.name)
    validate(data, schema_name, path.name)
    return data


def read_yaml(path: Path) -> dict[str, Any]:
    """Read a YAML mapping, turning every failure into a ContentError."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError("content.missing", file=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError("content.unreadable", file=path.name, problem=str(exc)) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ContentError("content.not_yaml", file=path.name, problem=str(exc)) from None
    if not isinstance(data, dict):
        raise ContentError("content.not_mapping", file=path.name)
    return string_keys(data)


def string_keys(value: Any) -> Any:
    """``value`` with every mapping key as text, as JSON Schema expects: YAML reads an unquoted
    key such as ``1:`` (a scale point) or ``yes:`` as a number or a boolean."""
    if isinstance(value, dict):
        return {str(key): string_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [string_keys(item) for item in value]
    return value


@cache
def schema(name: str) -> dict[str, Any]:
    """The JSON Schema ``schemas/<name>.schema.json``."""
    return json.loads((SCHEMAS_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


def validate(data: Any, schema_name: str, file_name: str) -> None:
    """Raise ContentError for the first schema violation, naming the entry that breaks it."""
    validator = jsonschema.Draft202012Validator(schema(schema_name))
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        raise ContentError(
            "content.invalid",
            file=file_name,
            entry=entry_name(error.absolute_path),
            problem=error.message,
        )


def entry_name(path: Any) -> str:
    """Render a JSON path such as ``items[3].text`` for a message."""
    parts = []
    for part in path:
        parts.append(f"[{part}]" if isinstance(part, int) else f".{part}")
    return "".join(parts).lstrip(".") or "(top level)"
