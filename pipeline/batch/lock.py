"""One run per output folder: an exclusive, non-blocking ``flock`` on ``OUT_DIR/.lock``.

The kernel drops the lock when its holder dies (even by SIGKILL), so a killed
run never blocks the next one; the file keeps the holder's pid for the message.
Worker processes are started with ``spawn``, so they never inherit the lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

LOCK_NAME = ".lock"


class OutputLockedError(RuntimeError):
    """Another run holds the output folder."""

    def __init__(self, out_dir: Path, holder: str):
        self.out_dir = str(out_dir)
        self.holder = holder
        super().__init__(
            f"{out_dir}: output folder is in use by another mitominer run (pid {holder}); "
            "wait for it to finish or choose another -o folder"
        )


@contextlib.contextmanager
def locked_output(out_dir: Path) -> Iterator[Path]:
    """Hold the output folder's lock for the ``with`` block, or raise ``OutputLockedError`` at once."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
            raise OutputLockedError(out_dir, holder) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield path
    finally:
        os.close(fd)  # closing the descriptor releases the lock
