"""Module 00's crisis resources and module map: content, institution files and escaped HTML."""

import re
from dataclasses import replace

import nbformat
import pytest

from widgets.content import FILES_DIR, load
from widgets.content.models.crisis_resources import CrisisResources
from widgets.content.models.module_map import ModuleMap
from widgets.errors import ContentError
from widgets.paths import NOTEBOOKS_DIR
from widgets.ui.start_here import (
    crisis_resources,
    crisis_resources_html,
    load_crisis_resources,
    module_map_html,
)

INSTITUTION_FILE = "our-resources.yaml"


def test_the_bundled_resources_match_their_schema():
    assert isinstance(load(CrisisResources), CrisisResources)


def test_the_default_lists_988_by_call_or_text_in_the_us_and_in_canada():
    regions = {r.name: r.resources for r in load_crisis_resources().regions}
    for region in ("United States", "Canada"):
        assert any(r.contact == "Call or text 988" for r in regions[region])


def test_the_default_says_to_call_911_in_immediate_danger():
    assert "911" in load_crisis_resources().emergency


def test_the_default_lists_the_physician_support_line_for_physicians_and_students():
    text = crisis_resources_html(load_crisis_resources())
    assert "Physician Support Line" in text
    assert "1-888-409-0141" in text
    assert "medical students" in text


def test_an_institution_file_replaces_the_default(content_copy):
    def ours(data):
        data["regions"] = [{"name": "Our campus", "resources": [
            {"name": "Student Wellness", "contact": "Call 555-0100", "description": "Weekdays."}]}]

    panel = crisis_resources(str(content_copy(CrisisResources, ours, INSTITUTION_FILE)))
    assert "Student Wellness" in panel.value
    assert "Physician Support Line" not in panel.value


def test_a_missing_institution_file_names_its_path(tmp_path):
    with pytest.raises(ContentError, match=r"nowhere\.yaml was not found"):
        load_crisis_resources(tmp_path / "nowhere.yaml")


def test_a_file_of_another_schema_is_refused(tmp_path):
    path = tmp_path / "ui.yaml"
    path.write_text((FILES_DIR / "ui.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ContentError, match=r"ui\.yaml has a problem"):
        load_crisis_resources(path)


def test_a_link_that_is_not_https_is_refused(content_copy):
    def scripted(data):
        data["regions"][0]["resources"][0]["url"] = "javascript:alert(1)"

    with pytest.raises(ContentError, match=r"regions\[0\]\.resources\[0\]\.url"):
        load_crisis_resources(content_copy(CrisisResources, scripted, INSTITUTION_FILE))


def test_institution_text_is_escaped(content_copy):
    def hostile(data):
        data["heading"] = "<script>alert(1)</script>"
        data["regions"][0]["resources"][0]["name"] = "Care & <b>support</b>"

    text = crisis_resources_html(load_crisis_resources(
        content_copy(CrisisResources, hostile, INSTITUTION_FILE)))
    assert "<script>" not in text
    assert "&lt;script&gt;" in text
    assert "Care &amp; &lt;b&gt;support&lt;/b&gt;" in text


def test_the_module_map_lists_each_module_number_once_with_its_own_notebook():
    modules = load(ModuleMap).modules
    assert sorted(m.number for m in modules) == [f"{n:02d}" for n in range(9)]
    assert all(m.notebook.startswith(f"{m.number}_") for m in modules)


def test_the_module_map_puts_stories_of_belonging_between_05_and_06():
    numbers = [m.number for m in load(ModuleMap).modules]
    assert numbers.index("08") == numbers.index("05") + 1 == numbers.index("06") - 1


def test_the_module_map_is_a_table_with_caption_and_headers():
    text = module_map_html(load(ModuleMap))
    assert "<caption>" in text
    assert text.count('<th scope="col">') == 4
    assert text.count('<th scope="row">') == 9


def test_the_module_map_links_each_module_and_gives_its_time():
    text = module_map_html(load(ModuleMap))
    assert '<a href="02_integrative_framework.ipynb">02 The integrative framework</a>' in text
    assert "about 30 min" in text


def test_the_module_map_totals_the_time_in_hours():
    content = load(ModuleMap)
    content = replace(content, modules=content.modules[:2])  # 10 + 20 minutes
    assert "about 0.5 hours" in module_map_html(content)


def existing_modules():
    return [(m, NOTEBOOKS_DIR / m.notebook) for m in load(ModuleMap).modules
            if (NOTEBOOKS_DIR / m.notebook).is_file()]


def test_the_module_map_gives_each_existing_module_its_own_title_and_time():
    for module, path in existing_modules():
        nb = nbformat.read(path, as_version=4)
        assert nb.metadata["title"] == module.title, path.name
        time = re.search(r"\*\*Time:\*\* about (\d+) minutes", nb.cells[0].source)
        assert time and int(time.group(1)) == module.minutes, path.name
