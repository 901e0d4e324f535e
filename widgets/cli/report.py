"""``belonging-lab report``: the cohort dashboard run headless as one HTML file (the work is
``widgets.report``, imported when the command runs: it starts a kernel through papermill)."""

from __future__ import annotations

import argparse
from pathlib import Path

from widgets.cli import add_command
from widgets.logic.cohort.suppression import MIN_GROUP
from widgets.logic.cohort.timestamps import DATE_ORDERS


def register(subparsers: argparse._SubParsersAction) -> None:
    add_command(subparsers, "report", run, {
        "--responses": dict(nargs="+", required=True, metavar="PATH"),
        "--out": dict(type=Path, required=True),
        "--min-group": dict(type=int, default=MIN_GROUP),
        "--group-by": dict(default="", metavar="COLUMN"),
        "--mapping": dict(type=Path, default=None, metavar="FILE"),
        "--moment": dict(action="append", default=[], metavar="FILE=MOMENT"),
        "--date-order": dict(choices=DATE_ORDERS, default=""),
    })


def run(args: argparse.Namespace) -> int:
    from widgets.files import write_atomic
    from widgets.report import build_report, report_parameters

    parameters = report_parameters(args.responses, args.min_group, args.group_by, args.mapping,
                                   args.moment, args.date_order)
    write_atomic(args.out, build_report(parameters))
    print(args.out)
    return 0
