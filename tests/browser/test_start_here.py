"""Module 00 as a Voila app: support services, the module map, and a way into the modules."""

from playwright.sync_api import expect

from tests.browser.conftest import assert_no_error_shown

NOTEBOOK = "00_start_here.ipynb"


def test_the_support_services_for_the_us_and_canada_are_shown(app):
    page = app(NOTEBOOK)
    section = page.locator("section.bl-resources")
    section.get_by_role("heading", name="Support, any time").wait_for(state="visible")
    text = section.inner_text()
    assert "United States" in text and "Canada" in text
    assert text.count("Call or text 988") == 2
    assert "911" in text
    assert_no_error_shown(page)


def test_the_module_map_lists_every_module_with_its_time(app):
    page = app(NOTEBOOK)
    rows = page.locator("table.bl-module-map tbody tr")
    assert rows.count() == 9
    assert "about 30 min" in rows.nth(2).inner_text()
    assert "All modules: about" in page.locator("table.bl-module-map tfoot").inner_text()


def test_on_a_phone_each_module_of_the_map_is_a_block_that_names_its_columns(app):
    page = app(NOTEBOOK)
    page.set_viewport_size({"width": 320, "height": 800})
    table = page.locator("table.bl-module-map")
    expect(table.locator("thead")).to_have_css("position", "absolute")  # read, not shown
    assert table.evaluate("t => t.scrollWidth <= t.clientWidth")
    focus, audience, time = (table.locator("tbody tr").first.locator("td").nth(i).bounding_box()
                             for i in range(3))
    assert focus["x"] == audience["x"] == time["x"]  # one under another
    assert focus["y"] < audience["y"] < time["y"]
    expect(table.locator("tbody tr").first.locator("td").nth(2)).to_have_attribute(
        "data-label", "Time")


def test_a_module_in_the_map_opens_as_an_app(app):
    page = app(NOTEBOOK)
    page.locator("table.bl-module-map").get_by_role("link", name="01 What is belonging?").click()
    page.wait_for_url("**/01_what_is_belonging.ipynb")
    page.get_by_role("heading", name="What is belonging?", level=1).wait_for(state="visible")
    page.locator(".bl-circles").wait_for(state="visible")
    assert_no_error_shown(page)
