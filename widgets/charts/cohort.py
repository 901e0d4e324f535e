"""Charts of the faculty cohort dashboard: component means, breakdowns, answer distributions and
pre/post change.

Every chart takes an aggregated table (means, intervals, counts per answer), never responses.
A suppressed entry is drawn as its note ("suppressed") where its mark would be, so that a hidden
group is visibly hidden rather than silently missing. Group names and other uploaded text only
ever go in as data, never into a Vega expression.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from widgets.charts import narrow as phone
from widgets.charts.palette import OKABE_ITO, TEXT

SCALE = [1, 5]
NOTE_AT = 1.1  # where a suppressed entry's note starts on the 1-5 axis
SEGMENT_LABEL_MIN = 6  # percent: narrower segments are too small to carry their number
NARROW_PANEL = 150  # px of each stacked panel of the breakdown, beside the groups' names


def _interval_layers(table: pd.DataFrame, y: alt.Y, x_title: str, colour: str
                     ) -> alt.LayerChart:
    """A confidence-interval rule and a mean dot for released rows and, for suppressed rows,
    their note; one dataset, split by the ``suppressed`` flag (never by user text). The data
    is given to the layer, not to each layer's chart: Altair would otherwise compare the
    layers' tables by printing them, which costs more than drawing the chart."""
    scale = alt.Scale(domain=SCALE)
    base = alt.Chart().encode(y=y)
    shown = base.transform_filter("!datum.suppressed")
    rule = shown.mark_rule(color=TEXT, strokeWidth=2).encode(
        x=alt.X("ci_low:Q", scale=scale, title=x_title), x2="ci_high:Q")
    dots = shown.mark_point(filled=True, size=110, color=colour, opacity=1).encode(
        x=alt.X("mean:Q", scale=scale, title=x_title))
    notes = base.transform_filter("datum.suppressed").mark_text(
        align="left", color=TEXT, fontStyle="italic").encode(
        x=alt.X("at:Q", scale=scale, title=x_title), text="note:N")
    return alt.layer(rule, dots, notes, data=table.assign(at=NOTE_AT))


def _title(texts: dict[str, str], narrow: bool) -> str:
    return texts["title_short" if narrow else "title"]


def _fitted(chart: alt.TopLevelMixin, narrow: bool) -> alt.TopLevelMixin:
    """A single or layered chart in its narrow layout (see :mod:`widgets.charts.narrow`)."""
    return phone.configured(phone.fit(chart)) if narrow else chart


def means_chart(table: pd.DataFrame, texts: dict[str, str], narrow: bool = False
                ) -> alt.LayerChart:
    """Each component's mean with its 95% interval; ``table`` has component, mean, ci_low,
    ci_high, suppressed and note (the text drawn for a suppressed component)."""
    y = alt.Y("component:N", sort=list(table["component"]), title=texts["y"])
    return _fitted(_interval_layers(table, y, texts["x"], OKABE_ITO[0]).properties(
        title=_title(texts, narrow), description=texts["description"], width=420,
        height=alt.Step(36)), narrow)


def breakdown_chart(table: pd.DataFrame, texts: dict[str, str], narrow: bool = False
                    ) -> alt.FacetChart:
    """One panel per component of each group's mean with its interval (side by side, or
    stacked when ``narrow``); ``table`` has group, component, mean, ci_low, ci_high, suppressed
    and note."""
    groups = list(dict.fromkeys(table["group"]))
    components = list(dict.fromkeys(table["component"]))
    y = alt.Y("group:N", sort=groups, title=texts["y"])
    layers = _interval_layers(table, y, texts["x"], OKABE_ITO[0]).properties(
        width=NARROW_PANEL if narrow else 170, height=alt.Step(30))
    if narrow:
        panels = layers.facet(row=alt.Row("component:N", sort=components, title=None,
                                          header=alt.Header(labelAngle=0, labelOrient="top",
                                                            labelAnchor="start")))
    else:
        panels = layers.facet(column=alt.Column("component:N", sort=components, title=None))
    chart = panels.properties(title=_title(texts, narrow), description=texts["description"])
    return phone.configured(chart) if narrow else chart


