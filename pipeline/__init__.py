"""mitominer: literature mining of mitophagy and cancer treatment resistance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.version import __version__

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["__version__", "load_nlp"]


def load_nlp() -> "Language":
    """The spaCy pipeline used for entities, loaded once per process (``spec/document.md``)."""
    from pipeline.ner import load_nlp as _load_nlp

    return _load_nlp()
