"""Reading survey-export timestamps as instants in UTC, the date order decided once per file.

Layouts read: year first (``2026-11-23``, ``2026/11/23``, ``2026.11.23``, ISO 8601 with ``T``),
day/month/year or month/day/year with ``/``, ``.`` or ``-`` (``23/11/2026``, ``11/23/2026``,
``23.11.2026``), and English month names (``23 Nov 2026``, ``23-Nov-26``, ``November 23,
2026``); then optionally a time (``14:01:00``, or ``14.01.00`` as Italian and Nordic sheets
write it; seconds and fractions optional; 24-hour, or 12-hour with AM/PM or ``a.m.``/``p.m.``)
and, after a time, a zone.

Zones: ``Z``; offsets ``+05:30``, ``-0500``, ``-05``; ``GMT``/``UTC``/``UT`` followed by an
offset are offsets FROM UTC the ISO way, so ``GMT-5`` is five hours behind UTC (dateutil reads
it the POSIX way, inverted); or one of the abbreviations in ``ZONE_OFFSETS``. Abbreviations that
name several zones are refused rather than guessed (the value is left unread): ``IST`` (India,
Ireland or Israel), ``AST`` (Atlantic or Arabia) and any other not in the table. ``CST`` is US
Central (UTC-6), as in every US tool, not China; ``BST`` is British Summer Time. A value without a
zone is in the ``timezone`` given (the file's own zone, such as Qualtrics names), else in UTC; a
local time that a daylight-saving change skips or repeats in that zone is left unread.

Day/month order is never decided value by value: one order is chosen for the whole file, from
all its day/month/year values. A value that is only a valid date day first (``13/03/2026``) makes
the file day-first; one that is only valid month first makes it month-first, and the
``date_order`` given is then not needed (nor followed). When no value tells, ``date_order``
decides; without one, each value whose reading depends on the order (``05/03/2026``, but not
``05/05/2026``) is left unread: a wrong date is worse than none. A file holding both kinds is
inconsistent (``conflicting``): without ``date_order`` none of its day/month/year values is
read; with one, they are read in that order and those impossible in it are unread.

Two-digit years are read only in the last place (``23/11/26``, ``23-Nov-26``), as 2000-2099;
year-first dates need four digits. Dotted dates follow the same file-wide rule as the others.

Speed: each distinct cell is turned into its shape (digits replaced by ``9``); the pattern is
matched once per distinct shape (a file has a handful), and the numbers are then read for all
cells of a shape at once from a character matrix: no pattern match or parsing per cell.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from widgets.errors import BelongingLabError

DATE_ORDERS = ("dmy", "mdy")

ZONE_OFFSETS = {  # minutes east of UTC
    "Z": 0, "UT": 0, "UTC": 0, "GMT": 0, "WET": 0, "WEST": 60, "BST": 60, "CET": 60,
    "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180, "SAST": 120,
    "NST": -210, "NDT": -150, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480,
    "HST": -600, "AWST": 480, "SGT": 480, "HKT": 480, "JST": 540, "KST": 540,
    "ACST": 570, "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
}
OFFSET_BASES = ("", "UT", "UTC", "GMT")  # names that may precede an offset from UTC

MONTHS = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december"),
), start=1) for name in names}

MAX_CHARS = 64  # longer cells are not timestamps
MIN_YEAR, MAX_YEAR = 1678, 2261  # what datetime64[ns] holds

_DIGIT = "[0-9]"  # ASCII only: the shape replaces only these by 9
_PATTERN = re.compile(rf"""
    (?:(?P<ymd_y>{_DIGIT}{{4}})(?P<ymd_s1>[-/.])(?P<ymd_m>{_DIGIT}{{1,2}})(?P<ymd_s2>[-/.])
         (?P<ymd_d>{_DIGIT}{{1,2}})
     |(?P<num_a>{_DIGIT}{{1,2}})(?P<num_s1>[-/.])(?P<num_b>{_DIGIT}{{1,2}})(?P<num_s2>[-/.])
         (?P<num_y>{_DIGIT}{{4}}|{_DIGIT}{{2}})
     |(?P<dmon_d>{_DIGIT}{{1,2}})(?:\s+|-)(?P<dmon_m>[A-Za-z]{{3,9}})\.?(?:\s+|-)
         (?P<dmon_y>{_DIGIT}{{4}}|{_DIGIT}{{2}})
     |(?P<mond_m>[A-Za-z]{{3,9}})\.?\s+(?P<mond_d>{_DIGIT}{{1,2}})(?:st|nd|rd|th)?,?\s+
         (?P<mond_y>{_DIGIT}{{4}}))
    (?:(?:\s*,\s*|\s+|[Tt])
       (?P<hour>{_DIGIT}{{1,2}})(?P<time_s1>[:.])(?P<minute>{_DIGIT}{{2}})
       (?:(?P<time_s2>[:.])(?P<second>{_DIGIT}{{2}})(?:[.,](?P<fraction>{_DIGIT}{{1,9}}))?)?
       (?:\s*(?P<meridiem>[AaPp])\.?\s?[Mm]\.?)?
       \s*(?P<zone_name>[A-Za-z]{{1,5}})?
       (?:\s*(?P<zone_sign>[+-])(?P<zone_hours>{_DIGIT}{{1,2}})(?::?(?P<zone_minutes>{_DIGIT}{{2}}))?)?
    )?
