"""Module 08 as a Voila app: the stories are read, the advice is written, saved, downloaded,
shown back literally however hostile, and all of it works from the keyboard alone."""

from pathlib import Path

from tests.browser.conftest import assert_no_error_shown

NOTEBOOK = "08_stories_of_belonging.ipynb"
ADVICE = "Your advice (private: it is never collected)"
MARKDOWN = "Download your advice as Markdown (.md)"
HOSTILE = ('<img src=x onerror="window.__blPwned=1"> <script>window.__blPwned=1</script> '
           "</textarea><b>bold</b> {{7*7}} [x](javascript:alert(1))")


def wait_for_new_download(page, nth: int, before: str) -> None:
    page.wait_for_function(
        "([n, b]) => document.querySelectorAll('a.bl-download')[n].getAttribute('href') !== b",
        arg=[nth, before],
    )


def test_the_three_stories_are_shown_and_labelled_as_composites(app):
    page = app(NOTEBOOK)
    for narrator in ("Amara, a fourth-year medical student", "Daniel, a second-year resident",
                     "Mei, a postdoctoral researcher"):
        page.get_by_role("heading", name=narrator).wait_for(state="visible")
    assert page.get_by_text("These stories are composites").is_visible()
    assert page.get_by_text("Composite and fictional").count() == 3
    assert_no_error_shown(page)


def test_the_advice_downloads_as_it_was_typed(app):
    page = app(NOTEBOOK)
    link = page.get_by_role("link", name=MARKDOWN)
    before = link.get_attribute("href")
    page.get_by_label(ADVICE).fill("Ask the team how they like presentations <b>on day one</b>.")
    wait_for_new_download(page, 0, before)
    with page.expect_download() as download_info:
        link.click()
    assert download_info.value.suggested_filename.startswith("belonging-advice-")
    text = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert r"Ask the team how they like presentations \<b\>on day one\</b\>." in text


def test_hostile_advice_is_shown_back_literally_and_never_runs(app):
    page = app(NOTEBOOK)
    box = page.get_by_label(ADVICE)
    box.fill(HOSTILE)
    box.press("Tab")
    page.wait_for_function(  # the HTML download is rebuilt after the save
        "() => atob(document.querySelectorAll('a.bl-download')[1].href.split(',')[1])"
        ".includes('&lt;b&gt;bold&lt;/b&gt;')")
    again = app(NOTEBOOK)  # a new page and kernel: the advice comes back from this computer
    again.get_by_text("Welcome back").wait_for(state="visible")
    assert again.get_by_label(ADVICE).input_value() == HOSTILE
    assert page.evaluate("window.__blPwned") is None
    assert again.evaluate("window.__blPwned") is None
    assert_no_error_shown(again)


def tab_to(page, selector: str, presses: int = 120) -> None:
    """Press Tab until the focused element matches ``selector``."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_the_exercise_works_with_the_keyboard_alone(app):
    page = app(NOTEBOOK)
    tab_to(page, ".bl-advice textarea")
    page.keyboard.press("Control+A")
    page.keyboard.type("It gets easier; ask for help early.")
    page.wait_for_function(  # every keystroke has reached the kernel and the download
        "() => atob(document.querySelector('a.bl-download').href.split(',')[1])"
        ".includes('It gets easier; ask for help early.')")
    tab_to(page, "a.bl-download")  # once the link is final: a redrawn link loses the focus
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    text = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert "It gets easier; ask for help early." in text
    tab_to(page, "button.bl-path-mark")
    page.keyboard.press("Space")
    page.get_by_role("status").filter(has_text="marked as done").wait_for(state="visible")
