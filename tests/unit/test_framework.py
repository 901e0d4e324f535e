"""Module 02's explorer: the four components in every setting, complete and escaped."""

import re

from widgets.content import load, load_path
from widgets.content.models.framework import Framework
from widgets.ui.framework import FrameworkExplorer, pair_html

COMPONENTS = ["competencies", "opportunities", "motivations", "perceptions"]


def test_the_bundled_framework_lists_the_four_components_in_order():
    assert [c.id for c in load(Framework).components] == COMPONENTS


def test_the_bundled_framework_covers_clinical_teams_and_research_workplaces():
    assert [c.id for c in load(Framework).contexts] == ["clinical_teams", "research_workplaces"]


def test_every_component_has_a_definition_and_examples_in_every_context():
    framework = load(Framework)
    for component in framework.components:
        for context in framework.contexts:
            pair = framework.pair(component.id, context.id)
            assert pair.definition
            assert len(pair.examples) >= 2


def test_a_pair_in_an_undeclared_context_is_refused(refusal):
    message = refusal(Framework, lambda data: data["pairs"][2].update(context="wards"))
    assert re.search(r"pairs\[2\]\.context: the context 'wards'", message)


def test_a_pair_described_twice_is_refused(refusal):
    message = refusal(Framework, lambda data: data["pairs"].append(dict(data["pairs"][0])))
    assert re.search(r"pairs\[8\]: the component 'competencies'", message)


def test_a_schema_violation_names_the_entry(refusal):
    message = refusal(Framework, lambda data: data["pairs"][1].update(examples=[]))
    assert re.search(r"pairs\[1\]\.examples", message)


def test_the_panel_shows_the_definition_and_examples_of_the_chosen_pair():
    framework = load(Framework)
    pair = framework.pair("opportunities", "research_workplaces")
    text = pair_html(framework, "opportunities", "research_workplaces")
    assert "Research workplaces: Opportunities" in text
    assert "Lab socials are held late on Fridays" in text
    assert len(pair.examples) == text.count("<li>")


def test_the_panel_escapes_content_text(content_copy):
    def inject(data):
        data["pairs"][0]["examples"] = ["<img src=x onerror=alert(1)>"]

    framework = load_path(content_copy(Framework, inject), Framework)
    text = pair_html(framework, "competencies", "clinical_teams")
    assert "<img" not in text
    assert "&lt;img" in text


def test_choosing_another_component_updates_the_panel():
    explorer = FrameworkExplorer()
    explorer.component.value = "perceptions"
    assert "Clinical teams: Perceptions" in explorer.panel.value


def test_the_explorer_can_start_in_a_given_context():
    explorer = FrameworkExplorer(context="research_workplaces")
    assert "Research workplaces: Competencies" in explorer.panel.value


def test_an_unknown_starting_context_falls_back_to_the_first():
    assert FrameworkExplorer(context="nowhere").context.value == "clinical_teams"
