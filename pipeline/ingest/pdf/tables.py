"""Tables: pdfplumber's table finder for ruled tables, its text strategy for unruled ones.

The finder runs only on pages that print a ``Table N`` caption (or continue a
table from the page before), because it costs as much as reading the page.  A
ruled table is the finder's table nearest the caption; an unruled one is the run
of column-aligned lines under the caption, cut out and handed to pdfplumber's
``text`` strategy.  Multi-line cells (a row whose first cell is empty) are folded
into the row above.
"""

from __future__ import annotations

import bisect
import json
import logging
import re
import statistics
from dataclasses import dataclass, field

import numpy as np

from pipeline.ingest.pdf.cell_blocks import block_rows, split_baselines
from pipeline.ingest.pdf.layout import LEFT, MIDDLE, RIGHT, SPAN, Line, words_to_lines
from pipeline.ingest.pdf.open_grid import stacked_rows
from pipeline.ingest.pdf.reader import Word
from pipeline.ingest.pdf.side_captions import split_side_captions
from pipeline.ingest.pdf.table_tail import VALUE_ROWS, rows_under, value_rows
from pipeline.ingest.pdf.words import join_lines, normalize_text
from pipeline.resources import model_path

log = logging.getLogger(__name__)

# thresholds: models/ingest/pdf_tables.json (how they were set: models/ingest/README.md)
_SETTINGS = json.loads(model_path("ingest", "pdf_tables.json").read_text(encoding="utf-8"))["tables"]

TABLE_CAPTION_RE = re.compile(r"^(?:TABLE|Table)\s+(\d+[A-Za-z]?|[IVX]+)(?:\s*[.:|]|\s+[A-Z(]|\s*$)")
CONTINUED_RE = re.compile(r"\bcont(?:inued|\.|’d|'d)", re.IGNORECASE)
SEGMENT_GAP_RATIO = _SETTINGS["segment_gap_ratio"]  # a gap of this many font sizes between words separates table cells
COLUMN_GAP_RATIO = _SETTINGS["column_gap_ratio"]  # white space of this many font sizes, down the whole table, separates columns
ROW_GAP_RATIO = _SETTINGS["row_gap_ratio"]  # a vertical gap of this many font sizes starts a new row
GUTTER_SLACK = 10.0  # a column's table may reach this many points into the gutter
MAX_REGION_GAP = _SETTINGS["max_region_gap"]  # line pitches of empty space end an unruled table
THIN_BAR = _SETTINGS["thin_bar"]  # points: a fill-only box at least this tall is shading (its edges part rows)
SHADE_OVERLAP = _SETTINGS["shade_overlap"]  # points two row boxes may overlap (Cell's row boxes share half a point)
MAX_COVER_CHECK = _SETTINGS["max_cover_check"]  # up to this many filled boxes, an edge painted over by a later box is dropped
MAX_SHADES = _SETTINGS["max_shades"]  # beyond this many filled boxes (a drawing), white ones are not checked
MIN_ROW_RULES = _SETTINGS["min_row_rules"]  # rules under the header that make every band between two rules one row
FULL_RULE = _SETTINGS["full_rule"]  # share of the table's width a row rule (its pieces joined) covers
CONTINUED_RULE = _SETTINGS["continued_rule"]  # share of the page width the first rule of a table continued at a page top spans
CONTINUED_PROSE = _SETTINGS["continued_prose"]  # a one-run line wider than this share of the rules is running text ...
CONTINUED_PROSE_SHARE = _SETTINGS["continued_prose_share"]  # ... and more than this share of such lines is no continued table
OPEN_SIDE = _SETTINGS["open_side"]  # points a table's rules reach past the finder's outer cells: the outer columns have no border
FOOTNOTE_START = re.compile(_SETTINGS["footnote_start"])  # how a table footnote begins (a mark, ``Note``, ``Abbreviations``)
NOTE_OVERHANG = _SETTINGS["note_overhang"]  # share of the table's width a footnote's first line may run on past it
FOOTNOTE_SMALLER = _SETTINGS["footnote_smaller"]  # points under the table's text size that make a one-run line a footnote
RUNNING_LINE_SHARE = _SETTINGS["running_line_share"]  # a one-run line across this share of a caption box is running text, no row
RUNNING_LINE_INDENT = _SETTINGS["running_line_indent"]  # caption sizes from the box's left edge that such a line starts within
PROSE_LINES = _SETTINGS["prose_lines"]  # this many one-run lines, each over PROSE_WIDTH of a column, are running text
PROSE_WIDTH = _SETTINGS["prose_width"]
CELL_GOES_ON = re.compile(_SETTINGS["cell_goes_on"], re.IGNORECASE)  # a cell line ending so is wrapped: its text goes on below
HEADING_LARGER = _SETTINGS["heading_larger"]  # points over the caption's size: a one-run line this large under an unruled table is a heading
ACROSS_PROSE = _SETTINGS["across_prose"]  # at most this share of the lines beside a table over the gutter is running text ...
ACROSS_LEVEL = _SETTINGS["across_level"]  # ... and at least this share stands on the baselines of the rows beside them: one table across it
WRAP_GAP_SHARE = _SETTINGS["wrap_gap_share"]  # a first-column line this share of the usual row gap under the line above goes on its cell
COLUMN_TEXT_SHARE = _SETTINGS["column_text_share"]  # a one-run line over this share of a full-width box, beside another in the other column: body text
MARK_CHARS = _SETTINGS["mark_chars"]  # a raised footnote mark is at most this many characters
REPEATED_HEADER_ROWS = _SETTINGS["repeated_header_rows"]  # up to this many header rows repeated over a continued part are dropped
CONTINUED_TOP = _SETTINGS["continued_top"]  # share of the page height an unruled continued table's first row starts within
CONTINUED_VALUES = _SETTINGS["continued_values"]  # ... and at least this share of its rows has a value (a number) past the first column
LARGER_TEXT = _SETTINGS["larger_text"]  # points over the rows' median size: a one-run heading or prose line this large under them ends the table
HEADER_TOP_INDENT = _SETTINGS["header_top_indent"]  # caption sizes a wrapped header's top line is set in from the caption's left edge
SPILL_SPACE = _SETTINGS["spill_space"]  # font sizes: the widest word space inside a group label run on past the first column
EDGE_CLEAR = _SETTINGS["edge_clear"]  # font sizes of white space before a header cell's left edge inside a body column ...
EDGE_SHARE = _SETTINGS["edge_share"]  # ... and the share of the column's lines with a word starting on that edge: two columns
WRAP_SPACE = _SETTINGS["wrap_space"]  # font sizes of a word space, for telling a cell's text wrapped for want of room
WRAP_SLACK = _SETTINGS["wrap_slack"]  # ... and font sizes short of the column's right edge that leave no room
STUB_HEAD_FILLED = _SETTINGS["stub_head_filled"]  # share of a stacked header's lowest row (past the stub) that is filled
BASELINES_APART = _SETTINGS["baselines_apart"]  # font sizes between the baselines of words a table line is split at
BLOCK_PITCH_SLACK = _SETTINGS["block_pitch_slack"]  # a step down a column this share over its tightest line pitch starts a new cell
BLOCK_ROWS_SHARE = _SETTINGS["block_rows_share"]  # ... the block reading taken when it keeps at least this share of the line rows
SPANNING_LABEL_ROWS = _SETTINGS["spanning_label_rows"]  # body lines of two or more runs per one-run label line set in from the stub
SPANNING_LABEL_WORDS = _SETTINGS["spanning_label_words"]  # a centred group label over one column has at most this many words
EDGE_TOLERANCE = _SETTINGS["edge_tolerance"]  # points: a line starting (ending) this close to a column's left (right) edge is set on it
FIRST_RULE_REACH = _SETTINGS["first_rule_reach"]  # font sizes under a caption its table's first rule may lie (a header over it)


@dataclass
class FoundTable:
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    rows: list[list[str]]
    label: str = ""
    notes: list[str] = field(default_factory=list)  # footnotes under the rows (``a`` P < 0.05, ``Abbreviations: ...``)
    after: float | None = None  # its place in the reading order when not its top (under a side caption's last line)


KEY_RESOURCES_RE = re.compile(r"^key resources? table$", re.IGNORECASE)  # Cell Press STAR Methods: a heading, no number
KEY_RESOURCES_LABEL = "Key resources table"


def caption_label(text: str) -> str | None:
    m = TABLE_CAPTION_RE.match(text)
    if m:
        return f"Table {m.group(1)}"
    return KEY_RESOURCES_LABEL if KEY_RESOURCES_RE.match(text.strip()) else None


def segments(ln: Line) -> int:
    """How many runs of words a line has, split at gaps wider than a font size."""
    n = 1
    for a, b in zip(ln.words, ln.words[1:]):
        if b.x0 - a.x1 > SEGMENT_GAP_RATIO * ln.size:
            n += 1
    return n


def clean_rows(rows: list[list[str | None]]) -> list[list[str]]:
    """Strip cells, drop empty rows and columns, fold continuation rows into the row above."""
    out: list[list[str]] = []
    for row in rows:
        cells = [normalize_text(" ".join((c or "").split())) for c in row]
        if not any(cells):
            continue
        if out and not cells[0] and sum(1 for c in cells if c) < len(cells) - 1:
            prev = out[-1]
            out[-1] = [f"{p} {c}".strip() if c else p for p, c in zip(prev, cells)]
            continue
        out.append(cells)
    if not out:
        return []
    keep = [j for j in range(len(out[0])) if any(j < len(r) and r[j] for r in out)]
    return [[r[j] if j < len(r) else "" for j in keep] for r in out]


