"""Front-matter layout of a PDF's first page: what the paragraph rules cannot see.

Word manuscripts and preprints set the title at body size; the paragraph rules
(size and pitch) then run the title and the author lines together. Here the
title's lines are cut off where the face changes, so the assembler's title
rules see the title as a block of its own.

Repository copies put their own front page before the article (a cover page
listing title, permalink, authors: eScholarship, institutional repositories)
or a banner over its first page (``HHS Public Access`` / ``Author manuscript``
/ ``Published in final edited form as:`` and the citation). Both are dropped
before layout, so the title and abstract come from the article's own page.
Cue phrases live in ``models/ingest/repository_pages.json``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from pipeline.ingest.frontmatter import is_structured_part
from pipeline.ingest.pdf.layout import SPAN, Line, words_to_lines
from pipeline.ingest.pdf.reader import Page
from pipeline.ingest.pdf.words import words_to_text
from pipeline.resources import model_path

_FRONT = json.loads(model_path("ingest", "pdf_front.json").read_text(encoding="utf-8"))  # thresholds (models/ingest)
_TITLE = _FRONT["body_size_title"]
TITLE_SMALLER = _FRONT["title_smaller_line"]
JOURNAL_BANNER_RE = re.compile(_FRONT["journal_banner"], re.IGNORECASE)  # a journal's name set larger than the title  # a title's last line set smaller to fit (convert._title_paragraphs)
BANNER_MAX_WORDS = _FRONT["running_banner_max_words"]  # a masthead found as the running header's text is this short
TITLE_RATIO = _TITLE["ratio"]  # a title this much larger than the body is found by size (convert._title_paragraphs)
TITLE_MAX_LINES = _TITLE["max_lines"]
TITLE_MIN_WORDS = _TITLE["min_words"]


TITLE_MARK_RE = re.compile(_FRONT["title_footnote_mark"]["pattern"])  # a footnote mark raised after a title's last word
TITLE_MARK_RAISE = _FRONT["title_footnote_mark"]["raise"]  # line sizes a smaller mark's bottom sits above the line's


def _raised_mark(w, ln: Line) -> bool:
    raised = w.sup or (w.size < ln.size - 0.5 and w.bottom <= ln.bottom - TITLE_MARK_RAISE * ln.size)
    return raised and bool(TITLE_MARK_RE.match(w.text.strip()))


def title_line_text(ln: Line) -> str:
    """The text of a title's last line without the footnote marks raised after its last word (``drugs¹``,
    ``drugs*``, ``drugs†``, ``drugsᵃ``): words at the line's end, set smaller and raised (a superscript, or a
    mark only a little smaller but lifted clear of the baseline), that are marks, not text."""
    words = sorted(ln.words, key=lambda w: w.x0)
    k = len(words)
    while k > 1 and _raised_mark(words[k - 1], ln):
        k -= 1
    return ln.text if k == len(words) else words_to_text(words[:k], ln.size)


def _same_face(a: Line, b: Line) -> bool:
    """Bold lines are one title face whatever their style (a bold-italic species name); others by font."""
    return a.bold == b.bold and (a.bold or a.font == b.font)


def split_body_size_title(paras: list[list[Line]], body_size: float) -> list[list[Line]]:
    """Page 1 without display type: the leading lines of its first paragraph that share a face
    other than the next line's (``CIDFont+F3`` title over ``CIDFont+F2`` authors, bold over
    regular) become a paragraph of their own."""
    if not paras:
        return paras
    page = paras[0][0].page
    first_page = [p for p in paras if p[0].page == page and p[0].rows is None]
    if not first_page or max(ln.size for p in first_page for ln in p) >= TITLE_RATIO * body_size:
        return paras
    for i, para in enumerate(paras):
        if para[0].page != page:
            break
        if para[0].rows is not None or para[0].note or len(para) < 2:
            continue
        k = next((j for j in range(1, len(para)) if not _same_face(para[j], para[0])), len(para))
        words = sum(len(ln.text.split()) for ln in para[:k])
        if k < len(para) and k <= TITLE_MAX_LINES and words >= TITLE_MIN_WORDS and abs(para[k].size - para[0].size) < 0.3:
            return paras[:i] + [para[:k], para[k:]] + paras[i + 1 :]
        break  # only the page's first paragraph of several lines can hold the title
    return paras


@lru_cache(maxsize=1)
def _repository_rules() -> dict:
    return json.loads(model_path("ingest", "repository_pages.json").read_text(encoding="utf-8"))


def _has_cue(text: str, cues: list[str]) -> str | None:
    low = " ".join(text.split()).lower()
    return next((c for c in cues if c.lower() in low), None)


def is_cover_page(page: Page) -> bool:
    """A repository's cover: few words (no article prose) and a repository cue phrase on one of its lines."""
    rules = _repository_rules()
    if not page.words or len(page.words) > rules["cover_max_words"]:
        return False
    return any(_has_cue(ln.text, rules["cover_cues"]) for ln in words_to_lines(list(page.words)))


