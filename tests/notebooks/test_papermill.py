"""Every module executes headless with papermill, with its defaults and with one non-default
parameter set, through the same runner as ``belonging-lab run``. The runner's per-cell
timeout turns a widget callback that would hang headless execution (papermill issue 723)
into a failure that names the cell."""

from pathlib import Path

import nbformat
import pytest
import yaml

from widgets.paths import module_notebooks
from widgets.runner import run_notebook

PARAMETER_SETS = yaml.safe_load((Path(__file__).parent / "parameter_sets.yaml").read_text())
NOTEBOOKS = module_notebooks()
NAMES = [path.name for path in NOTEBOOKS]

pytestmark = pytest.mark.notebooks


def fill_tmp(parameters: dict, tmp_path: Path) -> dict:
    return {
        name: value.replace("{tmp}", str(tmp_path)) if isinstance(value, str) else value
        for name, value in parameters.items()
    }


def errors_in(executed: Path) -> list[str]:
    nb = nbformat.read(executed, as_version=4)
    return [
        f"{output.get('ename')}: {output.get('evalue')}"
        for cell in nb.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=NAMES)
def test_notebook_runs_with_its_defaults(notebook, tmp_path):
    result = run_notebook(notebook, {}, tmp_path)
    assert errors_in(result.executed) == []
    assert result.html.stat().st_size > 0


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=NAMES)
def test_notebook_runs_with_other_parameters(notebook, tmp_path):
    assert notebook.name in PARAMETER_SETS, "add a parameter set to parameter_sets.yaml"
    parameters = fill_tmp(PARAMETER_SETS[notebook.name], tmp_path)
    result = run_notebook(notebook, parameters, tmp_path / "out")
    assert errors_in(result.executed) == []


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=NAMES)
def test_notebook_has_a_parameters_cell(notebook):
    nb = nbformat.read(notebook, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=NAMES)
def test_notebook_waits_for_no_interaction(notebook):
    """interact(), input() and busy-wait loops block headless execution; callbacks do not."""
    source = "\n".join(c.source for c in nbformat.read(notebook, as_version=4).cells
                       if c.cell_type == "code")
    for blocking in ("interact(", "interact_manual(", "input(", "while True"):
        assert blocking not in source
