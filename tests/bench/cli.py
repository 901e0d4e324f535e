"""``python -m tests.bench``: measure the suite on this machine, print the figures against
their targets, and write them all as JSON. Run from the repository's root after
``make test-deps`` (``make bench`` does both); it is a development tool, not part of the
learners' package.

    python -m tests.bench                      # the full run (several minutes)
    python -m tests.bench --quick --modules 01 # a smoke run of one module (about a minute)
    python -m tests.bench --class-load         # only a class arriving at once (a few minutes)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from tests.bench import table
from tests.bench.plan import QUICK, Plan
from tests.messages import DevelopmentError, message
from widgets.errors import BelongingLabError
from widgets.files import write_atomic
from widgets.paths import module_named, module_notebooks

COUNT_OPTIONS = ("loads", "sessions", "first_loads", "concurrency", "unpatched_loads")


def build_parser() -> argparse.ArgumentParser:
    """The bench's options; every text is in ``tests/messages/bench.yaml``."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench",
                                     description=message("bench.help"))
    parser.add_argument("--quick", action="store_true", help=message("bench.help_quick"))
    parser.add_argument("--modules", nargs="+", metavar="NAME",
                        help=message("bench.help_modules"))
    parser.add_argument("--loads", type=int, help=message("bench.help_loads"))
    parser.add_argument("--sessions", type=int, help=message("bench.help_sessions"))
    parser.add_argument("--first-loads", type=int, help=message("bench.help_first_loads"))
    parser.add_argument("--concurrency", type=int, help=message("bench.help_concurrency"))
    parser.add_argument("--unpatched-loads", type=int,
                        help=message("bench.help_unpatched_loads"))
    parser.add_argument("--class-load", action="store_true", help=message("bench.help_class_load"))
    parser.add_argument("--class-sizes", type=int, nargs="+", metavar="N",
                        help=message("bench.help_class_sizes"))
    parser.add_argument("--class-module", default="01", metavar="NAME",
                        help=message("bench.help_class_module"))
    parser.add_argument("--class-pool", action="store_true", help=message("bench.help_class_pool"))
    parser.add_argument("--out", type=Path, default=Path("build/bench.json"),
                        help=message("bench.help_out"))
    return parser


def main(argv: list[str] | None = None) -> int:
    """``python -m tests.bench``: the exit code; an error is one short line, never a traceback."""
    try:
        return run(build_parser().parse_args(argv))
    except BelongingLabError as error:
        print(message("bench.failed", error=error), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def plan_from(args: argparse.Namespace) -> Plan:
    """The default or quick plan with any counts given on the command line."""
    plan = QUICK if args.quick else Plan()
    overrides = {name: getattr(args, name) for name in COUNT_OPTIONS
                 if getattr(args, name) is not None}
    if args.class_sizes:
        overrides["class_sizes"] = tuple(args.class_sizes)
    return replace(plan, **overrides)


def chosen_modules(names: list[str] | None) -> list[Path]:
    """The module notebooks matching ``names`` (a file name, stem or leading number)."""
    modules = module_notebooks()
    if not names:
        return modules
    chosen = []
    for name in names:
        match = module_named(name, modules)
        if match is None:
            raise DevelopmentError("bench.unknown_module", name=name,
                                    choices=", ".join(path.stem for path in modules))
        chosen.append(match)
    return chosen


def run(args: argparse.Namespace) -> int:
    plan, modules = plan_from(args), chosen_modules(args.modules)
    class_module = chosen_modules([args.class_module])[0]
    if args.class_load and not plan.class_sizes:
        plan = replace(plan, class_sizes=Plan().class_sizes)
    try:  # Playwright comes with the test extras, not with the suite itself
        from tests.bench.measure import measure, measure_class
    except ImportError as error:
        raise DevelopmentError("bench.no_playwright", detail=str(error)) from None
    with tempfile.TemporaryDirectory(prefix="belonging-lab-bench-") as scratch:
        if args.class_load:
            results = asyncio.run(measure_class(plan, class_module, Path(scratch),
                                                args.class_pool))
        else:
            results = asyncio.run(measure(plan, modules, Path(scratch),
                                          checkpoint=args.out.with_suffix(".partial.json"),
                                          class_module=class_module,
                                          class_pool=args.class_pool))
    printed = (table.class_rows(results["class_load"]) if args.class_load
               else table.rows(results))
    print(table.format_table(printed))
    print(message("bench.noisy"))
    write_atomic(args.out, json.dumps(results, indent=2) + "\n")
    args.out.with_suffix(".partial.json").unlink(missing_ok=True)
    print(message("bench.written", path=args.out))
    return 0
