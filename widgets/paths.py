"""Where the suite's folders are: beside the package in a clone (an editable install), else
where a regular install (a wheel, ``pip install .``) put them, under the environment's
``share/belonging-lab/`` (pyproject.toml's data-files)."""

import sysconfig
from pathlib import Path

from widgets.content import load
from widgets.content.models.module_map import ModuleMap

REPO_ROOT = Path(__file__).resolve().parents[1]
INSTALLED = Path(sysconfig.get_path("data")) / "share" / "belonging-lab"


def suite_folder(name: str) -> Path:
    """The clone's folder ``name`` when the package sits in a clone, else the installed one."""
    in_clone = (REPO_ROOT / "pyproject.toml").is_file()
    return REPO_ROOT / name if in_clone else INSTALLED / name


NOTEBOOKS_DIR = suite_folder("notebooks")
DATASETS_DIR = suite_folder("datasets")


def module_notebooks() -> list[Path]:
    """The suite's module notebooks in the learner's order: the order of the module map
    (``module_map.yaml``), which is not the order of their numbers (numbers never change once
    syllabi link to them), then any numbered notebook the map does not list, by name."""
    on_disk = {path.name: path for path in NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb")}
    listed = [name for name in load(ModuleMap).notebooks() if name in on_disk]
    unlisted = sorted(set(on_disk) - set(listed))
    return [on_disk[name] for name in [*listed, *unlisted]]


def module_named(name: str, notebooks: list[Path] | None = None) -> Path | None:
    """The module matching ``name``: a file name, a stem or a leading number such as 01."""
    for path in module_notebooks() if notebooks is None else notebooks:
        if name in (path.name, path.stem) or path.name.startswith(f"{name}_"):
            return path
    return None
