"""What every command shares: one-line errors on stderr and atomic output files."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import typer
from rich.console import Console

from pipeline.atomic import write_text_atomic
from pipeline.errors import InputError

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``mitominer: MESSAGE`` on stderr and return the Exit to raise."""
    err_console.print(f"mitominer: {message}", markup=False)
    return typer.Exit(code)


@contextlib.contextmanager
def reported_errors(default_path: str | Path | None = None) -> Iterator[None]:
    """Turn input errors into one line on stderr and exit status 1, never a traceback.

    An OS error that names no file (disk full during a write) is reported against
    ``default_path``, the output the command was writing.
    """
    try:
        yield
    except InputError as exc:
        raise fail(str(exc)) from None
    except OSError as exc:  # permissions, disk full while writing the output ...
        name = exc.filename or default_path or "mitominer"
        raise fail(f"{name}: {exc.strerror or exc}") from None


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    write_text_atomic(path, text)
