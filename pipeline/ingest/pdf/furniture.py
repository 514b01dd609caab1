"""Journal furniture: running headers and footers, page numbers, line numbers, figure-internal text.

Furniture is text that recurs at the same place on most pages, so it is found by
comparing pages, which pdfplumber (one page at a time) does not do.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter, defaultdict

import numpy as np

from pipeline.ingest.headings import unnumbered_kind
from pipeline.ingest.pdf.layout import Line, words_to_lines
from pipeline.ingest.pdf.reader import Page, Word
from pipeline.resources import model_path

EDGE_SHARE = 0.1  # headers and footers start in the top tenth / end in the bottom tenth of the page
MIN_PAGE_SHARE = 0.3  # recurring on at least this share of the pages (and on two or more)
PAGE_NUMBER_RE = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
# Vector figures: drawing objects (curves, bars, tick marks) clustered on a grid.
FIGURE_CELL = 3.0  # points per grid cell
FIGURE_DILATE = 3  # cells: objects this close belong to one drawing
FIGURE_MIN_OBJECTS = 8  # a drawing has at least this many objects ...
FIGURE_MIN_MARKS = 4  # ... of which curves or short strokes (tick marks); tables are long rules and cell rects
FIGURE_MIN_SIDE = 40.0  # points, both sides of a drawing
SHORT_STROKE = 30.0  # a line shorter than this is a tick mark or an arrow, not a table rule
RULE_THICKNESS = 3.5  # points: a path this thin and at least SHORT_STROKE long is a rule
FIGURE_MARGIN = 4.0  # axis labels sit just outside the plot frame
LABEL_BAND = 26.0  # points around a drawing where short label lines (axis titles) still belong to it
LABEL_WORDS = 4
CAPTION_START_RE = re.compile(r"^(?:TABLE|Table|FIGURE|Figure|FIG\.?|Fig\.?)\s*\d")
PANEL_GAP = 16.0  # points: panels of one figure this close form one figure box (labels sit between them)
PROSE_WORDS = 9  # a line of this many words inside a drawing box is text on a panel, not a figure label
SHORT_PROSE_WORDS = 5  # ... or this many mostly lower-case words at the page's text size
RUN_GAP = 3.0  # a gap this many font sizes wide parts a line into runs judged one by one
DISPLAY_RATIO = 1.5  # a line this many times the page's text size is display type (a title), never a figure label
_FIGURES = json.loads(model_path("ingest", "pdf_figures.json").read_text(encoding="utf-8"))
AXIS_TOUCHES = _FIGURES["axis_touches"]  # a long line touched by this many tick marks at distinct places is a plot axis
AXIS_TOUCH = _FIGURES["axis_touch"]  # points: how near a tick or a bar's foot must come to the line
AXIS_TICK_MAX = _FIGURES["axis_tick_max"]  # ... and at most this many (longer strokes are cell edges, not ticks)
AXIS_BAR_GAP = _FIGURES["axis_bar_gap"]  # points between two boxes on a line for both to count as bars
AXIS_ACROSS = _FIGURES["axis_across"]  # points a tick or bar reaches across the axis (pieces of a rule in line with it do not)
MAX_AXIS_CHECK = _FIGURES["max_axis_check"]  # pages with more long lines or objects than this are not checked (speed)
ROW_SHADE_MIN_WIDTH = _FIGURES["row_shade_min_width"]  # points: a filled box this wide ...
ROW_SHADE_MAX_HEIGHT = _FIGURES["row_shade_max_height"]  # ... at most this tall, with text in it, ...
ROW_SHADE_ROWS = _FIGURES["row_shade_rows"]  # ... and this many such boxes of the same left and right edge: a table's shaded rows
EDGE_GAP = _FIGURES["edge_gap"]  # font sizes: a word with no other this near before it on its line starts a cell or a line
EDGE_ALIGN = _FIGURES["edge_align"]  # points: words starting (ending) this near one x are in line, the edge of a column of text
EDGE_STACK = _FIGURES["edge_stack"]  # this many such words in line beside a drawing: the next column's edge, no labels
EDGE_CAPTION = _FIGURES["edge_caption"]  # font sizes a table caption may start left of such a stack of cells
ENTRY_LABEL_GAP = _FIGURES["entry_label_gap"]  # font sizes from a list label to its entry's first word
CAPTION_LINE_GAP = _FIGURES["caption_line_gap"]  # font sizes between a caption's lines (more: the next line is no part of it)
PANEL_LETTER_RE = re.compile(_FIGURES["panel_letter"])  # a panel label (``A``, ``(b)``) by a drawing, in any type size
_LINE_NUMBERS = _FIGURES["line_numbers"]
WIDE_MARGIN = _LINE_NUMBERS["wide_margin"]  # line numbers may reach this far in from the page edge when they count 1, 2, 3 ...
LINE_NUMBER_MIN = _LINE_NUMBERS["min"]  # this many bare numbers stacked in a margin are line numbers
LINE_NUMBER_SHORT = _LINE_NUMBERS["short"]  # ... and this many at an x where another page has such a stack
LINE_NUMBER_SHARE = _LINE_NUMBERS["share"]  # a stack beside fewer of its text lines than this labels entries, not lines


def line_key(text: str) -> str:
    """Recurrence key: lower case, digits folded (page numbers and dates vary), spaces squeezed."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip()


