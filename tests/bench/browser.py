"""One Voila page in Debian's headless Chromium: its time to interactive, its kernel, and the
latency of its controls. Timings come from ``probe.js``, injected before any page script."""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass
from pathlib import Path

from playwright.async_api import Browser, BrowserContext, Page, Playwright, Request
from playwright.async_api import Error as PlaywrightError

from tests.harness import chromium_options

PROBE = (Path(__file__).parent / "probe.js").read_text(encoding="utf-8")
QUIET_MS = 300  # the kernel counts as idle once it said so and then sent nothing for this long
CHART_WAIT_MS = 8_000  # how long one control may take to redraw a chart before it is skipped
ACTION_MS = 5_000  # how long a control may take to accept an input
ERROR_MARKERS = ("There was an error when executing cell", "Traceback", "DeadKernelError")
CONTROLS = {  # what the bench may change, in the order it tries them
    "slider": ".widget-slider .noUi-handle",
    "dropdown": ".widget-dropdown select",
    "toggle buttons": ".widget-toggle-buttons",
    "radio buttons": ".widget-radio-box",
    "checkbox": ".widget-checkbox input",
}
MAX_CONTROLS_TRIED = 6
SHUTDOWN_PATH = "/voila/api/shutdown/"  # where the page's unload beacon goes
BEACON_SECONDS = 10


@dataclass
class Load:
    """One page load: ``tti_ms`` is None when no widget rendered in time (a stall)."""

    page: Page
    tti_ms: float | None = None
    html_ms: float | None = None  # until the page's HTML had arrived: Voila runs the notebook first
    failed: bool = False
    detail: str = ""
    seconds: float = 0.0


async def launch(playwright: Playwright) -> Browser:
    return await playwright.chromium.launch(**chromium_options())


async def new_context(browser: Browser) -> BrowserContext:
    """A browser profile of its own (an empty cache), with the timing probe in every page."""
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    await context.add_init_script(PROBE)
    return context


async def open_page(browser: Browser, url: str, stall_seconds: float,
                    context: BrowserContext | None = None) -> Load:
    """Navigate a fresh context (or a page of ``context``, whose cache earlier pages filled)
    to ``url`` and wait until a widget is drawn and the kernel is idle; time to interactive is
    measured from the start of navigation."""
    context = context or await new_context(browser)
    page = await context.new_page()
    load = Load(page)
    started = time.monotonic()
    timeout_ms = stall_seconds * 1000
    try:
        await page.goto(url, wait_until="commit", timeout=timeout_ms)
        remaining = max(1.0, timeout_ms - (time.monotonic() - started) * 1000)
        await page.wait_for_function(
            f"""() => {{ const t = window.__blBench;
                return t && t.widgetAt !== null && t.state === "idle"
                    && performance.now() - t.lastMessageAt > {QUIET_MS}; }}""",
            timeout=remaining, polling=100)
        timings = await page.evaluate("window.__blBench")
        load.tti_ms = round(max(timings["widgetAt"], timings["lastIdleAt"]), 1)
        load.html_ms = round(await page.evaluate(
            "performance.getEntriesByType('navigation')[0].responseEnd"), 1)
        text = await page.inner_text("body")
        load.detail = next((marker for marker in ERROR_MARKERS if marker in text), "")
        load.failed = bool(load.detail)
    except PlaywrightError as error:
        load.detail = str(error).splitlines()[0]
        load.failed = "Timeout" not in load.detail  # a timeout is a stall, anything else a failure
    load.seconds = time.monotonic() - started
    return load