def is_journal_cover(pages: list[Page]) -> bool:
    """Page 1 a journal's cover before the article: few words, all display type (no line of
    ``small_line_words`` words near the body size: a manuscript's title page has author and
    affiliation lines), and an article page after it."""
    rules = _repository_rules()["journal_cover"]
    first = pages[0]
    if len(pages) < 2 or not first.words or len(first.words) > rules["max_words"]:
        return False
    rest = [w for p in pages[1:] for w in p.words]
    if len(pages[1].words) < rules["next_min_words"]:
        return False
    sizes = sorted(round(w.size, 1) for w in rest)
    body = sizes[len(sizes) // 2]
    return not any(
        len(ln.text.split()) >= rules["small_line_words"] and ln.size <= rules["small_ratio"] * body
        for ln in words_to_lines(list(first.words))
    )


def _squeezed(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def is_title_cover(pages: list[Page]) -> bool:
    """Page 1 a cover sheet before the article (a repository's or a publisher's, whatever its wording): few
    words, and the article title set in display type on page 2 (lines ``display_ratio`` times page 2's median
    word size or larger, ``min_title_chars`` letters at least) is printed on page 1 too."""
    rules = _repository_rules()["title_cover"]
    if len(pages) < 2 or not pages[0].words or len(pages[0].words) > rules["max_words"] or len(pages[1].words) < rules["next_min_words"]:
        return False
    sizes = sorted(w.size for w in pages[1].words)
    body = sizes[len(sizes) // 2]
    display = [w for w in pages[1].words if w.size >= rules["display_ratio"] * body]
    if not display:
        return False
    top = max(w.size for w in display)
    title = _squeezed(" ".join(ln.text for ln in words_to_lines([w for w in display if abs(w.size - top) < 0.5])))
    if len(title) < rules["min_title_chars"]:
        return False
    return title in _squeezed(" ".join(ln.text for ln in sorted(words_to_lines(list(pages[0].words)), key=lambda ln: ln.top)))


def banner_words(page: Page) -> list:
    """Words of the repository banner at the top of the article's first page (short cue lines in the top
    ``banner_share``, and the citation line after ``Published in final edited form as:``)."""
    rules = _repository_rules()
    cut = page.height * rules["banner_share"]
    lines = words_to_lines([w for w in page.words if w.top <= cut])
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    out: list = []
    take_next = False
    for ln in lines:
        short = len(ln.text.split()) <= rules["banner_max_words"]
        cue = _has_cue(ln.text, rules["banner_cues"]) if short else None
        if cue or (take_next and short):
            out.extend(ln.words)
        take_next = bool(cue) and cue in rules["banner_with_next_line"]
    return out


def is_summary_page(page: Page, n_pages: int) -> bool:
    """A journal's one-page structured summary before the article (``RESEARCH ARTICLE SUMMARY`` in the top
    band of page 1): the article, with its own title and abstract, starts on the next page."""
    rules = _repository_rules()
    if n_pages < rules["summary_page_min_pages"] or not page.words:
        return False
    labels = [" ".join(x.lower().split()) for x in rules["summary_page_labels"]]
    cut = page.height * rules["banner_share"]
    # the label starts its line (a line of words_to_lines may run on into the next column's text)
    texts = (" ".join(ln.text.lower().split()) + " " for ln in words_to_lines([w for w in page.words if w.top <= cut]))
    return any(t.startswith(label + " ") for t in texts for label in labels)


def _joined(run: list) -> object:
    from dataclasses import replace

    return replace(run[0], text="".join(w.text for w in run), x1=run[-1].x1,
                   top=min(w.top for w in run), bottom=max(w.bottom for w in run))


def join_letter_spaced(pages: list[Page]) -> None:
    """In place, on the article's first page: capitals set letter-spaced (Elsevier's ``A B S T R A C T``,
    ``A R T I C L E  I N F O``) are read as one word per printed word, so labels match. A run is at least
    ``LETTER_RUN`` one-letter capitals on one baseline; it breaks where a gap is wider than
    ``LETTER_WORD_GAP`` times the run's narrowest gap (the space between two printed words)."""
    first = next((p for p in pages if p.words), None)
    if first is None:
        return
    rows: dict[int, list] = {}
    for w in first.words:
        rows.setdefault(round(w.bottom), []).append(w)
    merged: dict[int, object] = {}
    drop: set[int] = set()
    for row in rows.values():
        row.sort(key=lambda w: w.x0)
        runs, run = [], []
        for w in row + [None]:
            letter = w is not None and len(w.text) == 1 and w.text.isalpha() and w.text.isupper()
            if letter and (not run or w.x0 - run[-1].x1 <= LETTER_MAX_GAP * w.size):
                run.append(w)
                continue
            if len(run) >= LETTER_RUN:
                runs.append(run)
            run = [w] if letter else []
        for run in runs:
            gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:])]
            narrow = max(min(gaps), 0.1)
            words, cur = [], [run[0]]
            for g, w in zip(gaps, run[1:]):
                if g > LETTER_WORD_GAP * narrow:
                    words.append(cur)
                    cur = []
                cur.append(w)
            words.append(cur)
            for piece in words:
                merged[id(piece[0])] = _joined(piece)
                drop.update(id(w) for w in piece[1:])
    if merged:
        first.words = [merged.get(id(w), w) for w in first.words if id(w) not in drop]


