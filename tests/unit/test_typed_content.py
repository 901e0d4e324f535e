"""Validated content becomes typed, read-only objects built from the model's type hints."""

from dataclasses import FrozenInstanceError, dataclass, field

import pytest

from widgets.content import FILES_DIR, load, load_path
from widgets.content.models.circles import Circles
from widgets.content.typed import build
from widgets.errors import ContentError


@dataclass(frozen=True)
class Point:
    label: str
    value: float


@dataclass(frozen=True)
class Example:
    points: tuple[Point, ...]
    scale: dict[int, str]
    note: str | None = None
    renamed: str = field(default="", metadata={"key": "in"})


def test_nested_entries_become_dataclasses_in_a_tuple():
    example = build(Example, {"points": [{"label": "a", "value": 1}], "scale": {}}, "x.yaml")
    assert example.points == (Point("a", 1.0),)


def test_mapping_keys_take_the_models_key_type():
    example = build(Example, {"points": [], "scale": {"1": "low", "5": "high"}}, "x.yaml")
    assert example.scale == {1: "low", 5: "high"}


def test_an_optional_entry_left_out_takes_its_default():
    assert build(Example, {"points": [], "scale": {}}, "x.yaml").note is None


def test_a_field_can_read_a_key_that_is_not_a_python_name():
    assert build(Example, {"points": [], "scale": {}, "in": "yes"}, "x.yaml").renamed == "yes"


def test_a_missing_key_is_a_content_error_naming_the_entry():
    with pytest.raises(ContentError, match=r"x\.yaml has a problem at points\[0\]"):
        build(Example, {"points": [{"label": "a"}], "scale": {}}, "x.yaml")


def test_a_loaded_model_is_read_only():
    circles = load(Circles)
    with pytest.raises(FrozenInstanceError):
        circles.labels = {}


def test_an_institutions_copy_loads_into_the_same_model(tmp_path):
    copy = tmp_path / "our_circles.yaml"
    copy.write_text((FILES_DIR / "circles.yaml").read_text().replace("disruption: 0.3",
                                                                     "disruption: 0.5"))
    assert 0.5 in [t.disruption for t in load_path(copy, Circles).transitions]


def test_a_copy_written_for_another_file_is_refused(tmp_path):
    copy = tmp_path / "circles.yaml"
    copy.write_text((FILES_DIR / "ui.yaml").read_text())
    with pytest.raises(ContentError, match=r"circles\.yaml has a problem"):
        load_path(copy, Circles)
