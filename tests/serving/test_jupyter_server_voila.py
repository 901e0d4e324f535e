"""Voila inside a Jupyter server (Binder's and a hub's ``/voila/render/...``), configured by
``belonging-lab configure-jupyter`` as binder/postBuild does, serves the suite as
``belonging-lab serve`` does: the suite's template, no sources, the kernel fixes, and idle
kernels culled."""

from __future__ import annotations

import json
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import RENDER_TIMEOUT_MS, wait_for_app
from tests.harness import Server, free_port, start
from widgets.content import load
from widgets.content.models.connection import Connection
from widgets.paths import REPO_ROOT, module_notebooks
from widgets.serving.jupyter_config import configure

RENDER_SECONDS = 180
PAGE = "voila/render/notebooks/01_what_is_belonging.ipynb"
START_PAGE = "voila/render/notebooks/00_start_here.ipynb"
LATE_OUTPUT_PAGE = "voila/render/tests/fixtures/late_output/late_widget.ipynb"
SMALL_PAGE = "voila/render/tests/fixtures/notebooks/greets.ipynb"
CULL_WAIT_SECONDS = 60


def start_server(folder: Path, *options: str) -> Server:
    """A Jupyter server configured by configure-jupyter in a scratch prefix, with HOME in
    ``folder``, started by the harness; it serves once ``api/status`` answers."""
    prefix, home = folder / "prefix", folder / "home"
    home.mkdir(parents=True)
    configure(prefix)
    port = free_port()
    command = [sys.executable, "-m", "jupyter_server", "--no-browser", "--allow-root",
               f"--port={port}", "--ip=127.0.0.1", "--IdentityProvider.token=",
               f"--ServerApp.root_dir={REPO_ROOT}", *options]
    return start(command, port, home, env={
        "JUPYTER_CONFIG_PATH": str(prefix / "etc" / "jupyter"),
        "JUPYTER_PATH": str(prefix / "share" / "jupyter")}, ready="api/status")


@pytest.fixture(scope="module")
def jupyter_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    server = start_server(tmp_path_factory.mktemp("server"))
    yield server.url, server.log
    server.stop()


@pytest.fixture(scope="module")
def rendered(jupyter_server: tuple[str, Path]) -> tuple[str, str]:
    url, _ = jupyter_server
    with urllib.request.urlopen(url + PAGE, timeout=RENDER_SECONDS) as response:
        cookies = " ".join(response.headers.get_all("Set-Cookie") or [])
        return response.read().decode("utf-8"), cookies


def test_the_page_uses_the_suites_template(rendered):
    page, _ = rendered
    assert "<main" in page and "belonging.css" in page


def test_the_page_shows_no_notebook_source(rendered):
    page, _ = rendered
    assert "from widgets" not in page


def test_the_page_needs_nothing_from_a_cdn(rendered):
    page, _ = rendered
    assert not any(cdn in page for cdn in ("cdn.jsdelivr", "unpkg.com", "cdnjs"))


def test_the_page_can_explain_a_lost_connection(rendered):
    page, _ = rendered
    assert "faults.js" in page
    assert load(Connection).faults["kernel"]["title"] in page  # in PageConfig


def test_the_page_carries_the_learners_path_panel_and_its_data(rendered):
    page, _ = rendered
    assert 'id="bl-path"' in page and 'id="bl-path-data"' in page and "path.js" in page


def test_the_kernel_fixes_are_applied(jupyter_server, rendered):
    _, log = jupyter_server
    _, cookies = rendered
    assert "_xsrf=" in cookies  # the unload beacon can shut the kernel down
    assert "Belonging Lab: kernel fixes applied" in log.read_text()


def test_a_widget_the_kernel_sends_long_after_its_reply_is_still_in_the_page(jupyter_server):
    url, _ = jupyter_server
    with urllib.request.urlopen(url + LATE_OUTPUT_PAGE, timeout=RENDER_SECONDS) as response:
        assert "Sent late" in response.read().decode("utf-8")


def test_the_server_culls_idle_kernels_with_the_suites_settings(jupyter_server):
    _, log = jupyter_server
    assert "Culling kernels with idle durations > 900 seconds at 60 second intervals" in (
        log.read_text())


def test_a_modules_home_link_opens_the_landing_page_of_the_notebooks_folder(
        jupyter_server, browser):
    url, _ = jupyter_server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(RENDER_TIMEOUT_MS)
    try:
        page.goto(url + START_PAGE)
        wait_for_app(page)
        cells = page.locator("#rendered_cells")
        cells.get_by_role("link", name="Home: all modules", exact=True).click()
        modules = page.get_by_role("list", name="Modules")
        modules.wait_for(state="visible")
        assert page.url.rstrip("/") == url + "voila/tree/notebooks"
        assert modules.get_by_role("listitem").count() == len(module_notebooks())
    finally:
        page.goto("about:blank")  # sends the unload beacon so the kernel is released
        context.close()


def test_the_landing_page_of_the_notebooks_folder_links_each_module_in_that_folder(
        jupyter_server, browser):
    url, _ = jupyter_server
    page = browser.new_page()
    try:
        page.goto(url + "voila/tree/notebooks/")
        links = page.locator(".bl-modules a")
        hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    finally:
        page.close()
    assert sorted(hrefs) == sorted(f"/voila/render/notebooks/{path.name}"
                                   for path in module_notebooks())


def kernels(url: str) -> list:
    with urllib.request.urlopen(f"{url}api/kernels", timeout=10) as response:
        return json.load(response)


def test_a_voila_kernel_left_idle_is_culled(tmp_path):
    """A plain page load leaves its kernel behind (no unload beacon); the server's culler,
    here with a short timeout, reclaims it."""
    server = start_server(tmp_path, "--MappingKernelManager.cull_idle_timeout=2",
                          "--MappingKernelManager.cull_interval=1")
    url = server.url
    try:
        with urllib.request.urlopen(url + SMALL_PAGE, timeout=RENDER_SECONDS) as response:
            assert response.status == 200
        deadline = time.monotonic() + CULL_WAIT_SECONDS
        while kernels(url) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert kernels(url) == []
    finally:
        server.stop()
