"""binder/: the repo2docker configuration installs exactly the pinned set, then the suite.

Because binder/ exists, repo2docker reads only that folder (the root environment.yml is
ignored there), so binder/environment.yml must carry the whole pinned set and binder/postBuild
must install the suite itself.
"""

from __future__ import annotations

import os
import re
import shutil
import site
import subprocess
import tomllib
import venv
from pathlib import Path

import yaml

from widgets.paths import REPO_ROOT

BINDER_DIR = REPO_ROOT / "binder"
POSTBUILD = BINDER_DIR / "postBuild"
# What `pip install -e .` needs from a clone; repo2docker copies the whole repository.
PACKAGE_FILES = ("pyproject.toml", "README.md", "LICENSE", "LICENSE-CONTENT")


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned(requirements: list[str]) -> dict[str, str]:
    """``{"name": "version"}`` from ``name==version`` requirements."""
    return {normalised(name): version
            for name, version in (requirement.split("==") for requirement in requirements)}


def binder_packages() -> tuple[dict[str, str], dict[str, str]]:
    """The conda packages and the pip packages that repo2docker installs from binder/."""
    environment = yaml.safe_load((BINDER_DIR / "environment.yml").read_text())
    conda, pip = {}, {}
    for entry in environment["dependencies"]:
        if isinstance(entry, dict):
            pip.update(pinned(entry["pip"]))
        else:
            name, _, version = entry.partition("=")
            conda[normalised(name)] = version
    return conda, pip


def version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def project() -> dict:
    return tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]


def test_binder_installs_exactly_the_pinned_runtime_set_with_pip():
    _, pip = binder_packages()
    assert pip == pinned(project()["dependencies"])


def test_binder_python_is_one_the_suite_supports():
    conda, _ = binder_packages()
    minimum = project()["requires-python"].removeprefix(">=")
    assert version_tuple(conda["python"]) >= version_tuple(minimum)


def test_binder_conda_packages_are_only_python_and_pip():
    conda, _ = binder_packages()
    assert set(conda) == {"python", "pip"}


def test_binder_holds_only_the_files_repo2docker_should_read():
    assert sorted(path.name for path in BINDER_DIR.iterdir()) == ["environment.yml", "postBuild"]


def postbuild_commands() -> list[str]:
    return [line for line in POSTBUILD.read_text().splitlines()
            if line.strip() and not line.startswith("#")]


def test_postbuild_installs_the_suite_without_pulling_other_packages():
    assert postbuild_commands()[:2] == ["set -euo pipefail", "python -m pip install --no-deps -e ."]


def test_postbuild_gives_voila_in_the_binder_server_the_suites_configuration():
    assert postbuild_commands()[2:] == ["python -m widgets.cli configure-jupyter"]


def test_postbuild_fails_when_its_install_fails(tmp_path):
    failing = tmp_path / "bin"
    failing.mkdir()
    (failing / "python").write_text("#!/bin/sh\nexit 3\n")
    (failing / "python").chmod(0o755)
    environment = {**os.environ, "PATH": f"{failing}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run([str(POSTBUILD)], cwd=tmp_path, env=environment,
                            capture_output=True, timeout=60)
    assert result.returncode == 3


def scratch_environment(folder: Path) -> Path:
    """A virtual environment that sees the running one's packages (so pip, setuptools and the
    pinned set are there and nothing is downloaded) but installs into its own folder."""
    venv.EnvBuilder(with_pip=False).create(folder)
    own = next(folder.glob("lib/python*/site-packages"))
    (own / "outer_environment.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    return folder / "bin"


def clone_copy(folder: Path) -> Path:
    """The files of the repository that installing the suite reads, as a build would see them."""
    folder.mkdir()
    for name in PACKAGE_FILES:
        shutil.copy(REPO_ROOT / name, folder / name)
    shutil.copytree(REPO_ROOT / "widgets", folder / "widgets",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def test_postbuild_installs_the_suite_in_a_scratch_environment_offline(tmp_path):
    """PIP_NO_INDEX keeps pip off the network; PIP_NO_BUILD_ISOLATION=0 (pip's inverted
    spelling) disables build isolation, so setuptools comes from the running environment."""
    bin_dir = scratch_environment(tmp_path / "env")
    clone = clone_copy(tmp_path / "clone")
    environment = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "PIP_NO_INDEX": "1",
        "PIP_NO_BUILD_ISOLATION": "0",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PIP_CONFIG_FILE": os.devnull,
    }
    environment.pop("PYTHONPATH", None)
    build = subprocess.run([str(POSTBUILD)], cwd=clone, env=environment,
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr
    probe = subprocess.run(
        [str(bin_dir / "python"), "-c", "import sys, widgets; print(sys.prefix, widgets.__file__)"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60)
    prefix, module = probe.stdout.split()
    assert Path(prefix) == tmp_path / "env"
    assert Path(module) == clone / "widgets" / "__init__.py"
    command = subprocess.run([str(bin_dir / "belonging-lab"), "--help"],
                             capture_output=True, text=True, timeout=60)
    assert command.returncode == 0 and "links" in command.stdout
    assert (tmp_path / "env" / "etc" / "jupyter" / "voila.json").is_file()