""", re.VERBOSE)

# kinds of date layout (0: none could be read)
_YEAR_FIRST, _DAY_MONTH, _NAMED_MONTH = 1, 2, 3


@dataclass(frozen=True)
class TimestampReading:
    """A column's instants in UTC and how its date order was decided."""

    values: pd.Series  # datetime64[ns, UTC], same index as the input; NaT where unread or empty
    order: str | None  # "ymd", "dmy" or "mdy"; None when no value needed one
    decided_by: str  # "file", "choice", "format" or "undecided" (some values unread for it)
    unread: pd.Series  # bool, True where a non-empty cell could not be read
    order_unread: pd.Series  # bool, True where a cell was left unread only for its date order
    conflicting: bool = False  # the file holds both day-first and month-first dates


def read_timestamps(raw: pd.Series, timezone: str | None = None,
                    date_order: str | None = None) -> TimestampReading:
    """Read a column of timestamp cells; cells without a zone are in ``timezone`` (an IANA
    name, else UTC); ``date_order`` ("dmy" or "mdy") decides a file that cannot tell."""
    if date_order is not None and date_order not in DATE_ORDERS:
        raise BelongingLabError("cohort.bad_date_order", value=date_order,
                                orders=", ".join(DATE_ORDERS))
    zone = _zone(timezone)
    codes, distinct = pd.factorize(raw.astype(object).where(raw.notna(), "").astype(str))
    cells = _stripped(np.asarray(distinct, dtype=object))
    fields = _Fields.of(cells)
    order, decided_by, conflicting, order_unread = _decide(fields, date_order)
    instants = _instants(fields, order, conflicting, zone)
    unread = np.isnat(instants) & (np.strings.str_len(cells) > 0)
    index = raw.index
    return TimestampReading(
        values=pd.Series(pd.DatetimeIndex(instants[codes], tz="UTC"), index=index),
        order=order,
        decided_by=decided_by,
        unread=pd.Series(unread[codes], index=index),
        order_unread=pd.Series(order_unread[codes], index=index),
        conflicting=conflicting,
    )


def _stripped(cells: np.ndarray) -> np.ndarray:
    """The cells without surrounding spaces as a fixed-width array; a cell too long to be a
    timestamp becomes one character that no layout reads."""
    too_long = np.fromiter(map(len, cells), dtype=np.int64, count=len(cells)) > MAX_CHARS
    for position in np.flatnonzero(too_long):
        cells[position] = cells[position].strip()[:1]
    return np.strings.strip(cells.astype(str))


def _zone(timezone: str | None) -> str | None:
    if timezone is None:
        return None
    try:
        return str(zoneinfo.ZoneInfo(timezone))
    except (ValueError, zoneinfo.ZoneInfoNotFoundError):
        raise BelongingLabError("cohort.bad_timezone", timezone=timezone) from None


