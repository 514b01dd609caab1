"""Ingestion: a paper file -> a :class:`~pipeline.document.Document`.

Readers turn a file into blocks (``text.py`` for text renditions, ``pdf/`` for
PDFs); ``assemble.py`` turns blocks into the document. ``ingest_path`` is the
one entry point every command and the batch runner use.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.document import Document, Source
from pipeline.ingest.assemble import blocks_to_document
from pipeline.ingest.checks import read_paper_bytes, decode_text, is_pdf
from pipeline.ingest.jats import jats_to_document, looks_like_xml
from pipeline.ingest.text import text_to_blocks

__all__ = ["ingest_path", "ingest_text"]


def ingest_text(text: str, source: Source) -> Document:
    """Build a document from the text of a paper (``source`` says where it came from)."""
    return blocks_to_document(text_to_blocks(text), source)


def ingest_path(path: str | Path, *, max_bytes: int | None = None) -> Document:
    """Read one PDF, JATS XML or text file into a Document; bad input raises an ``InputError`` naming the file."""
    path = Path(path)
    data, sha256 = read_paper_bytes(path, max_bytes=max_bytes)
    if is_pdf(data):
        from pipeline.ingest.pdf import pdf_to_blocks

        source = Source(path=str(path), format="pdf", sha256=sha256)
        return blocks_to_document(pdf_to_blocks(path), source, str(path))
    if looks_like_xml(path, data):
        return jats_to_document(path, data, Source(path=str(path), format="jats", sha256=sha256))
    text = decode_text(path, data)
    source = Source(path=str(path), format="text", sha256=sha256)
    return blocks_to_document(text_to_blocks(text), source, str(path))
