"""Where the shipped data lives: ``models/`` in a checkout, ``pipeline/_models`` in a wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


class LexiconError(ValueError):
    """A file under ``models/`` (NER lexicon, relation lexicon) that is missing or malformed; the
    message names the file, the line and the problem."""


def models_dir() -> Path:
    """The folder holding lexicons, trigger rules and trained models."""
    wheel = _PACKAGE_DIR / "_models"
    if wheel.is_dir():
        return wheel
    return _PACKAGE_DIR.parent / "models"


def model_path(*parts: str) -> Path:
    return models_dir().joinpath(*parts)
