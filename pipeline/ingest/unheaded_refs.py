"""A reference list printed without a heading, found by its layout.

PNAS and Science set the reference list in small type after the body or the
acknowledgements, with no "References" heading; the PDF reader then has nothing
to open the list with and every entry becomes a body paragraph (0 entries).
:func:`unheaded_reference_paragraphs` finds such a list from the paragraphs'
layout alone: paragraphs in type smaller than the body whose first line opens a
numbered entry (``1. A. Author``, ``[1]``, ``(1)``) that reads as a reference,
with the small-type paragraphs that carry an entry on; the list must number its
entries from 1 and hold most numbers up to its largest one. Runs of such
paragraphs are put in the order of their first entry number (a reader that took
the list's right column first gives 25-48 before 1-24).
"""

from __future__ import annotations

import re
from typing import Protocol, Sequence

from pipeline.ingest.references import looks_like_reference

_NUMBERED = re.compile(r"^(?:(\d{1,3})\.|\[(\d{1,3})\]|\((\d{1,3})\))\s+(?=[A-Z\u00C0-\u024F])")
_NUMBERS_INSIDE = re.compile(r"(?:^|(?<=[.;)]\s))(\d{1,3})\.\s+(?=[A-Z]\.?\s?[A-Z]?[\w'’\-]*[,.\s])")
_CAPTION = re.compile(r"^(?:Fig\.?|Figure|Table|TABLE|FIGURE)\s+\d")
# after the number: an author as ``F. H. Yu,`` / ``Yu, F. H.`` / ``Yu FH,``, or a group name and a year
_AUTHOR_START = re.compile(
    r"^(?:\d{1,3}\.|\[\d{1,3}\]|\(\d{1,3}\))\s+"
    r"(?:(?:[A-Z]\.\s?-?){1,3}\s?[A-Z\u00C0-\u024F][\w'’\-]+|[A-Z\u00C0-\u024F][\w'’\-]+,?\s(?:[A-Z]\.\s?-?){1,3}|"
    r"[A-Z\u00C0-\u024F][\w'’\-]+\s[A-Z]{1,3}[,.])"
)
# the heading run into the first entry's line by the reader: "■(1) REFERENCESSpencer, D. M."
_GLUED_HEADING = re.compile(r"^[^\w(\[]*(\(1\)|\[1\]|1\.)\s*(?:REFERENCES|References)\s*(?=[A-Z])")
SMALLER = 0.6  # points below the body size that count as small print
MIN_ENTRIES = 5


class _Line(Protocol):
    text: str
    size: float


def _number(text: str) -> int | None:
    m = _NUMBERED.match(text)
    return int(next(g for g in m.groups() if g)) if m else None


def _small(para: Sequence[_Line], body_size: float) -> bool:
    sizes = [ln.size for ln in para if ln.text.strip()]
    return bool(sizes) and max(sizes) <= body_size - SMALLER


def unheaded_reference_paragraphs(paras: Sequence[Sequence[_Line]], body_size: float) -> list[int]:
    """Indices of the paragraphs that make up a heading-less reference list, in list order;
    [] when there is none."""
    picked: list[int] = []
    runs: list[list[int]] = []
    numbers: set[int] = set()
    prev = -2
    last_n = 0
    for i, para in enumerate(paras):
        if not para or getattr(para[0], "rows", None) is not None or not _small(para, body_size):
            continue
        glued = _GLUED_HEADING.match(para[0].text)
        if glued:
            para[0].text = f"{glued.group(1)} {para[0].text[glued.end():]}"
        text = " ".join(ln.text for ln in para)
        if _CAPTION.match(text):
            continue
        n = _number(para[0].text)
        if n is not None and (looks_like_reference(text) or _AUTHOR_START.match(text)):
            found = {n} | {int(k) for k in _NUMBERS_INSIDE.findall(text) if int(k) > n}
            if not runs or prev != i - 1 or n < last_n:
                runs.append([])
            last_n = n
            runs[-1].append(i)
            numbers |= found
            prev = i
        elif prev == i - 1 and runs and len(text) < 600:
            runs[-1].append(i)  # an entry carried on in a paragraph of its own
            prev = i
    if 1 not in numbers or len(numbers) < MIN_ENTRIES or len(numbers) < 0.6 * max(numbers):
        return []
    runs.sort(key=lambda run: min(numbers_of(paras, run)))
    for run in runs:
        picked.extend(run)
    return picked


def numbers_of(paras: Sequence[Sequence[_Line]], run: list[int]) -> list[int]:
    """The entry numbers that open the paragraphs of ``run`` (a large number when none does)."""
    found = [n for i in run if (n := _number(paras[i][0].text)) is not None]
    return found or [10**6]
