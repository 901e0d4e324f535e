"""Module 01 as a Voila app: the circles explorer redraws its chart when a control changes."""

from tests.browser.conftest import assert_no_error_shown

NOTEBOOK = "01_what_is_belonging.ipynb"


def chart_markup(page) -> str:
    return page.inner_html(".bl-chart")


def test_choosing_a_transition_redraws_the_chart(app):
    page = app(NOTEBOOK)
    before = chart_markup(page)
    page.get_by_label("Transition to explore").select_option(label="Starting clerkship")
    page.wait_for_function(
        "before => document.querySelector('.bl-chart').innerHTML !== before", arg=before
    )
    assert "Current clinical team" in chart_markup(page)
    assert_no_error_shown(page)


def test_renaming_a_circle_shows_the_new_name_in_the_chart(app):
    page = app(NOTEBOOK)
    field = page.get_by_label("Name of circle 1")
    field.fill("Choir")
    field.press("Enter")
    page.wait_for_function("() => document.querySelector('.bl-chart').innerHTML.includes('Choir')")
    assert_no_error_shown(page)


def test_the_chart_data_can_be_shown_as_a_table(app):
    page = app(NOTEBOOK)
    page.get_by_role("button", name="Show the chart's data as a table").click()
    table = page.locator("table.bl-table")
    table.wait_for(state="visible")
    assert "Classmates" in table.inner_text()


def test_the_page_shows_no_code(app):
    page = app(NOTEBOOK)
    assert page.locator(".jp-CodeCell .jp-InputArea").count() == 0
    assert "CirclesExplorer" not in page.inner_text("body")
