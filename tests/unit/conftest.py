"""Fixtures shared by the unit tests."""

import os
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from widgets.content import FILES_DIR, load, load_path
from widgets.content.models.instrument import Instrument
from widgets.errors import ContentError


@pytest.fixture(scope="session")
def instrument() -> Instrument:
    """The bundled instrument (the suite's teaching items)."""
    return load(Instrument)


@pytest.fixture
def content_copy(tmp_path) -> Callable[..., Path]:
    """``content_copy(Model, change, name)``: a copy of the model's bundled file in tmp_path
    (named ``name``, else like the bundled file), after ``change(data)`` altered its data."""
    def write(model: type, change: Callable[[dict], object] = lambda _data: None,
              name: str = "") -> Path:
        data = yaml.safe_load((FILES_DIR / f"{model.FILE}.yaml").read_text(encoding="utf-8"))
        change(data)
        path = tmp_path / (name or f"{model.FILE}.yaml")
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        return path
    return write


@pytest.fixture
def refusal(content_copy) -> Callable[..., str]:
    """``refusal(Model, change, name)``: the message of the ContentError with which a changed
    copy of the model's bundled file is refused (the test fails if it loads)."""
    def refused(model: type, change: Callable[[dict], object], name: str = "") -> str:
        with pytest.raises(ContentError) as error:
            load_path(content_copy(model, change, name), model)
        return str(error.value)
    return refused


@pytest.fixture(params=[0o000, 0o022], ids=["umask-000", "umask-022"])
def permissive_umask(request):
    """A umask that lets everyone read new files (0o000 also lets them write)."""
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)
