"""The save status line of the modules that keep answers (03 and 06).

It is marked with where the answers are kept (``data-bl-kept``: disk, browser or off) and when
they were last saved (``data-bl-saved-time``), which the page's connection banner (the
template's faults.js) reads to tell the learner, after a fault, up to when their answers are
safe.
"""

from __future__ import annotations

import html
from datetime import datetime


def status_html(text: str, kept: str, saved_time: str = "") -> str:
    marks = f' data-bl-kept="{html.escape(kept, quote=True)}"'
    if saved_time:
        marks += f' data-bl-saved-time="{html.escape(saved_time, quote=True)}"'
    return f'<p role="status"{marks}>{html.escape(text)}</p>'


def clock_time(saved_at: str) -> str:
    """The time of day of an ISO save time, as the status line shows it."""
    return datetime.fromisoformat(saved_at).strftime("%H:%M:%S")
