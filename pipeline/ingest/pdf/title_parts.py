"""Page 1's display type around the title (issue 10, session 12, pdfleft12): a journal masthead set larger than the
title, wrapped or not, with the issue's citation line under it; a subtitle set smaller than the title after its colon.

Used by ``convert._title_paragraphs``; thresholds and the citation-line pattern in ``models/ingest/pdf_front.json``
(``masthead``, ``subtitle``).
"""

from __future__ import annotations

import json
import re

from pipeline.ingest.pdf.layout import Line
from pipeline.resources import model_path

_FRONT = json.loads(model_path("ingest", "pdf_front.json").read_text(encoding="utf-8"))
MASTHEAD = _FRONT["masthead"]
SUBTITLE = _FRONT["subtitle"]
CITATION_LINE_RE = re.compile(MASTHEAD["citation_line"], re.IGNORECASE)  # ``2026; 12(6): 633-992. doi: 10.9971/...``


def is_masthead(p: list[Line], following: list[Line] | None, body_size: float) -> bool:
    """A display paragraph of at most ``max_lines`` lines followed at once by the issue's citation line (year, volume,
    pages or a DOI, in print no larger than ``citation_max_ratio`` of the body): the journal's masthead."""
    if len(p) > MASTHEAD["max_lines"] or not following or len(following) > 1:
        return False
    nxt = following[0]
    return (nxt.page == p[0].page and nxt.size <= MASTHEAD["citation_max_ratio"] * body_size
            and 0 <= nxt.top - p[-1].bottom <= MASTHEAD["citation_max_gap"] * p[-1].size
            and CITATION_LINE_RE.search(nxt.text) is not None)


def is_subtitle(last: list[Line], p: list[Line], body_size: float) -> bool:
    """The title's last line ends with a colon or dash (so the title goes on) and the next paragraph, in the same
    face, smaller (down to ``min_ratio`` of the title, not below ``min_body_ratio`` of the body), right under it at its
    left edge and at most ``max_lines`` lines, is its subtitle."""
    a, b = last[-1], p[0]
    return (
        a.text.rstrip()[-1:] in SUBTITLE["title_ends"] and len(p) <= SUBTITLE["max_lines"]
        and b.font == a.font and b.bold == a.bold and b.page == a.page
        and SUBTITLE["min_ratio"] * a.size <= b.size < a.size and b.size >= SUBTITLE["min_body_ratio"] * body_size
        and 0 <= b.top - a.bottom <= SUBTITLE["max_gap"] * a.size
        and abs(b.x0 - a.x0) <= SUBTITLE["x_tolerance"]
    )
