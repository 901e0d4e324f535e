"""``belonging-lab bench``: measure the suite on this machine, print the figures against the
first targets of issue 7, and write them all as JSON.

    belonging-lab bench                      # the full run (several minutes)
    belonging-lab bench --quick --modules 01 # a smoke run of one module (about a minute)
    belonging-lab bench --class-load         # only a class arriving at once (a few minutes)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from dataclasses import replace
from pathlib import Path

from widgets.bench import table
from widgets.bench.plan import QUICK, Plan
from widgets.content.messages import message
from widgets.errors import BelongingLabError
from widgets.files import write_atomic
from widgets.paths import module_named, module_notebooks

COUNT_OPTIONS = ("loads", "sessions", "first_loads", "concurrency", "unpatched_loads")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "bench", help="Measure speed, memory and robustness of the suite on this machine.")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: few loads and sessions, one small cohort")
    parser.add_argument("--modules", nargs="+", metavar="NAME",
                        help="modules to measure, by file name or number, e.g. 01 04 "
                             "(default: every module)")
    parser.add_argument("--loads", type=int,
                        help="loads per module for time to interactive (default: 5; quick: 2)")
    parser.add_argument("--sessions", type=int,
                        help="simultaneous sessions (default: 20; quick: 3)")
    parser.add_argument("--first-loads", type=int, help="first loads (default: 100; quick: 4)")
    parser.add_argument("--concurrency", type=int,
                        help="concurrency of the first loads (default: 10; quick: 2)")
    parser.add_argument("--unpatched-loads", type=int,
                        help="first loads on a server without the kernel fixes, for comparison "
                             "(default: 30; quick: 0, which skips them)")
    parser.add_argument("--class-load", action="store_true",
                        help="measure only a class arriving at once at one module, beside the "
                             "one-slider baseline (protocol-level learners, no browser)")
    parser.add_argument("--class-sizes", type=int, nargs="+", metavar="N",
                        help="class sizes to measure (default: 1 10 30; quick: none)")
    parser.add_argument("--class-module", default="01", metavar="NAME",
                        help="the module the class opens (default: 01)")
    parser.add_argument("--class-pool", action="store_true",
                        help="serve the module with a preheated pool the size of the class "
                             "(`serve --class-size N`)")
    parser.add_argument("--out", type=Path, default=Path("build/bench.json"),
                        help="the JSON file to write (default: build/bench.json)")
    parser.set_defaults(handler=handle)


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
            raise BelongingLabError("bench.unknown_module", name=name,
                                    choices=", ".join(path.stem for path in modules))
        chosen.append(match)
    return chosen


def handle(args: argparse.Namespace) -> int:
    plan, modules = plan_from(args), chosen_modules(args.modules)
    class_module = chosen_modules([args.class_module])[0]
    if args.class_load and not plan.class_sizes:
        plan = replace(plan, class_sizes=Plan().class_sizes)
    try:  # Playwright comes with the test extras, not with the suite itself
        from widgets.bench.measure import measure, measure_class
    except ImportError as error:
        raise BelongingLabError("bench.no_playwright", detail=str(error)) from None
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
