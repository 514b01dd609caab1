"""mitominer: literature mining of mitophagy and cancer treatment resistance."""

from __future__ import annotations

from typing import Any

from pipeline.version import __version__

__all__ = ["__version__", "load_nlp"]


def __getattr__(name: str) -> Any:
    """``pipeline.load_nlp`` is ``pipeline.ner.load_nlp`` (``spec/document.md``), imported on first use
    so that ``import pipeline`` does not load spaCy."""
    if name == "load_nlp":
        from pipeline.ner import load_nlp

        return load_nlp
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
