"""A regular install (a wheel in a fresh virtual environment, outside any clone) carries every
module and the sample data: ``belonging-lab serve``, ``run`` and ``report`` work from it.

The fresh environment gets the wheel alone; the libraries it needs come from the test
environment (their modules through a ``.pth`` file, their templates through ``JUPYTER_PATH``),
so the test checks the suite's package, not a second download of its dependencies."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import urllib.request
from pathlib import Path

import pytest

from tests.harness import free_port, start
from widgets.paths import REPO_ROOT, module_notebooks

pytestmark = pytest.mark.notebooks


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The ``bin`` folder of a fresh environment holding the suite's wheel."""
    root = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(REPO_ROOT), "--no-deps", "-q",
                    "-w", str(root / "dist")], check=True)
    subprocess.run([sys.executable, "-m", "venv", str(root / "env")], check=True)
    python = root / "env" / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "test-libraries.pth").write_text(sysconfig.get_path("purelib") + "\n")
    wheel = next((root / "dist").glob("*.whl"))
    subprocess.run([python, "-m", "pip", "install", "--no-deps", "-q", str(wheel)], check=True)
    return root / "env" / "bin"


def environment(home: Path) -> dict[str, str]:
    """The fresh environment's variables: its own home, the libraries' Jupyter data."""
    return {**os.environ, "HOME": str(home),
            "JUPYTER_PATH": str(Path(sys.prefix) / "share" / "jupyter")}


def command(installed: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(installed / "belonging-lab"), *args], cwd=cwd, text=True,
                          capture_output=True, check=False, timeout=300, env=environment(cwd))


def located(installed: Path, name: str) -> Path:
    done = subprocess.run([str(installed / "python"), "-c",
                           f"from widgets.paths import {name}; print({name})"],
                          cwd=installed, capture_output=True, text=True, check=True)
    return Path(done.stdout.strip())


def test_the_installed_package_finds_its_modules_outside_the_clone(installed):
    notebooks = located(installed, "NOTEBOOKS_DIR")
    assert REPO_ROOT not in notebooks.parents
    assert sorted(p.name for p in notebooks.glob("*.ipynb")) == sorted(
        p.name for p in module_notebooks())


def test_report_runs_from_the_installed_sample(installed, tmp_path):
    sample = located(installed, "DATASETS_DIR") / "class_responses.csv"
    done = command(installed, "report", "--responses", str(sample), "--out", "report.html",
                   cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Component means" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_run_executes_an_installed_module(installed, tmp_path):
    notebook = located(installed, "NOTEBOOKS_DIR") / "00_start_here.ipynb"
    done = command(installed, "run", str(notebook), "--out", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "00_start_here.html").is_file()


def test_serve_lists_every_installed_module(installed, tmp_path):
    port = free_port()
    server = start([str(installed / "belonging-lab"), "serve", "--port", str(port), "--preheat",
                    "0"], port, tmp_path, name="serve", env=environment(tmp_path), cwd=tmp_path)
    try:
        with urllib.request.urlopen(server.url, timeout=30) as response:
            page = response.read().decode()
        assert all(f"render/{p.name}" in page for p in module_notebooks())
    finally:
        server.stop()
