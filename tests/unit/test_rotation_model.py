"""The rotation simulator's teaching model (module 04) and its content file."""

import pytest

from widgets.content import load
from widgets.content.models.clerkship import Clerkship, ModelParameters, Practice
from widgets.errors import BelongingLabError
from widgets.logic import rotation_model
from widgets.ui.clerkship import RotationSimulator

PARAMS = ModelParameters(weeks_in_year=48, start=75, ceiling=80, floor=15, dip=0.5,
                         recovery=0.3, away_dip_extra=0.3, edge_level=50)
HELP = Practice("help", dip_softening=0.3, recovery_boost=0.2, label="Help", explanation="")
FOUR_WEEKS = rotation_model.rotation_lengths(4, 48)


def first_weeks(weekly):
    return weekly.groupby("rotation")["belonging"].first().tolist()


def year_summary(lengths, practices=()):
    """The summary of a year of rotations at home, with ``practices``."""
    return rotation_model.summarise(
        rotation_model.simulate(lengths, frozenset(), list(practices), PARAMS), PARAMS)


def test_rotations_fill_the_year_and_the_last_one_is_cut_short():
    assert rotation_model.rotation_lengths(5, 48) == [5] * 9 + [3]
    assert rotation_model.rotation_lengths(4, 48) == [4] * 12


@pytest.mark.parametrize("length", [1, 9])
def test_rotation_lengths_outside_two_to_eight_weeks_are_refused(length):
    with pytest.raises(BelongingLabError, match="outside"):
        rotation_model.rotation_lengths(length, 48)


def test_away_rotations_are_spread_across_the_year():
    assert rotation_model.away_positions(12, 2) == frozenset({3, 9})
    assert rotation_model.away_positions(6, 6) == frozenset(range(6))
    assert rotation_model.away_positions(6, 0) == frozenset()


def test_more_away_rotations_than_rotations_are_refused():
    with pytest.raises(BelongingLabError, match="6 rotations"):
        rotation_model.away_positions(6, 7)


def test_the_year_has_one_row_per_week():
    weekly = rotation_model.simulate(FOUR_WEEKS, frozenset(), [], PARAMS)
    assert weekly["week"].tolist() == list(range(1, 49))
    assert weekly["rotation"].nunique() == 12


def test_belonging_dips_at_each_change_of_team():
    weekly = rotation_model.simulate(FOUR_WEEKS, frozenset(), [], PARAMS)
    last = weekly.groupby("rotation")["belonging"].last().tolist()
    assert all(first < previous for first, previous in
               zip(first_weeks(weekly)[1:], last[:-1], strict=True))


def test_belonging_recovers_week_by_week_on_a_team():
    weekly = rotation_model.simulate(FOUR_WEEKS, frozenset(), [], PARAMS)
    for _, rotation in weekly.groupby("rotation"):
        assert rotation["belonging"].is_monotonic_increasing


def test_belonging_stays_between_floor_and_ceiling():
    lengths, away = rotation_model.rotation_lengths(2, 48), rotation_model.away_positions(24, 24)
    weekly = rotation_model.simulate(lengths, away, [], PARAMS)
    assert weekly["belonging"].between(PARAMS.floor, PARAMS.ceiling).all()


def test_a_practice_softens_the_dips():
    without = rotation_model.simulate(FOUR_WEEKS, frozenset(), [], PARAMS)
    with_help = rotation_model.simulate(FOUR_WEEKS, frozenset(), [HELP], PARAMS)
    assert all(a > b for a, b in zip(first_weeks(with_help), first_weeks(without), strict=True))


def test_a_practice_speeds_recovery():
    only_recovery = Practice("r", dip_softening=0, recovery_boost=0.3, label="R", explanation="")
    without = rotation_model.simulate([8], frozenset(), [], PARAMS)["belonging"]
    faster = rotation_model.simulate([8], frozenset(), [only_recovery], PARAMS)["belonging"]
    assert faster[0] == without[0]
    assert faster[3] > without[3]


def test_practices_add_up():
    one = year_summary(FOUR_WEEKS, [HELP])
    two = year_summary(FOUR_WEEKS, [HELP, HELP])
    assert two.mean > one.mean


def test_an_away_rotation_deepens_the_dip():
    home = rotation_model.simulate(FOUR_WEEKS, frozenset(), [], PARAMS)
    away = rotation_model.simulate(FOUR_WEEKS, frozenset({5}), [], PARAMS)
    assert first_weeks(away)[5] < first_weeks(home)[5]
    assert away.loc[away["rotation"] == 6, "away"].all()


def test_shorter_rotations_mean_lower_belonging():
    two = year_summary(rotation_model.rotation_lengths(2, 48))
    eight = year_summary(rotation_model.rotation_lengths(8, 48))
    assert two.mean < eight.mean
    assert two.weeks_on_edge > eight.weeks_on_edge


def test_the_summary_counts_weeks_below_the_edge_level():
    weekly = rotation_model.simulate([2], frozenset(), [], PARAMS)  # 45.0 then 55.5
    summary = rotation_model.summarise(weekly, PARAMS)
    assert (summary.weeks_on_edge, summary.lowest, summary.rotations) == (1, 45.0, 1)


def test_the_rotations_table_gives_first_and_last_weeks():
    weekly = rotation_model.simulate([4, 2], frozenset({1}), [], PARAMS)
    table = rotation_model.rotations_table(weekly)
    assert table.to_dict("records") == [
        {"rotation": 1, "first_week": 1, "last_week": 4, "away": False},
        {"rotation": 2, "first_week": 5, "last_week": 6, "away": True},
    ]


def test_the_comparison_table_labels_both_years():
    weekly = rotation_model.simulate([2], frozenset(), [], PARAMS)
    table = rotation_model.comparison_table(weekly, weekly, ("mine", "none"))
    assert table["series"].tolist() == ["mine", "mine", "none", "none"]


def test_every_model_number_comes_from_the_content_file():
    content = load(Clerkship)
    params = content.model
    practices = content.practices_by_id()
    assert params.weeks_in_year == 48
    assert {"resident_seeks_out", "explicit_norms", "orientation"} <= set(practices)


def test_switching_on_a_practice_redraws_the_simulator():
    simulator = RotationSimulator(rotation_length=2, away_rotations=0)
    before = simulator.view.figure_html()
    simulator.checks["orientation"].value = True
    assert simulator.view.figure_html() != before
    assert "An orientation to the service" in simulator.view.figure_html()


def test_an_unknown_practice_is_refused_with_the_known_ones():
    with pytest.raises(BelongingLabError, match="orientation"):
        RotationSimulator(practices=["free_pizza"])
