"""A chemical name the lexicon matches only in part: ``carbonyl cyanide m-chlorophenylhydrazone`` (an uncoupler)
is not ``carbonyl cyanide`` (mesoxalonitrile) followed by a word.

Vocabulary names of substructures (``carbonyl cyanide``, ``phenyl``) are also the first words of longer
systematic names the text may spell differently from the vocabulary (``m-chlorophenylhydrazone`` joined,
``m-chlorophenyl hydrazone`` listed). When a CHEMICAL name match is followed by a systematic-name piece (a token
opened by a locant: ``m-``, ``p-``, ``4-``, ``N-``, ``2,4-``) that no lexicon match starts at, the name is the
longer one: its id is the lexicon's entry for the whole name compared without spaces and hyphens, else the whole
name as printed, in lower case (spec: the compound's name). The folded index is built once, on first need
(ordinary text never asks). Hand-written: no vocabulary tool here splits systematic names.
"""

from __future__ import annotations

import json
import re

from pipeline.ner.lexicon import Entry, Lexicon, Match
from pipeline.resources import model_path

CHEMICAL = "CHEMICAL"
SOURCE = "chemical-fragment"
# a systematic-name piece: a locant (digits, o/m/p, N/O/S, meta/para/ortho), a hyphen, then letters
_DATA = json.loads(model_path("ner", "chemical_fragments.json").read_text(encoding="utf-8"))
_SHAPE = re.compile(_DATA["piece"])
_MORPHEMES = tuple(_DATA["morphemes"])


class _Piece:
    """A systematic-name piece: the locant shape, and a naming part after the locant (``N-terminal`` is none)."""

    @staticmethod
    def match(text: str) -> bool:
        if not _SHAPE.match(text):
            return False
        rest = text.split("-", 1)[1].lower()
        return any(m in rest for m in _MORPHEMES)


_PIECE = _Piece()
_FOLD = re.compile(r"[\s\-‐‑–]+")

_folded: dict[int, dict[str, Entry]] = {}


def _fold(text: str) -> str:
    return _FOLD.sub("", text.lower())


def _index(lexicon: Lexicon) -> dict[str, Entry]:
    index = _folded.get(id(lexicon))
    if index is None:
        index = {}
        for key, entry in lexicon.names.items():
            if entry.label == CHEMICAL and len(key) > 1:
                index.setdefault(_fold("".join(key)), entry)
        _folded[id(lexicon)] = index
    return index


def extend_fragments(matches: list[Match], texts: list[str], lexicon: Lexicon) -> list[Match]:
    """``matches`` with each CHEMICAL name match that stops before a systematic-name piece read as the whole name."""
    starts = {m.start for m in matches}
    out = []
    for m in matches:
        end = m.end
        if m.symbol or m.entry.label != CHEMICAL or end >= len(texts) or end in starts or not _PIECE.match(texts[end]):
            out.append(m)
            continue
        while end < len(texts) and end not in starts and _PIECE.match(texts[end]):
            end += 1
        printed = " ".join(texts[m.start : end])
        entry = _index(lexicon).get(_fold(printed))
        if entry is None:
            entry = Entry(CHEMICAL, printed.lower(), SOURCE, printed)
        out.append(Match(m.start, end, entry))
    return out
