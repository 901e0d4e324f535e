"""Validated content becomes typed, read-only objects built from the model's type hints."""

from dataclasses import FrozenInstanceError

import pytest

from widgets.content import FILES_DIR, load, load_path
from widgets.content.models.circles import Circles
from widgets.content.models.crisis_resources import Resource
from widgets.content.models.instrument import Scale
from widgets.content.models.scenarios import Deck
from widgets.content.models.suggestions import Audience, Suggestions
from widgets.content.typed import build
from widgets.errors import ContentError

AUDIENCE = {"id": "students", "heading": "For students", "suggestions": ["Ask early."]}


def test_nested_entries_become_dataclasses_in_a_tuple():
    suggestions = build(Suggestions, {"attribution": "Us", "audiences": [AUDIENCE]}, "x.yaml")
    assert suggestions.audiences == (Audience("students", "For students", ("Ask early.",)),)


def test_mapping_keys_take_the_models_key_type():
    scale = build(Scale, {"min": 1, "max": 5, "labels": {"1": "low", "5": "high"}}, "x.yaml")
    assert scale.labels == {1: "low", 5: "high"}


def test_an_optional_entry_left_out_takes_its_default():
    entry = {"name": "A line", "contact": "988", "description": "Any hour."}
    assert build(Resource, entry, "x.yaml").url is None


def test_a_field_can_read_a_key_of_another_name():
    deck = {"labels": {}, "roles": {"student": "Student"}, "verdicts": {}, "scenarios": []}
    assert build(Deck, deck, "x.yaml").role_names == {"student": "Student"}


def test_a_missing_key_is_a_content_error_naming_the_entry():
    with pytest.raises(ContentError, match=r"x\.yaml has a problem at audiences\[0\]"):
        build(Suggestions, {"attribution": "Us", "audiences": [{"id": "students"}]}, "x.yaml")


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
