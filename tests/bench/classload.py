"""A class arriving at once: N simulated learners (``learner``) open one module within a few
seconds, each waits until its page is interactive, changes a control a few times and then
vanishes without closing its page (as phones and crashed tabs do). The one-slider baseline is
measured the same way at the same N in the same run, so that ratios see the same machine.

Server CPU per learner counts the Voila server process (it runs the notebooks) over the whole
arrival, and each learner's kernel over its whole life, a preheated kernel's preheating
included. Kernel memory is each learner's kernel's resident memory once it has been used.
"""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil
from tornado.httpclient import AsyncHTTPClient

from tests.bench import learner, server
from tests.bench.stats import median, ratio, summary
from tests.bench.warm import wait_for_full_pools

KERNEL_FILE = re.compile(r"kernel-([0-9a-f-]+)\.json")
QUIET_CPU_SECONDS = 0.1  # server and kernels that used less than this in a second are settled
SETTLE_SECONDS = 60
POLL_SECONDS = 0.5


@dataclass(frozen=True)
class ClassPlan:
    sizes: tuple[int, ...] = (1, 10, 30)
    arrival_seconds: float = 3.0  # the class arrives spread over this long
    changes: int = 3  # control changes per learner
    pause_seconds: float = 1.0  # between a learner's changes
    cull_seconds: int = 45  # the bench's idle time before a vanished learner's kernel is culled


@dataclass
class Accounts:
    """CPU seconds last seen for each kernel process, by kernel id, and their memory."""

    cpu: dict[str, float] = field(default_factory=dict)
    rss_mb: dict[str, float] = field(default_factory=dict)


def kernel_processes(host: server.Server) -> dict[str, psutil.Process]:
    """The server's live kernels by kernel id (read from their connection file's name)."""
    found = {}
    for pid in server.kernel_pids(host):
        try:
            process = psutil.Process(pid)
            match = KERNEL_FILE.search(" ".join(process.cmdline()))
        except psutil.Error:
            continue
        if match:
            found[match.group(1)] = process
    return found


def record(host: server.Server, accounts: Accounts) -> None:
    for kernel_id, process in kernel_processes(host).items():
        try:
            times = process.cpu_times()
            accounts.cpu[kernel_id] = times.user + times.system
            accounts.rss_mb[kernel_id] = process.memory_info().rss / 2**20
        except psutil.Error:
            continue


def process_cpu(pid: int) -> float:
    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


def settle(host: server.Server, accounts: Accounts) -> None:
    """Wait until the server and its kernels are quiet (a pool may be refilling)."""
    deadline = time.monotonic() + SETTLE_SECONDS
    before = process_cpu(host.process.pid) + sum(accounts.cpu.values())
    while time.monotonic() < deadline:
        time.sleep(1)
        record(host, accounts)
        now = process_cpu(host.process.pid) + sum(accounts.cpu.values())
        if now - before < QUIET_CPU_SECONDS:
            return
        before = now


async def watch(host: server.Server, accounts: Accounts, stop: asyncio.Event) -> None:
    """Keep ``accounts`` current until ``stop`` is set, so that no kernel's CPU is missed."""
    while not stop.is_set():
        await asyncio.to_thread(record, host, accounts)
        await asyncio.sleep(POLL_SECONDS)


async def one_class(host: server.Server, notebook: str, size: int, plan: ClassPlan,
                    preheated: bool = False) -> tuple[dict, list[learner.Learner], float, int]:
    """``size`` learners on ``notebook`` of ``host``, who then vanish: their figures (see
    :func:`figures`, without the kernels left), and for :func:`reclaimed` the learners, the
    moment they vanished and how many of their kernels were alive then. A ``preheated``
    server ran the notebooks before the class arrived: its CPU is counted from its start."""
    accounts = Accounts()
    record(host, accounts)
    server_before = 0.0 if preheated else process_cpu(host.process.pid)
    page_url = f"{host.url}voila/render/{notebook}"
    learners = [learner.Learner(number) for number in range(size)]
    stop = asyncio.Event()
    watcher = asyncio.create_task(watch(host, accounts, stop))

    async def arrive_later(one: learner.Learner) -> None:
        await asyncio.sleep(plan.arrival_seconds * one.number / max(size, 1))
        await learner.arrive(one, page_url, host.url, plan.changes, plan.pause_seconds)

    await asyncio.gather(*(arrive_later(one) for one in learners))
    stop.set()
    await watcher
    await asyncio.to_thread(settle, host, accounts)
    server_cpu = process_cpu(host.process.pid) - server_before
    for one in learners:
        learner.vanish(one)
    vanished = time.monotonic()
    return figures(learners, accounts, server_cpu), learners, vanished, len(
        kernels_of(learners) & set(kernel_processes(host)))


