"""Response counts per group, the grouping columns offered, the moments compared, the threshold's
floor and importing what can be read: the pieces the cohort dashboard and report rest on."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from widgets.errors import BelongingLabError
from widgets.logic.cohort.comparison import compare, moments
from widgets.logic.cohort.importing import import_available
from widgets.logic.cohort.statistics import cronbach_alpha, grouping_columns, response_counts
from widgets.logic.cohort.suppression import check_min_group

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cohort"


def cohort(instrument, groups: list[str], labels: list[str] | None = None) -> pd.DataFrame:
    n = len(groups)
    frame = pd.DataFrame({
        "response_id": [f"r{i}" for i in range(n)],
        "timestamp": pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns, UTC]"),
        "label": labels or [None] * n, "code": [None] * n, "group": groups,
        **{item: [3] * n for item in instrument.item_ids},
    })
    frame[list(instrument.item_ids)] = frame[list(instrument.item_ids)].astype("Int64")
    return frame


def test_counts_of_large_groups_are_released(instrument):
    table = response_counts(cohort(instrument, ["A"] * 6 + ["B"] * 7), ["group"])
    cells = table.dropna(subset=["group"]).set_index("group")["n"].to_dict()
    assert cells == {"A": 6, "B": 7}
    assert table.loc[table["group"].isna(), "n"].item() == 13


def test_a_small_group_count_is_hidden_with_a_partner(instrument):
    table = response_counts(cohort(instrument, ["A"] * 2 + ["B"] * 7 + ["C"] * 9), ["group"])
    cells = table.dropna(subset=["group"]).set_index("group")
    assert cells.loc["A", "suppressed"] and np.isnan(cells.loc["A", "n"])
    assert cells["suppressed"].sum() >= 2


def test_grouping_columns_are_those_with_values_and_never_the_code(instrument):
    frame = cohort(instrument, ["A"] * 3).assign(code=["k1", "k2", "k3"])
    assert grouping_columns(frame, instrument) == ["group"]


def test_pre_and_post_are_the_moments_when_both_are_labels(instrument):
    frame = cohort(instrument, ["A"] * 3, ["post", "pre", "mid"])
    assert moments(frame) == ("pre", "post")


def test_two_other_labels_are_ordered_by_their_first_response(instrument):
    frame = cohort(instrument, ["A"] * 2, ["end", "start"])
    frame["timestamp"] = pd.to_datetime(["2026-12-01", "2026-09-01"], utc=True)
    assert moments(frame) == ("start", "end")


def test_there_are_no_moments_without_two_labels(instrument):
    assert moments(cohort(instrument, ["A"] * 2, ["pre", "pre"])) is None


def test_a_suppressed_comparison_hides_its_counts_too(instrument):
    frame = cohort(instrument, ["A"] * 9, ["pre"] * 3 + ["post"] * 6)
    result = compare(frame, instrument, "pre", "post")
    assert result["suppressed"].all() and result["n_before"].isna().all()


def test_alpha_of_too_few_responses_hides_its_count(instrument):
    table = cronbach_alpha(cohort(instrument, ["A"] * 3), instrument)
    assert table["n"].isna().all()


@pytest.mark.parametrize("value", [4, 0, -1])
def test_a_threshold_below_five_is_refused(value):
    with pytest.raises(BelongingLabError, match="at least 5"):
        check_min_group(value)


def test_a_higher_threshold_is_accepted():
    assert check_min_group(10) == 10


def test_good_files_import_even_when_another_file_is_bad(instrument):
    outcome = import_available([FIXTURES / "suite_combined.csv", FIXTURES / "empty.csv"],
                               instrument)
    assert len(outcome.result.frame) == 6
    assert [name for name, _ in outcome.failures] == ["empty.csv"]


def test_nothing_importable_gives_no_result_and_every_failure(instrument):
    outcome = import_available([FIXTURES / "empty.csv", FIXTURES / "header_only.csv"],
                               instrument)
    assert outcome.result is None and len(outcome.failures) == 2


def test_rejection_reasons_never_repeat_the_rejected_value(instrument):
    outcome = import_available([FIXTURES / "suite_bad_values.csv"], instrument)
    reasons = outcome.result.report.rejections_table()["reason"]
    assert not reasons.str.contains("abc").any()
