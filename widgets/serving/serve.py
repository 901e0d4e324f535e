"""``belonging-lab serve``: Voila over notebooks/ with the suite's checked-in configuration."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from widgets.paths import NOTEBOOKS_DIR

SERVING_DIR = Path(__file__).resolve().parent
TEMPLATES_ROOT = SERVING_DIR / "share" / "jupyter"


def voila_argv(
    port: int, host: str, cull_idle: int | None = None, notebooks_dir: Path = NOTEBOOKS_DIR
) -> list[str]:
    """Command-line arguments for Voila: the config in this folder, no browser, one port, and
    optionally a shorter idle time after which a kernel is reclaimed."""
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
    return argv


def serve(port: int, host: str, cull_idle: int | None = None) -> None:
    """Start Voila in this process, with the kernel fixes applied first."""
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        filter(None, [str(TEMPLATES_ROOT), os.environ.get("JUPYTER_PATH")])
    )
    from voila.app import Voila

    from widgets.serving import patches

    patches.apply()
    Voila.launch_instance(argv=voila_argv(port, host, cull_idle))


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("serve", help="Serve the suite as Voila apps.")
    parser.add_argument("--port", type=int, default=8866, help="port (default: 8866)")
    parser.add_argument("--host", default="127.0.0.1", help="address (default: 127.0.0.1)")
    parser.add_argument(
        "--cull-idle",
        type=int,
        metavar="SECONDS",
        help="reclaim a kernel after this many idle seconds (default: 900, from voila.json)",
    )
    parser.set_defaults(handler=lambda args: serve(args.port, args.host, args.cull_idle))