LEADER_RE = re.compile(r"[.·…_\s-]*")  # a row of dots or dashes only: a rule typed as text
NUMBER_RE = re.compile(r"[-+−–]?\d+(?:[.,]\d+)?")


def merge_header_rows(rows: list[list[str]]) -> list[list[str]]:
    """Header lines under the first one (units, ``F Ratio`` under each column group) joined into one header row.

    A header continuation has an empty first cell and no number in any cell;
    a body row has its row label or a value.
    """
    while len(rows) > 2 and not rows[1][0] and any(rows[1]) and not any(NUMBER_RE.fullmatch(c.split()[0]) for c in rows[1] if c):
        rows = [[f"{a} {b}".strip() for a, b in zip(rows[0], rows[1])]] + rows[2:]
    if len(rows) > 2 and not rows[0][0] and _stub_head_row(rows[1], rows[2]):
        rows = [[f"{a} {b}".strip() for a, b in zip(rows[0], rows[1])]] + rows[2:]
    return rows


def _stub_head_row(row: list[str], after: list[str]) -> bool:
    """The lowest row of a stacked header, the stub's head in it (``Group | n | % | n | %`` under group labels
    over an empty stub cell, every row ruled): every other cell filled, none with a number, and values under it."""
    rest = row[1:]
    if not row[0] or not rest or sum(1 for c in rest if c) < STUB_HEAD_FILLED * len(rest):
        return False
    if any(NUMERIC_CELL.match(c) and not CI_HEAD_RE.fullmatch(c) for c in row if c):
        return False  # a value (``31.2, SD = 4.1``, ``< 0.01``): a body row
    return any(NUMBER_RE.match(c) for c in after[1:] if c)


CI_HEAD_RE = re.compile(r"\d+%\s+[A-Za-z]+")  # ``95% CI``: a header, though it opens with a number


def region_x(caption: Line, gutter: float | None, page_width: float, lines: list[Line]) -> tuple[float, float]:
    if gutter is None or caption.side == SPAN:
        xs = [ln.x0 for ln in lines] + [ln.x1 for ln in lines]
        return (min(xs) - 1, max(xs) + 1) if xs else (0.0, page_width)
    x0, x1 = (0.0, gutter) if caption.side == LEFT else (gutter, page_width)
    if any(ln.side == MIDDLE for ln in lines):
        # three columns (the reader's one gutter parts the first from the other two): the caption's own
        # column, as far as its lines reach, so the table beside the next column's text takes none of it
        mine = [ln for ln in lines if ln.side == caption.side and ln.rows is None]
        if mine:
            x0, x1 = max(x0, min(ln.x0 for ln in mine) - 1), min(x1, max(ln.x1 for ln in mine) + 1)
    return x0, x1


def unruled_region(caption: Line, lines: list[Line], x0: float, x1: float) -> tuple[float, float] | None:
    """Top and bottom of the column-aligned lines under a caption, or None."""
    below = sorted((ln for ln in lines if ln.top > caption.top + 1 and ln.x0 >= x0 - 1 and ln.x1 <= x1 + 1), key=lambda ln: ln.top)
    width = x1 - x0
    started, top, bottom, prev = False, None, None, caption
    # a header line cut at a false gutter (``Compound`` | ``Discovery cohort``) is two lines on one baseline
    paired = {id(ln) for band in _bands(below[:8]) if len(band) >= 2 for ln in band}
    two_column_text = {
        id(ln) for band in _bands(below) if len(band) == 2 and {b.side for b in band} == {LEFT, RIGHT}
        and all(segments(b) == 1 and not NUMERIC_CELL.match(b.text) and b.x1 - b.x0 > COLUMN_TEXT_SHARE * width and b.size >= 0.9 * caption.size for b in band)
        for ln in band
    }
    sizes: list[float] = []  # the sizes of the lines taken after the first
    for k, ln in enumerate(below):
        pitch = 1.3 * max(ln.size, prev.size)
        if ln.top - prev.bottom > MAX_REGION_GAP * pitch and started:
            break
        tabular = segments(ln) >= 2
        prose = not tabular and ln.x1 - ln.x0 > 0.55 * width
        if TABLE_CAPTION_RE.match(ln.text) or re.match(r"^(?:FIGURE|Figure|FIG\.?|Fig\.?)\s+\d", ln.text):
            break
        if not started:
            if ln.top - caption.bottom > 12 * pitch:
                return None  # nothing under the caption for a long way (the table is an image): the text further down is not it
            if tabular or (id(ln) in paired and not prose and ln.size < caption.size + HEADING_LARGER):
                started, top = True, ln.top
            elif not prose and ln.top - prev.bottom > 0.8 * pitch:
                started, top = True, ln.top  # a short header line after a gap
            elif not prose and _header_top_line(ln, caption, below[k + 1 : k + 2]):
                started, top = True, ln.top
            prev = ln
            if not started and ln.top - caption.bottom > 12 * pitch:
                return None
            bottom = ln.bottom
            sizes.append(ln.size)
            continue
        sentence = ln.size >= caption.size * 0.95 and ln.text[-1:] in ".,;:"
        if prose and (sentence or ln.top - prev.bottom > pitch):
            break  # running prose again: the table has ended
        if id(ln) in two_column_text:
            break  # two columns of running text under a full-width table
        if not tabular and ln.size > caption.size + HEADING_LARGER:
            break  # a section heading under a full-width table (two columns of body text under it)
        if not tabular and ln.size <= caption.size and (_raised_mark(ln) or FOOTNOTE_START.match(ln.text)):
            break  # the table's footnote (``aValues are ...``): the rows ended; notes_below takes it and stops there
        if not tabular and (prose or ln.bold) and ln.size >= statistics.median(sizes) + LARGER_TEXT:
            break  # a heading or running text set larger than the rows (under a key resources table, whose
            # "caption" is a heading larger than the text, so the caption-size tests above do not see them)
        if tabular and ln.size >= statistics.median(sizes) + LARGER_TEXT and ln.x1 - ln.x0 > 0.55 * width and _spread_prose(ln):
            break  # running text right under a table set smaller, justified with wide word spaces (it read as cells)
        bottom, prev = ln.bottom, ln
        sizes.append(ln.size)
    if not started or top is None or bottom is None or bottom <= top:
        return None
    return top - 1, bottom + 1


def _spread_prose(ln: Line) -> bool:
    """A line of words only (no value), most of them in lower case: running text, however wide its spaces."""
    words = [w.text for w in ln.words]
    if len(words) < 3 or any(NUMBER_RE.fullmatch(t.strip(".,;:()")) for t in words):
        return False
    return sum(1 for t in words if t[:1].islower()) * 2 > len(words)


def _header_top_line(ln: Line, caption: Line, after: list[Line]) -> bool:
    """The top line of a wrapped header (one cell's first words), not the caption's wrapped end: set in
    from the caption's left edge, in another size or face than the caption, right over a line of cells."""
    if not after or segments(after[0]) < 2 or after[0].top - ln.bottom > 1.3 * ln.size:
        return False
    other_face = abs(ln.size - caption.size) >= 0.5 or ln.bold != caption.bold
    if not other_face or ln.x0 <= caption.x0 + HEADER_TOP_INDENT * caption.size:
        return False
    # over one cell of the line under it: a caption's wrapped line (hanging under its text) reaches over several
    spans = _word_runs(after[0])
    return sum(1 for a, b in spans if a < ln.x1 and ln.x0 < b) == 1 and not any(ln.x0 < a < ln.x1 for a, _ in spans[1:])


def _word_runs(ln: Line) -> list[tuple[float, float]]:
    """x-ranges of a line's runs of words (split as ``segments`` splits them)."""
    out = [[ln.words[0].x0, ln.words[0].x1]]
    for a, b in zip(ln.words, ln.words[1:]):
        if b.x0 - a.x1 > SEGMENT_GAP_RATIO * ln.size:
            out.append([b.x0, b.x1])
        else:
            out[-1][1] = b.x1
    return [(a, b) for a, b in out]


