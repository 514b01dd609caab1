"""Group authors (a consortium, network, board, agency ...) opening a reference entry.

The words that mark a group come from ``models/references/group_authors.json``. Hand-written:
no maintained library tells a group author's name from a title at an entry's start.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from pipeline.resources import models_dir


@lru_cache(maxsize=1)
def group_words() -> frozenset[str]:
    """The lower-case words (and two-word phrases) that mark a group author; empty when the file is absent."""
    path = models_dir() / "references" / "group_authors.json"
    if not path.is_file():
        return frozenset()
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["words"])


# a run of capitalised words, joined by "of", "for", "on", "the", "and", "&", "in" ("WHO Classification
# of Tumours Editorial Board", "Early Breast Cancer Trialists' Collaborative Group"), an optional
# acronym in brackets ("(NCCN)"), then the year: bracketed ("(2005)", "(in press)", after a period
# or none) or bare after a period or comma ("Consortium, 2018.", "Consortium. 2019.")
_WORD = r"[A-Z\u00C0-\u00DE][\w'’\-]*"
_GROUP_HEAD = re.compile(
    rf"(?P<name>{_WORD}(?:\s+(?:(?:of|for|on|the|and|in|&)\s+)?{_WORD}){{1,11}})"
    r"(?:\s+\([A-Z][A-Za-z\-]{1,12}\))?"
    r"(?:\.?\s*\((?:(?:19|20)\d{2}[a-z]?|[Ii]n press)\)[.,:]?|[.,]\s+(?:19|20)\d{2}[a-z]?[.,;:])(?=\s|$)")
# a head that is a book's or a meeting's, not an author ("In Proceedings of the ... Society (2019)")
_NOT_GROUP = re.compile(r"(?:In|Proc|Proceedings|Eds?|Editors?)\b")


def group_head(text: str) -> tuple[str, int] | None:
    """(the group's name, where its year ends) when ``text`` opens with a group author, an optional
    acronym in brackets and the year (``Test Health Organization (THO). (2012).``), else None."""
    m = _GROUP_HEAD.match(text)
    if m is None or _NOT_GROUP.match(text):
        return None
    words = [w.lower().strip("'’") for w in m.group("name").split()]
    phrases = set(words) | {" ".join(p) for p in zip(words, words[1:])}
    return (m.group("name"), m.end()) if phrases & group_words() else None


def opens_group_entry(text: str) -> bool:
    """``text`` opens with a group author and its year (``Cancer Genome Atlas Research Network
    (2014). Title``): a run of two or more capitalised words of which one is a group word."""
    m = _GROUP_HEAD.match(text)
    if m is None or _NOT_GROUP.match(text):
        return False
    words = [w.lower().strip("'’") for w in m.group("name").split()]
    phrases = set(words) | {" ".join(p) for p in zip(words, words[1:])}
    if not phrases & group_words():
        return False
    # a title follows, of three words or more: a report's publisher and year closing an entry
    # ("... Title. Tumour Research Council (2011). https://doi.org/...", "... Network, 2019. Lyon.") opens none
    rest = text[m.end():].lstrip()
    title = re.split(r"(?<=[.?!])\s", rest, maxsplit=1)[0]
    return bool(re.match(r"[\"“‘'A-Z\u00C0-\u00DE]", rest)) and len(title.split()) >= 3
