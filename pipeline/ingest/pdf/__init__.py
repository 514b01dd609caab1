"""PDF -> blocks in reading order (the PDF reader of ``pipeline.ingest``).

Pipeline: pdfplumber words per page (``reader``) -> furniture removed
(``furniture``) -> tables cut out (``tables``) -> lines in reading order with
column detection (``layout``) -> paragraphs and reference entries
(``paragraphs``) -> headings (``headings``) -> blocks (``convert``).
"""

from __future__ import annotations

from pipeline.ingest.pdf.convert import pdf_to_blocks

__all__ = ["pdf_to_blocks"]
