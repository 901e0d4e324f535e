"""What a module's kernel, and the command line before it runs a command, import: nothing
that costs seconds and that they never use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.test_notebook_structure import code_cells, read
from widgets.paths import module_notebooks


def first_import_of(notebook: Path) -> str:
    """The module the notebook's first ``from widgets... import`` line names."""
    for cell in code_cells(read(notebook)):
        for line in cell.source.splitlines():
            if line.startswith("from widgets"):
                return line.split()[1]
    raise AssertionError(f"{notebook.name} imports nothing from widgets")


def printed(code: str) -> str:
    """What ``code`` prints, run in a fresh Python of this environment."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    return result.stdout.strip()


@pytest.mark.parametrize("notebook", module_notebooks(), ids=lambda path: path.stem)
def test_a_module_kernel_never_builds_jsonschemas_iri_grammar(notebook):
    code = (f"import sys, {first_import_of(notebook)}; "
            "print('rfc3987_syntax.syntax_helpers' in sys.modules)")
    assert printed(code) == "False"


def test_no_module_kernel_carries_a_javascript_engine():
    """Learners' browsers draw the charts; vl-convert is for pages without scripts."""
    modules = sorted({first_import_of(notebook) for notebook in module_notebooks()})
    code = f"import sys, {', '.join(modules)}; print('vl_convert' in sys.modules)"
    assert printed(code) == "False"


def test_module_01s_kernel_needs_no_pandas():
    """Its circles are a handful of rows: pandas would cost each kernel about 45 MB."""
    code = ("import sys; from widgets.ui.circles import CirclesExplorer; "
            "CirclesExplorer(transition='starting_clerkship'); print('pandas' in sys.modules)")
    assert printed(code) == "False"


def test_the_command_line_builds_its_parser_without_papermill_or_voila():
    """``belonging-lab --help`` answers at once: each subcommand imports its work when it runs."""
    code = ("import sys; from widgets.cli import build_parser; build_parser(); "
            "print(sorted({'papermill', 'nbconvert', 'voila'} & set(sys.modules)))")
    assert printed(code) == "[]"
