"""The learner's path: kept in the learner's own browser, shown on the landing page and in
every module, surviving a reload, forgotten on request; and the completion record it offers,
which holds the modules and dates and nothing the learner answered."""

import json
from pathlib import Path

import jsonschema
import pytest

from tests.browser.conftest import RENDER_TIMEOUT_MS
from widgets.content import schema

STORIES = "08_stories_of_belonging.ipynb"
REFLECTION = "06_reflection_and_action_plan.ipynb"
START = "00_start_here.ipynb"  # the lightest module: the panel is the same on every page
PREFIX = "belonging-lab:path:"


@pytest.fixture
def page(browser):
    """One page in its own browser context, so each test starts with an empty path."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(RENDER_TIMEOUT_MS)
    yield page
    page.goto("about:blank")  # sends the unload beacon so the kernel is released
    context.close()


def open_module(page, voila_url: str, notebook: str) -> None:
    page.goto(f"{voila_url}voila/render/{notebook}")
    page.wait_for_selector(".widget-box, .widget-html", state="attached")
    page.wait_for_load_state("networkidle")
    page.locator("#bl-path .bl-path-summary").wait_for(state="visible")


def status_on_landing(page, voila_url: str, notebook: str) -> str:
    page.goto(voila_url)
    return page.locator(f'li[data-notebook="{notebook}"] .bl-path-module-status').inner_text()


def mark_done(page) -> None:
    page.get_by_role("button", name="Mark this module as done").click()
    page.get_by_role("status").filter(has_text="marked as done").wait_for(state="visible")


def test_an_opened_module_shows_as_opened_on_the_landing_page_after_a_reload(page, voila_url):
    open_module(page, voila_url, START)
    assert status_on_landing(page, voila_url, START) == "opened"
    page.reload()
    assert page.locator(f'li[data-notebook="{START}"] .bl-path-module-status').inner_text() \
        == "opened"
    assert page.get_by_text("You have opened 1 of 9 modules and finished 0.").is_visible()


def test_a_module_marked_as_done_stays_done_after_a_reload_and_the_next_one_is_offered(
        page, voila_url):
    open_module(page, voila_url, START)
    mark_done(page)
    page.reload()
    page.locator("#bl-path .bl-path-summary").wait_for(state="visible")
    assert page.get_by_text("You marked this module as done on").is_visible()
    next_link = page.get_by_role("link", name="Next: 01 What is belonging?")
    assert next_link.get_attribute("href").endswith("voila/render/01_what_is_belonging.ipynb")
    page.locator("#bl-path").get_by_role("link", name="All modules").click()
    status = page.locator(f'li[data-notebook="{START}"] .bl-path-module-status')
    assert status.inner_text().startswith("finished on ")


def test_forgetting_the_path_clears_it_from_this_browser(page, voila_url):
    open_module(page, voila_url, START)
    mark_done(page)
    page.goto(voila_url)
    page.get_by_role("button", name="Forget my path in this browser").click()
    page.get_by_role("status").filter(has_text="forgotten").wait_for(state="visible")
    assert page.get_by_text("You have opened 0 of 9 modules and finished 0.").is_visible()
    page.reload()
    assert page.locator(f'li[data-notebook="{START}"] .bl-path-module-status').inner_text() \
        == ""
    keys = page.evaluate("Object.keys(window.localStorage)")
    assert not [key for key in keys if key.startswith(PREFIX)]


def test_the_completion_record_lists_finished_modules_and_holds_no_answer(page, voila_url,
                                                                          voila_home):
    answers = ["A study group in first year, hidden-answer-one",
               "Introduce newcomers at rounds, hidden-answer-two",
               "Ask for help before you need it, hidden-answer-three"]
    open_module(page, voila_url, REFLECTION)
    page.get_by_label("Your answer to question 1").fill(answers[0])
    page.get_by_label("What you will do (action 1)").fill(answers[1])
    page.get_by_label("What you will do (action 1)").press("Tab")
    mark_done(page)
    open_module(page, voila_url, STORIES)
    page.get_by_label("Your advice (private: it is never collected)").fill(answers[2])
    page.get_by_label("Your advice (private: it is never collected)").press("Tab")
    page.get_by_text("Saved in your own files").wait_for(state="visible")
    mark_done(page)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download your completion record (.json)").click()
    assert download_info.value.suggested_filename.startswith("belonging-lab-completions-")
    text = Path(download_info.value.path()).read_text(encoding="utf-8")
    record = json.loads(text)
    jsonschema.validate(record, schema("completion_record"))
    assert [entry["notebook"] for entry in record["completed"]] == [STORIES, REFLECTION]
    for answer in answers:
        for fragment in (answer, answer.split(",")[0], answer.split(", ")[1]):
            assert fragment not in text
    # ...and the path itself never reached the server's disk
    for saved in Path(voila_home).rglob("*"):
        if saved.is_file():
            assert PREFIX not in saved.read_text(encoding="utf-8", errors="replace")
