"""A campus JupyterHub from sign-in to a working module: a learner follows the suite's nbgitpuller
links, the repository is pulled into their home folder, the module renders in Voila and
responds, the notebook opens in JupyterLab, a second learner sees none of the first one's
answers, and a learner whose server the hub stops under an open page is told so and finds their
answers again once the hub has started it anew. A page that checks its kernel keeps working
(the check carries the server's XSRF token, as JupyterHub requires), and a learner whose sign-in
ran out is asked to sign in again and finds their answers after it. Every learner's server runs
under the test's own account here (JupyterHub's SimpleLocalProcessSpawner, each with a home
folder of its own); test_hub_local_users.py runs them under real accounts."""

from __future__ import annotations

import json
import os
import secrets
import stat
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import assert_no_error_shown, wait_for_app
from tests.browser.test_faults import (
    TEXTS,
    answer_two_items,
    assert_answers_back,
    assert_banner,
    assert_item_refuses_an_answer,
)
from tests.harness import Server
from tests.hub.conftest import (
    PAGE_TIMEOUT_MS,
    REFLECTION,
    REPOSITORY,
    answer_in_module_06,
    hub_with_links,
    jupyter_paths,
    link_to,
    sees_no_answer,
    signed_in,
)
from widgets.content import load
from widgets.content.models.self_assessment import SelfAssessmentTexts
from widgets.logic.self_assessment import STATE_FILE as ASSESSMENT_FILE
from widgets.paths import NOTEBOOKS_DIR
from widgets.serving.jupyter_config import configure

pytestmark = pytest.mark.hub

FIRST, SECOND, STOPPED, SIGNED_OUT = "learner-one", "learner-two", "learner-three", "learner-four"
MODULE = "01_what_is_belonging.ipynb"
ASSESSMENT = "03_self_assessment.ipynb"
# A service with the scopes jupyterhub-idle-culler documents: what a culler or an administrator's
# script uses to stop a learner's server through the hub's REST API.
CULLER_TOKEN = secrets.token_hex(32)
CULLER = {
    "JupyterHub.services": [{"name": "culler", "api_token": CULLER_TOKEN}],
    "JupyterHub.load_roles": [{"name": "culler", "services": ["culler"], "scopes": [
        "list:users", "read:users:activity", "read:servers", "delete:servers"]}],
}
SERVER_STOP_SECONDS = 60


@pytest.fixture(scope="module")
def homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("homes")


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory, homes: Path
        ) -> Iterator[tuple[Server, list[str]]]:
    """The hub and the links `belonging-lab links --hub` prints for it."""
    prefix = tmp_path_factory.mktemp("prefix")
    configure(prefix)  # as an administrator runs `belonging-lab configure-jupyter`
    learners = {
        "JupyterHub.spawner_class": "simple",
        "SimpleLocalProcessSpawner.home_dir_template": f"{homes}/{{username}}",
        "Spawner.cmd": [sys.executable, "-m", "jupyterhub.singleuser"],
        "Spawner.environment": jupyter_paths(prefix),
        # CI runs as root, and a Jupyter server refuses to run as root unless told it may.
        "Spawner.args": ["--allow-root"] if os.geteuid() == 0 else [],
        **CULLER,
    }
    with hub_with_links(tmp_path_factory, learners) as running:
        yield running


@pytest.fixture(scope="module")
def module_page(browser, hub) -> Iterator[Page]:
    """The first learner, signed in through the Voila link of module 01."""
    _, links = hub
    page = wait_for_app(signed_in(browser, link_to(links, "voila/render", MODULE), FIRST))
    yield page
    page.context.close()


@pytest.fixture(scope="module")
def saved_reflection(module_page: Page, hub, homes: Path) -> Path:
    """The first learner types an answer in module 06, which saves it in their home folder."""
    _, links = hub
    page = module_page.context.new_page()
    page.set_default_timeout(PAGE_TIMEOUT_MS)
    page.goto(link_to(links, "voila/render", REFLECTION))
    return answer_in_module_06(page, homes / FIRST)


def test_the_voila_link_pulls_the_repository_into_the_learners_home(module_page, homes):
    assert (homes / FIRST / REPOSITORY / "notebooks" / MODULE).is_file()


def test_the_voila_link_renders_the_module_with_its_chart(module_page):
    expect(module_page.locator(".bl-chart")).to_be_visible()
    assert_no_error_shown(module_page)


def test_a_control_of_the_module_changes_its_chart(module_page):
    before = module_page.inner_html(".bl-chart")
    module_page.get_by_label("Transition to explore").select_option(label="Starting clerkship")
    module_page.wait_for_function(
        "before => document.querySelector('.bl-chart').innerHTML !== before", arg=before)
    assert "Current clinical team" in module_page.inner_html(".bl-chart")


def first_heading(notebook: str) -> str:
    cells = json.loads((NOTEBOOKS_DIR / notebook).read_text(encoding="utf-8"))["cells"]
    return "".join(cells[0]["source"]).splitlines()[0].lstrip("# ")


