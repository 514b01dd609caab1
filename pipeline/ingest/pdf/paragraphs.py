"""Lines in reading order -> paragraphs, and a reference list -> one entry per paragraph.

A paragraph ends where the next line is indented, sits further below than the
usual line pitch, changes font, or where the line before stops well short of the
column's right edge.  Reference entries start with their number (``12.``,
``[12]``, a number on its own line) or, in author-year lists, at the column edge
under a hanging indent.
"""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter, defaultdict

from pipeline.ingest.pdf.front_run_ins import opens_front_label
from pipeline.ingest.pdf.layout import SPAN, Line
from pipeline.ingest.references import split_entry_number
from pipeline.resources import model_path

PARA_GAP_RATIO = 1.4  # a pitch this many times the usual one opens a paragraph
INDENT_RATIO = 0.7  # a first-line indent of this many font sizes opens a paragraph
SHORT_LINE_SHARE = 0.12  # a line ending this share of the column short, with a full stop, ends a paragraph
VERY_SHORT_SHARE = 0.3  # ... and this short, whatever its last character
# "[12]", "(12)", "12.", "12)", or a bare "12" before a first author: "12 Smith, J." / "12 Smith JA,"
ENTRY_NUMBER_RE = re.compile(r"^(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})\.|(\d{1,3})\)|(\d{1,3})\s+(?=[A-Z][\w'’-]*(?:,|\s[A-Z]{1,3}[,.\s])))\s*\S")
LOOSE_NUMBER_RE = re.compile(r"^(\d{1,3})\s+[A-Z]")
RAISED_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
BARE_LABEL_RE = re.compile(r"^(?:TABLE|Table)\s+(?:\d+[A-Za-z]?|[IVX]+)\.?$")  # a table label alone on its line
BARE_NUMBER_RE = re.compile(r"^\[?(\d{1,3})[\].]?$")
HYPHEN_END_RE = re.compile(r"\w-$")
CAPTION_START_RE = re.compile(r"^(?:TABLE|Table|FIGURE|Figure|FIG\.?|Fig\.?)\s+(?:\d+[A-Za-z]?|[IVX]+)\b")
SENTENCE_END_RE = re.compile(r"[.!?:][\"'”’)\]]*$")
# font sizes of room beyond the next line's first word: an italic line that leaves it was not wrapped (models/ingest)
_HEADS = json.loads(model_path("ingest", "pdf_headings.json").read_text(encoding="utf-8"))
ITALIC_HEAD_SLACK = _HEADS["italic_head_slack"]
ITALIC_HEAD_PITCH = _HEADS["italic_head_pitch"]  # ... or a pitch this many times the text's sets it off
CENTRED_HEAD = _HEADS["centred_head"]  # a centred line over a line at the column's edge ends its paragraph (session 12)
ITALIC_RUN_IN = _HEADS["italic_run_in"]  # an italic run-in title opening a line after a sentence's end (session 12)


