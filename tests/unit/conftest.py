"""Fixtures shared by the unit tests."""

import os

import pytest

from widgets.content import load
from widgets.content.models.instrument import Instrument


@pytest.fixture(scope="session")
def instrument() -> Instrument:
    """The bundled instrument (the suite's teaching items)."""
    return load(Instrument)


@pytest.fixture(params=[0o000, 0o022], ids=["umask-000", "umask-022"])
def permissive_umask(request):
    """A umask that lets everyone read new files (0o000 also lets them write)."""
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)
