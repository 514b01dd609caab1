"""Section numbers set off from their title by a vertical bar (``1 | INTRODUCTION``, ``2.1 | Cell culture``: Wiley's
heading style; issue 10, session 12, pdfleft12). The bar is dropped from the heading's first line, so the number rules
read ``1 INTRODUCTION`` as a numbered heading and a bar-separated keyword line rule never sees it. Pattern and bar
glyphs in ``models/ingest/pdf_headings.json`` (``number_bar``)."""

from __future__ import annotations

import json
import re

from pipeline.ingest.pdf.layout import Line
from pipeline.resources import model_path

_BAR = json.loads(model_path("ingest", "pdf_headings.json").read_text(encoding="utf-8"))["number_bar"]
NUMBER_RE = re.compile(_BAR["number"])
BARS = frozenset(_BAR["bars"])


def drop_number_bars(paras: list[list[Line]]) -> list[list[Line]]:
    """Each paragraph whose first line opens with a section number, a bar and a word in the number's size, without the bar."""
    out = []
    for para in paras:
        ln = para[0]
        ws = sorted(ln.words, key=lambda w: w.x0) if ln.rows is None and len(ln.words) >= 3 else []
        if (ws and NUMBER_RE.match(ws[0].text) and ws[1].text in BARS and ws[2].text[:1].isalpha()
                and abs(ws[0].size - ws[2].size) <= _BAR["size_tol"]):
            out.append([_without(ln, ws[1])] + para[1:])
        else:
            out.append(para)
    return out


def _without(ln: Line, bar) -> Line:
    new = Line([w for w in ln.words if w is not bar], side=ln.side).finish()
    new.page, new.note, new.side_block, new.strip = ln.page, ln.note, ln.side_block, ln.strip
    return new
