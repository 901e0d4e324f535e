"""Local OS accounts for the tests that show one learner's account cannot reach another's files
(made as a hub administrator makes them, with useradd's defaults), and removed afterwards."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Account:
    name: str
    uid: int
    gid: int
    home: Path


def why_no_accounts() -> str | None:
    """Why test accounts cannot be made here, or None when they can."""
    if os.geteuid() != 0:
        return "creating OS accounts needs root (CI runs as root)"
    for tool in ("useradd", "userdel", "runuser"):
        if shutil.which(tool) is None:
            return f"creating OS accounts needs {tool}, which is not installed"
    return None


def create_account(name: str, homes: Path) -> Account:
    """An account with useradd's defaults: on Debian a home folder 0755, that every account can
    read. ``homes`` must be a folder every account can pass through (not under /root or
    pytest's 0700 temporary folder)."""
    home = homes / name
    subprocess.run(["useradd", "--create-home", "--home-dir", str(home), "--shell", "/bin/sh",
                    "--user-group", name], check=True, capture_output=True)
    entry = home.stat()
    return Account(name, entry.st_uid, entry.st_gid, home)


def delete_account(account: Account) -> None:
    subprocess.run(["userdel", account.name], check=False, capture_output=True)


def run_as(account: Account, *command: str) -> subprocess.CompletedProcess:
    return subprocess.run(["runuser", "-u", account.name, "--", *command],
                          capture_output=True, text=True, timeout=60)


@contextmanager
def local_accounts(*stems: str) -> Iterator[list[Account]]:
    """One new account per stem (named after it and this process, so that parallel runs do
    not collide), with homes in a new folder under /tmp; all removed afterwards."""
    homes = Path(tempfile.mkdtemp(prefix="bl-homes-", dir="/tmp"))
    homes.chmod(0o755)  # like /home: every account may pass through it
    accounts: list[Account] = []
    try:
        for stem in stems:
            accounts.append(create_account(f"{stem}{os.getpid() % 100000}", homes))
        yield accounts
    finally:
        for account in accounts:
            delete_account(account)
        shutil.rmtree(homes, ignore_errors=True)
