"""A ``belonging-lab serve`` process for the benchmark (started by ``tests.harness``), and the
kernels it starts, found as the server's child processes running ipykernel.
"""

from __future__ import annotations

import time
from pathlib import Path

import psutil

from tests.harness import Server, serve
from widgets.serving.serve import NO_PATCHES_VARIABLE


def start(notebooks_dir: Path, home: Path, *, patched: bool = True,
          cull_idle: int | None = None, wait: bool = True, preheat: int = 0,
          class_size: int = 0, class_module: str = "") -> Server:
    """Start Voila over ``notebooks_dir`` and return once it answers (at once with
    ``wait=False``; then call its ``wait_until_serving``). Kernels are preheated only when
    asked, and then on a shared server (autosave off), so that every module has its pool; or,
    with a ``class_size``, as a class server whose ``class_module`` alone has a pool of that
    size. An unpatched server runs without the kernel fixes."""
    options = ["--notebooks-dir", str(notebooks_dir), "--preheat", str(preheat)]
    if preheat:
        options.append("--shared")
    if class_size:
        options += ["--class-size", str(class_size), "--module", class_module]
    if cull_idle is not None:
        options += ["--cull-idle", str(cull_idle)]
    return serve(home, *options, env={NO_PATCHES_VARIABLE: "" if patched else "1"}, wait=wait)


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
