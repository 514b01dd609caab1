"""Rows of an unruled table from its cells' blocks of lines, not from its lines one by one (session 13, pdftab13).

A table whose cells wrap over lines in several columns, some set top and some centred on the row's height, has
cells that start above the row label (a centred three-line cell next to a one-line label) or under it (a centred
value): reading line by line, a line with an empty first cell goes on the row above, so the lines of a centred cell
over its label fall in the row before. Here each column's lines are first grouped into blocks (a cell's lines stand
at the column's tightest line pitch; a wider step starts a new cell), and a row is a band of blocks overlapping
down the page. The result is taken only when it is plain: every band holds one row label block and some cell has
several lines; otherwise the line-by-line rows stand. Hand-written: the table finders of
pdfplumber and camelot read rows from text lines or rules, not from cell blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.ingest.pdf.layout import Line
from pipeline.ingest.pdf.reader import Word
from pipeline.ingest.pdf.words import join_lines


@dataclass
class _Block:
    col: int
    top: float
    bottom: float
    texts: list[str]


def _blocks(lines: list[tuple[float, float, list[str]]], pitch: float, slack: float) -> list[_Block]:
    out: list[_Block] = []
    ncols = len(lines[0][2])
    for j in range(ncols):
        cur: _Block | None = None
        prev_y = None
        for y, size, texts in lines:
            if not texts[j]:
                continue
            if cur is not None and prev_y is not None and y - prev_y <= pitch * (1 + slack):
                cur.bottom = y
                cur.texts.append(texts[j])
            else:
                cur = _Block(j, y - size, y, [texts[j]])
                out.append(cur)
            prev_y = y
    return out


def block_rows(lines: list[tuple[float, float, list[str]]], slack: float, value: re.Pattern) -> list[list[str]] | None:
    """Rows from ``(baseline, size, cell texts)`` body lines, or None when the blocks give no plain reading: a
    block of two or more lines that are each a ``value`` (numbers one under another) is rows of one-line cells
    at the row pitch, not a wrapped cell; so are two lines filling every column in one band."""
    if len(lines) < 3 or len(lines[0][2]) < 2:
        return None
    steps = []
    for j in range(len(lines[0][2])):
        ys = [y for y, _s, texts in lines if texts[j]]
        steps += [b - a for a, b in zip(ys, ys[1:])]
    size = min(s for _y, s, _t in lines)
    steps = [d for d in steps if d > 0.5 * size]
    if not steps:
        return None
    pitch = min(steps)  # a wrapped cell's own line pitch: the tightest step down any column
    if pitch < 0.9 * size:
        return None
    blocks = sorted(_blocks(lines, pitch, slack), key=lambda b: (b.top, b.col))
    if any(len(b.texts) >= 2 and all(value.fullmatch(t) for t in b.texts) for b in blocks):
        return None
    if not any(len(b.texts) >= 2 for b in blocks):
        return None  # no cell wrapped: the line-by-line rules read the rows
    bands: list[list[_Block]] = []
    end = None
    for b in blocks:
        if end is not None and b.top < end:
            bands[-1].append(b)
            end = max(end, b.bottom)
        else:
            bands.append([b])
            end = b.bottom
    if len(bands) < 2 or any(sum(1 for b in band if b.col == 0) != 1 for band in bands):
        return None
    for band in bands:  # two lines filling every column in one band are two rows, whatever their pitch
        top, bottom = min(b.top for b in band), max(b.bottom for b in band)
        if sum(1 for y, _s, texts in lines if top < y <= bottom and all(texts)) >= 2:
            return None
    ncols = len(lines[0][2])
    rows = []
    for band in bands:
        row = [""] * ncols
        for b in band:
            if row[b.col]:
                return None  # two blocks of one column in one row: no plain reading
            row[b.col] = join_lines(b.texts)
        rows.append(row)
    return rows


def split_baselines(lines: list[Line], apart: float) -> list[Line]:
    """Lines clustered by overlap split where their full-size words stand on baselines ``apart`` font sizes or more
    apart: the lines of cells centred beside cells set top sit half a line off each other and chain into one."""
    out: list[Line] = []
    for ln in lines:
        full = [w for w in ln.words if not w.sup and abs(w.size - ln.size) <= 0.1 * ln.size]
        ys = sorted({round(w.bottom, 1) for w in full})
        groups: list[list[float]] = []
        for y in ys:
            if groups and y - groups[-1][-1] < apart * ln.size:
                groups[-1].append(y)
            else:
                groups.append([y])
        if len(groups) < 2:
            out.append(ln)
            continue
        bases = [sum(g) / len(g) for g in groups]
        parts: list[list[Word]] = [[] for _ in bases]
        for w in ln.words:
            parts[min(range(len(bases)), key=lambda i: abs(bases[i] - w.bottom))].append(w)
        out += [Line(words=p).finish() for p in parts if p]
    return sorted(out, key=lambda ln: ln.top)
