"""``belonging-lab run``: execute notebooks headless with papermill (the work is
``widgets.runner``, imported when the command runs: papermill and nbconvert take a while)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

from widgets.cli import add_command
from widgets.content.messages import message
from widgets.paths import module_notebooks


def register(subparsers: argparse._SubParsersAction) -> None:
    add_command(subparsers, "run", run, {
        "notebooks": dict(nargs="*", type=Path),
        ("-p", "--parameter"): dict(nargs=2, action="append", metavar=("NAME", "VALUE")),
        "--out": dict(type=Path, default=Path("build/run")),
    })


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