def drop_repository_front(pages: list[Page]) -> None:
    """In place: empty a repository cover page 1, a journal's cover or its summary page 1 (when the article follows)
    and drop the banner over the article's first page."""
    if len(pages) > 1 and (is_cover_page(pages[0]) or is_summary_page(pages[0], len(pages)) or is_journal_cover(pages)
                           or is_title_cover(pages)) and any(p.words for p in pages[1:]):
        pages[0].words = []
        pages[0].image_boxes = []
        pages[0].plumber = None  # no tables or drawings looked for on it either
    first = next((p for p in pages if p.words), None)
    if first is None:
        return
    drop = {id(w) for w in banner_words(first)}
    if drop:
        first.words = [w for w in first.words if id(w) not in drop]


TAIL_GAP = _FRONT["abstract_tail_gap"]  # line sizes: a displaced last line of the abstract starts this close below it
_END_RE = re.compile(r"[.!?▪■][\"'”’)\]]*$")


def _face(para: list[Line]) -> tuple[str, float]:
    return para[0].font, para[0].size


def abstract_tail(paras: list[list[Line]], abstract: list[list[Line]], heads: set[int], body_font: str) -> list[list[Line]]:
    """Paragraphs of the abstract that reading order put elsewhere, in the order they continue it:

    - its unfinished last line set apart (a line the paragraph rules cut off and placed before or
      after, e.g. below small-print notes): same face, starting just below the abstract's last line
      inside its left and right edges;
    - its continuation at the top of the next column, when the abstract has a face of its own (not the
      body's): the run of paragraphs in that face to the right of the abstract on its page, starting
      above the abstract's end (a left-column summary that runs on into the right column).
    """
    if not abstract:
        return []
    font, size = _face(abstract[0])
    used = {id(p) for p in abstract}
    last = abstract[-1]

    def same(p: list[Line]) -> bool:
        return (id(p) not in used and id(p) not in heads and p[0].rows is None and p[0].font == font
                and abs(p[0].size - size) <= 0.3)

    out: list[list[Line]] = []
    left = min(ln.x0 for ln in last)
    right = max(ln.x1 for ln in last)
    if not _END_RE.search(last[-1].text.rstrip()):
        for p in paras:
            if (same(p) and p[0].page == last[-1].page and last[-1].bottom - 2 <= p[0].top <= last[-1].bottom + TAIL_GAP * size
                    and p[0].x0 >= left - size and p[0].x1 <= right + size):
                out.append(p)
                used.add(id(p))
                break
        return out
    if font == body_font or any(ln.side == SPAN for ln in last):
        return out  # (an abstract set across columns has no next column to run on into: Science's third column is the body)
    page = last[-1].page
    run_started = False
    for p in paras:
        if run_started:
            if not same(p) or p[0].page != page:
                break
            out.append(p)
            used.add(id(p))
        elif (same(p) and p[0].page == page and p[0].x0 >= right - size and p[0].top < last[-1].bottom
              and all(ln.font == font for ln in p)):  # (a bold run-in heading over body text is no summary's continuation)
            out.append(p)
            used.add(id(p))
            run_started = True
    return out


