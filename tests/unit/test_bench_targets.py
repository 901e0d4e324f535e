"""The benchmark's first targets (issue 7) and the verdict on each figure."""

from tests.bench import targets
from tests.bench.targets import verdict


def test_a_figure_within_its_limit_meets_the_target():
    assert verdict(1.5, targets.TTI_RATIO) == "met"


def test_a_figure_over_its_limit_misses_the_target():
    assert verdict(151, targets.INTERACTION_MEDIAN_MS) == "missed"


def test_a_figure_that_could_not_be_measured_is_not_judged_met():
    assert verdict(None, targets.KERNEL_RSS_MB) == "not measured"


def test_a_figure_without_a_target_gets_no_verdict():
    assert verdict(12.3, None) == ""


def test_every_session_must_render():
    assert (verdict(20, targets.all_rendered(20)), verdict(19, targets.all_rendered(20))) == (
        "met", "missed")


def test_a_single_stall_or_leftover_kernel_misses():
    assert {verdict(1, targets.STALLED_LOADS), verdict(1, targets.KERNELS_LEFT)} == {"missed"}


def test_a_target_reads_as_its_comparison():
    assert str(targets.TTI_RATIO) == "<= 1.5"
