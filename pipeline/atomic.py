"""Atomic output files: write to a temporary file in the same folder, then rename.

A reader (or a run killed with SIGKILL) sees either the old file or the whole
new one, never a part. New files get the permissions the umask gives any file
(``mkstemp`` alone would make them 0600).
"""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@functools.lru_cache(maxsize=1)
def file_mode() -> int:
    """Permissions for new files under the process's umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[str]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``, on error it is removed."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise _naming(exc, path) from None
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, file_mode())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and exc.filename in (None, tmp) and exc.errno is not None:
            raise _naming(exc, path) from None  # disk full, quota ...: name the output, not our temporary
        raise


def _naming(exc: OSError, path: Path) -> OSError:
    """The same OS error, naming ``path`` (a message must never name an internal temporary file)."""
    return type(exc)(exc.errno, exc.strerror or str(exc), str(path))


def write_text_atomic(path: str | Path, text: str, *, fsync: bool = False) -> None:
    """Write UTF-8 text with ``\\n`` line ends atomically; ``fsync`` forces it to disk before the rename."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        if fsync:
            handle.flush()
            os.fsync(handle.fileno())
