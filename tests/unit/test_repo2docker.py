"""Binder's build of the suite, as repo2docker (the program Binder runs) plans it for a fresh
clone: ``--no-build --debug`` prints the Dockerfile without needing Docker. Because binder/
exists, repo2docker must take its configuration from there only: the conda environment from
binder/environment.yml (the pinned set; tests/unit/test_binder.py checks its contents), then
binder/postBuild once the repository is in the image."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from widgets.paths import REPO_ROOT

BUILD_SECONDS = 120


@pytest.fixture(scope="module")
def dockerfile(tmp_path_factory: pytest.TempPathFactory) -> str:
    """repo2docker's plan for a fresh clone of the committed HEAD."""
    folder = tmp_path_factory.mktemp("repo2docker")
    clone = folder / "belonging-lab"
    subprocess.run(["git", "clone", "--quiet", str(REPO_ROOT), str(clone)], check=True)
    planned = subprocess.run([sys.executable, "-m", "repo2docker", "--no-build", "--debug",
                              str(clone)], cwd=folder, capture_output=True, text=True,
                             timeout=BUILD_SECONDS)
    assert planned.returncode == 0, planned.stdout + planned.stderr
    return planned.stdout + planned.stderr


def binder_python() -> str:
    environment = yaml.safe_load((REPO_ROOT / "binder" / "environment.yml").read_text())
    (python,) = [entry for entry in environment["dependencies"]
                 if isinstance(entry, str) and entry.startswith("python=")]
    return python.removeprefix("python=")


def test_repo2docker_builds_a_conda_environment_on_binders_python(dockerfile):
    assert f"Building conda environment for python={binder_python()}" in dockerfile


def test_repo2docker_installs_the_environment_from_the_binder_folder(dockerfile):
    assert "COPY --chown=0:0 src/binder/environment.yml" in dockerfile
    assert '--file "binder/environment.yml"' in dockerfile


def test_repo2docker_ignores_the_root_environment_file(dockerfile):
    assert '--file "environment.yml"' not in dockerfile
    assert "src/environment.yml" not in dockerfile


def test_repo2docker_runs_postbuild_after_copying_the_repository(dockerfile):
    lines = [line.strip() for line in dockerfile.splitlines()]
    copied = lines.index("COPY --chown=0:0 src/ ${REPO_DIR}/")
    assert lines.index("RUN ./binder/postBuild") > copied
