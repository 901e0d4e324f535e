"""Text that faculty put in content files is shown literally and never runs: an institution's
support-services file with markup in every field, loaded by module 00 through its parameter."""

from __future__ import annotations

import json
import shutil

import pytest
import yaml

from tests.browser.conftest import assert_no_error_shown, open_app, start_voila, stop
from widgets.paths import NOTEBOOKS_DIR

NOTEBOOK = "00_start_here.ipynb"
PAYLOAD = '<img src=x onerror="window.__blPwned=1"><script>window.__blPwned=1</script>'


def hostile_resources() -> dict:
    return {
        "schema": "crisis_resources",
        "heading": f"Support {PAYLOAD}",
        "emergency": f"Call 911 {PAYLOAD}",
        "regions": [{
            "name": f"Campus {PAYLOAD}",
            "resources": [{
                "name": f"Wellness {PAYLOAD}",
                "contact": f"555-0123 {PAYLOAD}",
                "description": f"Counselling {PAYLOAD}",
            }],
        }],
    }


def notebook_reading(resources_file: str) -> dict:
    """Module 00 as a faculty member would adapt it: its parameter names their own file."""
    notebook = json.loads((NOTEBOOKS_DIR / NOTEBOOK).read_text(encoding="utf-8"))
    cell = next(c for c in notebook["cells"] if "parameters" in c["metadata"].get("tags", []))
    cell["source"] = f"resources_file = {resources_file!r}\n"
    return notebook


@pytest.fixture
def adapted_suite(tmp_path):
    resources = tmp_path / "resources.yaml"
    resources.write_text(yaml.safe_dump(hostile_resources()), encoding="utf-8")
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    (notebooks / NOTEBOOK).write_text(json.dumps(notebook_reading(str(resources))),
                                      encoding="utf-8")
    shutil.copy(NOTEBOOKS_DIR / "01_what_is_belonging.ipynb", notebooks)
    url, process = start_voila(tmp_path, extra_args=("--notebooks-dir", str(notebooks)))
    yield url
    stop(process)


def test_markup_in_a_faculty_resources_file_is_shown_as_text_and_never_runs(browser,
                                                                             adapted_suite):
    page = open_app(browser, adapted_suite, NOTEBOOK)
    page.get_by_text(f"Wellness {PAYLOAD}").wait_for()
    body = page.inner_text("body")
    for field in ("Support", "Call 911", "Campus", "555-0123", "Counselling"):
        assert f"{field} {PAYLOAD}" in body
    assert page.evaluate("window.__blPwned") is None
    assert_no_error_shown(page)
    page.context.close()