_LETTERS = _FRONT["letter_spaced"]
LETTER_RUN = _LETTERS["min_letters"]  # one-letter capitals in a row on a baseline: a letter-spaced word
LETTER_MAX_GAP = _LETTERS["max_gap"]  # font sizes between two letters of one letter-spaced label
LETTER_WORD_GAP = _LETTERS["word_gap"]  # a gap this many times the narrowest one separates two printed words
_LABEL = _FRONT["abstract_label"]
BESIDE_TOP = _LABEL["beside_top"]  # label sizes: text beside the label starts this close to the label's top
BESIDE_MIN_WORDS = _LABEL["beside_min_words"]  # ... and is abstract-length prose
STRUCTURED_MIN_WORDS = _LABEL["structured_min_words"]  # an unlabelled structured abstract's run of parts


def _para_words(para: list[Line]) -> int:
    return sum(len(ln.text.split()) for ln in para)


def beside_label(front: list[list[Line]], i: int) -> int | None:
    """The text an ``Abstract`` label (``front[i]``) heads, found by position rather than reading order:
    the abstract-length paragraph on its page right under the label at its left edge, also when it is set
    smaller than the body (OUP/NAR: page-1 small print that reading order moved before the label); None
    when there is none."""
    label = front[i][0]
    for j, para in enumerate(front):
        first = para[0]
        if j == i or first.rows is not None or first.page != label.page or _para_words(para) < BESIDE_MIN_WORDS:
            continue
        if abs(first.x0 - label.x0) <= label.size and 0 <= first.top - label.bottom <= BESIDE_TOP * label.size:
            return j
    return None


def unlabelled_structured(front: list[list[Line]], heads: set[int]) -> int | None:
    """The first paragraph that opens a structured abstract's part (``Objectives.``, ``Background:``) with no
    ``Abstract`` label above it, followed in its face by at least ``STRUCTURED_MIN_WORDS`` words."""
    for i, para in enumerate(front):
        first = para[0]
        if id(para) in heads or first.rows is not None or first.note or not is_structured_part(first.text):
            continue
        words = 0
        for p in front[i:]:
            if p[0].rows is not None or id(p) in heads or p[0].font != first.font or abs(p[0].size - first.size) > 0.3:
                break
            words += _para_words(p)
        if words >= STRUCTURED_MIN_WORDS:
            return i
    return None


_SIDE = _FRONT["side_column"]
SIDE_GAP = _SIDE["gap"]  # font sizes of white space between a text line and a side column on the same baseline
SIDE_MAX_WORDS = _SIDE["max_words"]  # a side column's lines are short (an editor's name, a date)
SIDE_MIN_LINES = _SIDE["min_lines"]  # ... and at least this many text lines run into it at one left edge
SIDE_X_TOL = _SIDE["x_tolerance"]  # points: the side column's common left edge
SIDE_MIN_X = _SIDE["min_x_share"]  # share of the page width: a side column sits in the right part of the page
SIDE_LEFT_SHARE = _SIDE["left_share"]  # a left column: this share of the lines crossing the text's edge start in it


def _side_split(ln: Line, width: float) -> tuple[list, list] | None:
    ws = sorted(ln.words, key=lambda w: w.x0)
    if len(ws) < SIDE_MAX_WORDS + 1:
        return None
    k = max(range(1, len(ws)), key=lambda j: ws[j].x0 - ws[j - 1].x1)
    gap = ws[k].x0 - ws[k - 1].x1
    if gap < SIDE_GAP * ln.size or len(ws) - k > SIDE_MAX_WORDS or k < SIDE_MAX_WORDS or ws[k].x0 < SIDE_MIN_X * width:
        return None
    return ws[:k], ws[k:]


