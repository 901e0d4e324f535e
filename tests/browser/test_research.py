"""Module 05 as a Voila app: the representation chart and the explorer of the SYNTHETIC survey."""

from tests.browser.conftest import assert_no_error_shown

NOTEBOOK = "05_belonging_in_research.ipynb"
EXPLORER_CHART = ".bl-workforce-explorer .bl-chart"


def test_the_representation_chart_names_its_sources(app):
    page = app(NOTEBOOK)
    label = page.locator(".bl-chart").first.get_attribute("aria-label")
    assert "51%" in label and "35%" in label
    page.get_by_role("button", name="Show the chart's data as a table").first.click()
    table = page.locator("table.bl-table").first
    table.wait_for(state="visible")
    assert "NSF/NCSES 2023" in table.inner_text()
    assert "NIH 2017" in table.inner_text()


def test_a_breakdown_by_gender_among_faculty_hides_the_small_groups(app):
    page = app(NOTEBOOK)
    before = page.get_attribute(EXPLORER_CHART, "aria-label")
    page.get_by_label("Break it down by").select_option(label="Gender")
    page.get_by_label("Which roles to include").select_option(label="faculty")
    page.wait_for_function(
        "([selector, before]) => {"
        " const label = document.querySelector(selector).getAttribute('aria-label');"
        " return label !== before && label.includes('among faculty'); }",
        arg=[EXPLORER_CHART, before],
    )
    label = page.get_attribute(EXPLORER_CHART, "aria-label")
    assert "non-binary: not shown, to protect small groups" in label
    assert "2 of 4 groups shown. 2 hidden" in page.locator(".bl-workforce-explorer").inner_text()
    page.get_by_role("button", name="Show the chart's data as a table").nth(1).click()
    table = page.locator(".bl-workforce-explorer table.bl-table")
    table.wait_for(state="visible")
    assert "not shown, to protect small groups" in table.inner_text()
    assert_no_error_shown(page)
