"""Chart for module 04: weekly belonging across a clerkship year, with rotation boundaries."""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.charts.palette import OKABE_ITO

BAND_GREY = "#d9d9d9"
RULE_GREY = "#777777"


def rotation_chart(
    weekly: pd.DataFrame, rotations: pd.DataFrame, texts: dict[str, str]
) -> alt.LayerChart:
    """A line per year (colour, dash and point shape differ), dashed rules at team changes.

    ``weekly`` has columns week, series, belonging; ``rotations`` has rotation, first_week,
    last_week, away (see :mod:`widgets.logic.rotation_model`); ``texts`` holds the title, the
    axis titles, the series names and the finished description from the content file.
    """
    series = [texts["series_with"], texts["series_without"]]
    x_scale = alt.Scale(domain=[0.5, float(weekly["week"].max()) + 0.5], nice=False)
    y_scale = alt.Scale(domain=[0, 100])
    bands = rotations.assign(start=rotations["first_week"] - 0.5, end=rotations["last_week"] + 0.5,
                             middle=(rotations["first_week"] + rotations["last_week"]) / 2,
                             label=texts["away_label"], top=97)
    away = bands[bands["away"]]
    shading = alt.Chart(away).mark_rect(color=BAND_GREY, opacity=0.6).encode(
        x=alt.X("start:Q", scale=x_scale, title=texts["week_axis"]), x2="end:Q"
    )
    away_labels = alt.Chart(away).mark_text(fontSize=11, baseline="top").encode(
        x=alt.X("middle:Q", scale=x_scale), y=alt.Y("top:Q", scale=y_scale), text="label:N"
    )
    changes = alt.Chart(bands[bands["rotation"] > 1]).mark_rule(
        color=RULE_GREY, strokeDash=[4, 3]
    ).encode(x=alt.X("start:Q", scale=x_scale))
    lines = alt.Chart(weekly).mark_line(point=True, strokeWidth=2).encode(
        x=alt.X("week:Q", scale=x_scale, title=texts["week_axis"]),
        y=alt.Y("belonging:Q", scale=y_scale, title=texts["belonging_axis"]),
        color=alt.Color("series:N", title=texts["series_title"],
                        scale=alt.Scale(domain=series, range=OKABE_ITO[:2]),
                        legend=alt.Legend(orient="bottom", labelLimit=300)),
        strokeDash=alt.StrokeDash("series:N", scale=alt.Scale(domain=series,
                                                              range=[[1, 0], [6, 4]])),
        shape=alt.Shape("series:N", scale=alt.Scale(domain=series, range=["circle", "square"])),
    )
    return alt.layer(shading, changes, away_labels, lines).properties(
        width=620, height=280, title=texts["title"], description=texts["description"]
    )
