"""One pinned dependency set: pyproject.toml, environment.yml and binder/environment.yml agree."""

import tomllib

import pytest
import yaml

from widgets.paths import REPO_ROOT


def pyproject_pins() -> set[str]:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    return set(project["dependencies"])


def conda_pip_pins(path) -> set[str]:
    environment = yaml.safe_load(path.read_text())
    pip_sections = [d["pip"] for d in environment["dependencies"] if isinstance(d, dict)]
    return set(pip_sections[0])


def test_every_runtime_dependency_is_pinned_exactly():
    assert all("==" in pin for pin in pyproject_pins())


@pytest.mark.parametrize("environment", ["environment.yml", "binder/environment.yml"])
def test_conda_environments_carry_the_same_pins(environment):
    assert conda_pip_pins(REPO_ROOT / environment) == pyproject_pins()


def test_voila_is_recent_enough_to_refuse_reading_server_files():
    """GHSA-2q59-h24c-w6fg: Voila before 0.5.6 let a browser read any file on the server."""
    voila = next(pin for pin in pyproject_pins() if pin.startswith("voila=="))
    version = tuple(int(part) for part in voila.split("==")[1].split("."))
    assert version >= (0, 5, 6)
