"""Content loading: YAML files that learners read, each validated against a JSON Schema and
made into a typed, read-only object.

``load(Circles)`` reads ``files/circles.yaml`` (the model's ``FILE``), validates it against
``schemas/circles.schema.json`` and builds the ``Circles`` dataclass from it
(:mod:`widgets.content.typed`); ``load_path(path, Circles)`` does the same for an institution's
own copy. A model may define ``check(file_name)`` for what a schema cannot say (an id declared
twice, a pair missing). A broken file raises :class:`widgets.errors.ContentError` naming the
file, the entry and the problem. Content models live in :mod:`widgets.content.models`.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import jsonschema
import yaml
from referencing import Registry, Resource

from widgets.content.typed import build, entry_name
from widgets.errors import ContentError

T = TypeVar("T")

CONTENT_DIR = Path(__file__).parent
FILES_DIR = CONTENT_DIR / "files"
SCHEMAS_DIR = CONTENT_DIR / "schemas"


def load(model: type[T]) -> T:
    """The bundled content file of ``model`` (``files/<model.FILE>.yaml``) as a typed object."""
    return load_path(FILES_DIR / f"{model.FILE}.yaml", model)


def load_path(path: str | Path, model: type[T]) -> T:
    """A content file anywhere on disk (an institution's own copy) as a ``model`` object."""
    path = Path(path)
    data = read_yaml(path)
    if "schema" not in data:
        raise ContentError("content.no_schema", file=path.name)
    validate(data, model.FILE, path.name)
    content = build(model, data, path.name)
    check = getattr(content, "check", None)
    if check is not None:
        check(path.name)
    return content


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


@cache
def shared_definitions() -> Registry:
    """The schemas other schemas refer to (``common.schema.json#/$defs/text``)."""
    return Registry().with_resource("common.schema.json",
                                    Resource.from_contents(schema("common")))


def validate(data: Any, schema_name: str, file_name: str) -> None:
    """Raise ContentError for the first schema violation, naming the entry that breaks it."""
    validator = jsonschema.Draft202012Validator(schema(schema_name),
                                                registry=shared_definitions())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        raise ContentError(
            "content.invalid",
            file=file_name,
            entry=entry_name(error.absolute_path),
            problem=error.message,
        )