def _bands(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped by baseline band (a row cut at the gutter into a left and a right line is one band)."""
    out: list[list[Line]] = []
    for ln in sorted(lines, key=lambda ln: ln.bottom):
        if out and ln.bottom - out[-1][-1].bottom < 1.5:
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def _tabular_band(band: list[Line]) -> bool:
    return any(segments(ln) >= 2 for ln in band) or len(band) >= 2


def _prose_band(band: list[Line], caption: Line, width: float) -> bool:
    """Running text: a one-run line in at least the caption's type across much of the box (of a column
    when the band is cut at the gutter)."""
    share = 0.55 if len(band) == 1 else 0.4
    if len(band) == 1 and band[0].side in (LEFT, RIGHT) and caption.side == SPAN:
        share = 0.4  # a line of one column's text under a caption across the page
    return any(segments(ln) == 1 and ln.size >= caption.size * 0.95 and ln.x1 - ln.x0 > share * width for ln in band)


def _near_bands(caption: Line, lines: list[Line], x0: float, x1: float) -> tuple[list[list[Line]], list[list[Line]]]:
    """The baseline bands over a caption (nearest first) and under it, within its box."""
    box = [ln for ln in lines if ln.rows is None and ln.x0 >= x0 - 1 and ln.x1 <= x1 + 1 and ln is not caption]
    over = _bands([ln for ln in box if ln.bottom <= caption.top + 1])[::-1]
    under = _bands([ln for ln in box if ln.top >= caption.bottom - 1])
    return over, under


def caption_below_table(caption: Line, lines: list[Line], x0: float, x1: float) -> bool:
    """A caption printed under its table (Oxford, Wiley, conference styles): rows right over it, none under it."""
    over, under = _near_bands(caption, lines, x0, x1)
    pitch = 1.3 * caption.size
    if not over or caption.top - over[0][-1].bottom > 2 * pitch:
        return False
    # a row of cells right over it, or over the wrapped end of the last row's label (up to three lines)
    prev_top, rows_over = caption.top, False
    for band in over[:4]:
        if prev_top - max(ln.bottom for ln in band) > 2 * pitch or _prose_band(band, caption, x1 - x0):
            break
        if any(segments(ln) >= 2 for ln in band):
            rows_over = True
            break
        prev_top = min(ln.top for ln in band)
    if not rows_over:
        return False
    return not (under and under[0][0].top - caption.bottom < 2 * pitch and any(segments(ln) >= 2 for ln in under[0]))


def unruled_region_above(caption: Line, lines: list[Line], x0: float, x1: float) -> tuple[float, float] | None:
    """Top and bottom of the column-aligned lines over a caption printed under its table, or None.

    Walks up from the caption through the table's baseline bands until running text, a
    heading, another caption or a wide gap; one-run lines over the topmost row (a group
    header, a wrapped header cell) join only when set in the table's type and close over it.
    """
    over, _ = _near_bands(caption, lines, x0, x1)
    width = x1 - x0
    taken: list[list[Line]] = []
    pending: list[list[Line]] = []
    prev_top = caption.top
    for band in over:
        pitch = 1.3 * max(ln.size for ln in band)
        if prev_top - max(ln.bottom for ln in band) > MAX_REGION_GAP * pitch:
            break
        if any(caption_label(ln.text) or re.match(r"^(?:FIGURE|Figure|FIG\.?|Fig\.?)\s+\d", ln.text) for ln in band):
            break
        if _prose_band(band, caption, width):
            break  # running prose over the table
        if _tabular_band(band):
            taken += pending + [band]
            pending = []
        elif not taken and band is not over[0]:
            break
        else:
            pending.append(band)
        prev_top = min(ln.top for ln in band)
    if sum(1 for b in taken if _tabular_band(b)) < 2:
        return None
    size = statistics.median(ln.size for b in taken for ln in b)
    top = min(ln.top for ln in taken[-1])
    for band in pending:  # a group header over the rows: close over them and in their type
        ln = band[0]
        if top - ln.bottom < 0.8 * 1.3 * ln.size and ln.size <= size + 0.2 and ln.text[-1:] != ".":
            top = ln.top
        else:
            break
    bottom = max(ln.bottom for b in taken for ln in b)
    return top - 1, bottom + 1


def _unruled(caption: Line, lines: list[Line], x0: float, x1: float) -> tuple[float, float] | None:
    below = caption_below_table(caption, lines, x0, x1)
    return (unruled_region_above(caption, lines, x0, x1) if below else None) or unruled_region(caption, lines, x0, x1)


def _spanning_row_under(caption: Line, lines: list[Line]) -> bool:
    """The first line under a caption in one column is a row of cells across the gutter, starting under
    the caption: a full-width table under a short caption (``Key resources table``)."""
    # a bare label's caption text (one run per line, from the label's edge, up to three lines) is passed over
    under = sorted((ln for ln in lines if ln.rows is None and ln.top >= caption.bottom - 1), key=lambda ln: ln.top)
    above = caption.bottom
    for k, ln in enumerate(under[:4]):
        if ln.top - above >= 2.5 * 1.3 * caption.size:
            return False
        if k < 3 and segments(ln) == 1 and abs(ln.x0 - caption.x0) < 1.5 and ln.size >= caption.size - 0.6 and caption_label(caption.text) \
                and len(caption.text.split()) <= 2:
            above = ln.bottom
            continue
        return ln.side == SPAN and segments(ln) >= 2 and abs(ln.x0 - caption.x0) < 3 * caption.size
    return False


def _rows_across(caption: Line, lines: list[Line], gutter: float, region: tuple[float, float]) -> bool:
    """The table's rows go on across the gutter: a "gutter" the table's own column gap made on a one-column
    page. Beside the table, on the other side, stand lines in its band that all look like cells (several
    runs, or set smaller than the caption, or short), never running text of the next column, and most of
    them on the baselines of the rows on the caption's side."""
    top, bottom = region
    other = RIGHT if caption.side == LEFT else LEFT
    if any(ln.side == other and caption_label(ln.text) for ln in lines if ln.top < bottom and ln.bottom > caption.top - 3 * caption.size):
        return False  # the other column's own table beside this one (two tables side by side)
    beside = [ln for ln in lines if ln.rows is None and ln.side == other and top <= ln.top and ln.bottom <= bottom]
    mine = [ln for ln in lines if ln.rows is None and ln.side == caption.side and top <= ln.top and ln.bottom <= bottom]
    if len(beside) < 2 or not mine:
        return False
    col = max(ln.x1 for ln in beside) - min(ln.x0 for ln in beside)
    prose = [ln for ln in beside if segments(ln) == 1 and ln.size >= caption.size * 0.95 and ln.x1 - ln.x0 > 0.6 * col]
    tops = sorted(ln.bottom for ln in mine)
    level = sum(1 for ln in beside if _near_any(tops, ln.bottom, 1.0))  # on the baselines of the caption side's rows
    return len(prose) <= ACROSS_PROSE * len(beside) and level >= ACROSS_LEVEL * len(beside)


def _near_any(sorted_ys: list[float], y: float, tol: float) -> bool:
    i = bisect.bisect_left(sorted_ys, y - tol)
    return i < len(sorted_ys) and sorted_ys[i] <= y + tol


def horizontal_rules(plumber_page) -> list[tuple[float, float, float]]:
    """(y, x0, x1) of the page's horizontal rules: lines and hairline rectangles."""
    measured = getattr(plumber_page, "pdfium_rules", None)  # the PDFium reader found them already
    if measured is not None:
        # a bar filled as an open four-point path is a pdfminer "curve", but it draws a rule
        bars = [(float(c["top"]), float(c["x0"]), float(c["x1"])) for c in plumber_page.curves
                if c["height"] < 2.0 and c["width"] > 20 and c.get("visible", True)]
        return join_pieces(measured + bars)
    rules = [(float(ln["top"]), float(ln["x0"]), float(ln["x1"])) for ln in plumber_page.lines if abs(ln["top"] - ln["bottom"]) < 1.5]
    rules += [(float(r["top"]), float(r["x0"]), float(r["x1"])) for r in plumber_page.rects if r["height"] < 2.0 and r["width"] > 20]
    return join_pieces(rules)


