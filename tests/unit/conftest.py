"""Fixtures shared by the unit tests."""

import pytest

from widgets.logic.instrument import Instrument, load_instrument


@pytest.fixture(scope="session")
def instrument() -> Instrument:
    """The bundled instrument (the suite's teaching items)."""
    return load_instrument()
