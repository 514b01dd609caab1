"""Input checks before any parsing: the file exists, is not empty, not too large, is text or PDF.

Each failure is an ``InputError`` whose message is one line: the file and the reason.
"""

from __future__ import annotations

import codecs
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
    UnreadableFileError,
    UnsupportedEncodingError,
    UnsupportedFormatError,
)
from pipeline.limits import DEFAULT_MAX_BYTES
from pipeline.resources import model_path

_SNIFF = 8192


def is_pdf(data: bytes) -> bool:
    # The header may follow a few bytes of junk (PDF 1.7, 7.5.2 allows it within the first 1024 bytes).
    return b"%PDF-" in data[:1024]


def read_paper_bytes(path: Path, max_bytes: int | None = None) -> tuple[bytes, str]:
    """The file's bytes and SHA-256, read once; raises for missing, unreadable, empty or oversized files.

    The size limit is checked on the bytes actually read (at most ``limit + 1``),
    not on an earlier ``stat``: a file that grows while it is read is still refused.
    """
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    path = Path(path)
    try:
        if path.is_dir():
            raise MissingFileError(path, "is a directory, not a paper")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise MissingFileError(path, "no such file") from None
    except PermissionError:
        raise UnreadableFileError(path, "permission denied") from None
    except IsADirectoryError:
        raise MissingFileError(path, "is a directory, not a paper") from None
    except OSError as exc:
        raise UnreadableFileError(path, f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise TooLargeError(path, f"too large: over the limit of {limit:,} bytes (--max-size)")
    if not data.strip():
        raise EmptyFileError(path, "empty file")
    return data, hashlib.sha256(data).hexdigest()


# Byte-order marks of the Unicode encodings other than UTF-8, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


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
    """Text with a UTF-8, UTF-16 or UTF-32 byte-order mark, or plain UTF-8; binary files refused by name.

    A NUL byte anywhere (not only in the first block) makes the file binary:
    NULs in the dataset would make its CSV and Parquet twins differ.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UnsupportedEncodingError(path, f"not valid {encoding.upper()} text despite its byte-order mark ({exc.reason})") from None
            return _checked_text(path, text.lstrip("\ufeff"))
    if b"\x00" in data:
        raise BinaryFileError(path, "binary file, not text or PDF (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotUTF8Error(path, f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    return _checked_text(path, text)


def _checked_text(path: Path, text: str) -> str:
    if "\x00" in text:
        raise BinaryFileError(path, "binary file, not text or PDF (NUL characters)")
    head = text[:_SNIFF]
    controls = sum(1 for c in head if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > len(head) * 0.01:
        raise BinaryFileError(path, "binary file, not text or PDF (control characters)")
    return text
