"""Preheated kernels: ``belonging-lab serve`` keeps a kernel per module that has already run
the notebook, so a page opens without waiting; modules that restore saved answers are not
preheated while autosave is on."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import open_app, start_voila, stop

POOL_SECONDS = 180
PREHEATED = ("00_start_here.ipynb", "01_what_is_belonging.ipynb", "02_integrative_framework.ipynb",
             "04_belonging_in_clerkship.ipynb", "05_belonging_in_research.ipynb",
             "07_cohort_dashboard.ipynb")


def wait_for_log(log: Path, text: str, seconds: float = POOL_SECONDS) -> None:
    deadline = time.monotonic() + seconds
    while text not in log.read_text():
        if time.monotonic() > deadline:
            pytest.fail(f"the server never logged {text!r}:\n{log.read_text()}")
        time.sleep(0.5)


@pytest.fixture(scope="module")
def preheated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    home = tmp_path_factory.mktemp("preheated")
    url, process = start_voila(home, preheat=1)
    log = next(home.glob("voila-*.log"))
    wait_for_log(log, "Kernel pool of 01_what_is_belonging.ipynb is filled")
    yield url, log
    stop(process)


def test_a_module_opens_from_a_kernel_that_already_ran_it(browser, preheated):
    url, log = preheated
    page = open_app(browser, url, "01_what_is_belonging.ipynb")
    assert page.get_by_role("img").first.is_visible()
    assert "Using pre-heated kernel" in log.read_text()
    page.goto("about:blank")
    page.context.close()


def test_the_modules_that_restore_answers_are_not_preheated_while_autosave_is_on(preheated):
    _, log = preheated
    for module in PREHEATED:
        wait_for_log(log, f"Kernel pool of {module} is filled")
    text = log.read_text()
    assert "Kernel pool of 03_self_assessment.ipynb" not in text
    assert "Kernel pool of 06_reflection_and_action_plan.ipynb" not in text
