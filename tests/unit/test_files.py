"""Atomic writes: a writer killed in mid-write leaves the previous file intact."""

import os
import signal
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
