"""The cohort dashboard widget: what it shows, what it hides and how it reports bad input.
Built without a kernel; its static HTML is what the report keeps."""

import csv
import html
from datetime import UTC, datetime
from pathlib import Path

import pytest

from widgets.errors import BelongingLabError
from widgets.ui.cohort import CohortDashboard

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cohort"
HOSTILE = FIXTURES / "suite_hostile_groups.csv"
# Small site has 2 people; the 5 of the svg group are hidden with it (complementary suppression)
HIDDEN_GROUPS = ["Small site", '"><svg onload=alert(1)>']


@pytest.fixture(scope="module")
def hostile():
    dashboard = CohortDashboard(responses=[str(HOSTILE)], group_by="group")
    return dashboard, dashboard.static_html()


def test_the_default_is_the_synthetic_sample_and_says_so():
    dashboard = CohortDashboard()
    assert "SYNTHETIC" in dashboard.banner.value
    assert dashboard.frame is not None and len(dashboard.frame) > 0


def test_the_suppression_rule_is_stated_with_the_threshold():
    dashboard = CohortDashboard(responses=[str(HOSTILE)], min_group=6)
    assert "fewer than 6 people is suppressed" in dashboard.static_html()


def test_hostile_group_names_are_escaped(hostile):
    _, page = hostile
    assert "<img src=x" not in page and "<svg onload" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_hidden_groups_are_counted_not_named(hostile):
    _, page = hostile
    assert "2 group(s) hidden and not named" in page


def test_a_hidden_group_name_appears_nowhere_in_the_dashboard(hostile):
    dashboard, page = hostile
    widgets_html = "".join(child.value for child in dashboard.body.children
                           if hasattr(child, "value"))
    for name in HIDDEN_GROUPS:
        assert name not in page and html.escape(name) not in page
        assert name not in widgets_html and html.escape(name) not in widgets_html


def test_no_response_id_or_pairing_code_reaches_the_page(hostile):
    _, page = hostile
    ids = [row["response_id"] for row in csv.DictReader(HOSTILE.open())]
    assert not any(response_id in page for response_id in ids)


def test_the_group_by_offers_only_columns_present(hostile):
    dashboard, _ = hostile
    assert [value for _, value in dashboard.group_by.options] == ["", "group"]


def test_every_rejected_row_is_listed_with_file_row_and_reason():
    page = CohortDashboard(responses=[str(FIXTURES / "suite_bad_values.csv")]).static_html()
    rejections = page.split("not imported</caption>", 1)[1].split("</table>", 1)[0]
    assert rejections.count("<td>suite_bad_values.csv</td>") == 9


def test_other_columns_are_listed_as_ways_to_break_results_down():
    page = CohortDashboard(responses=[str(FIXTURES / "google_forms.csv")]).static_html()
    assert "Other columns you can break the results down by" in page and "Your group" in page


def test_a_bad_file_gives_a_message_and_no_traceback():
    dashboard = CohortDashboard(responses=[str(FIXTURES / "empty.csv")])
    assert "empty.csv is empty" in dashboard.static_html()
    assert "Traceback" not in dashboard.static_html()


def test_a_breakdown_whose_groups_are_all_hidden_shows_only_their_count():
    dashboard = CohortDashboard(responses=[str(FIXTURES / "suite_combined.csv")],
                                group_by="group")
    page = dashboard.static_html()
    section = page.split("Component means by group</h3>", 1)[1].split("<h3>", 1)[0]
    assert "2 group(s) hidden and not named" in section and "<svg" not in section
    assert "Site A" not in page and "Site B" not in page


def test_in_strict_mode_a_bad_file_stops_the_dashboard_with_its_message():
    with pytest.raises(BelongingLabError, match=r"empty\.csv is empty"):
        CohortDashboard(responses=[str(FIXTURES / "empty.csv")], strict=True)


def test_a_threshold_below_five_is_refused_in_the_app():
    dashboard = CohortDashboard(min_group=2)
    assert "at least 5" in dashboard.status.value and dashboard.frame is None


def test_an_unknown_group_by_column_is_explained():
    dashboard = CohortDashboard(responses=[str(HOSTILE)], group_by="site")
    assert "no grouping column &#x27;site&#x27;" in dashboard.status.value


def test_uploaded_files_are_imported_and_not_kept_in_the_widget():
    dashboard = CohortDashboard()
    content = (FIXTURES / "suite_combined.csv").read_bytes()
    dashboard.upload.value = ({"name": "../../class.csv", "type": "text/csv",
                               "size": len(content), "content": memoryview(content),
                               "last_modified": datetime.now(UTC)},)
    assert len(dashboard.frame) == 6 and dashboard.banner.value == ""
    assert "<td>class.csv</td>" in dashboard.static_html()
    assert dashboard.upload.value == ()


def test_changing_the_breakdown_adds_the_group_chart():
    dashboard = CohortDashboard(responses=[str(HOSTILE)])
    dashboard.group_by.value = "group"
    assert "Component means by group" in dashboard.static_html()
