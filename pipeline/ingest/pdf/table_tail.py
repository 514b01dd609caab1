"""Rows a table sets under its last rule, and a rule over a total row that is no header rule (issue 10,
session 12, pdftab12).

A ``Total`` row is ruled off above, not below: when a table has only that rule after the header's (or no
bottom rule at all), the rule over the total row was taken for the table's end and the row was lost (or
read as running text); in a table with no other rule, it was taken for the rule under the header, so every
row over it joined the header. ``rows_under`` takes the box down over the lines of cells right under the last rule:
each close under the one before, of two or more runs of words (a row of cells: a total row, or rows under a
rule that closes a row group), none a footnote; ``value_rows`` counts the lines of values over a rule (a header has none, or one).
Thresholds: ``table_tail`` in ``models/ingest/pdf_tables.json``.
"""

from __future__ import annotations

import json
import re

from pipeline.ingest.pdf.layout import Line
from pipeline.resources import model_path

_ALL = json.loads(model_path("ingest", "pdf_tables.json").read_text(encoding="utf-8"))
_S = _ALL["table_tail"]
REACH = _S["reach"]  # font sizes of white space over a row under the rule (a row's own leading)
MAX_ROWS = _S["max_rows"]  # rows taken under the last rule at most
SEGMENT_GAP = _ALL["tables"]["segment_gap_ratio"]  # the gap, in font sizes, between two cells' words
FOOTNOTE = re.compile(_ALL["tables"]["footnote_start"])
VALUE = re.compile(_S["value_cell"])  # a cell of one value (``12``, ``0.45``, ``12.3 ± 1.2``, ``<0.001``)
VALUE_ROWS = _S["value_rows"]  # this many lines of values over a rule: it is no header rule


def _cells(ln: Line) -> list[str]:
    """The line's runs of words (cells), split at gaps over ``SEGMENT_GAP`` font sizes."""
    ws = sorted(ln.words, key=lambda w: w.x0)
    out: list[list[str]] = []
    for i, w in enumerate(ws):
        if i == 0 or w.x0 - ws[i - 1].x1 > SEGMENT_GAP * ln.size:
            out.append([])
        out[-1].append(w.text)
    return [" ".join(c) for c in out]


def _runs(ln: Line) -> int:
    return len(_cells(ln))


def value_rows(lines: list[Line], y: float) -> int:
    """Lines over ``y`` whose cells past the first are two or more and mostly values."""
    n = 0
    for ln in lines:
        if (ln.top + ln.bottom) / 2 >= y:
            continue
        rest = _cells(ln)[1:]
        if len(rest) >= 2 and sum(1 for c in rest if VALUE.match(c)) * 2 > len(rest):
            n += 1
    return n


def _footnote(ln: Line) -> bool:
    ws = sorted(ln.words, key=lambda w: w.x0)
    raised = len(ws) >= 2 and ws[0].size < ws[1].size - 0.5
    return raised or bool(FOOTNOTE.match(ln.text))


def rows_under(lines: list[Line], x0: float, x1: float, bottom: float) -> float:
    """The box's new bottom: ``bottom`` taken down over the rows of cells right under it, if any."""
    under = sorted(
        (ln for ln in lines if ln.rows is None and ln.words and (ln.top + ln.bottom) / 2 > bottom and ln.x0 >= x0 - 1 and ln.x1 <= x1 + 1),
        key=lambda ln: ln.top,
    )
    bands: list[list[Line]] = []  # lines on one baseline (a row cut at a false gutter is two lines)
    for ln in under:
        if bands and abs(ln.top - bands[-1][0].top) < 0.3 * ln.size:
            bands[-1].append(ln)
        else:
            bands.append([ln])
    new, taken = bottom, 0
    for band in bands:
        top = min(ln.top for ln in band)
        first = min(band, key=lambda ln: ln.x0)
        if taken >= MAX_ROWS or top - new > REACH * first.size:
            break
        if sum(_runs(ln) for ln in band) < 2 or _footnote(first):
            break
        new, taken = max(ln.bottom for ln in band) + 0.5, taken + 1
    return new
