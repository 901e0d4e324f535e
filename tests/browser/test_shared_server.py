"""On a server shared by a class, learners' text is not saved where the next learner would see
it: the modules that autosave say that it is kept in the learner's own browser, and nothing is
written on the server."""

from __future__ import annotations

import pytest

from tests.browser.conftest import open_app, start_voila, stop
from widgets.content import load
from widgets.content.models.ui import UiTexts

NOTEBOOK = "06_reflection_and_action_plan.ipynb"


@pytest.fixture
def shared_server(tmp_path):
    url, process = start_voila(tmp_path, extra_args=("--shared",))
    yield url, tmp_path
    stop(process)


def test_a_shared_server_tells_the_learner_that_answers_stay_in_their_browser(
        browser, shared_server):
    url, _ = shared_server
    page = open_app(browser, url, NOTEBOOK)
    page.get_by_text(load(UiTexts).browser_store["forget_note"]).wait_for()
    page.context.close()


def test_a_shared_server_writes_no_saved_file(browser, shared_server):
    url, home = shared_server
    page = open_app(browser, url, NOTEBOOK)
    box = page.locator("textarea").first
    box.fill("my private reflection")
    box.blur()
    page.wait_for_timeout(1500)
    page.context.close()
    assert not (home / ".belonging-lab").exists()
