"""The ``belonging-lab`` command. Each subcommand is one module of this folder, named after it
(``configure-jupyter`` is ``configure_jupyter.py``), with ``register(subparsers)``, which adds
its options, and ``run(args)``, which calls the work where it lives (``widgets/serving/``,
``widgets/runner.py``, ``widgets/report.py``, ...) and returns the exit code. Nothing outside
this folder reads command-line arguments; every text is in ``content/messages/cli.yaml``.

This file builds the parser from those modules and turns the package's errors into a short
message and exit code 2, never a traceback. A subcommand's module imports its work only when
it runs, so that ``belonging-lab --help`` starts at once.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from widgets.content.messages import message
from widgets.errors import BelongingLabError

SUBCOMMANDS = ("serve", "configure_jupyter", "run", "datasets", "links", "instrument",
               "completions", "report")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(prog="belonging-lab", description=message("cli.description"))
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in SUBCOMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except BelongingLabError as error:
        print(message("cli.failed", error=error), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