def edge_lines(page: Page):
    """The lines starting in the top tenth or ending in the bottom tenth of a page, with ``top``/``bottom`` zone names.

    A large running label (Cell Press's ``Article``, 14 pt at the top margin) reaches
    below the tenth, so a line counts by its top edge (top zone) or bottom edge (bottom zone).
    """
    top_cut, bottom_cut = page.height * EDGE_SHARE, page.height * (1 - EDGE_SHARE)
    edge = [w for w in page.words if w.top <= top_cut or w.bottom >= bottom_cut]
    for ln in words_to_lines(edge):
        if ln.top <= top_cut:
            yield "top", ln
        elif ln.bottom >= bottom_cut:
            yield "bottom", ln


def furniture_keys(pages: list[Page], edges: list[list[tuple[str, Line]]] | None = None) -> set[tuple[str, str]]:
    """(zone, text key) of header/footer lines that recur across pages (``edges``: each page's
    :func:`edge_lines`, when already made)."""
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    for k, p in enumerate(pages):
        for zone, ln in edges[k] if edges is not None else edge_lines(p):
            seen[(zone, line_key(ln.text))].add(p.number)
    need = max(2, MIN_PAGE_SHARE * len(pages))
    return {key for key, nums in seen.items() if len(nums) >= need}


def _label_of_text(ln: Line, words: list[Word]) -> bool:
    """A number in the page's edge band that is a raised label or citation glued to the text beside it
    (``¹`` + ``Petrov HC. ...``, a list's first entry at the top of a page), not a page number: a
    smaller word right against a word of the same band. Page numbers stand apart."""
    if len(ln.words) != 1:
        return False
    w = ln.words[0]
    return any(v is not w and v.size > w.size and -0.1 * v.size <= v.x0 - w.x1 < 0.3 * v.size and v.top < w.bottom and v.bottom > w.top
               for v in words)


def remove_furniture(pages: list[Page]) -> frozenset[str]:
    """Drop running headers/footers, page numbers, margin line numbers and text inside images, in place;
    the recurring header/footer texts (``line_key``), so page 1 can tell a journal's name set as a banner."""
    # each page's edge lines once: the recurrence count and the drop below read the same lines
    edges = [list(edge_lines(p)) for p in pages]
    keys = furniture_keys(pages, edges) if len(pages) > 1 else set()
    number_columns = line_number_columns(pages)
    counted: dict[tuple[str, int], int] = {}  # a line-number column's last number on the pages so far
    for p, page_edges in zip(pages, edges):
        drop: set[int] = set()
        for zone, ln in page_edges:
            number = PAGE_NUMBER_RE.match(ln.text.strip()) is not None
            if ((zone, line_key(ln.text)) in keys or number) and not (number and _label_of_text(ln, p.words)):
                drop.update(id(w) for w in ln.words)
        drop.update(id(w) for w in line_number_words(p, number_columns, counted))
        drop.update(id(w) for w in words_in_boxes(p.words, p.image_boxes))
        if p.plumber is not None:
            drop.update(id(w) for w in figure_words(p))
        if drop:
            p.words = [w for w in p.words if id(w) not in drop]
    return frozenset(text for _, text in keys)


def _margin_numbers(page: Page) -> tuple[dict[tuple[str, int], list[Word]], float]:
    margin = page.width * 0.12
    wide = page.width * WIDE_MARGIN
    stacks: dict[tuple[str, int], list[Word]] = defaultdict(list)
    words = page.words
    for i, w in enumerate(words):
        if w.text.isdigit() and (w.x1 < wide or w.x0 > page.width - wide):
            if _raised_label(w, words[i + 1] if i + 1 < len(words) else None):
                continue
            stacks[("L", round(w.x0 / 3))].append(w)  # left-aligned numbers
            stacks[("R", round(w.x1 / 3))].append(w)  # right-aligned numbers
    for key in list(stacks):
        ws = stacks[key]
        if any(margin <= w.x1 and w.x0 <= page.width - margin for w in ws) and not _counting(ws):
            del stacks[key]  # beyond the narrow margin only a stack that counts 1, 2, 3 ... down the page
    return stacks, margin


def _raised_label(w: Word, after: Word | None) -> bool:
    """A reference list's raised number, set smaller and glued to its entry's first word ("¹Smith, A."):
    a line number stands apart from the line it counts. The word drawn next is the entry's."""
    return (after is not None and after.size > w.size + 0.5 and -0.5 <= after.x0 - w.x1 < 1.0
            and after.top < w.bottom and w.top < after.bottom)


