"""One harness for everything that drives a Voila or Jupyter server in Debian's Chromium: the
browser tests (``tests/browser/conftest.py``), the Jupyter-server and wheel tests
(``tests/serving/``), the JupyterHub of the hub tests (``tests/hub/conftest.py``) and the
benchmark (``tests/bench/``).

A server runs as its own process, exactly as learners get it, on a free port of 127.0.0.1 with
HOME in a scratch folder (module 06 saves answers under HOME) and its output in a log file
there. Chromium is Debian's, never a downloaded browser, with the flags that keep it off the
network. Failures are ``DevelopmentError`` with their texts in ``tests/messages/harness.yaml``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.messages import DevelopmentError

CHROMIUM_NAMES = ("chromium", "chromium-browser")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOST = "127.0.0.1"
START_SECONDS = 90  # a server on two shared cores: Voila imports and configures itself first
STOP_SECONDS = 20
POLL_SECONDS = 0.3
LOG_LINES = 20  # of a server's log, shown when it failed to start


def chromium_path() -> str:
    """Debian's Chromium; ``make test-deps`` installs it when it is missing."""
    found = next(filter(None, map(shutil.which, CHROMIUM_NAMES)), None)
    if found is None:
        raise DevelopmentError("harness.no_chromium")
    return found


def chromium_options() -> dict[str, Any]:
    """Playwright's ``chromium.launch`` options (the same for its sync and async APIs)."""
    return {"executable_path": chromium_path(), "args": CHROMIUM_FLAGS}


def free_port() -> int:
    """A port of 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def stop(process: subprocess.Popen, seconds: float = STOP_SECONDS) -> None:
    """Ask ``process`` to end, and end it if it has not within ``seconds`` (a server that
    stops servers of its own, such as JupyterHub, needs longer than Voila)."""
    process.terminate()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=seconds)
        return
    process.kill()
    process.wait()


@dataclass
class Server:
    """A server process, its base URL and its log; ``ready`` is the path (below the URL) that
    answers once it serves."""

    url: str
    process: subprocess.Popen
    log: Path
    ready: str = ""

    def answers(self) -> bool:
        """Whether ``ready`` answers with a success now."""
        try:
            with urllib.request.urlopen(self.url + self.ready, timeout=2):
                return True
        except OSError:  # refused, not yet listening, or an HTTP error status
            return False

    def wait_until_serving(self, seconds: float = START_SECONDS) -> None:
        """Return once the server answers; stop it and raise when it exits or takes longer
        than ``seconds``."""
        deadline = time.monotonic() + seconds
        while not self.answers():
            if self.process.poll() is not None:
                raise DevelopmentError("harness.server_exited", log=self.log, tail=self.tail())
            if time.monotonic() > deadline:
                self.stop()
                raise DevelopmentError("harness.server_timeout", seconds=seconds, log=self.log,
                                       tail=self.tail())
            time.sleep(POLL_SECONDS)

    def tail(self) -> str:
        """The last lines of the log."""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-LOG_LINES:])

    def stop(self) -> None:
        stop(self.process)


def start(command: list[str], port: int, home: Path, *, name: str = "server",
          env: dict[str, str] | None = None, cwd: Path | None = None, ready: str = "",
          wait: bool = True) -> Server:
    """Run ``command`` (a server that listens on ``port``) with HOME in ``home`` and ``env``
    added to the environment, its output in ``home/<name>-<port>-<n>.log``; returns once it
    answers at ``ready`` (at once with ``wait=False``: then call ``wait_until_serving``)."""
    log = home / f"{name}-{port}-{time.monotonic_ns()}.log"
    environment = {**os.environ, "HOME": str(home), **(env or {})}
    with log.open("w") as output:
        process = subprocess.Popen(command, env=environment, cwd=cwd, stdout=output,
                                   stderr=subprocess.STDOUT)
    server = Server(f"http://{HOST}:{port}/", process, log, ready)
    if wait:
        server.wait_until_serving()
    return server


def serve(home: Path, *options: str, port: int | None = None, env: dict[str, str] | None = None,
          wait: bool = True) -> Server:
    """``belonging-lab serve --port <port> <options>`` from this environment, on ``port``
    (default: a free one), with its log ``home/voila-<port>-<n>.log``."""
    port = port or free_port()
    command = [sys.executable, "-m", "widgets.cli", "serve", "--port", str(port), *options]
    return start(command, port, home, name="voila", env=env, wait=wait)
