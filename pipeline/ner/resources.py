"""Read the lexicon files under ``models/lexicons/`` (built and curated).

Every file is JSONL (optionally gzip), one object per line. Errors name the
file and the line.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from pipeline.resources import model_path

LEXICON_DIR = ("lexicons",)
CURATED_DIR = ("lexicons", "curated")


class LexiconError(ValueError):
    """A lexicon file that is missing or malformed."""


def lexicon_file(name: str, curated: bool = False) -> Path:
    return model_path(*(CURATED_DIR if curated else LEXICON_DIR), name)


def read_jsonl(path: Path, required: tuple[str, ...] = ("pattern",)) -> Iterator[dict]:
    """Yield the objects of a JSONL(.gz) file; each must have the ``required`` keys."""
    if not path.is_file():
        raise LexiconError(f"{path}: lexicon file missing (run `mitominer models build`)")
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise LexiconError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
            missing = [k for k in required if k not in row]
            if missing:
                raise LexiconError(f"{path}:{lineno}: missing key(s) {missing}; each line needs {list(required)}")
            yield row


def curated_words(name: str) -> frozenset[str]:
    """The ``pattern`` values of a curated word list."""
    return frozenset(r["pattern"] for r in read_jsonl(lexicon_file(name, curated=True)))
