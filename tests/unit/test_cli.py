"""The ``belonging-lab`` command line."""

import ast
import importlib
from pathlib import Path

import pytest

from widgets.cli import SUBCOMMANDS, build_parser, main
from widgets.cli.run import parse_parameters
from widgets.serving.serve import SERVING_DIR, voila_argv


def test_parameters_are_read_as_yaml_scalars():
    assert parse_parameters([["seed", "7"], ["show", "true"], ["name", "ward 5"]]) == {
        "seed": 7, "show": True, "name": "ward 5"
    }


def test_serve_uses_the_checked_in_configuration_on_loopback_by_default():
    args = build_parser().parse_args(["serve"])
    assert (args.port, args.host) == (8866, "127.0.0.1")
    assert f"--Voila.config_file_paths={SERVING_DIR}" in voila_argv(8866, "127.0.0.1")
    assert (SERVING_DIR / "voila.json").is_file()


def test_serve_can_serve_another_folder_of_notebooks(tmp_path):
    args = build_parser().parse_args(["serve", "--notebooks-dir", str(tmp_path)])
    assert args.notebooks_dir == tmp_path


def test_serve_can_reclaim_idle_kernels_sooner():
    argv = voila_argv(8866, "127.0.0.1", cull_idle=30)
    assert "--MappingKernelManager.cull_idle_timeout=30" in argv


def test_a_missing_notebook_is_a_short_message(tmp_path, capsys):
    assert main(["run", str(tmp_path / "nope.ipynb"), "--out", str(tmp_path)]) == 2
    assert "There is no notebook at" in capsys.readouterr().err


def test_an_unknown_subcommand_is_refused():
    with pytest.raises(SystemExit):
        main(["explode"])


def test_the_benchmark_is_not_a_subcommand_of_the_learners_package():
    """It is a development tool, ``python -m tests.bench``."""
    with pytest.raises(SystemExit):
        build_parser().parse_args(["bench"])


PACKAGE = Path(__file__).parents[2] / "widgets"


def imports_argparse(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import) and any(a.name == "argparse" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and node.module == "argparse":
            return True
    return False


def test_nothing_outside_widgets_cli_reads_command_line_arguments():
    assert not [str(path.relative_to(PACKAGE)) for path in sorted(PACKAGE.rglob("*.py"))
                if "cli" not in path.relative_to(PACKAGE).parts[:1] and imports_argparse(path)]


def test_each_subcommand_is_a_module_of_widgets_cli_named_after_it():
    (subparsers,) = build_parser()._subparsers._group_actions
    names = {name.replace("-", "_") for name in subparsers.choices}
    assert names == set(SUBCOMMANDS)
    assert all(callable(importlib.import_module(f"widgets.cli.{name}").run) for name in names)
