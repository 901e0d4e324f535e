"""The "my circles" teaching model of module 01."""

import pytest

from widgets.logic.circles import (
    Circle,
    Transition,
    apply_transition,
    circles_table,
    connection_after,
    unique_names,
)

CLERKSHIP = Transition("clerkship", "Clinical team", 30, 1.5, 0.3)
CIRCLES = [Circle("Classmates", 5, 25), Circle("Family", 4, 10), Circle("Choir", 3, 5)]


def test_a_transition_adds_the_circle_it_brings():
    after = apply_transition(CIRCLES, CLERKSHIP)
    assert after[-1] == Circle("Clinical team", 1.5, 30)


def test_the_other_circles_lose_time_in_proportion():
    after = apply_transition(CIRCLES, CLERKSHIP)
    shares = [a.hours / b.hours for a, b in zip(after, CIRCLES, strict=False)]
    assert shares[0] == pytest.approx(shares[1]) == pytest.approx(shares[2])
    assert shares[0] == pytest.approx((40 - 30) * 0.7 / 40)


def test_connection_falls_with_time_but_stays_on_the_scale():
    assert connection_after(5, 0.25) == pytest.approx(3.0)
    assert connection_after(5, 0) == 1.0
    assert connection_after(3, 1) == 3.0


def test_a_transition_that_claims_every_hour_leaves_no_time_to_the_others():
    after = apply_transition(CIRCLES, Transition("all", "All", 100, 1, 0))
    assert all(circle.hours == 0 for circle in after[:-1])


def test_a_week_with_no_hours_does_not_divide_by_zero():
    after = apply_transition([Circle("Quiet", 3, 0)], CLERKSHIP)
    assert after[0].hours == 0


def test_blank_and_repeated_names_stay_distinct():
    assert unique_names(["Family", " ", "Family"], "Circle") == ["Family", "Circle 2", "Family (2)"]


def test_the_table_has_one_row_per_circle_and_moment():
    table = circles_table({"Now": CIRCLES, "After": apply_transition(CIRCLES, CLERKSHIP)})
    assert len(table) == 7
    assert all(list(row) == ["circle", "moment", "order", "hours", "connection"] for row in table)