def _left_split(ln: Line) -> tuple[list, list] | None:
    """A line that starts in a narrow left column (``Article history:``, ``Received ...``) and runs on, after
    a wide gap, into the text beside it: (text words, side words)."""
    ws = sorted(ln.words, key=lambda w: w.x0)
    if len(ws) < 2:
        return None
    k = max(range(1, len(ws)), key=lambda j: ws[j].x0 - ws[j - 1].x1)
    if ws[k].x0 - ws[k - 1].x1 < SIDE_GAP * ln.size or k > SIDE_MAX_WORDS:
        return None
    return ws[k:], ws[:k]


def _right_alone(firsts: list[Line], page: int, width: float) -> list[Line]:
    """Short lines of page 1 in its right part, each beside a text line in larger print that ends a
    side-column gap before it on an overlapping height (a side column's line on its own baseline)."""
    own = [ln for ln in firsts if ln.page == page]
    out = []
    for ln in own:
        if ln.x0 < SIDE_MIN_X * width or len(ln.words) > SIDE_MAX_WORDS:
            continue
        if any(t is not ln and t.x1 < ln.x0 - SIDE_GAP * t.size and len(t.words) > SIDE_MAX_WORDS
               and ln.size <= t.size - _BESIDE["smaller_pt"]
               and min(t.bottom, ln.bottom) > max(t.top, ln.top) for t in own):
            out.append(ln)
    return out


def _spanning(ln: Line, edge: float) -> bool:
    return ln.x0 < edge - SIDE_X_TOL and ln.x1 > edge + SIDE_X_TOL


def side_column_to_notes(lines: list[Line], width: float) -> list[Line]:
    """Page 1's side columns whose lines share baselines with the text become small print at the page end
    (``note``), so they are neither inside the abstract nor in the body:

    - on the right (ASCB's Monitoring Editor / Received / Accepted box beside the abstract): lines cut at
      the wide gap before the column's common left edge;
    - on the left (Elsevier's ``ARTICLE INFO`` column of dates and keywords beside ``ABSTRACT``): lines cut
      at the wide gap before the text's common left edge, when nearly every line crossing that edge starts
      with a short piece of the column (so a page of two merged body columns is left alone).
    """
    lines = _side_column(lines, width, right=True)
    lines = _side_column(lines, width, right=False)
    return _left_column_beside(lines, width)


def _split_to_notes(ln: Line, text_words, note_words, out: list[Line], notes: list[Line]) -> None:
    """``ln`` cut in two lines of its page: ``text_words`` stay in the text (``out``), ``note_words`` become a note."""
    for ws, into in ((text_words, out), (note_words, notes)):
        piece = Line(list(ws), side=ln.side).finish()
        piece.page = ln.page
        piece.note = into is notes
        into.append(piece)


def _side_column(lines: list[Line], width: float, right: bool) -> list[Line]:
    firsts = [ln for ln in lines if ln.rows is None]
    if not firsts:
        return lines
    page = firsts[0].page
    split = (lambda ln: _side_split(ln, width)) if right else _left_split
    splits = {id(ln): s for ln in firsts if ln.page == page and (s := split(ln))}
    # a right column's lines the line builder already parted from the text (another baseline) count too
    alone = _right_alone(firsts, page, width) if right else []
    if len(splits) + len(alone) < SIDE_MIN_LINES:
        return lines
    # the common edge: the side column's left edge (right column) or the text's left edge (left column)
    starts = [(s[1] if right else s[0])[0].x0 for s in splits.values()] + [a.x0 for a in alone]
    edge = max(starts, key=lambda x: sum(abs(x - y) <= SIDE_X_TOL for y in starts))
    splits = {k: s for k, s in splits.items() if abs((s[1] if right else s[0])[0].x0 - edge) <= SIDE_X_TOL}
    alone = [a for a in alone if abs(a.x0 - edge) <= SIDE_X_TOL]
    if len(splits) + len(alone) < SIDE_MIN_LINES:
        return lines
    cut = [ln for ln in firsts if id(ln) in splits] + alone
    pitch = max(ln.bottom - ln.top for ln in cut)
    top, bottom = min(ln.top for ln in cut) - 3 * pitch, max(ln.bottom for ln in cut) + 3 * pitch
    if not right:  # the column's own lines lie between its cut lines (the text's heading below stays)
        low, high = min(ln.top for ln in cut), max(ln.bottom for ln in cut)
        top, bottom = low, high + pitch
        crossing = [ln for ln in firsts if ln.page == page and low <= ln.top <= high and _spanning(ln, edge)]
        if len(splits) < SIDE_LEFT_SHARE * len(crossing):
            return lines
        # in smaller print than the text beside it (three body columns on page 1 share one size)
        side_sizes = [w.size for s in splits.values() for w in s[1]]
        text_sizes = [w.size for s in splits.values() for w in s[0]]
        if _median_value(side_sizes) > _median_value(text_sizes) - _BESIDE["smaller_pt"]:
            return lines
    out: list[Line] = []
    notes: list[Line] = []
    last = max(i for i, ln in enumerate(lines) if ln.page == page)
    for i, ln in enumerate(lines):
        own = (abs(ln.x0 - edge) <= SIDE_X_TOL) if right else (ln.x1 < edge - SIDE_X_TOL)
        if id(ln) in splits:
            text_words, side_words = splits[id(ln)]
            _split_to_notes(ln, text_words, side_words, out, notes)
        elif (ln.page == page and ln.rows is None and own
              and len(ln.text.split()) <= SIDE_MAX_WORDS and top <= ln.top <= bottom):
            ln.note = True
            notes.append(ln)
        else:
            out.append(ln)
        if i == last:
            out.extend(notes)
    return out


