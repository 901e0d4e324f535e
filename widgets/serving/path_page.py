"""The data the learner's path panel needs, put into every page Voila draws.

The panel (``static/path.js``, included by ``path-panel.html``) runs in the learner's browser
and keeps the path there, in local storage under keys starting ``belonging-lab:path:``; the
server never sees or stores it. What the page gives it is public: the modules in the order of
the module map, the panel's texts (``path.yaml``) and the completion record's format. Voila
hands templates no hook for extra data, so ``apply`` adds it to the template namespace of the
landing page (tree handler) and to the resources of every notebook page (exporter), both in
``belonging-lab serve`` and where Voila runs inside Jupyter's server (Binder, a hub).
"""

from __future__ import annotations

from typing import Any

from voila.exporter import VoilaExporter
from voila.treehandler import VoilaTreeHandler

from widgets.content import load
from widgets.content.models.module_map import ModuleMap
from widgets.content.models.path import PathTexts
from widgets.logic.completions import FORMAT

STORAGE_PREFIX = "belonging-lab:path:"
_APPLIED = False


def page_data(base_url: str) -> dict[str, Any]:
    """Everything the path panel shows or needs, for a server whose pages start at
    ``base_url``."""
    modules = [{"number": module.number, "title": module.title, "notebook": module.notebook}
               for module in load(ModuleMap).modules]
    return {
        "modules": modules,
        "texts": load(PathTexts).for_page(),
        "record_format": FORMAT,
        "storage_prefix": STORAGE_PREFIX,
        "render_url": f"{base_url}voila/render/",
        "static_url": f"{base_url}voila/static/",
    }


def apply() -> None:
    """Give the landing page and every notebook page the path data, once per process."""
    global _APPLIED
    if _APPLIED:
        return
    render_template = VoilaTreeHandler.render_template

    def render_tree(self: VoilaTreeHandler, name: str, **namespace: Any) -> str:
        namespace["resources"] = {**namespace.get("resources", {}),
                                  "belonging_path": page_data(self.base_url)}
        return render_template(self, name, **namespace)

    init_resources = VoilaExporter._init_resources

    def init_notebook_resources(self: VoilaExporter, resources: dict) -> dict:
        resources = init_resources(self, resources)
        resources["belonging_path"] = page_data(self.base_url)
        return resources

    VoilaTreeHandler.render_template = render_tree
    VoilaExporter._init_resources = init_notebook_resources
    _APPLIED = True
