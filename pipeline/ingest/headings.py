"""Headings: numbered (``2.3.2 Title``), known unnumbered titles, and their levels.

A numbered line is accepted as a heading only when its number continues the
numbering seen so far (next sibling, first child, or a gap of one), which is
what keeps reference entries and numbered list items out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.resources import model_path

_NUMBERING = json.loads(model_path("ingest", "numbered_headings.json").read_text(encoding="utf-8"))  # models/ingest
MAX_TITLE_WORDS = _NUMBERING["max_title_words"]
MAX_GAP = _NUMBERING["max_gap"]  # a numbering gap this large (a heading lost by extraction) is still accepted

_LETTER_NUMERAL = re.compile(r"^(?:[IVX]{1,5}|[A-H])\.\s+")  # "II. ", "B. ": kept as printed when the rest is sentence-cased
_WORD = re.compile(r"[^\W\d_]{3}")  # a title holds a word of three letters or more
_NUMBERED = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(?P<title>\S.*)$")


@dataclass(frozen=True)
class Vocabulary:
    front_labels: frozenset[str]
    body: frozenset[str]
    back: frozenset[str]
    references: frozenset[str]
    front_blocks: frozenset[str] = frozenset()  # front matter kept as its own blocks (Highlights, Significance ...)
    cited_back: frozenset[str] = frozenset()  # back matter whose raised numbers cite (Data availability, Notes ...)
    back_top: frozenset[str] = frozenset()  # back matter that is never a subsection (Acknowledgements, Supplementary material)
    back_containers: frozenset[str] = frozenset()  # back matter whose text may hold run-in statements (Science's Acknowledgments)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = json.loads(model_path("ingest", "section_titles.json").read_text(encoding="utf-8"))
    keys = ("front_labels", "body", "back", "references", "front_blocks", "cited_back", "back_top", "back_containers")
    return Vocabulary(*(frozenset(t.lower() for t in data.get(key, [])) for key in keys))


def _key(line: str) -> str:
    line = _LETTER_NUMERAL.sub("", line.strip(), count=1)  # "IV. RESULTS" is the Results heading
    return re.sub(r"\s+", " ", line.strip().rstrip(":").strip()).lower()


def is_front_label(line: str) -> bool:
    key = _key(line)
    return key in vocabulary().front_labels or any(
        key.startswith(label + " ") for label in vocabulary().front_labels if label not in ("abstract", "summary")
    )


def unnumbered_kind(line: str) -> str | None:
    """``"back"``, ``"references"`` or ``"body"`` for a known unnumbered heading, else None."""
    key = _key(line)
    if key in vocabulary().references:
        return "references"
    if key in vocabulary().back:
        return "back"
    if key in vocabulary().body:
        return "body"
    return None


def back_citations(title: str) -> str | None:
    """How a back-matter section's markers are read: ``"all"`` where statements cite the list
    (``Data availability``, ``Code availability``, ``Notes``: ``deposited at GEO [100]``,
    ``Zenodo⁵⁶``), ``"bracketed"`` in the rest (Science runs ``Data and materials availability``
    into its acknowledgements), None in the list itself."""
    key = _key(title)
    if key in vocabulary().references:
        return None
    return "all" if key in vocabulary().cited_back else "bracketed"


def holds_back_matter(line: str) -> bool:
    """A back-matter section whose paragraph runs further statements in (Science: ``ACKNOWLEDGMENTS`` over ``We
    thank ... Funding: ... Author contributions: ...``): a back-matter title the reader sets a level under it is its subsection."""
    return _key(line) in vocabulary().back_containers


def always_top(line: str) -> bool:
    """A back-matter title that is a section of its own wherever the reader places it (``Acknowledgements``)."""
    return _key(line) in vocabulary().back_top


def heading_title(title: str) -> str:
    """``"INTRODUCTION"`` -> ``"Introduction"``; mixed-case titles are kept as printed.

    Words holding a digit (``PINK1``) keep their case even in an upper-case heading,
    and so does a leading roman or letter numeral (``II. METHODS`` -> ``II. Methods``).
    """
    title = title.strip().rstrip(":").strip()
    letters = [c for c in title if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return title
    numeral = _LETTER_NUMERAL.match(title)
    prefix, title = (numeral.group(0), title[numeral.end() :]) if numeral else ("", title)
    if not any(c.isalpha() for c in title):
        return prefix + title
    words = [w if any(ch.isdigit() for ch in w) else w.lower() for w in title.split()]
    sentence = " ".join(words)
    return prefix + sentence[:1].upper() + sentence[1:]


def parse_number(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.split("."))


def follows(previous: tuple[int, ...] | None, candidate: tuple[int, ...]) -> bool:
    """Whether ``candidate`` may come right after ``previous`` in a numbering."""
    if previous is None:
        return all(p <= MAX_GAP for p in candidate) and len(candidate) <= 2
    if candidate == previous + (1,):  # first child
        return True
    for depth in range(len(previous), 0, -1):  # next sibling at some depth
        if len(candidate) == depth and candidate[:-1] == previous[: depth - 1]:
            step = candidate[-1] - previous[depth - 1]
            if 1 <= step <= MAX_GAP:
                return True
        if len(candidate) == depth + 1 and candidate[:depth - 1] == previous[: depth - 1]:
            # a new parent's first child, the parent itself lost: 2.3 -> 3.1
            if candidate[depth - 1] == previous[depth - 1] + 1 and candidate[-1] == 1:
                return True
    return False


def confirmed_start(first: tuple[int, ...], second: tuple[int, ...] | None) -> bool:
    """A first heading number ``follows(None, ...)`` refuses (``4.2``, ``3``: an excerpt or a chapter that starts
    past the opening) still opens the numbering when the next numbered heading follows it (``4.2`` then ``4.3``)."""
    return second is not None and not follows(None, first) and follows(first, second)


def match_numbered(line: str) -> tuple[str, str] | None:
    """(number, title) when the line has the shape of a numbered heading."""
    match = _NUMBERED.match(line.strip())
    if not match:
        return None
    title = match.group("title").strip()
    if not (title[0].isupper() or title[0].isdigit()) or len(title.split()) > MAX_TITLE_WORDS:
        return None
    if not _WORD.search(title):
        return None  # "4 6 8 10 12 x": tick values, not a numbered heading
    if title.endswith((".", ";", ",")) and not title.endswith("etc."):
        return None
    if "\t" in title or re.search(r"\(\d{4}\)|\bet al\b|doi:", title):
        return None
    return match.group("num"), title


def level_of(number: str) -> int:
    return number.count(".") + 1


def parent_of(number: str) -> str | None:
    return number.rsplit(".", 1)[0] if "." in number else None
