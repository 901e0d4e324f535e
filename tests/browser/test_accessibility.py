"""Every module passes an axe-core audit (WCAG 2.0, 2.1 and 2.2, levels A and AA) as a Voila app."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from widgets.paths import module_notebooks

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
NOTEBOOKS = [path.name for path in module_notebooks()]


def violations(page) -> list[str]:
    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['html'][:120]})"
        for v in result.response["violations"]
    ]


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_module_has_no_axe_violations(app, notebook):
    assert violations(app(notebook)) == []


def test_circles_explorer_has_no_axe_violations_after_a_transition_is_chosen(app):
    page = app("01_what_is_belonging.ipynb")
    page.get_by_label("Transition to explore").select_option(label="Starting clerkship")
    page.get_by_role("button", name="Show the chart's data as a table").click()
    page.locator("table.bl-table").wait_for(state="visible")
    assert violations(page) == []
