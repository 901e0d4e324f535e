"""What a Voila page's front end says to its kernel, as plain data: the kernel and widget ids in
the page's HTML, the kernel messages of the Jupyter widgets protocol (the ``jupyter.widget``
comm targets), and which control a simulated learner changes and to what.

Nothing here opens a connection: ``learner`` sends and receives these messages over the
kernel's websocket, and the unit tests check them without a server.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

PROTOCOL_VERSION = "5.3"  # of the Jupyter kernel messages
CONTROL_TARGET = "jupyter.widget.control"  # the comm that hands over every widget's state
CONTROL_VERSION = "1.0.0"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
CONFIG = re.compile(
    r'<script[^>]*id="jupyter-config-data"[^>]*>(.*?)</script>', re.S | re.I)
VIEW_MODEL = re.compile(r'"model_id"\s*:\s*"([0-9a-f]+)"')
CHART_MARKER = "bl-chart"  # in every chart's figure, however it is drawn
# The controls a learner may change, in the order tried, with the state key that holds the
# choice: a slider's value, or the index of an option.
CONTROLS = {
    "IntSliderModel": "value",
    "FloatSliderModel": "value",
    "DropdownModel": "index",
    "ToggleButtonsModel": "index",
    "RadioButtonsModel": "index",
}


@dataclass(frozen=True)
class Page:
    """What the page's HTML tells the front end: its kernel and the widgets it displays."""

    kernel_id: str
    base_url: str
    view_models: tuple[str, ...]


@dataclass(frozen=True)
class Control:
    """A control to change: its model id, the state key and the values it can take."""

    model_id: str
    key: str
    low: int
    high: int

    def next_value(self, current: int, step: int) -> int:
        """The value ``step`` places after ``current``, wrapping round from the top to the
        bottom, so that successive changes visit different states."""
        span = self.high - self.low + 1
        return self.low + (current - self.low + step) % span


def parse_page(page_html: str) -> Page | None:
    """The kernel id, base URL and displayed widget models of a Voila page, or None when the
    page holds no kernel (an error page)."""
    found = CONFIG.search(page_html)
    if not found:
        return None
    try:
        config = json.loads(found.group(1))
    except json.JSONDecodeError:
        return None
    if not config.get("kernelId"):
        return None
    views = tuple(dict.fromkeys(VIEW_MODEL.findall(page_html)))
    return Page(config["kernelId"], config.get("baseUrl", "/"), views)


def channels_path(page: Page, session: str) -> str:
    """The kernel's websocket, as the front end opens it."""
    return f"{page.base_url}api/kernels/{page.kernel_id}/channels?session_id={session}"


def message(msg_type: str, content: dict[str, Any], session: str, channel: str = "shell",
            metadata: dict[str, Any] | None = None) -> dict[str, Any]:
    """A kernel message as the websocket carries it (JSON, with its channel)."""
    return {
        "header": {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "username": "learner",
                   "session": session, "date": datetime.now(UTC).isoformat(),
                   "version": PROTOCOL_VERSION},
        "parent_header": {},
        "metadata": metadata or {},
        "content": content,
        "channel": channel,
        "buffers": [],
    }


def request_states(session: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The two messages with which the front end asks for every widget's state: open the
    control comm, then ask on it. The reply is a ``comm_msg`` with method ``update_states``."""
    comm_id = uuid.uuid4().hex
    opened = message("comm_open", {"comm_id": comm_id, "target_name": CONTROL_TARGET,
                                   "data": {}}, session, metadata={"version": CONTROL_VERSION})
    asked = message("comm_msg", {"comm_id": comm_id, "data": {"method": "request_states"}},
                    session)
    return opened, asked


def update(model_id: str, state: dict[str, Any], session: str) -> dict[str, Any]:
    """A learner's change of a widget: the front end sends the new state on the model's comm."""
    return message("comm_msg", {"comm_id": model_id, "data": {
        "method": "update", "state": state, "buffer_paths": []}}, session)


def states_of(reply: dict[str, Any]) -> dict[str, dict[str, Any]] | None:
    """Every widget's state from an ``update_states`` reply (model id -> state), else None."""
    data = reply.get("content", {}).get("data", {})
    if reply.get("header", {}).get("msg_type") != "comm_msg" or \
            data.get("method") != "update_states":
        return None
    return {model_id: {**entry["state"], "_model_name": entry["model_name"]}
            for model_id, entry in data.get("states", {}).items()}


def chart_models(states: dict[str, dict[str, Any]]) -> set[str]:
    """The models that draw a chart: their state carries a chart's figure."""
    return {model_id for model_id, state in states.items()
            if any(CHART_MARKER in value for value in state.values() if isinstance(value, str))}


def first_control(states: dict[str, dict[str, Any]]) -> Control | None:
    """The first control a learner would change (in the order of ``CONTROLS``, then of the
    page), with its range: a slider's bounds, an option list's indices."""
    for model_name, key in CONTROLS.items():
        for model_id, state in states.items():
            if state.get("_model_name") != model_name or state.get("disabled"):
                continue
            if key == "value":
                return Control(model_id, key, int(state["min"]), int(state["max"]))
            options = state.get("_options_labels") or []
            if len(options) > 1:
                return Control(model_id, key, 0, len(options) - 1)
    return None


def updated_models(reply: dict[str, Any]) -> set[str]:
    """The models whose state a kernel message changes (an ``update`` on their comm)."""
    content = reply.get("content", {})
    if reply.get("header", {}).get("msg_type") == "comm_msg" and \
            content.get("data", {}).get("method") == "update":
        return {content["comm_id"]}
    return set()


def is_idle_after(reply: dict[str, Any], msg_id: str) -> bool:
    """Whether ``reply`` says the kernel went idle after handling message ``msg_id``."""
    return (reply.get("header", {}).get("msg_type") == "status"
            and reply.get("parent_header", {}).get("msg_id") == msg_id
            and reply.get("content", {}).get("execution_state") == "idle")
