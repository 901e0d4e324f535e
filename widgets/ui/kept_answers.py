"""Where a module keeps what the learner typed, and the status line that says so (modules 03,
06 and 08).

The answers are saved after each change and restored when the module opens again: in a folder
on the learner's own machine, or, on a server shared by a class, in the learner's own browser
(``BrowserStore``); with saving switched off they are kept only while the page is open. Each
module hands :class:`KeptAnswers` its logic module's ``Keeping`` (how its document is read,
written and stamped; ``widgets.logic.autosave``) and the function that shows a document in its
controls.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

import ipywidgets as w

from widgets.content import load
from widgets.content.models import Texts
from widgets.content.models.ui import UiTexts
from widgets.errors import BelongingLabError
from widgets.logic.autosave import (
    IN_BROWSER,
    Keeping,
    Saved,
    autosave_dir,
    browser_scope,
    where_kept,
)
from widgets.ui.browser_store import BrowserStore
from widgets.ui.save_status import clock_time, status_html

T = TypeVar("T", bound=Saved)


class KeptAnswers(Generic[T]):
    """Restores, saves and forgets one module's document and shows the status line.

    ``labels`` are the module's texts ``autosave_off``, ``restored``, ``saved`` and
    ``not_saved``; ``apply`` shows a document in the module's controls (while it runs,
    ``applying`` is true, so the module does not save what it is shown)."""

    def __init__(self, keeping: Keeping[T], state_dir: str | Path | None, labels: Texts,
                 apply: Callable[[T], None]) -> None:
        self.keeping, self.labels, self._apply = keeping, labels, apply
        self.state_dir = autosave_dir(state_dir)
        self.kept = where_kept(state_dir) if keeping.to_json is not None else None
        self.saved_time, self.applying = "", False
        self.browser_texts = load(UiTexts).browser_store
        self.store = (BrowserStore(keeping.name, self.restore_from_browser, self.forget,
                                   browser_scope())
                      if self.kept == IN_BROWSER else None)
        self.status = w.HTML()
        self.status.add_class("bl-live")

    def widgets(self) -> list[w.Widget]:
        """The status line, and the browser's "forget my answers" button when there is one."""
        return [self.status, *filter(None, [self.store])]

    def restored(self) -> T:
        """The document saved earlier on this machine, or an empty one (with a status message).
        A document kept in the browser arrives later, when the page has opened."""
        empty = self.keeping.empty
        if self.store is not None:
            self.show_status("")
            return empty
        if self.state_dir is None:
            self.show_status(self.labels["autosave_off"])
            return empty
        try:
            saved = self.keeping.restore(self.state_dir)
        except BelongingLabError as error:
            self.show_status(str(error))
            return empty
        if saved is None:
            return empty
        self.saved_time = saved.saved_at.replace("T", " ")
        self.show_status(self.labels["restored"].format(time=self.saved_time))
        return saved

    def restore_from_browser(self, document: str) -> None:
        """Show the document the learner's browser kept; an unreadable one is set aside."""
        try:
            saved = self.keeping.from_json(document)
        except BelongingLabError as error:
            if self.store is not None:
                self.store.set_aside()
            self.show_status(self.browser_texts["unreadable"].format(problem=error))
            return
        self.apply(saved)
        self.saved_time = saved.saved_at.replace("T", " ")
        self.show_status(self.browser_texts["restored"].format(time=self.saved_time))

    def forget(self) -> None:
        """The learner removed their answers from the browser: the page starts empty too."""
        self.apply(self.keeping.empty)
        self.saved_time = ""
        self.show_status("")

    def apply(self, document: T) -> None:
        """Show ``document`` in the module's controls without saving it again."""
        self.applying = True
        try:
            self._apply(document)
        finally:
            self.applying = False

    def keep(self, document: T) -> T:
        """Save ``document`` on disk or in the browser (when saving is on) and say so; returns
        it as kept, stamped with the time (unchanged when nothing was saved)."""
        if self.state_dir is not None:
            try:
                saved = self.keeping.save(document, self.state_dir)
            except OSError as error:
                self.show_status(self.labels["not_saved"].format(
                    problem=error.strerror or error))
                return document
            self.saved_time = clock_time(saved.saved_at)
            self.show_status(self.labels["saved"].format(
                time=self.saved_time, path=self.keeping.state_path(self.state_dir)))
            return saved
        if self.store is not None:
            saved = self.keeping.stamped(document)
            self.store.keep(self.keeping.to_json(saved))
            self.saved_time = clock_time(saved.saved_at)
            self.show_status(self.browser_texts["saved"].format(time=self.saved_time))
            return saved
        return document

    def show_status(self, text: str) -> None:
        if self.kept is None:
            self.status.value = f"<p>{html.escape(text)}</p>"
        else:
            self.status.value = status_html(text, self.kept, self.saved_time)
