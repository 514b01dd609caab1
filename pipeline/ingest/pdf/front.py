"""Front-matter layout of a PDF's first page: what the paragraph rules cannot see.

Word manuscripts and preprints set the title at body size; the paragraph rules
(size and pitch) then run the title and the author lines together. Here the
title's lines are cut off where the face changes, so the assembler's title
rules see the title as a block of its own.
"""

from __future__ import annotations

from pipeline.ingest.pdf.layout import Line

TITLE_RATIO = 1.3  # a title this much larger than the body is found by size (convert._title_paragraphs)
TITLE_MAX_LINES = 4
TITLE_MIN_WORDS = 4


def _same_face(a: Line, b: Line) -> bool:
    """Bold lines are one title face whatever their style (a bold-italic species name); others by font."""
    return a.bold == b.bold and (a.bold or a.font == b.font)


def split_body_size_title(paras: list[list[Line]], body_size: float) -> list[list[Line]]:
    """Page 1 without display type: the leading lines of its first paragraph that share a face
    other than the next line's (``CIDFont+F3`` title over ``CIDFont+F2`` authors, bold over
    regular) become a paragraph of their own."""
    if not paras:
        return paras
    page = paras[0][0].page
    first_page = [p for p in paras if p[0].page == page and p[0].rows is None]
    if not first_page or max(ln.size for p in first_page for ln in p) >= TITLE_RATIO * body_size:
        return paras
    for i, para in enumerate(paras):
        if para[0].page != page:
            break
        if para[0].rows is not None or para[0].note or len(para) < 2:
            continue
        k = next((j for j in range(1, len(para)) if not _same_face(para[j], para[0])), len(para))
        words = sum(len(ln.text.split()) for ln in para[:k])
        if k < len(para) and k <= TITLE_MAX_LINES and words >= TITLE_MIN_WORDS and abs(para[k].size - para[0].size) < 0.3:
            return paras[:i] + [para[:k], para[k:]] + paras[i + 1 :]
        break  # only the page's first paragraph of several lines can hold the title
    return paras
