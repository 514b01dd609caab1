"""Front matter: title, abstract and keywords among the blocks before the first heading.

Journal furniture (editors, dates, licence, correspondence, how-to-cite) is
recognised by its labels and by what it says, and is not a section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.ingest.headings import _key, is_front_label

MIN_ABSTRACT_CHARS = 300
_LICENCE_OR_FURNITURE = re.compile(
    r"(?i)©|copyright|creative commons|open[- ]access|distributed under|licen[cs]e|permits unrestricted|"
    r"citation:|cite this|correspondence|e-?mail|@|received\b.*\baccepted\b|doi\s*:|https?://"
)
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=\S)")  # where a block's trailing furniture sentence may start
_INNER_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")
# "Smith J, ...", "Anna Lee and Bo Chen": names carry no digits (a gene symbol such as NOTCH1 does)
_AUTHOR_LINE = re.compile(r"^[A-Z][A-Za-z.'’\-]+(?:\s[A-Z][A-Za-z.'’\-]+){0,3}\*?(?:,|\s+and\s+[A-Z])")


@dataclass
class FrontMatter:
    title: str = ""
    abstract: str = ""
    keywords: list[str] = field(default_factory=list)


def split_keywords(text: str) -> list[str]:
    text = re.sub(r"(?i)^\s*key\s*words?\s*[:.\-–]?\s*", "", text)
    return [k.strip(" .") for k in re.split(r"\s*[;,·•|]\s*", text) if k.strip(" .")]


def _is_title_candidate(text: str, first: bool = False) -> bool:
    """A title: 4-40 words, not furniture, not all capitals; a final period only on the
    file's first block and when it is one sentence (MEDLINE-style titles end in ``.``)."""
    words = text.split()
    if not 4 <= len(words) <= 40 or is_front_label(text):
        return False
    if text.endswith(".") and (not first or _INNER_SENTENCE.search(text[:-1])):
        return False
    if _LICENCE_OR_FURNITURE.search(text) or _AUTHOR_LINE.match(text):
        return False
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not all(c.isupper() for c in letters)


def _without_furniture_tail(text: str) -> str:
    """A prose block with any trailing furniture sentences cut off (``Journal advance online
    publication, 3 March 2021; doi:...``), or "" when what is left is no abstract-length prose."""
    pieces = _SENTENCE_END.split(text)
    while pieces and _LICENCE_OR_FURNITURE.search(pieces[-1]):
        pieces.pop()
        # the publication line's own head ("Oncogene advance online publication, 3 March 2021;")
        while pieces and pieces[-1].endswith(";"):
            pieces.pop()
    kept = " ".join(pieces)
    if len(kept) < MIN_ABSTRACT_CHARS or _LICENCE_OR_FURNITURE.search(kept):
        return ""
    return kept


def parse_front(blocks: list[str], title_hint: str = "") -> FrontMatter:
    """Find title, abstract and keywords among the front blocks (already repaired text)."""
    front = FrontMatter(title=title_hint)
    expect: str | None = None
    abstract_parts: list[str] = []
    for text in blocks:
        key = _key(text)
        if key in ("abstract", "summary"):
            expect = "abstract"
            continue
        if key in ("keywords", "key words"):
            expect = "keywords"
            continue
        if re.match(r"(?i)^key\s*words?\s*[:.\-–]", text):
            front.keywords = split_keywords(text)
            expect = None
            continue
        if re.match(r"(?i)^abstract\s*[:.\-–]\s*\S", text):
            abstract_parts.append(re.sub(r"(?i)^abstract\s*[:.\-–]\s*", "", text))
            expect = None
            continue
        if expect == "keywords":
            front.keywords = split_keywords(text)
            expect = None
            continue
        if expect == "abstract":
            abstract_parts.append(text)
            continue
        if not front.title and _is_title_candidate(text, first=text is blocks[0]):
            front.title = text
    if abstract_parts:
        front.abstract = " ".join(abstract_parts)
    else:
        prose = [p for p in (_without_furniture_tail(t) for t in blocks) if p]
        if prose:
            front.abstract = max(prose, key=len)
    if front.title and front.title == front.abstract:
        front.title = ""
    return front
