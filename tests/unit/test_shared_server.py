"""On a server that a class shares, nothing a learner types is saved where the next one sees it."""

from __future__ import annotations

import pytest

from widgets.logic.autosave import (
    IN_BROWSER,
    NOWHERE,
    ON_DISK,
    SHARED_SERVER_VARIABLE,
    autosave_dir,
    where_kept,
)
from widgets.serving.serve import is_shared, voila_argv


def test_a_server_on_this_machine_only_is_not_shared():
    assert not is_shared("127.0.0.1", shared=False)


@pytest.mark.parametrize("host", ["0.0.0.0", "10.1.2.3", "teaching.example.edu"])
def test_a_server_reachable_from_other_machines_is_shared(host):
    assert is_shared(host, shared=False)


def test_the_shared_flag_marks_a_local_server_as_shared():
    assert is_shared("127.0.0.1", shared=True)


def test_autosave_is_off_on_a_shared_server(monkeypatch):
    monkeypatch.setenv(SHARED_SERVER_VARIABLE, "1")
    assert autosave_dir("~/.belonging-lab/") is None


def test_autosave_uses_the_given_folder_on_a_personal_machine(monkeypatch):
    monkeypatch.delenv(SHARED_SERVER_VARIABLE, raising=False)
    assert autosave_dir("~/.belonging-lab/") == "~/.belonging-lab/"


def test_an_empty_folder_turns_autosave_off(monkeypatch):
    monkeypatch.delenv(SHARED_SERVER_VARIABLE, raising=False)
    assert autosave_dir("") is None


def test_answers_are_kept_in_the_browser_on_a_shared_server(monkeypatch):
    monkeypatch.setenv(SHARED_SERVER_VARIABLE, "1")
    assert where_kept("~/.belonging-lab/") == IN_BROWSER


def test_answers_are_kept_on_disk_on_a_personal_machine(monkeypatch):
    monkeypatch.delenv(SHARED_SERVER_VARIABLE, raising=False)
    assert where_kept("~/.belonging-lab/") == ON_DISK


def test_an_empty_folder_keeps_answers_nowhere_even_on_a_shared_server(monkeypatch):
    monkeypatch.setenv(SHARED_SERVER_VARIABLE, "1")
    assert where_kept("") == NOWHERE


def test_a_shared_server_keeps_kernels_behind_open_pages_for_the_longer_idle_time():
    argv = voila_argv(8866, "0.0.0.0", cull_idle=600, cull_connected=7200)
    assert "--LearnerKernelManager.cull_connected_after=7200" in argv
