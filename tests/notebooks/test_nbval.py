"""nbval validates every notebook: ``pytest --nbval-lax`` executes each one in a fresh kernel and
fails on any error (notebooks are committed without outputs, so there are none to compare)."""

import subprocess
import sys

import pytest

from widgets.paths import NOTEBOOKS_DIR

pytestmark = pytest.mark.notebooks


def test_every_notebook_passes_nbval():
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "-p", "no:cacheprovider", "-q",
         "-o", "addopts=", "--rootdir", str(NOTEBOOKS_DIR), str(NOTEBOOKS_DIR)],
        capture_output=True,
        text=True,
        cwd=NOTEBOOKS_DIR,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
