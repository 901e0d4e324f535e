"""``belonging-lab serve``: the suite as Voila apps (the work is ``widgets.serving.serve``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from widgets.cli import add_command
from widgets.paths import NOTEBOOKS_DIR
from widgets.serving.serve import DEFAULT_PREHEAT, serve  # Voila is imported when it starts

DEFAULT_PORT = 8866
DEFAULT_HOST = "127.0.0.1"


def register(subparsers: argparse._SubParsersAction) -> None:
    add_command(subparsers, "serve", run, {
        "--port": dict(type=int, default=DEFAULT_PORT),
        "--host": dict(default=DEFAULT_HOST),
        "--cull-idle": dict(type=int, metavar="SECONDS"),
        "--cull-connected": dict(type=int, metavar="SECONDS"),
        "--notebooks-dir": dict(type=Path, default=NOTEBOOKS_DIR),
        "--shared": dict(action="store_true"),
        "--preheat": dict(type=int, default=DEFAULT_PREHEAT, metavar="N"),
        "--class-size": dict(type=int, metavar="N"),
        "--module": dict(metavar="NAME"),
    })


def run(args: argparse.Namespace) -> int:
    serve(args.port, args.host, args.cull_idle, args.notebooks_dir, args.shared, args.preheat,
          args.cull_connected, args.class_size, args.module)
    return 0
