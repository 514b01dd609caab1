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
LABEL_X_TOL = float(_BAND["label_x_tolerance"])  # a side block's label: at the block's left edge (pt) ...
LABEL_MAX_GAP_EM = float(_BAND["label_max_gap_em"])  # ... and at most this many of its sizes over its first line


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
        if bottom is not None and ln.top - bottom >= gap and _two_sides(parts[-1]):
            parts.append([])
        parts[-1].append(ln)
        bottom = ln.bottom if bottom is None else max(bottom, ln.bottom)
    if len(parts) == 1:
        return zone
    out: list = []
    for part in parts:
        out.extend(sorted(part, key=lambda ln: (side_order[ln.side], ln.top)))
    return out


def _two_sides(part: list) -> bool:
    counts: dict = {}
    for ln in part:
        counts[ln.side] = counts.get(ln.side, 0) + 1
    return sum(1 for n in counts.values() if n >= MIN_SIDE_LINES) >= 2


def labels_over_side_blocks(zones: list[list], spans: list, beside) -> set[int]:
    """Labels of side blocks beside a run of spanning lines: ``beside(line, span)`` finds a box's text lines beside
    the run (the lines of a zone between two of its lines), but the box's label sits on the row of the label over the
    run (``ABSTRACT`` left, ``Implications`` right), so it falls in the zone before the run, and was read there, as the
    label of the run's text. A line of that zone on the box's side and at its left edge, right over its first line,
    and clear of the run's first line, moves into the box (its zone); the ids returned are read with the box."""
    out: set[int] = set()
    for i in range(1, len(spans)):
        box = [ln for ln in zones[i] if beside(ln, spans[i - 1]) and beside(ln, spans[i])]
        if not box or any(beside(ln, spans[i - 1]) for ln in zones[i - 1] if i > 1 and beside(ln, spans[i - 2])):
            continue
        first = min(box, key=lambda ln: ln.top)
        span = spans[i - 1]
        above = [ln for ln in zones[i - 1] if ln.side == first.side and abs(ln.x0 - first.x0) <= LABEL_X_TOL
                 and 0 <= first.top - ln.bottom <= LABEL_MAX_GAP_EM * ln.size and (ln.x0 > span.x1 or ln.x1 < span.x0)]
        for ln in above:
            zones[i - 1].remove(ln)
            zones[i].append(ln)
            out.add(id(ln))
    return out
