"""A learner's saved answers are theirs alone on a machine shared by several accounts (a
JupyterHub with local users): 0600 files in a 0700 folder, whatever the umask, so another
account can neither read them nor list the folder, even inside a home folder that everyone can
read (useradd's default on Debian: 0755)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.os_accounts import Account, local_accounts, run_as, why_no_accounts
from widgets.errors import BelongingLabError
from widgets.logic import action_plan, advice, self_assessment
from widgets.logic.action_plan import Action, Plan
from widgets.logic.autosave import restore

PLAN = Plan(reflections={"connection": "my private reflection"},
            actions=(Action("perceptions", "talk to my mentor", "Friday", "Dr A"),))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_module_06_saves_the_plan_for_its_owner_only(tmp_path, permissive_umask):
    action_plan.save(PLAN, tmp_path / ".belonging-lab")
    saved = action_plan.state_path(tmp_path / ".belonging-lab")
    assert (mode(saved.parent), mode(saved)) == (0o700, 0o600)


def test_module_08_saves_the_advice_for_its_owner_only(tmp_path, permissive_umask):
    advice.save(advice.Advice("my private advice"), tmp_path / ".belonging-lab")
    saved = advice.state_path(tmp_path / ".belonging-lab")
    assert (mode(saved.parent), mode(saved)) == (0o700, 0o600)


def test_module_03_saves_the_answers_for_their_owner_only(tmp_path, permissive_umask,
                                                          instrument):
    draft = self_assessment.Draft(answers={"comp_1": 4})
    self_assessment.save_draft(draft, instrument, tmp_path / ".belonging-lab")
    saved = self_assessment.state_path(tmp_path / ".belonging-lab")
    assert (mode(saved.parent), mode(saved)) == (0o700, 0o600)


def test_an_unreadable_save_set_aside_is_made_private_too(tmp_path, permissive_umask):
    saved = tmp_path / "a.json"
    saved.write_text("garbage")
    saved.chmod(0o644)

    def refuse(text: str) -> str:
        raise BelongingLabError("assessment.saved_unreadable", problem="not JSON")

    with pytest.raises(BelongingLabError):
        restore(saved, refuse, "assessment.saved_set_aside")
    assert mode(tmp_path / "a.json.unreadable") == 0o600


def save_as(account: Account, umask: int) -> None:
    """Save module 06's plan from a process running as ``account`` with ``umask``, as that
    learner's kernel would; the default state folder is in their home."""
    child = os.fork()
    if child == 0:  # pragma: no cover (the child exits without returning to pytest)
        code = 1
        try:
            os.setgroups([])
            os.setgid(account.gid)
            os.setuid(account.uid)
            os.umask(umask)
            action_plan.save(PLAN, account.home / ".belonging-lab")
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "saving as the learner's account failed"


@pytest.fixture(scope="module")
def two_learners() -> Iterator[tuple[Account, Account]]:
    reason = why_no_accounts()
    if reason:
        pytest.skip(reason)
    with local_accounts("bla", "blb") as (owner, other):
        save_as(owner, umask=0o000)
        yield owner, other


def saved_plan(account: Account) -> Path:
    return action_plan.state_path(account.home / ".belonging-lab")


def test_the_learner_reads_their_own_saved_answers(two_learners):
    owner, _ = two_learners
    assert "my private reflection" in run_as(owner, "cat", str(saved_plan(owner))).stdout


def test_another_account_can_see_into_the_learners_home_folder(two_learners):
    """useradd's default home folder is open: the protection below is the suite's own."""
    owner, other = two_learners
    assert run_as(other, "ls", "-a", str(owner.home)).returncode == 0


def test_another_account_cannot_read_the_learners_saved_answers(two_learners):
    owner, other = two_learners
    attempt = run_as(other, "cat", str(saved_plan(owner)))
    assert attempt.returncode != 0 and "Permission denied" in attempt.stderr
    assert "my private reflection" not in attempt.stdout


def test_another_account_cannot_list_the_learners_saved_answers(two_learners):
    owner, other = two_learners
    attempt = run_as(other, "ls", str(saved_plan(owner).parent))
    assert attempt.returncode != 0 and "Permission denied" in attempt.stderr
