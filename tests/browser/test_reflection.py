"""Module 06 as a Voila app: the learner's typed text comes back in the downloaded export."""

from pathlib import Path

from tests.browser.conftest import assert_no_error_shown

NOTEBOOK = "06_reflection_and_action_plan.ipynb"
TYPED = "Invite the new coordinator to journal club <b>soon</b>"


def download_after_typing(page, link_name: str, nth: int, field: str, typed: str) -> str:
    """Type into ``field``, wait until the ``nth`` download link holds the new file, and
    download it."""
    link = page.get_by_role("link", name=link_name)
    before = link.get_attribute("href")
    page.get_by_label(field).fill(typed)
    page.wait_for_function(
        "([nth, before]) => document.querySelectorAll('a.bl-download')[nth]"
        ".getAttribute('href') !== before",
        arg=[nth, before],
    )
    with page.expect_download() as download_info:
        link.click()
    return Path(download_info.value.path()).read_text(encoding="utf-8")


def test_the_markdown_export_downloads_what_was_typed(app):
    page = app(NOTEBOOK)
    text = download_after_typing(page, "Download as Markdown (.md)", 0,
                                 "Your answer to question 3", TYPED)
    assert r"Invite the new coordinator to journal club \<b\>soon\</b\>" in text
    assert_no_error_shown(page)


def test_the_html_export_downloads_what_was_typed_escaped(app):
    text = download_after_typing(app(NOTEBOOK), "Download as a web page (.html)", 1,
                                 "What you will do (action 1)", "<img src=x onerror=alert(1)>")
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "<img" not in text


def test_hostile_text_typed_in_the_plan_comes_back_literally_and_never_runs(app):
    payloads = {
        "Your answer to question 1": '<img src=x onerror="window.__blPwned=1">',
        "Your answer to question 2": "<script>window.__blPwned=1</script>",
        "What you will do (action 1)": '"><svg onload="window.__blPwned=1">',
        "With whom (action 1)": "{{7*7}} ${alert(1)} </textarea><b>bold</b>",
    }
    page = app(NOTEBOOK)
    for label, payload in payloads.items():
        page.get_by_label(label).fill(payload)
        page.get_by_label(label).press("Tab")
    # Each change is saved first and then put into the exports, so once the HTML export holds
    # the last text, everything typed has been saved on this computer.
    page.wait_for_function(
        "() => atob(document.querySelectorAll('a.bl-download')[1].href.split(',')[1])"
        ".includes('&lt;b&gt;bold&lt;/b&gt;')"
    )
    again = app(NOTEBOOK)  # a new page and kernel: the text is restored from this computer
    again.get_by_text("Welcome back").wait_for(state="visible")
    for label, payload in payloads.items():
        assert again.get_by_label(label).input_value() == payload
    assert page.evaluate("window.__blPwned") is None
    assert again.evaluate("window.__blPwned") is None
    assert_no_error_shown(again)
