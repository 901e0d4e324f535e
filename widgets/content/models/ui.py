"""Labels every module's widgets share: the chart view's table toggle and the texts around
answers kept in the learner's browser (``ui.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from widgets.content.models import Texts


@dataclass(frozen=True)
class UiTexts:
    """The texts around a chart's table toggle and around answers kept in the browser."""

    FILE: ClassVar[str] = "ui"

    chart_view: Texts
    browser_store: Texts
