"""Validated content made into typed, read-only objects, by the type hints of a dataclass.

A content model is a frozen dataclass whose fields are named like the file's keys (a field may
name another key with ``field(metadata={"key": "..."})``). Nested dataclasses, ``tuple[X, ...]``,
``dict[K, V]``, ``X | None`` and plain values are built from the validated mapping, so no module
writes a ``from_mapping`` of its own. The schema has already checked the data; a key the model
needs and the file lacks is still reported as a :class:`ContentError`, never a ``TypeError``.
"""

from __future__ import annotations

import dataclasses
import types
from functools import cache
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from widgets.errors import ContentError

T = TypeVar("T")


def build(model: type[T], data: Any, file_name: str) -> T:
    """The ``model`` object that ``data`` (validated content of ``file_name``) describes."""
    return _convert(model, data, file_name, ())


def _convert(kind: Any, value: Any, file_name: str, path: tuple[str | int, ...]) -> Any:
    if dataclasses.is_dataclass(kind):
        return _dataclass(kind, value, file_name, path)
    origin = get_origin(kind)
    if origin is tuple:
        item = get_args(kind)[0]
        return tuple(_convert(item, v, file_name, (*path, i)) for i, v in enumerate(value))
    if origin is dict:
        key_kind, value_kind = get_args(kind)
        return {_convert(key_kind, k, file_name, path): _convert(value_kind, v, file_name,
                                                                 (*path, str(k)))
                for k, v in value.items()}
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        return _convert(next(a for a in get_args(kind) if a is not type(None)), value,
                        file_name, path)
    if origin is Literal or kind is Any:
        return value
    return kind(value)


def _dataclass(model: Any, value: Any, file_name: str, path: tuple[str | int, ...]) -> Any:
    values = {}
    for field in _fields(model):
        key = field.metadata.get("key", field.name)
        if key in value:
            values[field.name] = _convert(_hints(model)[field.name], value[key], file_name,
                                          (*path, key))
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            raise ContentError("content.missing_key", file=file_name, entry=entry_name(path),
                               name=key)
    return model(**values)


@cache
def _fields(model: Any) -> tuple[dataclasses.Field, ...]:
    return tuple(f for f in dataclasses.fields(model) if f.init)


@cache
def _hints(model: Any) -> dict[str, Any]:
    return get_type_hints(model)


def entry_name(path: Any) -> str:
    """Render a JSON path such as ``items[3].text`` for a message."""
    parts = []
    for part in path:
        parts.append(f"[{part}]" if isinstance(part, int) else f".{part}")
    return "".join(parts).lstrip(".") or "(top level)"
