"""When something breaks under a learner, the page says so, switches its controls off and loses
no answer: a dead kernel, a server stopped and started again, a dropped network, a culled
session. Each test answers, breaks one thing, reads the banner (its words from
content/connection.yaml and its role), checks that the controls are off, and reloads to find
the answers given before the fault, and nothing else."""

from __future__ import annotations

import subprocess

import psutil
import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import RENDER_TIMEOUT_MS, open_app, start_voila, stop
from tests.browser.test_accessibility import violations
from tests.browser.test_kernels import is_live_kernel
from widgets.content import load
from widgets.content.models.connection import Connection
from widgets.content.models.instrument import Instrument
from widgets.content.models.self_assessment import SelfAssessmentTexts
from widgets.content.models.ui import UiTexts

ASSESSMENT = "03_self_assessment.ipynb"
REFLECTION = "06_reflection_and_action_plan.ipynb"
TEXTS = load(Connection)
FAULTS = TEXTS.faults
PROGRESS = load(SelfAssessmentTexts).labels["progress"]
ITEMS = len(load(Instrument).item_ids)
CULL_IDLE = CULL_CONNECTED = 20  # long enough for a page to connect on a loaded machine
WAIT = {"timeout": RENDER_TIMEOUT_MS}  # a loaded machine takes seconds to notice a lost link


def item(page: Page, number: int):
    return page.locator(".bl-item").nth(number - 1)


def choose(page: Page, number: int, label: str) -> None:
    item(page, number).get_by_label(label, exact=True).check()


def saved_status(page: Page):
    return page.locator("[data-bl-kept][data-bl-saved-time]")


def assert_banner(page: Page, fault: str, saved_text: str) -> None:
    alert = page.locator(".bl-connection").get_by_role("alert")
    expect(alert).to_contain_text(FAULTS[fault]["title"].split("{")[0], **WAIT)
    expect(alert).to_contain_text(FAULTS[fault]["action"])
    expect(alert).to_contain_text(saved_text.split("{")[0])
    broken_link_icons = page.evaluate(
        "() => [...document.querySelectorAll('.jupyter-widgets-disconnected')]"
        ".filter(e => getComputedStyle(e, '::before').content !== 'none').length")
    assert broken_link_icons == 0


def assert_switched_off(control) -> None:
    expect(control).to_be_disabled()
    expect(control).to_have_attribute("aria-disabled", "true")


def assert_looks_switched_off(page: Page, number: int) -> None:
    """The item's choices are greyed out and the pointer over them says they take no click."""
    box = item(page, number).locator(".widget-radio-box")
    assert float(box.evaluate("e => getComputedStyle(e).opacity")) < 1
    assert box.locator("label").first.evaluate("e => getComputedStyle(e).cursor") == "not-allowed"


def assert_item_refuses_an_answer(page: Page, number: int) -> None:
    radio = item(page, number).get_by_label("Agree", exact=True)
    assert_switched_off(radio)
    assert_looks_switched_off(page, number)
    radio.click(force=True)  # a disabled radio takes no click: nothing shown as chosen
    expect(radio).not_to_be_checked()


def assert_answers_back(page: Page, restored_text: str) -> None:
    page.get_by_text(restored_text.split("{")[0]).wait_for()
    expect(item(page, 1).get_by_label("Agree", exact=True)).to_be_checked()
    expect(item(page, 2).get_by_label("Disagree", exact=True)).to_be_checked()
    expect(item(page, 3).locator("input:checked")).to_have_count(0)


def answer_two_items(page: Page) -> None:
    choose(page, 1, "Agree")
    choose(page, 2, "Disagree")
    page.get_by_text(PROGRESS.format(answered=2, total=ITEMS)).wait_for()
    expect(saved_status(page)).to_have_count(1)


def kill_kernels(server: subprocess.Popen) -> None:
    kernels = [p for p in psutil.Process(server.pid).children(recursive=True) if is_live_kernel(p)]
    assert kernels
    for kernel in kernels:
        kernel.kill()


@pytest.fixture
def shared_server(tmp_path):
    url, process = start_voila(tmp_path, extra_args=("--shared",))
    yield url, process
    stop(process)


