"""Charts drawn in the learner's browser: the kernel sends the spec, and the page loads the Vega
libraries from the suite's own static files, never from another host."""

import re

import pytest

from widgets.charts.circles import circles_chart
from widgets.logic.circles import Circle, circles_table
from widgets.serving import vega_bundle
from widgets.ui.chart_figure import BUNDLE_FILE, ChartFigure
from widgets.ui.chart_view import ChartView

TEXTS = {"title": "Circles", "description": "Circles now", "legend_title": "Moment",
         "circle_axis": "Circle", "connection_axis": "Connection", "hours_axis": "Hours"}


def view() -> ChartView:
    table = circles_table({"Now": [Circle("Family", 4, 12)]})
    return ChartView(circles_chart(table, TEXTS), table)


def test_the_figure_carries_the_spec_and_its_description_for_the_browser():
    figure = view().figure
    assert figure.spec["description"] == "Circles now"
    assert figure.spec["datasets"]["circles"][0]["circle"] == "Family"


def test_the_browser_loads_the_vega_libraries_from_the_suites_static_files():
    assert ChartFigure().bundle == f"voila/static/{BUNDLE_FILE}"
    assert not re.search(r"https?://", ChartFigure()._esm)


def test_the_figure_is_an_image_named_by_the_description_in_the_browser_too():
    script = ChartFigure()._esm
    assert 'setAttribute("role", "img")' in script
    assert 'setAttribute("aria-label", spec.description' in script


def test_pages_without_scripts_get_the_same_figure_drawn_as_svg():
    drawn = view().figure_html()
    assert drawn.startswith('<figure class="bl-chart" role="img" aria-label="Circles now">')
    assert "<svg" in drawn and ">Family</text>" in drawn


def test_the_bundle_is_written_once_per_vl_convert_version(tmp_path):
    path = vega_bundle.ensure(tmp_path)
    written = path.stat().st_mtime_ns
    assert "window.vegaEmbed" in path.read_text(encoding="utf-8")
    assert vega_bundle.ensure(tmp_path).stat().st_mtime_ns == written


def test_a_bundle_that_cannot_be_written_is_a_short_message(tmp_path):
    from widgets.errors import BelongingLabError

    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    with pytest.raises(BelongingLabError, match="chart libraries"):
        vega_bundle.ensure(blocked)


def test_the_browser_chooses_the_wide_or_narrow_drawing_by_the_same_rule_as_the_svg_figure():
    from widgets.charts.render import FITS_RANGE, FITS_STEP

    assert ChartFigure().fits == [FITS_STEP, *FITS_RANGE]
    assert "bl-fits-" in ChartFigure()._esm
