"""``belonging-lab configure-jupyter``: the suite's Voila settings, template and kernel fixes for
a Jupyter server (the work is ``widgets.serving.jupyter_config``); binder/postBuild runs it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from widgets.content.messages import message


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("configure-jupyter", help=message("cli.configure_jupyter"))
    parser.add_argument("--prefix", type=Path, default=Path(sys.prefix),
                        help=message("cli.configure_jupyter_prefix"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from widgets.serving.jupyter_config import configure

    for path in configure(args.prefix):
        print(path)
    return 0
