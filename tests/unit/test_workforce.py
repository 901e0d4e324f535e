"""Module 05: sourced representation figures and the SYNTHETIC workforce explorer."""

import re
from pathlib import Path

import pandas as pd
import pytest

from widgets.content import load
from widgets.content.models.workforce import Workforce
from widgets.errors import BelongingLabError
from widgets.logic import workforce
from widgets.ui.workforce import WorkforceExplorer

FIXTURE_DIR = Path(__file__).parents[1] / "fixtures" / "workforce"
SURVEY = pd.DataFrame({
    "role": ["faculty"] * 8 + ["postdoc"] * 6 + ["student"] * 3,
    "gender": ["woman"] * 5 + ["man"] * 3 + ["woman"] * 6 + ["non-binary"] * 3,
    "perceptions": [4.0] * 8 + [2.0] * 6 + [3.0] * 3,
    "belong_program": [5, 4, 4, 3, 2, 1, 5, 4] + [1] * 6 + [5] * 3,
})


def test_every_representation_figure_has_a_source_with_a_citation():
    content = load(Workforce)
    sources = {s.id: s for s in content.sources}
    for figure in content.representation.figures:
        assert sources[figure.source].citation


@pytest.mark.parametrize(("group", "setting", "percent"), [
    ("Women", "US population", 51), ("Women", "STEM workforce", 35),
    ("Under-represented minorities", "US population", 31),
    ("Under-represented minorities", "STEM workforce", 24),
    ("People with disabilities", "US population", 9),
    ("People with disabilities", "STEM workforce", 3),
    ("Under-represented minorities", "biomedical PhDs", 10),
    ("Under-represented minorities", "research faculty", 4),
    ("Women", "tenure-track faculty", 38), ("Women", "tenured faculty", 22),
])
def test_the_published_figures_are_in_the_table(group, setting, percent):
    table = workforce.representation_table(load(Workforce))
    row = table[(table["group"] == group) & (table["setting"] == setting)]
    assert row["percent"].tolist() == [percent]


def test_the_description_lists_every_figure_of_each_comparison():
    table = workforce.representation_table(load(Workforce))
    sentences = workforce.figures_by_comparison(table, "{group}, {setting}: {display}")
    assert len(sentences) == 2
    assert any("Women, biology PhDs: over 50%" in s for s in sentences.values())


def test_a_figure_without_a_percentage_names_the_entry(refusal):
    def drop_percent(data):
        del data["representation"]["figures"][0]["percent"]

    assert re.search(r"figures\[0\].*'percent' is a required property",
                     refusal(Workforce, drop_percent))


def test_groups_of_five_or_more_are_shown_with_their_mean():
    summary = workforce.group_summary(SURVEY, "role", "perceptions", "mean").set_index("group")
    assert summary.loc["faculty", "value"] == 4.0
    assert summary.loc["faculty", "n"] == 8


def test_groups_smaller_than_five_are_hidden_with_no_size_or_value():
    summary = workforce.group_summary(SURVEY, "role", "perceptions", "mean").set_index("group")
    assert summary.loc["student", "suppressed"]
    assert pd.isna(summary.loc["student", "n"]) and pd.isna(summary.loc["student", "value"])


def test_when_one_group_is_hidden_the_next_smallest_is_hidden_too():
    assert workforce.hidden_groups(pd.Series({"a": 3, "b": 6, "c": 9})) == {"a", "b"}
    summary = workforce.group_summary(SURVEY, "role", "perceptions", "mean").set_index("group")
    assert summary.loc["postdoc", "suppressed"]


def test_when_two_groups_are_small_no_other_group_is_hidden():
    assert workforce.hidden_groups(pd.Series({"a": 3, "b": 2, "c": 9})) == {"a", "b"}


def test_nothing_is_hidden_when_every_group_is_large_enough():
    assert workforce.hidden_groups(pd.Series({"a": 5, "b": 6})) == set()


def test_a_threshold_below_five_is_refused():
    with pytest.raises(BelongingLabError, match="smaller than 5 are never shown"):
        workforce.hidden_groups(pd.Series({"a": 5}), min_n=3)


def test_a_higher_threshold_hides_more():
    summary = workforce.group_summary(SURVEY, "role", "perceptions", "mean", min_n=7)
    assert summary["suppressed"].tolist() == [False, True, True]


def test_single_items_report_the_share_answering_four_or_five():
    summary = workforce.group_summary(
        SURVEY, "role", "belong_program", "share_strong").set_index("group")
    assert summary.loc["faculty", "value"] == pytest.approx(62.5)


def test_a_role_filter_keeps_only_that_role():
    assert set(workforce.within_role(SURVEY, "postdoc")["role"]) == {"postdoc"}
    assert len(workforce.within_role(SURVEY, None)) == len(SURVEY)


def test_an_unknown_column_is_refused_with_a_message():
    with pytest.raises(BelongingLabError, match="no column 'urm'"):
        workforce.group_summary(SURVEY, "urm", "perceptions", "mean")


def test_hidden_groups_are_labelled_as_not_shown():
    summary = workforce.group_summary(SURVEY, "role", "perceptions", "mean")
    labels = workforce.summary_labels(summary, "{value} (n = {n})", "not shown")
    assert labels.tolist() == ["4.0 (n = 8)", "not shown", "not shown"]


def test_the_explorer_says_the_data_are_synthetic():
    banner = load(Workforce).explorer.banner
    assert banner.startswith("SYNTHETIC DATA")


def test_the_explorer_shows_the_synthetic_banner_and_hides_small_groups():
    explorer = WorkforceExplorer(data_dir=FIXTURE_DIR, breakdown="gender")
    assert "SYNTHETIC DATA" in explorer.children[0].value
    assert "not shown, to protect small groups" in explorer.view.figure_html()


def test_choosing_a_role_redraws_the_explorer():
    explorer = WorkforceExplorer(data_dir=FIXTURE_DIR)
    before = explorer.view.figure_html()
    explorer.role.value = "faculty"
    assert explorer.view.figure_html() != before
    assert "among faculty" in explorer.view.figure_html()


def test_the_explorer_refuses_a_threshold_below_five():
    with pytest.raises(BelongingLabError, match="never shown"):
        WorkforceExplorer(data_dir=FIXTURE_DIR, min_group_size=2)
