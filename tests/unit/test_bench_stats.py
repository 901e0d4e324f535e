"""Benchmark statistics: medians, percentiles and ratios of timing samples."""

import pytest

from tests.bench.stats import median, percentile, ratio, summary


def test_the_median_of_an_even_count_is_the_mean_of_the_middle_two():
    assert median([4, 1, 3, 2]) == 2.5


def test_the_95th_percentile_interpolates_between_the_closest_ranks():
    assert percentile(range(1, 21), 95) == pytest.approx(19.05)


def test_a_percentile_of_one_sample_is_that_sample():
    assert percentile([7.0], 95) == 7.0


def test_no_samples_give_no_figure_rather_than_an_error():
    assert (median([]), percentile([], 95)) == (None, None)


def test_a_summary_keeps_the_samples_with_their_count_median_and_p95():
    assert summary([100.04, 300.0, 200.0]) == {
        "samples": [100.0, 300.0, 200.0], "n": 3, "median": 200.0, "p95": 290.0,
    }


def test_a_summary_of_nothing_has_count_zero_and_no_figures():
    assert summary([]) == {"samples": [], "n": 0, "median": None, "p95": None}


def test_a_ratio_is_rounded_to_two_decimals():
    assert ratio(5000, 3000) == 1.67


@pytest.mark.parametrize(("numerator", "denominator"), [(None, 3000), (5000, None), (5000, 0)])
def test_a_ratio_with_a_missing_or_zero_term_is_missing(numerator, denominator):
    assert ratio(numerator, denominator) is None
