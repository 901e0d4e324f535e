"""The Vega libraries that learners' browsers draw charts with, served by the suite itself.

vl-convert (already installed to draw SVG for static pages) carries Vega, Vega-Lite and
Vega-Embed at the versions Altair's specs need, and bundles them as one script. The bundle is
written once into the Voila template's static files, where Voila serves it under
``voila/static/`` (see ``widgets.ui.chart_figure``), and rewritten when vl-convert changes.
Nothing is fetched from a CDN; this runs in the server, never in a learner's kernel.
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from widgets.errors import BelongingLabError
from widgets.files import write_atomic
from widgets.serving.serve import TEMPLATES_ROOT
from widgets.ui.chart_figure import BUNDLE_FILE

STATIC_DIR = TEMPLATES_ROOT / "voila" / "templates" / "belonging" / "static"
HEADER = "// Vega, Vega-Lite and Vega-Embed from vl-convert-python {version}\n"


def bundle_path(static_dir: Path = STATIC_DIR) -> Path:
    return static_dir / BUNDLE_FILE


def ensure(static_dir: Path = STATIC_DIR) -> Path:
    """Write the bundle unless this vl-convert's is already there; its path."""
    path = bundle_path(static_dir)
    header = HEADER.format(version=version("vl-convert-python"))
    try:
        with path.open(encoding="utf-8") as existing:
            if existing.readline() == header:
                return path
    except OSError:
        pass
    import vl_convert

    try:
        write_atomic(path, header + vl_convert.javascript_bundle())
    except OSError as error:  # an install this user may not write to
        raise BelongingLabError("serving.no_vega_bundle", path=path, detail=error) from None
    return path
