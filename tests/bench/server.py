"""A ``belonging-lab serve`` process for the benchmark, and the kernels it starts.

The server runs as its own process, exactly as learners get it, on a free port of 127.0.0.1 and
with HOME in a scratch folder (module 06 saves answers under HOME). Kernels are found as the
server's child processes running ipykernel.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import psutil

from tests.messages import DevelopmentError
from widgets.serving.serve import NO_PATCHES_VARIABLE

START_SECONDS = 90
STOP_SECONDS = 20


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(notebooks_dir: Path, home: Path, *, patched: bool = True,
          cull_idle: int | None = None, wait: bool = True, preheat: int = 0,
          class_size: int = 0, class_module: str = "") -> Server:
    """Start Voila over ``notebooks_dir`` and return once it answers (at once with
    ``wait=False``; then call ``wait_until_serving``). Kernels are preheated only when asked,
    and then on a shared server (autosave off), so that every module has its pool; or, with a
    ``class_size``, as a class server whose ``class_module`` alone has a pool of that size."""
    port = free_port()
    log = home / f"voila-{port}.log"
    env = {**os.environ, "HOME": str(home)}
    env.pop(NO_PATCHES_VARIABLE, None)
    if not patched:
        env[NO_PATCHES_VARIABLE] = "1"
    command = [sys.executable, "-m", "widgets.cli", "serve", "--port", str(port),
               "--notebooks-dir", str(notebooks_dir), "--preheat", str(preheat)]
    if preheat:
        command.append("--shared")
    if class_size:
        command += ["--class-size", str(class_size), "--module", class_module]
    if cull_idle is not None:
        command += ["--cull-idle", str(cull_idle)]
    with log.open("w") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}/", process, log)
    if wait:
        wait_until_serving(server)
    return server


def wait_until_serving(server: Server) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise DevelopmentError("bench.server_exited", log=server.log)
        try:
            with urllib.request.urlopen(server.url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    server.stop()
    raise DevelopmentError("bench.server_timeout", seconds=START_SECONDS, log=server.log)


def kernel_pids(server: Server) -> set[int]:
    """The live ipykernel processes started by ``server``."""
    pids = set()
    for child in psutil.Process(server.process.pid).children(recursive=True):
        try:
            if child.status() != psutil.STATUS_ZOMBIE and "ipykernel" in " ".join(child.cmdline()):
                pids.add(child.pid)
        except psutil.Error:  # it ended while we looked
            continue
    return pids


def peak_rss_mb(pid: int) -> float | None:
    """The process's peak resident memory so far (Linux VmHWM), else its current RSS."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    try:
        return round(psutil.Process(pid).memory_info().rss / 2**20, 1)
    except psutil.Error:
        return None


def wait_for_kernels(server: Server, expected: int, seconds: float) -> int:
    """Poll until ``expected`` kernels are left or ``seconds`` pass; returns the last count."""
    deadline = time.monotonic() + seconds
    count = len(kernel_pids(server))
    while count != expected and time.monotonic() < deadline:
        time.sleep(1)
        count = len(kernel_pids(server))
    return count
