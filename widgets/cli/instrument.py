"""``belonging-lab instrument export``: the suite's items as a survey for another tool.

    belonging-lab instrument export --format redcap --out belonging_lab_dictionary.csv
    belonging-lab instrument export --format qualtrics --out belonging_lab_survey.txt
    belonging-lab instrument export --format csv --out belonging_lab_items.csv

Faculty run the survey in REDCap, Qualtrics or any tool, and import its export into the cohort
dashboard with no mapping file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from widgets.cli import add_command
from widgets.content import load, load_path
from widgets.content.models.instrument import Instrument
from widgets.files import write_atomic
from widgets.logic.cohort import survey_export

FORMATS = ("redcap", "qualtrics", "csv")


def register(subparsers: argparse._SubParsersAction) -> None:
    add_command(subparsers, "instrument", run, actions={
        "export": {"--format": dict(choices=FORMATS, required=True),
                   "--out": dict(type=Path, required=True),
                   "--instrument": dict(type=Path, default=None)},
    })


def run(args: argparse.Namespace) -> int:
    write_atomic(args.out, definition(args.format, args.instrument))
    print(args.out)
    return 0


def definition(format_: str, instrument_path: Path | None) -> str:
    """The survey definition text in the chosen format."""
    instrument = load_path(instrument_path, Instrument) if instrument_path else load(Instrument)
    if format_ == "redcap":
        return survey_export.redcap_dictionary(instrument, instrument.notice)
    if format_ == "qualtrics":
        return survey_export.qualtrics_advanced_format(
            instrument, instrument.title, instrument.notice)
    return survey_export.plain_csv(instrument)

