"""Warm starts: time to interactive when the page's kernel was preheated by
``belonging-lab serve --preheat`` and the browser has visited the suite before, as a learner
moving from one module to the next has.

The server runs as a class server (``--shared``: autosave off), so every module has a pool,
over a folder holding copies of the measured modules only, so that no other pool competes.
Before each load the bench waits until the pool is full again and its kernels have finished
running their notebook, so that each load finds a kernel as warm as a learner who arrives a
minute after the last one would.
"""

from __future__ import annotations

import asyncio
import shutil
import time
from pathlib import Path

import psutil
from playwright.async_api import Browser

from tests.bench import browser, server
from tests.bench.plan import Plan
from tests.bench.stats import summary

QUIET_CPU_SECONDS = 0.05  # a server and kernels that used less CPU than this in 1 s are idle
POOL_SECONDS = 180  # how long a pool may take to refill before the load is timed anyway
REFILL_DELAY_SECONDS = 2  # Voila refills a pool 1 s after a kernel is taken


def cpu_seconds(pids: set[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
            total += times.user + times.system
        except psutil.Error:  # it ended while we looked
            continue
    return total


def wait_for_full_pools(warm: server.Server, kernels: int) -> None:
    """Wait until ``kernels`` kernels are alive and they and the server are idle (Voila runs
    the notebooks from the server, so a kernel can be idle while its notebook waits), or until
    ``POOL_SECONDS`` passed: the load is then timed as it is."""
    deadline = time.monotonic() + POOL_SECONDS
    before = cpu_seconds(server.kernel_pids(warm) | {warm.process.pid})
    while time.monotonic() < deadline:
        time.sleep(1)
        pids = server.kernel_pids(warm)
        now = cpu_seconds(pids | {warm.process.pid})
        if len(pids) == kernels and now - before < QUIET_CPU_SECONDS:
            return
        before = now


async def warm_start(chromium: Browser, plan: Plan, modules: list[Path], work: Path) -> dict:
    """Median time to interactive of each module from a preheated kernel."""
    folder = work / "warm-notebooks"
    folder.mkdir(exist_ok=True)
    for path in modules:
        shutil.copy2(path, folder / path.name)
    warm = server.start(folder, work, preheat=1)
    context = await browser.new_context(chromium)
    tti: dict[str, list[float]] = {path.name: [] for path in modules}
    try:
        await asyncio.to_thread(wait_for_full_pools, warm, len(modules))
        primer = await browser.open_page(chromium, page_url(warm, modules[0]),
                                         plan.stall_seconds, context)
        await browser.leave(primer.page, keep_context=True)
        for _ in range(plan.loads):
            for path in modules:
                await asyncio.sleep(REFILL_DELAY_SECONDS)
                await asyncio.to_thread(wait_for_full_pools, warm, len(modules))
                load = await browser.open_page(chromium, page_url(warm, path),
                                               plan.stall_seconds, context)
                if load.tti_ms is not None and not load.failed:
                    tti[path.name].append(load.tti_ms)
                await browser.leave(load.page, keep_context=True)
    finally:
        await context.close()
        warm.stop()
    return {name: {"tti_ms": summary(samples)} for name, samples in tti.items()}


def page_url(warm: server.Server, notebook: Path) -> str:
    return f"{warm.url}voila/render/{notebook.name}"