async def leave(page: Page, keep_context: bool = False) -> None:
    """Leave as a learner does: the unload beacon asks Voila to shut the kernel down.

    A browser delivers the beacon after the tab has gone, but closing a Playwright context
    cancels it; so the context stays open until the beacon's request has finished (or
    ``BEACON_SECONDS`` passed: a page that never connected to its kernel sends none)."""
    sent = asyncio.get_running_loop().create_future()

    def finished(request: Request) -> None:
        if SHUTDOWN_PATH in request.url and not sent.done():
            sent.set_result(None)

    page.context.on("requestfinished", finished)
    page.context.on("requestfailed", finished)
    with contextlib.suppress(PlaywrightError):
        await page.goto("about:blank", timeout=30_000)
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(sent, BEACON_SECONDS)
    page.context.remove_listener("requestfinished", finished)
    page.context.remove_listener("requestfailed", finished)
    if keep_context:
        await page.close()
    else:
        await page.context.close()


@dataclass(frozen=True)
class Control:
    """A control found to redraw a chart: its kind (a key of CONTROLS) and its index."""

    kind: str
    index: int

    def __str__(self) -> str:
        return f"{self.kind} {self.index + 1}"


async def find_chart_control(page: Page) -> tuple[Control | None, float | None]:
    """The first visible control whose change redraws a chart, and that first latency."""
    for kind, selector in CONTROLS.items():
        for index in range(min(await page.locator(selector).count(), MAX_CONTROLS_TRIED)):
            if not await page.locator(selector).nth(index).is_visible():
                continue
            latency = await _timed_change(page, Control(kind, index))
            if latency is not None:
                return Control(kind, index), latency
    return None, None


async def latencies(page: Page, control: Control, repeats: int) -> list[float]:
    """``repeats`` changes of ``control``, each timed from the input event to the frame after
    the new chart arrived; a change that redrew nothing in time is left out."""
    timed = [await _timed_change(page, control) for _ in range(repeats)]
    return [latency for latency in timed if latency is not None]


async def _timed_change(page: Page, control: Control) -> float | None:
    await _wait_until_idle(page)
    await page.evaluate("window.__blBenchArm()")
    try:
        await _change(page, control.kind, page.locator(CONTROLS[control.kind]).nth(control.index))
        await page.wait_for_function("window.__blBench.drawnAt !== null", timeout=CHART_WAIT_MS,
                                     polling="raf")
    except PlaywrightError:
        return None
    timings = await page.evaluate("window.__blBench")
    return round(timings["drawnAt"] - (timings["actedAt"] or timings["armedAt"]), 1)


async def _wait_until_idle(page: Page) -> None:
    with contextlib.suppress(PlaywrightError):  # a busy kernel is timed as it is
        await page.wait_for_function(
            f"""() => window.__blBench.state === "idle"
                && performance.now() - window.__blBench.lastMessageAt > {QUIET_MS}""",
            timeout=CHART_WAIT_MS, polling=50)


async def _change(page: Page, kind: str, control) -> None:
    """Change one control to a different value, as a learner would: the next option in turn,
    so that successive changes visit different states rather than two alternating ones (the
    modules keep drawn charts, and alternating would time only their cache)."""
    if kind == "slider":
        now = float(await control.get_attribute("aria-valuenow", timeout=ACTION_MS) or 0)
        top = float(await control.get_attribute("aria-valuemax", timeout=ACTION_MS) or 0)
        await control.focus(timeout=ACTION_MS)
        await page.keyboard.press("ArrowLeft" if now >= top else "ArrowRight")
    elif kind == "dropdown":
        options = await control.locator("option").count()
        current = await control.evaluate("element => element.selectedIndex")
        await control.select_option(index=(current + 1) % max(options, 1), timeout=ACTION_MS)
    elif kind in ("toggle buttons", "radio buttons"):
        options, chosen = (("button", ".mod-active") if kind == "toggle buttons"
                           else ("input", ":checked"))
        choices = control.locator(options)
        current = await choices.evaluate_all(
            f"(items) => items.findIndex((item) => item.matches('{chosen}'))")
        await choices.nth((current + 1) % await choices.count()).click(timeout=ACTION_MS)
    else:
        await control.click(timeout=ACTION_MS)
