"""On Binder a session's files are deleted with it, and every session has a new address: the
answers are kept in the learner's browser under the repository, not on disk or under the
session's address."""

from __future__ import annotations

from widgets.logic.autosave import (
    BINDER_REPO_VARIABLE,
    IN_BROWSER,
    SHARED_SERVER_VARIABLE,
    browser_scope,
    where_kept,
)

REPOSITORY = "https://github.com/example/belonging-lab"


def test_answers_are_kept_in_the_browser_on_binder(monkeypatch):
    monkeypatch.delenv(SHARED_SERVER_VARIABLE, raising=False)
    monkeypatch.setenv(BINDER_REPO_VARIABLE, REPOSITORY)
    assert where_kept("~/.belonging-lab/") == IN_BROWSER


def test_on_binder_the_browsers_key_names_the_repository(monkeypatch):
    monkeypatch.setenv(BINDER_REPO_VARIABLE, REPOSITORY)
    assert browser_scope() == f"binder:{REPOSITORY}/"


def test_elsewhere_the_pages_own_address_names_the_learner(monkeypatch):
    monkeypatch.delenv(BINDER_REPO_VARIABLE, raising=False)
    assert browser_scope() == ""
