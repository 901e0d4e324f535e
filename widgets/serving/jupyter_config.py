"""``belonging-lab configure-jupyter``: the suite's Voila settings for a Jupyter server that runs
Voila as an extension, as Binder and JupyterHub do.

``belonging-lab serve`` reads ``voila.json`` and the template from this package directly. A
Jupyter server finds neither, so Binder's ``/voila/render/...`` links would otherwise show
Voila's default page (which loads fonts and scripts from CDNs) and leak kernels. This command
writes the Voila settings where Voila's server extension looks for them (``voila.json`` in the
environment's ``etc/jupyter``), enables ``widgets.serving.extension`` (the kernel fixes and the
executor's settings) in ``jupyter_server_config.d``, and copies the template into the
environment's ``share/jupyter``, with the Vega libraries the charts are drawn with in the
learners' browsers (``vega_bundle``). binder/postBuild runs it.

The server also gets the kernel culling of the suite's voila.json: a kernel started by a plain
page load, or behind a tab that crashed or never sent its unload beacon, is shut down once idle,
as under ``belonging-lab serve``; kernels with a page still open are kept (JupyterLab keeps its
notebooks connected). voila.json's IPC transport is not applied: its socket paths grow with
the home folder's and would pass the 107-character limit of a socket's name under many hubs'
home folders (``kernel-<id>-ipc-N`` in ``~/.local/share/jupyter/runtime``).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from widgets.files import write_atomic
from widgets.serving.page_settings import page_settings
from widgets.serving.serve import SERVING_DIR, TEMPLATES_ROOT

EXTENSION_CONFIG = Path("jupyter_server_config.d") / "belonging-lab.json"
# A Jupyter server reads only the extensions to enable from jupyter_server_config.d; other
# settings must be in a config file proper, which may already hold the environment's own.
SERVER_CONFIG = Path("jupyter_server_config.json")
TEMPLATE = Path("voila") / "templates" / "belonging"


def suite_config() -> dict[str, Any]:
    return json.loads((SERVING_DIR / "voila.json").read_text(encoding="utf-8"))


def voila_settings() -> dict[str, Any]:
    """The VoilaConfiguration section of the suite's voila.json, with what the page's
    connection banner needs (the server's own culling limits are not known here)."""
    section = {**suite_config()["VoilaConfiguration"], "extension_config": page_settings(None)}
    return {"VoilaConfiguration": section}


def extension_settings() -> dict[str, Any]:
    return {"ServerApp": {"jpserver_extensions": {"widgets.serving.extension": True}}}


def kernel_settings(existing: dict[str, Any]) -> dict[str, Any]:
    """``existing`` server settings with the kernel culling of the suite's voila.json added;
    every other setting is kept. Kernels behind an open page are never culled here: the longer
    limit for them needs the suite's kernel manager (``serving.culling``), which only
    ``belonging-lab serve`` runs, and JupyterLab keeps a learner's notebooks connected."""
    culling = {**suite_config()["MappingKernelManager"], "cull_connected": False}
    return {**existing,
            "MappingKernelManager": {**existing.get("MappingKernelManager", {}), **culling}}


def configure(prefix: Path) -> list[Path]:
    """Write the settings and the template under ``prefix``; returns the paths written."""
    config_dir = prefix / "etc" / "jupyter"
    server_config = config_dir / SERVER_CONFIG
    written = [
        write_json(config_dir / "voila.json", voila_settings()),
        write_json(config_dir / EXTENSION_CONFIG, extension_settings()),
        write_json(server_config, kernel_settings(read_json(server_config))),
    ]
    from widgets.serving import vega_bundle

    vega_bundle.ensure()  # copied with the template
    template = prefix / "share" / "jupyter" / TEMPLATE
    shutil.copytree(TEMPLATES_ROOT / TEMPLATE, template, dirs_exist_ok=True)
    return [*written, template]


def read_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def write_json(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(document, indent=2) + "\n")
    return path
