"""Many pages at once: simultaneous sessions that stay open together, and a stream of first
loads at a fixed concurrency, each left as soon as it rendered."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from playwright.async_api import Browser

from tests.bench import browser
from tests.bench.stats import summary


@dataclass(frozen=True)
class Outcome:
    tti_ms: float | None
    failed: bool

    @property
    def stalled(self) -> bool:
        return self.tti_ms is None and not self.failed


async def simultaneous(chromium: Browser, urls: list[str], stall_seconds: float) -> dict:
    """Open every url at once, keep all pages open until each rendered or stalled, then leave."""
    loads = await asyncio.gather(*(browser.open_page(chromium, url, stall_seconds)
                                   for url in urls))
    await asyncio.gather(*(browser.leave(load.page) for load in loads))
    rendered = [load.tti_ms for load in loads if load.tti_ms is not None and not load.failed]
    return {"sessions": len(urls), "rendered": len(rendered), "tti_ms": summary(rendered)}


async def first_loads(chromium: Browser, urls: list[str], concurrency: int,
                      stall_seconds: float, slow_seconds: float) -> dict:
    """Load every url with at most ``concurrency`` at a time; count stalls and failures."""
    gate = asyncio.Semaphore(concurrency)

    async def one(url: str) -> Outcome:
        async with gate:
            load = await browser.open_page(chromium, url, stall_seconds)
            await browser.leave(load.page)
            return Outcome(load.tti_ms if not load.failed else None, load.failed)

    outcomes = await asyncio.gather(*(one(url) for url in urls))
    return load_counts(outcomes, concurrency, stall_seconds, slow_seconds)


def load_counts(outcomes: list[Outcome], concurrency: int, stall_seconds: float,
                slow_seconds: float) -> dict:
    """The JSON figure for a batch of first loads."""
    rendered = [outcome.tti_ms for outcome in outcomes if outcome.tti_ms is not None]
    return {
        "loads": len(outcomes),
        "concurrency": concurrency,
        "stall_seconds": stall_seconds,
        "stalled": sum(outcome.stalled for outcome in outcomes),
        "failed": sum(outcome.failed for outcome in outcomes),
        "slow_seconds": slow_seconds,
        "slow": sum(tti > slow_seconds * 1000 for tti in rendered),
        "tti_ms": summary(rendered),
    }
