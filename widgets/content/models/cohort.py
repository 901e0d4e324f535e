"""The faculty cohort dashboard's and report's words (``cohort.yaml``): labels, sentences,
section headings, the column names of every table and the texts of every chart."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.content.models import Texts, content_file


@dataclass(frozen=True)
class Tables:
    """Each table's column names (keyed by the column's name in the data), and the name of
    the row that totals every group."""

    sources: Texts
    rejections: Texts
    unmapped: Texts
    groupings: Texts
    refused: Texts
    counts: Texts
    total: str
    means: Texts
    breakdown: Texts
    distribution: Texts
    alpha: Texts
    comparison: Texts

    def columns(self, table: str) -> Texts:
        """The column names of the table called ``table`` (such as ``"means"``)."""
        return getattr(self, table)


@dataclass(frozen=True)
class Charts:
    """Each chart's title, short title, axis titles, description and figure templates."""

    means: Texts
    breakdown: Texts
    distribution: Texts
    comparison: Texts


@content_file("cohort")
class Cohort:
    """Everything the dashboard and the report say."""

    labels: Texts
    texts: Texts
    headings: Texts
    tables: Tables
    charts: Charts
