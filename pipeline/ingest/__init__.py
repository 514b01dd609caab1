"""Ingestion: a paper file -> a :class:`~pipeline.document.Document`.

Readers turn a file into blocks (``text.py`` for text renditions, ``pdf/`` for
PDFs); ``assemble.py`` turns blocks into the document. ``ingest_path`` is the
one entry point every command and the batch runner use.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.document import Document, Source
from pipeline.ingest.assemble import blocks_to_document
from pipeline.ingest.checks import check_format, decode_text, is_pdf, read_paper_bytes
from pipeline.ingest.text import text_to_blocks

__all__ = ["ingest_path", "ingest_text", "paper_to_document"]


def ingest_text(text: str, source: Source) -> Document:
    """Build a document from the text of a paper (``source`` says where it came from)."""
    return blocks_to_document(text_to_blocks(text), source)


def ingest_path(path: str | Path, *, max_bytes: int | None = None) -> Document:
    """Read one PDF or text file into a Document; bad input raises an ``InputError`` naming the file."""
    path = Path(path)
    data, sha256 = read_paper_bytes(path, max_bytes=max_bytes)
    check_format(path, data)
    if is_pdf(data):
        from pipeline.ingest.pdf import pdf_to_blocks

        source = Source(path=str(path), format="pdf", sha256=sha256)
        return blocks_to_document(pdf_to_blocks(path), source, str(path))
    text = decode_text(path, data)
    source = Source(path=str(path), format="text", sha256=sha256)
    return blocks_to_document(text_to_blocks(text), source, str(path))


def paper_to_document(paper: str | Path) -> Document:
    """A document JSON written by ``mitominer ingest -o`` is read as is; any other file is ingested."""
    paper = Path(paper)
    if paper.suffix.lower() == ".json":
        try:
            return Document.from_json(paper.read_text(encoding="utf-8"))
        except (ValueError, KeyError, TypeError):
            pass  # not a document JSON: let ingestion report what it is
    return ingest_path(paper)
