"""Kernels are reclaimed: when a learner leaves the page, and when a tab goes quiet without
saying goodbye. Concurrent first loads all finish (the stall the zmq patch fixes)."""

from __future__ import annotations

import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import psutil
import pytest

from tests.browser.conftest import open_app, start_voila, stop

NOTEBOOK = "01_what_is_belonging.ipynb"
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
