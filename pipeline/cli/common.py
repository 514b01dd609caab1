"""What every command shares: one-line errors on stderr and atomic output files."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import typer
from rich.console import Console

from pipeline.batch.cache import file_mode
from pipeline.errors import InputError

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``mitominer: MESSAGE`` on stderr and return the Exit to raise."""
    err_console.print(f"mitominer: {message}", markup=False)
    return typer.Exit(code)


@contextlib.contextmanager
def reported_errors() -> Iterator[None]:
    """Turn input errors into one line on stderr and exit status 1, never a traceback."""
    try:
        yield
    except InputError as exc:
        raise fail(str(exc)) from None
    except OSError as exc:  # permissions, disk full while writing the output ...
        name = exc.filename or ""
        raise fail(f"{name}: {exc.strerror or exc}") from None


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, file_mode())  # mkstemp makes 0600; outputs follow the umask like any file
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
