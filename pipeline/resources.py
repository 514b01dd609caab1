"""Where the shipped data lives: ``models/`` in a checkout, ``pipeline/_models`` in a wheel."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


class LexiconError(ValueError):
    """A file under ``models/`` (NER lexicon, relation lexicon) that is missing or malformed; the
    message names the file, the line and the problem."""


@lru_cache(maxsize=1)
def models_dir() -> Path:
    """The folder holding lexicons, trigger rules and trained models (looked up once per process: the rules
    ask for their lexicons per document, and a wheel's folder does not come or go while it runs)."""
    wheel = _PACKAGE_DIR / "_models"
    if wheel.is_dir():
        return wheel
    return _PACKAGE_DIR.parent / "models"


def model_path(*parts: str) -> Path:
    return models_dir().joinpath(*parts)