def join_pieces(rules: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Rules drawn in pieces at one height (one per column, Cell Press) joined where they touch or overlap."""
    out: list[tuple[float, float, float]] = []
    for y, a, b in sorted(rules, key=lambda r: (round(r[0] * 2), r[1])):
        if out and abs(out[-1][0] - y) < 0.5 and a <= out[-1][2] + 2:
            py, pa, pb = out[-1]
            out[-1] = (py, pa, max(pb, b))
        else:
            out.append((y, a, b))
    return sorted(out)


def rules_region(caption: Line, lines: list[Line], rules: list[tuple[float, float, float]]) -> tuple[float, float, float, float] | None:
    """Box of a table drawn with horizontal rules only (booktabs): from the caption to its last rule.

    The first rule must sit just under the caption and start where it starts; the
    rules give the table's width; the table ends at the last rule before a line of
    running prose.
    """
    # the first rule starts near the caption's start, or indented under it (a table narrower than its caption);
    # a rule under a column group (partial, beside another at its height) is not it
    size = caption.size
    near = [r for r in rules if caption.top < r[0] <= caption.bottom + FIRST_RULE_REACH * size and caption.x0 - 3 * size < r[1] < (caption.x0 + caption.x1) / 2 and r[2] > caption.x0]
    if not near:
        return None
    widest = max(r[2] - r[1] for r in near)
    first = next(r for r in near if r[2] - r[1] >= FULL_RULE * widest)
    if first[0] - caption.bottom > 4 * size:
        head = [ln for ln in lines if caption.bottom < ln.top and ln.bottom < first[0] and first[1] - 1 <= ln.x0 and ln.x1 <= first[2] + 1]
        if not any(segments(ln) >= 2 for ln in head) or _prose(head, first[1], first[2] - first[1], size):
            return None  # only a header of column labels stands between a caption and a rule this far down
    mine = [r for r in rules if r[0] >= first[0]]
    x0, x1 = first[1], first[2]
    mine = [r for r in mine if abs(r[1] - x0) < 2 and abs(r[2] - x1) < 2]
    width = x1 - x0
    bottom = mine[0][0]
    for rule in mine[1:]:
        between = [ln for ln in lines if bottom < ln.top < rule[0] and ln.x0 >= x0 - 1 and ln.x1 <= x1 + 1]
        # prose starts at the table's left edge; a wrapped cell of an inner column (its first cell empty) does not
        if any(_running_line(ln, width, caption.size) and ln.x0 - x0 < RUNNING_LINE_INDENT * caption.size for ln in between) or _prose(between, x0, width, caption.size):
            break
        bottom = rule[0]
    if bottom - mine[0][0] < 2 * caption.size:
        return None
    # a header over the first rule (no top rule) is in; a wrapped caption line above the top rule stays out
    over = sorted((ln for ln in lines if caption.bottom < ln.top and ln.bottom < mine[0][0] and ln.x0 >= x0 - 1 and ln.x1 <= x1 + 1), key=lambda ln: ln.top)
    top = caption.bottom + 0.5 if any(segments(ln) >= 2 for ln in over) else max(caption.bottom + 0.5, mine[0][0] - 1)
    # the caption's own wrapped lines (its face, from its left edge) stay out, and so does a caption line that
    # runs on past the rules (a bare ``TABLE 1`` over caption text wider than the table)
    wide = sorted((ln for ln in lines if caption.bottom < ln.top and ln.bottom < mine[0][0] and x0 - 1 <= ln.x0 < x1), key=lambda ln: ln.top)
    for ln in wide:
        if ln.x1 > x1 + 1 and segments(ln) == 1 and ln.rows is None:
            top = max(top, ln.bottom + 0.5)
            continue
        if ln.x1 > x1 + 1:
            break
        if segments(ln) >= 2 or abs(ln.x0 - caption.x0) > 1.5 or ln.size < caption.size - 0.2:
            break
        top = max(top, ln.bottom + 0.5)
    return x0 - 1, top, x1 + 1, rows_under(lines, x0, x1, bottom + 1)  # a total row under the last rule is in


def _running_line(ln: Line, width: float, size: float) -> bool:
    """One run of text across most of the box (``RUNNING_LINE_SHARE`` of its width) in at least the caption's size."""
    return segments(ln) == 1 and ln.x1 - ln.x0 > RUNNING_LINE_SHARE * width and ln.size >= size


def _prose(lines: list[Line], x0: float, width: float, size: float) -> bool:
    """Running text between two rules: several one-run lines of at least the caption's size, each a good
    share of the rules' width, from the left edge of the rules or of a column of body text (not a wrapped
    cell of an inner column)."""
    starts = {round(ln.x0) for ln in lines if segments(ln) >= 2}  # where the table's own rows start
    return sum(
        1 for ln in lines
        if segments(ln) == 1 and ln.x1 - ln.x0 > PROSE_WIDTH * width and ln.size >= size
        and (ln.x0 - x0 < 2 * size or not any(abs(ln.x0 - s) < 2 for s in starts) and ln.x0 - x0 > 0.4 * width)
    ) >= PROSE_LINES


def _raised_mark(ln: Line) -> bool:
    """The line opens with a raised footnote mark (``a``, ``*``, ``1``): a short raised word before text
    on the baseline; a whole line marked raised (a wrapped cell word) is no mark."""
    ws = ln.words
    return bool(ws) and ws[0].sup and len(ws[0].text) <= MARK_CHARS and (len(ws) == 1 or not ws[1].sup)


def _note_start(ln: Line, size: float) -> bool:
    return bool(ln.words) and (_raised_mark(ln) or bool(FOOTNOTE_START.match(ln.text)) or ln.size <= size - FOOTNOTE_SMALLER)


def _notes(lines: list[Line], size: float) -> list[str]:
    """Footnote texts of footnote lines: a line that starts with a mark starts a note, the others go on it."""
    notes: list[list[str]] = []
    for ln in lines:
        if not notes or (_note_start(ln, size) and (_raised_mark(ln) or FOOTNOTE_START.match(ln.text))):
            notes.append([])
        notes[-1].append(ln.text)
    return [join_lines(n) for n in notes]


def split_footnotes(words: list[Word]) -> tuple[list[Word], list[str]]:
    """The table's own words and the footnotes at its foot (inside its rules, PLOS/Portland: ``*Not determined``).

    The footnotes are the one-run lines at the bottom from the first one that
    starts with a mark (a superscript, ``*``, ``a``, ``Abbreviations``) or is set
    smaller than the table; a line with cells in two columns ends the search.
    """
    if not words:
        return words, []
    lines = sorted(words_to_lines(words), key=lambda ln: ln.top)
    size = statistics.median(w.size for w in words)
    k = len(lines)
    while k > 0 and segments(lines[k - 1]) == 1:
        k -= 1
    start = next((i for i in range(k, len(lines)) if _note_start(lines[i], size)), None)
    if start is None or start < 2:
        return words, []
    gone = {id(w) for ln in lines[start:] for w in ln.words}
    return [w for w in words if id(w) not in gone], _notes(lines[start:], size)


def notes_below(box: tuple[float, float, float, float], lines: list[Line], size: float) -> tuple[float, list[str]]:
    """Footnotes printed under a table's last rule: the bottom of the box taken down over them, and their texts.

    They start right under the box with a mark or in smaller type, and run as one-run
    lines within the table's width until a gap or a line that is neither.
    """
    x0, top, x1, bottom = box
    # by the line's middle, as region_words takes words: a raised mark (``<sup>a</sup>Values ...``) lifts the
    # line's top over the last rule
    under = sorted(
        (ln for ln in lines if ln.rows is None and (ln.top + ln.bottom) / 2 > bottom and ln.x0 >= x0 - 2 and ln.x1 <= x1 + NOTE_OVERHANG * (x1 - x0)),
        key=lambda ln: ln.top,
    )
    taken: list[Line] = []
    prev_bottom = bottom
    right = x1 + 2  # a narrow table's footnote may run on to the column's edge when it starts under the table's left edge
    for ln in under:
        if ln.top - prev_bottom > 0.8 * max(ln.size, size) or segments(ln) != 1:
            break
        if ln.x1 > right and (taken or abs(ln.x0 - x0) > 2):
            break
        if not taken:
            right = max(right, ln.x1 + 2)
        if not taken and not _note_start(ln, size):
            break
        if taken and not (_note_start(ln, size) or ln.size <= size + 0.2):
            break
        taken.append(ln)
        prev_bottom = ln.bottom
    if not taken:
        return bottom, []
    return taken[-1].bottom + 0.5, _notes(taken, size)


def _find(plumber_page, settings=None) -> list:
    try:
        return plumber_page.find_tables(settings)
    except Exception as exc:  # the finder can trip over odd graphics; the text is still usable
        log.debug("table finder failed on page %s: %s", getattr(plumber_page, "page_number", "?"), exc)
        return []


def open_sides(bbox: tuple[float, float, float, float], rules: list[tuple[float, float, float]]) -> tuple[float, float] | None:
    """The x-extent of the rules framing a found table when they reach past its outer columns, else None.

    Tables with rules between the inner columns only (PLOS: no border left of the
    first column or right of the last) leave the finder without those two columns.
    """
    x0, top, x1, bottom = bbox
    frame = [r for r in rules if top - 3 <= r[0] <= bottom + 3 and r[1] <= x0 + 2 and r[2] >= x1 - 2]
    if not frame:
        return None
    a, b = min(r[1] for r in frame), max(r[2] for r in frame)
    return (a, b) if a < x0 - OPEN_SIDE or b > x1 + OPEN_SIDE else None


def _vertical(x: float, top: float, bottom: float) -> dict:
    return {"object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom, "doctop": top, "width": 0.0, "height": bottom - top}


def cell_text(words: list[Word], bbox) -> str:
    """The text of one cell from the reader's words (their spaces and ligatures already right)."""
    if bbox is None:
        return ""
    x0, top, x1, bottom = bbox
    inside = [w for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom]
    if not inside:
        return ""
    return join_lines([" ".join(normalize_text(w.text) for w in ln.words) for ln in sorted(words_to_lines(inside), key=lambda ln: ln.top)])


def _cell_words(t, words: list[Word]) -> list[list[list[Word]]]:
    """The reader's words in each cell box of a found table, row by row."""
    out = []
    for row in t.rows:
        cells = []
        for c in row.cells:
            if c is None:
                cells.append([])
                continue
            x0, top, x1, bottom = (float(v) for v in c)
            cells.append([w for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom])
        out.append(cells)
    return out


def table_cells(t, words: list[Word] | None) -> list[list[str | None]]:
    """A found table's cells: the reader's words in each cell box (pdfplumber's own text when no words are given).

    pdfplumber's text of PDFium characters loses word spaces that PDFium draws as
    gaps (``SPADChlorophyllContent``); the reader's words keep them.
    """
    if words is None:
        return t.extract()
    return [[cell_text(words, c) for c in row.cells] for row in t.rows]


def rules_region_above(caption: Line, lines: list[Line], rules: list[tuple[float, float, float]]) -> tuple[float, float, float, float] | None:
    """Box of a rules-only table printed above its caption (ACL, IEEE): from its first rule to the last one over the caption.

    The last rule must end just above the caption and span its middle; the table
    goes up through rules of the same width until running prose sits between two.
    """
    mid = (caption.x0 + caption.x1) / 2
    above = [r for r in rules if r[0] < caption.top and r[1] - 2 <= mid <= r[2] + 2]
    if not above or caption.top - above[-1][0] > 4 * caption.size:
        return None
    x0, x1 = above[-1][1], above[-1][2]
    mine = [r for r in above if abs(r[1] - x0) < 2 and abs(r[2] - x1) < 2]
    width = x1 - x0
    top = mine[-1][0]
    for rule in reversed(mine[:-1]):
        between = [ln for ln in lines if rule[0] < ln.top < top and ln.x0 >= x0 - 1 and ln.x1 <= x1 + 1]
        if any(_running_line(ln, width, caption.size) and ln.text[-1:] in ".,;" for ln in between) or _prose(between, x0, width, caption.size):
            break
        top = rule[0]
    if mine[-1][0] - top < 2 * caption.size:
        return None
    return x0 - 1, top - 0.5, x1 + 1, mine[-1][0] + 0.5


def shading_edges(plumber_page) -> list[tuple[float, float, float]]:
    """(y, x0, x1) of the top and bottom of every fill-only box: rows told apart by shading (Cell Press
    key resources tables shade rows white and grey, with no rule between them).

    A white box that other boxes overlap by more than a hairline is an eraser behind
    them (PeerJ paints one behind the header), not a row: left out.  Where two boxes of
    one colour and width meet, one shaded row was painted in pieces: no edge there.
    """
    found = [
        d for d in list(getattr(plumber_page, "rects", [])) + list(getattr(plumber_page, "curves", []))
        if not d.get("stroke", True) and d["height"] >= THIN_BAR and d["width"] > 20
    ]
    boxes = [(float(d["top"]), float(d["bottom"]), float(d["x0"]), float(d["x1"]), d.get("visible", True)) for d in found]
    painted: dict[tuple, list[tuple[float, float]]] = {}
    for d in found:
        if d.get("ink") is not None:
            painted.setdefault((d["ink"], round(d["x0"]), round(d["x1"])), []).append((float(d["top"]), float(d["bottom"])))

    def joined(d: dict, y: float) -> bool:
        return d.get("ink") is not None and any(
            abs(b - y) < SHADE_OVERLAP and abs(t - y) >= SHADE_OVERLAP or abs(t - y) < SHADE_OVERLAP and abs(b - y) >= SHADE_OVERLAP
            for t, b in painted.get((d["ink"], round(d["x0"]), round(d["x1"])), [])
            if not (abs(t - float(d["top"])) < 0.5 and abs(b - float(d["bottom"])) < 0.5)
        )

    if len(boxes) > MAX_SHADES:
        boxes = [b for b in boxes if b[4]]
    out = []
    for k, (top, bottom, x0, x1, visible) in enumerate(boxes):
        if not visible and any(
            i != k
            and min(bottom, b[1]) - max(top, b[0]) > SHADE_OVERLAP
            and min(x1, b[3]) > max(x0, b[2])
            and not (abs(top - b[0]) < 1 and abs(bottom - b[1]) < 1)  # a cell box of the same row
            for i, b in enumerate(boxes)
        ):
            continue
        later = boxes[k + 1 :] if len(boxes) <= MAX_COVER_CHECK else []
        for y in (top, bottom):
            if joined(found[k], y) or any(b[4] and b[0] + SHADE_OVERLAP < y < b[1] - SHADE_OVERLAP and b[2] <= x0 + 2 and b[3] >= x1 - 2 for b in later):
                continue  # painted over by a box drawn later: no edge shows there
            out.append((y, x0, x1))
    return out


def full_rule_ys(rules: list[tuple[float, float, float]], box: tuple[float, float, float, float]) -> list[float]:
    """The ys of rules inside ``box`` that cross (nearly) all of it, a rule drawn in pieces joined.

    A partial rule (under a column-group header) neither ends the header nor parts rows.
    """
    x0, top, x1, bottom = box
    inside = sorted((y, max(a, x0), min(b, x1)) for y, a, b in rules if top + 2 < y < bottom - 2 and a < x1 and b > x0)
    out: list[float] = []
    i = 0
    while i < len(inside):
        j = i
        while j + 1 < len(inside) and inside[j + 1][0] - inside[i][0] < 1.0:
            j += 1
        spans = sorted((a, b) for _, a, b in inside[i : j + 1])
        covered, end = 0.0, x0
        for a, b in spans:
            if b > end:
                covered += b - max(a, end)
                end = b
        if covered >= FULL_RULE * (x1 - x0):
            out.append(inside[i][0])
        i = j + 1
    return out


def ruled_tables(plumber_page, words: list[Word] | None = None) -> list[FoundTable]:
    out = []
    found = _find(plumber_page)
    rules = horizontal_rules(plumber_page) if found else []
    sides = [open_sides(tuple(float(v) for v in t.bbox), rules) for t in found]
    if any(sides):  # once more with the frame's ends as explicit borders
        extra = [_vertical(x, float(t.bbox[1]), float(t.bbox[3])) for t, sd in zip(found, sides) if sd for x in sd]
        found = _find(plumber_page, {"explicit_vertical_lines": extra})
    for t in found:
        rows = merge_header_rows(clean_rows(table_cells(t, words)))
        if words is not None and rows and stacked_rows(_cell_words(t, words)):
            # a frame and column rules, no rule between the rows: read the box row by row from its text
            box = tuple(float(v) for v in t.bbox)
            inside = [w for w in words if box[0] <= (w.x0 + w.x1) / 2 <= box[2] and box[1] <= (w.top + w.bottom) / 2 <= box[3]]
            again = words_to_grid(inside, full_rule_ys(rules or horizontal_rules(plumber_page), box))
            if len(again) > len(rows) and len(again[0]) == len(rows[0]):
                rows = again
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            out.append(FoundTable(tuple(float(v) for v in t.bbox), rows))
    return out


def words_to_columns(words: list[Word], min_gap: float) -> list[tuple[float, float]]:
    """x-intervals of the columns, split at white gaps of ``min_gap`` points down (nearly) all the rows.

    A gap may be bridged by a few rows (a spanning sub-heading or a long cell):
    up to a tenth of the rows may cross it.
    """
    lines = words_to_lines(words)
    lo = int(min(w.x0 for w in words))
    hi = int(max(w.x1 for w in words)) + 2
    cover = np.zeros(hi - lo + 1, dtype=np.int32)
    for ln in lines:
        row = np.zeros_like(cover)
        for w in ln.words:
            row[int(w.x0) - lo : int(w.x1) - lo + 1] = 1
        cover += row
    allowed = max(1, len(lines) // 10) if len(lines) >= 6 else 0
    free = cover <= allowed
    cols: list[tuple[float, float]] = []
    start = None
    gap = 0
    for i, is_free in enumerate(free.tolist() + [True] * (int(min_gap) + 2)):
        if not is_free:
            if start is None:
                start = i
            gap = 0
        elif start is not None:
            gap += 1
            if gap >= min_gap:
                cols.append((lo + start, lo + i - gap + 1))
                start, gap = None, 0
    return cols


def _header_columns(columns: list[tuple[float, float]], header: list[Word], min_gap: float, body: list[Word]) -> list[tuple[float, float]]:
    """Body columns plus any header cell standing over no body column: a column with values in only a row
    or two (the last column of a triangular matrix) is white space to the body's column finder."""
    if not header or not columns:
        return columns
    out = list(columns)
    lo, hi = min(w.x0 for w in body), max(w.x1 for w in body) + 2 * min_gap  # over the body's own extent
    runs: list[tuple[float, float]] = []
    for ln in words_to_lines(header):
        run: list[Word] = []
        for w in ln.words + [None]:
            if w is not None and (not run or w.x0 - run[-1].x1 < min_gap):
                run.append(w)
                continue
            runs.append((run[0].x0, run[-1].x1))
            run = [w] if w is not None else []
    out = columns = _split_at_header_edges(out, runs, body)
    out = list(out)
    over = lambda a, b, col: col[0] - 1 < b and a < col[1] + 1  # noqa: E731
    # the lines of one header cell wrapped over lines (``Time to relapse`` / ``(months)``): runs stacked on each
    # other, overlapping by half the shorter one
    stacked = lambda r, q: r != q and min(r[1], q[1]) - max(r[0], q[0]) >= 0.5 * min(r[1] - r[0], q[1] - q[0])  # noqa: E731
    headless = [col for col in columns if not any(over(a, b, col) for a, b in runs)]
    for a, b in runs:
        if any(over(a, b, col) for col in out) or not (lo < a and b <= hi):
            continue
        # a cell's other line stands over a body column (a units line shorter than the name over it): that column
        # is this line's too, not a column of its own
        mates = [[col for col in out if over(q[0], q[1], col)] for q in runs if stacked((a, b), q)]
        mate = next((m[0] for m in mates if len(m) == 1), None)  # over one column (a group header spans several)
        if mate is not None:
            out[out.index(mate)] = (min(mate[0], a), max(mate[1], b))
            continue
        # a header set left (or centred) over values set right stands beside its column: the next body
        # column either side that no header cell is over is this header's, not a column of its own
        left = max((col for col in columns if col[1] <= a), default=None)
        right = min((col for col in columns if col[0] >= b), default=None)
        owner = next((col for col in (right, left) if col is not None and col in headless and col in out and not any(
            over(x, y, (min(col[1], a), max(col[0], b))) for x, y in runs if (x, y) != (a, b) and not stacked((a, b), (x, y)))), None)
        if owner is not None:  # the column reaches over its header, so the header's words fall in it
            out[out.index(owner)] = (min(owner[0], a), max(owner[1], b))
            continue
        out.append((a, b))
    return sorted(set(out))


def _split_at_header_edges(columns: list[tuple[float, float]], runs: list[tuple[float, float]], body: list[Word]) -> list[tuple[float, float]]:
    """Columns set closer than the column gap (half an em between right-set values and a text column set
    left): a body column is cut where a header cell starts inside it, when no body word crosses that edge
    (nor comes within ``EDGE_CLEAR`` font sizes of it from the left) and most of the column's lines have a
    word starting on it (the second column's left edge)."""
    out = []
    for col in columns:
        mine = [w for w in body if col[0] - 1 <= w.x0 and w.x1 <= col[1] + 1]
        if not mine:
            out.append(col)
            continue
        size = statistics.median(w.size for w in mine)
        lines = words_to_lines(mine)
        cut = col
        for a, _b in sorted(runs):
            if not (cut[0] + size < a < cut[1] - size):
                continue
            if any(w.x0 < a - 0.5 and w.x1 > a - EDGE_CLEAR * size for w in mine):
                continue
            starting = sum(1 for ln in lines if any(abs(w.x0 - a) <= 1.0 for w in ln.words))
            if starting < EDGE_SHARE * len(lines):
                continue
            left = max(w.x1 for w in mine if w.x1 <= a)
            out.append((cut[0], left))
            cut = (a, cut[1])
        out.append(cut)
    return out


def words_to_grid(words: list[Word], rule_ys: list[float]) -> list[list[str]]:
    """Text-alignment table strategy: columns from vertical white space, rows from lines and rules.

    Hand-written because pdfplumber's ``text`` strategy infers cell edges from word
    edges and cuts words that overhang them, and splits every wrapped cell into
    rows.  Here a column is a run of words no white gap crosses; a line whose first
    cell is empty continues the row above (a wrapped cell), and rules inside the
    table separate the header from the body.
    """
    if not words:
        return []
    size = statistics.median(w.size for w in words)
    lines = split_baselines(words_to_lines(words), BASELINES_APART)
    # a rule under the header is under the middle of its last line: a rule set tight under the text may
    # lie inside the font's descent (above the words' bottom)
    header_end = min((y for y in rule_ys if y > _mid(lines[0])), default=None)
    if header_end is not None and value_rows(lines, header_end) >= VALUE_ROWS:
        header_end = None  # a rule over a total row, rows of values over it: no header rule
    if header_end is None:
        header_end = _bold_header_end(lines, size)
    # columns from the body: a header cell spanning a column group ("CS" over "prec. yield") bridges their gap
    body = [w for w in words if _mid(w) > header_end]
    spanning = _spanning_labels([ln for ln in lines if _mid(ln) > header_end])
    if spanning:  # centred group labels bridge the gaps between the columns under them: columns from the other lines
        body = [w for ln in lines if _mid(ln) > header_end and id(ln) not in spanning for w in ln.words]
    columns = words_to_columns(body if len(body) >= 4 else words, COLUMN_GAP_RATIO * size)
    if len(body) >= 4:
        columns = _header_columns(columns, [w for w in words if _mid(w) <= header_end], COLUMN_GAP_RATIO * size, body)
    if len(columns) < 2:
        return []
    # rules between the body rows (more than booktabs' midrule): each band between two rules is one row
    body_rules = sorted(y for y in rule_ys if y > header_end + 1)
    banded = len(body_rules) - len(_label_band_edges(lines, body_rules)) >= MIN_ROW_RULES
    rows: list[list[list[str]]] = []
    prev_bottom = None
    prev_texts: list[str] = []
    prev_line: Line | None = None
    row_gap = _row_gap(lines, columns)
    prev_band = -1
    first_body: int | None = None  # the row the body starts on, and the body's lines: (baseline, size, cell texts)
    body_lines: list[tuple[float, float, list[str]]] = []
    for ln in lines:
        cells: list[list[str]] = [[] for _ in columns]
        prev_w, prev_j = None, -1
        for w in ln.words:
            j = min(range(len(columns)), key=lambda k: _distance(w, columns[k]))
            if prev_j == 0 and _distance(w, columns[j]) > 0 and w.x0 - prev_w.x1 <= SEGMENT_GAP_RATIO * ln.size:
                j = 0  # a word in a column gap goes on the first-column text before it (a long group label)
            cells[j].append(normalize_text(w.text))
            prev_w, prev_j = w, j
        group_label = id(ln) in spanning and _across_columns(ln, columns)
        if group_label or _spilled_label(ln, cells, columns):  # a group label over the columns (centred), or longer
            cells = [[normalize_text(w.text) for w in ln.words]] + [[] for _ in columns[1:]]  # than the first column
        texts = [" ".join(c) for c in cells]
        in_header = _mid(ln) <= header_end
        header_ends_here = prev_line is not None and _mid(prev_line) <= header_end < _mid(ln)
        if banded and not in_header:
            band = bisect.bisect_left(body_rules, (ln.top + ln.bottom) / 2)
            new_row = header_ends_here or band != prev_band or not rows
            prev_band = band
        elif in_header:
            new_row = not rows  # every header line belongs to the one header row
        else:
            new_row = bool(
                header_ends_here or group_label or texts[0] or ln.top - (prev_bottom or ln.top) > ROW_GAP_RATIO * size
                or (rows and _number_under_number(texts, rows[-1]))
                or (_sub_row(texts, prev_texts) and not _cells_wrapped(ln, prev_line, columns))
            )
            if group_label:
                pass
            elif new_row and not header_ends_here and rows and _wrapped_label(ln, texts, prev_line, prev_texts, rows[-1], row_gap, columns):
                new_row = False  # the first cell's text wrapped onto this line (a long row label)
            elif new_row and not header_ends_here and rows and _label_goes_on(ln, texts, prev_line, prev_texts, rows[-1]):
                new_row = False  # the values centred on a wrapped label's height stand on its second line
        if new_row:
            rows.append([[t] if t else [] for t in texts])
        else:
            for j, t in enumerate(texts):
                if t:
                    rows[-1][j].append(t)
        if not in_header and not group_label:
            if first_body is None:
                first_body = len(rows) - 1 if new_row else None
            body_lines.append((ln.bottom, ln.size, texts))
        elif not in_header:
            body_lines = [] if first_body is None else body_lines  # a group label: the blocks are read between labels only
            first_body = None if not body_lines else first_body
        prev_bottom, prev_texts, prev_line = ln.bottom, texts, ln
    out = [[join_lines(cell) for cell in row] for row in rows]
    if not banded and first_body is not None and len(body_lines) == sum(1 for ln in lines if _mid(ln) > header_end):
        blocked = block_rows(body_lines, BLOCK_PITCH_SLACK, VALUE_RE)  # cells wrapped in several columns, top or centred
        if blocked is not None and len(blocked) >= BLOCK_ROWS_SHARE * (len(out) - first_body):
            out = out[:first_body] + blocked
    return merge_header_rows([r for r in out if not all(LEADER_RE.fullmatch(c) for c in r)])


def _spanning_labels(body: list[Line]) -> set[int]:
    """ids of the body lines that may be spanning group labels (``Cell lines`` centred over the value columns):
    one run, no value, not the first line's text, while most body lines are rows of two or more runs."""
    one = [ln for ln in body if segments(ln) == 1 and not any(VALUE_RE.fullmatch(w.text) for w in ln.words)]
    rows = [ln for ln in body if segments(ln) >= 2]
    if not one or len(rows) < SPANNING_LABEL_ROWS * len(one):
        return set()
    left = min(w.x0 for ln in rows for w in ln.words)
    return {id(ln) for ln in one if ln.words[0].x0 > left + ln.size}  # set in from the stub's edge (centred)


def _across_columns(ln: Line, columns: list[tuple[float, float]]) -> bool:
    """The line's run stands over two or more columns, or is a short capitalised phrase set on no column's left
    or right edge (centred over the table); a cell's wrapped line, on its column's edge or long, is neither."""
    a, b = ln.words[0].x0, ln.words[-1].x1
    if sum(1 for c0, c1 in columns if a < c1 and c0 < b) >= 2:
        return True
    aligned = any(abs(a - c0) <= EDGE_TOLERANCE or abs(b - c1) <= EDGE_TOLERANCE for c0, c1 in columns)
    return not aligned and len(columns) >= 3 and ln.words[0].text[:1].isupper() and len(ln.words) <= SPANNING_LABEL_WORDS


def _label_band_edges(lines: list[Line], rules: list[float]) -> set[float]:
    """Edges of the bands between two rules that hold one group label only (a tinted or ruled ``Xenografts`` row:
    one line of one run and no number). Such bands part row groups, not rows: when the rules are mostly their
    edges, the rows between them are read from their lines, not one row per band."""
    out: set[float] = set()
    for a, b in zip(rules, rules[1:]):
        inside = [ln for ln in lines if a < _mid(ln) < b]
        if len(inside) == 1 and segments(inside[0]) == 1 and not any(VALUE_RE.fullmatch(w.text) for w in inside[0].words):
            out |= {a, b}
    return out


def _spilled_label(ln: Line, cells: list[list[str]], columns: list[tuple[float, float]]) -> bool:
    """A line of the first two columns only, its words one phrase in word spacing (``SPILL_SPACE`` font sizes
    at most across the column edge), starting at the first column: a spanning label (a key resources
    section ``Chemicals, peptides, and recombinant proteins``), not two cells."""
    if len(columns) < 3 or not cells[0] or not cells[1] or any(cells[2:]) or len(ln.words) < 2:
        return False
    if ln.words[0].x0 > columns[0][0] + ln.size:
        return False
    return all(b.x0 - a.x1 <= SPILL_SPACE * ln.size for a, b in zip(ln.words, ln.words[1:]))


def _bold_header_end(lines: list[Line], size: float) -> float:
    """Under the header of a table with no rule under it: its first line, or every bold line from the first
    down to the body's first regular one (a header wrapped onto two or three lines, set bottom-aligned so
    the first column's header stands on the last)."""
    k = 1
    if lines[0].bold:
        while k < len(lines) - 1 and lines[k].bold and lines[k].top - lines[k - 1].bottom < ROW_GAP_RATIO * size:
            k += 1
        if k >= len(lines) - 1 or not any(not ln.bold for ln in lines[k:]):
            k = 1  # all bold: no header told apart by its face
    return lines[k - 1].bottom + 0.5


PLAIN_WORD_RE = re.compile(r"^[a-z]+(?:\s|$)")  # a lower-case word (``with``), not a gene or probe name (``siATG7``)


def _label_goes_on(ln: Line, texts: list[str], prev: Line | None, prev_texts: list[str], row: list[list[str]]) -> bool:
    """A line carrying on a row that is only a label so far, with the row's values: a row label wrapped
    over two lines with its values set at the middle of the pair (on the second line's baseline). It goes
    on in lower case or after a word that leaves the phrase open; a group label (its own face) does not."""
    if prev is None or not texts[0] or not any(texts[1:]) or len(row) != len(texts):
        return False
    if not row[0] or any(row[1:]) or prev_texts != [row[0][-1]] + [""] * (len(texts) - 1):
        return False
    if ln.bold != prev.bold or ln.italic != prev.italic:
        return False
    return bool(PLAIN_WORD_RE.match(texts[0]) or CELL_GOES_ON.search(prev_texts[0]))


def _mid(o) -> float:
    return (o.top + o.bottom) / 2


def _row_gap(lines: list[Line], columns: list[tuple[float, float]]) -> float | None:
    """The table's usual white space over a row: the median gap above the lines that fill two or more columns."""
    gaps = []
    for a, b in zip(lines, lines[1:]):
        filled = {min(range(len(columns)), key=lambda k: _distance(w, columns[k])) for w in b.words}
        if len(filled) >= 2:
            gaps.append(b.top - a.bottom)
    return statistics.median(gaps) if len(gaps) >= 3 else None


def _wrapped_label(ln: Line, texts: list[str], prev: Line | None, prev_texts: list[str], row: list[list[str]], row_gap: float | None,
                   columns: list[tuple[float, float]] | None = None) -> bool:
    """A line with text in the first column (and maybe in other columns that had text on the line above),
    under a line with a first cell of its own and more cells filled, carries on those cells (a row label
    wrapped in its column, beside a wrapped text cell): it sits closer under it than the rows sit apart, or the
    cell above ends mid-phrase, or this line goes on in lower case. A group label (a new face, after the
    usual row gap, capitalised) starts a row."""
    if prev is None or not texts[0] or not prev_texts or not prev_texts[0] or len(row) != len(texts):
        return False
    others = [j for j, t in enumerate(texts) if t and j > 0]
    if any(not row[j] for j in others):
        return False
    if len(others) + 1 >= sum(1 for c in row if c) and not _all_cells_go_on(texts, others, row, columns is not None and _cells_wrapped(ln, prev, columns)):
        return False  # only the cells that had text on the line above may go on (several wrapped cells of one row)
    if any(VALUE_RE.fullmatch(texts[j]) for j in others):
        return False
    if sum(1 for j in others if NUMERIC_CELL.match(texts[j])) >= 2:
        return False  # values in two cells (``96.6 ± 1.8`` ... ``44.3 ± 7.0``): a row of its own, whose label is a lower-case drug name
    if ln.bold != prev.bold or ln.italic != prev.italic:
        return False
    gap = ln.top - prev.bottom
    close = row_gap is not None and gap < WRAP_GAP_SHARE * row_gap
    # a text cell beside the label going on in lower case on this line (``increased under hypoxia and low`` /
    # ``glucose``) while every value column stays empty: the row's label and text cell wrapped together
    text_goes_on = bool(others) and all(PLAIN_WORD_RE.match(texts[j]) for j in others)
    return close or bool(CELL_GOES_ON.search(prev_texts[0])) or texts[0][:1].islower() or text_goes_on


VALUE_RE = re.compile(r"[<>≤≥~]?\s*[-+−–]?\d+(?:[.,]\d+)?\s*%?")


def _number_under_number(texts: list[str], row: list[list[str]]) -> bool:
    """A line with an empty first cell and a number under the row's number in the same column is a row of its
    own (a sub-row, ``Zn2+ | 2.0`` under ``Tyr501 | 2.7``): a number never wraps onto a second line."""
    return any(
        t and row[j] and VALUE_RE.fullmatch(t) and VALUE_RE.fullmatch(row[j][-1])
        for j, t in enumerate(texts) if j > 0
    )


def _sub_row(texts: list[str], prev: list[str]) -> bool:
    """A line filling every column but the first, under a line that filled them all and ended each cell
    (no trailing comma, ``and``, hyphen), is a row of its own under the same row label (``FN 3`` with
    one ligand and reference per line), not the wrapped end of the row above; unless every cell goes on
    in lower-case words (text cells wrapped together, ``hypoxia in resistant`` | ``slowed under``)."""
    return (
        len(texts) >= 3 and not texts[0] and all(texts[1:]) and len(prev) == len(texts) and all(prev[1:])
        and not any(CELL_GOES_ON.search(t) for t in prev[1:])
    )


def _cells_wrapped(ln: Line, prev: Line | None, columns: list[tuple[float, float]]) -> bool:
    """Every cell the line fills past the first is text its cell on the line above had no room for: that
    cell's last word, a space and this cell's first word reach (nearly) to the column's right edge (text cells of
    one row wrapped together, ``lysosomal`` / ``turnover of damaged``), so the line is no sub-row."""
    if prev is None:
        return False
    first: dict[int, Word] = {}
    last: dict[int, Word] = {}
    for w in ln.words:
        j = min(range(len(columns)), key=lambda k: _distance(w, columns[k]))
        if j > 0 and (j not in first or w.x0 < first[j].x0):
            first[j] = w
    for w in prev.words:
        j = min(range(len(columns)), key=lambda k: _distance(w, columns[k]))
        if j not in last or w.x1 > last[j].x1:
            last[j] = w
    if not first or any(j not in last or NUMERIC_CELL.match(last[j].text) or NUMERIC_CELL.match(first[j].text) for j in first):
        return False  # a value never wraps (``Donor A | 26.8–48.1`` under ``Donor B | 36.8–62.5`` is a row)
    space = WRAP_SPACE * ln.size
    # the column's right edge is its widest line's, at most the room a cell has: within WRAP_SLACK of it is no room
    return all(last[j].x1 + space + (w.x1 - w.x0) > columns[j][1] - WRAP_SLACK * ln.size for j, w in first.items())


def _all_cells_go_on(texts: list[str], others: list[int], row: list[list[str]], no_room: bool = False) -> bool:
    """The label goes on in a lower-case word and every other cell goes on under a text cell (no value) of the
    row, in lower-case words or for want of room on the line above (``_cells_wrapped``), one at least in
    lower-case words: the row label and
    several text cells wrapped together (``EGFR`` / ``overexpression`` beside wrapped texts)."""
    if not PLAIN_WORD_RE.match(texts[0]) or not others:
        return False
    if not any(PLAIN_WORD_RE.match(texts[j]) for j in others):
        return False  # a lower-case label over cells that all start anew (``temozolomide | MedChemExpress``): a row
    return all((no_room or PLAIN_WORD_RE.match(texts[j])) and not NUMERIC_CELL.match(row[j][-1]) and len(row[j][-1].split()) >= 2 for j in others)


def _distance(w: Word, col: tuple[float, float]) -> float:
    if col[0] - 1 <= w.x0 and w.x1 <= col[1] + 1:
        return 0.0
    return min(abs(w.x0 - col[0]), abs(w.x1 - col[1]))


def region_words(lines: list[Line], box: tuple[float, float, float, float]) -> list[Word]:
    x0, top, x1, bottom = box
    return [
        w for ln in lines if ln.rows is None for w in ln.words
        if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom
    ]


def page_tables(plumber_page, lines: list[Line], gutter: float | None, n_hlines: int, want_continuation: bool | int) -> list[FoundTable]:
    """The tables of one page, each with the label of its caption (``""`` for a continuation).

    ``want_continuation``: the page before ended in a table; an int is that table's column count (an
    unruled part at this page's top must have as many)."""
    captions = [ln for ln in lines if caption_label(ln.text)]
    if not captions and not want_continuation:
        return []
    lines, sides = split_side_captions(lines, caption_label, gutter)  # captions beside their tables: cut from the rows
    if sides:
        stand_in = {id(s.caption): s.virtual for s in sides}
        captions = [stand_in.get(id(ln), ln) for ln in lines if caption_label(ln.text)]
    side_of = {id(s.virtual): s for s in sides}
    page_words = [w for ln in lines if ln.rows is None for w in ln.words]
    if n_hlines < 2:  # the reader counts lines and rectangles; rules filled as open bars are curves
        n_hlines = len(horizontal_rules(plumber_page))
    ruled = ruled_tables(plumber_page, page_words) if n_hlines >= 2 else []
    used: set[int] = set()
    out: list[FoundTable] = []
    shades = None
    starts: list[tuple[int, Line]] = []  # (tables found before it, caption)
    for cap in captions:
        starts.append((len(out), cap))
        label = caption_label(cap.text) or ""
        best = None
        for i, t in enumerate(ruled):
            if i in used or not _same_column(cap, t.bbox, gutter):
                continue
            dist = t.bbox[1] - cap.bottom if t.bbox[1] >= cap.top - 2 else cap.top - t.bbox[3] + 50
            if t.bbox[1] >= cap.top - 2 and any(
                c is not cap and cap.top < c.top < t.bbox[1] and _same_column(c, t.bbox, gutter) for c in captions
            ):
                continue  # another caption stands between: that table is its (a booktabs table over a grid one)
            if dist >= -2 and (best is None or dist < best[0]):
                best = (dist, i)
        if best is not None:
            used.add(best[1])
            t = ruled[best[1]]
            inside = region_words(lines, t.bbox)
            # footnotes printed under the grid's last rule (a mark or smaller type) belong to the table
            bottom, more = notes_below(t.bbox, lines, statistics.median(w.size for w in inside)) if inside else (t.bbox[3], [])
            out.append(FoundTable((*t.bbox[:3], bottom), t.rows, label, more))
            continue
        box = None
        if n_hlines >= 2:
            rules = horizontal_rules(plumber_page)
            box = rules_region(cap, lines, rules) or rules_region_above(cap, lines, rules)
            if box is not None and shades is None:
                shades = shading_edges(plumber_page)
            if box is not None and shades:  # rows set off by shading below the last rule
                box = rules_region(cap, lines, join_pieces(rules + shades)) or box
        if box is None:
            x0, x1 = region_x(cap, gutter, float(plumber_page.width), lines)
            if id(cap) in side_of:  # the caption's own column stays out
                x0 = max(x0, side_of[id(cap)].column_x1 + 1)
            region = _unruled(cap, lines, x0, x1)
            if gutter is not None and cap.side in (LEFT, RIGHT) and (
                region is None or _spanning_row_under(cap, lines) or _rows_across(cap, lines, gutter, region)
            ):
                wx0, wx1 = region_x(cap, None, float(plumber_page.width), lines)  # a table across a one-column page
                wide = _unruled(cap, lines, wx0, wx1)
                if wide is not None and (region is not None or _rows_across(cap, lines, gutter, wide)):
                    x0, x1, region = wx0, wx1, wide
            box = (x0, region[0], x1, region[1]) if region else None
        if box is None:
            continue
        if shades is None:
            shades = shading_edges(plumber_page)
        words, notes = split_footnotes(region_words(lines, box))
        # rules inside the rows' own x-range: a region wider than its table (a column of a page the finder
        # split in two) would leave the rule under a narrow table's header too short to count
        inner = full_rule_ys(horizontal_rules(plumber_page) + shades, _words_box(words, box))
        rows = words_to_grid(words, inner)
        if len(rows) >= 2:
            bottom, more = notes_below(box, lines, statistics.median(w.size for w in words)) if box[1] >= cap.top else (box[3], [])
            out.append(FoundTable((box[0], box[1], box[2], bottom), rows, label, notes + more))
    for i, (n, cap) in enumerate(starts):
        if id(cap) in side_of and n < (starts[i + 1][0] if i + 1 < len(starts) else len(out)):
            out[n].after = side_of[id(cap)].bottom  # the caption beside it is read first, whole
    if want_continuation:
        out.extend(FoundTable(t.bbox, t.rows, "") for i, t in enumerate(ruled) if i not in used)
        if not out and n_hlines >= 2:
            cont = continued_at_top(lines, horizontal_rules(plumber_page), float(plumber_page.width), shading_edges(plumber_page))
            if cont is not None:
                out.append(cont)
        if not out and want_continuation is not True:
            cont = unruled_at_top(lines, float(plumber_page.height), int(want_continuation))
            if cont is not None:
                out.append(cont)
    return out


def _words_box(words: list[Word], box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """``box`` narrowed to the x-range its words take (a point of slack each side)."""
    if not words:
        return box
    return (max(box[0], min(w.x0 for w in words) - 1), box[1], min(box[2], max(w.x1 for w in words) + 1), box[3])


def _text_band(band: list[Line], width: float) -> bool:
    """Running text on one baseline (of one or of two columns): one run per line, one of them wide, no value."""
    return all(segments(ln) == 1 and not NUMERIC_CELL.match(ln.text) for ln in band) and any(ln.x1 - ln.x0 > 0.4 * width for ln in band)


def unruled_at_top(lines: list[Line], page_height: float, columns: int) -> FoundTable | None:
    """An unruled table going on from the page before at the top of this page, without caption or header.

    Its rows start near the page top (under a running header) and run down in baselines
    bands of several runs until running text, a footnote or a wide gap; it counts only
    when its columns are the ``columns`` of the table at the foot of the page before.
    """
    mine = [ln for ln in lines if ln.rows is None]
    if not mine or columns < 2:
        return None
    bands = _bands(mine)
    first = next((k for k, b in enumerate(bands) if any(segments(ln) >= 2 for ln in b)), None)
    if first is None or bands[first][0].top > CONTINUED_TOP * page_height:
        return None
    x0, x1 = min(ln.x0 for ln in mine), max(ln.x1 for ln in mine)
    size = statistics.median(ln.size for ln in bands[first])
    taken: list[list[Line]] = []
    prev_bottom = bands[first][0].top
    for band in bands[first:]:
        pitch = 1.3 * max(ln.size for ln in band)
        if band[0].top - prev_bottom > MAX_REGION_GAP * pitch or _text_band(band, x1 - x0):
            break
        if len(band) == 1 and (_note_start(band[0], size) or caption_label(band[0].text)):
            break
        if not _tabular_band(band) and not taken:
            break
        taken.append(band)
        prev_bottom = max(ln.bottom for ln in band)
    if sum(1 for b in taken if _tabular_band(b)) < 2:
        return None
    box = (x0 - 1, min(ln.top for ln in taken[0]) - 1, x1 + 1, max(ln.bottom for b in taken for ln in b) + 1)
    words, notes = split_footnotes(region_words(lines, box))
    rows = words_to_grid(words, [])
    if len(rows) < 2 or len(rows[0]) != columns:
        return None
    if sum(1 for r in rows if any(NUMERIC_CELL.match(c) for c in r[1:])) < CONTINUED_VALUES * len(rows):
        return None  # columns of running text (three columns of body text), no rows of values
    return FoundTable(box, rows, "", notes)


NUMERIC_CELL = re.compile(r"^[<>≤≥~±]?\s*[-+−–]?\d[\d.,]*\S*(?:\s+\S+){0,3}$")  # a value: a number and at most three more tokens


def continued_at_top(
    lines: list[Line], rules: list[tuple[float, float, float]], page_width: float, shades: list[tuple[float, float, float]]
) -> FoundTable | None:
    """A rules-only table going on from the page before, at the top of this page, without a caption of its own.

    It starts at the page's first wide rule when no running prose stands above
    it (a ``Continued`` label or a running header may); it is read like a captioned
    one, and joined to the table before by ``convert.merge_continued_tables``.
    """
    wide = [r for r in rules if r[2] - r[1] > CONTINUED_RULE * page_width]
    if not wide:
        return None
    first = wide[0]
    above = [ln for ln in lines if ln.rows is None and ln.bottom < first[0] and ln.x1 > first[1] and ln.x0 < first[2]]
    if sum(1 for ln in above if segments(ln) == 1 and ln.x1 - ln.x0 > 0.5 * (first[2] - first[1])) > 1:
        return None  # prose above the rule: a table starting mid-page has a caption
    size = statistics.median([ln.size for ln in lines if ln.rows is None] or [8.0])
    anchor = Line(words=[], text="", x0=first[1], x1=first[2], top=first[0] - 2 * size, bottom=first[0] - 1, size=size)
    box = rules_region(anchor, lines, join_pieces(rules + shades)) or rules_region(anchor, lines, rules)
    if box is None:
        return None
    inside = [ln for ln in lines if ln.rows is None and box[1] <= ln.top and ln.bottom <= box[3] and ln.x0 >= box[0] - 1 and ln.x1 <= box[2] + 1]
    wide = sum(1 for ln in inside if segments(ln) == 1 and ln.x1 - ln.x0 > CONTINUED_PROSE * (box[2] - box[0]))
    if not inside or wide > CONTINUED_PROSE_SHARE * len(inside):
        return None  # column-wide lines of running text under the rules: no table goes on here
    words, notes = split_footnotes(region_words(lines, box))
    rows = words_to_grid(words, full_rule_ys(rules + shades, box))
    return FoundTable(box, rows, "", notes) if len(rows) >= 2 else None


def _same_column(cap: Line, bbox: tuple[float, float, float, float], gutter: float | None) -> bool:
    """A caption in one column of a two-column page only takes a table in that column (or a spanning one)."""
    if gutter is None or cap.side == SPAN or bbox[0] < gutter < bbox[2]:
        return True
    centre = (bbox[0] + bbox[2]) / 2
    return (centre < gutter) == (cap.side == LEFT)


def table_to_line(t: FoundTable, gutter: float | None, page: int) -> Line:
    """A table as a pseudo-line placed in the reading order at its box."""
    x0, top, x1, bottom = t.bbox
    if t.after is not None:
        top = min(max(top, t.after), bottom)
    if gutter is None or (x0 < gutter - GUTTER_SLACK and x1 > gutter + GUTTER_SLACK):
        side = SPAN
    else:
        side = LEFT if (x0 + x1) / 2 < gutter else RIGHT
    ln = Line(words=[], side=side, text=t.label, x0=x0, x1=x1, top=top, bottom=bottom, page=page)
    ln.rows = t.rows
    ln.notes = tuple(t.notes)
    return ln


def same_columns(a: list[list[str]], b: list[list[str]]) -> bool:
    return bool(a and b) and len(a[0]) == len(b[0])


def join_continued(prev_rows: list[list[str]], rows: list[list[str]]) -> list[list[str]]:
    """Rows of a table continued on the next page, with a ``Continued`` label row (over the part, or at the foot of
    the part before: Taylor & Francis set ``(Continued)`` under the page's last row) and a repeated header row dropped."""
    while rows and _continued_label(rows[0]):
        rows = rows[1:]
    while len(prev_rows) > 1 and _continued_label(prev_rows[-1]):
        prev_rows = prev_rows[:-1]
    k = 0  # a repeated header of one or more rows (a group header over its sub-column header)
    while k < min(len(rows) - 1, len(prev_rows), REPEATED_HEADER_ROWS) and [c.lower() for c in rows[k]] == [c.lower() for c in prev_rows[k]]:
        k += 1
    rows = rows[k:]
    width = len(prev_rows[0]) if prev_rows else 0
    if rows and len(rows[0]) != width:  # the part's own header and columns (too few rows to split them all) left out of line
        rows = [r[:width] + [""] * (width - len(r)) if len(r) <= width else r[: width - 1] + [" ".join(c for c in r[width - 1 :] if c)] for r in rows]
        rows = rows[1:] if len(rows) > 1 and _words(rows[0]) == _words(prev_rows[0]) else rows
    return prev_rows + rows


def _continued_label(row: list[str]) -> bool:
    """A row holding only a short ``Continued`` / ``(continued)`` label."""
    text = " ".join(c for c in row if c)
    return sum(1 for c in row if c) == 1 and len(text) <= 24 and bool(CONTINUED_RE.search(text))


def _words(row: list[str]) -> list[str]:
    """A row's words in order, whatever cells they fell in (a repeated header split into other columns)."""
    return sorted(" ".join(row).lower().split())
