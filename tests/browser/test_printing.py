"""The profile (03) and the action plan (06) printed by Chromium (page.pdf, the print style
sheet) and read back with pdftotext (Debian's poppler-utils, installed by ``make test``): the
learner's results and the charts' descriptions are on paper, the buttons are not (their labels
are checked where the reading does not name them: 03's reading names "See my profile")."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.browser.test_self_assessment import answer_every_item

BUTTONS_03 = ["Show the chart's data as a table", "Choose an earlier export",
              "Download my answers"]
BUTTONS_06 = ["Add an action", "Remove action 1", "Download as Markdown",
              "Download as a web page"]


def printed(page, folder: Path) -> str:
    """The page's text as printed, with its white space made single spaces."""
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext is missing: run `make test`, which installs Debian's poppler-utils")
    pdf = folder / "printed.pdf"
    page.emulate_media(media="print")
    assert page.locator("button:visible, input[type=file]:visible").count() == 0
    page.pdf(path=str(pdf), print_background=True)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return " ".join(text.split())


def test_the_printed_profile_holds_the_chart_description_and_no_buttons(app, tmp_path):
    page = app("03_self_assessment.ipynb")
    answer_every_item(page, "Agree")
    page.get_by_role("button", name="See my profile").click()
    figure = page.locator(".bl-profile figure.bl-chart")
    figure.wait_for()
    description = " ".join(figure.get_attribute("aria-label").split())
    text = printed(page, tmp_path)
    assert description in text
    assert "Competencies: 3.50 on the 1 to 5 scale." in text
    for label in BUTTONS_03:
        assert label not in text


def test_the_printed_action_plan_holds_what_was_typed_and_no_buttons(app, tmp_path):
    page = app("06_reflection_and_action_plan.ipynb")
    answer = "A study group in first year made me feel I belonged"
    action = "Invite the new coordinator to Thursday's journal club"
    page.get_by_label("Your answer to question 1").fill(answer)
    page.get_by_label("What you will do (action 1)").fill(action)
    page.get_by_label("When (action 1)").fill("next Thursday")
    page.get_by_label("When (action 1)").press("Tab")
    text = printed(page, tmp_path)
    for typed in (answer, action, "next Thursday"):
        assert typed in text
    for label in BUTTONS_06:
        assert label not in text
