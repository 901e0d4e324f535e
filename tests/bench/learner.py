"""A simulated learner at the protocol level: it requests a Voila page, connects to its kernel
over Voila's websocket as the page's front end does, asks for the widgets' state, changes a
control and waits for the chart it redraws. No browser runs, so the server's two cores are left
to the server, as in a class whose learners each bring their own device.

What the front end does in the learner's browser (loading its scripts, drawing widgets and
charts) is left out here; the bench measures it in Chromium for one page.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from jupyter_server.services.kernels.connection.base import deserialize_binary_message
from tornado.httpclient import AsyncHTTPClient, HTTPClientError
from tornado.websocket import WebSocketClientConnection, websocket_connect

from tests.bench import protocol

REPLY_SECONDS = 60  # how long one answer of the kernel may take before the learner gives up
PAGE_SECONDS = 300  # a page on a busy server: Voila runs the notebook before it answers


@dataclass
class Learner:
    """One learner's figures: ``tti_ms`` None means the page never became interactive."""

    number: int
    tti_ms: float | None = None
    latencies_ms: list[float] = field(default_factory=list)
    kernel_id: str | None = None
    failure: str = ""
    socket: WebSocketClientConnection | None = None


async def arrive(learner: Learner, page_url: str, host_url: str, changes: int,
                 pause_seconds: float) -> None:
    """Open the page, wait until it is interactive, then make ``changes`` changes of its first
    control, ``pause_seconds`` apart, each timed until the chart it redraws has arrived. The
    connection stays open (see :func:`vanish`)."""
    started = time.monotonic()
    try:
        response = await AsyncHTTPClient().fetch(page_url, request_timeout=PAGE_SECONDS)
    except (HTTPClientError, OSError) as error:
        learner.failure = f"page: {error}"
        return
    page = protocol.parse_page(response.body.decode("utf-8", "replace"))
    if page is None:
        learner.failure = "page: no kernel in the page"
        return
    learner.kernel_id = page.kernel_id
    session = uuid.uuid4().hex
    ws_url = host_url.replace("http", "ws", 1).rstrip("/") + protocol.channels_path(page, session)
    try:
        learner.socket = await websocket_connect(ws_url, max_message_size=2**30)
        states = await _interactive(learner.socket, session)
        learner.tti_ms = round((time.monotonic() - started) * 1000, 1)
        control = protocol.first_control(states)
        if control is None:
            return
        charts = protocol.chart_models(states)
        value = int(states[control.model_id][control.key])
        for step in range(1, changes + 1):
            await asyncio.sleep(pause_seconds)
            new = control.next_value(value, step)
            learner.latencies_ms.append(await _timed_change(learner.socket, session, control,
                                                            new, charts))
    except (HTTPClientError, OSError, TimeoutError) as error:  # e.g. a kernel culled meanwhile
        learner.failure = f"kernel: {type(error).__name__} {error}"


def vanish(learner: Learner) -> None:
    """Leave as a phone or a crashed tab does: the connection drops, no unload is sent."""
    if learner.socket is not None:
        learner.socket.close()
        learner.socket = None


async def _interactive(socket: WebSocketClientConnection, session: str) -> dict:
    """Ask for every widget's state as the front end does on connecting; the states."""
    info = protocol.message("kernel_info_request", {}, session)
    await socket.write_message(json.dumps(info))
    await _until(socket, lambda reply: protocol.is_idle_after(reply, info["header"]["msg_id"]))
    opened, asked = protocol.request_states(session)
    await socket.write_message(json.dumps(opened))
    await socket.write_message(json.dumps(asked))
    found: dict = {}

    def has_states(reply: dict) -> bool:
        states = protocol.states_of(reply)
        if states is not None:
            found.update(states)
        return states is not None

    await _until(socket, has_states)
    return found


async def _timed_change(socket: WebSocketClientConnection, session: str,
                        control: protocol.Control, value: int, charts: set[str]) -> float:
    """Milliseconds from sending the change until the kernel was idle again and, on a page
    with charts, a chart's new state had arrived."""
    sent = protocol.update(control.model_id, {control.key: value}, session)
    msg_id = sent["header"]["msg_id"]
    started = time.monotonic()
    await socket.write_message(json.dumps(sent))
    seen = {"idle": False, "chart": not charts}

    def done(reply: dict) -> bool:
        seen["chart"] = seen["chart"] or bool(protocol.updated_models(reply) & charts)
        seen["idle"] = seen["idle"] or protocol.is_idle_after(reply, msg_id)
        return seen["idle"] and seen["chart"]

    await _until(socket, done)
    return round((time.monotonic() - started) * 1000, 1)


async def _until(socket: WebSocketClientConnection, wanted) -> None:
    """Read the kernel's messages until ``wanted(message)`` is true."""
    deadline = time.monotonic() + REPLY_SECONDS
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("no answer from the kernel")
        raw = await asyncio.wait_for(socket.read_message(), remaining)
        if raw is None:
            raise OSError("the connection closed")
        if wanted(_decoded(raw)):
            return


def _decoded(raw: str | bytes) -> dict[str, Any]:
    if isinstance(raw, bytes):
        with contextlib.suppress(ValueError, KeyError):
            return deserialize_binary_message(raw)
        return {}
    return json.loads(raw)
