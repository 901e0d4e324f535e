"""The narrow layout of the charts: drawn within 280 px with text of at least 11 px, and shown
beside the wide drawing under one accessible name."""

import re

import pandas as pd
import pytest

from tests.unit.test_cohort_charts import intervals
from widgets.charts import narrow
from widgets.charts.circles import circles_chart
from widgets.charts.cohort import breakdown_chart, means_chart
from widgets.charts.render import fits_from, to_figure_html, to_svg
from widgets.content import load
from widgets.content.models.circles import Circles
from widgets.logic.circles import Circle, circles_table

COHORT_TEXTS = {"title": "A long title", "title_short": "Short", "x": "Mean", "y": "Group",
                "description": "D"}


def circles() -> tuple[pd.DataFrame, dict]:
    table = circles_table({"Now": [Circle("Friends outside medicine", 4, 6),
                                   Circle("Family", 3, 12)]})
    return table, {**load(Circles).chart, "description": "Two dot plots"}


def narrow_charts():
    table, texts = circles()
    return [circles_chart(table, texts, narrow=True),
            means_chart(intervals(), COHORT_TEXTS, narrow=True),
            breakdown_chart(intervals(group=["A", "B"]), COHORT_TEXTS, narrow=True)]


@pytest.mark.parametrize("index", range(3), ids=["circles", "means", "breakdown"])
def test_a_narrow_chart_fits_280_px_with_text_of_11_px_or_more(index):
    svg = to_svg(narrow_charts()[index])
    width = float(re.search(r'<svg[^>]*?\swidth="([0-9.]+)"', svg).group(1))
    sizes = [float(size) for size in re.findall(r'font-size="([0-9.]+)', svg)]
    assert width <= narrow.WIDTH
    assert sizes and min(sizes) >= 11


def test_a_narrow_chart_has_the_short_title_and_the_same_description():
    table, texts = circles()
    wide, small = (circles_chart(table, texts, narrow=n).to_dict() for n in (False, True))
    assert small["title"] == texts["title_short"] != wide["title"]
    assert small["description"] == wide["description"]


def test_a_figure_holds_both_drawings_under_one_name():
    table, texts = circles()
    figure = to_figure_html(circles_chart(table, texts).to_dict(),
                            circles_chart(table, texts, narrow=True).to_dict())
    assert figure.count("<svg") == 2 and figure.count("<figure") == 1
    assert figure.startswith('<figure class="bl-chart bl-fits-')
    assert figure.endswith('<p class="bl-chart-text" aria-hidden="true">Two dot plots</p></figure>')


@pytest.mark.parametrize("width, fits", [(894, 880), (901, 920), (280, 400), (1500, 1200)])
def test_the_wide_drawing_shows_from_its_width_to_the_nearest_40_px(width, fits):
    assert fits_from(f'<svg class="marks" width="{width}" height="10">') == fits
