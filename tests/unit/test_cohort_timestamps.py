"""Timestamps from survey exports are read as the instant they name, in UTC, or left unread."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from widgets.errors import BelongingLabError
from widgets.logic.cohort.timestamps import read_timestamps

PROPERTY = settings(max_examples=100, deadline=None)

# moments between 2015 and 2040, to the second, as naive UTC
moments = st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2040, 12, 31)).map(
    lambda moment: moment.replace(microsecond=0))
offsets = st.integers(min_value=-12 * 4, max_value=14 * 4).map(lambda q: timedelta(minutes=15 * q))

# zones whose abbreviations the exports write; zoneinfo is the reference for their offsets
NAMED_ZONES = [ZoneInfo(name) for name in (
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
    "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/St_Johns",
    "Europe/London", "Europe/Paris", "Europe/Athens", "Europe/Lisbon", "Europe/Moscow",
    "Africa/Johannesburg", "Australia/Sydney", "Australia/Adelaide", "Australia/Perth",
    "Pacific/Auckland", "Asia/Tokyo", "Asia/Seoul", "Asia/Hong_Kong", "Asia/Singapore",
)]


def read(*cells, **options):
    return read_timestamps(pd.Series(list(cells), dtype=object), **options)


def instant(text):
    return pd.Timestamp(text, tz="UTC")


def utc(moment):
    """The reference instant: a naive moment is in UTC."""
    if moment.tzinfo is None:
        return pd.Timestamp(moment, tz="UTC")
    return pd.Timestamp(moment.astimezone(UTC))


def offset_text(offset, style):
    sign = "-" if offset < timedelta(0) else "+"
    hours, minutes = divmod(abs(offset) // timedelta(minutes=1), 60)
    return {
        "colon": f"{sign}{hours:02d}:{minutes:02d}",
        "basic": f"{sign}{hours:02d}{minutes:02d}",
        "gmt": f"GMT{sign}{hours}" + (f":{minutes:02d}" if minutes else ""),
        "utc": f"UTC{sign}{hours:02d}{minutes:02d}",
    }[style]


def twelve_hour(moment):
    return f"{moment.hour % 12 or 12}:{moment:%M:%S} {'AM' if moment.hour < 12 else 'PM'}"


# offsets and zones

@pytest.mark.parametrize(("cell", "expected"), [
    pytest.param("2024/03/05 10:15:32 AM GMT-5", "2024-03-05 15:15:32",
                 id="GMT-5 is five hours behind UTC"),
    pytest.param("2026-11-23 10:00 UTC+0530", "2026-11-23 04:30",
                 id="UTC plus an offset is ahead of UTC"),
    pytest.param("2026/11/23 2:01:00 PM GMT", "2026-11-23 14:01",
                 id="Google Forms' GMT without an offset is UTC"),
    pytest.param("2026-11-23 08:00 CST", "2026-11-23 14:00", id="CST is US central time"),
    pytest.param("2026-07-01 10:00 cest", "2026-07-01 08:00",
                 id="zone abbreviations are read in any case"),
])
def test_an_offset_or_zone_in_the_cell_names_the_instant(cell, expected):
    assert read(cell).values[0] == instant(expected)


@pytest.mark.parametrize("cell", ["2026-11-23T10:00:00-05:00", "2026-11-23 10:00 -0500",
                                  "2026-11-23 10:00-05", "2026-11-23T15:00:00Z",
                                  "2026-11-23 10:00 GMT-05:00"])
def test_iso_offsets_and_z_name_the_same_instant(cell):
    assert read(cell).values[0] == instant("2026-11-23 15:00")


@pytest.mark.parametrize("cell", ["2026-11-23 10:00 IST", "2026-11-23 10:00 XYZ",
                                  "2026-11-23 10:00 EST+1", "2026-11-23 10:00 GMT+15"])
def test_an_ambiguous_unknown_or_malformed_zone_is_left_unread(cell):
    reading = read(cell)
    assert reading.unread[0] and pd.isna(reading.values[0])


def test_a_value_without_zone_is_in_the_files_timezone():
    reading = read("2026-11-23 10:01:00", timezone="America/Denver")
    assert reading.values[0] == instant("2026-11-23 17:01")


def test_a_value_without_zone_or_timezone_is_utc():
    assert read("2026-11-21 10:00").values[0] == instant("2026-11-21 10:00")


def test_a_zone_in_the_value_wins_over_the_files_timezone():
    reading = read("2026-11-23T10:01:00Z", timezone="America/Denver")
    assert reading.values[0] == instant("2026-11-23 10:01")


def test_a_local_time_that_daylight_saving_skips_or_repeats_is_left_unread():
    reading = read("2026-03-08 02:30", "2026-11-01 01:30", timezone="America/New_York")
    assert reading.unread.tolist() == [True, True]


# layouts

@pytest.mark.parametrize(("cell", "expected"), [
    pytest.param("2026-11-23T14:05:00.250Z", "2026-11-23 14:05:00.250",
                 id="iso with T and a fraction of a second"),
    pytest.param("23/11/2026 14.01.00", "2026-11-23 14:01", id="Italian Sheets' time with dots"),
    pytest.param("2026-11-23 14:05", "2026-11-23 14:05", id="seconds are optional"),
    pytest.param("2026-11-23", "2026-11-23", id="a date alone is midnight"),
])
def test_each_layout_is_read_as_the_instant_it_names(cell, expected):
    assert read(cell).values[0] == instant(expected)


@pytest.mark.parametrize(("cell", "expected"), [
    ("2026-11-23 12:00 AM", "2026-11-23 00:00"), ("2026-11-23 12:30 PM", "2026-11-23 12:30"),
    ("2026-11-23 3:05 p.m.", "2026-11-23 15:05"), ("2026-11-23 9:05 a.m.", "2026-11-23 09:05"),
    ("2026-11-23 9:05pm", "2026-11-23 21:05"),
])
def test_twelve_hour_clock(cell, expected):
    assert read(cell).values[0] == instant(expected)


@pytest.mark.parametrize("cell", ["23 Nov 2026 14:05", "23-Nov-26 14:05",
                                  "November 23, 2026 2:05 PM", "Nov. 23 2026 14:05"])
def test_english_month_names_need_no_date_order(cell):
    reading = read(cell)
    assert reading.values[0] == instant("2026-11-23 14:05")
    assert reading.order is None and reading.decided_by == "format"


def test_a_two_digit_year_is_in_this_century():
    assert read("23/11/26").values[0] == instant("2026-11-23")


def test_german_dotted_dates_are_day_first_when_the_file_says_so():
    reading = read("05.03.2026 14:01:00", "23.11.2026 09:00:00")
    assert reading.values[0] == instant("2026-03-05 14:01")
    assert reading.order == "dmy"


@pytest.mark.parametrize("cell", ["yesterday", "2026-02-30", "2026-11-23 25:00",
                                  "2026-11-23 13:00 PM", "2026-11-23 10:61", "10:00",
                                  "2026/11-23", "2026-11-23 10:01.00", "32/13/2026",
                                  "x" * 200])
def test_a_bad_cell_is_unread_not_an_error(cell):
    reading = read(cell, "2026-11-23")
    assert reading.unread.tolist() == [True, False]
    assert pd.isna(reading.values[0])


def test_empty_cells_are_missing_not_unread():
    reading = read("", "  ", None, float("nan"))
    assert reading.values.isna().all() and not reading.unread.any()


def test_the_index_and_utc_dtype_are_kept():
    raw = pd.Series(["2026-11-23", ""], index=[7, 3])
    reading = read_timestamps(raw)
    assert reading.values.index.tolist() == [7, 3] and reading.unread.index.tolist() == [7, 3]
    assert str(reading.values.dtype) == "datetime64[ns, UTC]"


# the date order, once per file

def test_year_first_dates_are_decided_by_their_format():
    reading = read("2026-03-05", "2026/03/06")
    assert (reading.order, reading.decided_by) == ("ymd", "format")


def test_one_day_over_twelve_makes_the_whole_file_day_first():
    reading = read("05/03/2026", "06/04/2026", "13/03/2026")
    assert reading.values.tolist() == [instant("2026-03-05"), instant("2026-04-06"),
                                       instant("2026-03-13")]
    assert (reading.order, reading.decided_by) == ("dmy", "file")


def test_one_second_part_over_twelve_makes_the_whole_file_month_first():
    reading = read("05/03/2026", "03/13/2026")
    assert reading.values[0] == instant("2026-05-03")
    assert (reading.order, reading.decided_by) == ("mdy", "file")


def test_the_files_own_values_outweigh_the_date_order_given():
    reading = read("05/03/2026", "13/03/2026", date_order="mdy")
    assert reading.values[0] == instant("2026-03-05")
    assert (reading.order, reading.decided_by) == ("dmy", "file")


def test_an_undecidable_file_without_date_order_leaves_order_dependent_values_unread():
    reading = read("05/03/2026", "06/04/2026 10:00")
    assert reading.values.isna().all() and reading.unread.all() and reading.order_unread.all()
    assert (reading.order, reading.decided_by) == (None, "undecided")


def test_a_day_equal_to_its_month_is_read_in_an_undecidable_file():
    reading = read("05/03/2026", "06/06/2026")
    assert reading.unread.tolist() == [True, False]
    assert reading.values[1] == instant("2026-06-06")


def test_date_order_dmy_reads_an_undecidable_file_day_first():
    reading = read("05/03/2026", "06/04/2026", date_order="dmy")
    assert reading.values.tolist() == [instant("2026-03-05"), instant("2026-04-06")]
    assert (reading.order, reading.decided_by) == ("dmy", "choice")


def test_date_order_mdy_reads_an_undecidable_file_month_first():
    reading = read("05/03/2026", date_order="mdy")
    assert reading.values[0] == instant("2026-05-03")


def test_a_file_mixing_day_first_and_month_first_leaves_its_day_month_dates_unread():
    reading = read("13/03/2026", "03/13/2026", "05/05/2026", "2026-03-05")
    assert reading.unread.tolist() == [True, True, True, False]
    assert reading.order_unread.tolist() == [True, True, True, False]
    assert reading.conflicting and (reading.order, reading.decided_by) == (None, "undecided")


def test_date_order_reads_a_mixed_file_in_that_order_and_leaves_impossible_dates_unread():
    reading = read("13/03/2026", "03/13/2026", "05/03/2026", date_order="dmy")
    assert reading.values.tolist()[::2] == [instant("2026-03-13"), instant("2026-03-05")]
    assert reading.unread.tolist() == [False, True, False] and not reading.order_unread.any()
    assert reading.conflicting and (reading.order, reading.decided_by) == ("dmy", "choice")


def test_a_file_of_empty_cells_needs_no_order():
    reading = read("", "")
    assert (reading.order, reading.decided_by) == (None, "format")


def test_a_bad_date_order_is_refused_with_a_message():
    with pytest.raises(BelongingLabError) as error:
        read("2026-11-23", date_order="ymd")
    assert error.value.key == "cohort.bad_date_order"
    assert "ymd" in str(error.value) and len(str(error.value)) <= 300


def test_an_unknown_timezone_is_refused_with_a_message():
    with pytest.raises(BelongingLabError) as error:
        read("2026-11-23", timezone="Mars/Olympus")
    assert error.value.key == "cohort.bad_timezone"
    assert len(str(error.value)) <= 300


# properties: each tool's style, compared with the reference instant

@PROPERTY
@given(moments, st.integers(min_value=-12, max_value=14))
def test_google_forms_gmt_offsets_give_the_reference_instant(moment, hours):
    local = moment + timedelta(hours=hours)
    zone = f"GMT{hours:+d}" if hours else "GMT"
    cell = f"{local:%Y/%m/%d} {twelve_hour(local)} {zone}"
    assert read(cell).values[0] == utc(moment)


@PROPERTY
@given(st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2040, 12, 31)), offsets,
       st.sampled_from(["colon", "basic", "gmt", "utc"]))
def test_iso_offsets_give_the_reference_instant(moment, offset, style):
    local = moment + offset
    cell = f"{local:%Y-%m-%dT%H:%M:%S.%f}{offset_text(offset, style)}"
    assert read(cell).values[0] == utc(moment)


@PROPERTY
@given(moments, st.sampled_from(NAMED_ZONES))
def test_named_zones_give_the_reference_instant(moment, zone):
    local = moment.replace(tzinfo=UTC).astimezone(zone)
    cell = f"{local:%Y-%m-%d %H:%M:%S} {local.tzname()}"
    assert read(cell).values[0] == utc(moment)


@PROPERTY
@given(st.lists(moments, min_size=1, max_size=8),
       st.sampled_from(["%d/%m/%Y %H:%M:%S", "%d.%m.%Y %H:%M:%S", "%d-%m-%Y %H:%M",
                        "%d/%m/%Y %H.%M.%S"]))
def test_day_first_files_with_date_order_dmy_give_the_reference_instants(moments_, layout):
    moments_ = [m.replace(second=0) if "%S" not in layout else m for m in moments_]
    reading = read(*(f"{m:{layout}}" for m in moments_), date_order="dmy")
    assert reading.values.tolist() == [utc(m) for m in moments_]


@PROPERTY
@given(st.lists(moments, min_size=1, max_size=8))
def test_month_first_files_with_date_order_mdy_give_the_reference_instants(moments_):
    reading = read(*(f"{m:%m/%d/%Y} {twelve_hour(m)}" for m in moments_), date_order="mdy")
    assert reading.values.tolist() == [utc(m) for m in moments_]


@PROPERTY
@given(st.lists(moments, min_size=1, max_size=8),
       st.sampled_from(["%d/%m/%Y %H:%M:%S", "%m/%d/%Y %H:%M:%S", "%d.%m.%Y %H:%M:%S"]))
def test_without_date_order_a_file_is_never_read_with_a_wrong_date(moments_, layout):
    reading = read(*(f"{m:{layout}}" for m in moments_))
    for moment, value, unread in zip(moments_, reading.values, reading.unread, strict=True):
        assert value == utc(moment) if not unread else pd.isna(value)


@PROPERTY
@given(st.lists(moments.map(lambda m: m.replace(day=1 + m.day % 12)), min_size=1, max_size=8),
       moments.map(lambda m: m.replace(day=13 + m.day % 16)), st.integers(min_value=0, max_value=8))
def test_one_day_over_twelve_among_many_makes_the_file_day_first(early, late, position):
    assume(any(m.day != m.month for m in early))
    moments_ = [*early[:position], late, *early[position:]]
    reading = read(*(f"{m:%d/%m/%Y %H:%M:%S}" for m in moments_))
    assert reading.values.tolist() == [utc(m) for m in moments_]
    assert (reading.order, reading.decided_by) == ("dmy", "file")
