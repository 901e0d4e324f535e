"""On a server shared by a class (and on Binder, which deletes a session's files) nothing is saved
on the server, so modules 03, 06 and 08 keep a learner's answers in their own browser: back
after a reload (and after a kernel restart, see test_faults.py), invisible to another browser,
and gone when the learner chooses "forget my answers on this device"."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import RENDER_TIMEOUT_MS, open_app, start_voila, stop
from tests.browser.test_faults import ASSESSMENT, PROGRESS, item
from tests.browser.test_stories import ADVICE
from tests.browser.test_stories import NOTEBOOK as STORIES
from tests.harness import serve
from widgets.content import load
from widgets.content.models.instrument import Instrument
from widgets.content.models.ui import UiTexts
from widgets.logic.autosave import BINDER_REPO_VARIABLE

STORE = load(UiTexts).browser_store
ITEMS = len(load(Instrument).item_ids)
KEY = "belonging-lab:answers:/self_assessment"
BINDER_REPOSITORY = "https://github.com/example/belonging-lab"


@pytest.fixture(scope="module")
def shared_url(tmp_path_factory):
    home = tmp_path_factory.mktemp("shared-home")
    url, process = start_voila(home, extra_args=("--shared",))
    yield url, home
    stop(process)


def answer_first_item(page) -> None:
    item(page, 1).get_by_label("Strongly agree", exact=True).check()
    page.get_by_text(PROGRESS.format(answered=1, total=ITEMS)).wait_for()
    page.get_by_text(STORE["saved"].split("{")[0]).wait_for()


def reload_and_wait(page) -> None:
    page.reload()
    page.wait_for_selector(".bl-item .widget-radio-box", state="attached")


def test_answers_are_kept_in_the_browser_and_come_back_after_a_reload(browser, shared_url):
    url, home = shared_url
    page = open_app(browser, url, ASSESSMENT)
    answer_first_item(page)
    assert page.evaluate(f"() => localStorage.getItem('{KEY}') !== null")
    reload_and_wait(page)
    page.get_by_text(STORE["restored"].split("{")[0]).wait_for(timeout=RENDER_TIMEOUT_MS)
    expect(item(page, 1).get_by_label("Strongly agree", exact=True)).to_be_checked()
    assert not (home / ".belonging-lab").exists()
    page.context.close()


def test_another_browser_sees_none_of_the_answers(browser, shared_url):
    url, _ = shared_url
    first = open_app(browser, url, ASSESSMENT)
    answer_first_item(first)
    second = open_app(browser, url, ASSESSMENT)
    assert second.evaluate("() => Object.keys(localStorage)"
                           ".filter(k => k.startsWith('belonging-lab:answers:')).length") == 0
    expect(second.locator(".bl-item input:checked")).to_have_count(0)
    expect(second.get_by_text(STORE["restored"].split("{")[0])).to_have_count(0)
    first.context.close()
    second.context.close()


def test_forget_removes_the_answers_from_the_browser_and_the_page(browser, shared_url):
    url, _ = shared_url
    page = open_app(browser, url, ASSESSMENT)
    answer_first_item(page)
    page.get_by_role("button", name=STORE["forget"]).click()
    page.get_by_text(STORE["forgotten"]).wait_for()
    expect(page.locator(".bl-item input:checked")).to_have_count(0)
    assert page.evaluate("() => Object.keys(localStorage)"
                         ".filter(k => k.startsWith('belonging-lab:answers:')).length") == 0
    reload_and_wait(page)
    page.get_by_text(PROGRESS.format(answered=0, total=ITEMS)).wait_for()
    expect(page.locator(".bl-item input:checked")).to_have_count(0)
    page.context.close()


def test_module_08s_advice_is_kept_in_the_browser_and_comes_back_after_a_reload(
        browser, shared_url):
    url, home = shared_url
    page = open_app(browser, url, STORIES)
    advice = page.get_by_label(ADVICE)
    advice.fill("Ask who to page before the first night on call.")
    advice.press("Tab")
    page.get_by_text(STORE["saved"].split("{")[0]).wait_for()
    page.reload()
    page.get_by_text(STORE["restored"].split("{")[0]).wait_for(timeout=RENDER_TIMEOUT_MS)
    expect(page.get_by_label(ADVICE)).to_have_value(
        "Ask who to page before the first night on call.")
    assert not (home / ".belonging-lab").exists()
    page.context.close()


@pytest.fixture(scope="module")
def binder_url(tmp_path_factory):
    """A server whose kernels see Binder's variable, as every Binder session's do."""
    home = tmp_path_factory.mktemp("binder-home")
    server = serve(home, "--preheat", "0", env={BINDER_REPO_VARIABLE: BINDER_REPOSITORY})
    yield server.url, home
    server.stop()


def test_on_binder_answers_are_kept_in_the_browser_under_the_repository(browser, binder_url):
    url, home = binder_url
    page = open_app(browser, url, ASSESSMENT)
    answer_first_item(page)
    key = f"belonging-lab:answers:binder:{BINDER_REPOSITORY}/self_assessment"
    assert page.evaluate("(key) => localStorage.getItem(key) !== null", key)
    reload_and_wait(page)
    page.get_by_text(STORE["restored"].split("{")[0]).wait_for(timeout=RENDER_TIMEOUT_MS)
    expect(item(page, 1).get_by_label("Strongly agree", exact=True)).to_be_checked()
    assert not (home / ".belonging-lab").exists()
    page.context.close()
