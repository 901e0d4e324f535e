"""Autosave shared by modules 03, 06 and 08: restore what was saved, set aside what cannot be
read."""

import pytest

from widgets.content import load
from widgets.content.models.instrument import Instrument
from widgets.errors import BelongingLabError
from widgets.logic import action_plan, advice, self_assessment
from widgets.logic.autosave import free_name, restore, save, state_file


def parse(text: str) -> str:
    if not text.startswith("{"):
        raise BelongingLabError("assessment.saved_unreadable", problem="not JSON")
    return text


def test_a_saved_document_is_read_back(tmp_path):
    path = save(tmp_path / "a.json", "{\"answer\": 4}")
    assert restore(path, parse, "assessment.saved_set_aside").startswith("{")


def test_nothing_saved_gives_none(tmp_path):
    assert restore(tmp_path / "none.json", parse, "assessment.saved_set_aside") is None


def test_an_unreadable_file_is_renamed_and_the_message_names_both(tmp_path):
    path = tmp_path / "a.json"
    path.write_text("garbage")
    with pytest.raises(BelongingLabError) as error:
        restore(path, parse, "assessment.saved_set_aside")
    assert str(path) in str(error.value) and "a.json.unreadable" in str(error.value)
    assert (tmp_path / "a.json.unreadable").read_text() == "garbage"


def test_a_file_that_is_not_utf8_is_set_aside_too(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(b"{\xff")
    with pytest.raises(BelongingLabError):
        restore(path, parse, "assessment.saved_set_aside")
    assert (tmp_path / "a.json.unreadable").read_bytes() == b"{\xff"


# Each module's keeping, with a save it cannot read and the name that save is set aside under.
UNREADABLE = [
    pytest.param(self_assessment.keeping(load(Instrument)), "{half a file",
                 "self_assessment.json.unreadable", id="self_assessment"),
    pytest.param(action_plan.KEEPING, "{not json", "reflection-plan.json.unreadable",
                 id="reflection"),
    pytest.param(advice.KEEPING, '{"format": "something else"}',
                 "stories-advice.json.unreadable", id="advice"),
]


@pytest.mark.parametrize(("keeping", "text", "aside"), UNREADABLE)
def test_each_modules_unreadable_save_is_set_aside_and_named(keeping, text, aside, tmp_path):
    keeping.state_path(tmp_path).write_text(text, encoding="utf-8")
    with pytest.raises(BelongingLabError, match="could not be read") as error:
        keeping.restore(tmp_path)
    assert aside in str(error.value)
    assert not keeping.state_path(tmp_path).exists()
    assert (tmp_path / aside).read_text() == text


def test_a_taken_name_gets_a_number(tmp_path):
    (tmp_path / "a.unreadable").write_text("")
    assert free_name(tmp_path / "a.unreadable").name == "a.unreadable-2"


def test_the_state_folder_expands_home(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert state_file("~/.belonging-lab/", "x.json") == tmp_path / ".belonging-lab" / "x.json"
