"""Module 02's knowledge check: the feedback an answer earns, the running score and the
results by component (the scenarios themselves are content:
:mod:`widgets.content.models.knowledge_check`).

The score counts a learner's FIRST answer to each scenario, so that trying other answers to
read their feedback never inflates it. Nothing here is stored: answers live in the kernel only.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from widgets.content.models.knowledge_check import Question

OUTCOMES = ("correct", "incorrect", "unanswered")


@dataclass(frozen=True)
class Feedback:
    """What the learner is told after checking one answer."""

    correct: bool
    text: str


@dataclass(frozen=True)
class Summary:
    """The running score: first answers that were right, scenarios answered, scenarios in all."""

    correct: int
    answered: int
    total: int


def ordered(questions: tuple[Question, ...], seed: int | None) -> tuple[Question, ...]:
    """The scenarios in the file's order, or shuffled reproducibly when a seed is given."""
    if seed is None:
        return questions
    shuffled = list(questions)
    random.Random(seed).shuffle(shuffled)
    return tuple(shuffled)


def check(question: Question, component: str) -> Feedback:
    """The feedback for answering ``question`` with ``component``."""
    answer = question.answer(component)
    return Feedback(answer.correct, answer.feedback)


def record_first(answers: Mapping[str, str], question_id: str, component: str) -> dict[str, str]:
    """The first answers with this one added, unless the scenario was already answered."""
    return {question_id: component, **answers}


def summarise(questions: Iterable[Question], first_answers: Mapping[str, str]) -> Summary:
    """How many first answers were right, of how many answered, of how many scenarios."""
    questions = list(questions)
    answered = [q for q in questions if q.id in first_answers]
    correct = sum(first_answers[q.id] == q.correct_component for q in answered)
    return Summary(correct=correct, answered=len(answered), total=len(questions))


def outcome(question: Question, first_answers: Mapping[str, str]) -> str:
    """``correct``, ``incorrect`` or ``unanswered`` for one scenario."""
    if question.id not in first_answers:
        return "unanswered"
    return "correct" if first_answers[question.id] == question.correct_component else "incorrect"


def results_by_component(
    questions: Iterable[Question],
    first_answers: Mapping[str, str],
    component_labels: Mapping[str, str],
    outcome_labels: Mapping[str, str],
) -> pd.DataFrame:
    """A tidy table: for each component (of the scenarios' right answers) and each outcome,
    the number of scenarios. Every combination appears, with zero counts included."""
    counts = {(c, o): 0 for c in component_labels for o in OUTCOMES}
    for question in questions:
        counts[(question.correct_component, outcome(question, first_answers))] += 1
    rows = [
        {"component": component_labels[c], "result": outcome_labels[o], "scenarios": n}
        for (c, o), n in counts.items()
    ]
    return pd.DataFrame(rows, columns=["component", "result", "scenarios"])
