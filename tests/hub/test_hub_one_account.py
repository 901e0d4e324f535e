"""A campus JupyterHub from sign-in to a working module: a learner follows the suite's nbgitpuller
links, the repository is pulled into their home folder, the module renders in Voila and
responds, the notebook opens in JupyterLab, and a second learner sees none of the first one's
answers. Every learner's server runs under the test's own account here (JupyterHub's
SimpleLocalProcessSpawner, each with a home folder of its own); test_hub_local_users.py runs
them under real accounts."""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import assert_no_error_shown, wait_for_app
from tests.hub.conftest import (
    PAGE_TIMEOUT_MS,
    REFLECTION,
    REPOSITORY,
    Hub,
    answer_in_module_06,
    hub_with_links,
    jupyter_paths,
    link_to,
    sees_no_answer,
    signed_in,
)
from widgets.paths import NOTEBOOKS_DIR
from widgets.serving.jupyter_config import configure

pytestmark = pytest.mark.hub

FIRST, SECOND = "learner-one", "learner-two"
MODULE = "01_what_is_belonging.ipynb"


@pytest.fixture(scope="module")
def homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("homes")


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory, homes: Path) -> Iterator[tuple[Hub, list[str]]]:
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
