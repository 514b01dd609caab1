"""Small print wrapped over several lines is moved out of the text flow, or kept in it, as one block.

``convert.footnotes_to_page_end`` judges each small line by where it sits (under its column's last body line, in a
column with no body text, in page 1's foot). A block of small print right under a spanning abstract whose full
lines span the page while its short lines fall in the left column (``Key words: ...`` over a wrapped
``Abbreviations: ...`` line) was cut in two that way: one line moved to the page's end, the others left where
they were, so the keywords took the abbreviations' second line. Here the lines of one block (touching lines of
one size from one left edge) all take the decision of its first line.
"""

from __future__ import annotations

import json

from pipeline.ingest.pdf.layout import Line
from pipeline.resources import model_path

_RULE = json.loads(model_path("ingest", "pdf_front.json").read_text(encoding="utf-8"))["wrapped_small_print"]


def same_block(a: Line, b: Line) -> bool:
    """``b`` is the next line of ``a``'s block of small print: same page and size, the same left edge, and no more
    white space between them than ``max_gap`` of the size (wrapped lines, not two notes apart)."""
    return (a.page == b.page and a.rows is None and b.rows is None and abs(a.size - b.size) <= _RULE["size_tol"]
            and abs(a.x0 - b.x0) <= _RULE["x_tolerance"] and 0 <= b.top - a.bottom <= _RULE["max_gap"] * b.size)


def block_decisions(lines: list[Line], small: list[bool], moved: list[bool]) -> list[bool]:
    """``moved`` with every small line that goes on a block of small print given its first line's decision."""
    out = list(moved)
    for i in range(1, len(lines)):
        if small[i] and small[i - 1] and same_block(lines[i - 1], lines[i]):
            out[i] = out[i - 1]
    return out
