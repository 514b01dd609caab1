"""The abstract and an unheaded body of a plain text paper, marked before assembly.

A text file gives no layout, so the assembler's front-matter reader finds an
unlabelled abstract only as the longest prose block of at least 300
characters with no licence or correspondence words in it, and keeps every
other block before the first heading as front matter. That fits PDF front
pages (cover lines, licences, affiliations), but a plain text paper is most
often ``title, blank line, abstract`` (PubMed, the way curators save
abstracts) or ``title, abstract, body paragraphs`` with no heading: there a
short abstract, or one that says ``a close correspondence``, was lost, and so
were the unheaded body paragraphs with their findings.

So, in a text whose front blocks carry no ``Abstract``/``Summary`` label and
no other front-matter label (``Highlights``, ``Keywords`` ...: then the
front-matter reader's labelled path applies, unchanged):
- the first prose block after the title is the abstract (role ``abstract``),
  with the structured-abstract parts right after it (``Methods:`` ...);
- the first prose block after that opens an unheaded body section: a heading
  block (``TITLE`` of ``models/ingest/text_front.json``) is put before it, as
  the PDF path does for an unheaded introduction.
A block is prose when it has ``min_words`` words, mostly lower-case words
(names and affiliations have few), ends like a sentence, and is no
affiliation; a block with a licence, correspondence or publication phrase
(``furniture_phrases``: whole phrases such as ``correspondence to``, not the
bare words prose uses too) is furniture when it is shorter than
``furniture_max_words``.
"""

from __future__ import annotations

import json
import re

from pipeline.ingest import headings as hd
from pipeline.ingest.blocks import HEADING, TEXT, Block
from pipeline.ingest.frontmatter import _ABSTRACT_RUN_IN, is_structured_part, looks_like_affiliation
from pipeline.ingest.unheaded_intro import reads_as_prose
from pipeline.resources import model_path

_SETTINGS = json.loads(model_path("ingest", "text_front.json").read_text(encoding="utf-8"))
MIN_WORDS = _SETTINGS["min_words"]
MIN_LOWER = _SETTINGS["min_lower_share"]
FURNITURE_MAX_WORDS = _SETTINGS["furniture_max_words"]
TITLE = _SETTINGS["body_title"]
_SENTENCE_END = tuple(_SETTINGS["sentence_ends"])
_FURNITURE = re.compile("|".join(_SETTINGS["furniture_phrases"]), re.IGNORECASE)


def _opening_number(blocks: list[Block]) -> tuple[int, ...] | None:
    """The first numbered heading line's number when the assembler opens its numbering there (``hd.follows``
    from nothing, or confirmed by the next numbered line: ``hd.confirmed_start``), else None."""
    numbers = []
    for block in blocks:
        numbered = hd.match_numbered(block.text) if block.kind == TEXT and "\n" not in block.text.strip() else None
        if numbered:
            numbers.append(hd.parse_number(numbered[0]))
            if len(numbers) == 2:
                break
    if not numbers:
        return None
    first = numbers[0]
    if hd.follows(None, first) or hd.confirmed_start(first, numbers[1] if len(numbers) > 1 else None):
        return first
    return None


def _is_heading(block: Block, opening: tuple[int, ...] | None) -> bool:
    """A heading the assembler opens a section at. A numbered line it keeps as text (a lone ``3.3 ...`` over an
    excerpt, no numbering to open) is no heading here either: else the paragraphs under it were read as front
    matter and lost with their findings."""
    if block.kind == HEADING:
        return True
    text = block.text.strip()
    if block.kind != TEXT:
        return False
    if hd.unnumbered_kind(text) is not None and len(text.split()) <= 6:
        return True
    numbered = hd.match_numbered(text)
    return numbered is not None and (hd.follows(None, hd.parse_number(numbered[0])) or hd.parse_number(numbered[0]) == opening)


def is_prose_block(text: str) -> bool:
    """A block of running prose: enough words, mostly lower case, a sentence end, no affiliation or furniture line."""
    words = text.split()
    if len(words) < MIN_WORDS or not text.rstrip().endswith(_SENTENCE_END) or looks_like_affiliation(text):
        return False
    if _FURNITURE.search(text) and len(words) < FURNITURE_MAX_WORDS:
        return False
    return reads_as_prose(text, MIN_LOWER)


def mark_front(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the abstract marked and an unheaded body opened (see the module text); unchanged when a label is printed."""
    opening = _opening_number(blocks)
    end = next((i for i, b in enumerate(blocks) if _is_heading(b, opening)), len(blocks))
    front = [i for i in range(end) if blocks[i].kind == TEXT and blocks[i].text.strip()]
    if len(front) < 2 or any(blocks[i].role for i in front):
        return blocks
    for i in front:
        text = blocks[i].text.strip()
        if hd.is_front_label(text) or _ABSTRACT_RUN_IN.match(text) or hd.is_front_label(text.split(":")[0]):
            return blocks
    abstract: list[int] = []
    body_at = None
    for i in front[1:]:  # front[0] is the title
        text = blocks[i].text.strip()
        if abstract and is_structured_part(text) and is_structured_part(blocks[abstract[0]].text) and abstract[-1] == i - 1:
            abstract.append(i)
        elif is_prose_block(text):
            if not abstract:
                abstract.append(i)
            else:
                body_at = i
                break
    if not abstract:
        return blocks
    out = list(blocks)
    for i in abstract:
        out[i] = Block(TEXT, blocks[i].text, page=blocks[i].page, role="abstract")
    if body_at is not None:
        out.insert(body_at, Block(HEADING, TITLE, level=1, page=blocks[body_at].page))
    return out
