"""``belonging-lab configure-jupyter``: the suite's Voila settings, template and kernel fixes for
a Jupyter server (the work is ``widgets.serving.jupyter_config``); binder/postBuild runs it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from widgets.cli import add_command


def register(subparsers: argparse._SubParsersAction) -> None:
    add_command(subparsers, "configure-jupyter", run,
                {"--prefix": dict(type=Path, default=Path(sys.prefix))})


def run(args: argparse.Namespace) -> int:
    from widgets.serving.jupyter_config import configure

    for path in configure(args.prefix):
        print(path)
    return 0
