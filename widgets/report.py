"""``belonging-lab report``: the cohort dashboard (module 07) run headless as one HTML file.

    belonging-lab report --responses exports/ --out report.html --group-by group
    belonging-lab report --responses pre.csv post.csv --moment pre.csv=pre \
        --moment post.csv=post --out report.html

Cheap checks come first (the threshold, the mapping file, that every file exists and is not
too large), so that those mistakes give a short message and exit code 2 before a kernel starts.
The notebook then runs through papermill with ``strict`` set: the dashboard imports the files
once and stops at the first file it cannot import, and that message (not a traceback) is what
the command prints, again with exit code 2. The dashboard offers its state as static HTML,
which replaces the live widget in the code-free export. Scripts are removed, so the page holds
no code, needs no network and shows only aggregates.

``--moment FILE=MOMENT`` names the moment of a file's (or a folder's) responses, in the order the
moments happened: the first named is the earlier one. ``--date-order dmy|mdy`` reads dates that
a file leaves ambiguous.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import nbformat

from widgets.content import load
from widgets.content.messages import names_list, shorten
from widgets.content.models.instrument import Instrument
from widgets.errors import BelongingLabError
from widgets.logic.cohort.importing import expand
from widgets.logic.cohort.mapping import load_mapping
from widgets.logic.cohort.reading import check_size
from widgets.logic.cohort.suppression import MIN_GROUP, check_min_group
from widgets.paths import NOTEBOOKS_DIR
from widgets.runner import WIDGET_VIEW, code_free_html, execute
from widgets.serving.serve import PAGE_STYLES, STATIC_DIR

NOTEBOOK = NOTEBOOKS_DIR / "07_cohort_dashboard.ipynb"
SCRIPT = re.compile(r"<script\b[^>]*>.*?</script\s*>", re.S | re.I)


def report_parameters(responses: Sequence[str | Path], min_group: int = MIN_GROUP,
                      group_by: str = "", mapping: str | Path | None = None,
                      moments: Sequence[str] = (), date_order: str = "") -> dict[str, Any]:
    """The notebook's parameters, with paths made absolute, once the cheap checks pass; raises
    BelongingLabError naming the first problem. Reading the files is left to the notebook."""
    check_min_group(min_group)
    mapping_path = Path(mapping).resolve() if mapping else None
    if mapping_path:
        load_mapping(mapping_path, load(Instrument))
    paths = [Path(path).resolve() for path in responses]
    for _, path in expand(paths):
        check_size(path)
    return {"responses": [str(path) for path in paths], "min_group": min_group,
            "group_by": group_by, "mapping": str(mapping_path or ""), "strict": True,
            "moments": moments_by_path(moments, paths), "date_order": date_order}


def moments_by_path(pairs: Sequence[str], paths: Sequence[Path]) -> dict[str, str]:
    """``FILE=MOMENT`` pairs as {absolute path: moment}, in the order given; FILE is one of
    ``paths`` as given, or its name when that is unique."""
    moments: dict[str, str] = {}
    for pair in pairs:
        file, _, moment = pair.partition("=")
        if not file.strip() or not moment.strip():
            raise BelongingLabError("cohort.moment_syntax", pair=shorten(pair))
        moments[str(_source(file.strip(), paths))] = moment.strip()
    return moments


def _source(file: str, paths: Sequence[Path]) -> Path:
    wanted = Path(file).resolve()
    named = [path for path in paths if path == wanted or path.name == file]
    if len(named) != 1:
        raise BelongingLabError("cohort.moment_unknown_file", file=file,
                                files=names_list(path.name for path in paths))
    return named[0]


def build_report(parameters: dict[str, Any]) -> str:
    """Run the dashboard notebook and return the report's HTML."""
    with tempfile.TemporaryDirectory(prefix="bl-report-") as folder:
        try:
            executed = execute(NOTEBOOK, parameters, Path(folder))
        except BelongingLabError as error:
            raise refusal(error) from None
        notebook = nbformat.read(executed, as_version=4)
    return report_html(notebook)


def refusal(error: BelongingLabError) -> BelongingLabError:
    """The dashboard's own message when it refused the input, else the notebook's failure."""
    if error.key == "runner.cell_failed" and error.values["ename"] == BelongingLabError.__name__:
        return BelongingLabError("cohort.report_refused", problem=error.values["evalue"])
    return error


def report_html(notebook: nbformat.NotebookNode) -> str:
    """Code-free HTML in which each widget's static HTML stands in for the widget, without
    scripts or saved widget state, with the suite's style sheets inline (each chart's wide or
    narrow drawing, whichever fits; print without controls)."""
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET_VIEW in data and "text/html" in data:
                del data[WIDGET_VIEW]
    styles = "".join((STATIC_DIR / name).read_text(encoding="utf-8") for name in PAGE_STYLES)
    page = SCRIPT.sub("", code_free_html(notebook))
    return page.replace("</head>", f"<style>{styles}</style>\n</head>", 1)