def distribution_chart(table: pd.DataFrame, texts: dict[str, str], narrow: bool = False
                       ) -> alt.LayerChart:
    """Stacked bars of the percent of responses giving each answer, one bar per item, each
    segment numbered with its answer; ``table`` has item, point, label and percent."""
    points = sorted(table["point"].unique())
    labels = list(dict.fromkeys(table.sort_values("point")["label"]))
    items = list(dict.fromkeys(table["item"]))
    y = alt.Y("item:N", sort=items, title=texts["y"], axis=None if narrow else alt.Undefined)
    order = alt.Order("point:Q", sort="ascending")
    x = alt.X("sum(percent):Q", stack="zero", title=texts["x"], scale=alt.Scale(domain=[0, 100]),
              axis=alt.Axis(tickCount=phone.FEWER_TICKS) if narrow else alt.Undefined)
    colour = alt.Color("label:N", title=texts["legend"], sort=labels,
                       scale=alt.Scale(domain=labels, range=_diverging(len(points))))
    numbered = table.assign(number=[str(p) if pct >= SEGMENT_LABEL_MIN else ""
                                    for p, pct in zip(table["point"], table["percent"],
                                                      strict=True)])
    below = {"yOffset": phone.MARK_BELOW} if narrow else {}
    bars = alt.Chart(numbered).mark_bar(stroke="white", height=16 if narrow else alt.Undefined,
                                        **below).encode(y=y, x=x, color=colour, order=order)
    numbers = alt.Chart(numbered).mark_text(align="right", dx=-3, color=TEXT, fontWeight="bold",
                                            **below).encode(
        y=y, x=x, order=order, detail="label:N", text="number:N")
    layers = [bars, numbers]
    if narrow:  # each item's name above its bar
        layers.append(phone.names_above(y, alt.datum(0), "item:N", numbered))
    return _fitted(alt.layer(*layers).properties(
        title=_title(texts, narrow), description=texts["description"], width=420,
        height=alt.Step(phone.ROW_STEP if narrow else 22)), narrow)


def _diverging(count: int) -> list[str]:
    """Okabe-Ito colours from the disagree end (vermillion) through yellow to the agree end
    (blue); the segments' numbers say the same, so colour is never needed to read them."""
    ramp = [OKABE_ITO[5], OKABE_ITO[1], OKABE_ITO[6], OKABE_ITO[4], OKABE_ITO[0]]
    return ramp if count == len(ramp) else (OKABE_ITO * 2)[:count]


def comparison_chart(table: pd.DataFrame, moments: list[str], texts: dict[str, str],
                     narrow: bool = False) -> alt.LayerChart:
    """Each component's mean at two moments (circle, then triangle) joined by a line;
    ``table`` has component, moment, mean, suppressed and note."""
    components = list(dict.fromkeys(table["component"]))
    y = alt.Y("component:N", sort=components, title=texts["y"])
    x_scale = alt.Scale(domain=SCALE)
    shown = table[~table["suppressed"]]
    hidden = table[table["suppressed"]].drop_duplicates("component")
    line = alt.Chart(shown).mark_line(color=TEXT).encode(
        y=y, x=alt.X("mean:Q", scale=x_scale, title=texts["x"]), detail="component:N")
    moment = alt.Color("moment:N", title=texts["legend"], sort=moments,
                       scale=alt.Scale(domain=moments, range=[OKABE_ITO[5], OKABE_ITO[0]]))
    shape = alt.Shape("moment:N", sort=moments,
                      scale=alt.Scale(domain=moments, range=["circle", "triangle-right"]))
    dots = alt.Chart(shown).mark_point(filled=True, size=130, opacity=1).encode(
        y=y, x=alt.X("mean:Q", scale=x_scale, title=texts["x"]), color=moment, shape=shape)
    notes = alt.Chart(hidden.assign(at=NOTE_AT)).mark_text(
        align="left", color=TEXT, fontStyle="italic").encode(
        y=y, x=alt.X("at:Q", scale=x_scale, title=texts["x"]), text="note:N")
    return _fitted(alt.layer(line, dots, notes).properties(
        title=_title(texts, narrow), description=texts["description"], width=420,
        height=alt.Step(36)), narrow)
