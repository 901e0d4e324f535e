"""Separate files as the moments of one survey: named by the faculty, paired by code."""

from pathlib import Path

import pandas as pd

from widgets.logic.cohort.comparison import compare, moments
from widgets.logic.cohort.importing import import_responses

MOMENTS = Path(__file__).parents[1] / "fixtures" / "cohort" / "moments"
NAME = "Belonging survey (Responses) - Form Responses 1.csv"


def two_moments(instrument, first="pre", second="post"):
    return import_responses([MOMENTS / "pre", MOMENTS / "post"], instrument,
                            label={MOMENTS / "pre": first, MOMENTS / "post": second})


def test_each_file_takes_the_moment_given_for_it(instrument):
    frame = two_moments(instrument).frame
    assert frame["label"].tolist() == ["pre"] * 6 + ["post"] * 6


def test_two_files_with_one_name_are_kept_apart(instrument):
    result = two_moments(instrument)
    assert [s.file for s in result.report.sources] == [NAME, f"{NAME} (2)"]
    assert not result.report.duplicate_response_ids and len(result.frame) == 12


def test_moments_named_freely_keep_the_order_they_were_given_in(instrument):
    result = two_moments(instrument, "start of year", "end of year")
    assert result.moment_order == ("start of year", "end of year")
    assert moments(result.frame, result.moment_order) == ("start of year", "end of year")


def test_separate_files_pair_where_the_code_matches(instrument):
    result = two_moments(instrument)
    table = compare(result.frame, instrument, "pre", "post")
    assert (table["method"] == "paired").all() and (table["n_pairs"] == 5).all()


def test_the_change_from_lower_to_higher_answers_is_positive(instrument):
    result = two_moments(instrument, "start", "end")
    before, after = moments(result.frame, result.moment_order)
    table = compare(result.frame, instrument, before, after)
    assert (table["difference"] > 0).all()


def test_moments_of_unknown_order_are_not_compared(instrument):
    frame = two_moments(instrument, "b", "a").frame
    frame["timestamp"] = pd.NaT
    assert moments(frame) is None


def test_two_projects_numbering_records_alike_neither_clash_nor_pair_by_number(instrument):
    raw = Path(__file__).parents[1] / "fixtures" / "cohort" / "redcap_raw.csv"
    frame = import_responses([raw, raw], instrument, label={raw: "pre"}).frame
    assert len(frame) == 4
    result = import_responses(
        [MOMENTS / "pre", raw], instrument, label={MOMENTS / "pre": "pre", raw: "post"})
    assert len(result.frame) == 10 and not result.report.duplicate_response_ids
    assert result.frame["response_id"].is_unique


def test_a_day_first_file_orders_its_moments_by_their_true_dates(instrument):
    path = Path(__file__).parents[1] / "fixtures" / "cohort" / "google_sheets_day_first_moments.csv"
    frame = import_responses(path, instrument).frame
    assert moments(frame) == ("start", "end")
    assert (compare(frame, instrument, "start", "end")["difference"] > 0).all()
