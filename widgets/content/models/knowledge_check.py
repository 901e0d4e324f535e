"""Module 02's knowledge check (``knowledge_check.yaml``): scenarios, each with one answer per
component of belonging and the feedback that answer earns.

``KnowledgeCheck.check`` refuses what a schema cannot: a scenario id given twice, answers that
do not name each of the framework's components once, other than exactly one correct answer, a
context the framework does not list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from widgets.content import load
from widgets.content.models import Texts, content_file, refuse
from widgets.content.models.framework import Framework
from widgets.errors import BelongingLabError


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


@content_file("knowledge_check")
class KnowledgeCheck:
    """The knowledge check's labels, chart texts (with the outcomes' names) and scenarios, in
    the file's order."""

    labels: Texts
    chart: dict[str, Any]
    questions: tuple[Question, ...]

    def check(self, file_name: str) -> None:
        """Unique ids, every component once each, exactly one correct, known contexts."""
        framework = load(Framework)
        components = sorted(c.id for c in framework.components)
        contexts = [c.id for c in framework.contexts]
        ids: set[str] = set()
        for index, question in enumerate(self.questions):
            where = f"questions[{index}]"
            if question.id in ids:
                refuse(file_name, f"{where}.id", "integrative_framework_duplicate_question",
                       id=question.id)
            ids.add(question.id)
            if question.context not in contexts:
                refuse(file_name, f"{where}.context", "integrative_framework_unknown_context",
                       context=question.context, known=", ".join(contexts))
            named = [a.component for a in question.answers]
            if sorted(named) != components:
                refuse(file_name, f"{where}.answers", "integrative_framework_answer_components",
                       named=", ".join(named))
            count = sum(a.correct for a in question.answers)
            if count != 1:
                refuse(file_name, f"{where}.answers", "integrative_framework_correct_count",
                       count=count)
