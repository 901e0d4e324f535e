"""The one generator of the suite's SYNTHETIC sample datasets.

``write_samples(out_dir, seed, rows)`` makes three CSVs from a single integer seed:

- ``clerkship_cohort.csv``: students across an academic year of rotations
  (see :mod:`widgets.datasets.clerkship` for what is calibrated and what is invented);
- ``research_workforce.csv``: a belonging survey of a biomedical research workforce
  (:mod:`widgets.datasets.workforce`);
- ``class_responses.csv``: a class's answers before and after a course in the export format
  "belonging-lab-export/1" (:mod:`widgets.datasets.class_export`).

Determinism: the seed feeds a ``numpy.random.SeedSequence`` that is split into one
independent stream per dataset, so the same seed and row count give the same bytes (with the
same numpy version: numpy does not promise identical streams across releases of its
distributions), and changing one dataset's code does not change the others. The CSVs are
UTF-8 without a byte-order mark, comma-delimited, with "\\n" line endings, numbers with two
decimals and booleans written ``true`` / ``false``.

``rows`` sets every dataset's row count (e.g. 100,000 for benchmarks); by default each has
the size committed in ``datasets/``, which keeps all of it well under 1 MB.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from widgets.datasets import class_export, clerkship, workforce
from widgets.errors import BelongingLabError
from widgets.files import write_atomic
from widgets.paths import DATASETS_DIR

DEFAULT_SEED = 2026
BUILDERS: dict[str, Callable[..., pd.DataFrame]] = {
    "clerkship_cohort": clerkship.build,
    "research_workforce": workforce.build,
    "class_responses": class_export.build,
}
PACKAGE_FILES = ("datapackage.json", "README.md")


def generate(seed: int = DEFAULT_SEED, rows: int | None = None) -> dict[str, pd.DataFrame]:
    """Every sample dataset as a DataFrame, built from ``seed``."""
    if rows is not None and (isinstance(rows, bool) or not isinstance(rows, int) or rows < 1):
        raise BelongingLabError("datasets.bad_rows", rows=rows)
    streams = np.random.SeedSequence(seed).spawn(len(BUILDERS))
    tables = {}
    for (name, build), stream in zip(BUILDERS.items(), streams, strict=True):
        rng = np.random.default_rng(stream)
        tables[name] = build(rng) if rows is None else build(rng, rows)
    return tables


def csv_text(frame: pd.DataFrame) -> str:
    """The CSV text of one dataset, in the committed files' exact form."""
    frame = frame.copy()
    for column in frame.select_dtypes(include="bool").columns:
        frame[column] = np.where(frame[column], "true", "false")
    return frame.to_csv(index=False, lineterminator="\n", float_format="%.2f")


def write_samples(out_dir: str | Path, seed: int = DEFAULT_SEED, rows: int | None = None
                  ) -> dict[str, tuple[Path, int]]:
    """Write the CSVs (and, in another folder, a copy of the Data Package descriptor and README).

    Returns each dataset's path and row count.
    """
    out_dir = Path(out_dir)
    written = {}
    for name, frame in generate(seed, rows).items():
        path = write_atomic(out_dir / f"{name}.csv", csv_text(frame))
        written[name] = (path, len(frame))
    if out_dir.resolve() != DATASETS_DIR.resolve():
        for file_name in PACKAGE_FILES:
            shutil.copyfile(DATASETS_DIR / file_name, out_dir / file_name)
    return written
