"""An introduction printed with no heading above it, found among the front blocks.

PNAS, ACS and many letters start the body right after the abstract with no
``Introduction`` heading, so the assembler sees those paragraphs before the
first section and keeps them as front matter, where they are lost with their
citation markers. A front block is taken back as body text when it reads as
body prose that cites the reference list: at least ``MIN_WORDS`` words, not an
affiliation (tested on blocks of at most ``AFFILIATION_MAX_WORDS`` words) or licence
line, not the title or part of the abstract, and
carrying a bracketed numbered marker whose numbers all lie in the list
(``(12)``, ``[3, 4]``, a raised ``¹²``) or an author-year marker that links to
an entry. Abstracts and cover pages rarely cite, so the marker is what tells
the two apart; and the block must read as prose (at least ``MIN_LOWER`` of its
words in lower case), so an author line with raised affiliation numbers is not
taken.
"""

from __future__ import annotations

import json

from pipeline.document import Reference
from pipeline.ingest.author_year import Linker, find_author_year
from pipeline.ingest.citations import find_markers
from pipeline.ingest.frontmatter import looks_like_affiliation
from pipeline.resources import model_path

_SETTINGS = json.loads(model_path("ingest", "pdf_front.json").read_text(encoding="utf-8"))["unheaded_introduction"]
MIN_WORDS = _SETTINGS["min_words"]
MIN_LOWER = _SETTINGS["min_lower_share"]
TITLE = _SETTINGS["title"]
AFFILIATION_MAX_WORDS = _SETTINGS["affiliation_max_words"]
# the section is named for records and citations, but no heading is printed above it: the document says so
# (``Document.warnings``; the PDF bench leaves it out of the printed headings it scores)
ADDED_WARNING = f"no heading above the introduction: section '{TITLE}' added"


def _cites(text: str, references: list[Reference], linker: Linker | None) -> bool:
    if linker is not None:
        return any(linker.link(w) is not None for m in find_author_year(text) for w in m.works)
    known = {r.number for r in references}
    return any(all(n in known for n in m.numbers) for m in find_markers(text))


def reads_as_prose(text: str, min_lower: float = MIN_LOWER) -> bool:
    """At least ``min_lower`` of the words (those opening with a letter) in lower case: names and affiliations have few."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].islower() for w in words) >= min_lower * len(words)


def intro_blocks(front: list[str], used: list[str], references: list[Reference], author_year: bool) -> list[str]:
    """The front blocks (in order) that are an unheaded introduction; ``used`` holds the title,
    abstract and front-block texts the front-matter reader kept."""
    if not references:
        return []
    linker = Linker(references) if author_year else None
    taken = " \n".join(u for u in used if u)
    out = []
    for text in front:
        words = len(text.split())
        # an affiliation is a short block; a long prose one that cites the list is body text even
        # when it names a country or a hospital ("... nosocomial infections in the United States")
        if words < MIN_WORDS or text in taken or not reads_as_prose(text) or (
                words <= AFFILIATION_MAX_WORDS and looks_like_affiliation(text)):
            continue
        if _cites(text, references, linker):
            out.append(text)
    return out
