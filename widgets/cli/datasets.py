"""``belonging-lab datasets``: make the SYNTHETIC sample datasets, or check a folder of them.

``datasets generate --seed N --out DIR [--rows N]`` writes the three CSVs (plus a copy of the
Data Package descriptor and README when DIR is not ``datasets/``);
``datasets validate [DIR]`` loads each one through the validating loader.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from widgets.content.messages import message
from widgets.datasets.generate import DEFAULT_SEED, write_samples
from widgets.datasets.loader import load
from widgets.datasets.package import dataset_names, resource
from widgets.paths import DATASETS_DIR


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("datasets", help="Make or check the SYNTHETIC sample datasets.")
    actions = parser.add_subparsers(dest="datasets_command", required=True)
    generate = actions.add_parser("generate", help="Write the sample CSVs from a seed.")
    generate.add_argument("--seed", type=int, default=DEFAULT_SEED,
                          help=f"seed of the random generator (default: {DEFAULT_SEED})")
    generate.add_argument("--out", type=Path, required=True,
                          help="folder to write to (datasets/ replaces the committed samples)")
    generate.add_argument("--rows", type=int, default=None,
                          help="rows in every dataset, e.g. 100000 for benchmarks "
                               "(default: the committed sizes)")
    generate.set_defaults(handler=handle_generate)
    validate = actions.add_parser("validate", help="Check every sample CSV against its schema.")
    validate.add_argument("folder", nargs="?", type=Path, default=DATASETS_DIR,
                          help="folder holding the CSVs (default: datasets/)")
    validate.set_defaults(handler=handle_validate)


def handle_generate(args: argparse.Namespace) -> int:
    for path, rows in write_samples(args.out, args.seed, args.rows).values():
        print(message("datasets.written", file=path, rows=rows))
    return 0


def handle_validate(args: argparse.Namespace) -> int:
    for name in dataset_names():
        rows = len(load(name, args.folder))
        print(message("datasets.valid", file=args.folder / resource(name)["path"], rows=rows))
    return 0
