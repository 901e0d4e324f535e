"""The t-tests written on scipy.special give the results of scipy.stats."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from widgets.logic.cohort.t_tests import paired, t_quantile, welch

samples = st.lists(st.floats(1, 5), min_size=3, max_size=30).filter(
    lambda values: np.std(values) > 1e-3)


@pytest.mark.parametrize("df", [1, 4, 29, 1000])
def test_the_quantile_is_scipys(df):
    assert t_quantile(0.975, df) == pytest.approx(stats.t.ppf(0.975, df))


@settings(max_examples=50, deadline=None)
@given(samples, st.floats(-1, 1))
def test_the_paired_test_is_scipys(before, shift):
    after = np.array(before) + shift + np.linspace(-0.5, 0.5, len(before))
    expected = stats.ttest_rel(after, before)
    low, high = expected.confidence_interval(0.95)
    result = paired(after, np.array(before))
    assert (result.statistic, result.df, result.pvalue, result.ci_low, result.ci_high) == (
        pytest.approx(expected.statistic), expected.df, pytest.approx(expected.pvalue),
        pytest.approx(low), pytest.approx(high))


@settings(max_examples=50, deadline=None)
@given(samples, samples)
def test_welchs_test_is_scipys(first, second):
    expected = stats.ttest_ind(second, first, equal_var=False)
    low, high = expected.confidence_interval(0.95)
    result = welch(np.array(second), np.array(first))
    assert (result.statistic, result.df, result.pvalue, result.ci_low, result.ci_high) == (
        pytest.approx(expected.statistic), pytest.approx(expected.df),
        pytest.approx(expected.pvalue), pytest.approx(low), pytest.approx(high))
