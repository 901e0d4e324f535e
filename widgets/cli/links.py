"""``belonging-lab links --repo URL [--branch B] [--hub URL] [--format text|markdown]``: print
the launch links of every module (see :mod:`widgets.launch_links`) for a syllabus."""

from __future__ import annotations

import argparse

from widgets.content import load
from widgets.errors import BelongingLabError
from widgets.launch_links import as_markdown, as_text, module_links
from widgets.paths import NOTEBOOKS_DIR, module_notebooks

FORMATS = {"text": as_text, "markdown": as_markdown}


def module_titles() -> dict[str, str]:
    """Each module's title from the module map, keyed by notebook file name."""
    return {entry["notebook"]: f"{entry['number']} {entry['title']}"
            for entry in load("module_map")["modules"]}


def handle_links(args: argparse.Namespace) -> int:
    notebooks = module_notebooks()
    if not notebooks:
        raise BelongingLabError("launch.no_notebooks", folder=NOTEBOOKS_DIR)
    modules = module_links(args.repo, args.branch, notebooks, module_titles(), hub=args.hub)
    print(FORMATS[args.format](modules), end="")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "links", help="Print Binder and JupyterHub (nbgitpuller) links to every module.")
    parser.add_argument("--repo", required=True,
                        help="web address of the suite's git repository, "
                             "e.g. https://github.com/OWNER/belonging-lab")
    parser.add_argument("--branch", default="main", help="branch to launch (default: main)")
    parser.add_argument("--hub", help="address of a JupyterHub with nbgitpuller and Voila, "
                                      "e.g. https://hub.example.edu")
    parser.add_argument("--format", choices=sorted(FORMATS), default="text",
                        help="plain text or a Markdown table (default: text)")
    parser.set_defaults(handler=handle_links)
