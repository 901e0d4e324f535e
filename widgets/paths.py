"""Where the suite's folders are: beside the package in a clone (an editable install), else
where a regular install (a wheel, ``pip install .``) put them, under the environment's
``share/belonging-lab/`` (pyproject.toml's data-files)."""

import sysconfig
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
INSTALLED = Path(sysconfig.get_path("data")) / "share" / "belonging-lab"


def suite_folder(name: str) -> Path:
    """The clone's folder ``name`` when the package sits in a clone, else the installed one."""
    in_clone = (REPO_ROOT / "pyproject.toml").is_file()
    return REPO_ROOT / name if in_clone else INSTALLED / name


NOTEBOOKS_DIR = suite_folder("notebooks")
DATASETS_DIR = suite_folder("datasets")


def module_notebooks() -> list[Path]:
    """The suite's module notebooks, in order."""
    return sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
