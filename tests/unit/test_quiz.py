"""Module 02's knowledge check: content, feedback on every answer, and scoring."""

import re

import pytest

from widgets.charts.knowledge_check import results_chart
from widgets.content import load
from widgets.content.models.knowledge_check import KnowledgeCheck
from widgets.errors import BelongingLabError
from widgets.logic.knowledge_check import (
    Summary,
    check,
    ordered,
    record_first,
    results_by_component,
    summarise,
)
from widgets.ui.knowledge_check import KnowledgeCheckView

COMPONENTS = ["competencies", "opportunities", "motivations", "perceptions"]
LABELS = {c: c.title() for c in COMPONENTS}
OUTCOMES = {"correct": "Correct", "incorrect": "Incorrect", "unanswered": "Not answered"}


@pytest.fixture
def questions():
    return load(KnowledgeCheck).questions


def test_the_bundled_quiz_has_at_least_twelve_scenarios(questions):
    assert len(questions) >= 12


def test_every_component_is_the_right_answer_to_several_scenarios(questions):
    for component in COMPONENTS:
        assert sum(q.correct_component == component for q in questions) >= 3


def test_the_bundled_scenarios_use_the_framework_contexts():
    load(KnowledgeCheck)


def test_every_answer_carries_its_own_feedback(questions):
    for question in questions:
        texts = [a.feedback for a in question.answers]
        assert len(set(texts)) == 4


def test_a_right_answer_is_marked_right_with_its_explanation(questions):
    question = questions[0]
    feedback = check(question, question.correct_component)
    assert feedback.correct
    assert feedback.text == question.answer(question.correct_component).feedback


def test_a_wrong_answer_is_marked_wrong_with_its_own_explanation(questions):
    question = questions[0]
    wrong = next(c for c in COMPONENTS if c != question.correct_component)
    feedback = check(question, wrong)
    assert not feedback.correct
    assert feedback.text == question.answer(wrong).feedback


def test_an_unknown_component_is_refused(questions):
    with pytest.raises(BelongingLabError, match="no component 'belief'"):
        check(questions[0], "belief")


def test_answers_that_repeat_a_component_are_refused(refusal):
    message = refusal(KnowledgeCheck,
                      lambda data: data["questions"][0]["answers"][1].update(
                          component="competencies"))
    assert re.search(r"questions\[0\]\.answers: the answers must name each", message)


def test_a_repeated_scenario_id_is_refused(refusal):
    message = refusal(KnowledgeCheck,
                      lambda data: data["questions"][5].update(id=data["questions"][0]["id"]))
    assert re.search(r"questions\[5\]\.id", message)


def test_a_scenario_in_an_unknown_context_is_refused(refusal):
    message = refusal(KnowledgeCheck,
                      lambda data: data["questions"][2].update(context="pharmacy"))
    assert re.search(r"questions\[2\]\.context", message)


def test_an_answer_without_feedback_is_refused(refusal):
    message = refusal(KnowledgeCheck,
                      lambda data: data["questions"][1]["answers"][2].pop("feedback"))
    assert re.search(r"questions\[1\]\.answers\[2\].*'feedback'", message)


def test_the_summary_counts_right_first_answers_of_those_answered(questions):
    first, second = questions[0], questions[1]
    wrong = next(c for c in COMPONENTS if c != second.correct_component)
    answers = {first.id: first.correct_component, second.id: wrong}
    assert summarise(questions, answers) == Summary(correct=1, answered=2, total=len(questions))


def test_only_the_first_answer_to_a_scenario_is_recorded():
    answers = record_first({}, "huddle", "motivations")
    answers = record_first(answers, "huddle", "opportunities")
    assert answers == {"huddle": "motivations"}


def test_without_a_seed_the_scenarios_keep_the_file_order(questions):
    assert ordered(questions, None) == questions


def test_a_seed_shuffles_the_scenarios_reproducibly(questions):
    shuffled = ordered(questions, 7)
    assert shuffled == ordered(questions, 7)
    assert shuffled != questions
    assert sorted(q.id for q in shuffled) == sorted(q.id for q in questions)


def test_the_results_table_has_every_component_and_outcome(questions):
    table = results_by_component(questions, {}, LABELS, OUTCOMES)
    assert len(table) == 12
    assert table["scenarios"].sum() == len(questions)
    assert set(table["result"]) == set(OUTCOMES.values())


def test_the_results_table_counts_a_wrong_answer_under_the_right_component(questions):
    question = questions[0]
    wrong = next(c for c in COMPONENTS if c != question.correct_component)
    table = results_by_component(questions, {question.id: wrong}, LABELS, OUTCOMES)
    row = table[(table["component"] == LABELS[question.correct_component])
                & (table["result"] == "Incorrect")]
    assert row["scenarios"].item() == 1


def test_the_results_chart_has_a_title_axis_titles_and_a_description(questions):
    texts = load(KnowledgeCheck).chart
    table = results_by_component(questions, {}, LABELS, texts["outcomes"])
    spec = results_chart(table, texts, "what it shows").to_dict()
    assert spec["title"] == texts["title"]
    assert spec["description"] == "what it shows"
    encoding = spec["layer"][0]["encoding"]
    assert encoding["x"]["title"] == texts["count_axis"]
    assert encoding["y"]["title"] == texts["component_axis"]


def scenario_card(view, number):
    _text, choice, button, feedback = view.children[number - 1].children
    return choice, button, feedback


def test_checking_without_a_choice_asks_for_one():
    view = KnowledgeCheckView()
    _choice, button, feedback = scenario_card(view, 1)
    button.click()
    assert "Choose a component first" in feedback.value
    assert "0 correct of 0 answered" in view.summary.value


def test_checking_a_right_answer_shows_right_and_updates_the_summary():
    view = KnowledgeCheckView()
    choice, button, feedback = scenario_card(view, 1)
    choice.value = view.questions[0].correct_component
    button.click()
    assert "<strong>Right.</strong>" in feedback.value
    assert "1 correct of 1 answered (12 scenarios in all)" in view.summary.value


def test_checking_a_wrong_answer_shows_not_quite_and_why():
    view = KnowledgeCheckView()
    question = view.questions[1]
    wrong = next(c for c in COMPONENTS if c != question.correct_component)
    choice, button, feedback = scenario_card(view, 2)
    choice.value = wrong
    button.click()
    assert "<strong>Not quite.</strong>" in feedback.value
    assert question.correct_component in feedback.value
    assert "0 correct of 1 answered" in view.summary.value


def test_a_second_try_shows_feedback_but_keeps_the_first_answer_in_the_score():
    view = KnowledgeCheckView()
    question = view.questions[0]
    choice, button, feedback = scenario_card(view, 1)
    choice.value = next(c for c in COMPONENTS if c != question.correct_component)
    button.click()
    choice.value = question.correct_component
    button.click()
    assert "<strong>Right.</strong>" in feedback.value
    assert "0 correct of 1 answered" in view.summary.value


def test_the_chart_is_redrawn_after_an_answer():
    view = KnowledgeCheckView()
    before = view.view.figure_html()
    choice, button, _feedback = scenario_card(view, 1)
    choice.value = view.questions[0].correct_component
    button.click()
    assert view.view.figure_html() != before
    assert "1 correct of 1 answered" in view.view.figure_html()


def test_an_institution_quiz_file_can_replace_the_scenarios(content_copy):
    def keep_two(data):
        data["questions"] = data["questions"][:2]

    view = KnowledgeCheckView(quiz_file=str(content_copy(KnowledgeCheck, keep_two,
                                                         "our-quiz.yaml")))
    assert len(view.questions) == 2
