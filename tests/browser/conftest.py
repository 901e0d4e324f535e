"""Voila on 127.0.0.1 driven by Playwright in Debian's Chromium (never a downloaded browser).

Servers and Chromium come from the harness that the benchmark shares (``tests/harness.py``).

Fixtures:
- ``voila_url``: a ``belonging-lab serve`` process on a free port, once per test session, with
  HOME pointing at a scratch folder so that saved answers never touch the real one.
- ``browser`` (in ``tests/conftest.py``): headless Chromium with the flags that keep it off the
  network.
- ``app``: ``app("01_what_is_belonging.ipynb")`` opens a notebook as a Voila app and returns the
  page once its widgets have rendered.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.harness import serve, stop

RENDER_TIMEOUT_MS = 90_000


def start_voila(
    home: Path, cull_idle: int | None = None, extra_args: tuple[str, ...] = (), preheat: int = 0,
    port: int | None = None,
) -> tuple[str, subprocess.Popen]:
    """Start ``belonging-lab serve`` on ``port`` (default: a free one) through the harness;
    returns its base URL and process.

    Kernels are not preheated unless asked (tests/browser/test_preheat.py): a test then sees
    only the kernels its own pages started, and a server starts without a burst of kernels."""
    options = ["--preheat", str(preheat)]
    if cull_idle is not None:
        options += ["--cull-idle", str(cull_idle)]
    server = serve(home, *options, *extra_args, port=port)
    return server.url, server.process


@pytest.fixture(scope="session")
def voila_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="session")
def voila_url(voila_home: Path) -> Iterator[str]:
    url, process = start_voila(voila_home)
    yield url
    stop(process)


def open_app(browser: Browser, base_url: str, notebook: str, **context_options) -> Page:
    """Open a notebook as a Voila app and wait until Voila has finished and widgets are drawn.

    ``context_options`` go to Playwright's ``new_context`` (e.g. a phone's viewport)."""
    context = browser.new_context(**{"accept_downloads": True,
                                     "viewport": {"width": 1280, "height": 900},
                                     **context_options})
    page = context.new_page()
    page.set_default_timeout(RENDER_TIMEOUT_MS)
    page.goto(f"{base_url}voila/render/{notebook}")
    return wait_for_app(page)


def wait_for_app(page: Page) -> Page:
    """Wait until Voila has finished the page and its widgets are drawn."""
    page.wait_for_selector("#rendered_cells", state="visible")
    page.wait_for_selector(".widget-box, .widget-html", state="attached")  # 00 has no boxes
    page.wait_for_load_state("networkidle")
    return page


@pytest.fixture
def app(browser: Browser, voila_url: str) -> Iterator[Callable[[str], Page]]:
    pages: list[Page] = []

    def opener(notebook: str) -> Page:
        page = open_app(browser, voila_url, notebook)
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.goto("about:blank")  # sends the unload beacon so the kernel is released
        page.context.close()


def assert_no_error_shown(page: Page) -> None:
    """No traceback or Python error text reached the page."""
    text = page.inner_text("body")
    for marker in ("Traceback", "Error:", "Exception", "There was an error when executing cell"):
        assert marker not in text, f"the page shows {marker!r}"
