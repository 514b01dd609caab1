"""Input checks before any parsing: the file exists, is not empty, not too large, is text or PDF.

Each failure is an ``InputError`` whose message is one line: the file and the reason.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from pipeline.errors import (
    BinaryFileError,
    EmptyFileError,
    MissingFileError,
    NotUTF8Error,
    TooLargeError,
    UnsupportedFormatError,
)
from pipeline.resources import model_path

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
_SNIFF = 8192


def is_pdf(data: bytes) -> bool:
    # The header may follow a few bytes of junk (PDF 1.7, 7.5.2 allows it within the first 1024 bytes).
    return b"%PDF-" in data[:1024]


def read_paper_bytes(path: Path, max_bytes: int | None = None) -> tuple[bytes, str]:
    """The file's bytes and SHA-256; raises for missing, unreadable, empty or oversized files."""
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    if not path.exists():
        raise MissingFileError(path, "no such file")
    if path.is_dir():
        raise MissingFileError(path, "is a directory, not a paper")
    size = path.stat().st_size
    if size > limit:
        raise TooLargeError(path, f"too large: {size:,} bytes (limit {limit:,})")
    try:
        data = path.read_bytes()
    except PermissionError:
        raise MissingFileError(path, "permission denied") from None
    if not data.strip():
        raise EmptyFileError(path, "empty file")
    return data, hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=1)
def _unsupported_suffixes() -> dict[str, str]:
    with model_path("ingest", "unsupported_formats.json").open(encoding="utf-8") as handle:
        return dict(json.load(handle)["suffixes"])


def check_format(path: Path, data: bytes) -> None:
    """Refuse, by name, a format that is neither PDF nor text (``.docx``: Word documents are not supported)."""
    if is_pdf(data):
        return
    name = _unsupported_suffixes().get(path.suffix.lower())
    if name is not None:
        raise UnsupportedFormatError(path, f"{name} are not supported (give a PDF or a UTF-8 text file)")


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 text (a BOM is allowed); binary files and other encodings are refused by name."""
    head = data[:_SNIFF]
    if b"\x00" in head:
        raise BinaryFileError(path, "binary file, not text or PDF")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotUTF8Error(path, f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    controls = sum(1 for c in text[:_SNIFF] if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > len(text[:_SNIFF]) * 0.01:
        raise BinaryFileError(path, "binary file, not text or PDF (control characters)")
    return text
