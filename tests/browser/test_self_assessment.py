"""Module 03 as a Voila app: answer, see the profile, download, import back, keyboard alone."""

from pathlib import Path

from playwright.sync_api import expect

from tests.browser.conftest import assert_no_error_shown
from widgets.content import load
from widgets.content.models.instrument import Instrument
from widgets.logic.export_format import read_export

NOTEBOOK = "03_self_assessment.ipynb"
INSTRUMENT = load(Instrument)
ITEMS = len(INSTRUMENT.item_ids)


def item(page, number: int):
    return page.locator(".bl-item").nth(number - 1)


def answer_every_item(page, label: str) -> None:
    for number in range(1, ITEMS + 1):
        item(page, number).get_by_label(label, exact=True).check()
    page.get_by_text(f"You have answered {ITEMS} of {ITEMS} statements.").wait_for()


def download(page, name: str) -> bytes:
    with page.expect_download() as info:
        page.get_by_role("link", name=name).click()
    return Path(info.value.path()).read_bytes()


def upload(page, path: Path) -> None:
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Choose an earlier export (.csv or .json)").click()
    chooser.value.set_files(str(path))


def test_fill_in_see_the_profile_download_and_compare_with_the_import(app, tmp_path):
    page = app(NOTEBOOK)
    answer_every_item(page, "Agree")
    page.get_by_label("A label for this moment, e.g. start of rotation").fill("start of rotation")
    page.get_by_label("A label for this moment, e.g. start of rotation").press("Tab")
    page.get_by_role("button", name="See my profile").click()
    profile = page.locator(".bl-profile")
    profile.get_by_text("Competencies: 3.50 on the 1 to 5 scale.").wait_for()
    expect(profile.locator("figure.bl-chart svg:visible")).to_have_count(1)  # drawn by the page
    figure_name = profile.locator("figure.bl-chart").get_attribute("aria-label")
    assert "Competencies 3.50; Opportunities 3.50" in figure_name
    assert "Belonging Lab's own suggestions" in profile.inner_text()

    page.wait_for_function(
        "() => atob(document.querySelector('a.bl-download').href.split(',')[1])"
        ".includes('start of rotation')")
    data = download(page, "Download my answers as CSV (.csv)")
    [response] = read_export(data, "mine.csv", INSTRUMENT)
    assert set(response.answers.values()) == {4}
    assert response.label == "start of rotation"
    as_json = download(page, "Download my answers as JSON (.json)")
    assert read_export(as_json, "mine.json", INSTRUMENT) == [response]

    answer_every_item(page, "Strongly agree")
    earlier = tmp_path / "start.csv"
    earlier.write_bytes(data)
    upload(page, earlier)
    page.get_by_text("Read 1 earlier moment(s) from start.csv.").wait_for()
    comparison = page.locator(".bl-comparison")
    comparison.locator("figure.bl-chart").wait_for()
    comparison.get_by_role("button", name="Show the chart's data as a table").click()
    table = comparison.locator("table.bl-table")
    table.wait_for(state="visible")
    assert "start of rotation (" in table.inner_text() and "Now" in table.inner_text()
    assert_no_error_shown(page)


def test_a_bad_import_shows_a_message_and_the_answers_stay(app, tmp_path):
    page = app(NOTEBOOK)
    answer_every_item(page, "Disagree")
    bad = tmp_path / "notes.csv"
    bad.write_text("name,email\nAda,ada@example.org\n", encoding="utf-8")
    upload(page, bad)
    message = page.locator(".bl-import-error")
    message.wait_for(state="visible")
    assert "notes.csv is not a Belonging Lab export" in message.inner_text()
    assert "Your current answers are unchanged." in message.inner_text()
    assert page.locator(".bl-item input[type=radio]:checked").count() == ITEMS
    again = app(NOTEBOOK)
    again.get_by_text("were restored from your saved file").wait_for()
    assert item(again, 1).get_by_label("Disagree", exact=True).is_checked()
    assert item(again, ITEMS).get_by_label("Disagree", exact=True).is_checked()
    assert_no_error_shown(page)


def test_the_assessment_can_be_completed_with_the_keyboard_alone(app):
    page = app(NOTEBOOK)
    first_radio = item(page, 1).locator("input[type=radio]").first
    for _ in range(80):
        page.keyboard.press("Tab")
        if first_radio.evaluate("el => el === document.activeElement"):
            break
    assert first_radio.evaluate("el => el === document.activeElement")
    for _number in range(ITEMS):
        for _ in range(4):  # to "Strongly agree", the fifth option
            page.keyboard.press("Tab")
        page.keyboard.press("Space")
        page.keyboard.press("Tab")  # on to the next statement
    page.get_by_text(f"You have answered {ITEMS} of {ITEMS} statements.").wait_for()
    for _ in range(2):  # past the label and code fields
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "See my profile"
    page.keyboard.press("Enter")
    page.locator(".bl-profile").get_by_text("Perceptions: 4.00").wait_for()
    checked = page.locator(".bl-item input[type=radio]:checked")
    assert checked.count() == ITEMS
    assert all(checked.nth(n).evaluate("el => el.parentElement.textContent") == "Strongly agree"
               for n in range(ITEMS))


def test_no_axe_violations_with_the_profile_and_the_synthetic_comparison_shown(app):
    from tests.browser.test_accessibility import violations

    page = app(NOTEBOOK)
    answer_every_item(page, "Neither agree nor disagree")
    page.get_by_role("button", name="See my profile").click()
    page.locator(".bl-profile figure.bl-chart").wait_for()
    page.get_by_label("Also show the synthetic class for comparison").check()
    page.locator(".bl-comparison figure.bl-chart").wait_for()
    page.locator(".bl-profile").get_by_role(
        "button", name="Show the chart's data as a table").click()
    page.locator(".bl-profile table.bl-table").wait_for(state="visible")
    assert violations(page) == []
