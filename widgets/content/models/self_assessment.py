"""Module 03's texts around the teaching items: labels, the profile in words, suggestions per
component, the charts' texts and the synthetic class to compare with (``self_assessment.yaml``;
the items themselves are in ``instrument.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.content.models import Texts, content_file


@dataclass(frozen=True)
class Band:
    """The sentence for a component's mean answer up to ``up_to`` on the 1 to 5 scale."""

    up_to: float
    text: str


@content_file("self_assessment")
class SelfAssessmentTexts:
    """Module 03's labels, the profile in words (``profile``, ``bands``), suggestions by
    component, the charts' texts and which synthetic class to compare with (``reference``)."""

    labels: Texts
    profile: Texts
    bands: tuple[Band, ...]
    suggestions: dict[str, tuple[str, ...]]
    chart: Texts
    reference: Texts
