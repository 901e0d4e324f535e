"""Charts for module 05: representation figures, and the SYNTHETIC survey by group."""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.charts import narrow as phone
from widgets.charts.palette import OKABE_ITO, TEXT
from widgets.charts.render import records

MEAN_DOMAIN = [1, 5]
SHARE_DOMAIN = [0, 100]
VALUE_TICKS = 5  # 1 to 5, or 0 to 100 in steps of 20: each label costs a text measurement
TWO_LINES = ("indexof(datum.label, ' (') > 0 ? [slice(datum.label, 0, indexof(datum.label, ' (')),"
             " slice(datum.label, indexof(datum.label, ' (') + 1)] : datum.label")


def representation_chart(table: pd.DataFrame, texts: dict[str, str], narrow: bool = False
                         ) -> alt.FacetChart:
    """Bars per group and setting, one panel per comparison, each bar labelled with its share.

    ``table`` comes from :func:`widgets.logic.workforce.representation_table`. Colour marks
    whether a figure counts the wider pool or the workforce; the row labels say the same.
    ``narrow``: see :mod:`widgets.charts.narrow`.
    """
    levels = list(dict.fromkeys(table["level"]))
    rows = list(table.sort_values("order")["row"])
    labelled = table.assign(label=table["display"] + " (" + table["source"] + ")")
    if narrow:  # each row's name above its bar, instead of beside it
        y = alt.Y("row:N", sort=rows, title=None, axis=None)
        bar_mark = label_mark = {"yOffset": phone.MARK_BELOW}
    else:
        y = alt.Y("row:N", sort=rows, title=texts["row_axis"],
                  axis=alt.Axis(labelLimit=320, titlePadding=36))
        bar_mark, label_mark = {}, {}
    bars = alt.Chart().mark_bar(height=alt.RelativeBandSize(0.4 if narrow else 0.7),
                                **bar_mark).encode(
        y=y,
        x=alt.X("percent:Q", scale=alt.Scale(domain=[0, 100]), title=texts["percent_axis"],
                axis=alt.Axis(tickCount=phone.FEWER_TICKS) if narrow else alt.Axis()),
        color=alt.Color("level:N", title=texts["level_title"],
                        scale=alt.Scale(domain=levels, range=OKABE_ITO[: len(levels)]),
                        legend=alt.Legend(orient="bottom", labelLimit=400, direction="vertical")),
    )
    labels = alt.Chart().mark_text(align="left", dx=4, color=TEXT, **label_mark).encode(
        y=y, x="percent:Q", text="label:N"
    )
    layers = [bars, labels]
    if narrow:
        layers.append(phone.names_above(y, alt.datum(0), "row:N"))
    comparisons = list(dict.fromkeys(table.sort_values("order")["comparison"]))
    header = alt.Header(labelAngle=0, labelAnchor="start", labelOrient="top",
                        labelFontWeight="bold", labelLimit=600)
    if narrow:  # "Comparison (source)" on two lines
        header = alt.Header(labelAngle=0, labelAnchor="start", labelOrient="top",
                            labelFontWeight="bold", labelExpr=TWO_LINES)
    chart = (
        alt.layer(*layers, data=labelled)
        .properties(width=phone.WIDTH - 20 if narrow else 420,
                    height=alt.Step(phone.ROW_STEP if narrow else 24))
        .facet(row=alt.Row("comparison:N", sort=comparisons, title=None, header=header))
        .resolve_scale(y="independent")
        .properties(title=texts["title_short" if narrow else "title"],
                    description=texts["description"])
    )
    return phone.configured(chart) if narrow else chart


GROUPS_SHOWN, GROUPS_HIDDEN = "shown", "hidden"  # the group chart's named datasets


def group_layout(summary: pd.DataFrame, kind: str, texts: dict[str, str]) -> tuple:
    """What shapes the group chart besides its data, title, description and axis titles."""
    return kind, texts["group_axis"], tuple(summary["group"])


def group_axis_titles(texts: dict[str, str]) -> dict[str, str]:
    """The value axis's title by its scale, swapped in when a new measure keeps the layout."""
    return {"x": texts["value_axis"]}


def group_data(summary: pd.DataFrame, kind: str) -> dict[str, list[dict]]:
    """The group chart's named datasets: the groups shown and the groups hidden."""
    domain = MEAN_DOMAIN if kind == "mean" else SHARE_DOMAIN
    hidden = summary[summary["suppressed"]]
    return {GROUPS_SHOWN: records(summary[~summary["suppressed"]]),
            GROUPS_HIDDEN: records(hidden.assign(start=domain[0]))}


def group_chart(summary: pd.DataFrame, kind: str, texts: dict[str, str], narrow: bool = False
                ) -> alt.LayerChart:
    """A dot per group with its value and size written beside it (in the narrow layout, the
    group's name and its value on a line above the dot); hidden groups say so.

    ``summary`` comes from :func:`widgets.logic.workforce.group_summary` with a ``label``
    column added (the text beside each dot, or the "not shown" note for hidden groups).
    ``narrow``: see :mod:`widgets.charts.narrow`.
    """
    domain = MEAN_DOMAIN if kind == "mean" else SHARE_DOMAIN
    shown, hidden = alt.NamedData(name=GROUPS_SHOWN), alt.NamedData(name=GROUPS_HIDDEN)
    groups = alt.Scale(domain=list(summary["group"]))
    x = alt.X("value:Q", scale=alt.Scale(domain=domain), title=texts["value_axis"],
              axis=alt.Axis(tickCount=phone.FEWER_TICKS if narrow else VALUE_TICKS))
    start = alt.X("start:Q", scale=alt.Scale(domain=domain))
    if narrow:  # each group's name above its dot, its value at the right edge
        y = alt.Y("group:N", sort=list(summary["group"]), scale=groups, axis=None)
        layers = [
            alt.Chart(shown).mark_point(filled=True, size=110, color=OKABE_ITO[0],
                                        yOffset=phone.MARK_BELOW).encode(y=y, x=x),
            phone.names_above(y, alt.datum(domain[0]), "group:N", shown,
                              limit=phone.WIDTH // 2),
            phone.names_above(y, alt.datum(domain[1]), "label:N", shown, align="right",
                              limit=phone.WIDTH // 2 - 10),
            phone.names_above(y, alt.datum(domain[0]), "group:N", hidden),
            alt.Chart(hidden).mark_text(align="left", color=TEXT, fontStyle="italic",
                                        yOffset=phone.MARK_BELOW).encode(
                y=y, x=start, text="label:N"),
        ]
        height = phone.ROW_STEP
    else:
        y = alt.Y("group:N", sort=list(summary["group"]), title=texts["group_axis"],
                  scale=groups)
        layers = [
            alt.Chart(shown).mark_point(filled=True, size=110, color=OKABE_ITO[0]).encode(
                y=y, x=x),
            alt.Chart(shown).mark_text(align="left", dx=8, color=TEXT).encode(
                y=y, x=x, text="label:N"),
            alt.Chart(hidden).mark_text(align="left", dx=4, color=TEXT,
                                        fontStyle="italic").encode(y=y, x=start, text="label:N"),
        ]
        height = 30
    chart = alt.layer(*layers).properties(
        width=420, height=alt.Step(height), title=texts["title_short" if narrow else "title"],
        description=texts["description"], datasets=group_data(summary, kind),
    )
    return phone.configured(phone.fit(chart)) if narrow else chart
