"""Charts for module 01: connection and time per circle, before and after a transition."""

from __future__ import annotations

import altair as alt

from widgets.charts import narrow as phone
from widgets.charts.palette import OKABE_ITO

CIRCLES = "circles"  # the chart's named dataset
HOURS_AT_LEAST = [0, 10]  # the hours axis always spans this, and more when the data needs it
NARROW_PANEL = 126  # px of each stacked plot, beside circle names of up to LABEL_LIMIT px
CONNECTION_TICKS = 5  # 1 to 5 in whole steps: each label costs a text measurement to draw


def circles_layout(table: list[dict]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What shapes the chart besides its data, title and description: moments and circles."""
    circles = dict.fromkeys(row["circle"] for row in sorted(table, key=lambda row: row["order"]))
    return tuple(dict.fromkeys(row["moment"] for row in table)), tuple(circles)


def circles_data(table: list[dict]) -> dict[str, list[dict]]:
    """The chart's named dataset, for redrawing a chart of the same layout."""
    return {CIRCLES: table}


def circles_chart(table: list[dict], texts: dict[str, str], narrow: bool = False
                  ) -> alt.TopLevelMixin:
    """Two dot plots (connection, hours) with a shape and a colour for each moment.

    ``table`` (rows) comes from :func:`widgets.logic.circles.circles_table`; ``texts`` holds the
    titles and the description from the module's content file. ``narrow`` stacks the plots
    (see :mod:`widgets.charts.narrow`).
    """
    moments, circles = (list(names) for names in circles_layout(table))
    moment = alt.Color(
        "moment:N",
        title=texts["legend_title"],
        scale=alt.Scale(domain=moments, range=OKABE_ITO[: len(moments)]),
    )
    shape = alt.Shape(
        "moment:N", scale=alt.Scale(domain=moments, range=["circle", "triangle-right"])
    )
    y = alt.Y("circle:N", sort=circles, title=texts["circle_axis"])
    data = alt.NamedData(name=CIRCLES)
    base = alt.Chart(data).encode(y=y, color=moment, shape=shape)

    def panel(field: str, title: str, scale: alt.Scale, axis: alt.Axis) -> alt.LayerChart:
        rule = alt.Chart(data).mark_rule(color="#777").encode(
            y=y,
            x=alt.X(f"min({field}):Q", scale=scale, title=title, axis=axis),
            x2=f"max({field}):Q",
        )
        points = base.mark_point(size=120, filled=True, opacity=1).encode(
            x=alt.X(f"{field}:Q", scale=scale, title=title, axis=axis)
        )
        return alt.layer(rule, points).properties(width=NARROW_PANEL if narrow else 260,
                                                  height=alt.Step(34))

    panels = (
        panel("connection", texts["connection_axis_short" if narrow else "connection_axis"],
              alt.Scale(domain=[1, 5]),
              alt.Axis(tickCount=CONNECTION_TICKS)),
        panel("hours", texts["hours_axis"],
              alt.Scale(domain=alt.DomainUnionWith(HOURS_AT_LEAST), nice=False),
              alt.Axis(tickCount=phone.FEWER_TICKS) if narrow else alt.Axis()),
    )
    chart = (alt.vconcat if narrow else alt.hconcat)(*panels).properties(
        title=texts["title_short" if narrow else "title"], description=texts["description"],
        datasets=circles_data(table))
    return phone.configured(chart) if narrow else chart
