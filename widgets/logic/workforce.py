"""Module 05: the representation figures as a table and the SYNTHETIC survey explorer's sums.

The explorer reports a breakdown only for groups of at least ``MIN_GROUP_SIZE`` people (the
suite's privacy rule), with the complementary suppression of the cohort dashboard.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from widgets.content.models.workforce import Workforce
from widgets.errors import BelongingLabError
from widgets.logic.cohort.suppression import suppress

MIN_GROUP_SIZE = 5
STRONG_FROM = 4  # 4 or 5 on a single belonging item means "somewhat or very strong"


def representation_table(workforce: Workforce) -> pd.DataFrame:
    """One row per figure, with readable labels, its source and the order to show it in."""
    representation = workforce.representation
    groups = {g.id: g.label for g in representation.groups}
    comparisons = {c.id: c.label for c in representation.comparisons}
    sources = {s.id: s.short for s in workforce.sources}
    rows = []
    for order, figure in enumerate(representation.figures):
        group = groups[figure.group]
        rows.append({
            "comparison": comparisons[figure.comparison],
            "group": group,
            "setting": figure.setting,
            "row": f"{group}: {figure.setting}",
            "level": representation.levels[figure.level],
            "percent": figure.percent,
            "display": figure.display,
            "source": sources[figure.source],
            "order": order,
        })
    return pd.DataFrame(rows)


def within_role(survey: pd.DataFrame, role: str | None) -> pd.DataFrame:
    """The respondents of one role, or everyone when ``role`` is None."""
    return survey if role is None else survey[survey["role"] == role]


def hidden_groups(sizes: pd.Series, min_n: int = MIN_GROUP_SIZE) -> set[Any]:
    """Groups to hide: every group under ``min_n`` and the partners that protect them.

    The cohort dashboard's suppression (:mod:`widgets.logic.cohort.suppression`) decides: when
    only one group would be hidden, the next smallest is hidden too, so that no hidden group's
    size can be worked out from the total and the groups that are shown.
    """
    if min_n < MIN_GROUP_SIZE:
        raise BelongingLabError("modules.research_threshold_too_low", min_n=min_n,
                                floor=MIN_GROUP_SIZE)
    if sizes.empty:
        return set()
    flags = suppress(sizes, min_group=min_n).cells.iloc[:, 0]
    return set(flags[flags].index)


def group_summary(
    survey: pd.DataFrame, by: str, measure: str, kind: str, min_n: int = MIN_GROUP_SIZE
) -> pd.DataFrame:
    """Per group of ``by``: its size and the measure, with small groups' numbers removed.

    ``kind`` is ``"mean"`` (mean score, two decimals) or ``"share_strong"`` (percentage of
    answers of 4 or 5, one decimal). Hidden groups keep a row with no size and no value.
    """
    for column in (by, measure):
        if column not in survey.columns:
            raise BelongingLabError("modules.research_unknown_column", column=column)
    answered = survey[[by, measure]].dropna()
    grouped = answered.groupby(by, sort=True, observed=True)[measure]
    sizes = grouped.size()
    values = grouped.mean().round(2) if kind == "mean" else (
        grouped.apply(lambda x: (x >= STRONG_FROM).mean() * 100).round(1))
    hidden = hidden_groups(sizes, min_n)
    return pd.DataFrame({
        "group": [str(g) for g in sizes.index],
        "n": pd.array([None if g in hidden else int(sizes[g]) for g in sizes.index],
                      dtype="Int64"),
        "value": pd.array([None if g in hidden else float(values[g]) for g in sizes.index],
                          dtype="Float64"),
        "suppressed": [g in hidden for g in sizes.index],
    })


def figures_by_comparison(table: pd.DataFrame, figure_format: str) -> dict[str, str]:
    """For each comparison, its figures as one sentence fragment (for a chart description)."""
    return {
        comparison: "; ".join(
            figure_format.format(group=row.group, setting=row.setting, display=row.display)
            for row in rows.sort_values("order").itertuples()
        )
        for comparison, rows in table.groupby("comparison", sort=False)
    }


def summary_labels(summary: pd.DataFrame, value_format: str, hidden_text: str) -> pd.Series:
    """The text beside each group: its value and size, or the "not shown" note."""
    return pd.Series(
        [hidden_text if row.suppressed else value_format.format(value=row.value, n=row.n)
         for row in summary.itertuples()],
        index=summary.index, dtype="object",
    )
