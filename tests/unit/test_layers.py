"""The package's layers (docs/architecture.md): each imports only the layers beneath it.

Read from the source with ``ast``, so a lazy import inside a function counts too."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[2] / "widgets"
INTERFACE = ("ipywidgets", "anywidget", "IPython.display")
UPPER = ("widgets.ui", "widgets.serving", "widgets.cli", "widgets.report", "widgets.runner")
FORBIDDEN = {
    "content": ("widgets.logic", "widgets.datasets", "widgets.charts", *UPPER, *INTERFACE),
    "logic": ("widgets.charts", *UPPER, *INTERFACE, "altair"),
    "charts": ("widgets.content", "widgets.datasets", *UPPER, *INTERFACE),
    "datasets/loader.py": ("widgets.logic", "widgets.charts", *UPPER, *INTERFACE),
    "datasets/package.py": ("widgets.logic", "widgets.charts", *UPPER, *INTERFACE),
    "datasets/table_schema.py": ("widgets.logic", "widgets.charts", *UPPER, *INTERFACE),
}
FILE_READERS = ("open", "read_text", "read_bytes", "read_csv", "load_path", "read_yaml")


def modules(layer: str) -> list[Path]:
    path = PACKAGE / layer
    return [path] if path.suffix == ".py" else sorted(path.rglob("*.py"))


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_never_imports_a_layer_above_it(layer):
    found = {f"{path.relative_to(PACKAGE)}: {name}" for path in modules(layer)
             for name in imported(path)
             if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])}
    assert not found


def called(path: Path) -> set[str]:
    calls = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            calls.add(getattr(node.func, "attr", None) or getattr(node.func, "id", ""))
    return calls


def test_charts_never_read_files():
    assert not {f"{path.name}: {name}" for path in modules("charts")
                for name in called(path) & set(FILE_READERS)}


def test_the_package_never_imports_the_tests_or_the_benchmark():
    """The benchmark and the harness are development tools (tests/): learners do not get them."""
    assert not {f"{path.relative_to(PACKAGE)}: {name}" for path in modules(".")
                for name in imported(path) if name == "tests" or name.startswith("tests.")}
