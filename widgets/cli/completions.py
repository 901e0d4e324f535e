"""``belonging-lab completions``: how many learners completed each module, from a folder of
the completion records they handed in (docs/completion-record.md).

    belonging-lab completions --records handed-in/

It prints one line per module of the module map and never shows a learner or a file name;
modules completed in fewer than five records are shown as "fewer than 5". A file that is not a
completion record stops the count with a message naming it (exit code 2).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from widgets.cli import add_command
from widgets.content import load
from widgets.content.models.module_map import ModuleMap
from widgets.content.models.path import PathTexts
from widgets.logic import completions
from widgets.logic.cohort.suppression import MIN_GROUP, check_min_group


def register(subparsers: argparse._SubParsersAction) -> None:
    add_command(subparsers, "completions", run, {
        "--records": dict(type=Path, required=True, metavar="FOLDER"),
        "--min-group": dict(type=int, default=MIN_GROUP),
    })


def run(args: argparse.Namespace) -> int:
    print(summary(args.records, check_min_group(args.min_group)))
    return 0


def summary(folder: Path, min_group: int = MIN_GROUP) -> str:
    """The counts as plain text: a heading, one line per module, and the suppression rule."""
    texts, modules = load(PathTexts).completions, load(ModuleMap)
    titles = modules.titles()
    records = completions.read_folder(folder)
    counted = completions.count(records, modules.notebooks(), min_group)
    hidden = texts["hidden"].format(min_group=min_group)
    rows = [(titles.get(c.notebook, c.notebook), hidden if c.count is None else str(c.count))
            for c in counted]
    width = max(len(texts["module"]), *(len(title) for title, _ in rows))
    lines = [texts["heading"].format(records=len(records), folder=folder), "",
             f"{texts['module']:<{width}}  {texts['count']}"]
    lines += [f"{title:<{width}}  {value}" for title, value in rows]
    lines += ["", texts["rule"].format(min_group=min_group)]
    return "\n".join(lines)
