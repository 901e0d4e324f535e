"""What a Voila page needs from the server to explain a broken connection (static/faults.js).

Voila hands ``VoilaConfiguration.extension_config`` to the page as PageConfig's
``extensionConfig``, so the banner's texts (content file ``connection``) and the server's
culling limits reach the page without a handler or a hook of our own. ``belonging-lab serve``
passes them when it starts Voila; ``configure-jupyter`` writes them into voila.json.
"""

from __future__ import annotations

from typing import Any

from widgets.content import load
from widgets.content.models.connection import Connection

EXTENSION_KEY = "belonging-lab"


def cull_limits(config: dict[str, Any], cull_idle: int | None = None,
                cull_connected: int | None = None) -> dict[str, int]:
    """Idle seconds after which the server culls a kernel that no page uses ("idle") and one
    behind an open page ("connected"): the given ones, else those in ``config`` (voila.json's
    settings)."""
    idle = config["MappingKernelManager"]["cull_idle_timeout"] if cull_idle is None else cull_idle
    if cull_connected is None:
        cull_connected = config["LearnerKernelManager"]["cull_connected_after"]
    return {"idle": idle, "connected": max(idle, cull_connected)}


def page_settings(cull: dict[str, int] | None) -> dict[str, Any]:
    """The ``extension_config`` entry: the banner's texts and the culling limits (None where
    the server's own culling is not known, as inside Binder's or a hub's server)."""
    return {EXTENSION_KEY: {"texts": load(Connection).for_page(), "cull": cull}}
