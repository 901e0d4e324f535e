"""Which kernels ``belonging-lab serve`` preheats, as Voila arguments."""

from __future__ import annotations

from tests.unit.test_notebook_structure import code_cells, read
from widgets.paths import module_notebooks
from widgets.serving.serve import RESTORING_MODULES, voila_argv


def parameters_of(notebook) -> str:
    return next(cell.source for cell in code_cells(read(notebook))
                if "parameters" in cell.metadata.get("tags", []))


def test_preheating_asks_voila_for_a_pool_of_that_size_per_module():
    argv = voila_argv(8866, "127.0.0.1", preheat=2)
    assert "--VoilaConfiguration.preheat_kernel=True" in argv
    assert "--VoilaConfiguration.default_pool_size=2" in argv


def test_no_preheating_leaves_voila_without_pools():
    assert not any("preheat" in argument for argument in voila_argv(8866, "127.0.0.1"))


def test_the_named_modules_are_left_out_of_the_pools():
    argv = voila_argv(8866, "127.0.0.1", preheat=1, not_preheated=RESTORING_MODULES)
    for name in RESTORING_MODULES:
        assert f"--VoilaKernelManager.preheat_denylist={name}" in argv


def test_the_modules_left_out_are_exactly_those_that_restore_saved_answers():
    restoring = {path.name for path in module_notebooks() if "state_dir" in parameters_of(path)}
    assert set(RESTORING_MODULES) == restoring
