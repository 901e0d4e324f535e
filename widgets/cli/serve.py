"""``belonging-lab serve``: the suite as Voila apps (the work is ``widgets.serving.serve``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from widgets.content.messages import message
from widgets.paths import NOTEBOOKS_DIR
from widgets.serving.serve import DEFAULT_PREHEAT, serve  # Voila is imported when it starts

DEFAULT_PORT = 8866
DEFAULT_HOST = "127.0.0.1"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("serve", help=message("cli.serve"))
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=message("cli.serve_port"))
    parser.add_argument("--host", default=DEFAULT_HOST, help=message("cli.serve_host"))
    parser.add_argument("--cull-idle", type=int, metavar="SECONDS",
                        help=message("cli.serve_cull_idle"))
    parser.add_argument("--cull-connected", type=int, metavar="SECONDS",
                        help=message("cli.serve_cull_connected"))
    parser.add_argument("--notebooks-dir", type=Path, default=NOTEBOOKS_DIR,
                        help=message("cli.serve_notebooks_dir"))
    parser.add_argument("--shared", action="store_true", help=message("cli.serve_shared"))
    parser.add_argument("--preheat", type=int, default=DEFAULT_PREHEAT, metavar="N",
                        help=message("cli.serve_preheat"))
    parser.add_argument("--class-size", type=int, metavar="N", help=message("cli.serve_class_size"))
    parser.add_argument("--module", metavar="NAME", help=message("cli.serve_module"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    serve(args.port, args.host, args.cull_idle, args.notebooks_dir, args.shared, args.preheat,
          args.cull_connected, args.class_size, args.module)
    return 0
