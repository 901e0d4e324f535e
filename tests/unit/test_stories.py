"""Module 08: the stories, the advice saved on the learner's machine, and its downloads."""

import json
from datetime import datetime
from pathlib import Path

import pytest

from widgets.content import FILES_DIR, load
from widgets.content.models.stories import Stories
from widgets.errors import BelongingLabError, ContentError
from widgets.logic.advice import Advice, from_json, restore, save, to_html, to_markdown
from widgets.ui.stories import AdviceLetter, load_stories, stories_html

SCHOOL_FILE = Path(__file__).parents[1] / "fixtures" / "stories" / "school_stories.yaml"
TEXTS = load(Stories).export
HOSTILE = '<img src=x onerror="alert(1)"> [link](javascript:alert(1)) # heading'


def test_every_bundled_story_is_labelled_composite_and_fictional():
    for story in load(Stories).stories:
        assert "Composite and fictional" in story.source
    assert "composites" in stories_html(load(Stories))


def test_the_bundled_stories_come_from_clerkship_residency_and_a_laboratory():
    assert [s.id for s in load(Stories).stories] == ["clerkship", "residency", "laboratory"]


def test_a_schools_own_stories_replace_the_bundled_ones_and_are_escaped():
    text = stories_html(load_stories(SCHOOL_FILE))
    assert "A senior student at our school" in text
    assert "Amara" not in text
    assert "&lt;i&gt;(not italic)&lt;/i&gt;" in text


def test_two_stories_with_one_id_are_refused_with_a_message(tmp_path):
    text = (FILES_DIR / "stories.yaml").read_text(encoding="utf-8")
    copy = tmp_path / "ours.yaml"
    copy.write_text(text.replace("id: residency", "id: clerkship"), encoding="utf-8")
    with pytest.raises(ContentError, match="the story id 'clerkship' is used more than once"):
        load_stories(copy)


def test_advice_comes_back_as_it_was_saved(tmp_path):
    saved = save(Advice(HOSTILE), tmp_path, now=datetime(2026, 12, 1, 9, 30))
    assert restore(tmp_path) == saved == Advice(HOSTILE, "2026-12-01T09:30:00")


def test_nothing_saved_restores_nothing(tmp_path):
    assert restore(tmp_path) is None


def test_advice_that_is_not_text_is_refused():
    with pytest.raises(BelongingLabError):
        from_json(json.dumps({"format": "belonging-lab-advice/1", "advice": ["a"]}))


def test_the_markdown_download_shows_hostile_advice_as_typed():
    text = to_markdown(Advice(HOSTILE), "The question?", TEXTS, "2026-12-01")
    assert r'\<img src=x onerror="alert(1)"\> \[link\](javascript:alert(1)) \# heading' in text


def test_the_html_download_escapes_hostile_advice():
    text = to_html(Advice(HOSTILE), "The question?", TEXTS, "2026-12-01")
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in text
    assert "<img" not in text


def test_typing_saves_the_advice_in_the_learners_own_files(tmp_path):
    letter = AdviceLetter(state_dir=tmp_path)
    letter.answer.value = "It gets easier."
    assert restore(tmp_path).text == "It gets easier."
    assert "Saved in your own files" in letter.status.value


def test_with_autosave_off_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    letter = AdviceLetter(state_dir="")
    letter.answer.value = "It gets easier."
    assert list(tmp_path.iterdir()) == []
    assert "Autosave is off" in letter.status.value
