"""Kernels are reclaimed: when a learner leaves the page, and when a tab goes quiet without
saying goodbye. Concurrent first loads all finish (the stall the zmq patch fixes), and a page
keeps output that its busy kernel sent long after the cell's reply (the stall of the benchmark's
first loads at a concurrency of 10: Voila gave up on late output after 4 s)."""

from __future__ import annotations

import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import psutil
import pytest

from tests.browser.conftest import RENDER_TIMEOUT_MS, open_app, start_voila, stop
from widgets.paths import REPO_ROOT

NOTEBOOK = "01_what_is_belonging.ipynb"
LATE_OUTPUT_DIR = REPO_ROOT / "tests" / "fixtures" / "late_output"
RECLAIM_WAIT_SECONDS = 45


def is_live_kernel(process: psutil.Process) -> bool:
    try:
        return process.status() != psutil.STATUS_ZOMBIE and "ipykernel" in " ".join(
            process.cmdline()
        )
    except psutil.Error:  # it ended while we looked
        return False


def kernel_count(server_pid: int) -> int:
    return sum(map(is_live_kernel, psutil.Process(server_pid).children(recursive=True)))


def wait_for_kernels(server_pid: int, expected: int, seconds: float) -> int:
    deadline = time.monotonic() + seconds
    count = kernel_count(server_pid)
    while count != expected and time.monotonic() < deadline:
        time.sleep(0.5)
        count = kernel_count(server_pid)
    return count


@pytest.fixture
def server(tmp_path):
    url, process = start_voila(tmp_path)
    yield url, process
    stop(process)


@pytest.fixture
def late_output_server(tmp_path):
    url, process = start_voila(tmp_path, extra_args=("--notebooks-dir", str(LATE_OUTPUT_DIR)))
    yield url
    stop(process)


@pytest.fixture
def culling_server(tmp_path):
    url, process = start_voila(tmp_path, cull_idle=4)
    yield url, process
    stop(process)


def test_leaving_the_page_shuts_its_kernel_down(browser, server):
    url, process = server
    page = open_app(browser, url, NOTEBOOK)
    assert kernel_count(process.pid) == 1
    page.goto("about:blank")
    assert wait_for_kernels(process.pid, 0, RECLAIM_WAIT_SECONDS) == 0
    page.context.close()


def test_a_kernel_nobody_uses_is_culled_when_idle(culling_server):
    url, process = culling_server
    with urllib.request.urlopen(f"{url}voila/render/{NOTEBOOK}", timeout=120) as response:
        assert response.status == 200
    assert wait_for_kernels(process.pid, 0, RECLAIM_WAIT_SECONDS) == 0


def test_ten_concurrent_first_loads_all_finish(server):
    url, _ = server

    def load(_: int) -> int:
        with urllib.request.urlopen(f"{url}voila/render/{NOTEBOOK}", timeout=180) as response:
            body = response.read().decode()
        executed = "application/vnd.jupyter.widget-view+json" in body
        return response.status if executed and "Traceback" not in body else 0

    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = list(pool.map(load, range(10)))
    assert statuses == [200] * 10


def test_a_widget_the_kernel_sends_long_after_its_reply_is_still_shown(browser, late_output_server):
    page = browser.new_page()
    page.goto(f"{late_output_server}voila/render/late_widget.ipynb", timeout=RENDER_TIMEOUT_MS)
    page.get_by_role("button", name="Sent late").wait_for(timeout=RENDER_TIMEOUT_MS)
    page.goto("about:blank")
    page.context.close()
