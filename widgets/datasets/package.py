"""The Frictionless Data Package descriptor of the sample datasets, ``datasets/datapackage.json``.

The descriptor is the one statement of each dataset's columns, types and allowed values: the
loader checks files against it and the README documents it.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from widgets.errors import BelongingLabError
from widgets.paths import DATASETS_DIR

DESCRIPTOR_PATH = DATASETS_DIR / "datapackage.json"


@cache
def descriptor() -> dict[str, Any]:
    """The parsed ``datapackage.json``."""
    return json.loads(DESCRIPTOR_PATH.read_text(encoding="utf-8"))


def dataset_names() -> list[str]:
    """The names of the sample datasets, in the descriptor's order."""
    return [resource["name"] for resource in descriptor()["resources"]]


def resource(name: str) -> dict[str, Any]:
    """The descriptor of one dataset (its path, title and table schema)."""
    for entry in descriptor()["resources"]:
        if entry["name"] == name:
            return entry
    raise BelongingLabError(
        "datasets.unknown_dataset", name=name, names=", ".join(dataset_names())
    )
