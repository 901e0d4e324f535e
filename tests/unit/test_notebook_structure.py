"""Every module notebook follows the suite's structure (see DEVELOPERS.md, "Notebooks")."""

import ast
import re

import nbformat
import pytest

from widgets.content import load
from widgets.content.models.module_map import ModuleMap
from widgets.paths import NOTEBOOKS_DIR, module_notebooks

NOTEBOOKS = module_notebooks()
# The home link is "./": JupyterLab opens the notebooks' folder; under Voila the template's
# path.js points it at the landing page (tests/browser/test_navigation.py).
NAVIGATION = re.compile(
    r"^(\[Previous: (?P<previous_title>[^\]]+)\]\((?P<previous>[^)]+)\) \| )?"
    r"\[Home: all modules\]\(\./\)"
    r"( \| \[Next: (?P<next_title>[^\]]+)\]\((?P<next>[^)]+)\))?$"
)


def read(path):
    return nbformat.read(path, as_version=4)


def markdown(nb) -> str:
    return "\n\n".join(cell.source for cell in nb.cells if cell.cell_type == "markdown")


def code_cells(nb):
    return [cell for cell in nb.cells if cell.cell_type == "code"]


def section(text: str, heading: str) -> str:
    """The text under a level-2 heading, up to the next level-1 or level-2 heading."""
    match = re.search(rf"^## {re.escape(heading)}\s*$(.*?)(?=^#{{1,2}} |\Z)", text, re.M | re.S)
    return match.group(1) if match else ""


def navigation_line(nb) -> str:
    last = nb.cells[-1]
    assert last.cell_type == "markdown", "the last cell should be the navigation line"
    return last.source.strip().splitlines()[-1].strip()


@pytest.fixture(params=NOTEBOOKS, ids=[path.name for path in NOTEBOOKS])
def notebook(request):
    return request.param


def test_there_are_module_notebooks():
    assert NOTEBOOKS


def test_it_opens_with_a_title(notebook):
    first = read(notebook).cells[0]
    assert first.cell_type == "markdown"
    assert re.match(r"# \S", first.source)


def test_its_overview_lists_objectives(notebook):
    overview = section(markdown(read(notebook)), "Overview")
    assert re.search(r"^\s*(\d+\.|-) \S", overview, re.M), "the Overview needs a list of objectives"


def test_its_overview_gives_time_and_prerequisites(notebook):
    overview = section(markdown(read(notebook)), "Overview")
    assert re.search(r"\*\*Time:\*\* about \d+ minutes", overview)
    assert "**Prerequisites:**" in overview


def test_it_has_exactly_one_parameters_cell(notebook):
    tagged = [c for c in code_cells(read(notebook)) if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1


@pytest.mark.parametrize("heading", ["Summary", "What's next", "References"])
def test_it_ends_with_summary_whats_next_and_references(notebook, heading):
    assert section(markdown(read(notebook)), heading).strip(), f"no '## {heading}' section"


def test_its_last_line_is_the_navigation_line(notebook):
    line = navigation_line(read(notebook))
    assert NAVIGATION.match(line), f"not a navigation line: {line!r}"


def suite_modules() -> list[str]:
    """The suite's module notebooks, in order, as the module map of "Start here" lists them.

    Some may not be written yet; links are checked against this list, not against the folder.
    """
    return load(ModuleMap).notebooks()


def test_every_module_notebook_is_in_the_module_map(notebook):
    assert notebook.name in suite_modules()


def test_its_overview_time_is_the_time_in_the_module_map(notebook):
    overview = section(markdown(read(notebook)), "Overview")
    minutes = int(re.search(r"\*\*Time:\*\* about (\d+) minutes", overview).group(1))
    listed = {m.notebook: m.minutes for m in load(ModuleMap).modules}
    assert minutes == listed[notebook.name]


def test_its_navigation_links_point_to_its_neighbours_in_the_module_map(notebook):
    match = NAVIGATION.match(navigation_line(read(notebook)))
    assert match
    modules = suite_modules()
    position = modules.index(notebook.name)
    expected_previous = modules[position - 1] if position > 0 else None
    expected_next = modules[position + 1] if position + 1 < len(modules) else None
    assert (match["previous"], match["next"]) == (expected_previous, expected_next)


def test_its_navigation_links_say_the_titles_in_the_module_map(notebook):
    match = NAVIGATION.match(navigation_line(read(notebook)))
    titles = {m.notebook: m.title for m in load(ModuleMap).modules}
    for side in ("previous", "next"):
        if match[side] is not None:
            assert match[f"{side}_title"] == titles[match[side]]


def test_its_links_to_other_modules_name_modules_of_the_suite(notebook):
    targets = re.findall(r"\]\(([^)#\s]+\.ipynb)(?:#[^)]*)?\)", markdown(read(notebook)))
    unknown = sorted(set(targets) - set(suite_modules()))
    assert not unknown, f"links to notebooks that are not modules: {unknown}"


def test_its_links_to_files_of_the_repository_point_to_files_that_exist(notebook):
    targets = re.findall(r"\]\(((?:\.\./|\./)?[\w./-]+\.(?:md|yaml|csv|json))\)",
                         markdown(read(notebook)))
    missing = [t for t in targets if not (NOTEBOOKS_DIR / t).resolve().is_file()]
    assert not missing, f"links to files that do not exist: {missing}"


def test_its_code_cells_define_no_functions_or_classes(notebook):
    forbidden = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
    for cell in code_cells(read(notebook)):
        for node in ast.walk(ast.parse(cell.source)):
            assert not isinstance(node, forbidden), f"a definition in:\n{cell.source}"


def test_it_is_committed_without_outputs(notebook):
    for cell in code_cells(read(notebook)):
        assert cell.outputs == []
        assert cell.execution_count is None
