"""Cohort statistics: means with t-intervals, distributions, alpha, all small groups protected."""

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from widgets.logic.cohort.scores import component_scores
from widgets.logic.cohort.statistics import (
    alpha,
    component_summary,
    cronbach_alpha,
    distribution,
    mean_interval,
)


def responses(instrument, answers: list[int], groups: list[str | None]) -> pd.DataFrame:
    """One response per group entry, answering every item with the next value of ``answers``."""
    rows = []
    for number, group in enumerate(groups):
        value = answers[number % len(answers)]
        rows.append({"response_id": f"r{number}", "label": None, "code": None, "group": group,
                     **dict.fromkeys(instrument.item_ids, value)})
    frame = pd.DataFrame(rows)
    frame[list(instrument.item_ids)] = frame[list(instrument.item_ids)].astype("Int64")
    return frame


def test_the_interval_is_the_t_interval_of_the_mean():
    n, mean, low, high = mean_interval(pd.Series([2.0, 3.0, 4.0, 5.0]))
    half = stats.t.ppf(0.975, 3) * np.std([2, 3, 4, 5], ddof=1) / 2
    assert (n, mean) == (4, 3.5)
    assert low == pytest.approx(3.5 - half)
    assert high == pytest.approx(3.5 + half)


def test_a_single_answer_has_a_mean_but_no_interval():
    n, mean, low, high = mean_interval(pd.Series([4.0]))
    assert (n, mean) == (1, 4.0)
    assert math.isnan(low) and math.isnan(high)


def test_reverse_keyed_items_are_turned_round_before_averaging(instrument):
    frame = responses(instrument, [5], ["a"])
    scores = component_scores(frame, instrument)
    component = instrument.components[0]
    items = [item for item in instrument.items if item.component == component]
    reversed_count = sum(item.reverse for item in items)
    expected = (5 * (len(items) - reversed_count) + 1 * reversed_count) / len(items)
    assert scores.loc[0, component] == pytest.approx(expected)


def test_a_component_with_too_few_answers_has_no_score(instrument):
    frame = responses(instrument, [4], ["a"])
    component = instrument.components[0]
    items = [item.id for item in instrument.items if item.component == component]
    frame.loc[0, items[:2]] = pd.NA
    assert pd.isna(component_scores(frame, instrument).loc[0, component])


def test_table_scores_agree_with_the_scoring_module(instrument):
    from widgets.logic.scoring import component_scores as score_one

    rng = np.random.default_rng(3)
    values = rng.integers(1, 6, size=(30, len(instrument.item_ids))).astype(object)
    values[rng.random(values.shape) < 0.2] = None
    frame = pd.DataFrame(values, columns=list(instrument.item_ids)).astype("Int64")
    table = component_scores(frame, instrument)
    for index, row in frame.iterrows():
        answers = {k: (None if pd.isna(v) else int(v)) for k, v in row.items()}
        for component, score in score_one(instrument, answers).items():
            if score is None:
                assert pd.isna(table.loc[index, component])
            else:
                assert table.loc[index, component] == pytest.approx(score)


def test_the_summary_counts_the_responses_answering_each_component(instrument):
    frame = responses(instrument, [2, 4], ["a"] * 6)
    summary = component_summary(frame, instrument)
    assert summary["n"].tolist() == [6] * len(instrument.components)


def test_a_small_group_is_suppressed_in_the_summary(instrument):
    frame = responses(instrument, [2, 4], ["a"] * 3 + ["b"] * 8 + ["c"] * 9)
    summary = component_summary(frame, instrument, by=["group"])
    first = summary[summary["component"] == instrument.components[0]].set_index("group")
    assert first.loc["a", "suppressed"] and pd.isna(first.loc["a", "mean"])


def test_a_second_group_is_suppressed_so_the_first_cannot_be_worked_out(instrument):
    frame = responses(instrument, [2, 4], ["a"] * 3 + ["b"] * 8 + ["c"] * 9)
    summary = component_summary(frame, instrument, by=["group"])
    first = summary[summary["component"] == instrument.components[0]].set_index("group")
    assert first.loc["b", "suppressed"] and not first.loc["c", "suppressed"]


def test_the_summary_releases_the_total_over_groups(instrument):
    frame = responses(instrument, [2, 4], ["a"] * 3 + ["b"] * 8 + ["c"] * 9)
    summary = component_summary(frame, instrument, by=["group"])
    total = summary[summary["group"].isna()].iloc[0]
    assert total["n"] == 20 and not total["suppressed"]


def test_responses_without_a_group_count_as_not_given(instrument):
    frame = responses(instrument, [3], ["a"] * 6 + [None] * 6)
    summary = component_summary(frame, instrument, by=["group"])
    assert "(not given)" in set(summary["group"].dropna())


def test_a_two_way_breakdown_has_cells_and_both_margins(instrument):
    frame = responses(instrument, [3], ["a"] * 12 + ["b"] * 12)
    frame["label"] = ["pre", "post"] * 12
    summary = component_summary(frame, instrument, by=["group", "label"])
    first = summary[summary["component"] == instrument.components[0]]
    assert len(first) == 9  # 2 x 2 cells, 2 + 2 margins, 1 grand total


def test_the_distribution_counts_answers_per_scale_point(instrument):
    frame = responses(instrument, [1, 1, 5], ["a"] * 6)
    table = distribution(frame, instrument)
    first = table[table["item"] == instrument.item_ids[0]].set_index("point")["count"]
    assert first.to_dict() == {1: 4, 2: 0, 3: 0, 4: 0, 5: 2}


def test_the_distribution_names_each_scale_point(instrument):
    frame = responses(instrument, [1], ["a"] * 6)
    table = distribution(frame, instrument)
    assert table.loc[table["point"] == 5, "label"].iloc[0] == instrument.scale_labels[5]


def test_the_distribution_of_a_small_group_is_suppressed(instrument):
    frame = responses(instrument, [1, 5], ["a"] * 2 + ["b"] * 10 + ["c"] * 10)
    table = distribution(frame, instrument, by="group")
    small = table[table["group"] == "a"]
    assert small["suppressed"].all() and small["count"].isna().all()


def test_alpha_matches_its_textbook_formula():
    items = pd.DataFrame({"x": [1, 2, 3, 4, 5], "y": [2, 2, 3, 5, 4], "z": [1, 3, 3, 4, 5]})
    k = 3
    expected = k / (k - 1) * (1 - items.var(ddof=1).sum() / items.sum(axis=1).var(ddof=1))
    assert alpha(items) == pytest.approx(expected)


def test_alpha_is_flagged_for_caution_below_thirty_responses(instrument):
    rng = np.random.default_rng(1)
    frame = pd.DataFrame(rng.integers(1, 6, size=(20, len(instrument.item_ids))),
                         columns=list(instrument.item_ids)).astype("Int64")
    assert cronbach_alpha(frame, instrument)["caution"].all()


def test_alpha_is_not_flagged_from_thirty_responses(instrument):
    rng = np.random.default_rng(1)
    frame = pd.DataFrame(rng.integers(1, 6, size=(30, len(instrument.item_ids))),
                         columns=list(instrument.item_ids)).astype("Int64")
    assert not cronbach_alpha(frame, instrument)["caution"].any()


def test_alpha_of_too_few_responses_is_suppressed(instrument):
    frame = responses(instrument, [1, 5], ["a"] * 4)
    table = cronbach_alpha(frame, instrument)
    assert table["suppressed"].all() and table["alpha"].isna().all()