def test_the_jupyterlab_link_opens_the_notebook(module_page, hub):
    _, links = hub
    page = module_page.context.new_page()
    page.set_default_timeout(PAGE_TIMEOUT_MS)
    page.goto(link_to(links, "lab/tree", MODULE))
    heading = page.locator(".jp-NotebookPanel").get_by_role("heading", name=first_heading(MODULE))
    expect(heading.first).to_be_visible(timeout=PAGE_TIMEOUT_MS)
    expect(page.locator(".lm-TabBar-tab.jp-mod-current")).to_contain_text(MODULE)
    page.close()


def test_a_learners_answers_are_saved_in_their_home_for_them_only(saved_reflection):
    assert stat.S_IMODE(saved_reflection.stat().st_mode) == 0o600
    assert stat.S_IMODE(saved_reflection.parent.stat().st_mode) == 0o700


def test_a_second_learner_sees_none_of_the_first_learners_answers(browser, hub,
                                                                  saved_reflection):
    _, links = hub
    page = signed_in(browser, link_to(links, "voila/render", REFLECTION), SECOND)
    try:
        assert sees_no_answer(page)
    finally:
        page.context.close()


def hub_api(hub: Server, method: str, path: str) -> dict:
    """A request to the hub's REST API with the culler's token; its JSON answer, if any."""
    request = urllib.request.Request(f"{hub.url}hub/api{path}", method=method,
                                     headers={"Authorization": f"token {CULLER_TOKEN}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read()
    return json.loads(body) if body else {}


def stop_server_through_the_hub(hub: Server, learner: str) -> None:
    """Stop ``learner``'s server as the hub's culler does, and wait until the hub says it has."""
    hub_api(hub, "DELETE", f"/users/{learner}/server")
    deadline = time.monotonic() + SERVER_STOP_SECONDS
    while hub_api(hub, "GET", f"/users/{learner}")["servers"]:
        assert time.monotonic() < deadline, f"the hub did not stop {learner}'s server"
        time.sleep(0.5)


def answers_kept(page: Page, home: Path) -> tuple[int, int]:
    """How many answers module 03 saved in ``home``, and how many documents of answers the
    learner's browser keeps."""
    saved = json.loads((home / ".belonging-lab" / ASSESSMENT_FILE).read_text(encoding="utf-8"))
    in_browser = page.evaluate(
        "() => Object.keys(localStorage).filter(k => k.startsWith('belonging-lab:answers:'))")
    return sum(answer is not None for answer in saved["answers"].values()), len(in_browser)


def test_a_server_stopped_by_the_hub_is_explained_and_the_answers_come_back_after_a_restart(
        browser, hub, homes):
    running, links = hub
    page = signed_in(browser, link_to(links, "voila/render", ASSESSMENT), STOPPED)
    try:
        wait_for_app(page)
        answer_two_items(page)
        assert answers_kept(page, homes / STOPPED) == (2, 0)  # on a hub: in the learner's home
        stop_server_through_the_hub(running, STOPPED)
        assert_banner(page, "hub", TEXTS.saved["hub"])
        assert_item_refuses_an_answer(page, 3)
        page.locator(".bl-connection").get_by_role("button", name=TEXTS.reload).click()
        page.get_by_role("button", name="Launch Server").click()  # the hub's "not running" page
        wait_for_app(page)
        assert_answers_back(page, load(SelfAssessmentTexts).labels["restored"])
        expect(page.locator("[data-bl-kept=disk]")).to_have_count(1)  # restored from the home
    finally:
        page.context.close()


def test_a_module_on_the_hub_keeps_working_after_it_checks_its_kernel(module_page: Page):
    with module_page.expect_response(lambda r: "/api/kernels/" in r.url) as check:
        # what the page does when the learner comes back to its tab, and every minute
        module_page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
    assert check.value.status == 200
    expect(module_page.locator(".bl-connection--shown")).to_have_count(0)
    expect(module_page.locator("#rendered_cells input").first).to_be_enabled()


def test_a_learner_whose_sign_in_ran_out_is_asked_to_sign_in_and_finds_their_answers(
        browser, hub):
    _, links = hub
    page = signed_in(browser, link_to(links, "voila/render", ASSESSMENT), SIGNED_OUT)
    try:
        wait_for_app(page)
        answer_two_items(page)
        page.context.clear_cookies()  # what a sign-in that ran out leaves the browser
        # the connection drops, as after a network blip, and cannot come back signed out
        page.evaluate("window.jupyterapp.widgetManager.kernel.reconnect().catch(() => 0)")
        assert_banner(page, "signin", TEXTS.saved["disk"])
        assert_item_refuses_an_answer(page, 3)
        page.locator(".bl-connection").get_by_role("button", name=TEXTS.reload).click()
        page.fill("#username_input", SIGNED_OUT)  # the hub's sign-in page
        page.fill("#password_input", "any password")
        page.click("#login_submit")
        wait_for_app(page)
        assert_answers_back(page, load(SelfAssessmentTexts).labels["restored"])
    finally:
        page.context.close()
