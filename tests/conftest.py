"""Test-session set-up shared by every folder."""

import os
import tempfile
from collections.abc import Iterator

import pytest


def pytest_configure(config):
    # Kernels, Voila and the notebooks' default state folder (~/.belonging-lab) all follow HOME:
    # point it at a scratch folder so a test run never reads or writes a real learner's answers.
    if "BELONGING_LAB_TEST_HOME" not in os.environ:
        home = tempfile.mkdtemp(prefix="belonging-lab-home-")
        os.environ["BELONGING_LAB_TEST_HOME"] = home
        os.environ["HOME"] = home


@pytest.fixture(scope="session")
def browser() -> Iterator:
    """One headless Chromium for the whole run (the browser and hub tests share it: Playwright's
    synchronous API runs one event loop at a time)."""
    from playwright.sync_api import sync_playwright

    from tests.harness import chromium_options

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(**chromium_options())
        yield chromium
        chromium.close()
