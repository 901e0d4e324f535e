"""``belonging-lab serve``: Voila over notebooks/ with the suite's checked-in configuration.

Kernels are preheated: Voila keeps ``--preheat`` kernels per module (default 1) that have
already run the notebook, so a page opens without waiting for its imports and first charts.
Modules that restore saved answers when they start (03, 06 and 08) are not preheated while
autosave is on: a kernel started before the learner's last visit ended would restore the
answers saved before it, and its next save would overwrite the newer ones. With autosave off
(a shared server) every module is preheated.

With ``--class-size N --module 01`` the server is a class server (autosave off) whose module
01 keeps N kernels preheated and the other modules none; it refuses to start when N kernels
would not fit in memory (see ``class_pool``).

For benchmarking only, ``BELONGING_LAB_NO_PATCHES=1`` in the environment starts Voila without
the kernel fixes in ``patches``, so that the benchmark (``make bench``) can show what they prevent.
Never set it for a server that learners use.
"""

from __future__ import annotations

import os
from pathlib import Path

from widgets.errors import BelongingLabError
from widgets.logic.autosave import SHARED_SERVER_VARIABLE
from widgets.paths import NOTEBOOKS_DIR, module_named
from widgets.serving import class_pool

SERVING_DIR = Path(__file__).resolve().parent
TEMPLATES_ROOT = SERVING_DIR / "share" / "jupyter"
STATIC_DIR = TEMPLATES_ROOT / "voila" / "templates" / "belonging" / "static"
# The style sheets a page of the suite needs outside Voila too (the report): charts drawn wide
# or narrow, dark and forced colours, print.
PAGE_STYLES = ("belonging.css", "narrow.css", "schemes.css", "print.css")
NO_PATCHES_VARIABLE = "BELONGING_LAB_NO_PATCHES"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
RESTORING_MODULES = ("03_self_assessment.ipynb", "06_reflection_and_action_plan.ipynb",
                     "08_stories_of_belonging.ipynb")
DEFAULT_PREHEAT = 1


def voila_argv(
    port: int,
    host: str,
    cull_idle: int | None = None,
    notebooks_dir: Path = NOTEBOOKS_DIR,
    preheat: int = 0,
    not_preheated: tuple[str, ...] = (),
    cull_connected: int | None = None,
    class_pool_of: tuple[str, int] | None = None,
) -> list[str]:
    """Command-line arguments for Voila: the config in this folder, no browser, one port,
    optionally other idle times after which a kernel is reclaimed (``cull_connected``: one
    that a page is still connected to), and ``preheat`` kernels kept ready for each notebook
    except those named in ``not_preheated`` (or, with ``class_pool_of=(notebook, size)``,
    ``size`` kernels for that notebook alone)."""
    argv = [
        str(notebooks_dir),
        f"--port={port}",
        f"--Voila.ip={host}",
        "--no-browser",
        f"--Voila.config_file_paths={SERVING_DIR}",
    ]
    if cull_idle is not None:
        argv += [
            f"--MappingKernelManager.cull_idle_timeout={cull_idle}",
            f"--MappingKernelManager.cull_interval={max(1, min(60, cull_idle // 2))}",
        ]
    if cull_connected is not None:
        argv.append(f"--LearnerKernelManager.cull_connected_after={cull_connected}")
    if class_pool_of is not None:
        argv += class_pool.pool_argv(*class_pool_of)
    elif preheat > 0:
        argv += ["--VoilaConfiguration.preheat_kernel=True",
                 f"--VoilaConfiguration.default_pool_size={preheat}"]
        argv += [f"--VoilaKernelManager.preheat_denylist={name}" for name in not_preheated]
    return argv


def is_shared(host: str, shared: bool) -> bool:
    """Whether learners other than this machine's user can reach the server."""
    return shared or host not in LOOPBACK_HOSTS


def serve(
    port: int,
    host: str,
    cull_idle: int | None = None,
    notebooks_dir: Path = NOTEBOOKS_DIR,
    shared: bool = False,
    preheat: int = DEFAULT_PREHEAT,
    cull_connected: int | None = None,
    class_size: int | None = None,
    module: str | None = None,
) -> None:
    """Start Voila in this process, with the kernel fixes applied first (unless the
    benchmark-only ``BELONGING_LAB_NO_PATCHES=1`` is set).

    On a shared server autosave is switched off in every kernel (they inherit the
    environment), because all learners' kernels run as one user with one home folder.
    """
    class_pool_of = class_module(class_size, module, notebooks_dir)
    autosave = not is_shared(host, shared or class_pool_of is not None)
    if not autosave:
        os.environ[SHARED_SERVER_VARIABLE] = "1"
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        filter(None, [str(TEMPLATES_ROOT), os.environ.get("JUPYTER_PATH")])
    )
    from traitlets.config import Config
    from voila.app import Voila

    from widgets.serving import patches, path_page, vega_bundle
    from widgets.serving.jupyter_config import suite_config
    from widgets.serving.page_settings import cull_limits, page_settings

    vega_bundle.ensure()  # the Vega libraries the learners' browsers draw charts with

    if os.environ.get(NO_PATCHES_VARIABLE) != "1":
        patches.apply()
    path_page.apply()
    not_preheated = RESTORING_MODULES if autosave else ()
    page = page_settings(cull_limits(suite_config(), cull_idle, cull_connected))
    Voila.launch_instance(
        argv=voila_argv(port, host, cull_idle, notebooks_dir, max(preheat, 0), not_preheated,
                        cull_connected, class_pool_of),
        config=Config({"VoilaConfiguration": {"extension_config": page}}),
    )


def class_module(class_size: int | None, module: str | None,
                 notebooks_dir: Path) -> tuple[str, int] | None:
    """The class's notebook and pool size, once the pool is known to fit in memory."""
    if class_size is None:
        return None
    if not module:
        raise BelongingLabError("serving.class_needs_module")
    class_pool.check_fits(class_size)
    return notebook_named(module, notebooks_dir).name, class_size


def notebook_named(name: str, notebooks_dir: Path) -> Path:
    """The notebook in ``notebooks_dir`` matching ``name`` (a file name, stem or number)."""
    notebooks = sorted(notebooks_dir.glob("*.ipynb"))
    found = module_named(name, notebooks)
    if found is None:
        raise BelongingLabError("serving.unknown_module", name=name,
                                choices=", ".join(path.stem for path in notebooks))
    return found
