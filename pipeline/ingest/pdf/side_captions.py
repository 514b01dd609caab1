"""Table captions set in a narrow column beside (left of) their table (issue 10, session 12, pdftab12).

Such a caption's lines share baselines with the table's rows, so the line builder joins each caption line
to the row beside it (``Table 1. Samples were ... | Compound  Events  Score``): the caption took the
header's words and the rows began with caption words. ``split_side_captions`` finds a caption line whose
first run of words is followed by cells after a wide gap (on its line, or on lines of their own at its
baseline), with more lines under it starting at the caption's left edge, and cuts each of them at the
table's left edge. The table is then looked for under a
stand-in caption at its own left edge, just over its first row (``virtual``), so the region finders
(rules, white space) work as for a caption over the table. Thresholds: ``side_captions`` in
``models/ingest/pdf_tables.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from pipeline.ingest.pdf.layout import SPAN, Line
from pipeline.resources import model_path

_S = json.loads(model_path("ingest", "pdf_tables.json").read_text(encoding="utf-8"))["side_captions"]
GAP = _S["gap"]  # font sizes of white space between the caption's text and the table's first cells
EDGE = _S["edge"]  # font sizes a caption's wrapped line may start away from its first line's left edge
MAX_SHARE = _S["max_share"]  # the caption column is at most this share of caption and table together
MIN_LINES = _S["min_lines"]  # lines of the caption column (its first included)
MIN_TABULAR = _S["min_tabular"]  # of the lines (or line parts) beside it, at least this many have two or more cells
PITCH = _S["pitch"]  # line pitches (font sizes) a caption line may lie under the one before


@dataclass
class SideCaption:
    caption: Line  # the caption's first line, cut at the table's edge (its label and first words)
    virtual: Line  # a stand-in caption at the table's left edge, over its first row
    table_x0: float  # the table's left edge (its first cells' left)
    column_x1: float  # the caption column's right edge: the table's region starts right of it
    bottom: float  # the caption column's last line's bottom: the table goes after it in reading order


def _cut(ln: Line, gap: float) -> tuple[list, list]:
    """The line's first run of words (gaps under ``gap``) and the words after it."""
    ws = sorted(ln.words, key=lambda w: w.x0)
    for i in range(1, len(ws)):
        if ws[i].x0 - ws[i - 1].x1 >= gap:
            return ws[:i], ws[i:]
    return ws, []


def _runs(words: list, gap: float) -> int:
    n = 1 if words else 0
    for a, b in zip(words, words[1:]):
        if b.x0 - a.x1 >= gap:
            n += 1
    return n


def _line(words: list, like: Line) -> Line:
    return Line(words=list(words), side=like.side, page=like.page).finish()


def split_side_captions(lines: list[Line], is_caption, gutter: float | None = None) -> tuple[list[Line], list[SideCaption]]:
    """``lines`` with every side caption's lines cut from the rows beside them, and the side captions found.

    ``is_caption(text)`` tells a table caption's first line; a table reaching over the page's ``gutter`` (a
    false one: the white space between caption and table, or between its columns) gets a spanning stand-in. Lines of other pages' layouts are returned as
    they came (the same list when no side caption is found)."""
    found: list[SideCaption] = []
    replace: dict[int, list[Line]] = {}
    order = sorted((ln for ln in lines if ln.rows is None and ln.words), key=lambda ln: ln.top)
    for k, cap in enumerate(order):
        if id(cap) in replace or not is_caption(cap.text):
            continue
        size = cap.size or 1.0
        left, right = _cut(cap, GAP * size)
        level = [ln for ln in order if ln is not cap and abs(ln.top - cap.top) < 0.5 * size and ln.x0 >= left[-1].x1 + GAP * size]
        if not right and not level:
            continue  # nothing on the caption's baseline to its right (the line builder may have cut it off already)
        table_x0 = min(([right[0].x0] if right else []) + [ln.x0 for ln in level])
        col = [(cap, left, right)]  # the caption column's lines: (line, caption words, cell words beside them)
        prev = cap
        for ln in order[k + 1:]:
            if ln.top - prev.bottom > PITCH * size:
                break
            if abs(ln.x0 - cap.x0) > EDGE * size:
                continue  # a row alone on its baseline (the caption's line pitch is not the rows'), or another column
            l2, r2 = _cut(ln, GAP * size)
            if l2[-1].x1 > table_x0 - GAP * size:
                break  # a line across the table's edge: running text under it
            col.append((ln, l2, r2))
            if r2:
                table_x0 = min(table_x0, r2[0].x0)
            prev = ln
        if len(col) < MIN_LINES:
            continue
        cap_x1 = max(w.x1 for _, l, _ in col for w in l)
        top, bottom = cap.top, col[-1][0].bottom
        beside = [r for _, _, r in col if r] + [
            sorted(ln.words, key=lambda w: w.x0) for ln in order
            if top - 1 <= ln.top <= bottom and ln.x0 >= table_x0 - 1 and all(id(ln) != id(c) for c, _, _ in col)
        ]
        if not beside:
            continue  # the words level with the caption stand just above its top: nothing beside it to cut
        right_x1 = max(w.x1 for ws in beside for w in ws)
        if table_x0 - cap_x1 < GAP * size or cap_x1 - cap.x0 > MAX_SHARE * (right_x1 - cap.x0):
            continue
        if sum(1 for ws in beside if _runs(ws, GAP * size) >= 2) < MIN_TABULAR:
            continue  # beside it is no table (one run of text: a column of running text)
        pairs = [p for p in col if p[2]]
        for ln, l2, r2 in pairs:
            replace[id(ln)] = [_line(l2, ln), _line(r2, ln)]
        first = replace[id(cap)][0] if id(cap) in replace else cap
        top = min(w.top for ws in beside for w in ws)  # the table's first row (its header may stand on its own line)
        side = SPAN if gutter is not None and table_x0 < gutter < right_x1 else cap.side
        virtual = Line(words=[], side=side, text=first.text, x0=table_x0, x1=right_x1, top=top - 1.6 * size,
                       bottom=top - 0.6 * size, size=cap.size, page=cap.page, bold=cap.bold, font=cap.font)
        found.append(SideCaption(first, virtual, table_x0, cap_x1, col[-1][0].bottom))
    if not found:
        return lines, []
    out: list[Line] = []
    for ln in lines:
        out.extend(replace.get(id(ln), [ln]))
    return out, found
