"""Module 08's advice to someone starting out: autosave on the learner's machine, and exports.

The advice is kept as JSON in a folder the learner owns (``~/.belonging-lab`` by default), or on
a server shared by a class in the learner's own browser, like module 06's plan; it is
exported as Markdown or HTML for the learner to download; it is never collected. Typed text is
escaped in both exports the same way as module 06's plan (``widgets.logic.action_plan``).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from widgets.logic import autosave
from widgets.logic.action_plan import HTML_STYLE, escape_markdown

STATE_FILE = "stories-advice.json"
STATE_FORMAT = "belonging-lab-advice/1"


@dataclass(frozen=True)
class Advice:
    """What the learner wrote, and when it was last saved."""

    text: str = ""
    saved_at: str = ""


def state_path(state_dir: str | Path) -> Path:
    """The autosave file inside ``state_dir`` (``~`` is expanded)."""
    return autosave.state_file(state_dir, STATE_FILE)


def to_json(advice: Advice) -> str:
    """The advice as the JSON document kept on the learner's machine."""
    document = {"format": STATE_FORMAT, "saved_at": advice.saved_at, "advice": advice.text}
    return json.dumps(document, ensure_ascii=False, indent=2)


def from_json(text: str) -> Advice:
    """Advice read back from its JSON; anything malformed raises a BelongingLabError."""
    return autosave.parse(text, STATE_FORMAT, "modules.advice_state_unreadable", advice_of)


def advice_of(document: dict[str, Any]) -> Advice:
    """The advice a saved document holds (its format already checked)."""
    if not isinstance(document.get("advice", ""), str):
        raise ValueError("the advice is not text")
    return Advice(document.get("advice", ""), str(document.get("saved_at", "")))


def stamped(advice: Advice, now: datetime | None = None) -> Advice:
    """The advice with the time it is saved at."""
    return Advice(advice.text, (now or datetime.now()).isoformat(timespec="seconds"))


def save(advice: Advice, state_dir: str | Path, now: datetime | None = None) -> Advice:
    """Write the advice atomically into ``state_dir``; returns it stamped with the save time."""
    saved = stamped(advice, now)
    autosave.save(state_path(state_dir), to_json(saved))
    return saved


def restore(state_dir: str | Path) -> Advice | None:
    """The saved advice, or None; an unreadable file is set aside (``widgets.logic.autosave``)."""
    return autosave.restore(state_path(state_dir), from_json, "modules.advice_state_set_aside")


KEEPING = autosave.Keeping("advice", Advice(), restore, save, state_path, to_json, from_json,
                           stamped)


def to_markdown(advice: Advice, prompt: str, texts: dict[str, str], today: str) -> str:
    """The advice as a Markdown document; the typed text renders exactly as typed."""
    md = escape_markdown
    body = advice.text.strip()
    parts = [f"# {md(texts['title'])}", md(texts["written"].format(date=today)),
             f"## {md(texts['prompt_heading'])}", md(prompt),
             f"## {md(texts['advice_heading'])}", md(body) if body else md(texts["no_answer"]),
             f"---\n{md(texts['note'])}"]
    return "\n\n".join(parts) + "\n"


def to_html(advice: Advice, prompt: str, texts: dict[str, str], today: str) -> str:
    """The advice as a self-contained HTML page; every text is escaped."""
    def esc(text: str) -> str:
        return html.escape(text).replace("\n", "<br>")

    body = advice.text.strip() or texts["no_answer"]
    language = html.escape(texts["language"], quote=True)
    return (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{esc(texts['title'])}</title><style>{HTML_STYLE}</style></head><body><main>"
        f"<h1>{esc(texts['title'])}</h1><p>{esc(texts['written'].format(date=today))}</p>"
        f"<h2>{esc(texts['prompt_heading'])}</h2><p>{esc(prompt)}</p>"
        f"<h2>{esc(texts['advice_heading'])}</h2><p>{esc(body)}</p>"
        f"<hr><p>{esc(texts['note'])}</p></main></body></html>\n"
    )


def export_name(texts: dict[str, Any], today: str, suffix: str) -> str:
    """The download's file name, e.g. ``belonging-advice-2026-12-01.md``."""
    return f"{texts['filename']}-{today}.{suffix}"
