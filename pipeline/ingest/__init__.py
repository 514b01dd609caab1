"""Ingestion: a paper file -> a :class:`~pipeline.document.Document`.

Readers turn a file into blocks (``text.py`` for text renditions, ``pdf/`` for
PDFs); ``assemble.py`` turns blocks into the document. ``ingest_path`` is the
one entry point every command and the batch runner use.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.ingest.checks import check_format, decode_text, is_pdf, read_paper_bytes

if TYPE_CHECKING:
    from pipeline.document import Document, Source

# The assembler (and with it spaCy, for sentences) is imported by the functions below, not here:
# the batch's workers import ``pipeline.ingest.checks`` to read papers without paying for it.

__all__ = ["ingest_bytes", "ingest_path", "ingest_text", "paper_to_document"]


def ingest_text(text: str, source: Source) -> Document:
    """Build a document from the text of a paper (``source`` says where it came from)."""
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.text import text_to_blocks

    return blocks_to_document(text_to_blocks(text), source)


def ingest_path(path: str | Path, *, max_bytes: int | None = None) -> Document:
    """Read one PDF, JATS XML or text file into a Document; bad input raises an ``InputError`` naming the file."""
    path = Path(path)
    data, sha256 = read_paper_bytes(path, max_bytes=max_bytes)
    return ingest_bytes(path, data, sha256)


def ingest_bytes(path: str | Path, data: bytes, sha256: str) -> Document:
    """Build a document from a paper's bytes, already read (``path`` names it in errors and the source).

    The batch reads each file once, hashes what it read and processes those very
    bytes, so a file that changes on disk meanwhile can never be cached under
    another content's hash.
    """
    from pipeline.document import Source
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.text import text_to_blocks

    path = Path(path)
    check_format(path, data)
    if is_pdf(data):
        from pipeline.ingest.pdf import pdf_to_blocks
        from pipeline.ingest.pdf.gc_pause import collector_paused

        source = Source(path=str(path), format="pdf", sha256=sha256)
        # The whole PDF ingest, reader and assembler (sentences, references, citations), runs with
        # the cyclic collector paused: its collections walked the many live records for nothing.
        with collector_paused():
            return blocks_to_document(pdf_to_blocks(path, data=data), source, str(path))
    from pipeline.ingest.jats import jats_to_document, looks_like_xml

    if looks_like_xml(path, data):
        return jats_to_document(path, data, Source(path=str(path), format="jats", sha256=sha256))
    text = decode_text(path, data)
    source = Source(path=str(path), format="text", sha256=sha256)
    return blocks_to_document(text_to_blocks(text), source, str(path))


def paper_to_document(paper: str | Path) -> Document:
    """A document JSON written by ``mitominer ingest -o`` is read as is; any other file is ingested."""
    from pipeline.document import Document

    paper = Path(paper)
    if paper.suffix.lower() == ".json":
        try:
            return Document.from_json(paper.read_text(encoding="utf-8"))
        except (ValueError, KeyError, TypeError):
            pass  # not a document JSON: let ingestion report what it is
    return ingest_path(paper)
