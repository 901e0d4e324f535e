"""``belonging-lab run``: execute notebooks headless with papermill (the work is
``widgets.runner``, imported when the command runs: papermill and nbconvert take a while)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

from widgets.content.messages import message
from widgets.paths import module_notebooks


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("run", help=message("cli.run"))
    parser.add_argument("notebooks", nargs="*", type=Path, help=message("cli.run_notebooks"))
    parser.add_argument("-p", "--parameter", nargs=2, action="append", metavar=("NAME", "VALUE"),
                        help=message("cli.run_parameter"))
    parser.add_argument("--out", type=Path, default=Path("build/run"), help=message("cli.run_out"))
    parser.set_defaults(run=run)


def parse_parameters(pairs: list[list[str]] | None) -> dict[str, Any]:
    """``-p NAME VALUE`` pairs, with values read as YAML scalars (numbers, booleans, text)."""
    parameters: dict[str, Any] = {}
    for name, raw in pairs or []:
        try:
            parameters[name] = yaml.safe_load(raw)
        except yaml.YAMLError:
            parameters[name] = raw
    return parameters


def run(args: argparse.Namespace) -> int:
    from widgets.runner import run_notebook

    parameters = parse_parameters(args.parameter)
    for notebook in args.notebooks or module_notebooks():
        result = run_notebook(notebook, parameters, args.out)
        print(message("cli.run_done", notebook=result.notebook.name, executed=result.executed,
                      html=result.html))
    return 0
