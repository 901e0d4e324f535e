"""Module 02's knowledge check: scenarios classified by the component of belonging they mainly
show, the feedback each answer earns and the running score.

The score counts a learner's FIRST answer to each scenario, so that trying other answers to
read their feedback never inflates it. Nothing here is stored: answers live in the kernel only.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from widgets.content import FILES_DIR, read_yaml, validate
from widgets.errors import BelongingLabError
from widgets.logic.framework import broken, load_framework

SCHEMA = "knowledge_check"
OUTCOMES = ("correct", "incorrect", "unanswered")


@dataclass(frozen=True)
class Answer:
    """One possible answer (a component) and the feedback it earns."""

    component: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    """One scenario, with its four answers."""

    id: str
    context: str
    scenario: str
    answers: tuple[Answer, ...]

    @property
    def correct_component(self) -> str:
        return next(a.component for a in self.answers if a.correct)

    def answer(self, component: str) -> Answer:
        for answer in self.answers:
            if answer.component == component:
                return answer
        raise BelongingLabError("modules.integrative_framework_unknown_component",
                                component=component,
                                known=", ".join(a.component for a in self.answers))


@dataclass(frozen=True)
class KnowledgeCheck:
    """The knowledge check's labels, chart texts and scenarios, in the file's order."""

    labels: dict[str, str]
    chart: dict[str, Any]
    questions: tuple[Question, ...]


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


def load_knowledge_check(
    path: str | Path | None = None, contexts: Iterable[str] | None = None
) -> KnowledgeCheck:
    """Read and check ``knowledge_check.yaml`` (or a copy at ``path``).

    Every scenario's answers name the framework's components; with ``contexts``, every
    scenario's context must be one of them.
    """
    path = Path(path) if path else FILES_DIR / f"{SCHEMA}.yaml"
    data = read_yaml(path)
    validate(data, SCHEMA, path.name)
    components = [c.id for c in load_framework().components]
    check_questions(data["questions"], path.name, components,
                    None if contexts is None else list(contexts))
    questions = tuple(
        Question(q["id"], q["context"], q["scenario"], tuple(Answer(**a) for a in q["answers"]))
        for q in data["questions"]
    )
    return KnowledgeCheck(dict(data["labels"]), dict(data["chart"]), questions)


def check_questions(
    questions: list[dict[str, Any]], file_name: str, components: list[str],
    contexts: list[str] | None,
) -> None:
    """Unique ids, every component once each, exactly one correct, known contexts."""
    ids: set[str] = set()
    for index, question in enumerate(questions):
        where = f"questions[{index}]"
        if question["id"] in ids:
            broken(file_name, f"{where}.id", "integrative_framework_duplicate_question",
                   id=question["id"])
        ids.add(question["id"])
        if contexts is not None and question["context"] not in contexts:
            broken(file_name, f"{where}.context", "integrative_framework_unknown_context",
                   context=question["context"], known=", ".join(contexts))
        named = [a["component"] for a in question["answers"]]
        if sorted(named) != sorted(components):
            broken(file_name, f"{where}.answers", "integrative_framework_answer_components",
                   named=", ".join(named))
        count = sum(a["correct"] for a in question["answers"])
        if count != 1:
            broken(file_name, f"{where}.answers", "integrative_framework_correct_count",
                   count=count)


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
