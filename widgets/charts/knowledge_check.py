"""Chart for module 02's knowledge check: first answers by component and result."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import altair as alt
import pandas as pd

from widgets.charts import narrow as phone
from widgets.charts.palette import OKABE_ITO, TEXT

RESULT_COLOURS = [OKABE_ITO[2], OKABE_ITO[5], OKABE_ITO[4]]  # correct, incorrect, unanswered
NARROW_BAR = 10  # px: a bar's height in the narrow layout, its label just above it


def results_chart(
    table: pd.DataFrame, texts: Mapping[str, Any], description: str, narrow: bool = False
) -> alt.LayerChart:
    """Grouped horizontal bars, one group per component, one bar per result.

    Each bar also carries a text label ("Correct: 2"), so the chart never relies on colour.
    ``table`` comes from :func:`widgets.logic.knowledge_check.results_by_component`; ``texts``
    is the ``chart`` section of the knowledge check's content file. ``narrow``: see
    :mod:`widgets.charts.narrow` (a faculty copy of the file may lack the short title).
    """
    components = list(dict.fromkeys(table["component"]))
    results = list(dict.fromkeys(table["result"]))
    largest = max(int(table["scenarios"].max()), 1)
    y = alt.Y("component:N", sort=components, title=texts["component_axis"])
    y_offset = alt.YOffset("result:N", sort=results)
    x = alt.X("scenarios:Q", title=texts["count_axis"],
              scale=alt.Scale(domain=[0, largest + 1]), axis=alt.Axis(tickMinStep=1))
    colour = alt.Color("result:N", title=texts["outcome_legend"],
                       scale=alt.Scale(domain=results, range=RESULT_COLOURS[: len(results)]),
                       legend=None if narrow else alt.Undefined)  # narrow: labels say it
    labelled = table.assign(text=table["result"] + ": " + table["scenarios"].astype(str))
    if narrow:  # each label above its bar, from the plot's left edge (``dy``: the offset
        # channel already places the marks, so a mark's own yOffset would be ignored)
        bars = alt.Chart(labelled).mark_bar(height=NARROW_BAR).encode(
            y=y, yOffset=y_offset, x=x, color=colour)
        labels = phone.names_above(y, alt.datum(0), "text:N", labelled, yOffset=0,
                                   dy=-NARROW_BAR, limit=phone.WIDTH // 2
                                   ).encode(yOffset=y_offset)
        step = 32
    else:
        bars = alt.Chart(labelled).mark_bar().encode(y=y, yOffset=y_offset, x=x, color=colour)
        labels = alt.Chart(labelled).mark_text(align="left", dx=4, color=TEXT).encode(
            y=y, yOffset=y_offset, x=x, text="text:N")
        step = 18
    chart = alt.layer(bars, labels).properties(
        title=texts.get("title_short", texts["title"]) if narrow else texts["title"],
        description=description, width=420, height=alt.Step(step)
    )
    return phone.configured(phone.fit(chart)) if narrow else chart
