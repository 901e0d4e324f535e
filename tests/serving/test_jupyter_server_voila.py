"""Voila inside a Jupyter server (Binder's and a hub's ``/voila/render/...``), configured by
``belonging-lab configure-jupyter`` as binder/postBuild does, serves the suite as
``belonging-lab serve`` does: the suite's template, no sources, and the kernel fixes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import free_port, stop
from widgets.paths import REPO_ROOT
from widgets.serving.jupyter_config import configure

START_SECONDS = 90
RENDER_SECONDS = 180
PAGE = "voila/render/notebooks/01_what_is_belonging.ipynb"
LATE_OUTPUT_PAGE = "voila/render/tests/fixtures/late_output/late_widget.ipynb"


def wait_for_status(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the Jupyter server exited early:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}api/status", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"the Jupyter server did not start within {START_SECONDS} s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def jupyter_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    prefix = tmp_path_factory.mktemp("prefix")
    home = tmp_path_factory.mktemp("home")
    configure(prefix)
    port = free_port()
    log = home / "server.log"
    env = {**os.environ, "HOME": str(home),
           "JUPYTER_CONFIG_PATH": str(prefix / "etc" / "jupyter"),
           "JUPYTER_PATH": str(prefix / "share" / "jupyter")}
    command = [sys.executable, "-m", "jupyter_server", "--no-browser", "--allow-root",
               f"--port={port}", "--ip=127.0.0.1", "--IdentityProvider.token=",
               f"--ServerApp.root_dir={REPO_ROOT}"]
    process = subprocess.Popen(command, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    wait_for_status(url, process, log)
    yield url, log
    stop(process)


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


def test_the_kernel_fixes_are_applied(jupyter_server, rendered):
    _, log = jupyter_server
    _, cookies = rendered
    assert "_xsrf=" in cookies  # the unload beacon can shut the kernel down
    assert "Belonging Lab: kernel fixes applied" in log.read_text()


def test_a_widget_the_kernel_sends_long_after_its_reply_is_still_in_the_page(jupyter_server):
    url, _ = jupyter_server
    with urllib.request.urlopen(url + LATE_OUTPUT_PAGE, timeout=RENDER_SECONDS) as response:
        assert "Sent late" in response.read().decode("utf-8")
