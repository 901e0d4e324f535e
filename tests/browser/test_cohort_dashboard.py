"""Module 07 in Voila: upload exports, see the import summary and the charts, break down by
group with small groups counted but never named, get a clear message for a bad file, and see
hostile group names shown literally and never run."""

import csv
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_error_shown

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cohort"
NOTEBOOK = "07_cohort_dashboard.ipynb"
PAYLOADS = ['<img src=x onerror="window.__blPwned=1">', '"><svg onload="window.__blPwned=1">']


@pytest.fixture
def hostile_export(tmp_path) -> Path:
    """The hostile fixture with group names that set a flag if they ever run."""
    with (FIXTURES / "suite_hostile_groups.csv").open(encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    flagged = dict(zip(sorted({r["group"] for r in rows if "<" in r["group"]}), PAYLOADS,
                       strict=True))
    path = tmp_path / "hostile.csv"
    with path.open("w", encoding="utf-8", newline="") as target:
        writer = csv.DictWriter(target, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({**r, "group": flagged.get(r["group"], r["group"])} for r in rows)
    return path


def upload(page, *paths: Path) -> None:
    """Choose files through the FileUpload button (ipywidgets 8 keeps its file input out of
    the document, so the browser's file chooser is answered instead)."""
    with page.expect_file_chooser() as chooser:
        page.locator(".bl-cohort .widget-upload").click()
    chooser.value.set_files([str(p) for p in paths])


def test_uploaded_exports_show_the_import_summary_and_charts(app):
    page = app(NOTEBOOK)
    upload(page, FIXTURES / "suite_combined.csv", FIXTURES / "suite_hostile_groups.csv")
    page.get_by_text("Imported 26 responses from 2 file(s).").wait_for()
    assert page.locator(".bl-cohort td", has_text="suite_hostile_groups.csv").count() >= 1
    expect(page.locator(".bl-cohort figure.bl-chart svg").nth(2)).to_be_attached()
    assert_no_error_shown(page)


def test_a_breakdown_counts_a_small_group_and_never_names_it(app):
    page = app(NOTEBOOK)
    upload(page, FIXTURES / "suite_hostile_groups.csv")
    page.get_by_text("Imported 20 responses from 1 file(s).").wait_for()
    page.get_by_label("Break down by").select_option("group")
    page.get_by_role("heading", name="Component means by group").wait_for()
    shown = page.locator(".bl-cohort").inner_text()
    assert "2 group(s) hidden and not named" in shown
    assert "Small site" not in page.content()


def test_a_bad_file_gives_a_clear_message(app):
    page = app(NOTEBOOK)
    upload(page, FIXTURES / "empty.csv")
    page.get_by_text("empty.csv is empty").first.wait_for()
    assert_no_error_shown(page)


def test_hostile_group_names_are_shown_literally_and_never_run(app, hostile_export):
    page = app(NOTEBOOK)
    upload(page, hostile_export)
    page.get_by_text("Imported 20 responses from 1 file(s).").wait_for()
    page.get_by_label("Break down by").select_option("group")
    page.get_by_role("heading", name="Component means by group").wait_for()
    shown = page.locator(".bl-cohort").inner_text()
    # the group of 6 is shown; the group of 5 is hidden with the group of 2, so never named
    assert sum(payload in shown for payload in PAYLOADS) == 1
    assert page.evaluate("window.__blPwned") is None
    assert_no_error_shown(page)


def test_two_files_uploaded_as_two_moments_are_compared(app):
    moments = FIXTURES / "moments"
    name = "Belonging survey (Responses) - Form Responses 1.csv"
    page = app(NOTEBOOK)
    upload(page, moments / "pre" / name, moments / "post" / name)
    page.get_by_text("Imported 12 responses from 2 file(s).").wait_for()
    page.get_by_label(f"Moment of {name}", exact=True).select_option(label="before (pre)")
    page.get_by_text("Imported 12 responses from 2 file(s).").wait_for()
    page.get_by_label(f"Moment of {name} (2)", exact=True).select_option(label="after (post)")
    page.get_by_text("Paired comparison: 5 learners answered at both moments").wait_for()
    assert page.get_by_role("heading", name="Pre/post comparison").count() == 1
    assert_no_error_shown(page)
