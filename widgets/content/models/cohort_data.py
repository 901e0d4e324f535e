"""The cohort dashboard's texts that end up in data (``cohort_data.yaml``): the label of a
missing group, the questions the exported survey definitions add, and the headers that name a
person (never offered as a grouping column)."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.content.models import content_file


@dataclass(frozen=True)
class Breakdown:
    """How a cell of a breakdown is labelled when a response gave no group."""

    not_given: str


@dataclass(frozen=True)
class SurveyTexts:
    """The labels of the fields the suite's exported survey definitions add before the items."""

    record_id_label: str
    code_label: str
    group_label: str

    def field_label(self, name: str) -> str:
        """The label of the ``code`` or ``group`` question (or ``record_id``)."""
        return getattr(self, f"{name}_label")


@dataclass(frozen=True)
class IdentityHeaders:
    """Words, phrases and whole headers that say a column holds a name or contact."""

    words: tuple[str, ...]
    phrases: tuple[str, ...]
    exact: tuple[str, ...]


@content_file("cohort_data")
class CohortData:
    """The texts the cohort dashboard writes into tables and survey definitions, and the
    headers it never offers as grouping columns."""

    breakdown: Breakdown
    survey: SurveyTexts
    identity_headers: IdentityHeaders
