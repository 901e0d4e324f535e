"""The ``belonging-lab`` command line."""

import pytest

from widgets.cli import build_parser, main
from widgets.runner import parse_parameters
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
