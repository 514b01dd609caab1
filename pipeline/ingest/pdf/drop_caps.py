"""Drop caps: a paragraph's first letter set several lines tall (Science, PNAS, many journals' introductions).

The big letter overlaps the first lines beside it, so the line builder would join those lines into one
(their words interleaved by x). Before lines are built, the letter is taken out and put back at the start
of the first word beside it: glued (``S`` + ``hort`` -> ``Short``), or as a word of its own when it is one
(``A`` + ``new`` stays ``A new``: the letter is a word and the glued form is not an ordinary word).
Thresholds in ``models/ingest/pdf_lines.json`` (``drop_cap``). Hand-written: no PDF library undoes drop caps.
"""

from __future__ import annotations

import json
from dataclasses import replace

from pipeline.ingest.pdf.reader import Page, Word
from pipeline.resources import model_path

_CFG = json.loads(model_path("ingest", "pdf_lines.json").read_text(encoding="utf-8"))["drop_cap"]
MIN_RATIO = _CFG["min_ratio"]  # the letter is this many times the median word size of its page
MAX_GAP_EM = _CFG["max_gap_em"]  # the text beside starts within this many text sizes right of it
TOP_EM = _CFG["top_em"]  # ... and its first line's top within this many text sizes of the letter's top
WORD_LETTERS = frozenset(_CFG["word_letters"])  # letters that are words by themselves (``A``, ``I``)


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2] if values else 0.0


def _is_drop_cap(w: Word, size: float) -> bool:
    return len(w.text) == 1 and w.text.isalpha() and w.text.isupper() and size > 0 and w.size >= MIN_RATIO * size


def _beside(cap: Word, words: list[Word]) -> Word | None:
    """The first word of the first line right of ``cap``: the top-most, then left-most word starting within
    MAX_GAP_EM text sizes of its right edge, with its top near the cap's top."""
    near = [w for w in words if w is not cap and w.size < cap.size and cap.x1 - 1.0 <= w.x0 <= cap.x1 + MAX_GAP_EM * w.size
            and cap.top - TOP_EM * w.size <= w.top <= cap.top + TOP_EM * w.size]
    return min(near, key=lambda w: (round(w.top), w.x0), default=None)


def _glue(letter: str, word: str) -> bool:
    if not word[:1].isalpha():
        return False
    if word[:1].isupper():
        return False  # ``A`` + ``New``: two words
    if letter in WORD_LETTERS:
        from pipeline.ingest.flat_citations import is_plain_word  # the shared ordinary-word list (lazy: loads data)

        core = word.rstrip(".,;:)").lower()
        return not is_plain_word(core)  # ``A`` + ``new``: a word after a word (``anew`` too, but rarer); ``A`` + ``lthough``: glued
    return True


def join_drop_caps(pages: list[Page]) -> None:
    """Put every page's drop caps back into the word beside them (in place)."""
    for page in pages:
        words = page.words
        if not words:
            continue
        size = _median([w.size for w in words])
        caps = [w for w in words if _is_drop_cap(w, size)]
        if not caps:
            continue
        drop: set[int] = set()
        swap: dict[int, Word] = {}
        extra: list[Word] = []
        for cap in caps:
            nxt = _beside(cap, words)
            if nxt is None:
                continue
            drop.add(id(cap))
            if _glue(cap.text, nxt.text):
                swap[id(nxt)] = replace(nxt, text=cap.text + nxt.text)
            else:  # the letter is a word: set in the text's size just left of the word beside it
                width = 0.6 * nxt.size
                extra.append(replace(nxt, text=cap.text, x0=nxt.x0 - width - 0.3 * nxt.size, x1=nxt.x0 - 0.3 * nxt.size))
        if drop:
            page.words = [swap.get(id(w), w) for w in words if id(w) not in drop] + extra
