"""A Jupyter server extension that applies the suite's kernel fixes (see ``patches``) where
Voila runs inside JupyterLab's server rather than through ``belonging-lab serve``: on Binder
(``/voila/render/...``) and on a JupyterHub. ``belonging-lab configure-jupyter`` enables it."""

from __future__ import annotations

from typing import Any

from traitlets.config import Config

from widgets.serving import patches, path_page
from widgets.serving.jupyter_config import suite_config


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "widgets.serving.extension"}]


def _load_jupyter_server_extension(server_app: Any) -> None:
    patches.apply()
    path_page.apply()  # the learner's path panel on the landing page and every module
    # Voila's page otherwise names MathJax on cdnjs, as `belonging-lab serve` never does;
    # JupyterLab 4 and Voila 0.5 typeset with a bundled MathJax and do not need it.
    server_app.web_app.settings["mathjax_url"] = None
    # Voila's extension hands the server's configuration to its executor; the server reads no
    # section but its own from jupyter_server_config.d, so the executor's is merged in here.
    server_app.config.merge(Config({"VoilaExecutor": suite_config()["VoilaExecutor"]}))
    server_app.log.info("Belonging Lab: kernel fixes applied to Voila")
