"""The banner a Voila page shows when it loses its kernel or its server (``connection.yaml``).
The page's script (the template's ``faults.js``) reads it as JSON: :meth:`Connection.for_page`."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from widgets.content.models import Texts, content_file


@content_file("connection")
class Connection:
    """What the banner says: its region and buttons, each fault (``faults``), up to when the
    answers were saved (``saved``) and the units of a culling limit."""

    region: str
    reload: str
    controls_off: str
    back: str
    faults: dict[str, Texts]  # by fault: its title, explanation and action
    saved: Texts
    units: Texts

    def for_page(self) -> dict[str, Any]:
        """The texts as the page's script reads them (the file's keys and nesting)."""
        return asdict(self)
