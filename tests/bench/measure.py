"""The benchmark's runs, in order: module pages, concurrent sessions and first loads, kernels
left behind, the unpatched comparison, and the suite's commands."""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from dataclasses import asdict
from pathlib import Path

from playwright.async_api import Browser, Page, async_playwright

from tests.bench import browser, classload, commands, regroup, server, sessions, warm
from tests.bench.plan import Plan
from tests.bench.stats import ratio, summary
from tests.messages import message
from widgets.files import write_atomic
from widgets.paths import NOTEBOOKS_DIR

BASELINE = Path(__file__).parent / "baseline" / "one_slider.ipynb"
SCHEMA = "belonging-lab-bench/1"
STARTED = time.monotonic()


def progress(step: str, **values: object) -> None:
    """A line on stderr as each step starts: a full run takes several minutes."""
    print(message("bench.progress", elapsed=time.monotonic() - STARTED,
                  step=message(f"bench.step_{step}", **values)), file=sys.stderr, flush=True)


async def measure(plan: Plan, modules: list[Path], work: Path,
                  checkpoint: Path | None = None, class_module: Path | None = None,
                  class_pool: bool = False) -> dict:
    """Every figure, in an order that keeps the heavy concurrent runs for last. With a
    ``checkpoint`` file, the figures so far are written there after each step, so that a long
    run that is interrupted still leaves them."""
    results = {"schema": SCHEMA, "machine": machine(), "plan": asdict(plan) | {
        "modules": [path.name for path in modules]}}

    def save() -> None:
        if checkpoint is not None:
            write_atomic(checkpoint, json.dumps(results, indent=2) + "\n")

    progress("servers")
    suite = server.start(NOTEBOOKS_DIR, work, wait=False)
    baseline = server.start(BASELINE.parent, work, wait=False)
    try:
        suite.wait_until_serving()
        baseline.wait_until_serving()
        async with async_playwright() as playwright:
            chromium = await browser.launch(playwright)
            progress("modules", loads=plan.loads)
            results |= await module_figures(chromium, plan, modules, suite, baseline)
            save()
            baseline.stop()
            results |= await concurrency_figures(chromium, plan, modules, suite)
            save()
            await chromium.close()
        progress("kernels_left", seconds=plan.leave_seconds)
        results["kernels_left"] = kernels_left(suite, plan)
    finally:
        baseline.stop()
        suite.stop()
    results["first_loads_without_fixes"] = await unpatched_loads(plan, modules, work)
    save()
    progress("warm", loads=plan.loads)
    results["warm_start"] = await warm_loads(plan, modules, work)
    save()
    progress("regroup", rows=f"{plan.regroup_rows:,}")
    results["cohort_regroup"] = regroup.regroup_latency(plan.regroup_rows, plan.regroup_changes,
                                                        work)
    save()
    progress("suite", n=len(modules))
    results["suite_run"] = commands.suite_run(modules, work)
    results["cohort_report"] = []
    for rows in plan.report_rows:
        save()
        progress("report", rows=rows)
        results["cohort_report"].append(commands.cohort_report(rows, work))
    if plan.class_sizes:
        save()
        class_figures = await measure_class(plan, class_module or modules[0], work, class_pool)
        results["class_load"] = class_figures["class_load"]
    return results


async def measure_class(plan: Plan, module: Path, work: Path, class_pool: bool) -> dict:
    """A class arriving at once at ``module``, beside the baseline (see ``classload``)."""
    figures = await classload.class_load(classload.ClassPlan(sizes=plan.class_sizes), module,
                                         BASELINE, work, class_pool, progress)
    return {"schema": SCHEMA, "machine": machine(), "class_load": figures}