def kernels_of(learners: list[learner.Learner]) -> set[str]:
    return {one.kernel_id for one in learners if one.kernel_id}


def reclaimed(host: server.Server, learners: list[learner.Learner], vanished: float,
              alive_at_first: int, plan: ClassPlan) -> dict:
    """How many of the learners' kernels were alive once they vanished, and how long after
    culling had reclaimed them all."""
    mine = kernels_of(learners)
    started = vanished
    alive = len(mine & set(kernel_processes(host)))
    deadline = started + plan.cull_seconds * 3 + 30
    while alive and time.monotonic() < deadline:
        time.sleep(1)
        alive = len(mine & set(kernel_processes(host)))
    return {"after_vanishing": alive_at_first, "cull_idle_seconds": plan.cull_seconds,
            "alive_at_end": alive,
            "reclaimed_after_s": round(time.monotonic() - started, 1) if not alive else None}


def figures(learners: list[learner.Learner], accounts: Accounts, server_cpu: float) -> dict:
    """The JSON figures of one class: time to interactive, latencies, CPU and memory per
    learner, failures, and the kernels left behind."""
    size = len(learners)
    kernels = [one.kernel_id for one in learners if one.kernel_id in accounts.cpu]
    kernel_cpu = sum(accounts.cpu[kernel_id] for kernel_id in kernels)
    memory = [accounts.rss_mb[kernel_id] for kernel_id in kernels]
    return {
        "learners": size,
        "interactive": sum(one.tti_ms is not None for one in learners),
        "failures": [one.failure for one in learners if one.failure],
        "tti_ms": summary([one.tti_ms for one in learners if one.tti_ms is not None]),
        "interaction_ms": summary([ms for one in learners for ms in one.latencies_ms]),
        "cpu_s_per_learner": {
            "server": round(server_cpu / size, 2),
            "kernel": round(kernel_cpu / max(len(kernels), 1), 2),
            "total": round(server_cpu / size + kernel_cpu / max(len(kernels), 1), 2),
        },
        "kernel_mb_per_learner": None if not memory else round(median(memory), 1),
    }


def compared(baseline: dict, suite: dict) -> dict:
    """The suite's class figures as ratios to the baseline's at the same N."""
    return {
        "tti_p95": ratio(suite["tti_ms"]["p95"], baseline["tti_ms"]["p95"]),
        "cpu_per_learner": ratio(suite["cpu_s_per_learner"]["total"],
                                 baseline["cpu_s_per_learner"]["total"]),
        "kernel_memory": ratio(suite["kernel_mb_per_learner"],
                               baseline["kernel_mb_per_learner"]),
    }


async def class_load(plan: ClassPlan, module: Path, baseline_notebook: Path, work: Path,
                     class_pool: bool = False, progress=None) -> dict:
    """Every class size of ``plan``: the baseline's class, then the module's, each on a server
    started for that size (the module's preheating a pool of that size with ``class_pool``),
    then the kernels both classes left behind until culling reclaimed them."""
    AsyncHTTPClient.configure(None, max_clients=max(plan.sizes) + 5)
    results = {"module": module.name, "class_pool": class_pool,
               "plan": vars(plan) | {"sizes": list(plan.sizes)}, "sizes": {}}
    for size in plan.sizes:
        if progress:
            progress("class", n=size, module=module.name)
        results["sizes"][str(size)] = await _one_size(plan, module, baseline_notebook, work,
                                                      size if class_pool else 0, size)
    return results


async def _one_size(plan: ClassPlan, module: Path, baseline_notebook: Path, work: Path,
                    pool: int, size: int) -> dict:
    suite = server.start(module.parent, work, cull_idle=plan.cull_seconds, wait=False,
                         class_size=pool, class_module=module.name)
    baseline = server.start(baseline_notebook.parent, work, cull_idle=plan.cull_seconds,
                            wait=False)
    try:
        suite.wait_until_serving()
        baseline.wait_until_serving()
        base, *base_left = await one_class(baseline, baseline_notebook.name, size, plan)
        base_reclaimed = asyncio.create_task(  # watched while the module's class runs
            asyncio.to_thread(reclaimed, baseline, *base_left, plan))
        if pool:
            await asyncio.to_thread(wait_for_full_pools, suite, pool)
        mine, *my_left = await one_class(suite, module.name, size, plan, preheated=bool(pool))
        mine["kernels_left"] = await asyncio.to_thread(reclaimed, suite, *my_left, plan)
        base["kernels_left"] = await base_reclaimed
    finally:
        suite.stop()
        baseline.stop()
    return {"baseline": base, "module": mine, "ratios": compared(base, mine)}
