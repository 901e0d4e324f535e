"""Component scores for a whole table of responses at once.

The same rule as ``widgets.logic.scoring.component_scores`` (reverse-keyed items become
``min + max - x``; a component's score is the mean of its answered items, or missing when fewer
than ``scoring.answers_needed`` of them are answered), computed column-wise so that 100,000
responses take well under a second. A test checks that both give the same scores.
"""

from __future__ import annotations

import pandas as pd

from widgets.content.models.instrument import Instrument
from widgets.logic.scoring import answers_needed


def keyed_items(frame: pd.DataFrame, instrument: Instrument, component: str) -> pd.DataFrame:
    """A component's item answers as floats, reverse-keyed items turned round."""
    columns = {}
    for item in instrument.items:
        if item.component == component:
            values = frame[item.id].astype("Float64").astype(float)
            if item.reverse:
                values = instrument.scale_min + instrument.scale_max - values
            columns[item.id] = values
    return pd.DataFrame(columns, index=frame.index)


def component_scores(frame: pd.DataFrame, instrument: Instrument) -> pd.DataFrame:
    """One column per component (in the instrument's order), one row per response."""
    scores = {}
    for component in instrument.components:
        items = keyed_items(frame, instrument, component)
        enough = items.notna().sum(axis=1) >= answers_needed(items.shape[1])
        scores[component] = items.mean(axis=1).where(enough)
    return pd.DataFrame(scores, index=frame.index)
