"""The cohort charts: titled, described, drawn from aggregates only, suppressed entries shown."""

import pandas as pd
import pytest

from widgets.charts.cohort import (
    breakdown_chart,
    comparison_chart,
    distribution_chart,
    means_chart,
)
from widgets.charts.render import to_svg

TEXTS = {"title": "T", "x": "X axis", "y": "Y axis", "description": "D", "legend": "L"}


def intervals(**extra) -> pd.DataFrame:
    return pd.DataFrame({
        **extra, "component": ["Competencies", "Opportunities"], "mean": [3.5, float("nan")],
        "ci_low": [3.2, float("nan")], "ci_high": [3.8, float("nan")],
        "suppressed": [False, True], "note": ["suppressed", "suppressed"]})


def charts():
    distribution = pd.DataFrame({"item": ["comp_1"] * 5, "point": [1, 2, 3, 4, 5],
                                 "label": list("abcde"), "percent": [10, 20, 30, 20, 20]})
    moments = pd.DataFrame({"component": ["Competencies"] * 2, "moment": ["pre", "post"],
                            "mean": [3.0, 3.4], "suppressed": [False, False], "note": ["", ""]})
    return [means_chart(intervals(), TEXTS), breakdown_chart(intervals(group=["A", "B"]), TEXTS),
            distribution_chart(distribution, TEXTS),
            comparison_chart(moments, ["pre", "post"], TEXTS)]


@pytest.mark.parametrize("index", range(4))
def test_every_chart_has_a_title_and_a_description(index):
    spec = charts()[index].to_dict()
    assert spec["title"] == "T" and spec["description"] == "D"


@pytest.mark.parametrize("index", range(4))
def test_every_chart_names_its_axes(index):
    svg = to_svg(charts()[index])
    assert "X axis" in svg and "Y axis" in svg


def test_a_suppressed_entry_is_drawn_as_its_note():
    assert "suppressed" in to_svg(means_chart(intervals(), TEXTS))


def test_distribution_segments_carry_their_answer_number_not_only_a_colour():
    chart = charts()[2].to_dict()
    texts = [layer for layer in chart["layer"] if layer["mark"]["type"] == "text"]
    assert texts and texts[0]["encoding"]["text"]["field"] == "number"


def test_group_names_reach_the_svg_escaped():
    hostile = "<img src=x onerror=alert(1)>"
    svg = to_svg(breakdown_chart(intervals(group=[hostile, "B"]), TEXTS))
    assert hostile not in svg and "&lt;img src=x onerror=alert(1)&gt;" in svg
