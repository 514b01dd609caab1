"""Journal furniture: running headers and footers, page numbers, line numbers, figure-internal text.

Furniture is text that recurs at the same place on most pages, so it is found by
comparing pages, which pdfplumber (one page at a time) does not do.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from pipeline.ingest.pdf.layout import words_to_lines
from pipeline.ingest.pdf.reader import Page, Word

EDGE_SHARE = 0.1  # headers and footers live in the top / bottom tenth of the page
MIN_PAGE_SHARE = 0.3  # recurring on at least this share of the pages (and on two or more)
PAGE_NUMBER_RE = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
LINE_NUMBER_MIN = 8  # this many bare numbers stacked in a margin are line numbers


def line_key(text: str) -> str:
    """Recurrence key: lower case, digits folded (page numbers and dates vary), spaces squeezed."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip()


def edge_lines(page: Page):
    """The lines in the top and bottom tenth of a page, with ``top``/``bottom`` zone names."""
    top_cut, bottom_cut = page.height * EDGE_SHARE, page.height * (1 - EDGE_SHARE)
    edge = [w for w in page.words if w.bottom <= top_cut or w.top >= bottom_cut]
    for ln in words_to_lines(edge):
        yield ("top" if ln.bottom <= top_cut else "bottom"), ln


def furniture_keys(pages: list[Page]) -> set[tuple[str, str]]:
    """(zone, text key) of header/footer lines that recur across pages."""
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    for p in pages:
        for zone, ln in edge_lines(p):
            seen[(zone, line_key(ln.text))].add(p.number)
    need = max(2, MIN_PAGE_SHARE * len(pages))
    return {key for key, nums in seen.items() if len(nums) >= need}


def remove_furniture(pages: list[Page]) -> None:
    """Drop running headers/footers, page numbers, margin line numbers and text inside images, in place."""
    keys = furniture_keys(pages) if len(pages) > 1 else set()
    for p in pages:
        drop: set[int] = set()
        for zone, ln in edge_lines(p):
            if (zone, line_key(ln.text)) in keys or PAGE_NUMBER_RE.match(ln.text.strip()):
                drop.update(id(w) for w in ln.words)
        drop.update(id(w) for w in line_number_words(p))
        drop.update(id(w) for w in words_in_boxes(p.words, p.image_boxes))
        if drop:
            p.words = [w for w in p.words if id(w) not in drop]


def line_number_words(page: Page) -> list[Word]:
    """Bare numbers stacked at one x in the outer margins (manuscript line numbering)."""
    margin = page.width * 0.12
    by_left: dict[int, list[Word]] = defaultdict(list)
    by_right: dict[int, list[Word]] = defaultdict(list)
    for w in page.words:
        if w.text.isdigit() and (w.x1 < margin or w.x0 > page.width - margin):
            by_left[round(w.x0 / 3)].append(w)  # left-aligned numbers
            by_right[round(w.x1 / 3)].append(w)  # right-aligned numbers
    stacks = [ws for ws in list(by_left.values()) + list(by_right.values()) if len(ws) >= LINE_NUMBER_MIN]
    found = {id(w): w for ws in stacks if _evenly_spaced(ws) for w in ws}  # a word may be in both stacks
    return list(found.values())


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