def _counting(words: list[Word]) -> bool:
    """Numbers that go up by one from each to the next down the page (manuscript line numbers)."""
    values = [int(w.text) for w in sorted(words, key=lambda w: w.top)]
    return len(values) >= 2 and all(b == a + 1 for a, b in zip(values, values[1:]))


def line_number_columns(pages: list[Page]) -> set[tuple[str, int]]:
    """Margin x positions that hold a line-number stack on at least two pages.

    A page with few lines (the title page) numbers them at the same x, too few to
    be recognised on that page alone.
    """
    seen: Counter[tuple[str, int]] = Counter()
    short: Counter[tuple[str, int]] = Counter()
    for p in pages:
        stacks, _ = _margin_numbers(p)
        for key, ws in stacks.items():
            if len(ws) >= LINE_NUMBER_SHORT and _evenly_spaced(ws) and _steady(ws) and not _labels_entries(p, ws):
                (seen if len(ws) >= LINE_NUMBER_MIN else short)[key] += 1
    # a column's last lines (a reference list ending high on the last page, numbered every 5th line) make a
    # short stack: it counts when a full stack stands at the same x on another page
    return {key for key, n in seen.items() if n >= 2 or (n == 1 and short[key])}


def line_number_words(page: Page, columns: set[tuple[str, int]] = frozenset(), counted: dict | None = None) -> list[Word]:
    """Bare numbers stacked at one x in the outer margins (manuscript line numbering).

    ``counted`` (updated): each line-number column's last number on the pages before. A stack in such a
    column that goes on counting from it, one pitch apart, is line numbering even where the text beside it
    does not line up with it (numbers set on a fixed grid beside headings and tables: not entry labels)."""
    stacks, _ = _margin_numbers(page)
    counted = {} if counted is None else counted

    def counts_on(key, ws) -> bool:
        values = [int(w.text) for w in sorted(ws, key=lambda w: w.top)]
        step = _step(ws)
        return (key in counted and len(ws) >= LINE_NUMBER_MIN and values[0] == counted[key] + step
                and _steady(ws) and _evenly_spaced(ws))

    chosen = [ws for key, ws in stacks.items() if (key in columns or (len(ws) >= LINE_NUMBER_MIN and _evenly_spaced(ws) and _steady(ws)))
              and (not _labels_entries(page, ws) or counts_on(key, ws))]
    for key, ws in stacks.items():
        if key in columns and any(ws is c for c in chosen):
            counted[key] = max(int(w.text) for w in ws)
    found = {id(w): w for ws in chosen for w in ws}  # a word may be in both stacks
    return list(found.values())




