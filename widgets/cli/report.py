"""``belonging-lab report``: the cohort dashboard run headless as one HTML file (the work is
``widgets.report``, imported when the command runs: it starts a kernel through papermill)."""

from __future__ import annotations

import argparse
from pathlib import Path

from widgets.content.messages import message
from widgets.logic.cohort.suppression import MIN_GROUP
from widgets.logic.cohort.timestamps import DATE_ORDERS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help=message("cli.report"))
    parser.add_argument("--responses", nargs="+", required=True, metavar="PATH",
                        help=message("cli.report_responses"))
    parser.add_argument("--out", type=Path, required=True, help=message("cli.report_out"))
    parser.add_argument("--min-group", type=int, default=MIN_GROUP,
                        help=message("cli.report_min_group"))
    parser.add_argument("--group-by", default="", metavar="COLUMN",
                        help=message("cli.report_group_by"))
    parser.add_argument("--mapping", type=Path, default=None, metavar="FILE",
                        help=message("cli.report_mapping"))
    parser.add_argument("--moment", action="append", default=[], metavar="FILE=MOMENT",
                        help=message("cli.report_moment"))
    parser.add_argument("--date-order", choices=DATE_ORDERS, default="",
                        help=message("cli.report_date_order"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from widgets.files import write_atomic
    from widgets.report import build_report, report_parameters

    parameters = report_parameters(args.responses, args.min_group, args.group_by, args.mapping,
                                   args.moment, args.date_order)
    write_atomic(args.out, build_report(parameters))
    print(args.out)
    return 0