class Columns:
    """Left/right edges and line pitch of each column of each page, from the body-size lines."""

    def __init__(self, lines: list[Line]):
        x0s: dict[tuple[int, str], Counter[int]] = defaultdict(Counter)
        x1s: dict[tuple[int, str], list[float]] = defaultdict(list)
        pitches: dict[float, list[float]] = defaultdict(list)
        prev: Line | None = None
        for ln in lines:
            if ln.rows is not None:
                prev = None
                continue
            key = (ln.page, ln.side)
            x0s[key][round(ln.x0)] += 1
            x1s[key].append(ln.x1)
            if prev is not None and prev.page == ln.page and prev.side == ln.side and 0 < ln.top - prev.top < 4 * ln.size:
                if abs(prev.size - ln.size) < 0.3:
                    pitches[ln.size].append(ln.top - prev.top)
            prev = ln
        self.left = {k: float(c.most_common(1)[0][0]) for k, c in x0s.items()}
        self.right = {k: _percentile(v, 0.9) for k, v in x1s.items()}
        self.pitch = {s: statistics.median(v) for s, v in pitches.items() if v}

    def edges(self, ln: Line) -> tuple[float, float]:
        key = (ln.page, ln.side)
        return self.left.get(key, ln.x0), self.right.get(key, ln.x1)

    def line_pitch(self, size: float) -> float:
        if size in self.pitch:
            return self.pitch[size]
        return 1.25 * size


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def is_break(a: Line, b: Line, cols: Columns) -> bool:
    """Does line ``b`` open a new paragraph after line ``a``?"""
    if a.rows is not None or b.rows is not None:
        return True
    if abs(a.size - b.size) > 0.5:
        return True
    if a.side_block != b.side_block:
        return True  # a side block parted from the text beside it (PNAS's Significance box) is a block of its own
    if a.bold != b.bold and not (a.bold and b.words and b.words[0].bold and b.text[:1].islower()):
        return True  # (a bold run-in heading running over the line end goes on in lower case)
    if _bold_run_in_start(b) and a.words and not a.words[-1].bold and _sentence_end(a.text):
        return True  # a bold run-in heading (``Loss of X restores ... cells.``) opening a line after a sentence's end
    if _italic_run_in_start(b) and a.words and not a.words[-1].italic and _sentence_end(a.text):
        return True  # an italic run-in title (``Cell lines.``) opening a line after a sentence's end (citations after it)
    if opens_front_label(b):
        return True  # ``Abbreviations:`` run in under the keywords' lines, touching them (session 12)
    if _centred_over_text(a, b, cols):
        return True  # a centred heading line (``ACKNOWLEDGMENT`` in capitals at the body size) over its text
    if b.italic and not a.italic and b.font != a.font and _sentence_end(a.text):
        # a line all in an italic face after a sentence's end (raised citations after its stop too): an italic
        # subheading (``2.1.1 ...``, ``D. Title`` at a column's head)
        return True
    if a.italic and not b.italic and b.font != a.font and b.words and not HYPHEN_END_RE.search(a.text):
        # a line all in an italic face over a line in another face, and either it stops short of its column's edge
        # by more than the next line's first word or a wider pitch sets it off: an italic heading ending over its
        # text (Science: 8.2 pt italic headings of one to three lines, no full stop)
        first = b.words[0]
        # the column reaches at least as far as the line under it (on a one-column page a short italic title can be
        # filed with the other short lines of the left half, whose edge is no column's)
        edge = max(cols.edges(a)[1], b.x1) if a.page == b.page and b.top > a.top else cols.edges(a)[1]
        if a.x1 + (first.x1 - first.x0) + ITALIC_HEAD_SLACK * a.size < edge:
            return True
        if a.page == b.page and a.side == b.side and b.top - a.top > ITALIC_HEAD_PITCH * cols.line_pitch(b.size):
            return True
    left_b, right_b = cols.edges(b)
    same_column = a.page == b.page and a.side == b.side and b.top > a.top
    # a first-line indent (not an indented block, whose lines all start at the same x)
    base = max(left_b, a.x0) if same_column else left_b
    if INDENT_RATIO * b.size < b.x0 - base < 8 * b.size:
        return True
    left_a, right_a = cols.edges(a)
    if a.side == SPAN and b.side == SPAN and abs(a.x0 - b.x0) <= 2.0 and abs(a.x1 - b.x1) <= 2.0 and a.page == b.page:
        right_a = min(right_a, a.x1)  # a block of spanning lines narrower than the page (PNAS's abstract beside a box): its own edge
    width = max(right_a - left_a, 1.0)
    shortfall = (right_a - a.x1) / width
    if HYPHEN_END_RE.search(a.text):
        pass  # a word broken at the line end never ends a paragraph
    elif shortfall > SHORT_LINE_SHARE and SENTENCE_END_RE.search(a.text):
        return True
    elif shortfall > VERY_SHORT_SHARE and not b.text[:1].islower() and not _capitals_go_on(a, b):
        return True
    # far below: in the same column, or from a column into a spanning line and back (an author line in
    # the left half over an abstract set across the gutter) on the same page
    below = same_column or (a.page == b.page and a.side != b.side and SPAN in (a.side, b.side) and b.top > a.bottom)
    return below and b.top - a.top > PARA_GAP_RATIO * cols.line_pitch(b.size)


def _sentence_end(text: str) -> bool:
    """The line ends a sentence, raised citation numbers after its full stop (``ANOVA.²,¹⁶``) aside."""
    return bool(SENTENCE_END_RE.search(text.rstrip(ITALIC_RUN_IN["citation_marks"])))


