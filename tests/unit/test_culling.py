"""Culling that follows learners: a kernel no page uses goes after the short idle time, one
behind an open page only after the longer one."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from types import SimpleNamespace

import pytest
from jupyter_server._tz import utcnow

from widgets.serving.culling import LearnerKernelManager
from widgets.serving.jupyter_config import suite_config
from widgets.serving.page_settings import cull_limits

IDLE, CONNECTED = 60, 600


def is_culled(idle_seconds: int, connections: int) -> bool:
    manager = LearnerKernelManager(cull_idle_timeout=IDLE, cull_connected=True,
                                   cull_connected_after=CONNECTED)
    manager._kernels["k"] = SimpleNamespace(
        execution_state="idle", kernel_name="python3", kernel_spec=SimpleNamespace(metadata={}),
        last_activity=utcnow() - timedelta(seconds=idle_seconds))
    manager._kernel_connections["k"] = connections
    shut_down = []

    async def shutdown_kernel(kernel_id: str, *args, **kwargs) -> None:
        shut_down.append(kernel_id)

    manager.shutdown_kernel = shutdown_kernel
    # a thread of its own: the run's shared Chromium keeps Playwright's event loop running here
    with ThreadPoolExecutor(1) as thread:
        thread.submit(asyncio.run, manager.cull_kernel_if_idle("k")).result()
    return shut_down == ["k"]


@pytest.mark.parametrize(("idle", "connections", "culled"), [
    (IDLE - 10, 0, False),
    (IDLE + 10, 0, True),
    (IDLE + 10, 1, False),
    (CONNECTED - 10, 1, False),
    (CONNECTED + 10, 1, True),
])
def test_a_kernel_behind_an_open_page_is_culled_only_after_the_longer_idle_time(
        idle, connections, culled):
    assert is_culled(idle, connections) is culled


def test_the_served_limits_are_the_documented_ones():
    config = suite_config()
    assert config["MappingKernelManager"]["cull_connected"] is True
    assert cull_limits(config) == {"idle": 900, "connected": 3600}


def test_a_connected_limit_is_never_shorter_than_the_idle_one():
    assert cull_limits(suite_config(), cull_idle=1200, cull_connected=600) == {
        "idle": 1200, "connected": 1200}
