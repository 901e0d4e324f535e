"""``belonging-lab links --repo URL [--branch B] [--hub URL] [--format text|markdown]``: print
the launch links of every module (the work is :mod:`widgets.launch_links`) for a syllabus."""

from __future__ import annotations

import argparse

from widgets.cli import add_command
from widgets.content import load
from widgets.content.models.module_map import ModuleMap
from widgets.errors import BelongingLabError
from widgets.launch_links import as_markdown, as_text, module_links
from widgets.paths import NOTEBOOKS_DIR, module_notebooks

FORMATS = {"text": as_text, "markdown": as_markdown}


def register(subparsers: argparse._SubParsersAction) -> None:
    add_command(subparsers, "links", run, {
        "--repo": dict(required=True),
        "--branch": dict(default="main"),
        "--hub": {},
        "--format": dict(choices=sorted(FORMATS), default="text"),
    })


def module_titles() -> dict[str, str]:
    """Each module's title from the module map, keyed by notebook file name."""
    return load(ModuleMap).titles()


def run(args: argparse.Namespace) -> int:
    notebooks = module_notebooks()
    if not notebooks:
        raise BelongingLabError("launch.no_notebooks", folder=NOTEBOOKS_DIR)
    modules = module_links(args.repo, args.branch, notebooks, module_titles(), hub=args.hub)
    print(FORMATS[args.format](modules), end="")
    return 0
