"""Two fixes to Voila's dependencies, applied in the server process before Voila starts.

Both patch internals, so the versions they were measured with are pinned in pyproject.toml
and tests/browser/test_kernels.py reproduces each failure they prevent.

1. Kernels left behind (voila issue 1458). When a learner leaves, the page posts a shutdown
   request whose XSRF token it reads from tornado's ``_xsrf`` cookie, but the notebook page
   never sets that cookie, so the request is refused (403) and the kernel runs on. Reading
   ``xsrf_token`` in the page handler sets the cookie; request-forgery checks stay on.

2. Concurrent first loads that stall (voila issue 1428, nbclient issue 312, jupyter_client
   PRs 1010 and 1059). ``Session.send`` writes through a blocking shadow of the asyncio ZMQ
   socket, which can consume the edge-triggered readiness event of a reply that has already
   arrived; nbclient then waits for it forever. Reading ``zmq.EVENTS`` on the asyncio socket
   after each send re-arms the event. IPC transport (set in voila.json) removes the rarer
   second cause, a kernel that fails to bind its pre-chosen TCP port.
"""

from __future__ import annotations

from typing import Any

import zmq
from jupyter_client.channels import AsyncZMQSocketChannel
from voila.handler import VoilaHandler

_APPLIED = False


def apply() -> None:
    """Apply both fixes once per process."""
    global _APPLIED
    if _APPLIED:
        return
    _set_xsrf_cookie_on_page_load()
    _rearm_zmq_events_after_send()
    _APPLIED = True


def _set_xsrf_cookie_on_page_load() -> None:
    original = VoilaHandler.get_generator

    async def get_generator(self: VoilaHandler, path: str | None = None) -> Any:
        _ = self.xsrf_token  # reading it sets the _xsrf cookie the unload beacon needs
        async for chunk in original(self, path=path):
            yield chunk

    VoilaHandler.get_generator = get_generator


def _rearm_zmq_events_after_send() -> None:
    original = AsyncZMQSocketChannel.send

    def send(self: AsyncZMQSocketChannel, msg: dict[str, Any]) -> None:
        original(self, msg)
        if self.socket is not None and not self.socket.closed:
            self.socket.get(zmq.EVENTS)

    AsyncZMQSocketChannel.send = send
