"""Module 02's explorer: pick a component and a setting, read a definition and examples."""

from __future__ import annotations

import html

import ipywidgets as w

from widgets.content import load
from widgets.content.models.framework import Framework
from widgets.ui.controls import menu


def pair_html(framework: Framework, component_id: str, context_id: str) -> str:
    """The escaped HTML panel for one component in one context."""
    labels = framework.labels
    component = framework.component(component_id)
    context = framework.context(context_id)
    pair = framework.pair(component_id, context_id)
    general = labels["general_heading"].format(component=component.label)
    specific = labels["context_heading"].format(component=component.label,
                                                context=context.label)
    examples = "".join(f"<li>{html.escape(example)}</li>" for example in pair.examples)
    return (
        '<div class="bl-framework-panel" role="status">'
        f"<h3>{html.escape(specific)}</h3><p>{html.escape(pair.definition)}</p>"
        f"<h4>{html.escape(labels['examples_heading'])}</h4><ul>{examples}</ul>"
        f"<h4>{html.escape(general)}</h4><p>{html.escape(component.summary)}</p>"
        "</div>"
    )


class FrameworkExplorer(w.VBox):
    """Two labelled dropdowns (component, setting) and the panel they update."""

    def __init__(self, component: str = "", context: str = "") -> None:
        self.framework = load(Framework)
        labels = self.framework.labels
        self.component = menu([(c.label, c.id) for c in self.framework.components], component,
                              labels["component"])
        self.context = menu([(c.label, c.id) for c in self.framework.contexts], context,
                            labels["context"])
        self.panel = w.HTML()
        for control in (self.component, self.context):
            control.observe(self.redraw, names="value")
        self.redraw()
        super().__init__([w.HBox([self.component, self.context]), self.panel])
        self.add_class("bl-framework")

    def redraw(self, _change: dict | None = None) -> None:
        self.panel.value = pair_html(self.framework, self.component.value, self.context.value)
