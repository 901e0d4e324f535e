"""``belonging-lab datasets``: make the SYNTHETIC sample datasets, or check a folder of them.

``datasets generate --seed N --out DIR [--rows N]`` writes the three CSVs (plus a copy of the
Data Package descriptor and README when DIR is not ``datasets/``);
``datasets validate [DIR]`` loads each one through the validating loader. The work is in
``widgets.datasets`` (``generate`` and ``loader``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from widgets.cli import add_command
from widgets.content.messages import message
from widgets.datasets.generate import DEFAULT_SEED
from widgets.paths import DATASETS_DIR


def register(subparsers: argparse._SubParsersAction) -> None:
    add_command(subparsers, "datasets", run, dest="datasets_command", actions={
        "generate": {"--seed": dict(type=int, default=DEFAULT_SEED),
                     "--out": dict(type=Path, required=True),
                     "--rows": dict(type=int, default=None)},
        "validate": {"folder": dict(nargs="?", type=Path, default=DATASETS_DIR)},
    })


def run(args: argparse.Namespace) -> int:
    return generate(args) if args.datasets_command == "generate" else validate(args)


def generate(args: argparse.Namespace) -> int:
    from widgets.datasets.generate import write_samples

    for path, rows in write_samples(args.out, args.seed, args.rows).values():
        print(message("datasets.written", file=path, rows=rows))
    return 0


def validate(args: argparse.Namespace) -> int:
    from widgets.datasets.loader import load
    from widgets.datasets.package import dataset_names, resource

    for name in dataset_names():
        rows = len(load(name, args.folder))
        print(message("datasets.valid", file=args.folder / resource(name)["path"], rows=rows))
    return 0
