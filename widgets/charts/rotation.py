"""Chart for module 04: weekly belonging across a clerkship year, with rotation boundaries."""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.charts import narrow as phone
from widgets.charts.palette import OKABE_ITO
from widgets.charts.render import records

BAND_GREY = "#d9d9d9"
RULE_GREY = "#777777"
WEEK_TICKS = 10  # about one labelled week in five: every label costs a text measurement to draw
AWAY, CHANGES, WEEKLY = "away", "changes", "weekly"  # the chart's named datasets


def rotation_layout(weekly: pd.DataFrame) -> float:
    """What shapes the chart besides its data, title and description: the last week."""
    return float(weekly["week"].max())


def rotation_data(weekly: pd.DataFrame, rotations: pd.DataFrame, texts: dict[str, str]
                  ) -> dict[str, list[dict]]:
    """The chart's named datasets: away rotations, team changes and the weekly lines."""
    bands = rotations.assign(start=rotations["first_week"] - 0.5, end=rotations["last_week"] + 0.5,
                             middle=(rotations["first_week"] + rotations["last_week"]) / 2,
                             label=texts["away_label"], top=97)
    return {AWAY: records(bands[bands["away"]]), CHANGES: records(bands[bands["rotation"] > 1]),
            WEEKLY: records(weekly)}


def rotation_chart(
    weekly: pd.DataFrame, rotations: pd.DataFrame, texts: dict[str, str], narrow: bool = False
) -> alt.LayerChart:
    """A line per year (colour, dash and point shape differ), dashed rules at team changes.

    ``weekly`` has columns week, series, belonging; ``rotations`` has rotation, first_week,
    last_week, away (see :mod:`widgets.logic.rotation_model`); ``texts`` holds the title, the
    axis titles, the series names and the finished description from the content file.
    ``narrow``: see :mod:`widgets.charts.narrow`.
    """
    series = [texts["series_with"], texts["series_without"]]
    x_scale = alt.Scale(domain=[0.5, rotation_layout(weekly) + 0.5], nice=False)
    y_scale = alt.Scale(domain=[0, 100])
    week_axis = alt.Axis(tickCount=phone.FEWER_TICKS if narrow else WEEK_TICKS)
    shading = alt.Chart(alt.NamedData(name=AWAY)).mark_rect(color=BAND_GREY, opacity=0.6).encode(
        x=alt.X("start:Q", scale=x_scale, title=texts["week_axis"], axis=week_axis), x2="end:Q"
    )
    away_labels = alt.Chart(alt.NamedData(name=AWAY)).mark_text(
        fontSize=phone.TEXT_SIZE if narrow else 11, baseline="top"
    ).encode(x=alt.X("middle:Q", scale=x_scale), y=alt.Y("top:Q", scale=y_scale), text="label:N")
    changes = alt.Chart(alt.NamedData(name=CHANGES)).mark_rule(
        color=RULE_GREY, strokeDash=[4, 3]
    ).encode(x=alt.X("start:Q", scale=x_scale))
    lines = alt.Chart(alt.NamedData(name=WEEKLY)).mark_line(point=True, strokeWidth=2).encode(
        x=alt.X("week:Q", scale=x_scale, title=texts["week_axis"], axis=week_axis),
        y=alt.Y("belonging:Q", scale=y_scale, title=texts["belonging_axis"]),
        color=alt.Color("series:N", title=texts["series_title"],
                        scale=alt.Scale(domain=series, range=OKABE_ITO[:2]),
                        legend=alt.Legend(orient="bottom", labelLimit=300)),
        strokeDash=alt.StrokeDash("series:N", scale=alt.Scale(domain=series,
                                                              range=[[1, 0], [6, 4]])),
        shape=alt.Shape("series:N", scale=alt.Scale(domain=series, range=["circle", "square"])),
    )
    chart = alt.layer(shading, changes, away_labels, lines).properties(
        width=620, height=280, title=texts["title_short" if narrow else "title"],
        description=texts["description"], datasets=rotation_data(weekly, rotations, texts),
    )
    return phone.configured(phone.fit(chart).properties(height=220)) if narrow else chart
