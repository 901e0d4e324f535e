"""Every module passes an axe-core audit (WCAG 2.0, 2.1 and 2.2, levels A and AA) as a Voila app."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_cohort_dashboard import FIXTURES, upload
from widgets.paths import module_notebooks

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
NOTEBOOKS = [path.name for path in module_notebooks()]


def violations(page) -> list[str]:
    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['html'][:120]})"
        for v in result.response["violations"]
    ]


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_module_has_no_axe_violations(app, notebook):
    assert violations(app(notebook)) == []


def test_circles_explorer_has_no_axe_violations_after_a_transition_is_chosen(app):
    page = app("01_what_is_belonging.ipynb")
    before = page.inner_html(".bl-chart")
    page.get_by_label("Transition to explore").select_option(label="Starting clerkship")
    # Wait for the redraw, so the click on the table toggle does not race the kernel's update.
    page.wait_for_function("b => document.querySelector('.bl-chart').innerHTML !== b", arg=before)
    page.get_by_role("button", name="Show the chart's data as a table").click()
    page.locator("table.bl-table").wait_for(state="visible")
    assert violations(page) == []


def test_knowledge_check_has_no_axe_violations_after_answers_and_the_table(app):
    page = app("02_integrative_framework.ipynb")
    for number, answer in ((1, "Opportunities"), (2, "Motivations")):
        card = page.locator(".bl-scenario").nth(number - 1)
        card.get_by_label(answer).check()
        card.get_by_role("button", name=f"Check answer to scenario {number}").click()
        card.locator(".bl-feedback").wait_for(state="visible")
    page.get_by_role("button", name="Show the chart's data as a table").click()
    page.locator(".bl-knowledge-check table.bl-table").wait_for(state="visible")
    assert violations(page) == []


def test_clerkship_has_no_axe_violations_after_a_practice_and_a_scenario_choice(app):
    page = app("04_belonging_in_clerkship.ipynb")
    page.get_by_label("A resident seeks the student out and brings them in").check()
    page.get_by_role("button", name="Show the chart's data as a table").click()
    page.locator(".bl-rotation-simulator table.bl-table").wait_for(state="visible")
    resident = page.locator(".bl-role-choice").first
    resident.locator("input[type=radio]").first.check()
    resident.get_by_role("button", name="Check my choice").click()
    resident.locator(".bl-feedback").wait_for(state="visible")
    assert violations(page) == []


def test_research_explorer_has_no_axe_violations_with_hidden_groups_and_tables(app):
    page = app("05_belonging_in_research.ipynb")
    page.get_by_label("Break it down by").select_option(label="Gender")
    page.get_by_label("Which roles to include").select_option(label="faculty")
    page.locator(".bl-workforce-explorer").get_by_text("2 hidden").wait_for(state="visible")
    for button in page.get_by_role("button", name="Show the chart's data as a table").all():
        button.click()
    page.locator(".bl-workforce-explorer table.bl-table").wait_for(state="visible")
    assert violations(page) == []


def test_action_plan_has_no_axe_violations_after_typing_and_adding_an_action(app):
    page = app("06_reflection_and_action_plan.ipynb")
    page.get_by_label("Your answer to question 1").fill("A study group in first year")
    page.get_by_role("button", name="Add an action").click()
    page.get_by_label("What you will do (action 2)").wait_for(state="visible")
    assert violations(page) == []


def test_cohort_dashboard_has_no_axe_violations_after_an_upload_and_a_breakdown(app):
    page = app("07_cohort_dashboard.ipynb")
    upload(page, FIXTURES / "suite_hostile_groups.csv")
    page.get_by_text("Imported 20 responses from 1 file(s).").wait_for()
    page.get_by_label("Break down by").select_option("group")
    page.get_by_role("heading", name="Component means by group").wait_for()
    assert violations(page) == []


def test_stories_have_no_axe_violations_after_writing_advice_and_marking_done(app):
    page = app("08_stories_of_belonging.ipynb")
    page.get_by_label("Your advice (private: it is never collected)").fill("Time helps.")
    page.get_by_role("button", name="Mark this module as done").click()
    page.get_by_role("status").filter(has_text="marked as done").wait_for(state="visible")
    assert violations(page) == []


def test_the_landing_page_with_a_path_and_a_record_has_no_axe_violations(app, voila_url):
    page = app("08_stories_of_belonging.ipynb")
    page.get_by_role("button", name="Mark this module as done").click()
    page.goto(voila_url)
    page.get_by_role("link", name="Download your completion record (.json)").wait_for()
    assert violations(page) == []
