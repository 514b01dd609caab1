"""Read the lexicon files under ``models/lexicons/`` (built and curated).

Every file is JSONL (optionally gzip), one object per line. Errors name the
file and the line.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from pipeline.resources import LexiconError, model_path

__all__ = ["LexiconError", "lexicon_file", "read_jsonl"]

LEXICON_DIR = ("lexicons",)
CURATED_DIR = ("lexicons", "curated")


def lexicon_file(name: str, curated: bool = False) -> Path:
    return model_path(*(CURATED_DIR if curated else LEXICON_DIR), name)


def read_jsonl(path: Path, required: tuple[str, ...] = ("pattern",), check_all: bool = True) -> list[dict]:
    """The objects of a JSONL(.gz) file; each must have the ``required`` keys.

    ``check_all=False`` checks only the first and last rows (machine-written files).
    """
    if not path.is_file():
        raise LexiconError(f"{path}: lexicon file missing (run `mitominer models build`)")
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        lines = [line for line in handle.read().splitlines() if line.strip()]
    try:  # one C-level parse of the whole file is ~3x faster than a loads() per line
        rows = json.loads("[" + ",".join(lines) + "]")
    except json.JSONDecodeError:
        rows = [_parse_line(path, n, line) for n, line in enumerate(lines, 1)]
    numbered = list(enumerate(rows, 1)) if check_all else [(1, rows[0]), (len(rows), rows[-1])] if rows else []
    for lineno, row in numbered:
        if not isinstance(row, dict) or any(k not in row for k in required):
            raise LexiconError(f"{path}:{lineno}: each line must be an object with keys {list(required)}")
    return rows


def _parse_line(path: Path, lineno: int, line: str) -> dict:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise LexiconError(f"{path}:{lineno}: not JSON ({exc.msg})") from None


def curated_words(name: str) -> frozenset[str]:
    """The ``pattern`` values of a curated word list."""
    return frozenset(r["pattern"] for r in read_jsonl(lexicon_file(name, curated=True)))
