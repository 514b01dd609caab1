"""Words -> lines -> reading order: column detection from each page's word geometry.

A two-column page shows a vertical band near the middle that almost no word
crosses (the gutter).  Words left and right of it form column lines; words that
cross it, and lines whose left and right halves sit a word-space apart, span
both columns (title block, abstract, wide tables).  Reading order is then: the
spanning lines by height, and between two of them the left column before the
right.  A three-column page (Science) shows a second gutter inside one side
of the first; its middle column is read between the left and the right one.
pdfplumber has no reading-order model, hence this module.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass

import numpy as np

from pipeline.ingest.pdf.front_bands import cut_at_block_edges, labels_over_side_blocks, split_at_bands
from pipeline.ingest.pdf.reader import Word
from pipeline.ingest.pdf.words import SUP_CITATION_RE, SUP_RAISE_RATIO, mark_superscripts, words_to_text
from pipeline.resources import model_path

LEFT, RIGHT, SPAN = "L", "R", "S"
MIDDLE = "M"  # the middle column of a three-column page
_SIDE_ORDER = {LEFT: 0, MIDDLE: 1, RIGHT: 2}
MIN_THIRD_RATIO = 0.7  # three columns: the narrowest at least this fraction of the widest
MAX_INNER_CROSSING_SHARE = 0.2  # a second gutter inside one side: only spanning rows cross it
GUTTER_SEARCH = (0.3, 0.7)  # the gutter is looked for in this band of the page width
MIN_SIDE_SHARE = 0.15  # each column holds at least this share of the page's words
MAX_CROSSING_SHARE = 0.5  # in one-column prose most rows cross any x; across a gutter, only spanning rows do
MIN_COLUMN_ROWS = 5
MIN_SIDEBAR_ROWS = 3
LINE_OVERLAP = 0.4  # words overlapping a line vertically by this fraction of the smaller height join it
SPAN_JOIN_GAP = 0.8  # left and right halves closer than this many font sizes are one spanning line (a word space)
_LINES = json.loads(model_path("ingest", "pdf_lines.json").read_text(encoding="utf-8"))
COLUMN_GAP_EM = float(_LINES["column_gap_em"])  # a gap this many font sizes wide parts a line (a column gap, no gutter found)
SIZE_GAP_EM = float(_LINES["size_gap_em"])  # ... or this wide between words of sizes differing by SIZE_RATIO (a small-print sidebar)
SIZE_RATIO = float(_LINES["size_ratio"])
SUP_GAP_EM = float(_LINES["sup_gap_em"])  # SIZE_GAP_EM when one of the two words is a superscript
MIXED_OVERLAP = float(_LINES["mixed_size_overlap"])
# two pieces a column apart in sizes differing by this ratio, whose baselines differ by offset_em of the
# smaller size, are two lines (a 7.5 pt side column beside 9 pt text overlaps it vertically line by line)
SIDE_BASELINE = _LINES["side_baseline"]
PAGE1_FRONT_SHARE = _LINES["page1_three_columns"]["front_share"]  # page 1: the front block lies in this upper share
PAGE1_MIN_WORDS = _LINES["page1_three_columns"]["min_words"]  # ... and three columns below it hold this many words
SIDE_BLOCK = _LINES["side_block"]  # a block in slightly smaller print beside the text (PNAS's Significance box beside the abstract)
GUTTER_RUNS = _LINES["gutter_runs"]  # find_gutter's second tries (three-column reference pages); see models/ingest/README.md
OTHER_RUN_EM = float(GUTTER_RUNS["other_run_em"])  # a white run this many (median) font sizes wide is tried when the widest parts no columns
EMPTY_SHARE = float(GUTTER_RUNS["empty_share"])  # margins wider than this share of the page: the text's own extent is searched too
MIN_SIDE_WIDTH_RATIO = float(GUTTER_RUNS["side_width_ratio"])  # ... and a gutter found so parts text of widths this alike (one or two columns a side, not labels beside text)
JOIN_BASELINE_EM = float(_LINES["join_baseline_em"])  # a left and a right half whose baselines differ by more (font sizes) are two lines
ALIGNED = _LINES["aligned_gap"]  # a same-size column gap at one x on consecutive lines (a gutter the page finder missed)  # LINE_OVERLAP for a word and a line of sizes differing by SIZE_RATIO


@dataclass
class Line:
    words: list[Word]
    side: str = SPAN
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    page: int = 0
    bold: bool = False
    italic: bool = False
    font: str = ""
    rows: list[list[str]] | None = None  # a table placed in the flow: its cells, header row first
    note: bool = False  # small print moved out of the text flow (footnote, margin sidebar)
    notes: tuple[str, ...] = ()  # a table placed in the flow: its footnotes
    side_block: bool = False  # cut off a line at a side block's edge (``split_wide_gaps``): read beside the text, not in it
    strip: bool = False  # small print in a margin column with no body text on its page (a PLOS metadata strip)

    def finish(self) -> Line:
        """Sort words, compute the box, the dominant size and font, superscripts and the text."""
        ws = self.words
        if len(ws) == 1:  # a tenth of all lines (table cells, labels): the general path's results, written out
            w = ws[0]
            self.x0, self.x1, self.top, self.bottom, self.size = w.x0, w.x1, w.top, w.bottom, w.size
            mark_superscripts(ws, w.size, w.bottom)
            self.bold, self.italic, self.font = bool(w.bold), bool(w.italic), w.font
            self.text = words_to_text(ws, w.size)
            return self
        ws.sort(key=_x0)
        # one pass for the box (min()/max() spelt as their comparisons: the same results, NaN included),
        # the size weights and the superscript marks' reset (judged on this line alone below: a line first
        # built with a larger neighbour's words must not keep its marks)
        w = ws[0]
        x0, x1, top, bottom = w.x0, w.x1, w.top, w.bottom
        weights: dict[float, int] = {}
        for w in ws:
            if w.x0 < x0:
                x0 = w.x0
            if w.x1 > x1:
                x1 = w.x1
            if w.top < top:
                top = w.top
            if w.bottom > bottom:
                bottom = w.bottom
            weights[w.size] = weights.get(w.size, 0) + len(w.text)
            w.sup = False
        self.x0, self.x1, self.top, self.bottom = x0, x1, top, bottom
        self.size = max(weights, key=lambda s: (weights[s], s)) if len(weights) > 1 else next(iter(weights))
        if len(weights) > 1 and all(SUP_CITATION_RE.match(w.text) for w in ws if w.size == self.size):
            # a paragraph's short last line whose raised run outweighs its word ("board.⁴⁰,⁴⁸,⁴⁹"): the
            # line's size is its words', not the smaller numbers'
            rest = {k: v for k, v in weights.items() if k > self.size}
            if rest:
                size = max(rest, key=lambda s: (rest[s], s))
                base = _median([w.bottom for w in ws if w.size == size])
                if all(w.bottom <= base - SUP_RAISE_RATIO * size for w in ws if w.size == self.size):
                    self.size = size
        limit = self.size * 0.9
        normal = [w for w in ws if w.size >= limit] or ws
        baseline = _median([w.bottom for w in normal])
        mark_superscripts(ws, self.size, baseline)
        body = [w for w in ws if not w.sup] or ws
        bold = italic = True
        fonts: dict[str, int] = {}
        for w in body:  # all() of bold and italic, and the fonts' weights, in one pass
            if not w.bold:
                bold = False
            if not w.italic:
                italic = False
            fonts[w.font] = fonts.get(w.font, 0) + len(w.text)
        self.bold, self.italic = bold, italic
        self.font = max(fonts, key=lambda f: (fonts[f], f))
        self.text = words_to_text(self.words, self.size)
        return self


_INF = float("inf")


def _x0(w: Word) -> float:
    return w.x0


def _median(values: list[float]) -> float:
    """``statistics.median`` (same arithmetic) without its generality: Line.finish runs for every line."""
    values.sort()
    n = len(values)
    if n % 2:
        return values[n // 2]
    return (values[n // 2 - 1] + values[n // 2]) / 2


LIGATURE_GLYPHS = frozenset({"fi", "fl", "ff", "ffi", "ffl", "ft", "st", "ﬁ", "ﬂ", "ﬀ", "ﬃ", "ﬄ", "ﬅ", "ﬆ"})
GLYPH_JOIN_GAP = 0.6  # points: pieces of one word drawn from two fonts touch


def join_split_ligatures(words: list[Word]) -> list[Word]:
    """``signi`` + ``fi`` + ``cance`` -> ``significance``: a ligature glyph set from its own font subset.

    pdfplumber splits a word where the font changes, and some journals draw the
    ``fi``/``fl`` ligatures from a separate font (``...B+fb``) that is neither bold
    nor at the word's baseline; the pieces touch.  The joined word keeps the style of
    its non-ligature part, so a bold heading stays one bold heading.
    """
    out: list[Word] = []
    for w in words:
        prev = out[-1] if out else None
        if (
            prev is not None
            and (w.text in LIGATURE_GLYPHS or prev.text in LIGATURE_GLYPHS or prev.text[-1:] in "ﬁﬂﬀﬃﬄ")
            and abs(w.x0 - prev.x1) <= GLYPH_JOIN_GAP
            and abs(w.size - prev.size) <= 0.3
            and min(w.bottom, prev.bottom) - max(w.top, prev.top) > 0.5 * (w.bottom - w.top)
        ):
            style = w if prev.text in LIGATURE_GLYPHS and w.text not in LIGATURE_GLYPHS else prev
            out[-1] = Word(
                text=prev.text + w.text, x0=prev.x0, x1=w.x1, top=style.top, bottom=style.bottom, size=style.size,
                font=style.font, bold=style.bold, italic=style.italic,
            )
            continue
        out.append(w)
    return out


def words_to_lines(words: list[Word]) -> list[Line]:
    """Cluster words into lines by vertical overlap (superscripts join the line they are raised from)."""
    lines: list[Line] = []
    active: list[tuple[float, float, list[Word], float, float]] = []  # top, bottom, words, x0, x1 of lines still open
    lowest = _INF  # no more than the smallest bottom in ``active``
    # min()/max() spelt as comparisons (same results, NaN included): this loop runs per word and open line
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        wt, wb = w.top, w.bottom
        wh = wb - wt
        best, best_overlap = -1, 0.0
        for i, (top, bottom, _, lx0, lx1) in enumerate(active):
            overlap = (wb if wb < bottom else bottom) - (wt if wt > top else top)
            h = bottom - top
            smaller = wh if wh < h else h
            if 0.1 > smaller:
                smaller = 0.1
            need = LINE_OVERLAP
            # a word and a line of sizes differing by SIZE_RATIO and far apart must overlap more (a
            # superscript sits next to its word; a 7 pt sidebar line half a line off the 9.5 pt text
            # a column away does not)
            if (wh > SIZE_RATIO * h or h > SIZE_RATIO * wh) and (
                w.x0 - lx1 > SIZE_GAP_EM * (wh if wh > h else h) or lx0 - w.x1 > SIZE_GAP_EM * (wh if wh > h else h)
            ):
                need = MIXED_OVERLAP
            if overlap / smaller >= need and overlap > best_overlap:
                best, best_overlap = i, overlap
        if best >= 0:
            top, bottom, ws, lx0, lx1 = active[best]
            ws.append(w)
            if w.x0 < lx0:
                lx0 = w.x0
            if w.x1 > lx1:
                lx1 = w.x1
            # a much smaller word (a 7 pt sidebar line beside 9.5 pt text) joins without widening the
            # band, so it cannot chain the next small line into this one
            if wh * SIZE_RATIO >= bottom - top:
                active[best] = (wt if wt < top else top, wb if wb > bottom else bottom, ws, lx0, lx1)
            else:
                active[best] = (top, bottom, ws, lx0, lx1)
        else:
            active.append((wt, wb, [w], w.x0, w.x1))
            if wb < lowest:
                lowest = wb
        # lines that end above this word can take no more words: close them (keeps this linear).
        # ``lowest`` is at most the smallest bottom of the open lines (a bottom only grows), so this
        # finds every line ``any(item[1] < wt ...)`` found, and is exact again after each pass
        if lowest < wt:
            still = []
            for item in active:
                if item[1] < wt:
                    lines.append(Line(item[2]))
                else:
                    still.append(item)
            active = still
            lowest = _INF
            for item in active:  # (a NaN bottom is never < wt: left out, as comparisons leave it)
                if item[1] < lowest:
                    lowest = item[1]
    lines.extend(Line(item[2]) for item in active)
    return [ln.finish() for ln in lines]


def side_block_edges(lines: list[Line], text_size: float | None = None, all_cuts: list[list[int]] | None = None) -> list[float]:
    """Left edges of side blocks: x where two or more lines have their one ``SIDE_BLOCK`` gap (``all_cuts``: each
    line's ``_gap_cuts``, when known)."""
    edges: list[float] = []
    if text_size is None:
        return edges
    for k, ln in enumerate(lines):
        if len(ln.words) >= 2:
            cuts = _gap_cuts(ln, text_size) if all_cuts is None else all_cuts[k]
            if len(cuts) == 1 and cuts[0] in _side_cuts(ln, text_size):
                edges.append(ln.words[cuts[0]].x0)
    return [x for x in edges if sum(abs(x - y) <= ALIGNED["x_tolerance"] for y in edges) >= 2]


def split_wide_gaps(lines: list[Line], gutters: tuple[float, float] | None = None, edges: list[float] | None = None,
                    text_size: float | None = None) -> list[Line]:
    """Part finished lines where the horizontal gap between two words is a column gap: wider than
    COLUMN_GAP_EM font sizes, or than SIZE_GAP_EM when the two sides differ in size by SIZE_RATIO
    (a 7 pt sidebar beside a 9.5 pt abstract shares its baselines; words_to_lines joins by height only).
    ``gutters``: a spanning line's parts left of the first or right of the last gutter become LEFT/RIGHT.
    A side block's edge (``side_block_edges`` of these lines, or ``edges`` found before): a line of the
    block in the text's size (its bold label, ``Significance``) is cut at a wide gap before that edge too.
    ``text_size``: the page's text size; a side block is in smaller print (no side blocks when None)."""
    out: list[Line] = []
    all_cuts = [_gap_cuts(ln, text_size) for ln in lines]
    edges = (edges or []) + side_block_edges(lines, text_size, all_cuts)
    for ln, cuts in zip(lines, all_cuts):
        ws = ln.words
        if not cuts and edges and len(ws) >= 2:
            cuts = _aligned_cut(ws, edges)
        if not cuts:
            out.append(ln)
            continue
        bounds = [0, *cuts, len(ws)]
        side_at = {i for i in cuts if any(abs(ws[i].x0 - x) <= ALIGNED["x_tolerance"] for x in edges)} if edges else set()
        for k in range(len(bounds) - 1):
            part = Line(ws[bounds[k] : bounds[k + 1]], side=ln.side).finish()
            part.side_block = ln.side_block or bounds[k] in side_at
            if gutters is not None and ln.side == SPAN:
                if part.x1 <= gutters[0]:
                    part.side = LEFT
                elif part.x0 >= gutters[1]:
                    part.side = RIGHT
            part.page = ln.page
            out.append(part)
    return out


def _is_side_cut(prev: Word, w: Word, gap: float, text_size: float | None) -> bool:
    """A side block starts at ``w``: a column gap after ``prev``, in print a little smaller than it and than the
    page's text (a larger label beside its text is no side block; a small-print column on the left is the
    ``front.side_column_to_notes`` case)."""
    return (text_size is not None and gap > SIDE_BLOCK["gap_em"] * prev.size and prev.size > SIDE_BLOCK["size_ratio"] * w.size
            and w.size <= text_size - SIDE_BLOCK["smaller_pt"] and not (w.sup or prev.sup))


def _side_cuts(ln: Line, text_size: float | None) -> set[int]:
    """Indices of the words after which ``ln`` has a side block's gap (``_is_side_cut``)."""
    ws = ln.words
    out = set()
    reach = ws[0].x1
    for i in range(1, len(ws)):
        w, prev = ws[i], ws[i - 1]
        if _is_side_cut(prev, w, w.x0 - reach, text_size):
            out.add(i)
        reach = max(reach, w.x1)
    return out


def _aligned_cut(ws: list[Word], edges: list[float]) -> list[int]:
    """The first word starting at a side block's edge a ``SIDE_BLOCK`` gap after the words before it."""
    reach = ws[0].x1
    for i in range(1, len(ws)):
        w = ws[i]
        if w.x0 - reach > SIDE_BLOCK["gap_em"] * max(w.size, ws[i - 1].size) and any(abs(w.x0 - x) <= ALIGNED["x_tolerance"] for x in edges):
            return [i]
        reach = max(reach, w.x1)
    return []


def _gap_cuts(ln: Line, text_size: float | None = None) -> list[int]:
    """Where ``split_wide_gaps`` parts one line (indices of the words starting a new part)."""
    ws = ln.words  # sorted by x0 (Line.finish)
    cuts: list[int] = []
    if len(ws) < 2:
        return cuts
    prev = ws[0]
    reach = prev.x1
    for i in range(1, len(ws)):
        w = ws[i]
        gap = w.x0 - reach
        if gap > 0.0:
            a, b = (w.size, prev.size) if w.size >= prev.size else (prev.size, w.size)
            # a superscript set a word-space or more off its word stays (EMBO author lines)
            size_gap = SUP_GAP_EM if (w.sup or prev.sup) else SIZE_GAP_EM
            if gap > COLUMN_GAP_EM * a or (gap > size_gap * a and a > SIZE_RATIO * b):
                cuts.append(i)
            elif _is_side_cut(prev, w, gap, text_size):
                cuts.append(i)  # a side block on the right in print a little smaller, a column gap away (PNAS's Significance box)
            elif gap > SIZE_GAP_EM * a and not (w.sup or prev.sup) and _off_baseline(ws[:i], ws[i:]):
                cuts.append(i)
        if w.x1 > reach:
            reach = w.x1
        prev = w
    return cuts


def _off_baseline(a: list[Word], b: list[Word]) -> bool:
    """Two runs of words in sizes differing by SIDE_BASELINE size_ratio whose baselines (median word
    bottoms) differ by more than offset_em of the smaller size: a side column beside the text, not one line."""
    sa, sb = _median([w.size for w in a]), _median([w.size for w in b])
    small, big = (sa, sb) if sa <= sb else (sb, sa)
    if big < SIDE_BASELINE["size_ratio"] * small:
        return False
    return abs(_median([w.bottom for w in a]) - _median([w.bottom for w in b])) > SIDE_BASELINE["offset_em"] * small


def _wide_gaps(ln: Line) -> list[tuple[int, float, float]]:
    """(index of the word after, gap start, gap end) of every gap wider than ALIGNED gap_em font sizes."""
    ws = ln.words
    out = []
    reach = ws[0].x1
    for i in range(1, len(ws)):
        w = ws[i]
        if w.x0 - reach > ALIGNED["gap_em"] * max(w.size, ws[i - 1].size):
            out.append((i, reach, w.x0))
        reach = max(reach, w.x1)
    return out


def split_aligned_columns(lines: list[Line]) -> list[Line]:
    """Two columns whose lines share baselines and that no gutter was found for (a short page, a merged
    column pair): a spanning line with one wide gap is parted there when the line above or below it
    has one too, its right part starting at the same x, and every part holds ``min_words`` words
    (prose on both sides, never a row of table cells); the parts become LEFT and RIGHT."""
    spans = sorted((ln for ln in lines if ln.side == SPAN and ln.rows is None and len(ln.words) >= 2 * ALIGNED["min_words"]),
                   key=lambda ln: (ln.page, ln.top))
    gaps: dict[int, tuple[int, float, float]] = {}
    for ln in spans:
        g = _wide_gaps(ln)
        if len(g) == 1 and g[0][0] >= ALIGNED["min_words"] and len(ln.words) - g[0][0] >= ALIGNED["min_words"]:
            gaps[id(ln)] = g[0]
    if len(gaps) < 2:
        return lines
    cut: set[int] = set()
    for a, b in zip(spans, spans[1:]):
        ga, gb = gaps.get(id(a)), gaps.get(id(b))
        if ga is None or gb is None or a.page != b.page or b.top - a.top > ALIGNED["max_pitch"] * max(a.size, b.size):
            continue
        # the same white band on both lines, the right parts starting at one x
        if abs(ga[2] - gb[2]) <= ALIGNED["x_tolerance"] and max(ga[1], gb[1]) < min(ga[2], gb[2]):
            cut.update((id(a), id(b)))
    if not cut:
        return lines
    out: list[Line] = []
    for ln in lines:
        if id(ln) not in cut:
            out.append(ln)
            continue
        i = gaps[id(ln)][0]
        for part, side in ((ln.words[:i], LEFT), (ln.words[i:], RIGHT)):
            new = Line(part, side=side).finish()
            new.page = ln.page
            out.append(new)
    return out


def find_gutter(words: list[Word], width: float, x_from: float = 0.0,
                max_crossing: float = MAX_CROSSING_SHARE, text_band: bool = False) -> float | None:
    """The x of the gap between two columns, or None for a one-column page; ``x_from``: the
    words lie in [x_from, width] (one side of a page already split); ``max_crossing``: the
    share of rows that may cross the gap.

    ``text_band``: when the page width's middle band finds none, the band of the text's own extent is
    tried, if the text leaves more than ``EMPTY_SHARE`` of the width blank beside it: a page
    set in three columns of which only two hold text (a reference list ending in the second column)
    has its widest white run in the empty third column, inside the page's band but beside all text."""
    if len(words) < 40:
        return None
    g = _find_gutter(words, width, x_from, max_crossing)
    if g is not None or not text_band:
        return g
    lo = min(w.x0 for w in words)
    hi = max(w.x1 for w in words)
    if (lo - x_from) + (width - hi) <= EMPTY_SHARE * (width - x_from):
        return None  # the text fills the page's width: the band was the right one
    # only a gutter few rows cross and that parts its rows by more than a word space: one column of prose
    # narrower than the page has word gaps most rows cross, or only a word space wide (a river)
    g = _find_gutter(words, hi, lo, min(max_crossing, MAX_INNER_CROSSING_SHARE))
    return g if g is not None and _rows_apart_at(words, g) and _sides_alike(words, g) else None


def _sides_alike(words: list[Word], g: float) -> bool:
    """The text left and right of ``g`` spans widths within ``MIN_SIDE_WIDTH_RATIO`` of each other: two
    columns, not a column of entry numbers or labels beside the text they number."""
    left = [w for w in words if w.x1 <= g]
    right = [w for w in words if w.x0 >= g]
    if not left or not right:
        return False
    wl = max(w.x1 for w in left) - min(w.x0 for w in left)
    wr = max(w.x1 for w in right) - min(w.x0 for w in right)
    return min(wl, wr) >= MIN_SIDE_WIDTH_RATIO * max(wl, wr)


def _rows_apart_at(words: list[Word], g: float) -> bool:
    """The rows with words on both sides of ``g`` are parted there by more than ``SPAN_JOIN_GAP`` font sizes
    (the median row's white gap): a column gap, not a word space."""
    ends: dict[int, float] = {}
    starts: dict[int, float] = {}
    for w in words:
        r = round(w.bottom / 2)
        if w.x1 <= g:
            ends[r] = max(ends.get(r, w.x1), w.x1)
        elif w.x0 >= g:
            starts[r] = min(starts.get(r, w.x0), w.x0)
    gaps = [starts[r] - ends[r] for r in ends.keys() & starts.keys()]
    if not gaps:
        return True  # no row holds both sides: the columns' lines lie on other baselines
    return _median(gaps) > SPAN_JOIN_GAP * _median([w.size for w in words])


def _find_gutter(words: list[Word], width: float, x_from: float, max_crossing: float) -> float | None:
    """``find_gutter`` over the band ``GUTTER_SEARCH`` of [x_from, width]."""
    width = width - x_from
    cover = np.zeros(int(width) + 2, dtype=np.int32)
    x0s = np.array([w.x0 - x_from for w in words], dtype=np.float64)
    x1s = np.array([w.x1 - x_from for w in words], dtype=np.float64)
    np.add.at(cover, np.clip(x0s.astype(np.int64), 0, len(cover) - 1), 1)  # astype truncates toward zero, as int(); text past the page edge is clipped
    np.add.at(cover, np.minimum(x1s.astype(np.int64) + 1, len(cover) - 1), -1)
    cover = np.cumsum(cover)
    lo, hi = int(width * GUTTER_SEARCH[0]), int(width * GUTTER_SEARCH[1])
    band = cover[lo:hi]
    m = int(band.min()) + 1  # a word or two crossing (a page header) does not split a gutter
    # runs of (nearly) minimal coverage, widest first: the widest run's centre unless it fails the checks
    # and another run at least OTHER_RUN_EM wide passes them (three columns of which the third holds a few
    # lines only: its white band, widened by the numbers of a reference list, is the widest, yet the gutter
    # between the first two columns parts the page)
    runs, start = [], None
    for i, v in enumerate(band.tolist() + [m + 1]):
        if v <= m and start is None:
            start = i
        elif v > m and start is not None:
            runs.append((i - start, -start))
            start = None
    runs.sort(reverse=True)
    row = [round(w.bottom / 2) for w in words]
    rows = set(row)
    narrowest = OTHER_RUN_EM * _median([w.size for w in words])
    for k, (length, neg_start) in enumerate(runs):
        if k and length < narrowest:
            break
        g = _gutter_at(lo - neg_start + length / 2, x0s, x1s, row, rows, len(words), max_crossing)
        if g is not None and (k == 0 or _sides_alike(words, g + x_from)):
            return g + x_from
    return None


def _gutter_at(g: float, x0s, x1s, row: list[int], rows: set[int], n: int, max_crossing: float) -> float | None:
    """``g`` when the words part there into two columns (``find_gutter``'s checks), else None."""
    is_left, is_right, crossing = x1s <= g, x0s >= g, (x0s < g) & (g < x1s)
    left, right = int(is_left.sum()), int(is_right.sum())
    crossing_rows = {row[i] for i in np.flatnonzero(crossing).tolist()}
    left_rows = {row[i] for i in np.flatnonzero(is_left).tolist()}
    right_rows = {row[i] for i in np.flatnonzero(is_right).tolist()}
    if not crossing_rows and len(left_rows) >= MIN_SIDEBAR_ROWS and len(right_rows) >= MIN_COLUMN_ROWS:
        return g  # nothing crosses: a short sidebar (PLOS margin notes) beside the text column
    if left < MIN_SIDE_SHARE * n or right < MIN_SIDE_SHARE * n:
        return None
    if len(right_rows) < MIN_COLUMN_ROWS or len(crossing_rows) > max_crossing * len(rows):
        return None
    return g


def find_third_column(words: list[Word], width: float, gutter: float) -> tuple[float, float] | None:
    """On a page split at ``gutter``, a second gutter inside one side: the two gutters
    (left to right) of a three-column page, or None. The three columns must be of about
    one width (a table or figure panel inside one column of a two-column page is not)."""
    left = [w for w in words if w.x1 <= gutter]
    right = [w for w in words if w.x0 >= gutter]
    lo = min((w.x0 for w in words), default=0.0)
    hi = max((w.x1 for w in words), default=width)
    pairs = []
    if left:
        inner = find_gutter(left, gutter, max_crossing=MAX_INNER_CROSSING_SHARE)
        pairs.append((inner, gutter) if inner is not None else None)
    if right:
        inner = find_gutter(right, width, x_from=gutter, max_crossing=MAX_INNER_CROSSING_SHARE)
        pairs.append((gutter, inner) if inner is not None else None)
    for pair in pairs:
        if pair is None:
            continue
        widths = (pair[0] - lo, pair[1] - pair[0], hi - pair[1])
        if min(widths) >= MIN_THIRD_RATIO * max(widths):
            return pair
    return None


def _body_gutter(words: list[Word], width: float, gutter: float) -> float:
    """Page 1's gutter as its body columns have it: a front block beside a box (PNAS's abstract beside the
    Significance box) leaves a wider white band than the body's gutter; the body, below the page's upper
    ``PAGE1_FRONT_SHARE``, says where the columns part. ``gutter`` when the body finds none or the same."""
    top, bottom = min(w.top for w in words), max(w.bottom for w in words)
    limit = top + PAGE1_FRONT_SHARE * (bottom - top)
    below = [w for w in words if w.top > limit]
    low = find_gutter(below, width)
    if low is None or low > gutter - 2 * _median([w.size for w in below]):
        return gutter  # (the box beside the front block is on the right: the body's gutter lies left of its white band)
    above = [w for w in words if w.top <= limit]
    crossing = sum(1 for w in below if w.x0 < gutter < w.x1)  # the body's lines run across the front's white band
    front = sum(1 for w in above if w.x0 < low < w.x1)  # ... and the front block across the body's gutter
    return low if crossing >= MIN_COLUMN_ROWS and front >= MIN_COLUMN_ROWS else gutter


def _third_below_front(words: list[Word], width: float, gutter: float) -> tuple[float, float] | None:
    """Page 1's two gutters of three columns found among the words below its last line that crosses the
    main gutter in the upper ``PAGE1_FRONT_SHARE`` of the text (the full-width front block: title, authors,
    a summary box), when the three columns there hold at least ``PAGE1_MIN_WORDS`` words; else None."""
    if not words:
        return None
    top, bottom = min(w.top for w in words), max(w.bottom for w in words)
    limit = top + PAGE1_FRONT_SHARE * (bottom - top)
    crossing = [w.bottom for w in words if w.x0 < gutter < w.x1 and w.top < limit]
    if not crossing:
        # Science: the front block over the two left columns of three, the third from the page top: the
        # front block crosses the left side's own gutter instead
        left = [w for w in words if w.x1 <= gutter]
        inner = find_gutter(left, gutter) if left else None
        if inner is None:
            return None
        crossing = [w.bottom for w in left if w.x0 < inner < w.x1 and w.top < limit]
        if not crossing:
            return None
    below = [w for w in words if w.top > max(crossing)]
    if len(below) < PAGE1_MIN_WORDS:
        return None
    return find_third_column(below, width, gutter)


def page_to_lines(
    words: list[Word], width: float, page: int, gutter: float | None = None, detect: bool = True
) -> tuple[list[Line], float | None]:
    """A page's words -> its lines in reading order, each tagged LEFT, RIGHT or SPAN.

    ``detect=False`` keeps the given ``gutter`` (the page once its tables are cut out).
    """
    if detect:
        gutter = find_gutter(words, width, text_band=True)
        if gutter is not None and page == 1:
            gutter = _body_gutter(words, width, gutter)
    if gutter is None:
        lines = split_wide_gaps(words_to_lines(words))
        for ln in lines:
            ln.page = page
        return sorted(lines, key=lambda ln: (ln.top, ln.x0)), None
    # on the first page, only below its front block: a three-column journal's title block, authors and
    # abstract span two of the three columns and read best as two sides
    third = find_third_column(words, width, gutter) if page > 1 else _third_below_front(words, width, gutter)
    if third is not None:
        g1, g2 = third
        left = [w for w in words if w.x1 <= g1]
        middle = [w for w in words if w.x0 >= g1 and w.x1 <= g2]
        right = [w for w in words if w.x0 >= g2]
        cross = [w for w in words if w.x0 < g1 < w.x1 or w.x0 < g2 < w.x1]
        lines = split_wide_gaps(_merge_spanning(split_wide_gaps(words_to_lines(left)),
                                                split_wide_gaps(words_to_lines(right)), words_to_lines(cross),
                                                split_wide_gaps(words_to_lines(middle))), third)
        for ln in lines:
            ln.page = page
        return lines_to_reading_order(lines), gutter
    left = words_to_lines([w for w in words if w.x1 <= gutter])
    right = words_to_lines([w for w in words if w.x0 >= gutter])
    cross = [w for w in words if w.x0 < gutter < w.x1]
    size = _median([w.size for w in words]) if words else None
    edges = side_block_edges(left, size) + side_block_edges(right, size)  # found on the halves, applied to the spanning lines too
    lines = split_wide_gaps(_merge_spanning(split_wide_gaps(left, edges=edges, text_size=size), split_wide_gaps(right, edges=edges, text_size=size),
                                            words_to_lines(cross)), (gutter, gutter), edges, size)
    for ln in lines:
        ln.page = page
    return lines_to_reading_order(cut_at_block_edges(lines, gutter)), gutter


def _overlaps(a: Line, b: Line) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap >= LINE_OVERLAP * max(min(a.bottom - a.top, b.bottom - b.top), 0.1)


def _merge_spanning(left: list[Line], right: list[Line], cross: list[Line], middle: list[Line] | None = None) -> list[Line]:
    for ln in left:
        ln.side = LEFT
    for ln in right:
        ln.side = RIGHT
    for ln in middle or []:
        ln.side = MIDDLE
    used: set[int] = set()
    out: list[Line] = []
    # a crossing word makes its whole physical line spanning (lines sorted by top: a bisect window)
    halves = sorted(left + right + (middle or []), key=lambda ln: ln.top)
    tops = [ln.top for ln in halves]
    tallest = max((ln.bottom - ln.top for ln in halves), default=0.0)
    for c in cross:
        ws = list(c.words)
        lo, hi = bisect.bisect_left(tops, c.top - tallest), bisect.bisect_right(tops, c.bottom)
        right_halves = []
        for ln in halves[lo:hi]:
            if id(ln) not in used and _overlaps(ln, c) and not _side_of(ln, c):
                if middle is not None and ln.side == RIGHT:
                    right_halves.append(ln)  # joined below, once the line's reach left of it is known
                    continue
                ws.extend(ln.words)
                used.add(id(ln))
        for ln in right_halves:
            # three columns: a line across the two left ones (Science's abstract) does not take the third
            # column's line beside it, a column gap away (more than a word space)
            reach = max((w.x1 for w in ws if w.x1 <= ln.x0 + 0.5), default=ln.x0)
            if ln.x0 - reach <= SPAN_JOIN_GAP * max(ln.size, c.size) and abs(ln.size - c.size) <= 0.5:
                ws.extend(ln.words)
                used.add(id(ln))
        out.append(Line(ws, side=SPAN).finish())
    # left and right halves a word-space apart are one line (the gutter fell between two words);
    # on a three-column page left+middle, then (that or the middle)+right
    rest = [x for x in left + (middle or []) + right if id(x) not in used]
    if middle is None:
        joined = _join_halves([x for x in left if id(x) not in used], [x for x in right if id(x) not in used], out)
    else:
        first = _join_halves([x for x in left if id(x) not in used], [x for x in middle if id(x) not in used], out)
        in_first = {id(p) for j in first for p in j.parts}
        second = _join_halves([x for x in middle if id(x) not in used and id(x) not in in_first]
                              + [j.line for j in first], [x for x in right if id(x) not in used])
        in_second = {id(p) for j in second for p in j.parts}
        joined = [j for j in first if id(j.line) not in in_second] + second
    done = {id(p) for j in joined for p in j.parts}
    out.extend(j.line for j in joined if id(j.line) not in done)
    out.extend(x for x in rest if id(x) not in done)
    return out


def _side_of(half: Line, cross: Line) -> bool:
    """``half`` lies a column away from the crossing line, in other print on another baseline (a side column)."""
    far = SIZE_GAP_EM * max(half.size, cross.size)
    return (half.x1 < cross.x0 - far or half.x0 > cross.x1 + far) and _off_baseline(half.words, cross.words)


@dataclass
class _Joined:
    line: Line
    parts: tuple[Line, Line]


def _in_block(ln: Line, r: Line, spans: list[Line]) -> bool:
    """``ln`` + ``r`` is a line of a block of spanning lines just above or below it, with the block's left and
    right edges and size (a justified line whose wide word space fell on the inner gutter: Science's abstract)."""
    tol = ALIGNED["x_tolerance"] * 2
    return any(abs(s.x0 - ln.x0) <= tol and abs(s.x1 - r.x1) <= tol and abs(s.size - ln.size) < 0.3
               and 0 < abs(s.top - ln.top) <= ALIGNED["max_pitch"] * ln.size for s in spans)


def _join_halves(left: list[Line], right: list[Line], spans: list[Line] | None = None) -> list[_Joined]:
    """Pairs of a left and a right line on one baseline, a word-space apart (or, beside ``spans``, up to
    ``ALIGNED`` gap_em apart in a block of spanning lines: ``_in_block``), in one style."""
    out: list[_Joined] = []
    taken: set[int] = set()
    ri = 0
    right_sorted = sorted(right, key=lambda r: r.top)
    for ln in sorted(left, key=lambda x: x.top):
        while ri < len(right_sorted) and right_sorted[ri].bottom < ln.top:
            ri += 1
        for r in right_sorted[ri : ri + 3]:
            if id(r) in taken or not _overlaps(ln, r):
                continue
            same_style = abs(ln.size - r.size) < 0.3 and ln.bold == r.bold and _same_baseline(ln, r)
            gap = r.x0 - ln.x1
            if same_style and (gap < SPAN_JOIN_GAP * max(ln.size, r.size) or (
                    spans and gap < ALIGNED["gap_em"] * ln.size and _in_block(ln, r, spans))):
                out.append(_Joined(Line(ln.words + r.words, side=SPAN).finish(), (ln, r)))
                taken.add(id(r))
                break
    return out


def _baseline(ln: Line) -> float:
    """The median bottom of a line's words of its own size (raised citation numbers left out)."""
    return _median([w.bottom for w in ln.words if w.size >= 0.9 * ln.size] or [w.bottom for w in ln.words])


def _same_baseline(a: Line, b: Line) -> bool:
    """Two halves of one printed line share a baseline; lines of neighbouring columns whose bands overlap
    (a raised citation widens one) sit a fraction of a line apart (``join_baseline_em``)."""
    return abs(_baseline(a) - _baseline(b)) <= JOIN_BASELINE_EM * max(a.size, b.size)


def lines_to_reading_order(lines: list[Line]) -> list[Line]:
    """Spanning lines by height; between two of them, the left column, the middle one (three
    columns), then the right."""
    _bare_labels_span(lines)
    spans = sorted((ln for ln in lines if ln.side == SPAN), key=lambda ln: ln.top)
    cols = sorted((ln for ln in lines if ln.side != SPAN), key=lambda ln: (_SIDE_ORDER[ln.side], ln.top))
    out: list[Line] = []
    edges = [s.top for s in spans]
    zones: list[list[Line]] = [[] for _ in range(len(edges) + 1)]
    moved = _column_beside_front(spans, cols, edges)
    for ln in cols:
        zones[moved.get(id(ln), bisect.bisect_right(edges, ln.top))].append(ln)
    if moved:
        for zone in zones:
            zone.sort(key=lambda ln: (_SIDE_ORDER[ln.side], ln.top))
    # a narrow column of small print beside a run of spanning lines (a sidebar of dates and DOI to the
    # left of an abstract set across the gutter) is read as its own block after that run, not line by
    # line between the run's lines
    pending: list[Line] = []
    labels = labels_over_side_blocks(zones, spans, _beside)  # a box's label on the row over the run, read with the box
    for i, zone in enumerate(zones):
        if 0 < i < len(spans):
            beside = [ln for ln in zone if id(ln) in labels or _beside(ln, spans[i - 1]) and _beside(ln, spans[i])]
            if beside:
                ids = {id(ln) for ln in beside}
                zone = [ln for ln in zone if id(ln) not in ids]
                pending.extend(beside)
        if pending and (zone or i == len(spans) or not all(_beside(ln, spans[i]) for ln in pending)):
            # the run's own last line, short of the gutter, comes before the side block read after the run
            tail = [ln for ln in zone if i and abs(ln.x0 - spans[i - 1].x0) <= ALIGNED["x_tolerance"]
                    and abs(ln.size - spans[i - 1].size) < 0.3 and ln.top - spans[i - 1].bottom < spans[i - 1].size]
            if tail:
                out.append(tail[0])
                zone = [ln for ln in zone if ln is not tail[0]]
            out.extend(sorted(pending, key=lambda ln: ln.top))
            pending = []
        out.extend(split_at_bands(zone, _SIDE_ORDER))  # left column first, then right, each by height (block by block on page 1)
        if i < len(spans):
            out.append(spans[i])
    return out


BARE_TABLE_LABEL_RE = re.compile(r"^(?:TABLE|Table)\s+(?:\d+[A-Za-z]?|[IVX]+)\.?$")


def _bare_labels_span(lines: list[Line]) -> None:
    """A bare ``TABLE 1`` label in a column right over a caption line across both columns is read with
    that line (spanning), not with its column before the other column's text."""
    spans = [ln for ln in lines if ln.side == SPAN and ln.rows is None]
    for ln in lines:
        if ln.side == SPAN or ln.rows is not None or not BARE_TABLE_LABEL_RE.match(ln.text):
            continue
        if any(0 <= s.top - ln.bottom < 1.5 * ln.size and abs(s.x0 - ln.x0) < 2 * ln.size for s in spans):
            ln.side = SPAN


def _column_beside_front(spans: list[Line], cols: list[Line], edges: list[float]) -> dict[int, int]:
    """Science's first page: the title block and abstract set across two of three columns while the third
    runs from the page top. The right column's lines beside spanning lines that stop short of its left edge
    are read with the rest of that column (their zone: before the first spanning line below that reaches
    it), not between the title block's lines. {id(line): zone index}."""
    rights = [ln for ln in cols if ln.side == RIGHT]
    if len(rights) < MIN_COLUMN_ROWS or not spans:
        return {}
    starts: dict[int, int] = {}
    for ln in rights:
        starts[round(ln.x0)] = starts.get(round(ln.x0), 0) + 1
    x = max(starts, key=lambda k: (starts[k], -k))
    tol = ALIGNED["x_tolerance"] * 2
    if sum(n for k, n in starts.items() if abs(k - x) <= tol) < MIN_COLUMN_ROWS:
        return {}
    sizes = sorted(ln.size for ln in rights if abs(ln.x0 - x) <= tol)
    size = sizes[len(sizes) // 2]
    # a bare table label made spanning (_bare_labels_span) is no front block: the column beside it stays put
    short = [sp.x1 < x - tol and not BARE_TABLE_LABEL_RE.match(sp.text) for sp in spans]
    out: dict[int, int] = {}
    for ln in rights:
        if ln.x0 < x - tol:
            continue
        z = bisect.bisect_right(edges, ln.top)
        k = z
        while k < len(spans) and short[k]:
            k += 1
        if k == z or (z > 0 and not short[z - 1]):
            continue
        if z == 0 and abs(ln.x0 - x) > tol and abs(ln.size - size) > 0.5:
            continue  # above the whole front block, off the column's edge and in other print: page furniture
        out[id(ln)] = k
    return out


def _beside(ln: Line, span: Line) -> bool:
    """``ln`` (a column line) sits wholly left or right of the spanning line ``span``, in smaller print."""
    return (ln.x1 < span.x0 or ln.x0 > span.x1) and (ln.size * SIDE_BLOCK["size_ratio"] <= span.size or ln.side_block)
