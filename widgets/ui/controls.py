"""What every control of the suite shares: its label shown in full (never cut to a fixed width),
and a labelled menu that starts on a known choice."""

from __future__ import annotations

from collections.abc import Sequence

import ipywidgets as w

FULL_LABEL = {"description_width": "initial"}


def menu(options: Sequence[tuple[str, str]], value: str, description: str) -> w.Dropdown:
    """A dropdown of (label, value) options that starts on ``value``, or on the first option
    when ``value`` is not one of them (a notebook parameter with a typo)."""
    values = [choice for _, choice in options]
    return w.Dropdown(options=list(options), value=value if value in values else values[0],
                      description=description, style=FULL_LABEL, layout=w.Layout(width="auto"))
