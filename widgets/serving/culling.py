"""Kernel culling that follows what learners do.

Jupyter's culler has one idle time for every kernel, and either spares kernels behind an open
page for ever (``cull_connected`` off: a tab left open overnight holds about 200 MB) or culls
them as soon as nobody has touched them for that time (on: a learner who reads for a quarter
of an hour loses the page). This kernel manager keeps both limits: a kernel that no page is
connected to is culled after ``cull_idle_timeout`` idle seconds, as before, and one behind an
open page only after ``cull_connected_after`` idle seconds (taken as at least the first).

Jupyter's server leaves the page's websocket open when it shuts a kernel down, so a page whose
kernel was culled would wait for it for ever, its controls still looking alive. The culler
therefore closes the websockets of the kernels it culls (through jupyter_server's registry of
open kernel connections, pinned in pyproject.toml); the page then asks the server about its
kernel, says that the session was closed and how to get back (static/faults.js), and the
answers are kept (on disk or in the learner's browser), so a reload loses nothing.
"""

from __future__ import annotations

from datetime import timedelta

from jupyter_server._tz import utcnow
from jupyter_server.services.kernels.connection.channels import ZMQChannelsWebsocketConnection
from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from traitlets import Integer

DEFAULT_CONNECTED_SECONDS = 3600


class LearnerKernelManager(AsyncMappingKernelManager):
    """Culls kernels behind an open page later than kernels that no page uses."""

    cull_connected_after = Integer(
        DEFAULT_CONNECTED_SECONDS,
        config=True,
        help="Idle seconds after which a kernel that a page is still connected to is culled "
        "(needs cull_connected=True; never shorter than cull_idle_timeout).",
    )

    async def cull_kernel_if_idle(self, kernel_id: str) -> None:
        kernel = self._kernels.get(kernel_id)
        if kernel is None:
            return
        connected = self._kernel_connections.get(kernel_id, 0) > 0
        last_activity = getattr(kernel, "last_activity", None)
        if connected and last_activity is not None and (
                utcnow() - last_activity <= timedelta(seconds=self.cull_connected_after)):
            return
        await super().cull_kernel_if_idle(kernel_id)
        if kernel_id not in self:
            close_pages_of(kernel_id)


def close_pages_of(kernel_id: str) -> None:
    """Close the websockets of the pages still connected to a kernel that has been shut down."""
    for connection in list(ZMQChannelsWebsocketConnection._open_sockets):
        if connection.kernel_id == kernel_id:
            connection.websocket_handler.close()
