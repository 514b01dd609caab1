"""Side-by-side front blocks over page 1's body columns (issue 10, session 13, pdfabs13).

A page-1 front block may be set in two columns of its own: the author block on the left and the abstract in a shaded
side column on the right, or the abstract on the left and an ``Implications`` / ``Key points`` box on the right. With
no spanning line between that block and the body columns under it, ``layout.lines_to_reading_order`` read the whole
left side (authors, then the introduction) before the right side (the abstract, then the second body column).
A white band across the page (on both sides at once) under a block with text on two sides parts the zone: the block
above is read first (left, then right), then the columns under it. Thresholds in ``pdf_lines.json``
``front_band``; see models/ingest/README.md.
"""

from __future__ import annotations

import json

from pipeline.resources import model_path

_BAND = json.loads(model_path("ingest", "pdf_lines.json").read_text(encoding="utf-8"))["front_band"]
MIN_GAP_EM = float(_BAND["min_gap_em"])  # the white band's height, in the zone's median font sizes
MAX_PAGE = int(_BAND["max_page"])  # on these first pages only (the front block's page)
MIN_SIDE_LINES = int(_BAND["min_side_lines"])  # each of the two sides above the band holds this many lines
SAME_SIZE = float(_BAND["same_size_pt"])  # a side over and under the band in the same print (size within this) ...
SAME_EDGE = float(_BAND["same_edge_pt"])  # ... at the same left edge (median, within this): one column going on
LABEL_X_TOL = float(_BAND["label_x_tolerance"])  # a side block's label: at the block's left edge (pt) ...
LABEL_MAX_GAP_EM = float(_BAND["label_max_gap_em"])  # ... and at most this many of its sizes over its first line
LABEL_MAX_LINES = int(_BAND["label_max_lines"])  # at most this many lines move (the label and the box's first line) ...
LABEL_MAX_RATIO = float(_BAND["label_max_ratio"])  # ... none larger than this times the box's print
EDGE_GAP_EM = float(_BAND["edge_gap_em"])  # a label glued onto a line: this far (font sizes) after the words before it ...
EDGE_MIN_LINES = int(_BAND["edge_min_lines"])  # ... at the left edge of this many lines ...
EDGE_BELOW_EM = float(_BAND["edge_below_em"])  # ... whose tops lie within this many of its sizes under it


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2] if values else 0.0


def split_at_bands(zone: list, side_order: dict) -> list:
    """``zone`` (column lines between two spanning lines, left side first then right, each by height) read
    block by block: parted at each white band across every side under a part with text on two sides."""
    if len(zone) < 2 * MIN_SIDE_LINES or not zone or getattr(zone[0], "page", 0) > MAX_PAGE:
        return zone
    if len({ln.side for ln in zone}) < 2:
        return zone
    gap = MIN_GAP_EM * _median([ln.size for ln in zone])
    by_top = sorted(zone, key=lambda ln: ln.top)
    parts: list[list] = [[]]
    bottom = None
    for ln in by_top:
        if bottom is not None and ln.top - bottom >= gap and (_two_sides(parts[-1]) or _small_box(parts[-1], by_top)):
            parts.append([])
        parts[-1].append(ln)
        bottom = ln.bottom if bottom is None else max(bottom, ln.bottom)
    parts = _merge_alike(parts)
    if len(parts) == 1:
        return zone
    out: list = []
    for part in parts:
        out.extend(sorted(part, key=lambda ln: (side_order[ln.side], ln.top)))
    return out


def _merge_alike(parts: list[list]) -> list[list]:
    """Parts joined again where the band parts no front block from the columns: some side goes on under it in the
    print and at the left edge it had over it (one body column running on past a gap, an abstract set in the columns
    whose second column carries on the body: that column is read whole, as before)."""
    out = [parts[0]]
    for part in parts[1:]:
        above = out[-1]
        if any(_alike([ln for ln in above if ln.side == side], [ln for ln in part if ln.side == side]) for side in {ln.side for ln in part}):
            out[-1] = above + part
        else:
            out.append(part)
    return out


def _alike(above: list, below: list) -> bool:
    if not above or not below:
        return False
    return (abs(_median([ln.size for ln in above]) - _median([ln.size for ln in below])) < SAME_SIZE
            and abs(_median([ln.x0 for ln in above]) - _median([ln.x0 for ln in below])) <= SAME_EDGE)


