"""The entities of a Document: the mentions of the one annotation pass (``pipeline.annotate``).

``entities_of(document)`` runs ``annotate`` and returns its entities; a caller
that also extracts relations should call ``annotate`` itself and read both
from the same ``AnnotatedDocument`` (``batch/task.py`` does).
"""

from __future__ import annotations

from spacy.language import Language

from pipeline.annotate import Entity, annotate
from pipeline.document import Document

__all__ = ["Entity", "entities_of"]


def entities_of(document: Document, nlp: Language | None = None) -> list[Entity]:
    """The entities of ``document`` (title, abstract, paragraphs, table captions and rows, figure captions)."""
    return annotate(document, nlp).entities()
