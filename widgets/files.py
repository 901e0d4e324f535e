"""Writing files atomically, so that a crash in mid-write never loses what was saved before."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def write_atomic(path: str | Path, data: str | bytes, *, private: bool = False) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    The rename is atomic on POSIX and Windows, so readers see either the old file or the new
    one, never a half-written file. The data is flushed to disk before the rename.

    A ``private`` file (a learner's saved answers) is readable by its owner only, whatever the
    umask: on a machine shared by several accounts (a JupyterHub with local users, whose home
    folders are often readable by everyone) other accounts can neither read it nor list its
    folder. Its folder is created, or tightened, to 0700 and the file written 0600; a file saved
    with looser permissions before is replaced by one with these. Other files (reports,
    configuration) follow the umask, as any program's output does.
    """
    path = Path(path)
    if private:
        make_private_folder(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE if private else 0o666 & ~_current_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    return path


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` and its missing parents 0700, and tighten ``folder`` itself when it
    exists with looser permissions. Each folder is created with mode 0700, which the umask can
    only narrow, so it is never open to others even for a moment. Parents that already
    existed, such as the home folder, are left as they are."""
    missing = [each for each in (folder, *folder.parents) if not each.exists()]
    for each in reversed(missing):
        with contextlib.suppress(FileExistsError):
            each.mkdir(mode=PRIVATE_FOLDER_MODE)
    for each in {folder, *missing}:
        os.chmod(each, PRIVATE_FOLDER_MODE)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
