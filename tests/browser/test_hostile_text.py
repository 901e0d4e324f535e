"""Text that people type is shown literally and never runs: module 01's circle names."""

from tests.browser.conftest import assert_no_error_shown

PAYLOADS = [
    '<img src=x onerror="window.__blPwned=1">',
    "<script>window.__blPwned=1</script>",
    '"><svg onload="window.__blPwned=1">',
]


def test_hostile_circle_names_are_shown_as_text_and_never_run(app):
    page = app("01_what_is_belonging.ipynb")
    for number, payload in enumerate(PAYLOADS, start=1):
        field = page.get_by_label(f"Name of circle {number}")
        field.fill(payload)
        field.press("Enter")
    page.get_by_role("button", name="Show the chart's data as a table").click()
    table = page.locator("table.bl-table")
    page.wait_for_function(
        "p => document.querySelector('table.bl-table').innerText.includes(p)", arg=PAYLOADS[-1]
    )
    shown = table.inner_text()
    assert all(payload in shown for payload in PAYLOADS)
    assert page.evaluate("window.__blPwned") is None
    assert_no_error_shown(page)
