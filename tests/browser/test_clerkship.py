"""Module 04 as a Voila app: the rotation simulator and the scenario cards respond."""

from tests.browser.conftest import assert_no_error_shown

NOTEBOOK = "04_belonging_in_clerkship.ipynb"
SIMULATOR_CHART = ".bl-rotation-simulator .bl-chart"
PRACTICE = "A resident seeks the student out and brings them in"


def chart_label(page) -> str:
    return page.get_attribute(SIMULATOR_CHART, "aria-label")


def test_switching_on_a_practice_redraws_the_simulators_chart(app):
    page = app(NOTEBOOK)
    before_label, before_svg = chart_label(page), page.inner_html(SIMULATOR_CHART)
    page.get_by_label(PRACTICE).check()
    page.wait_for_function(
        "([selector, before]) => document.querySelector(selector).innerHTML !== before",
        arg=[SIMULATOR_CHART, before_svg],
    )
    assert PRACTICE in chart_label(page)
    assert PRACTICE not in before_label
    assert_no_error_shown(page)


def test_a_scenario_choice_can_be_made_and_checked_with_the_keyboard(app):
    page = app(NOTEBOOK)
    first_option = page.locator(".bl-role-choice").first.locator("input[type=radio]").first
    first_option.focus()
    page.keyboard.press("Space")
    page.locator(".bl-role-choice").first.get_by_role("button", name="Check my choice").focus()
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('.bl-role-choice .bl-feedback') !== null"
    )
    assert "Feedback:" in page.locator(".bl-role-choice").first.inner_text()
    assert_no_error_shown(page)


def test_another_scenario_card_shows_its_situation_and_feedback_for_the_resident(app):
    page = app(NOTEBOOK)
    page.get_by_label("Scenario", exact=True).select_option(label="The interesting consult")
    cards = page.locator(".bl-scenarios")
    cards.get_by_role("heading", name="The interesting consult").wait_for(state="visible")
    resident = page.locator(".bl-role-choice").first
    resident.locator("input[type=radio]").first.check()
    resident.get_by_role("button", name="Check my choice").click()
    feedback = resident.locator(".bl-feedback")
    feedback.wait_for(state="visible")
    assert feedback.inner_text().startswith("Feedback: Builds belonging.")
    assert "Going out of your way to include the student" in feedback.inner_text()
    assert_no_error_shown(page)


def test_the_suggestions_are_labelled_as_belonging_labs_own(app):
    page = app(NOTEBOOK)
    text = page.locator(".bl-suggestions").inner_text()
    assert text.startswith("Belonging Lab's suggestions, written for this suite.")
    assert "For residents" in text and "For students" in text


def test_the_wellbeing_section_lists_support_services(app):
    page = app(NOTEBOOK)
    resources = page.locator("section.bl-resources")
    resources.wait_for(state="visible")
    assert "Call or text 988" in resources.inner_text()
