"""Errors for inputs that cannot be processed.

Every one carries the file and a short reason, so the CLI prints one line
(``mitominer: PATH: REASON``) and the batch runner records the same pair in
its ``failures`` table.
"""

from __future__ import annotations

from pathlib import Path


class InputError(ValueError):
    """An input file that cannot be turned into a document."""

    reason_code = "unreadable"

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class MissingFileError(InputError):
    reason_code = "missing"


class EmptyFileError(InputError):
    reason_code = "empty"


class NotUTF8Error(InputError):
    reason_code = "not-utf8"


class BinaryFileError(InputError):
    reason_code = "binary"


class NotAPaperError(InputError):
    reason_code = "not-a-paper"


class CorruptPDFError(InputError):
    reason_code = "corrupt"


class EncryptedPDFError(InputError):
    reason_code = "encrypted"


class NoTextLayerError(InputError):
    reason_code = "no-text-layer"


class TooLargeError(InputError):
    reason_code = "too-large"


class TooComplexError(InputError):
    """A PDF whose streams decode to too much, or hold too many operators or objects, to read safely."""

    reason_code = "too-complex"


class UnsupportedFormatError(InputError):
    reason_code = "unsupported-format"


class NotJatsError(InputError):
    """XML (or an HTML page) that is not a JATS/NLM ``<article>``."""

    reason_code = "not-jats"


class CorruptXMLError(InputError):
    """Malformed, truncated or unsafe XML (entity declarations, external entities)."""

    reason_code = "corrupt"


class UnreadableFileError(InputError):
    """Permission denied or another OS error while reading the file."""

    reason_code = "unreadable"


class UnsupportedEncodingError(InputError):
    reason_code = "unsupported-encoding"
