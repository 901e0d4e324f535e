"""Every module on a phone (Chromium's mobile emulation: is_mobile, has_touch) at 320 x 800 (the
width of 1280 px at 400% zoom) and 390 x 844: it reflows (WCAG 1.4.10), its controls can be
tapped (2.5.8), its charts are drawn for the width they have, and it passes axe in light and
dark schemes; controls keep their contrast in forced colours.

Each page is opened once (``phone``) and measured by page_measure.js and control_contrast.js."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import RENDER_TIMEOUT_MS
from tests.browser.test_accessibility import violations
from widgets.paths import module_notebooks

HERE = Path(__file__).parent
MEASURE = (HERE / "page_measure.js").read_text(encoding="utf-8")
CONTRAST = (HERE / "control_contrast.js").read_text(encoding="utf-8")
NARROW, PHONE, DESKTOP = ({"width": 320, "height": 800}, {"width": 390, "height": 844},
                          {"width": 1280, "height": 900})
MOBILE = {"viewport": NARROW, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
LANDING = "landing page"
PAGES = [LANDING, *(path.name for path in module_notebooks())]
SMALLEST_TEXT = 11  # px, as rendered
OWN_SIZE = 0.95  # a chart is drawn at (nearly) its own size, never scaled down to fit

STEADY_TRIES = 10
NEXT_FRAME = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
LOADING = """() => {
  const box = (el) => el && el.getBoundingClientRect();
  const [shown, spinner, text] = ["#loading", "#loading .spinner", "#loading_text"].map(
    (s) => box(document.querySelector(s)));
  return shown && {width: document.documentElement.clientWidth, spinner: [spinner.left,
    spinner.right, spinner.width], text: [text.left, text.right, text.width],
    overflow: document.querySelector("#loading_text").scrollWidth
      - document.querySelector("#loading_text").clientWidth};
}"""


@pytest.fixture(scope="module", params=PAGES)
def phone(request, browser, voila_url) -> Iterator[Page]:
    """The page on a 320 px phone; Voila's loading indication is measured while it shows."""
    name = request.param
    context = browser.new_context(**MOBILE)
    page = context.new_page()
    page.set_default_timeout(RENDER_TIMEOUT_MS)
    if name == LANDING:
        page.goto(voila_url)
        page.loading = None
    else:
        page.goto(f"{voila_url}voila/render/{name}", wait_until="commit")
        page.wait_for_selector("#loading_text", state="attached")
        page.loading = page.evaluate(LOADING)
        page.wait_for_selector("#rendered_cells", state="visible")
        page.wait_for_selector(".widget-box, .widget-html", state="attached")
        page.wait_for_load_state("networkidle")
    page.notebook, page.measures = name, {}
    yield page
    page.goto("about:blank")  # releases the kernel
    context.close()


def shown_in(page: Page, viewport: dict, **media) -> dict:
    """The page in this viewport and scheme, and its measures once two frames in a row agree
    (widgets may still be laying themselves out)."""
    page.emulate_media(**{"color_scheme": "light", "forced_colors": "none", **media})
    page.set_viewport_size(viewport)
    page.wait_for_function("w => document.documentElement.clientWidth === w",
                           arg=viewport["width"])
    previous = None
    for _ in range(STEADY_TRIES):
        page.evaluate(NEXT_FRAME)
        current = page.evaluate(MEASURE)
        if current == previous:
            break
        previous = current
    return current


def measured(page: Page, viewport: dict) -> dict:
    """The page's measures in this viewport (light scheme), taken once per page."""
    if viewport["width"] not in page.measures:
        page.measures[viewport["width"]] = shown_in(page, viewport)
    return page.measures[viewport["width"]]


@pytest.mark.parametrize("viewport", [NARROW, PHONE], ids=["320px", "390px"])
def test_the_page_never_scrolls_sideways(phone, viewport):
    page = measured(phone, viewport)
    assert page["scrollWidth"] <= viewport["width"]
    assert page["scrolling"] == []


@pytest.mark.parametrize("viewport", [NARROW, PHONE], ids=["320px", "390px"])
def test_every_control_is_on_screen_and_at_least_24_px(phone, viewport):
    page = measured(phone, viewport)
    assert page["outside"] == []
    assert page["small"] == []