_BESIDE = _FRONT["left_column_beside"]


def _before(ln: Line, edge: float) -> list:
    """The words of ``ln`` that end left of ``edge`` (the text's left edge)."""
    return [w for w in ln.words if w.x1 < edge - SIDE_X_TOL]


def _at_edge(ln: Line, edge: float) -> bool:
    """``ln`` starts at ``edge``, or its words left of the edge are followed by one starting at the edge
    (and none crosses it)."""
    if abs(ln.x0 - edge) <= SIDE_X_TOL:
        return True
    before = _before(ln, edge)
    if not before or any(w.x0 < edge - SIDE_X_TOL < w.x1 for w in ln.words):
        return False
    nxt = min((w for w in ln.words if w.x0 >= edge - SIDE_X_TOL), key=lambda w: w.x0, default=None)
    return (nxt is not None and abs(nxt.x0 - edge) <= SIDE_X_TOL
            and nxt.x0 - max(w.x1 for w in before) >= _BESIDE["cut_gap_em"] * ln.size)


def _left_column_beside(lines: list[Line], width: float) -> list[Line]:
    """A narrow left column of short lines (Elsevier's ``ARTICLE INFO``: ``Article history:``, dates,
    ``Keywords:`` one a line) beside a block of text that starts at one left edge, once the line builder
    has parted them or left a side piece at the start of a text line (whatever the gap): the side lines and
    pieces become notes at the page end, so the abstract holds only its own words.

    The edge is the left edge shared by at least ``min_text_lines`` lines of page 1 in the band
    ``edge_band`` of the page width; the column is every line (or line start) left of it between the first
    and the last of those lines, each of at most ``SIDE_MAX_WORDS`` words, then the lines that continue it
    below in smaller print. At least ``SIDE_MIN_LINES`` such lines, and at least ``left_share`` of the
    lines beside the text block, else the page is left alone (two body columns the gutter finder missed).
    """
    firsts = [ln for ln in lines if ln.rows is None and not ln.note]
    if not firsts:
        return lines
    page = firsts[0].page
    own = sorted((ln for ln in firsts if ln.page == page), key=lambda ln: ln.top)
    lo, hi = _BESIDE["edge_band"]
    starts: set[float] = set()  # where a line starts, or a word starts after a gap of a font size or more
    for ln in own:
        reach = None
        for w in ln.words:
            if lo * width <= w.x0 <= hi * width and (reach is None or w.x0 - reach >= ln.size):
                starts.add(round(w.x0, 1))
            reach = w.x1 if reach is None or w.x1 > reach else reach
    best = None
    for x in sorted(starts):
        text = [ln for ln in own if _at_edge(ln, x) and ln.x0 <= x + SIDE_X_TOL]
        if sum(abs(ln.x0 - x) <= SIDE_X_TOL for ln in text) < _BESIDE["min_text_lines"]:
            continue
        for block in _blocks(text):
            found = _column_at(own, block, x)
            if found is not None and (best is None or len(found[1]) + len(found[0]) > len(best[1]) + len(best[2])):
                best = (x, found[1], found[0])
    if best is None:
        return lines
    edge, side, cut = best
    side_ids = {id(ln) for ln in side}
    out: list[Line] = []
    notes: list[Line] = []
    last = max(i for i, ln in enumerate(lines) if ln.page == page)
    for i, ln in enumerate(lines):
        if id(ln) in side_ids:
            ln.note = True
            notes.append(ln)
        elif id(ln) in cut:
            before = _before(ln, edge)
            _split_to_notes(ln, [w for w in ln.words if w not in before], before, out, notes)
        else:
            out.append(ln)
        if i == last:
            out.extend(notes)
    return out