def machine() -> dict:
    return {"cpus": os.cpu_count(), "load_average": [round(x, 2) for x in os.getloadavg()],
            "python": platform.python_version(), "platform": platform.platform(),
            "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}


async def module_figures(chromium: Browser, plan: Plan, modules: list[Path],
                         suite: server.Server, baseline: server.Server) -> dict:
    """Time to interactive, interaction latency and kernel memory of each module, with the
    baseline loaded in the same rounds so that its ratio sees the same machine load."""
    pages = [(BASELINE.name, baseline)] + [(path.name, suite) for path in modules]
    tti = {name: [] for name, _ in pages}
    html = {name: [] for name, _ in pages}
    latency = {name: [] for name, _ in pages}
    control, rss = {}, {}
    searched: set[str] = set()  # modules whose controls were tried on their first load
    for _ in range(plan.loads):
        for name, host in pages:
            before = server.kernel_pids(host)
            load = await browser.open_page(chromium, f"{host.url}voila/render/{name}",
                                           plan.stall_seconds)
            if load.tti_ms is not None and not load.failed:
                tti[name].append(load.tti_ms)
                html[name].append(load.html_ms)
                if host is suite:
                    latency[name] += await module_latencies(load.page, name, plan, control,
                                                            searched)
            peaks = [server.peak_rss_mb(pid) for pid in server.kernel_pids(host) - before]
            rss[name] = max([rss.get(name) or 0, *filter(None, peaks)]) or None
            await browser.leave(load.page)
    baseline_tti = summary(tti[BASELINE.name])
    per_module = {
        path.name: {
            "tti_ms": summary(tti[path.name]),
            "tti_ratio": ratio(summary(tti[path.name])["median"], baseline_tti["median"]),
            "html_ms": summary(html[path.name]),
            "interaction_control": str(control[path.name]) if control.get(path.name) else None,
            "interaction_ms": summary(latency[path.name]) if latency[path.name] else None,
            "kernel_peak_rss_mb": rss.get(path.name),
        }
        for path in modules
    }
    pooled = [value for path in modules for value in latency[path.name]]
    return {"baseline": {"notebook": BASELINE.name, "tti_ms": baseline_tti,
                         "html_ms": summary(html[BASELINE.name]),
                         "kernel_peak_rss_mb": rss.get(BASELINE.name)},
            "modules": per_module, "interaction_ms": summary(pooled)}


async def module_latencies(page: Page, name: str, plan: Plan,
                           control: dict[str, browser.Control | None],
                           searched: set[str]) -> list[float]:
    """Interaction latencies on one load. The control that redraws a chart is looked for on the
    module's first load only: trying controls that redraw none costs a timeout each."""
    samples = []
    if name not in searched:
        searched.add(name)
        control[name], first = await browser.find_chart_control(page)
        samples = [] if first is None else [first]
    if control.get(name) is None:
        return samples
    return samples + await browser.latencies(page, control[name],
                                             plan.interactions - len(samples))


def urls(suite: server.Server, modules: list[Path], count: int) -> list[str]:
    """``count`` page addresses cycling through the modules, as a class spread over them."""
    return [f"{suite.url}voila/render/{modules[i % len(modules)].name}" for i in range(count)]


async def concurrency_figures(chromium: Browser, plan: Plan, modules: list[Path],
                              suite: server.Server) -> dict:
    progress("sessions", sessions=plan.sessions)
    together = await sessions.simultaneous(chromium, urls(suite, modules, plan.sessions),
                                           plan.stall_seconds)
    server.wait_for_kernels(suite, 0, plan.leave_seconds)
    progress("first_loads", loads=plan.first_loads, concurrency=plan.concurrency)
    loads = await sessions.first_loads(chromium, urls(suite, modules, plan.first_loads),
                                       plan.concurrency, plan.stall_seconds,
                                       plan.slow_seconds)
    return {"simultaneous_sessions": together, "first_loads": loads}


def kernels_left(suite: server.Server, plan: Plan) -> dict:
    """Kernels still running ``leave_seconds`` after the last session left; polling stops early
    at zero because no new session starts."""
    started = time.monotonic()
    alive = server.wait_for_kernels(suite, 0, plan.leave_seconds)
    return {"after_seconds": plan.leave_seconds, "alive": alive,
            "zero_after_s": round(time.monotonic() - started, 1) if alive == 0 else None}


async def warm_loads(plan: Plan, modules: list[Path], work: Path) -> dict:
    """Time to interactive of each module from a preheated kernel (see ``warm``)."""
    async with async_playwright() as playwright:
        chromium = await browser.launch(playwright)
        figure = await warm.warm_start(chromium, plan, modules, work)
        await chromium.close()
    return figure


async def unpatched_loads(plan: Plan, modules: list[Path], work: Path) -> dict | None:
    """The same first loads on a server started with BELONGING_LAB_NO_PATCHES=1. Its kernels are
    not shut down when a page is left (that is one of the fixes) and culling is left at its
    default so that a stalled load stays stalled; stopping the server ends them all."""
    if plan.unpatched_loads <= 0:
        return None
    progress("unpatched", loads=plan.unpatched_loads)
    unpatched = server.start(NOTEBOOKS_DIR, work, patched=False)
    try:
        async with async_playwright() as playwright:
            chromium = await browser.launch(playwright)
            figure = await sessions.first_loads(
                chromium, urls(unpatched, modules, plan.unpatched_loads), plan.concurrency,
                plan.stall_seconds, plan.slow_seconds)
            await chromium.close()
    finally:
        unpatched.stop()
    return figure