def _labels_entries(page: Page, stack: list[Word]) -> bool:
    """A reference list numbered ``1 Smith J ...`` down the column's edge: its numbers count entries of
    two or more lines, so most text lines beside the stack carry no number; line numbering sits
    beside every line of text (``LINE_NUMBER_SHARE``)."""
    ids = {id(w) for w in stack}
    right = max(w.x1 for w in stack)
    top, bottom = min(w.top for w in stack), max(w.top for w in stack)
    near = [w for w in page.words if id(w) not in ids and right < w.x0 < right + 250 and top - 1 <= w.top <= bottom + 1]
    if not near:
        return False
    # lines by their baselines, of words in the text's size: a raised citation or an index ("resistance¹²",
    # "Ca²⁺") stands higher and smaller than its line and makes no line of its own
    size = sorted(w.size for w in near)[len(near) // 2]
    beside = sorted(w.bottom for w in near if w.size >= 0.85 * size)
    lines: list[float] = []
    for b in beside:
        if not lines or b - lines[-1] > 0.5 * size:
            lines.append(b)
    bottoms = sorted(w.bottom for w in stack)
    numbered = sum(1 for b in lines if any(abs(b - n) <= 0.6 * size for n in bottoms))
    # numbering every 5th line (5, 10, 15 ...) sits beside one line in five: entry labels count 1, 2, 3
    return numbered * _step(stack) < LINE_NUMBER_SHARE * len(lines)


def _step(words: list[Word]) -> int:
    """The smallest rise from one number to the next down the page (1 for labels and full numbering)."""
    values = [int(w.text) for w in sorted(words, key=lambda w: w.top)]
    return max(1, min((b - a for a, b in zip(values, values[1:])), default=1))


def _steady(words: list[Word]) -> bool:
    """Line numbers go up down the page by one step (1, 2, 3 or 5, 10, 15; a line left unnumbered skips a
    multiple of it); a table's first column of values (depths 0, 10, 30, 50, 75) does not."""
    values = [int(w.text) for w in sorted(words, key=lambda w: w.top)]
    steps = [b - a for a, b in zip(values, values[1:])]
    if not steps or min(steps) <= 0:
        return False
    return all(s % min(steps) == 0 for s in steps)


def _evenly_spaced(words: list[Word]) -> bool:
    """Line numbers sit on every line, one pitch apart; reference numbers sit at entries of varying length."""
    tops = sorted(w.top for w in words)
    gaps = [b - a for a, b in zip(tops, tops[1:]) if b - a > 0.5]
    if not gaps:
        return False
    median = sorted(gaps)[len(gaps) // 2]
    even = sum(1 for g in gaps if abs(g - median) <= 0.15 * median or abs(g - 2 * median) <= 0.15 * median)
    return even >= 0.8 * len(gaps)


def words_in_boxes(words: list[Word], boxes: list[tuple[float, float, float, float]]) -> list[Word]:
    """Words whose centre lies inside one of the boxes (text drawn over a figure image)."""
    if not boxes:
        return []
    out = []
    for w in words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        if any(x0 <= cx <= x1 and t <= cy <= b for x0, t, x1, b in boxes):
            out.append(w)
    return out


def _is_box(curve: dict) -> bool:
    """An axis-aligned box drawn as a path: every point on its corners (four or five points)."""
    pts = curve.get("pts") or []
    if not 4 <= len(pts) <= 5:
        return False
    x0, x1, top, bottom = curve["x0"], curve["x1"], curve["top"], curve["bottom"]
    for x, y in pts:
        if not ((abs(x - x0) < 0.5 or abs(x - x1) < 0.5) and (abs(y - top) < 0.5 or abs(y - bottom) < 0.5)):
            return False
    return True


@functools.cache
def _ndimage():
    """``scipy.ndimage``, imported on first use; ``from scipy import ndimage`` inside a function goes
    through scipy's lazy module ``__getattr__`` (importlib) on every call, every page."""
    from scipy import ndimage

    return ndimage


def drawing_boxes(page: Page) -> list[tuple[float, float, float, float]]:
    """Boxes of vector drawings (plots, diagrams): dense clusters of curves, filled shapes and tick marks.

    pdfplumber gives the drawing objects but no notion of a figure; this clusters
    them on a coarse grid (objects a few points apart are one drawing) and keeps
    clusters with enough curves or short strokes, which tables (long rules, cell
    shading) lack.
    """
    pp = page.plumber
    w, h = page.width, page.height
    objs: list[tuple[float, float, float, float, bool]] = []  # x0, top, x1, bottom, is a mark
    for c in pp.curves:
        cw, ch = c["x1"] - c["x0"], c["bottom"] - c["top"]
        if min(cw, ch) < RULE_THICKNESS and max(cw, ch) >= SHORT_STROKE:
            continue  # a long flat path is a table rule drawn as a path (Cell's key resources table), not a plot mark
        if 4 <= len(c.get("pts") or ()) <= 5 and _is_box(c):  # a cell box drawn as an open path (EMBO's shaded table rows): like a rect, no mark
            if cw > 1.5 and ch > 1.5 and cw * ch < 0.4 * w * h:
                objs.append((c["x0"], c["top"], c["x1"], c["bottom"], False))
            continue
        objs.append((c["x0"], c["top"], c["x1"], c["bottom"], True))
    rects = list(pp.rects)
    shading = _row_shading(rects, page.words)
    for r in rects:
        rw, rh = r["x1"] - r["x0"], r["bottom"] - r["top"]
        if rw > 1.5 and rh > 1.5 and rw * rh < 0.4 * w * h and id(r) not in shading:
            objs.append((r["x0"], r["top"], r["x1"], r["bottom"], False))
    long_lines = []
    for ln in pp.lines:
        if max(ln["x1"] - ln["x0"], ln["bottom"] - ln["top"]) < SHORT_STROKE:
            objs.append((ln["x0"], ln["top"], ln["x1"], ln["bottom"], True))
        else:
            long_lines.append((ln["x0"], ln["top"], ln["x1"], ln["bottom"]))
    if len(objs) < FIGURE_MIN_OBJECTS:
        return []
    objs += [(*a, False) for a in plot_axes(long_lines, objs)]
    ndimage = _ndimage()  # connected components: a solved problem

    gw, gh = int(w / FIGURE_CELL) + 2, int(h / FIGURE_CELL) + 2
    o = np.array(objs, dtype=np.float64)  # x0, top, x1, bottom, is a mark (1.0 / 0.0)
    grid, cells = _object_grid(o, gw, gh)
    grid = ndimage.binary_dilation(grid, iterations=FIGURE_DILATE)
    labels, n = ndimage.label(grid)
    if not n:
        return []
    cell_label = labels[cells]  # each object's drawing: the label of its top-left cell
    counts = np.bincount(cell_label, minlength=n + 1)
    marks = np.bincount(cell_label, weights=o[:, 4], minlength=n + 1)
    boxes = []
    for lab, sl in enumerate(ndimage.find_objects(labels), start=1):
        if sl is None or counts[lab] < FIGURE_MIN_OBJECTS or marks[lab] < FIGURE_MIN_MARKS:
            continue
        top, bottom = sl[0].start * FIGURE_CELL, sl[0].stop * FIGURE_CELL
        x0, x1 = sl[1].start * FIGURE_CELL, sl[1].stop * FIGURE_CELL
        if x1 - x0 < FIGURE_MIN_SIDE or bottom - top < FIGURE_MIN_SIDE:
            continue
        boxes.append((x0 - FIGURE_MARGIN, top - FIGURE_MARGIN, x1 + FIGURE_MARGIN, bottom + FIGURE_MARGIN))
    return merge_boxes(boxes, PANEL_GAP)


def _object_grid(o: np.ndarray, gw: int, gh: int) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """The ``gh`` x ``gw`` grid of FIGURE_CELL cells the objects (rows x0, top, x1, bottom) cover, and the
    (row, column) cell of each object's top-left corner.

    Pages of plots hold tens of thousands of objects: the boxes are painted at once (a 2-D difference
    array, summed), not one slice assignment each.  The cell indices are what ``int()`` and slicing give:
    truncation toward zero, an end cell clamped to the grid, and an end index below zero counted from
    the grid's end as a Python slice counts it; a box over a quarter of the grid is not painted."""
    if not np.isfinite(o[:, :4]).all():
        [int(v) for v in o[:, :4][~np.isfinite(o[:, :4])]]  # int() of nan / inf: the error the per-object loop raised
    # truncation toward zero, as int(); cells a billion off the grid clipped (same empty slices, no overflow)
    cell = np.clip(o[:, :4] / FIGURE_CELL, -1e9, 1e9).astype(np.int64)
    c0, r0 = np.maximum(cell[:, 0], 0), np.maximum(cell[:, 1], 0)
    c1, r1 = np.minimum(cell[:, 2], gw - 1), np.minimum(cell[:, 3], gh - 1)
    painted = ~((c1 - c0) * (r1 - r0) > 0.25 * gw * gh)  # a page-sized frame or background says nothing about where a figure is
    stop_c, stop_r = c1 + 1, r1 + 1
    stop_c = np.where(stop_c >= 0, stop_c, np.maximum(stop_c + gw, 0))  # slice ends: a negative end counts from the end
    stop_r = np.where(stop_r >= 0, stop_r, np.maximum(stop_r + gh, 0))
    painted &= (stop_c > c0) & (stop_r > r0)
    a0, b0, a1, b1 = r0[painted], c0[painted], stop_r[painted], stop_c[painted]
    size, w1 = (gh + 1) * (gw + 1), gw + 1

    def corners(r, c):  # how many boxes have a corner at each cell of the (gh + 1) x (gw + 1) grid
        return np.bincount(r * w1 + c, minlength=size)

    diff = (corners(a0, b0) - corners(a0, b1) - corners(a1, b0) + corners(a1, b1)).reshape(gh + 1, w1)
    grid = diff.cumsum(axis=0).cumsum(axis=1)[:gh, :gw] > 0
    return grid, (r0, c0)


def _row_shading(rects: list[dict], words: list[Word]) -> set[int]:
    """Ids of the filled boxes that shade a table's rows: wide, about a line tall, with words in them, and
    two or more sharing their left and right edges.

    They are no drawing objects: a bar chart in the column beside a shaded table would be joined to it
    across the gutter, and the table's words taken for figure text (its caption and rows lost).
    """
    groups: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for r in rects:
        if r["x1"] - r["x0"] >= ROW_SHADE_MIN_WIDTH and 1.5 < r["bottom"] - r["top"] <= ROW_SHADE_MAX_HEIGHT:
            groups[(round(r["x0"]), round(r["x1"]))].append(r)
    out: set[int] = set()
    for boxes in groups.values():
        if len(boxes) < ROW_SHADE_ROWS:
            continue
        texted = [
            r for r in boxes
            if any(r["x0"] <= (wd.x0 + wd.x1) / 2 <= r["x1"] and r["top"] <= (wd.top + wd.bottom) / 2 <= r["bottom"] for wd in words)
        ]
        if len(texted) >= ROW_SHADE_ROWS:
            out.update(id(r) for r in boxes)
    return out


def plot_axes(long_lines: list[tuple[float, float, float, float]], objs: list[tuple]) -> list[tuple[float, float, float, float]]:
    """The long lines that are plot axes: touched by ``AXIS_TOUCHES`` tick marks at distinct places, or by as
    many boxes standing apart on it (bars).

    Ticks spaced wider than the clustering's reach (a bar chart's y axis with five ticks) and bars far
    apart are tied into one drawing by their axis.
    """
    if not long_lines or not objs or len(long_lines) * len(objs) > MAX_AXIS_CHECK:
        return []
    o = np.array([obj[:4] for obj in objs], dtype=float)
    mark = np.array([bool(obj[4]) for obj in objs])
    out = []
    for x0, t, x1, b in long_lines:
        near = (o[:, 0] <= x1 + AXIS_TOUCH) & (o[:, 2] >= x0 - AXIS_TOUCH) & (o[:, 1] <= b + AXIS_TOUCH) & (o[:, 3] >= t - AXIS_TOUCH)
        if not near.any():
            continue
        vertical = (b - t) > (x1 - x0)
        # a tick stands out a little across the axis; pieces of a table rule drawn in line with it do not, and
        # a table's cell edges (Cell's key resources table: 15-24 pt strokes between long rules) are longer
        across = (o[:, 2] - o[:, 0]) if vertical else (o[:, 3] - o[:, 1])
        ticks = near & mark & (across >= AXIS_ACROSS) & (across <= AXIS_TICK_MAX)
        lo, hi = (o[:, 1], o[:, 3]) if vertical else (o[:, 0], o[:, 2])
        if len(np.unique(np.round((lo[ticks] + hi[ticks]) / 2))) >= AXIS_TOUCHES or _bars(lo[near & ~mark], hi[near & ~mark]) >= AXIS_TOUCHES:
            out.append((x0, t, x1, b))
    return out


def _bars(lo: np.ndarray, hi: np.ndarray) -> int:
    """Boxes standing on a line apart from each other (bars on an axis); abutting boxes (a shaded table row's
    cells) count once."""
    n, end = 0, -np.inf
    for a, z in sorted(zip(lo.tolist(), hi.tolist())):
        n += a - end >= AXIS_BAR_GAP
        end = max(end, z)
    return n


def merge_boxes(boxes: list[tuple[float, float, float, float]], gap: float) -> list[tuple[float, float, float, float]]:
    """Boxes closer than ``gap`` on both axes and sharing rows or columns merged into their bounding box, until none are."""
    boxes = list(boxes)
    merged = True
    while merged:
        merged = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                # panels side by side share rows, stacked ones share columns; two drawings only diagonally
                # near (one column's figure over the next column's) stay apart, or the text between them would go
                side = a[1] < b[3] and b[1] < a[3]
                stacked = a[0] < b[2] and b[0] < a[2]
                if (side or stacked) and a[0] - gap <= b[2] and b[0] - gap <= a[2] and a[1] - gap <= b[3] and b[1] - gap <= a[3]:
                    boxes[i] = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
                    del boxes[j]
                    merged = True
                    break
            if merged:
                break
    return boxes


def figure_words(page: Page) -> list[Word]:
    """Words inside vector drawings (panel letters, axis labels, tick values), not prose lines on a panel."""
    if not page.words:
        return []  # a page of drawings only (or a front page emptied by front.drop_repository_front)
    boxes = drawing_boxes(page)
    if not boxes:
        return []
    band = [(x0 - LABEL_BAND, t - LABEL_BAND, x1 + LABEL_BAND, b + LABEL_BAND) for x0, t, x1, b in boxes]
    near = words_in_boxes(page.words, band)
    # a large heading mark (ACS's 32 pt "■" before INTRODUCTION) is decoration: it goes, and it does not
    # join the lines above and below it into one
    marks = [w for w in near if w.text.strip() and not w.text.strip(_HEADING_MARKS)]
    if marks:
        near = [w for w in near if w not in marks]
    sizes = sorted(w.size for w in page.words)
    text_size = sizes[len(sizes) // 2]  # the page's running text
    # the whole run of page text each word near a drawing belongs to: a title or abstract line that only
    # partly reaches into a logo's or badge's band is judged whole
    rows = [w for w in page.words if any(t <= (w.top + w.bottom) / 2 <= b for _, t, _, b in band) and w not in marks]
    raised = [w.sup for w in page.words]  # lines built here across the columns must not flag the page's words
    band_lines = words_to_lines(rows)
    run_of = {id(w): run for line in band_lines for run in _runs(line) for w in run.words}
    caption_tail = _caption_lines(band_lines)
    out = list(marks)
    for ln in (run for line in words_to_lines(near) for run in _runs(line)):
        if len(ln.words) >= PROSE_WORDS and _prose(ln):
            continue  # a sentence set on a coloured panel (a box of key points) stays
        whole = run_of.get(id(ln.words[0]), ln)
        if _prose(whole) and (
            (len(whole.words) >= 2 and whole.size >= DISPLAY_RATIO * text_size)  # a title line beside a journal logo
            or (len(whole.words) >= SHORT_PROSE_WORDS and whole.size >= text_size - 0.3 and _sentence_line(whole))
        ):
            continue  # front-page prose beside a badge or logo ("Check for updates") is no figure label
        if _ends_text_block(whole, text_size):
            continue  # the last line of an abstract on a shaded panel, or a section heading under it
        inside = words_in_boxes(ln.words, boxes)
        if len(inside) == len(ln.words):
            out.extend(ln.words)
        elif (
            len(ln.words) <= LABEL_WORDS
            # figure labels are set smaller than the text beside them; panel letters in any size
            # (judged on the whole run: a small-caps heading's large initial is no panel letter)
            and (ln.size < text_size - 0.3 or all(PANEL_LETTER_RE.match(w.text) for w in whole.words))
            and not CAPTION_START_RE.match(ln.text)
            # the band of the box beside it; a caption or a line of prose the band cuts off (the first words of
            # the next column's lines: ``Table`` | ``2 Mitochondrial ...``, ``cruitment`` | ``of ULK1 to ...``)
            # is judged whole: no label
            and any(x0 - 1 <= ln.x0 and ln.x1 <= x1 + 1 for x0, t, x1, b in band)
            and not (len(whole.words) > len(ln.words) and (CAPTION_START_RE.match(whole.text) or _sentence_line(whole)))
            and not _column_edge(ln, boxes, page.words)
            and not all(id(w) in caption_tail for w in ln.words)  # the short last line of a caption under the drawing
            and not _opens_entry(ln, page.words)  # a reference list's label beside the drawing ("[3]" + "le Roux, M. ...")
        ):
            out.extend(ln.words)  # an axis title or panel label just outside the plot frame
        else:
            out.extend(inside)
    for w, sup in zip(page.words, raised):
        w.sup = sup  # (a caption line beside a 9 pt body line had all its words taken for superscripts)
    return out


_HEADING_MARKS = "■□●▪◼◆ "


# a numbered list's label: "[3]", "3.", "(3)"
_ENTRY_LABEL_RE = re.compile(r"^(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}\.)$")


def _opens_entry(ln: Line, words: list[Word]) -> bool:
    """A run that opens with a numbered list's label and whose line goes on past it (the band cut the
    entry's first words off): no figure label, though it stands in a drawing's band (``[3]``, ``[3] le``
    + ``Roux, M. ...`` in the column beside the drawing); or a bare number glued to a word (a raised
    label, ``¹⁵von Arnim``), which no tick value is."""
    first = ln.words[0]
    if _BARE_LABEL_RE.match(first.text.strip()):
        return any(w is not first and abs(w.bottom - first.bottom) < 0.6 * max(w.size, ln.size)
                   and first.x1 - 0.5 <= w.x0 <= first.x1 + 0.6 * first.size and w.text[:1].isalpha() for w in words)
    if not _ENTRY_LABEL_RE.match(first.text.strip()):
        return False
    last = ln.words[-1]
    reach = last.x1 + ENTRY_LABEL_GAP * ln.size
    return any(w is not last and abs(w.bottom - last.bottom) < 0.3 * ln.size and last.x1 - 0.5 <= w.x0 <= reach for w in words)


_BARE_LABEL_RE = re.compile(r"^\d{1,4}$")


def _caption_lines(lines: list[Line]) -> set[int]:
    """Ids of the words of the lines that carry on a caption (``Figure 1. ...`` and the lines
    set under it in its size and pitch): a caption's short last line (``inhibitor therapy [21].``)
    in the band under a drawing is no axis title."""
    out: set[int] = set()
    lines = sorted(lines, key=lambda ln: ln.top)
    for i, ln in enumerate(lines):
        if not CAPTION_START_RE.match(ln.text):
            continue
        last = ln
        for nxt in lines[i + 1:]:
            if nxt.top <= last.top + 0.5 * last.size:
                continue  # (the same row: the other column's line)
            if (nxt.top - last.bottom > CAPTION_LINE_GAP * last.size or abs(nxt.size - ln.size) > 0.3
                    or nxt.x0 < ln.x0 - 1 or nxt.x0 > ln.x1):
                break
            out.update(id(w) for w in nxt.words)
            last = nxt
    return out


def _column_edge(ln: Line, boxes: list[tuple[float, float, float, float]], words: list[Word]) -> bool:
    """A short line beside a drawing (right or left of its box, in the label band) that is a table's cell in
    the next column: under a ``Table N`` caption starting at (or a little left of) it, in line with
    ``EDGE_STACK`` or more cells outside the drawing whose rows go on past the band (values beside them).
    A figure's legend or stacked labels have no table caption over them."""
    right = [b for b in boxes if ln.x0 >= b[2] - 1 and b[1] - LABEL_BAND <= ln.top <= b[3] + LABEL_BAND]
    left = [b for b in boxes if ln.x1 <= b[0] + 1 and b[1] - LABEL_BAND <= ln.top <= b[3] + LABEL_BAND]
    if not (right or left):
        return False
    # a table's cells: under a ``Table N`` caption that starts at (or a little left of) their edge; a figure's
    # stacked labels have none
    if not any(
        w.text in ("Table", "TABLE") and w.top < ln.top and -1 <= ln.x0 - w.x0 <= EDGE_CAPTION * ln.size
        for w in words
    ):
        return False
    gap = EDGE_GAP * ln.size
    out = [w for w in words if not words_in_boxes([w], boxes)]
    stack = []
    for w in out:
        if right and abs(w.x0 - ln.x0) <= EDGE_ALIGN and not any(v is not w and abs(v.top - w.top) < 2 and w.x0 - gap < v.x1 <= w.x0 + 0.5 for v in out):
            stack.append(w)  # a cell or line starting at the label's x, nothing just before it on its line
        elif left and abs(w.x1 - ln.x1) <= EDGE_ALIGN and not any(v is not w and abs(v.top - w.top) < 2 and w.x1 - 0.5 <= v.x0 < w.x1 + gap for v in out):
            stack.append(w)
    if len(stack) < EDGE_STACK:
        return False
    reach = [b[2] + LABEL_BAND for b in right] + [b[0] - LABEL_BAND for b in left]
    return any(
        abs(v.top - w.top) < 2 and (v.x0 > max(reach) if right else v.x1 < min(reach))
        for w in stack for v in out
    )


def _ends_text_block(ln: Line, text_size: float) -> bool:
    """A short line at the text size that ends a sentence in running prose (``prokaryotic recombinase
    activity.``, an abstract's last line on a panel beside a graphic), or a section name in bold or larger
    type (ACS ``■ INTRODUCTION`` under that panel): text, never a figure label."""
    if ln.size < text_size - 0.3:
        return False
    if len(ln.words) >= 2 and _prose(ln) and _sentence_line(ln) and re.search(r"[a-z]{3}[.!?]$", ln.text.strip()):
        return True
    title = ln.text.strip().lstrip(_HEADING_MARKS)
    return (ln.bold or ln.size >= text_size + 0.5) and bool(title) and unnumbered_kind(title) is not None


def _runs(ln: Line) -> list[Line]:
    """A line cut where a gap wider than ``RUN_GAP`` sizes parts its words: a badge beside an
    abstract line ("Check for updates" | "remodeling. These ...") is judged apart from it."""
    runs: list[list[Word]] = [[ln.words[0]]]
    for a, b in zip(ln.words, ln.words[1:]):
        if b.x0 - a.x1 > RUN_GAP * ln.size:
            runs.append([])
        runs[-1].append(b)
    return [ln] if len(runs) == 1 else [Line(words=list(r)).finish() for r in runs]


def _sentence_line(ln) -> bool:
    """Mostly lower-case words of 2+ letters: running prose, not a label row (``WT KO Ctrl``)."""
    words = [w.text for w in ln.words]
    return sum(1 for t in words if t[:1].islower() and sum(c.isalpha() for c in t) >= 2) >= 0.6 * len(words)


def _prose(ln) -> bool:
    gaps = [b.x0 - a.x1 for a, b in zip(ln.words, ln.words[1:])]
    return bool(gaps) and max(gaps) < 1.5 * ln.size and sum(1 for w in ln.words if w.text.isalpha()) >= 0.6 * len(ln.words)


def body_style(lines) -> tuple[str, float]:
    """The font and size most characters are set in: the body text."""
    fonts: Counter[str] = Counter()
    sizes: Counter[float] = Counter()
    for ln in lines:
        for w in ln.words:
            fonts[w.font] += len(w.text)
            sizes[w.size] += len(w.text)
    if not sizes:
        return "", 10.0
    return fonts.most_common(1)[0][0], sizes.most_common(1)[0][0]


ORNAMENT_RATIO = 1.5  # a geometric-shape glyph this many times the page's median size is an ornament


_GEOMETRIC_RE = re.compile("[\u25a0-\u25ff]")


def _is_ornament(text: str) -> bool:
    """Only glyphs of the Geometric Shapes block (``■``, ``▲``, ``●``): a decorative mark, not text."""
    return bool(text) and all("\u25a0" <= c <= "\u25ff" for c in text)


def drop_ornaments(pages: list[Page]) -> None:
    """Drop oversized ornaments before headings (ACS's ``■ INTRODUCTION``, its box 32 pt tall on 10 pt type).

    The ornament's tall box would join the heading's line to the line below it;
    a small ``▪`` list bullet (no larger than the text) stays.
    """
    for page in pages:
        if not _GEOMETRIC_RE.search("\n".join([w.text for w in page.words])):
            continue  # no geometric-shape glyph on the page (one search, not a test per word)
        if not any(_is_ornament(w.text) for w in page.words):
            continue
        median = float(np.median([w.size for w in page.words]))
        page.words = [w for w in page.words if not (_is_ornament(w.text) and w.size >= ORNAMENT_RATIO * median)]
