"""Turning exported answer cells into scale points, one rejection per value that is not one.

A cell holds a scale point as a number ("4", "4.0") or as its label ("Agree", any case or
spacing). Empty cells are missing answers, not errors.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from widgets.content.models.instrument import Instrument
from widgets.logic.cohort.mapping import normalise

OUT_OF_RANGE = "cohort.reason_out_of_range"
NOT_AN_ANSWER = "cohort.reason_not_an_answer"


@dataclass(frozen=True)
class ParsedAnswers:
    """A column's scale points (nullable integers) and the positions and reasons of bad cells."""

    values: pd.Series
    bad: dict[int, str]  # position -> reason key


class AnswerReader:
    """Reads answer cells against one instrument's scale."""

    def __init__(self, instrument: Instrument) -> None:
        self.low = instrument.scale_min
        self.high = instrument.scale_max
        self.labels = {normalise(str(text)): int(point)
                       for point, text in instrument.scale_labels.items()}

    def read(self, cell: str) -> int | str | None:
        """The scale point, None for an empty cell, or the reason key for a bad cell."""
        cell = cell.strip()
        if not cell:
            return None
        try:
            number = float(cell)
        except ValueError:
            return self.labels.get(normalise(cell), NOT_AN_ANSWER)
        if number != number or not number.is_integer():  # NaN or a fraction
            return NOT_AN_ANSWER
        if not self.low <= number <= self.high:
            return OUT_OF_RANGE
        return int(number)

    def column(self, cells: pd.Series) -> ParsedAnswers:
        """Read a whole column, each distinct cell once and spread back by its code (a
        100,000-row column takes milliseconds rather than a Python call per cell)."""
        codes, distinct = pd.factorize(cells.fillna(""))
        readings = [self.read(cell) for cell in distinct]
        bad_reading = np.array([isinstance(r, str) for r in readings], dtype=bool)
        point = pd.array([r if isinstance(r, int) else None for r in readings], dtype="Int64")
        is_bad = bad_reading[codes]
        bad = {int(pos): readings[codes[pos]] for pos in np.flatnonzero(is_bad)}
        return ParsedAnswers(pd.Series(point.take(codes), index=cells.index), bad)