@pytest.mark.parametrize("viewport", [NARROW, PHONE], ids=["320px", "390px"])
def test_labels_wrap_instead_of_being_cut(phone, viewport):
    assert measured(phone, viewport)["cut"] == []


@pytest.mark.parametrize("viewport", [NARROW, PHONE], ids=["320px", "390px"])
def test_charts_are_drawn_narrow_at_their_own_size_with_text_of_11_px(phone, viewport):
    charts = measured(phone, viewport)["charts"]
    assert all(chart["narrow"] for chart in charts)
    assert all(chart["scale"] >= OWN_SIZE for chart in charts)
    assert all(chart["smallestText"] >= SMALLEST_TEXT for chart in charts)
    assert all(chart["left"] >= 0 and chart["right"] <= viewport["width"] for chart in charts)


@pytest.mark.parametrize("viewport", [NARROW, PHONE], ids=["320px", "390px"])
def test_no_chart_text_runs_past_the_edge_of_its_drawing(phone, viewport):
    assert [chart["past"] for chart in measured(phone, viewport)["charts"]
            if chart["past"]] == []


def test_turning_to_a_wide_screen_shows_the_wide_drawing(phone):
    charts = measured(phone, DESKTOP)["charts"]
    assert not any(chart["narrow"] for chart in charts)
    assert all(chart["scale"] >= OWN_SIZE for chart in charts)


def test_the_viewport_meta_tag_fits_the_device_and_allows_zoom(phone):
    tags = phone.eval_on_selector_all("meta[name=viewport]", "tags => tags.map(t => t.content)")
    assert len(tags) == 1
    assert "width=device-width" in tags[0]
    assert "user-scalable" not in tags[0] and "maximum-scale" not in tags[0]


def test_the_loading_indication_shows_on_the_phone(phone):
    if phone.notebook == LANDING:
        assert phone.locator("#loading").count() == 0  # drawn on the server: nothing to wait for
        return
    loading = phone.loading
    assert loading is not None
    for left, right, width in (loading["spinner"], loading["text"]):
        assert width >= 24 and left >= 0 and right <= loading["width"]
    assert loading["overflow"] <= 0


def test_no_axe_violations_at_320_px(phone):
    shown_in(phone, NARROW)
    assert violations(phone) == []


def test_no_axe_violations_in_a_dark_scheme(phone):
    shown_in(phone, NARROW, color_scheme="dark")
    assert phone.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
    assert violations(phone) == []


def test_controls_keep_their_contrast_in_forced_colours(phone):
    shown_in(phone, NARROW, forced_colors="active")
    assert phone.evaluate("matchMedia('(forced-colors: active)').matches")
    assert phone.evaluate(CONTRAST) == []


# Touch: a drag and a tap change the chart.

def drag_by_touch(page: Page, handle, distance: float) -> None:
    """A finger on the handle moved sideways in steps (Chromium's touch events through CDP)."""
    handle.scroll_into_view_if_needed()
    box = handle.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    for step in range(1, 6):
        cdp.send("Input.dispatchTouchEvent", {
            "type": "touchMove", "touchPoints": [{"x": x + distance * step / 5, "y": y}]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


def wait_for_new_chart(page: Page, selector: str, before: str) -> None:
    page.wait_for_function("([s, b]) => document.querySelector(s).innerHTML !== b",
                           arg=[selector, before])


@pytest.mark.parametrize("phone", ["01_what_is_belonging.ipynb"], indirect=True)
def test_dragging_a_slider_by_touch_redraws_the_circles_chart(phone):
    page = phone
    shown_in(page, NARROW)
    row = page.locator(".bl-circle-row").first
    readout = row.locator(".widget-readout").nth(1)
    before, hours = page.inner_html(".bl-chart"), readout.inner_text()
    drag_by_touch(page, row.get_by_role("slider").nth(1), 120)
    wait_for_new_chart(page, ".bl-chart", before)
    assert readout.inner_text() != hours


@pytest.mark.parametrize("phone", ["04_belonging_in_clerkship.ipynb"], indirect=True)
def test_tapping_a_practice_redraws_the_rotation_chart(phone):
    page = phone
    shown_in(page, NARROW)
    chart = ".bl-rotation-simulator .bl-chart"
    practice = "A resident seeks the student out and brings them in"
    before = page.inner_html(chart)
    page.get_by_label(practice).tap()
    wait_for_new_chart(page, chart, before)
    assert practice in page.get_attribute(chart, "aria-label")
