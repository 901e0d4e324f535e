"""The ``belonging-lab`` command. Each subcommand lives in its own module, which exposes
``register(subparsers)``; this file only lists them and turns the package's errors into a
short message and a non-zero exit, never a traceback."""

from __future__ import annotations

import argparse
import importlib
import sys

from widgets.errors import BelongingLabError

SUBCOMMAND_MODULES = [
    "widgets.serving.serve",
    "widgets.serving.jupyter_config",
    "widgets.runner",
    "widgets.datasets.cli",
    "widgets.launch_links_cli",
    "widgets.cohort_cli",
    "widgets.completions_cli",
    "widgets.report",
]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="belonging-lab",
        description="Belonging Lab: serve, run and manage the suite's notebooks.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True)
    for module_name in SUBCOMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except BelongingLabError as error:
        print(f"belonging-lab: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
