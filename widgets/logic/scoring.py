"""Scoring the teaching items: reverse keying and component means, honest about missing answers.

There is deliberately no total score and no label such as "low" or "high": a component mean on
the 1-5 scale is a prompt for reflection, not a diagnosis.
"""

from __future__ import annotations

from collections.abc import Mapping
from math import ceil

from widgets.content.models.instrument import Instrument, Item

ENOUGH_ANSWERED = 0.75
Answers = Mapping[str, int | None]


def keyed(item: Item, answer: int, instrument: Instrument) -> int:
    """An answer turned so that a higher value always means more of the component."""
    if item.reverse:
        return instrument.scale_min + instrument.scale_max - answer
    return answer


def answers_needed(item_count: int) -> int:
    """How many of a component's items must be answered before a mean is reported (75%)."""
    return ceil(ENOUGH_ANSWERED * item_count)


def component_score(instrument: Instrument, answers: Answers, component: str) -> float | None:
    """The component mean on the 1-5 scale; None when under 75% of its items are answered."""
    items = instrument.items_of(component)
    values = [keyed(item, answers[item.id], instrument)
              for item in items if answers.get(item.id) is not None]
    if len(values) < answers_needed(len(items)):
        return None
    return sum(values) / len(values)


def component_scores(instrument: Instrument, answers: Answers) -> dict[str, float | None]:
    """Every component's mean (None for "not enough answers"), in the instrument's order."""
    return {c: component_score(instrument, answers, c) for c in instrument.components}


def answered_count(instrument: Instrument, answers: Answers) -> int:
    """How many of the instrument's items (including single items) have an answer."""
    return sum(answers.get(item_id) is not None for item_id in instrument.item_ids)
