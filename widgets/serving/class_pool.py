"""Preheated kernels sized for a class: ``belonging-lab serve --class-size N --module 01``.

Voila keeps a pool of kernels per notebook that have already run it
(``VoilaKernelManager.kernel_pools_config``); here the class's module gets a pool of N and
every other module none, so that N learners arriving together each find a kernel ready.

Voila refills a pool as soon as a kernel is taken. Refilling while the class is still arriving
would start N more kernels beside the learners' (CPU they need) and hold twice the memory; the
refill waits ``REFILL_DELAY_SECONDS`` instead, and the memory check counts both the class's
kernels and the refilled pool, so that a pool that would not fit is refused before it starts.
"""

from __future__ import annotations

import json
from pathlib import Path

import psutil

from widgets.errors import BelongingLabError

KERNEL_MB = 150  # a module kernel's resident memory once used, rounded up (README: sizing)
SERVER_MB = 300  # Voila's own process
REFILL_DELAY_SECONDS = 300  # a class has arrived by then
CGROUP_FILES = (Path("/sys/fs/cgroup/memory.max"), Path("/sys/fs/cgroup/memory.current"))


def needed_mb(class_size: int) -> int:
    """Memory a class server needs at most: the class's kernels, the refilled pool, Voila."""
    return 2 * class_size * KERNEL_MB + SERVER_MB


def available_mb() -> int:
    """Memory this server may still use: the machine's available memory, or less when a
    container limit (cgroup v2, as on Binder and most JupyterHubs) leaves less."""
    available = psutil.virtual_memory().available
    limit_file, current_file = CGROUP_FILES
    try:
        limit = limit_file.read_text().strip()
        if limit != "max":
            available = min(available, int(limit) - int(current_file.read_text()))
    except (OSError, ValueError):
        pass
    return int(available / 2**20)


def check_fits(class_size: int, available: int | None = None) -> None:
    """Refuse a pool that would not fit in memory, saying how large a class would."""
    if class_size < 1:
        raise BelongingLabError("serving.class_size_invalid", size=class_size)
    available = available_mb() if available is None else available
    needed = needed_mb(class_size)
    if needed > available:
        largest = max(0, (available - SERVER_MB) // (2 * KERNEL_MB))
        raise BelongingLabError("serving.class_too_large", size=class_size, needed=needed,
                                available=available, largest=largest)


def pool_argv(module: str, class_size: int) -> list[str]:
    """Voila's settings for a pool of ``class_size`` kernels for ``module`` and none for the
    other notebooks."""
    pools = {"default": {"pool_size": 0}, module: {"pool_size": class_size}}
    return ["--VoilaConfiguration.preheat_kernel=True",
            "--VoilaConfiguration.default_pool_size=0",
            f"--VoilaKernelManager.kernel_pools_config={json.dumps(pools)}",
            f"--VoilaKernelManager.fill_delay={REFILL_DELAY_SECONDS}"]