@dataclass
class _Fields:
    """The numbers of each distinct cell, as read from its shape (0 where absent)."""

    kind: np.ndarray
    year: np.ndarray
    first: np.ndarray  # year first: month; day/month layouts: the first number; named: day
    second: np.ndarray  # year first: day; day/month layouts: the second number; named: month
    hour: np.ndarray
    minute: np.ndarray
    second_of_minute: np.ndarray
    nanosecond: np.ndarray
    meridiem: np.ndarray  # 0 none, 1 AM, 2 PM
    zoned: np.ndarray  # bool: the cell gives its zone
    offset: np.ndarray  # minutes east of UTC
    valid: np.ndarray  # bool: separators, zone and time parts are well formed

    @classmethod
    def of(cls, cells: np.ndarray) -> _Fields:
        """Read a fixed-width array of stripped cells."""
        n = len(cells)
        fields = cls(*(np.zeros(n, dtype=np.int64) for _ in range(9)),
                     np.zeros(n, dtype=bool), np.zeros(n, dtype=np.int64),
                     np.zeros(n, dtype=bool))
        fields.year[:] = 1970
        width = max(1, cells.dtype.itemsize // 4)
        chars = cells.astype(f"<U{width}").view(np.uint32).reshape(n, width)
        shapes = np.where((chars >= 48) & (chars <= 57), 57, chars).astype(np.uint32)
        shape_codes, distinct = pd.factorize(shapes.view(f"<U{width}").ravel())
        groups = np.split(np.argsort(shape_codes, kind="stable"),
                          np.cumsum(np.bincount(shape_codes))[:-1])
        for shape, rows in zip(distinct, groups, strict=False):
            match = _PATTERN.fullmatch(shape)
            if match is not None:
                fields._read(match, chars, rows)
        return fields

    def _read(self, match: re.Match[str], chars: np.ndarray, rows: np.ndarray) -> None:
        """Fill in the rows of one shape, whose text parts are the same in every row."""
        text = match.groupdict()

        def number(group: str) -> np.ndarray | int:
            if text[group] is None:
                return 0
            start, end = match.span(group)
            weights = 10 ** np.arange(end - start - 1, -1, -1, dtype=np.int64)
            return (chars[rows, start:end].astype(np.int64) - 48) @ weights

        if not self._read_date(text, number, rows) or text["time_s2"] not in (
                None, text["time_s1"]):
            return
        zone_name = (text["zone_name"] or "").upper()
        if text["zone_sign"] is not None:
            if zone_name not in OFFSET_BASES:
                return
            sign = -1 if text["zone_sign"] == "-" else 1
            hours, minutes = number("zone_hours"), number("zone_minutes")
            self.offset[rows] = sign * (hours * 60 + minutes)
            zone_ok = (hours <= 14) & (minutes < 60)
        elif zone_name:
            if zone_name not in ZONE_OFFSETS:
                return
            self.offset[rows] = ZONE_OFFSETS[zone_name]
            zone_ok = True
        else:
            zone_ok = True
        self.zoned[rows] = bool(zone_name or text["zone_sign"])
        self.hour[rows] = number("hour")
        self.minute[rows] = number("minute")
        self.second_of_minute[rows] = number("second")
        fraction = text["fraction"] or ""
        self.nanosecond[rows] = number("fraction") * 10 ** (9 - len(fraction))
        self.meridiem[rows] = {"": 0, "a": 1, "p": 2}[(text["meridiem"] or "").lower()]
        self.valid[rows] = zone_ok

    def _read_date(self, text: dict, number: Callable[[str], np.ndarray | int],
                   rows: np.ndarray) -> bool:
        """Fill in the date part; False when the shape's separators or month name are wrong."""
        if text["ymd_y"] is not None:
            if text["ymd_s1"] != text["ymd_s2"]:
                return False
            self.kind[rows] = _YEAR_FIRST
            self.year[rows], self.first[rows] = number("ymd_y"), number("ymd_m")
            self.second[rows] = number("ymd_d")
        elif text["num_a"] is not None:
            if text["num_s1"] != text["num_s2"]:
                return False
            self.kind[rows] = _DAY_MONTH
            self.year[rows] = _full_year(number("num_y"), text["num_y"])
            self.first[rows], self.second[rows] = number("num_a"), number("num_b")
        else:
            named = "dmon" if text["dmon_d"] is not None else "mond"
            month = MONTHS.get(text[f"{named}_m"].lower())
            if month is None:
                return False
            self.kind[rows] = _NAMED_MONTH
            self.year[rows] = _full_year(number(f"{named}_y"), text[f"{named}_y"])
            self.first[rows], self.second[rows] = number(f"{named}_d"), month
        return True


def _full_year(year: np.ndarray, digits: str) -> np.ndarray:
    return year + 2000 if len(digits) == 2 else year


def _is_date(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    in_range = (year >= MIN_YEAR) & (year <= MAX_YEAR) & (month >= 1) & (month <= 12)
    return in_range & (day >= 1) & (day <= _days_in_month(np.where(in_range, year, 1970),
                                                            np.where(in_range, month, 1)))


def _days_in_month(year: np.ndarray, month: np.ndarray) -> np.ndarray:
    start = _month_start(year, month)
    return (_month_start(year, month + 1) - start).astype(np.int64)


def _month_start(year: np.ndarray, month: np.ndarray) -> np.ndarray:
    months = (year - 1970) * 12 + (month - 1)
    return months.astype("datetime64[M]").astype("datetime64[D]")


def _decide(fields: _Fields, date_order: str | None
            ) -> tuple[str | None, str, bool, np.ndarray]:
    """The file's order, what decided it, whether it is inconsistent, and the cells left
    unread for their order."""
    day_month = fields.kind == _DAY_MONTH
    day_first = day_month & _is_date(fields.year, fields.second, fields.first)
    month_first = day_month & _is_date(fields.year, fields.first, fields.second)
    depends = day_first & month_first & (fields.first != fields.second)
    only_day_first = (day_first & ~month_first).any()
    only_month_first = (month_first & ~day_first).any()
    none_unread = np.zeros_like(depends)
    if only_day_first and only_month_first:
        if date_order is not None:
            return date_order, "choice", True, none_unread
        return None, "undecided", True, day_first | month_first
    if only_day_first or only_month_first:
        return ("dmy" if only_day_first else "mdy"), "file", False, none_unread
    if depends.any():
        if date_order is not None:
            return date_order, "choice", False, none_unread
        return None, "undecided", False, depends
    year_first = (fields.kind == _YEAR_FIRST).any()
    return ("ymd" if year_first else None), "format", False, none_unread


def _instants(fields: _Fields, order: str | None, conflicting: bool, zone: str | None
              ) -> np.ndarray:
    """Each distinct cell's instant in UTC (datetime64[ns]), NaT where it cannot be read."""
    day_month = fields.kind == _DAY_MONTH
    day_is_first = (fields.kind == _NAMED_MONTH) | (day_month & (order == "dmy"))
    month = np.where(day_is_first, fields.second, fields.first)
    day = np.where(day_is_first, fields.first, fields.second)
    readable_order = ~day_month | (order in DATE_ORDERS) | (
        (not conflicting) & (fields.first == fields.second))
    hour, hour_ok = _hour_of_day(fields.hour, fields.meridiem)
    ok = (fields.valid & readable_order & hour_ok & (fields.minute < 60)
          & (fields.second_of_minute < 60) & _is_date(fields.year, month, day))
    days = (_month_start(np.where(ok, fields.year, 1970), np.where(ok, month, 1))
            + np.where(ok, day - 1, 0))
    minutes = hour * 60 + fields.minute - fields.offset  # offset is 0 for cells without zone
    utc = (days.astype("datetime64[ns]").astype(np.int64) + minutes * 60_000_000_000
           + fields.second_of_minute * 1_000_000_000 + fields.nanosecond)
    instants = np.where(ok, utc, np.iinfo(np.int64).min).view("datetime64[ns]")
    naive = ok & ~fields.zoned
    if zone is not None and naive.any():
        localised = pd.DatetimeIndex(instants[naive]).tz_localize(
            zone, ambiguous="NaT", nonexistent="NaT")
        instants[naive] = localised.tz_convert("UTC").tz_localize(None).to_numpy()
    return instants


def _hour_of_day(hour: np.ndarray, meridiem: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The 24-hour clock hour, and whether the written hour fits its clock."""
    twelve_hour = meridiem > 0
    ok = np.where(twelve_hour, (hour >= 1) & (hour <= 12), hour <= 23)
    return np.where(twelve_hour, hour % 12 + 12 * (meridiem == 2), hour), ok
