"""The ``belonging-lab`` command. Each subcommand is one module of this folder, named after it
(``configure-jupyter`` is ``configure_jupyter.py``), with ``register(subparsers)``, which adds
its options, and ``run(args)``, which calls the work where it lives (``widgets/serving/``,
``widgets/runner.py``, ``widgets/report.py``, ...) and returns the exit code. Nothing outside
this folder reads command-line arguments; every text is in ``content/messages/cli.yaml``.
``register`` declares its command with ``add_command``: a table of options, or of actions each
with its options (``datasets generate``), whose help texts are found by name in that file.

This file builds the parser from those modules and turns the package's errors into a short
message and exit code 2, never a traceback. A subcommand's module imports its work only when
it runs, so that ``belonging-lab --help`` starts at once.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

from widgets.content.messages import message
from widgets.errors import BelongingLabError

SUBCOMMANDS = ("serve", "configure_jupyter", "run", "datasets", "links", "instrument",
               "completions", "report")

# An option's flags (one, or a tuple such as ("-p", "--parameter")) and what else
# ``add_argument`` takes but its help.
Options = Mapping[str | tuple[str, ...], Mapping[str, Any]]


def add_command(subparsers: argparse._SubParsersAction, name: str,
                run: Callable[[argparse.Namespace], int], options: Options | None = None, *,
                actions: Mapping[str, Options] | None = None, dest: str = "action") -> None:
    """Subcommand ``name``, which ``run(args)`` carries out, with its ``options``, or with
    ``actions``, each with its options, the one chosen in ``args.<dest>``. Help texts are the
    messages named after them: ``cli.datasets``, ``cli.datasets_generate``,
    ``cli.datasets_generate_seed``."""
    key = name.replace("-", "_")
    parser = subparsers.add_parser(name, help=message(f"cli.{key}"))
    add_options(parser, key, options or {})
    if actions:
        choices = parser.add_subparsers(dest=dest, required=True)
        for action, its_options in actions.items():
            add_options(choices.add_parser(action, help=message(f"cli.{key}_{action}")),
                        f"{key}_{action}", its_options)
    parser.set_defaults(run=run)


def add_options(parser: argparse.ArgumentParser, key: str, options: Options) -> None:
    """Each option, with the help text ``cli.<key>_<name>`` (``--min-group``: ``min_group``)."""
    for flags, settings in options.items():
        option = parser.add_argument(*([flags] if isinstance(flags, str) else flags), **settings)
        option.help = message(f"cli.{key}_{option.dest}")


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
