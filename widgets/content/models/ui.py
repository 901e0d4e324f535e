"""Labels every module's widgets share: the chart view's table toggle and the texts around
answers kept in the learner's browser (``ui.yaml``)."""

from __future__ import annotations

from widgets.content.models import Texts, content_file


@content_file("ui")
class UiTexts:
    """The texts around a chart's table toggle and around answers kept in the browser."""

    chart_view: Texts
    browser_store: Texts
