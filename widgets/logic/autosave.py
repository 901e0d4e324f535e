"""Autosave on the learner's machine: a small JSON document written atomically after each change,
read back when a module opens again. Saved files are private to the learner's account (0600 in a
0700 folder, see ``widgets.files.write_atomic``), also on a machine shared by many accounts.

A saved file that cannot be read is never overwritten: it is renamed (``.unreadable`` added,
then a number if that name is taken) and the error names both files, so the learner can still
recover what was in it. Used by module 03 (self-assessment), module 06 (reflection) and module
08 (advice); each says how its document is kept in a ``Keeping``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from widgets.errors import BelongingLabError
from widgets.files import PRIVATE_FILE_MODE, write_atomic

DEFAULT_STATE_DIR = "~/.belonging-lab/"
SHARED_SERVER_VARIABLE = "BELONGING_LAB_SHARED_SERVER"
BINDER_REPO_VARIABLE = "BINDER_REPO_URL"  # set by BinderHub in every session it starts
ON_DISK, IN_BROWSER, NOWHERE = "disk", "browser", "off"
Document = TypeVar("Document")


class Saved(Protocol):
    """A module's document: what the learner typed and when it was last saved."""

    saved_at: str


Kept = TypeVar("Kept", bound=Saved)


@dataclass(frozen=True)
class Keeping(Generic[Kept]):
    """How one module's document is kept: its empty form, read back from and written into a
    state folder, and (for a module that keeps it in the learner's browser on a shared server)
    turned into JSON and back and stamped with the time. ``name`` names it in the browser.

    A module whose document is never kept in the browser gives no ``to_json``, ``from_json``
    or ``stamped``."""

    name: str
    empty: Kept
    restore: Callable[[str | Path], Kept | None]
    save: Callable[[Kept, str | Path], Kept]
    state_path: Callable[[str | Path], Path]
    to_json: Callable[[Kept], str] | None = None
    from_json: Callable[[str], Kept] | None = None
    stamped: Callable[[Kept], Kept] | None = None


def autosave_dir(state_dir: str | Path | None) -> str | Path | None:
    """Where to autosave, or None when autosave is off.

    It is off when ``state_dir`` is empty, and always off on a server shared by a class
    (``belonging-lab serve --shared``, or any host other than this machine): there every
    learner's kernel runs as the same user, so one saved file would show one learner's
    answers to the next. It is off on Binder too, which deletes a session's files when the
    session ends: there the answers are kept in the learner's browser (:func:`browser_scope`).
    """
    if os.environ.get(SHARED_SERVER_VARIABLE) == "1" or os.environ.get(BINDER_REPO_VARIABLE):
        return None
    return state_dir or None


def browser_scope() -> str:
    """Whose answers a browser's key names, besides the module: empty where the page's own
    base URL says it (a shared server, a hub's /user/<name>/), and the repository on Binder,
    whose every session has a new address: a learner who comes back to the same repository in
    the same browser, in a new session after the last one was culled, finds their answers (as
    jupyter-offlinenotebook keys its copies on Binder)."""
    repository = os.environ.get(BINDER_REPO_VARIABLE, "")
    return f"binder:{repository}/" if repository else ""


def where_kept(state_dir: str | Path | None) -> str:
    """Where a module keeps the learner's answers: ``ON_DISK`` (autosave into ``state_dir``),
    ``IN_BROWSER`` (a shared server: in the learner's own browser, never on the server) or
    ``NOWHERE`` (``state_dir`` empty: the faculty switched saving off)."""
    if not state_dir:
        return NOWHERE
    return ON_DISK if autosave_dir(state_dir) is not None else IN_BROWSER


def state_file(state_dir: str | Path, name: str) -> Path:
    """The autosave file ``name`` inside ``state_dir`` (``~`` is expanded)."""
    return Path(state_dir).expanduser() / name


def save(path: Path, text: str) -> Path:
    """Write the saved ``text`` atomically, readable by this account only."""
    return write_atomic(path, text, private=True)


def parse(text: str, expected_format: str, unreadable_key: str,
          build: Callable[[dict[str, Any]], Document]) -> Document:
    """``build`` applied to a saved JSON document of ``expected_format`` (its ``format`` key).
    Anything malformed raises a BelongingLabError with ``unreadable_key`` (value: problem)."""
    try:
        document = json.loads(text)
        if document.get("format") != expected_format:
            raise ValueError("unknown format")
        return build(document)
    except (ValueError, TypeError, AttributeError) as error:
        raise BelongingLabError(unreadable_key, problem=str(error)) from None


def restore(path: Path, parse: Callable[[str], Document], set_aside_key: str
            ) -> Document | None:
    """``parse`` applied to the saved text, or None when nothing was saved.

    ``parse`` raises BelongingLabError for a malformed document; the file is then set aside and
    a BelongingLabError with ``set_aside_key`` (values: file, aside, problem) is raised.
    """
    if not path.exists():
        return None
    try:
        return parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, BelongingLabError) as error:
        raise set_aside(path, error, set_aside_key) from None


def set_aside(path: Path, error: Exception, key: str) -> BelongingLabError:
    """Rename an unreadable autosave file and return the error that says where it went."""
    aside = free_name(path.with_name(path.name + ".unreadable"))
    path.replace(aside)
    os.chmod(aside, PRIVATE_FILE_MODE)  # it may have been saved before files were made private
    return BelongingLabError(key, file=str(path), aside=str(aside), problem=str(error))


def free_name(path: Path) -> Path:
    """``path``, or ``path`` with ``-2``, ``-3``... added when that name is already taken."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate
