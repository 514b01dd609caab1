"""Front matter: title, abstract and keywords among the blocks before the first heading.

Journal furniture (editors, dates, licence, correspondence, how-to-cite) is
recognised by its labels and by what it says, and is not a section.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from pipeline.ingest.headings import _key, is_front_label, vocabulary
from pipeline.resources import model_path

MIN_ABSTRACT_CHARS = json.loads(model_path("ingest", "front_matter.json").read_text(encoding="utf-8"))["min_abstract_chars"]
_LICENCE_OR_FURNITURE = re.compile(
    r"(?i)©|copyright|creative commons|open[- ]access|distributed under|licen[cs]e|permits unrestricted|"
    r"citation:|cite this|correspondence|e-?mail|@|received\b.*\baccepted\b|doi\s*:|https?://"
)
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=\S)")  # where a block's trailing furniture sentence may start
_INNER_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")
# "Smith J, ...", "Anna Lee and Bo Chen": names carry no digits (a gene symbol such as NOTCH1 does)
_AUTHOR_LINE = re.compile(r"^[A-Z][A-Za-z.'’\-]+(?:\s[A-Z][A-Za-z.'’\-]+){0,3}\*?(?:,|\s+and\s+[A-Z])")


# "Dev Dyn 2001;221:310–322." / "Cell 187, 1762–1777 (2024)": how-to-cite lines printed under an abstract
_CITATION_TAIL = re.compile(
    r"(?<=[.!?])\s+[A-Z][A-Za-z&]*\.?(?:\s[A-Z][A-Za-z&]*\.?){0,6}\s(?:19|20)\d{2}\s*[;,]\s*\d+(?:\s*\(\d+\))?\s*[:,]\s*[\w–-]+\.?\s*$"
)
_ABSTRACT_RUN_IN = re.compile(r"^(?:ABSTRACT|SUMMARY|Abstract|Summary)(?:\s*[:.\-–—]\s*|\s+(?=[A-Z]))(?=\S)")
# a run-in abstract label glued after the last sentence of the block above (a Simple Summary's paragraph and
# ``Abstract: ...`` joined by the layout): the label needs its colon or full stop here
_GLUED_ABSTRACT_RUN_IN = re.compile(r"(?<=[.!?])\s+(?=(?:ABSTRACT|Abstract)\s*[:.\u2013\u2014]\s*[A-Z])")
_STRUCTURED_LABEL = re.compile(
    r"^(?:background|objectives?|aims?|purpose|introduction|rationale|methods?|materials and methods|design|setting|"
    r"patients|participants|results?|findings|conclusions?|interpretation|significance|context|importance)\s*[:.]",
    re.IGNORECASE,
)
_INLINE_KEYWORDS = re.compile(r"(?<=[.!?])\s+(?:Key\s*words?|KEY\s*WORDS?)\s*[:.\-–]\s*\S")
_BULLET = re.compile(r"^[•·▪●◦‣∙\-–—*d]\s")
# "1 Department of Biology, University of ..., USA": an affiliation numbered like a section heading
_AFFILIATION = re.compile(
    r"(?i)\b(?:department|dept\.|university|universit[éä]t|institut[eo]?|college|school of|faculty|hospital|laborator(?:y|ies)|"
    r"centre|center|academy|foundation)\b.*,"
)
NO_ABSTRACT_WARNING = "no abstract found: the abstract is left empty"


@dataclass
class FrontMatter:
    title: str = ""
    abstract: str = ""
    keywords: list[str] = field(default_factory=list)
    blocks: list[dict[str, str]] = field(default_factory=list)  # {"label", "text"}: Highlights, Significance ...
    warnings: list[str] = field(default_factory=list)


def looks_like_affiliation(text: str) -> bool:
    return bool(_AFFILIATION.search(text))


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


def front_block_label(text: str) -> tuple[str, str] | None:
    """(label, rest) when the block opens a front-matter block of its own (``Highlights``, ``Significance:`` ...)."""
    key = _key(text)
    labels = vocabulary().front_blocks
    if key in labels:
        return text.strip().rstrip(":").strip(), ""
    stripped = text.strip()
    for label in labels:
        if key.startswith(label) and len(key) > len(label) and key[len(label)] in ":.—–":
            return text[: len(label)].strip(), text[len(label) + 1 :].strip()
        # an upper-case label run in without punctuation: ASM's "IMPORTANCE Acinetobacter baumannii ..."
        head = stripped[: len(label)]
        if key.startswith(label + " ") and head.isupper() and stripped[len(label) + 1 : len(label) + 2].isupper():
            return head, stripped[len(label) + 1 :].strip()
    return None


_LATER_PARTS = json.loads(model_path("ingest", "front_matter.json").read_text(encoding="utf-8"))["structured_later_parts"]["labels"]
_LATER_PART = re.compile(r"^(?:%s)\s*[:.]\s*\S" % "|".join(re.escape(x) for x in _LATER_PARTS), re.IGNORECASE)


def is_later_structured_part(text: str) -> bool:
    """Does ``text`` open a later part of a structured abstract whose label alone means something else
    (``Summary:`` / ``Key Messages:`` after ``Background:``, Karger)?"""
    return bool(_LATER_PART.match(text.strip()))


def is_structured_part(text: str) -> bool:
    """Does ``text`` open a part of a structured abstract (``Background:``, ``Importance.``)?"""
    return bool(_STRUCTURED_LABEL.match(_ABSTRACT_RUN_IN.sub("", text.strip())))


def strip_citation_tail(text: str) -> str:
    return _CITATION_TAIL.sub("", text).rstrip()


def _unfinished(text: str) -> bool:
    return not re.search(r"[.!?][\"'”’)\]]*$", text.rstrip())


def parse_front(
    blocks: list[str], title_hint: str = "", roles: list[str] | None = None, prose_fallback: bool = True
) -> FrontMatter:
    """Find title, abstract, keywords and front-matter blocks among the front blocks (already repaired text).

    The abstract is, in this order: the blocks a reader marked ``abstract`` (it saw
    them by their layout); the block(s) after an ``Abstract``/``Summary`` label; with
    ``prose_fallback`` (plain text, which has no layout to tell a lead paragraph by),
    the longest prose block that is not licence or furniture.  A PDF reader that saw
    no labelled or lead abstract passes ``prose_fallback=False``: the longest front
    block there is as often an introduction paragraph or a footnote as the
    abstract, and an empty abstract with a warning beats a wrong one.  After a label the
    abstract takes the next block, and more only while the last one is unfinished
    or the next one opens a structured part (``Methods:``); a front-matter label
    (``Highlights``, ``Significance`` ...) ends it.  None found: empty, and a warning.
    """
    roles = roles or [""] * len(blocks)
    split_blocks: list[str] = []
    split_roles: list[str] = []
    for text, role in zip(blocks, roles):
        for piece in _GLUED_ABSTRACT_RUN_IN.split(text) if role != "abstract" else [text]:
            split_blocks.append(piece)
            split_roles.append(role)
    blocks, roles = split_blocks, split_roles
    front = FrontMatter(title=title_hint)
    expect: str | None = None
    abstract_parts: list[str] = []
    marked = [strip_citation_tail(_ABSTRACT_RUN_IN.sub("", t)) for t, r in zip(blocks, roles) if r == "abstract"]
    current: dict[str, str] | None = None
    for text, role in zip(blocks, roles):
        if role == "abstract":
            expect = None
            continue
        key = _key(text)
        structured_part = expect == "abstract" and is_structured_part(text) and (
            not abstract_parts or is_structured_part(abstract_parts[0])
        )
        label = None if structured_part else front_block_label(text)
        if label:
            current = {"label": label[0], "text": label[1]}
            front.blocks.append(current)
            expect = "block"
            continue
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
        if _ABSTRACT_RUN_IN.match(text) and not abstract_parts:
            abstract_parts.append(_ABSTRACT_RUN_IN.sub("", text))
            expect = "abstract"
            continue
        if expect == "keywords":
            front.keywords = split_keywords(text)
            expect = None
            continue
        if expect == "block" and current is not None:
            if not current["text"] or _BULLET.match(text) or _unfinished(current["text"]):
                current["text"] = f"{current['text']} {text}".strip()
                continue
            expect = None
        if expect == "abstract":
            if _LICENCE_OR_FURNITURE.search(text) and abstract_parts:
                expect = None
            elif not abstract_parts or _unfinished(abstract_parts[-1]) or _STRUCTURED_LABEL.match(text):
                abstract_parts.append(text)
                continue
            else:
                expect = None
        if not front.title and _is_title_candidate(text, first=text is blocks[0]):
            front.title = text
    if marked:
        front.abstract = " ".join(marked)
        # a keywords line the reader's paragraph joined to the abstract's last paragraph (BMC)
        inline = _INLINE_KEYWORDS.search(front.abstract)
        if inline:
            if not front.keywords:
                front.keywords = split_keywords(front.abstract[inline.start() :].strip())
            front.abstract = front.abstract[: inline.start()].rstrip()
    elif abstract_parts:
        front.abstract = strip_citation_tail(" ".join(abstract_parts))
    elif prose_fallback:
        prose = [
            p
            for t in blocks
            if not front_block_label(t) and not any(b["text"] == t or t in b["text"] for b in front.blocks)
            for p in [_without_furniture_tail(t)]
            if p
        ]
        if prose:
            front.abstract = strip_citation_tail(max(prose, key=len))
    if front.title and front.title == front.abstract:
        front.title = ""
    if not front.abstract:
        front.warnings.append(NO_ABSTRACT_WARNING)
    return front
