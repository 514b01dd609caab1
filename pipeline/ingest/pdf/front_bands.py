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
        while True:  # upwards, line by line: the box's first line may share the zone with its label
            above = [ln for ln in zones[i - 1] if ln.side == first.side and abs(ln.x0 - first.x0) <= LABEL_X_TOL
                     and 0 <= first.top - ln.bottom <= LABEL_MAX_GAP_EM * ln.size and (ln.x0 > span.x1 or ln.x1 < span.x0)]
            if not above:
                break
            first = max(above, key=lambda ln: ln.top)
            zones[i - 1].remove(first)
            zones[i].append(first)
            out.add(id(first))
    return out
