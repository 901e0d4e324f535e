"""Redrawing a chart with new data: the spec the browser draws, its drawing, its description and
its table stay exact while Altair is skipped for a layout drawn before."""

import pytest

from widgets.charts.circles import circles_chart, circles_data, circles_layout
from widgets.charts.render import to_figure_html, with_data
from widgets.logic.circles import Circle, circles_table
from widgets.ui.chart_view import ChartView
from widgets.ui.clerkship import RotationSimulator
from widgets.ui.workforce import WorkforceExplorer

TEXTS = {"title": "Circles", "title_short": "Circ", "description": "Circles now: {state}",
         "legend_title": "Moment", "circle_axis": "Circle", "connection_axis": "Connection",
         "connection_axis_short": "Conn", "hours_axis": "Hours"}


def circles(connection: int) -> list[dict]:
    return circles_table({"Now": [Circle("Family", connection, 12), Circle("Team", 2, 40)]})


def renamed(rows: list[dict], names: list[str]) -> list[dict]:
    return [{**row, "circle": name} for row, name in zip(rows, names, strict=True)]


def texts(state: str) -> dict[str, str]:
    return {**TEXTS, "description": TEXTS["description"].format(state=state)}


def never_built(_narrow: bool = False):
    raise AssertionError("the chart was rebuilt although its layout was drawn before")


def test_a_redraw_with_new_data_draws_what_a_freshly_built_chart_draws():
    view = ChartView(circles_chart(circles(4), texts("4")), circles(4), circles_layout(circles(4)))
    new = circles(2)
    view.update(circles_layout(new), never_built, circles_data(new), new, texts("2")["description"])
    fresh = ChartView(circles_chart(new, texts("2")), new)
    assert view.figure.spec == fresh.figure.spec
    assert view.figure_html() == fresh.figure_html()


def test_the_table_and_description_follow_every_redraw():
    view = ChartView(circles_chart(circles(4), texts("4")), circles(4), circles_layout(circles(4)))
    new = renamed(circles(2), ["Kin", "Team"])
    view.update(circles_layout(circles(2)), never_built, circles_data(circles(2)), new,
                texts("two")["description"])
    assert 'aria-label="Circles now: two"' in view.figure_html()
    assert "Circles now: two" in view.table.value and "Kin" in view.table.value


def test_a_new_layout_builds_the_chart_again():
    view = ChartView(circles_chart(circles(4), texts("4")), circles(4), circles_layout(circles(4)))
    kin = renamed(circles(4), ["Kin", "Team"])
    view.update(circles_layout(kin), lambda narrow: circles_chart(kin, texts("4"), narrow),
                circles_data(kin), kin, texts("4")["description"])
    assert ">Kin</text>" in view.figure_html()


def test_switching_back_to_an_earlier_layout_does_not_build_the_chart_again():
    view = ChartView(circles_chart(circles(4), texts("4")), circles(4), circles_layout(circles(4)))
    kin = renamed(circles(4), ["Kin", "Team"])
    view.update(circles_layout(kin), lambda narrow: circles_chart(kin, texts("4"), narrow),
                circles_data(kin), kin, texts("4")["description"])
    view.update(circles_layout(circles(2)), never_built, circles_data(circles(2)), circles(2),
                texts("2")["description"])
    fresh = ChartView(circles_chart(circles(2), texts("2")), circles(2))
    assert view.figure_html() == fresh.figure_html()


def test_a_redraw_draws_the_narrow_layout_as_a_freshly_built_one():
    def view(table: list[dict], state: str) -> ChartView:
        return ChartView(circles_chart(table, texts(state)), table, circles_layout(table),
                         narrow=circles_chart(table, texts(state), narrow=True))

    moved, new = view(circles(4), "4"), circles(2)
    moved.update(circles_layout(new), never_built, circles_data(new), new,
                 texts("2")["description"])
    fresh = view(new, "2")
    assert (moved.figure.spec, moved.figure.narrow) == (fresh.figure.spec, fresh.figure.narrow)
    assert moved.figure_html() == fresh.figure_html()
    assert "bl-chart-narrow" in moved.figure_html()


def test_a_chart_without_layout_is_always_built_again():
    view = ChartView(circles_chart(circles(4), texts("4")), circles(4))
    with pytest.raises(AssertionError, match="rebuilt"):
        view.update(None, never_built, circles_data(circles(2)), circles(2), "new")


def test_data_the_spec_does_not_name_means_building_afresh():
    spec = circles_chart(circles(4), texts("4")).to_dict()
    assert with_data(spec, {"other": []}, "new") is None


def test_swapping_data_leaves_the_first_spec_unchanged():
    spec = circles_chart(circles(4), texts("4")).to_dict()
    before = to_figure_html(spec)
    with_data(spec, circles_data(circles(2)), "new")
    assert to_figure_html(spec) == before


def test_axis_titles_are_swapped_in_every_view_that_titles_that_axis():
    spec = circles_chart(circles(4), texts("4")).to_dict()
    swapped = with_data(spec, circles_data(circles(2)), "new", axis_titles={"y": "Groups"})
    fresh = circles_chart(circles(2), {**texts("new"), "circle_axis": "Groups"}).to_dict()
    assert swapped == {**fresh, "description": "new"}


def test_an_axis_the_spec_does_not_title_means_building_afresh():
    spec = circles_chart(circles(4), texts("4")).to_dict()
    assert with_data(spec, circles_data(circles(2)), "new", axis_titles={"theta": "t"}) is None


def test_the_simulator_redrawn_to_a_new_length_matches_one_started_there():
    moved = RotationSimulator(rotation_length=4, away_rotations=1)
    moved.length.value = 6
    started = RotationSimulator(rotation_length=6, away_rotations=1)
    assert moved.view.figure.spec == started.view.figure.spec
    assert moved.view.figure_html() == started.view.figure_html()
    assert moved.view.table.value == started.view.table.value


def test_the_explorer_switched_to_a_measure_matches_one_started_there():
    moved = WorkforceExplorer(measure="perceptions")
    for measure in ("belong_program", "competencies", "belong_community", "motivations"):
        moved.measure.value = measure
    started = WorkforceExplorer(measure="motivations")
    assert moved.view.figure.spec == started.view.figure.spec
    assert moved.view.figure_html() == started.view.figure_html()
    assert moved.view.table.value == started.view.table.value
