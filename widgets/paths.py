"""Where the suite's folders are. The suite is installed from its clone (``pip install -e .``),
so the notebooks and datasets sit beside the package."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
DATASETS_DIR = REPO_ROOT / "datasets"


def module_notebooks() -> list[Path]:
    """The suite's module notebooks, in order."""
    return sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
