"""Charts for module 01: connection and time per circle, before and after a transition."""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.charts.palette import OKABE_ITO


def circles_chart(table: pd.DataFrame, texts: dict[str, str]) -> alt.HConcatChart:
    """Two dot plots (connection, hours) with a shape and a colour for each moment.

    ``table`` comes from :func:`widgets.logic.circles.circles_table`; ``texts`` holds the
    titles and the description from the module's content file.
    """
    moments = list(dict.fromkeys(table["moment"]))
    circles = list(dict.fromkeys(table.sort_values("order")["circle"]))
    moment = alt.Color(
        "moment:N",
        title=texts["legend_title"],
        scale=alt.Scale(domain=moments, range=OKABE_ITO[: len(moments)]),
    )
    shape = alt.Shape(
        "moment:N", scale=alt.Scale(domain=moments, range=["circle", "triangle-right"])
    )
    y = alt.Y("circle:N", sort=circles, title=texts["circle_axis"])
    base = alt.Chart(table).encode(y=y, color=moment, shape=shape)

    def panel(field: str, title: str, domain: list[float]) -> alt.LayerChart:
        scale = alt.Scale(domain=domain)
        rule = alt.Chart(table).mark_rule(color="#777").encode(
            y=y,
            x=alt.X(f"min({field}):Q", scale=scale, title=title),
            x2=f"max({field}):Q",
        )
        points = base.mark_point(size=120, filled=True, opacity=1).encode(
            x=alt.X(f"{field}:Q", scale=scale, title=title)
        )
        return alt.layer(rule, points).properties(width=260, height=alt.Step(34))

    hours_max = max(float(table["hours"].max()), 10.0)
    return alt.hconcat(
        panel("connection", texts["connection_axis"], [1, 5]),
        panel("hours", texts["hours_axis"], [0, hours_max]),
    ).properties(title=texts["title"], description=texts["description"])