_ENUMERATOR_RE = re.compile(r"^" + _HEADS["enumerator"] + r"[A-Z]")


def _italic_run_in_start(ln: Line) -> bool:
    """The line opens with an upright-text paragraph's italic title: one to ``max_words`` italic (not bold) words from
    a capital, ending in a full stop (an enumerated one, ``1) Imaging:``, also in a colon), with upright text after them."""
    words = [w for w in ln.words if not w.sup]
    n = 0
    enumerated = bool(_ENUMERATOR_RE.match(" ".join(w.text for w in words[:3])))  # ``1) Imaging:`` (IEEE) may end in a colon
    stops = (".", ":") if enumerated else (".",)
    while n < len(words) and words[n].italic and not words[n].bold and n < ITALIC_RUN_IN["max_words"]:
        n += 1
        if words[n - 1].text.endswith(stops):
            break
    if not (0 < n < len(words)) or not words[n - 1].text.endswith(stops) or words[n].italic or not (
            words[0].text[:1].isupper() or enumerated):
        return False
    return sum(c.isalpha() for w in words[:n] for c in w.text) >= ITALIC_RUN_IN["min_letters"]


def _capitals(ln: Line) -> bool:
    letters = [c for c in ln.text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _capitals_go_on(a: Line, b: Line) -> bool:
    """``a`` and ``b`` all in capitals, one face and size, ``b`` under ``a`` in its column, ``a`` open (no stop): a
    heading in capitals wrapped in a narrow column (``CREDIT AUTHORSHIP`` / ``CONTRIBUTION STATEMENT``), whose
    second line starts in a capital as every line of it does; the short first line does not end the paragraph."""
    return (a.page == b.page and a.side == b.side and b.top > a.top and a.font == b.font and abs(a.size - b.size) <= 0.1
            and not a.text.rstrip().endswith((".", ":", ";")) and _capitals(a) and _capitals(b))


def _centred_over_text(a: Line, b: Line, cols: Columns) -> bool:
    """``a`` sits centred in its column (both insets over ``min_inset`` sizes, within ``balance`` sizes of each other)
    and ``b``, capitalised, below it, starts at its column's left edge or a first-line indent (``max_indent`` sizes)
    and well left of ``a``: ``a`` is a heading line, not a paragraph's."""
    if a.page != b.page or a.side != b.side or b.top <= a.top or HYPHEN_END_RE.search(a.text) or not b.text[:1].isupper():
        return False
    left, right = cols.edges(a)
    left = min(left, b.x0)  # (the column's learnt edge can sit inside its unindented lines)
    inset_l, inset_r = a.x0 - left, right - a.x1
    return (inset_l > CENTRED_HEAD["min_inset"] * a.size and abs(inset_l - inset_r) <= CENTRED_HEAD["balance"] * a.size
            and b.x0 < a.x0 - CENTRED_HEAD["min_inset"] * a.size and b.x0 <= left + CENTRED_HEAD["max_indent"] * b.size)


def _bold_run_in_start(ln: Line) -> bool:
    """The line opens with a bold run of two words or more that ends in a full stop or colon, regular text after it."""
    run = 0
    for w in ln.words:
        if not w.bold:
            break
        run += 1
        if w.text.endswith((".", ":")):
            return run >= 2 and run < len(ln.words)
    return False


def lines_to_paragraphs(lines: list[Line], cols: Columns) -> list[list[Line]]:
    """Group consecutive lines into paragraphs; a page change always closes one (the assembler rejoins)."""
    paras: list[list[Line]] = []
    for ln in lines:
        if paras and paras[-1][-1].page == ln.page and (
            not is_break(paras[-1][-1], ln, cols) or _continues_caption(paras[-1], ln, cols)
        ) and not _entry_after_caption(paras[-1], ln):
            paras[-1].append(ln)
        else:
            paras.append([ln])
    return paras


def _entry_after_caption(para: list[Line], b: Line) -> bool:
    """A figure placed inside a list whose entries open with raised labels: after the caption's full
    stop, a line opening with a raised entry number (``¹⁹Okafor JJ, ...``) is the list's next entry."""
    return (b.text[:1] in RAISED_DIGITS and bool(CAPTION_START_RE.match(para[0].text)) and para[-1].text.rstrip().endswith(".")
            and entry_number(b.text) is not None)


def _continues_caption(para: list[Line], b: Line, cols: Columns) -> bool:
    """A caption set ragged in a narrow box runs on while font and line pitch stay the same."""
    a = para[-1]
    if a.rows is not None or b.rows is not None or not CAPTION_START_RE.match(para[0].text):
        return False
    same_font = abs(a.size - b.size) < 0.3 and a.side == b.side and b.font == a.font
    pitch = b.top - a.top
    if not same_font and BARE_LABEL_RE.match(para[0].text):
        # a bare ``TABLE 1`` label (its own face, short) over its caption text, and that text's short last
        # line under a caption line across both columns: one caption
        same_font = abs(a.size - b.size) < 1.0 and (len(para) == 1 or (a.side == SPAN and b.font == a.font))
    return same_font and 0 < pitch <= PARA_GAP_RATIO * cols.line_pitch(b.size) and abs(b.x0 - para[0].x0) < 2 * b.size


def entry_number(text: str) -> int | None:
    m = ENTRY_NUMBER_RE.match(text)
    if m:
        return int(next(g for g in m.groups() if g))
    if text[:1] in RAISED_DIGITS:  # "¹Smith AB, ...": a raised label (not an isotope, "¹³C-labelled")
        return split_entry_number(text)[0]  # the assembler's reading of a label
    return None


def lines_to_entries(lines: list[Line], cols: Columns) -> list[list[Line]]:
    """Split the lines of a reference list into entries (one list of lines per entry)."""
    lines = [ln for ln in lines if ln.rows is None and ln.text]
    if not lines:
        return []
    numbered = sum(1 for ln in lines if entry_number(ln.text) is not None or BARE_NUMBER_RE.match(ln.text))
    entries: list[list[Line]] = []
    first_numbered = entry_number(lines[0].text) is not None or bool(BARE_NUMBER_RE.match(lines[0].text))
    if first_numbered and (numbered >= 0.2 * len(lines) or numbered >= 3):
        expected = None
        for ln in lines:
            n = entry_number(ln.text)
            bare = BARE_NUMBER_RE.match(ln.text)
            if bare:
                n = int(bare.group(1))
            loose = LOOSE_NUMBER_RE.match(ln.text)
            if n is None and loose and expected is not None and int(loose.group(1)) == expected:
                n = expected  # "41 Collaborative Computational Project ...": no comma, but next in sequence
            starts = n is not None and (expected is None or n == expected or (n > expected and n - expected <= 2))
            if starts or not entries:
                entries.append([ln])  # a number alone on its line takes the lines that follow
                expected = n + 1 if n is not None else expected
            else:
                entries[-1].append(ln)
        return entries
    # author-year: an entry starts at the column edge when continuation lines hang indented;
    # the edge is the leftmost reference line of each column (most lines are indented ones)
    edge: dict[tuple[int, str], float] = {}
    for ln in lines:
        key = (ln.page, ln.side)
        edge[key] = min(edge.get(key, ln.x0), ln.x0)
    indents = [ln.x0 - edge[(ln.page, ln.side)] for ln in lines]
    indented_list = sum(1 for ln, d in zip(lines, indents) if 0.5 * ln.size < d < 4 * ln.size) >= 0.3 * len(lines)
    for i, ln in enumerate(lines):
        if i == 0:
            entries.append([ln])
            continue
        prev = lines[i - 1]
        at_edge = indents[i] <= 0.5 * ln.size
        if indented_list:
            starts = at_edge
        else:
            gap = prev.page == ln.page and prev.side == ln.side and ln.top - prev.top > PARA_GAP_RATIO * cols.line_pitch(ln.size)
            starts = gap or _ends_short(prev, cols)
        if starts:
            entries.append([ln])
        else:
            entries[-1].append(ln)
    return entries


def _ends_short(ln: Line, cols: Columns) -> bool:
    left, right = cols.edges(ln)
    return (right - ln.x1) / max(right - left, 1.0) > SHORT_LINE_SHARE and bool(SENTENCE_END_RE.search(ln.text))
