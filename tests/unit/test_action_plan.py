"""Module 06: the reflection and action plan, its autosave and its exports."""

import base64
import re
from datetime import datetime

import mistune
import pytest

from widgets.content import load
from widgets.content.models.reflection import Reflection
from widgets.errors import BelongingLabError
from widgets.logic.action_plan import (
    Action,
    Plan,
    escape_markdown,
    export_name,
    restore,
    save,
    state_path,
    to_html,
    to_markdown,
)
from widgets.ui.reflection import ReflectionWorkbook

CONTENT = load(Reflection)
PROMPTS = CONTENT.prompts
COMPONENTS = CONTENT.component_labels()
TEXTS = CONTENT.export
SCRIPT = "<script>alert('x')</script>"
IMAGE = '<img src=x onerror="alert(1)">'
HOSTILE = Plan(
    reflections={"connection": f"{SCRIPT}\n{IMAGE}", "influence": "[click](javascript:alert(1))"},
    actions=(Action("perceptions", IMAGE, "# today", f"1. {SCRIPT}"),),
)


def export(function, plan=HOSTILE):
    return function(plan, CONTENT, "2026-11-23")


def downloaded(link_html: str) -> str:
    return base64.b64decode(re.search(r"base64,([^\"]+)", link_html).group(1)).decode("utf-8")


def test_there_are_three_reflection_prompts_with_an_attribution():
    assert [p.id for p in PROMPTS] == ["connection", "influence", "three_things"]
    assert "DEI Resource Highlight" in CONTENT.attribution


def test_a_saved_plan_is_restored_as_it_was(tmp_path):
    plan = Plan({"connection": "My lab"}, (Action("opportunities", "Invite", "Friday", "Sam"),))
    save(plan, tmp_path, now=datetime(2026, 11, 23, 14, 5))
    restored = restore(tmp_path)
    assert restored.reflections == plan.reflections
    assert restored.actions == plan.actions
    assert restored.saved_at == "2026-11-23T14:05:00"


def test_nothing_saved_restores_nothing(tmp_path):
    assert restore(tmp_path / "new") is None


def test_the_state_folder_expands_the_home_folder():
    assert "~" not in str(state_path("~/.belonging-lab/"))


def test_a_save_in_another_format_is_refused(tmp_path):
    state_path(tmp_path).write_text('{"format": "other/9"}', encoding="utf-8")
    with pytest.raises(BelongingLabError, match="expected form"):
        restore(tmp_path)


@pytest.mark.parametrize("hostile", [SCRIPT, IMAGE, "<iframe src=x>"])
def test_the_html_export_escapes_typed_markup(hostile):
    plan = Plan({"connection": hostile}, (Action("competencies", hostile, hostile, hostile),))
    page = export(to_html, plan)
    assert "<script" not in page and "<img" not in page and "<iframe" not in page
    assert "&lt;" in page


def test_the_html_export_allows_no_scripts_even_if_escaping_failed():
    assert "default-src 'none'" in export(to_html)


def test_the_markdown_export_renders_typed_markup_as_text():
    rendered = mistune.html(export(to_markdown))
    assert "<script" not in rendered
    assert "<img" not in rendered
    assert "<a " not in rendered
    assert "<h1>" in rendered and rendered.count("<h1>") == 1  # only the document's own title


def test_the_markdown_export_keeps_what_was_typed_readable():
    text = export(to_markdown)
    assert r"\<script\>alert('x')\</script\>" in text
    assert "onerror" in text


@pytest.mark.parametrize(("typed", "escaped"), [
    ("1. not a list", r"1\. not a list"),
    ("- not a bullet", r"\- not a bullet"),
    ("# not a heading", r"\# not a heading"),
    ("![no image](x.png)", r"\!\[no image\](x.png)"),
    ("    not code", "not code"),
    ("a & b", r"a \& b"),
])
def test_markdown_escaping_neutralises_markup(typed, escaped):
    assert escape_markdown(typed) == escaped


def test_both_exports_contain_the_answers_and_the_actions():
    plan = Plan({"three_things": "Ask Priya to lunch"},
                (Action("opportunities", "Share the promotion guide", "Monday", "New postdocs"),))
    for page in (export(to_markdown, plan), export(to_html, plan)):
        assert "Ask Priya to lunch" in page
        assert "Share the promotion guide" in page
        assert COMPONENTS["opportunities"].split(" (")[0] in page


def test_empty_action_rows_are_left_out_of_the_exports():
    page = export(to_markdown, Plan({}, (Action("competencies"),)))
    assert TEXTS["no_actions"].strip("()") in page


def test_the_export_is_named_with_the_date():
    assert export_name(TEXTS, "2026-11-23", "md") == "belonging-action-plan-2026-11-23.md"


def test_the_workbook_saves_after_each_change_and_restores_on_return(tmp_path):
    first = ReflectionWorkbook(tmp_path)
    first.answers["influence"].value = "Mentor one student"
    first.add.click()
    first.rows[1].action.value = "Run a lab orientation"
    again = ReflectionWorkbook(tmp_path)
    assert again.answers["influence"].value == "Mentor one student"
    assert [row.action.value for row in again.rows] == ["", "Run a lab orientation"]
    assert "restored" in again.status.value


def test_removing_a_row_is_saved_too(tmp_path):
    book = ReflectionWorkbook(tmp_path)
    book.add.click()
    book.rows[1].action.value = "Keep me"
    book.rows[0].remove.click()
    assert [row.action.value for row in ReflectionWorkbook(tmp_path).rows] == ["Keep me"]


def test_the_download_links_carry_what_was_typed(tmp_path):
    book = ReflectionWorkbook(tmp_path)
    book.answers["connection"].value = IMAGE
    assert "onerror" in downloaded(book.markdown_link.value)
    assert "&lt;img" in downloaded(book.html_link.value)


def test_without_a_state_folder_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    book = ReflectionWorkbook(state_dir="")
    book.answers["connection"].value = "private"
    assert list(tmp_path.iterdir()) == []
    assert "Autosave is off" in book.status.value


def test_a_broken_save_leaves_an_empty_workbook_and_a_message(tmp_path):
    state_path(tmp_path).write_text("garbage", encoding="utf-8")
    book = ReflectionWorkbook(tmp_path)
    assert book.answers["connection"].value == ""
    assert "could not be read" in book.status.value
