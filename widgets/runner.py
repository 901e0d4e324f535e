"""``belonging-lab run``: execute notebooks headless with papermill and keep the results.

For each notebook it writes the executed notebook and a code-free HTML page to the output
folder. A failing cell stops that notebook and is reported by notebook and cell number. What the
kernel and its manager log while a notebook runs (transport warnings, the interrupt at shutdown)
goes to ``<notebook>.log`` in the output folder, so the command prints only its own output.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
import papermill
from nbconvert import HTMLExporter

from widgets.errors import BelongingLabError
from widgets.files import write_atomic

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
CELL_TIMEOUT_SECONDS = 300


@dataclass(frozen=True)
class RunResult:
    """Where one executed notebook and its HTML page were written."""

    notebook: Path
    executed: Path
    html: Path


def run_notebook(notebook: Path, parameters: dict[str, Any], out_dir: Path) -> RunResult:
    """Execute one notebook with papermill and write it and its code-free HTML to ``out_dir``."""
    notebook = Path(notebook)
    executed = execute(notebook, parameters, out_dir)
    html_path = out_dir / f"{notebook.stem}.html"
    write_atomic(html_path, code_free_html(nbformat.read(executed, as_version=4)))
    return RunResult(notebook, executed, html_path)


def execute(notebook: Path, parameters: dict[str, Any], out_dir: Path) -> Path:
    """Execute one notebook with papermill into ``out_dir``; the executed notebook's path."""
    notebook = Path(notebook)
    if not notebook.is_file():
        raise BelongingLabError("runner.no_notebook", notebook=str(notebook))
    out_dir.mkdir(parents=True, exist_ok=True)
    executed = out_dir / notebook.name
    try:
        with stderr_to(out_dir / f"{notebook.stem}.log"):
            papermill.execute_notebook(
                str(notebook),
                str(executed),
                parameters=parameters,
                cwd=str(notebook.parent),
                progress_bar=False,
                execution_timeout=CELL_TIMEOUT_SECONDS,
            )
    except papermill.PapermillExecutionError as error:
        raise BelongingLabError(
            "runner.cell_failed",
            notebook=notebook.name,
            cell=error.exec_count or error.cell_index,
            ename=error.ename,
            evalue=error.evalue,
        ) from None
    return executed


@contextlib.contextmanager
def stderr_to(path: Path) -> Iterator[None]:
    """Send everything written to this process's standard error, and to that of the processes
    it starts (the kernel), to ``path`` until the block ends."""
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(path, "ab") as log:
            os.dup2(log.fileno(), 2)
            yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)


def code_free_html(nb: nbformat.NotebookNode) -> str:
    """The notebook as HTML without code, prompts or live-widget placeholders."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            outputs = cell.get("outputs", [])
            cell.outputs = [o for o in outputs if WIDGET_VIEW not in o.get("data", {})]
    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb)
    return body
