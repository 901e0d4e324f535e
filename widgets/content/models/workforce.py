"""Module 05's content (``workforce.yaml``): the sourced representation figures and the texts
of the SYNTHETIC research-workforce explorer.

``Workforce.check`` refuses what a schema cannot: a figure naming a group, comparison or source
the file does not define.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.content.models import Labelled, Texts, content_file, refuse


@dataclass(frozen=True)
class Source:
    """Where figures come from: a short name for the chart and the full citation."""

    id: str
    short: str
    citation: str
    url: str


@dataclass(frozen=True)
class Figure:
    """One published percentage: a group in a setting, at the pool or the workforce level."""

    comparison: str
    group: str
    setting: str
    level: str
    percent: float
    display: str
    source: str


@dataclass(frozen=True)
class Representation:
    """The representation chart's texts and its figures."""

    title: str
    title_short: str
    description: str
    figure_format: str
    percent_axis: str
    row_axis: str
    level_title: str
    levels: Texts
    table_columns: Texts
    groups: tuple[Labelled, ...]
    comparisons: tuple[Labelled, ...]
    figures: tuple[Figure, ...]

    def chart_texts(self, description: str) -> Texts:
        """The chart's title, axis titles and ``description`` (its figures filled in)."""
        return {"title": self.title, "title_short": self.title_short,
                "description": description, "percent_axis": self.percent_axis,
                "row_axis": self.row_axis, "level_title": self.level_title}


@dataclass(frozen=True)
class Measure(Labelled):
    """What the explorer can show: a component mean or the share of strong single answers."""

    kind: str
    axis: str


@dataclass(frozen=True)
class Explorer:
    """The SYNTHETIC survey explorer's labels, measures, breakdowns, chart and table texts."""

    banner: str
    measure: str
    breakdown: str
    role_filter: str
    all_roles: str
    suppressed: str
    summary: str
    summary_all_shown: str
    measures: tuple[Measure, ...]
    breakdowns: tuple[Labelled, ...]
    chart: Texts
    table_columns: Texts


@content_file("workforce")
class Workforce:
    """Module 05's sources, representation figures and explorer texts."""

    sources: tuple[Source, ...]
    representation: Representation
    explorer: Explorer

    def check(self, file_name: str) -> None:
        """Every figure names a group, a comparison and a source defined in the file."""
        known = {
            "group": {g.id for g in self.representation.groups},
            "comparison": {c.id for c in self.representation.comparisons},
            "source": {s.id for s in self.sources},
        }
        for index, figure in enumerate(self.representation.figures):
            for field, ids in known.items():
                if getattr(figure, field) not in ids:
                    refuse(file_name, f"representation.figures[{index}].{field}",
                           "research_unknown_id", field=field, id=getattr(figure, field),
                           known=", ".join(sorted(ids)))