def _small_box(part: list, zone: list) -> bool:
    """The part over the band is one side's block of ``MIN_SIDE_LINES`` lines or more in smaller print than the rest of
    the zone (a box of key points beside the abstract, over the third body column of a three-column page)."""
    if len(part) < MIN_SIDE_LINES or len({ln.side for ln in part}) != 1:
        return False
    ids = {id(ln) for ln in part}
    rest = [ln.size for ln in zone if id(ln) not in ids]
    return bool(rest) and _median([ln.size for ln in part]) <= _median(rest) - SAME_SIZE


def _two_sides(part: list) -> bool:
    counts: dict = {}
    for ln in part:
        counts[ln.side] = counts.get(ln.side, 0) + 1
    return sum(1 for n in counts.values() if n >= MIN_SIDE_LINES) >= 2


def labels_over_side_blocks(zones: list[list], spans: list, beside) -> set[int]:
    """Labels of side blocks beside a run of spanning lines: ``beside(line, span)`` finds a box's text lines beside
    the run (the lines of a zone between two of its lines), but the box's label sits on the row of the label over the
    run (``ABSTRACT`` left, ``Implications`` right), so it falls in the zone before the run, and was read there, as the
    label of the run's text. Lines of that zone on the box's side and at its left edge, each right over the box's
    next line, and clear of the run's first line, move into the box (its zone); the ids returned are read with the box."""
    out: set[int] = set()
    for i in range(1, len(spans)):
        box = [ln for ln in zones[i] if beside(ln, spans[i - 1]) and beside(ln, spans[i])]
        if not box or any(beside(ln, spans[i - 1]) for ln in zones[i - 1] if i > 1 and beside(ln, spans[i - 2])):
            continue
        first = min(box, key=lambda ln: ln.top)
        span = spans[i - 1]
        size = first.size
        for _ in range(LABEL_MAX_LINES):  # upwards, line by line: the box's first line may share the zone with its label
            above = [ln for ln in zones[i - 1] if ln.side == first.side and abs(ln.x0 - first.x0) <= LABEL_X_TOL and ln.size <= LABEL_MAX_RATIO * size
                     and 0 <= first.top - ln.bottom <= LABEL_MAX_GAP_EM * ln.size and (ln.x0 > span.x1 or ln.x1 < span.x0)]
            if not above:
                break
            first = max(above, key=lambda ln: ln.top)
            zones[i - 1].remove(first)
            zones[i].append(first)
            out.add(id(first))
    return out


def cut_at_block_edges(lines: list, gutter: float | None) -> list:
    """Page 1's lines with a label glued on: a side column's first line (its ``ABSTRACT`` label, top-aligned with the
    author line in the cell beside it) shares that line's baseline, so the line builder made the two one line
    (``Lucas Lee¹, Mei Chen² ABSTRACT``). A line is cut before a word that starts ``EDGE_GAP_EM`` or more after the words
    before it, at the left edge of ``EDGE_MIN_LINES`` lines or more right under it (the column it heads), when a line
    under it starts at its own left edge too (two blocks side by side); the parts take their sides from the gutter."""
    from pipeline.ingest.pdf.layout import LEFT, RIGHT, SPAN, Line  # (layout imports this module)

    if not lines or lines[0].page > MAX_PAGE:
        return lines
    out = []
    for ln in lines:
        cut = _edge_cut(ln, lines)
        if cut is None:
            out.append(ln)
            continue
        for ws in (ln.words[:cut], ln.words[cut:]):
            part = Line(list(ws), side=ln.side).finish()
            part.page = ln.page
            if gutter is not None and ln.side == SPAN:
                part.side = LEFT if part.x1 <= gutter else RIGHT if part.x0 >= gutter else SPAN
            out.append(part)
    return out


def _edge_cut(ln, lines: list) -> int | None:
    ws = ln.words
    if len(ws) < 2 or ln.rows is not None:
        return None
    reach = ws[0].x1
    for i in range(1, len(ws)):
        w = ws[i]
        if not w.sup and w.x0 - reach >= EDGE_GAP_EM * max(w.size, ws[i - 1].size):
            below = [o for o in lines if o is not ln and abs(o.x0 - w.x0) <= LABEL_X_TOL and ln.bottom <= o.top <= ln.bottom + EDGE_BELOW_EM * ln.size]
            # the left part heads a block of its own too (the author line over its affiliations); a label in a margin
            # cell left of its text, with nothing under it, stays on its line (read before the text)
            left = [o for o in lines if o is not ln and abs(o.x0 - ws[0].x0) <= LABEL_X_TOL and ln.bottom <= o.top <= ln.bottom + EDGE_BELOW_EM * ln.size]
            if len(below) >= EDGE_MIN_LINES and left:
                return i
        reach = max(reach, w.x1)
    return None
