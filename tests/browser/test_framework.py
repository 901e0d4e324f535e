"""Module 02 as a Voila app: the explorer and the knowledge check respond, with the keyboard too."""

import pytest

from tests.browser.conftest import assert_no_error_shown

NOTEBOOK = "02_integrative_framework.ipynb"


def scenario(page, number: int):
    return page.locator(".bl-scenario").nth(number - 1)


def answer(page, choice: str, outcome: str):
    """Choose ``choice`` in scenario 1, check it, and return the feedback of that ``outcome``."""
    card = scenario(page, 1)
    card.get_by_label(choice).check()
    card.get_by_role("button", name="Check answer to scenario 1").click()
    feedback = card.locator(f".bl-feedback-{outcome}")
    feedback.wait_for(state="visible")
    return feedback


@pytest.mark.parametrize(("choice", "outcome", "verdict", "why", "summary"), [
    pytest.param("Opportunities", "correct", "Right.", "missing access",
                 "1 correct of 1 answered", id="a right answer"),
    pytest.param("Competencies", "incorrect", "Not quite.", "points to opportunities",
                 "0 correct of 1 answered", id="a wrong answer"),
])
def test_an_answer_shows_its_verdict_and_why(app, choice, outcome, verdict, why, summary):
    page = app(NOTEBOOK)
    feedback = answer(page, choice, outcome)
    assert feedback.inner_text().startswith(verdict)
    assert why in feedback.inner_text()
    assert summary in page.locator(".bl-summary").inner_text()
    assert_no_error_shown(page)


def focused_text(page) -> str:
    """What the focused control says: a button's text or a radio button's label."""
    return page.evaluate(
        "(() => { const a = document.activeElement;"
        " return a.type === 'radio' ? a.parentElement.textContent : a.textContent; })()"
    )


def tab_until(page, text: str, limit: int = 40) -> None:
    """Press Tab (and nothing else) until the control saying ``text`` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused_text(page).strip() == text:
            return
    raise AssertionError(f"Tab never reached {text!r}")


def test_the_knowledge_check_can_be_answered_with_tab_space_and_enter_alone(app):
    page = app(NOTEBOOK)
    tab_until(page, "Opportunities")  # the first scenario's options come first after the explorer
    page.keyboard.press("Space")
    tab_until(page, "Check answer to scenario 1")
    page.keyboard.press("Enter")
    card = scenario(page, 1)
    card.locator(".bl-feedback-correct").wait_for(state="visible")
    assert card.locator(".bl-feedback").inner_text().startswith("Right.")
    tab_until(page, "Motivations")  # on to scenario 2, still by keyboard
    page.keyboard.press("Space")
    tab_until(page, "Check answer to scenario 2")
    page.keyboard.press("Enter")
    scenario(page, 2).locator(".bl-feedback-incorrect").wait_for(state="visible")
    assert "1 correct of 2 answered" in page.locator(".bl-summary").inner_text()


def test_the_explorer_shows_the_chosen_component_in_the_chosen_setting(app):
    page = app(NOTEBOOK)
    page.get_by_label("Component of belonging", exact=True).select_option(label="Perceptions")
    page.get_by_label("Setting", exact=True).select_option(label="Research workplaces")
    panel = page.locator(".bl-framework-panel")
    panel.get_by_text("Research workplaces: Perceptions").wait_for(state="visible")
    assert "A lab head believes the lab is welcoming" in panel.inner_text()
