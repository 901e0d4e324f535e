"""The landing page lists every module, and the server serves nothing but the suite's pages."""

import urllib.error
import urllib.request

import pytest

from widgets.paths import module_notebooks


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_landing_page_links_every_module(browser, voila_url):
    page = browser.new_page()
    page.goto(voila_url)
    links = page.locator(".bl-modules a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert [href.rsplit("/", 1)[-1] for href in hrefs] == [p.name for p in module_notebooks()]
    page.close()


def test_a_module_opens_from_the_landing_page(browser, voila_url):
    page = browser.new_page()
    page.goto(voila_url)
    page.get_by_role("link", name="What is belonging").click()
    page.wait_for_selector(".bl-chart", timeout=90_000)
    page.goto("about:blank")
    page.close()


@pytest.mark.parametrize(
    "path",
    [
        "voila/files/..%2Fpyproject.toml",
        "voila/files/01_what_is_belonging.ipynb",
        "voila/tree/..%2F",
        "api/contents",
    ],
)
def test_files_outside_the_suite_pages_are_not_served(voila_url, path):
    assert status_of(voila_url + path) in (403, 404)
