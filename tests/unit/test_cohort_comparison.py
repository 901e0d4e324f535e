"""Pre/post comparison: paired when responses pair up, Welch's test otherwise, and says which."""

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from widgets.logic.cohort.comparison import compare, hedges_g
from widgets.logic.cohort.scores import component_scores


def moments(instrument, before: list[int], after: list[int], paired: bool) -> pd.DataFrame:
    """Responses answering every item with one value; paired ones share a code."""
    rows = []
    for label, values in (("pre", before), ("post", after)):
        for number, value in enumerate(values):
            rows.append({"response_id": f"{label}{number}", "label": label,
                         "code": f"k{number}" if paired else None, "group": None,
                         **dict.fromkeys(instrument.item_ids, value)})
    frame = pd.DataFrame(rows)
    frame[list(instrument.item_ids)] = frame[list(instrument.item_ids)].astype("Int64")
    return frame


BEFORE = [2, 3, 3, 2, 4, 3]
AFTER = [3, 4, 4, 3, 4, 5]


def test_matching_codes_give_a_paired_comparison(instrument):
    result = compare(moments(instrument, BEFORE, AFTER, paired=True), instrument, "pre", "post")
    assert set(result["method"]) == {"paired"}
    assert set(result["effect_size_name"]) == {"d_z"}


def test_the_paired_comparison_is_scipys_paired_t_test(instrument):
    frame = moments(instrument, BEFORE, AFTER, paired=True)
    result = compare(frame, instrument, "pre", "post").iloc[0]
    scores = component_scores(frame, instrument)[instrument.components[0]]
    before, after = scores[:6].to_numpy(), scores[6:].to_numpy()
    expected = stats.ttest_rel(after, before)
    assert result["t"] == pytest.approx(expected.statistic)
    assert result["p"] == pytest.approx(expected.pvalue)


def test_cohens_d_z_is_the_mean_difference_over_its_sd(instrument):
    frame = moments(instrument, BEFORE, AFTER, paired=True)
    result = compare(frame, instrument, "pre", "post").iloc[0]
    scores = component_scores(frame, instrument)[instrument.components[0]].to_numpy()
    diff = scores[6:] - scores[:6]
    assert result["effect_size"] == pytest.approx(diff.mean() / diff.std(ddof=1))


def test_without_codes_the_comparison_is_welchs_test(instrument):
    frame = moments(instrument, BEFORE, AFTER, paired=False)
    result = compare(frame, instrument, "pre", "post").iloc[0]
    scores = component_scores(frame, instrument)[instrument.components[0]].to_numpy()
    expected = stats.ttest_ind(scores[6:], scores[:6], equal_var=False)
    assert result["method"] == "unpaired"
    assert result["t"] == pytest.approx(expected.statistic)


def test_hedges_g_corrects_cohens_d_for_small_samples():
    a, b = pd.Series([1.0, 2.0, 3.0, 4.0]), pd.Series([3.0, 4.0, 5.0, 6.0])
    pooled = np.sqrt((3 * a.var() + 3 * b.var()) / 6)
    assert hedges_g(a, b) == pytest.approx(2 / pooled * (1 - 3 / (4 * 8 - 9)))


def test_too_few_pairs_fall_back_to_the_unpaired_comparison(instrument):
    frame = moments(instrument, BEFORE, AFTER, paired=False)
    frame.loc[[0, 6], "code"] = "same"
    result = compare(frame, instrument, "pre", "post")
    assert set(result["method"]) == {"unpaired"}


def test_a_code_used_twice_in_one_moment_pairs_nothing(instrument):
    frame = moments(instrument, [*BEFORE, 3, 2], [*AFTER, 4, 4], paired=True)
    frame.loc[1, "code"] = "k0"  # k0 twice before; k1 no longer before
    result = compare(frame, instrument, "pre", "post").iloc[0]
    assert result["n_pairs"] == 6


def test_a_comparison_of_small_groups_is_suppressed(instrument):
    frame = moments(instrument, [2, 3, 4], [3, 4, 5], paired=False)
    result = compare(frame, instrument, "pre", "post")
    assert result["suppressed"].all() and result["t"].isna().all()