def _blocks(text: list[Line]) -> list[list[Line]]:
    """``text`` (lines by height) cut where the white space between two lines exceeds ``max_text_gap`` pitches."""
    pitch = _median_pitch(text)
    out = [[text[0]]]
    for ln in text[1:]:
        if ln.top - out[-1][-1].bottom > _BESIDE["max_text_gap"] * pitch:
            out.append([])
        out[-1].append(ln)
    return [b for b in out if len(b) >= _BESIDE["min_text_lines"]]


def _column_at(own: list[Line], block: list[Line], edge: float) -> tuple[set[int], list[Line]] | None:
    """(ids of text lines that start with a side piece, the side column's own lines) beside ``block``
    (contiguous lines at ``edge``), or None when no side column stands there."""
    pitch = _median_pitch(block)
    top, bottom = block[0].top - _BESIDE["above"] * pitch, block[-1].bottom
    size = max(ln.size for ln in block)
    in_block = {id(ln) for ln in block}
    cut: set[int] = set()
    side: list[Line] = []
    beside = 0
    for ln in own:
        if not top <= ln.top < bottom:
            continue
        before = _before(ln, edge)
        if not before:
            continue
        beside += 1
        if len(before) == len(ln.words):
            if len(ln.text.split()) <= SIDE_MAX_WORDS:
                side.append(ln)
        elif id(ln) in in_block and len(before) <= SIDE_MAX_WORDS and abs(ln.x0 - edge) > SIDE_X_TOL:
            cut.add(id(ln))
    if not side and not cut:
        return None
    # the column may run on below the text (a list of keywords): short lines at its left edge in smaller print
    x0 = min(ln.x0 for ln in side) if side else None
    prev = max((ln.bottom for ln in side), default=bottom)
    for ln in own:
        if ln.top <= bottom or x0 is None:
            continue
        if (ln.top - prev > _BESIDE["max_side_gap"] * pitch or abs(ln.x0 - x0) > SIDE_X_TOL or ln.x1 >= edge - SIDE_X_TOL
                or len(ln.text.split()) > SIDE_MAX_WORDS or ln.size > size - _BESIDE["smaller_pt"]):
            break
        side.append(ln)
        beside += 1
        prev = ln.bottom
    if len(side) + len(cut) < SIDE_MIN_LINES or len(side) + len(cut) < SIDE_LEFT_SHARE * beside:
        return None
    # in smaller print than the text (three body columns share one size)
    pieces = [ln.size for ln in side] + [w.size for ln in block if id(ln) in cut for w in _before(ln, edge)]
    if _median_value(pieces) > _median_value([ln.size for ln in block]) - _BESIDE["smaller_pt"]:
        return None
    # a narrow column beside a wide text block (three body columns are as wide as one another)
    lefts = [ln.x0 for ln in side] + [w.x0 for ln in block if id(ln) in cut for w in ln.words[:1]]
    if max(ln.x1 for ln in block) - edge < _BESIDE["min_width_ratio"] * (edge - min(lefts)):
        return None
    return cut, side


def _median_pitch(lines: list[Line]) -> float:
    steps = sorted(b.top - a.top for a, b in zip(lines, lines[1:]) if b.top > a.top)
    if not steps:
        return max(ln.bottom - ln.top for ln in lines)
    return steps[len(steps) // 2]


def _median_value(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2]


PICTURE_BLOCKS = frozenset(_FRONT["picture_blocks"])  # front blocks whose content is a picture (Graphical abstract)


def is_picture_block_label(text: str) -> bool:
    """``text`` is the label alone of a front block whose content is a picture: the prose after it is not
    that block's own text."""
    return " ".join(text.lower().rstrip(":. ").split()) in PICTURE_BLOCKS
