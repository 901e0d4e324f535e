"""Charts for module 03: the profile of one moment, and several moments side by side.

Both are dot plots on the 1-5 agreement scale with one row per component (a position on a fixed
scale rather than bars, whose length would suggest an amount starting at zero). A component
without enough answers has no dot: the profile writes "not enough answers" in its row, and the
table beside each chart says the same.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.charts import narrow as phone
from widgets.charts.palette import COMPONENT_COLOURS, OKABE_ITO, TEXT
from widgets.charts.render import records

SCALE = [1, 5]
MOMENT_SHAPES = ["circle", "triangle-right", "square", "diamond"]
MOMENT_COLOURS = [OKABE_ITO[0], OKABE_ITO[5], OKABE_ITO[7], OKABE_ITO[2]]
SCORES = "scores"  # the named dataset of both charts


def profile_layout(table: pd.DataFrame) -> tuple:
    """What shapes either chart besides its data, title and description: rows and moments."""
    rows = table.sort_values("order")[["component", "component_id"]].drop_duplicates()
    return tuple(rows.itertuples(index=False, name=None)), tuple(dict.fromkeys(table["moment"]))


def profile_data(table: pd.DataFrame, texts: dict[str, str]) -> dict[str, list[dict]]:
    """The profile chart's named dataset: scores with the text and position of each label."""
    data = table.assign(
        shown=[texts["not_enough_mark"] if pd.isna(s) else f"{s:.2f}" for s in table["score"]],
        anchor=[SCALE[0] if pd.isna(s) else s for s in table["score"]],
    )
    return {SCORES: records(data)}


def comparison_data(table: pd.DataFrame) -> dict[str, list[dict]]:
    """The comparison chart's named dataset."""
    return {SCORES: records(table)}


def _axes(table: pd.DataFrame, texts: dict[str, str], narrow: bool) -> tuple[alt.X, alt.Y]:
    components = list(dict.fromkeys(table.sort_values("order")["component"]))
    x = alt.X("score:Q", scale=alt.Scale(domain=SCALE), title=_score_title(texts, narrow),
              axis=alt.Axis(values=[1, 2, 3, 4, 5], format="d"))
    y = alt.Y("component:N", sort=components, title=texts["component_axis"])
    return x, y


def _score_title(texts: dict[str, str], narrow: bool) -> str:
    return texts["score_axis_short" if narrow else "score_axis"]


def profile_chart(table: pd.DataFrame, texts: dict[str, str], description: str,
                  narrow: bool = False) -> alt.LayerChart:
    """One moment's component scores, each dot labelled with its value.

    ``table`` comes from :func:`widgets.logic.self_assessment.moments_table` (one moment);
    ``texts`` are the content file's chart texts. ``narrow``: see :mod:`widgets.charts.narrow`.
    """
    x, y = _axes(table, texts, narrow)
    colours = dict(zip(table["component"], table["component_id"].map(COMPONENT_COLOURS),
                       strict=True))
    base = alt.Chart(alt.NamedData(name=SCORES)).encode(y=y)
    points = base.transform_filter("isValid(datum.score)").mark_point(
        size=160, filled=True, opacity=1, shape="circle",
    ).encode(
        x=x,
        color=alt.Color("component:N", legend=None,
                        scale=alt.Scale(domain=list(colours), range=list(colours.values()))),
    )
    labels = base.mark_text(align="left", dx=12, color=TEXT, fontSize=12).encode(
        x=alt.X("anchor:Q", scale=alt.Scale(domain=SCALE), title=_score_title(texts, narrow)),
        text="shown:N",
    )
    chart = alt.layer(points, labels).properties(
        width=380, height=alt.Step(44), description=description,
        title=texts["profile_title_short" if narrow else "profile_title"],
        datasets=profile_data(table, texts),
    )
    return phone.configured(phone.fit(chart)) if narrow else chart


def comparison_chart(table: pd.DataFrame, texts: dict[str, str], description: str,
                     narrow: bool = False) -> alt.LayerChart:
    """Several moments' component scores, a colour and a shape per moment, joined by a line.

    ``table`` comes from :func:`widgets.logic.self_assessment.moments_table`. ``narrow``: see
    :mod:`widgets.charts.narrow`.
    """
    x, y = _axes(table, texts, narrow)
    moments = list(dict.fromkeys(table["moment"]))
    count = min(len(moments), len(MOMENT_SHAPES))
    valid = alt.Chart(alt.NamedData(name=SCORES)).transform_filter("isValid(datum.score)")
    rule = valid.mark_rule(color="#777").encode(
        y=y, x=alt.X("min(score):Q", scale=alt.Scale(domain=SCALE),
                     title=_score_title(texts, narrow)),
        x2="max(score):Q",
    )
    points = valid.mark_point(size=150, filled=True, opacity=1).encode(
        x=x, y=y,
        color=alt.Color("moment:N", title=texts["moment_legend"],
                        scale=alt.Scale(domain=moments, range=MOMENT_COLOURS[:count])),
        shape=alt.Shape("moment:N", title=texts["moment_legend"],
                        scale=alt.Scale(domain=moments, range=MOMENT_SHAPES[:count])),
    )
    chart = alt.layer(rule, points).properties(
        width=380, height=alt.Step(44), description=description,
        title=texts["comparison_title_short" if narrow else "comparison_title"],
        datasets=comparison_data(table),
    )
    return phone.configured(phone.fit(chart)) if narrow else chart
