"""``belonging-lab run`` executes notebooks with parameters and reports failures by cell."""

import nbformat
import pytest

from widgets.cli import main

FIXTURES = "tests/fixtures/notebooks"

pytestmark = pytest.mark.notebooks


def test_run_writes_the_executed_notebook_and_code_free_html(tmp_path):
    assert main(["run", f"{FIXTURES}/greets.ipynb", "-p", "greeting", "bonjour",
                 "--out", str(tmp_path)]) == 0
    executed = nbformat.read(tmp_path / "greets.ipynb", as_version=4)
    assert "bonjour" in executed.cells[-1].outputs[0]["text"]
    html = (tmp_path / "greets.html").read_text()
    assert "bonjour" in html
    assert "print(greeting)" not in html


def test_a_failing_cell_is_named_with_its_notebook(tmp_path, capsys):
    assert main(["run", f"{FIXTURES}/fails_in_third_cell.ipynb", "--out", str(tmp_path)]) == 2
    message = capsys.readouterr().err
    assert "fails_in_third_cell.ipynb failed in cell 3" in message
    assert "ValueError: the third cell fails" in message
    assert "Traceback" not in message
