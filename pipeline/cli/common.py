"""What every command shares: one-line errors on stderr and atomic output files."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
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


def input_folder(path: Path) -> Path:
    """A folder argument: ``mitominer: PATH: REASON`` unless it is an existing folder."""
    if not path.exists():
        raise fail(f"{path}: no such folder")
    if not path.is_dir():
        raise fail(f"{path}: is a file, not a folder")
    return path


def output_file(path: Path | None) -> Path | None:
    """An output file argument, checked before any work: not a folder, and its folder creatable
    (missing folders are made, as ``pipeline.atomic`` does) and writable."""
    if path is None:
        return None
    if path.is_dir():
        raise fail(f"{path}: is a folder, not a file to write")
    _writable_ancestor(path, path.parent)
    return path


def _writable_ancestor(path: Path, folder: Path) -> None:
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise fail(f"{path}: cannot write: {existing} is a file, not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise fail(f"{path}: cannot write: no permission to create files in {existing}")


def output_folder(path: Path) -> Path:
    """An output folder argument: not a file, and creatable or writable."""
    if path.exists() and not path.is_dir():
        raise fail(f"{path}: is a file, not a folder")
    _writable_ancestor(path, path)
    return path


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename; errors name ``path``, never the temporary file."""
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise fail(f"{path}: cannot write: {exc.strerror or exc}") from None


def checkout_module(path: Path, name: str):
    """A benchmark script of this source checkout (``benchmarks/*.py``), loaded as a module.

    Benchmarks live outside the runtime package; the CLI commands that run them
    (``bench``, ``bench-pdf``) load them from the checkout by path."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module
