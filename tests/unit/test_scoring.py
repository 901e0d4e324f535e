"""Scoring the teaching items: reverse keying, component means in bounds, the 75% rule."""

from hypothesis import given
from hypothesis import strategies as st

from widgets.content import load
from widgets.content.models.instrument import Instrument
from widgets.logic.scoring import answers_needed, component_scores, keyed

INSTRUMENT = load(Instrument)
POINTS = st.integers(min_value=1, max_value=5)
ANSWER = st.one_of(st.none(), POINTS)
ANSWERS = st.fixed_dictionaries({item_id: ANSWER for item_id in INSTRUMENT.item_ids})


def reversed_items():
    return [item for item in INSTRUMENT.items if item.reverse]


@given(POINTS)
def test_reverse_keying_is_symmetric_around_the_middle_of_the_scale(answer):
    for item in reversed_items():
        assert keyed(item, answer, INSTRUMENT) + answer == 6
        assert keyed(item, keyed(item, answer, INSTRUMENT), INSTRUMENT) == answer


@given(POINTS)
def test_forward_items_keep_their_answer(answer):
    for item in INSTRUMENT.items:
        if not item.reverse:
            assert keyed(item, answer, INSTRUMENT) == answer


@given(ANSWERS)
def test_every_score_stays_on_the_1_to_5_scale(answers):
    for score in component_scores(INSTRUMENT, answers).values():
        assert score is None or 1 <= score <= 5


@given(ANSWERS)
def test_a_component_is_scored_only_when_75_percent_of_its_items_are_answered(answers):
    scores = component_scores(INSTRUMENT, answers)
    for component in INSTRUMENT.components:
        items = INSTRUMENT.items_of(component)
        answered = sum(answers[item.id] is not None for item in items)
        assert (scores[component] is not None) == (answered >= 0.75 * len(items))


@given(ANSWERS)
def test_flipping_every_answer_mirrors_every_score(answers):
    flipped = {key: None if value is None else 6 - value for key, value in answers.items()}
    before = component_scores(INSTRUMENT, answers)
    after = component_scores(INSTRUMENT, flipped)
    for component in INSTRUMENT.components:
        if before[component] is None:
            assert after[component] is None
        else:
            assert abs(before[component] + after[component] - 6) < 1e-9


@given(ANSWERS)
def test_single_items_never_change_a_component_score(answers):
    other = {**answers, **{item.id: 5 for item in INSTRUMENT.single_items}}
    assert component_scores(INSTRUMENT, answers) == component_scores(INSTRUMENT, other)


def test_three_of_four_items_are_needed():
    assert answers_needed(4) == 3


def test_all_agree_with_one_reversed_item_is_in_the_middle_of_the_scale():
    answers = dict.fromkeys(INSTRUMENT.item_ids, 4)
    assert set(component_scores(INSTRUMENT, answers).values()) == {3.5}


def test_there_is_no_total_score():
    scores = component_scores(INSTRUMENT, dict.fromkeys(INSTRUMENT.item_ids, 3))
    assert list(scores) == list(INSTRUMENT.components)
