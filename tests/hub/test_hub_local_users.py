"""A JupyterHub whose learners have real local accounts (JupyterHub's LocalProcessSpawner, as the
guide's configuration sets): each learner's server runs under their own account, their answers
are saved in their own home folder, and neither the other learner's page nor their account
can reach them, although useradd's default home folders are readable by every account.

The learners' Python must be readable by their accounts, so it is a virtual environment on
Debian's /usr/bin/python3 (in a folder every account can read) that uses the test
environment's packages; where that cannot be arranged (no root, no useradd, or a clone that
other accounts cannot read, such as one under /root) the tests are skipped and say why."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.harness import Server
from tests.hub.conftest import (
    REFLECTION,
    TYPED,
    answer_in_module_06,
    hub_with_links,
    link_to,
    sees_no_answer,
    signed_in,
)
from tests.os_accounts import Account, local_accounts, run_as, why_no_accounts

pytestmark = pytest.mark.hub

DEBIAN_PYTHON = Path("/usr/bin/python3")
IMPORTS = "import widgets, voila, nbgitpuller, jupyterhub.singleuser"


def learners_environment(folder: Path) -> Path:
    """A virtual environment on Debian's Python that sees the test environment's packages;
    returns its Python. Configured by `belonging-lab configure-jupyter`, as the guide says."""
    subprocess.run([str(DEBIAN_PYTHON), "-m", "venv", "--without-pip", str(folder)],
                   check=True, capture_output=True)
    own = next(folder.glob("lib/python3*/site-packages"))
    outer = sysconfig.get_paths()["purelib"]
    (own / "test_environment.pth").write_text(f"import site; site.addsitedir({outer!r})\n")
    python = folder / "bin" / "python"
    subprocess.run([str(python), "-m", "widgets.cli", "configure-jupyter"], check=True,
                   capture_output=True)
    return python


def why_no_learners_python(account: Account, python: Path) -> str | None:
    """Why the learners' accounts cannot run their Python, or None when they can."""
    probe = run_as(account, str(python), "-c", IMPORTS)
    if probe.returncode != 0:
        last_line = (probe.stderr.strip().splitlines() or ["no output"])[-1]
        return (f"the learners' accounts cannot import the suite from this clone "
                f"({last_line}); run from a clone that other accounts can read, not one "
                f"under /root")
    return None


@pytest.fixture(scope="module")
def accounts() -> Iterator[tuple[Account, Account]]:
    reason = why_no_accounts()
    if reason is None and not DEBIAN_PYTHON.exists():
        reason = f"the learners' Python needs {DEBIAN_PYTHON}"
    if reason:
        pytest.skip(reason)
    with local_accounts("blhuba", "blhubb") as (first, second):
        yield first, second


@pytest.fixture(scope="module")
def hub(accounts, tmp_path_factory) -> Iterator[tuple[Server, list[str]]]:
    first, _ = accounts
    environment = Path(tempfile.mkdtemp(prefix="bl-learners-python-", dir="/tmp"))
    try:
        environment.chmod(0o755)
        python = learners_environment(environment)
        reason = why_no_learners_python(first, python)
        if reason:
            pytest.skip(reason)
        outer = Path(sys.prefix)
        learners = {
            "Spawner.cmd": [str(python), "-m", "jupyterhub.singleuser"],
            # The test environment's Jupyter extensions (JupyterLab, Voila, nbgitpuller) and
            # their files, which its packages' own installs put under its prefix.
            "Spawner.environment": {
                "JUPYTER_CONFIG_PATH": str(outer / "etc" / "jupyter"),
                "JUPYTER_PATH": str(outer / "share" / "jupyter"),
            },
        }
        with hub_with_links(tmp_path_factory, learners) as running:
            yield running
    finally:
        subprocess.run(["rm", "-rf", str(environment)], check=False)


@pytest.fixture(scope="module")
def saved_reflection(browser, hub, accounts) -> Iterator[Path]:
    """The first learner signs in through module 06's Voila link and types an answer."""
    first, _ = accounts
    _, links = hub
    page = signed_in(browser, link_to(links, "voila/render", REFLECTION), first.name)
    try:
        yield answer_in_module_06(page, first.home)
    finally:
        page.context.close()


@pytest.fixture(scope="module")
def second_page(browser, hub, accounts, saved_reflection) -> Iterator[Page]:
    _, second = accounts
    _, links = hub
    page = signed_in(browser, link_to(links, "voila/render", REFLECTION), second.name)
    yield page
    page.context.close()


def test_a_learners_answers_are_saved_by_their_own_account(saved_reflection, accounts):
    first, _ = accounts
    assert saved_reflection.stat().st_uid == first.uid


def test_a_second_learner_sees_none_of_the_first_learners_answers(second_page):
    assert sees_no_answer(second_page)


def test_the_second_learners_account_cannot_read_the_first_learners_answers(
        saved_reflection, accounts):
    _, second = accounts
    attempt = run_as(second, "cat", str(saved_reflection))
    assert attempt.returncode != 0 and TYPED not in attempt.stdout
    assert run_as(second, "ls", str(saved_reflection.parent)).returncode != 0
