"""``belonging-lab serve --class-size N --module 01``: a pool of N preheated kernels for the
class's module alone, refused with a clear message when it would not fit in memory."""

import json

import pytest

from widgets.errors import BelongingLabError
from widgets.paths import NOTEBOOKS_DIR
from widgets.serving import class_pool
from widgets.serving.serve import class_module, voila_argv


def pools_of(argv):
    prefix = "--VoilaKernelManager.kernel_pools_config="
    return json.loads(next(arg for arg in argv if arg.startswith(prefix))[len(prefix):])


def test_the_class_module_gets_a_pool_of_the_class_size_and_the_others_none():
    argv = voila_argv(8866, "127.0.0.1", class_pool_of=("01_what_is_belonging.ipynb", 30))
    assert "--VoilaConfiguration.preheat_kernel=True" in argv
    assert pools_of(argv) == {"default": {"pool_size": 0},
                              "01_what_is_belonging.ipynb": {"pool_size": 30}}


def test_the_pool_is_refilled_only_once_the_class_has_arrived():
    argv = class_pool.pool_argv("01_what_is_belonging.ipynb", 10)
    assert f"--VoilaKernelManager.fill_delay={class_pool.REFILL_DELAY_SECONDS}" in argv


def test_a_module_is_named_by_its_number(monkeypatch):
    monkeypatch.setattr(class_pool, "available_mb", lambda: 10**6)
    assert class_module(20, "01", NOTEBOOKS_DIR) == ("01_what_is_belonging.ipynb", 20)


def test_a_class_size_without_a_module_is_a_short_message():
    with pytest.raises(BelongingLabError, match="--module"):
        class_module(20, None, NOTEBOOKS_DIR)


def test_a_pool_that_fits_is_accepted():
    class_pool.check_fits(10, available=class_pool.needed_mb(10))


def test_a_pool_that_would_not_fit_is_refused_naming_the_class_that_would():
    available = class_pool.needed_mb(10)
    with pytest.raises(BelongingLabError) as refused:
        class_pool.check_fits(200, available=available)
    text = str(refused.value)
    assert "200 learners" in text and "a class of about 10" in text and len(text) <= 300


def test_a_class_of_no_one_is_refused():
    with pytest.raises(BelongingLabError, match="at least 1"):
        class_pool.check_fits(0, available=10**6)


def test_serve_takes_a_class_size_and_a_module():
    from widgets.cli import build_parser

    args = build_parser().parse_args(["serve", "--class-size", "30", "--module", "01"])
    assert (args.class_size, args.module) == (30, "01")
