"""Blocks: the reading-order stream that every reader (text, PDF) produces.

A reader's only job is to turn a file into blocks in reading order; the shared
assembler (``assemble.py``) turns blocks into a :class:`~pipeline.document.Document`
(headings, paragraphs, references, citations, tables, figures). Keeping one
assembler is what makes the PDF path and the text path give the same document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Block kinds a reader may emit.
TEXT = "text"  # a paragraph or a fragment of one (the assembler classifies it)
HEADING = "heading"  # a reader that *knows* this is a heading (e.g. from fonts)
TABLE = "table"  # a table whose cells the reader already has (``rows``)
CAPTION = "caption"  # a figure or table caption the reader recognised
PAGE_BREAK = "page_break"  # a page boundary: paragraphs may continue across it

KINDS = (TEXT, HEADING, TABLE, CAPTION, PAGE_BREAK)


@dataclass
class Block:
    kind: str
    text: str = ""
    level: int | None = None  # heading level when the reader knows it
    rows: list[list[str]] = field(default_factory=list)  # TABLE: header row first
    page: int | None = None  # 1-based page number, when there are pages
    role: str = ""  # what a reader knows of a TEXT block: "abstract" (it found the abstract by its layout)
    notes: list[str] = field(default_factory=list)  # TABLE: footnotes printed under the rows

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}; expected one of {', '.join(KINDS)}")
