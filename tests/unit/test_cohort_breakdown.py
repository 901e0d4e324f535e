"""One suppression decision per breakdown: a group is hidden in every table of a breakdown or in
none, a group's result for a component that too few of its people answered is hidden as well,
and no table releases a count below the threshold, even when people skip items."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from widgets.content import load
from widgets.content.models.instrument import Instrument
from widgets.logic.cohort.breakdown import Breakdown
from widgets.logic.cohort.scores import component_scores
from widgets.logic.cohort.statistics import component_summary, distribution, response_counts

INSTRUMENT = load(Instrument)
COMPONENTS = list(INSTRUMENT.components)


def cohort(people: list[tuple[str, list[bool]]]) -> pd.DataFrame:
    """One response per person: their group, and every item answered (3) except the items of
    the components they skipped."""
    rows = []
    for number, (group, skipped) in enumerate(people):
        answers = dict.fromkeys(INSTRUMENT.item_ids, 3)
        for component, skip in zip(COMPONENTS, skipped, strict=True):
            if skip:
                answers.update(dict.fromkeys((i.id for i in INSTRUMENT.items_of(component)),
                                             None))
        rows.append({"response_id": f"r{number}", "label": None, "code": None,
                     "group": group, **answers})
    frame = pd.DataFrame(rows)
    frame[list(INSTRUMENT.item_ids)] = frame[list(INSTRUMENT.item_ids)].astype("Int64")
    return frame


def tables(frame: pd.DataFrame) -> list[pd.DataFrame]:
    """Every table of the breakdown by group, as the dashboard builds them."""
    breakdown = Breakdown(frame, ["group"])
    return [response_counts(frame, ["group"], breakdown=breakdown),
            component_summary(frame, INSTRUMENT, ["group"],
                              scores=component_scores(frame, INSTRUMENT), breakdown=breakdown),
            distribution(frame, INSTRUMENT, "group")]


def hidden_groups(table: pd.DataFrame) -> set[str]:
    return set(table.loc[table["group"].notna() & table["group_hidden"], "group"])


# people in up to five groups, each skipping a component about one time in three
people = st.lists(
    st.tuples(st.sampled_from(["a", "b", "c", "d", "e"]),
              st.lists(st.sampled_from([False, False, True]), min_size=len(COMPONENTS),
                       max_size=len(COMPONENTS))),
    min_size=1, max_size=40)


def test_a_group_that_skipped_a_component_is_hidden_only_for_that_component():
    frame = cohort([("a", [False] * 4)] * 4 + [("a", [True, False, False, False])] * 2
                   + [("b", [False] * 4)] * 8 + [("c", [False] * 4)] * 9)
    counts, summary, _ = tables(frame)
    first = summary[summary["component"] == COMPONENTS[0]].set_index("group")
    assert not counts.set_index("group").loc["a", "suppressed"]
    assert first.loc["a", "suppressed"] and not first.loc["a", "group_hidden"]


def test_a_component_cell_hidden_for_its_own_count_gets_a_partner():
    frame = cohort([("a", [False] * 4)] * 4 + [("a", [True, False, False, False])] * 2
                   + [("b", [False] * 4)] * 8 + [("c", [False] * 4)] * 9)
    _, summary, _ = tables(frame)
    first = summary[(summary["component"] == COMPONENTS[0]) & summary["group"].notna()]
    assert first["suppressed"].sum() == 2


def test_a_small_group_is_hidden_in_every_table_of_the_breakdown():
    frame = cohort([("a", [False] * 4)] * 3 + [("b", [False] * 4)] * 8
                   + [("c", [False] * 4)] * 9)
    assert all(hidden_groups(table) == {"a", "b"} for table in tables(frame))


@pytest.mark.parametrize("by", [["group"], ["group", "label"]])
def test_without_a_breakdown_passed_in_each_table_makes_the_same_decision(by):
    frame = cohort([("a", [False] * 4)] * 3 + [("b", [False] * 4)] * 8)
    frame["label"] = ["pre", "post"] * 5 + ["pre"]
    given_once = component_summary(frame, INSTRUMENT, by, breakdown=Breakdown(frame, by))
    assert given_once.equals(component_summary(frame, INSTRUMENT, by))


@settings(max_examples=40, deadline=None)
@given(people)
def test_no_table_releases_a_count_below_the_threshold(group_people):
    for table in tables(cohort(group_people)):
        released = table.loc[~table["suppressed"], "n"]
        assert not released.between(1, 4).any()


@settings(max_examples=40, deadline=None)
@given(people)
def test_the_hidden_groups_are_the_same_in_every_table(group_people):
    found = [hidden_groups(table) for table in tables(cohort(group_people))]
    assert all(groups == found[0] for groups in found)


@settings(max_examples=40, deadline=None)
@given(people)
def test_a_hidden_group_hides_all_its_cells(group_people):
    for table in tables(cohort(group_people)):
        assert table.loc[table["group_hidden"], "suppressed"].all()


@settings(max_examples=40, deadline=None)
@given(people)
def test_no_component_hides_exactly_one_of_its_groups_and_total(group_people):
    _, summary, _ = tables(cohort(group_people))
    for _, rows in summary.groupby("component"):
        assert rows["suppressed"].sum() != 1
