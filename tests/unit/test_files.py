"""Atomic writes: a writer killed in mid-write leaves the previous file intact; private files
(saved answers) are their owner's only, whatever the umask."""

import os
import signal
import stat
import subprocess
import sys
import time

from widgets.files import write_atomic


def test_write_atomic_replaces_the_file(tmp_path):
    target = tmp_path / "answers.json"
    write_atomic(target, "old")
    write_atomic(target, b"new")
    assert target.read_text() == "new"


def test_write_atomic_leaves_no_temporary_files(tmp_path):
    write_atomic(tmp_path / "a.txt", "x")
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_writer_killed_in_mid_write_leaves_the_previous_file_intact(tmp_path):
    target = tmp_path / "answers.txt"
    write_atomic(target, "previous answers")
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom widgets.files import write_atomic\n"
            "while True:\n    write_atomic(sys.argv[1], b'x' * 50_000_000)\n",
            str(target),
        ]
    )
    time.sleep(1.5)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    content = target.read_bytes()
    assert content in (b"previous answers", b"x" * 50_000_000)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_private_file_is_readable_by_its_owner_only_whatever_the_umask(tmp_path,
                                                                          permissive_umask):
    target = write_atomic(tmp_path / "answers.json", "{}", private=True)
    assert mode(target) == 0o600


def test_the_folders_made_for_a_private_file_are_its_owners_only(tmp_path, permissive_umask):
    write_atomic(tmp_path / "state" / "inner" / "answers.json", "{}", private=True)
    assert mode(tmp_path / "state") == 0o700
    assert mode(tmp_path / "state" / "inner") == 0o700


def test_a_private_file_saved_open_to_others_before_is_tightened_when_rewritten(
        tmp_path, permissive_umask):
    folder = tmp_path / "state"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    target = folder / "answers.json"
    target.write_text("old")
    target.chmod(0o644)
    write_atomic(target, "new", private=True)
    assert (mode(folder), mode(target)) == (0o700, 0o600)


def test_a_private_file_leaves_the_folders_that_held_it_already_alone(tmp_path,
                                                                      permissive_umask):
    tmp_path.chmod(0o755)
    write_atomic(tmp_path / "state" / "answers.json", "{}", private=True)
    assert mode(tmp_path) == 0o755


def test_other_files_follow_the_umask(tmp_path, permissive_umask):
    target = write_atomic(tmp_path / "report.html", "<p>")
    assert mode(target) == 0o666 & ~permissive_umask
