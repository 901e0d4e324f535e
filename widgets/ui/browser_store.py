"""A module's answers kept in the learner's own browser, on a server shared by a class.

There every learner's kernel runs as one account, so nothing may be saved on the server's disk
(see ``widgets.logic.autosave``); a reload, a restarted or a culled kernel would then lose every
answer. ``BrowserStore`` is a small anywidget whose browser side keeps the document the module
hands it in localStorage (key ``belonging-lab:answers:<base URL><name>``, or
``belonging-lab:answers:<scope><name>`` where the kernel names a scope: on Binder, the
repository) and gives it back when the page opens again. It also draws the "forget my answers
on this device" button.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import anywidget
import traitlets

from widgets.content import load
from widgets.content.models.ui import UiTexts


class BrowserStore(anywidget.AnyWidget):
    """Keeps ``value`` in the browser; ``restore`` receives what the browser had kept, and
    ``forget`` is called after the learner has removed it from the browser."""

    _esm = Path(__file__).with_name("browser_store.js")
    name = traitlets.Unicode().tag(sync=True)
    value = traitlets.Unicode("").tag(sync=True)
    stored = traitlets.Unicode("").tag(sync=True)
    restored = traitlets.Bool(False).tag(sync=True)
    labels = traitlets.Dict().tag(sync=True)
    scope = traitlets.Unicode("").tag(sync=True)

    def __init__(self, name: str, restore: Callable[[str], None],
                 forget: Callable[[], None], scope: str = "") -> None:
        super().__init__(name=name, labels=load(UiTexts).browser_store, scope=scope)
        self._restore, self._forget = restore, forget
        self.observe(self._restored, names="stored")
        self.on_msg(self._message)

    def keep(self, document: str) -> None:
        self.value = document

    def set_aside(self) -> None:
        """Move what the browser kept out of the way (it could not be read), so that the next
        save does not overwrite what the learner may still want."""
        self.send({"set_aside": True})

    def _restored(self, change: dict[str, Any]) -> None:
        self._restore_once(change["new"])

    def _restore_once(self, document: str) -> None:
        if document and not self.restored:
            self.restored = True
            self._restore(document)

    def _message(self, _widget: Any, content: dict[str, Any], _buffers: Any) -> None:
        if isinstance(content.get("stored"), str):
            self._restore_once(content["stored"])
        if content.get("forgotten"):
            self.value = ""
            self._forget()

