"""Qualtrics' -99 ("seen but unanswered") is a skipped answer, like an empty cell."""

from pathlib import Path

import pandas as pd
import pytest

from widgets.content import load
from widgets.content.models.instrument import Instrument
from widgets.logic.cohort.importing import import_responses

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cohort"


@pytest.fixture(scope="module")
def result():
    return import_responses(FIXTURES / "qualtrics_skipped.csv", load(Instrument))


def rejected(result, reason):
    return [(r.row, r.column) for r in result.report.rejections if r.reason == reason]


def test_minus_99_and_empty_cells_are_skipped_answers(result):
    first = result.frame.set_index("response_id").loc["R_1aBcDeFgHiJkLmN"]
    assert first[["comp_1", "comp_2", "opp_2", "opp_3"]].tolist() == [pd.NA, 3, pd.NA, 3]


def test_minus_99_is_never_reported_as_out_of_range(result):
    assert rejected(result, "cohort.reason_out_of_range") == [(7, "comp_2")]


def test_a_response_seen_but_left_wholly_unanswered_is_rejected_as_having_no_answers(result):
    assert rejected(result, "cohort.reason_no_answers") == [(5, None)]
    assert len(result.frame) == 3


def test_minus_99_in_a_text_question_is_no_answer_either(result):
    third = result.frame.set_index("response_id").loc["R_3aBcDeFgHiJkLmN"]
    assert third["code"] is None
    assert third["belong_community"] is pd.NA

