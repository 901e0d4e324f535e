"""Module 04's scenario cards, their content file and the suite's own suggestions."""

import re

import pytest

from widgets.content import load
from widgets.content.models.scenarios import Deck
from widgets.content.models.suggestions import Suggestions
from widgets.errors import BelongingLabError
from widgets.logic.scenarios import answer
from widgets.ui.scenarios import ScenarioCards


def test_the_deck_holds_the_three_situations_from_the_blog_and_two_more():
    ids = [scenario.id for scenario in load(Deck).scenarios]
    assert ids[:3] == ["wrong_chair", "wrong_time", "fetched_for_consult"]
    assert len(ids) >= 5


def test_every_card_has_choices_with_feedback_for_resident_and_student():
    for scenario in load(Deck).scenarios:
        for role in ("resident", "student"):
            choices = scenario.roles[role].choices
            assert len(choices) >= 2
            assert all(choice.feedback and choice.text for choice in choices)


def test_answering_gives_the_verdict_and_feedback_of_the_choice():
    scenario = load(Deck).scenario("fetched_for_consult")
    choice = answer(scenario, "resident", "fetch_student")
    assert choice.verdict == "builds"
    assert "include" in choice.feedback


def test_an_unknown_choice_is_refused_with_a_message():
    scenario = load(Deck).scenario("wrong_chair")
    with pytest.raises(BelongingLabError, match="no option 'nope'"):
        answer(scenario, "student", "nope")


def test_an_unknown_card_is_refused_with_the_known_cards():
    with pytest.raises(BelongingLabError, match="wrong_chair"):
        load(Deck).scenario("nope")


def test_a_repeated_card_id_names_the_entry(refusal):
    def repeat_id(data):
        data["scenarios"][2]["id"] = data["scenarios"][0]["id"]

    assert re.search(r"scenarios\[2\]\.id.*more than once", refusal(Deck, repeat_id))


def test_a_side_with_no_option_that_builds_belonging_is_refused(refusal):
    def spoil(data):
        for choice in data["scenarios"][0]["resident"]["choices"]:
            choice["verdict"] = "risks"

    assert re.search(r"scenarios\[0\]\.resident\.choices.*builds", refusal(Deck, spoil))


def test_checking_a_choice_shows_its_feedback():
    cards = ScenarioCards("fetched_for_consult")
    side = cards.sides["student"]
    side.options.value = "ask_to_be_called"
    side.check.click()
    assert "Builds belonging" in side.feedback.value


def test_checking_without_a_choice_asks_for_one():
    side = ScenarioCards().sides["resident"]
    side.check.click()
    assert "Pick one" in side.feedback.value


def test_changing_card_clears_the_previous_choice():
    cards = ScenarioCards()
    cards.sides["resident"].options.value = "joke_and_explain"
    cards.picker.value = "lunch_without_you"
    assert cards.sides["resident"].options.value is None
    assert "lunch" in cards.situation.value.lower()


def test_the_suggestions_are_labelled_as_the_suites_own_not_the_authors():
    attribution = load(Suggestions).attribution
    assert "Belonging Lab" in attribution
    assert "not the tips of the blog post's author" in attribution