@pytest.fixture
def culling_server(tmp_path):
    url, process = start_voila(tmp_path, cull_idle=CULL_IDLE,
                               extra_args=("--shared", "--cull-connected", str(CULL_CONNECTED)))
    yield url
    stop(process)


def test_a_dead_kernel_is_explained_and_the_answers_kept_in_the_browser_come_back(
        browser, shared_server):
    url, process = shared_server
    page = open_app(browser, url, ASSESSMENT)
    answer_two_items(page)
    kill_kernels(process)
    assert_banner(page, "kernel", TEXTS.saved["browser"])
    assert_item_refuses_an_answer(page, 3)
    assert violations(page) == []  # the banner and the switched-off page stay accessible
    page.locator(".bl-connection").get_by_role("button", name=TEXTS.reload).click()
    assert_answers_back(page, load(UiTexts).browser_store["restored"])
    page.context.close()


def test_a_stopped_and_restarted_server_is_explained_and_the_saved_answers_come_back(
        browser, tmp_path):
    url, process = start_voila(tmp_path)
    port = int(url.rsplit(":", 1)[1].strip("/"))
    try:
        page = open_app(browser, url, ASSESSMENT)
        answer_two_items(page)
        stop(process)
        assert_banner(page, "unreachable", TEXTS.saved["disk"])
        assert_item_refuses_an_answer(page, 3)
        url, process = start_voila(tmp_path, port=port)
        assert_banner(page, "server", TEXTS.saved["disk"])
        page.reload()
        assert_answers_back(page, load(SelfAssessmentTexts).labels["restored"])
        page.context.close()
    finally:
        stop(process)


def test_a_dropped_network_switches_the_controls_off_until_it_is_back(browser, shared_server):
    url, _ = shared_server
    page = open_app(browser, url, REFLECTION)
    boxes = page.locator(".bl-reflection textarea")
    boxes.nth(0).fill("before the network dropped")
    boxes.nth(0).blur()
    page.wait_for_function("() => Object.values(localStorage).some(v => v.includes('dropped'))")
    page.context.set_offline(True)
    assert_banner(page, "unreachable", TEXTS.saved["browser"])
    assert_switched_off(boxes.nth(1))
    page.context.set_offline(False)
    expect(page.locator(".bl-connection").get_by_role("status")).to_have_text(TEXTS.back, **WAIT)
    expect(page.locator(".bl-connection").get_by_role("alert")).to_be_empty()
    boxes.nth(1).fill("after it came back")
    boxes.nth(1).blur()
    page.wait_for_function("() => Object.values(localStorage).some(v => v.includes('came back'))")
    page.reload()
    page.get_by_text(load(UiTexts).browser_store["restored"].split("{")[0]).wait_for()
    expect(boxes.nth(0)).to_have_value("before the network dropped")
    expect(boxes.nth(1)).to_have_value("after it came back")
    page.context.close()


def test_on_a_phone_the_banner_takes_at_most_a_third_of_the_screen_and_scrolls(browser,
                                                                               shared_server):
    url, _ = shared_server
    page = open_app(browser, url, REFLECTION, viewport={"width": 320, "height": 568},
                    is_mobile=True, has_touch=True)
    page.context.set_offline(True)
    assert_banner(page, "unreachable", TEXTS.saved["nothing_yet"])
    banner = page.locator(".bl-connection")
    assert banner.bounding_box()["height"] <= 568 / 3 + 1
    assert banner.evaluate("b => b.scrollHeight > b.clientHeight")  # the rest scrolls inside it
    assert violations(page) == []  # a scrolling banner a keyboard can reach
    page.context.close()


def test_a_culled_session_ends_with_the_banner_and_the_answers_come_back(browser, culling_server):
    page = open_app(browser, culling_server, ASSESSMENT)
    answer_two_items(page)
    alert = page.locator(".bl-connection").get_by_role("alert")
    title = FAULTS["culled"]["title"].format(
        limit=TEXTS.units["seconds"].format(n=CULL_CONNECTED))
    expect(alert).to_contain_text(title, **WAIT)
    assert_banner(page, "culled", TEXTS.saved["browser"])
    assert_item_refuses_an_answer(page, 3)
    page.reload()
    assert_answers_back(page, load(UiTexts).browser_store["restored"])
    page.context.close()
