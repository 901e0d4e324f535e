"""Module 06's reflection and action plan: autosave on the learner's machine, and exports.

The plan is kept as JSON in a folder the learner owns (``~/.belonging-lab`` by default) and is
exported as Markdown or HTML for the learner to download. Everything a person typed is escaped
in both exports: in HTML with ``html.escape``; in Markdown by backslash-escaping the characters
that could start markup, links, images or raw HTML, so the file renders as the text typed.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from widgets.content.models.reflection import Reflection
from widgets.logic import autosave

STATE_FILE = "reflection-plan.json"
STATE_FORMAT = "belonging-lab-reflection/1"
ACTION_FIELDS = ("component", "action", "when", "with_whom")

# Characters that can open Markdown or HTML anywhere in a line, and patterns that do so only at
# its start (headings, lists, block quotes, setext underlines).
MARKDOWN_INLINE = re.compile(r"([\\`*_{}\[\]<>#|!~&])")
MARKDOWN_LINE_START = re.compile(r"^(\d*)([-+=.)])")

HTML_STYLE = (
    "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:46rem;margin:2rem auto;"
    "padding:0 1rem;color:#1a1a1a}table{border-collapse:collapse;width:100%}"
    "th,td{border:1px solid #999;padding:.4rem;text-align:left;vertical-align:top}"
)


@dataclass(frozen=True)
class Action:
    """One row of the plan: a component of belonging and a concrete step."""

    component: str = ""
    action: str = ""
    when: str = ""
    with_whom: str = ""


@dataclass(frozen=True)
class Plan:
    """Answers to the reflection prompts (by prompt id) and the actions, in order."""

    reflections: dict[str, str] = field(default_factory=dict)
    actions: tuple[Action, ...] = ()
    saved_at: str = ""


def state_path(state_dir: str | Path) -> Path:
    """The autosave file inside ``state_dir`` (``~`` is expanded)."""
    return autosave.state_file(state_dir, STATE_FILE)


def to_json(plan: Plan) -> str:
    """The plan as the JSON document kept on the learner's machine."""
    document = {
        "format": STATE_FORMAT,
        "saved_at": plan.saved_at,
        "reflections": plan.reflections,
        "actions": [asdict(action) for action in plan.actions],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def from_json(text: str) -> Plan:
    """A plan read back from its JSON; anything malformed raises a BelongingLabError."""
    return autosave.parse(text, STATE_FORMAT, "modules.reflection_state_unreadable", plan_of)


def plan_of(document: dict[str, Any]) -> Plan:
    """The plan a saved document holds (its format already checked)."""
    reflections = {str(k): str(v) for k, v in document.get("reflections", {}).items()}
    actions = tuple(Action(**{name: str(row.get(name, "")) for name in ACTION_FIELDS})
                    for row in document.get("actions", []))
    return Plan(reflections, actions, str(document.get("saved_at", "")))


def stamped(plan: Plan, now: datetime | None = None) -> Plan:
    """The plan with the time it is saved at."""
    return Plan(plan.reflections, plan.actions,
                (now or datetime.now()).isoformat(timespec="seconds"))


def save(plan: Plan, state_dir: str | Path, now: datetime | None = None) -> Plan:
    """Write the plan atomically into ``state_dir``; returns it stamped with the save time."""
    saved = stamped(plan, now)
    autosave.save(state_path(state_dir), to_json(saved))
    return saved


def restore(state_dir: str | Path) -> Plan | None:
    """The saved plan, or None when there is none.

    An unreadable file is set aside (see ``widgets.logic.autosave``) so that the next autosave
    does not overwrite what the learner may still want, and a BelongingLabError names both files.
    """
    return autosave.restore(state_path(state_dir), from_json,
                            "modules.reflection_state_set_aside")


KEEPING = autosave.Keeping("reflection", Plan(), restore, save, state_path, to_json, from_json,
                           stamped)


def filled(actions: tuple[Action, ...]) -> list[Action]:
    """The actions with something typed in them (a component alone is not an action)."""
    return [a for a in actions if any(v.strip() for v in (a.action, a.when, a.with_whom))]


def escape_markdown(text: str) -> str:
    """Text that renders in Markdown exactly as typed: no markup, links, images or HTML."""
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = MARKDOWN_INLINE.sub(r"\\\1", line.strip())
        lines.append(MARKDOWN_LINE_START.sub(r"\1\\\2", line, count=1))
    return "  \n".join(lines)


def one_line(text: str) -> str:
    """A single-line field with any line breaks or runs of spaces folded into one space."""
    return " ".join(text.split())


def to_markdown(plan: Plan, content: Reflection, today: str) -> str:
    """The reflection and plan as a Markdown document; every typed text is escaped."""
    md, texts, components = escape_markdown, content.export, content.component_labels()
    parts = [f"# {md(texts['title'])}", md(texts["written"].format(date=today)),
             f"## {md(texts['reflections_heading'])}"]
    for prompt in content.prompts:
        answer = plan.reflections.get(prompt.id, "").strip()
        parts += [f"### {md(prompt.text)}", md(answer) if answer else md(texts["no_answer"])]
    parts.append(f"## {md(texts['plan_heading'])}")
    rows = filled(plan.actions)
    for number, action in enumerate(rows, start=1):
        component = components.get(action.component, action.component)
        parts.append(
            f"{number}. **{md(texts['component'])}:** {md(one_line(component))}  \n"
            f"   **{md(texts['action'])}:** {md(one_line(action.action))}  \n"
            f"   **{md(texts['when'])}:** {md(one_line(action.when))}  \n"
            f"   **{md(texts['with_whom'])}:** {md(one_line(action.with_whom))}"
        )
    if not rows:
        parts.append(md(texts["no_actions"]))
    parts.append(f"---\n{md(texts['attribution_note'])}")
    return "\n\n".join(parts) + "\n"


def to_html(plan: Plan, content: Reflection, today: str) -> str:
    """The reflection and plan as a self-contained HTML page; every text is escaped."""
    def esc(text: str) -> str:
        return html.escape(text).replace("\n", "<br>")

    texts, components = content.export, content.component_labels()
    body = [f"<h1>{esc(texts['title'])}</h1>",
            f"<p>{esc(texts['written'].format(date=today))}</p>",
            f"<h2>{esc(texts['reflections_heading'])}</h2>"]
    for prompt in content.prompts:
        answer = plan.reflections.get(prompt.id, "").strip()
        body.append(f"<h3>{esc(prompt.text)}</h3><p>{esc(answer or texts['no_answer'])}</p>")
    body.append(f"<h2>{esc(texts['plan_heading'])}</h2>")
    rows = filled(plan.actions)
    if rows:
        header = "".join(f'<th scope="col">{esc(texts[name])}</th>' for name in ACTION_FIELDS)
        cells = "".join(
            "<tr>" + "".join(
                f"<td>{esc(one_line(components.get(a.component, a.component)))}</td>"
                if name == "component" else f"<td>{esc(one_line(getattr(a, name)))}</td>"
                for name in ACTION_FIELDS) + "</tr>"
            for a in rows
        )
        body.append(f"<table><thead><tr>{header}</tr></thead><tbody>{cells}</tbody></table>")
    else:
        body.append(f"<p>{esc(texts['no_actions'])}</p>")
    body.append(f"<hr><p>{esc(texts['attribution_note'])}</p>")
    language = html.escape(texts["language"], quote=True)
    return (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{esc(texts['title'])}</title><style>{HTML_STYLE}</style></head>"
        f"<body><main>{''.join(body)}</main></body></html>\n"
    )


def export_name(texts: dict[str, Any], today: str, suffix: str) -> str:
    """The download's file name, e.g. ``belonging-action-plan-2026-11-23.md``."""
    return f"{texts['filename']}-{today}.{suffix}"
