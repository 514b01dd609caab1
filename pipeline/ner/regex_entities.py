"""Entities no lexicon can list: miRNA names and compound codes, found by regex.

miRNA names are normalized to miRBase style (``miR-218-5p`` ->
``hsa-miR-218-5p``, ``let-7a`` -> ``hsa-let-7a``; the species prefix is
assumed human unless written). Compound codes are laboratory or development
codes (``SBI-0206965``, ``ONX0912``, ``Mdivi-1``); their id is the lower-cased
code, per spec/relations.md. Drug names that no vocabulary lists yet are
found by their WHO INN stem (``models/lexicons/curated/inn_stems.jsonl``:
``-mab``, ``-tinib``, ``-parib`` ...), a lower-case word ending in one; their
id is the word in lower case (an INN is its own normal form). They rank below
every lexicon reading (``normalize._RANK``), so they only fill gaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

MIRNA = re.compile(
    r"(?<![\w-])(?:(?P<species>[a-z]{3})-)?(?P<kind>miR|mir|MiR|MIR|microRNA|miRNA)-?"
    r"(?P<number>\d{1,4}[a-z]?)(?P<copy>-\d)?(?P<arm>-[35]p|\*)?(?![\w-])"
)
LET7 = re.compile(r"(?<![\w-])(?:(?P<species>[a-z]{3})-)?let-?7(?P<letter>[a-k])?(?P<copy>-\d)?(?P<arm>-[35]p)?(?![\w-])")
# Letters then >= 3 digits (SBI-0206965, ONX0912, GSK2606414), or a capitalized
# word of >= 4 letters, a hyphen and one or two digits (Mdivi-1, NecroX-5).
# Also a digit, a hyphen and 2-5 capitals (3-TYP, 4-PBA, 2-DG), as compound names are shortened.
CODE = re.compile(r"(?<![\w-])(?:[A-Z][A-Za-z]{1,5}-?\d{3,7}[A-Za-z]?|[A-Z][a-z]{3,}[A-Za-z]*-\d{1,2}|[1-9]-[A-Z]{2,5})(?![\w'’-])")
# A code followed by these is a cell line or a model, not a compound; also the first codes of a
# coordination that ends in one ("KYSE-150R and TE-1R cells"); a resistant subline's slash suffix may follow
# each code ("K562/IR and KU812/IR cells", "SW480/OXA cells").
CELL_LINE_NEXT = re.compile(
    r"(?:/[A-Z0-9][\w-]*)?(?:\s*(?:,\s*and|,\s*or|,|and|or|/)\s*[A-Z][\w-]*\d[\w-]*(?:/[A-Z0-9][\w-]*)?){0,4}"
    r"\s*(?:cells?|cell lines?|sublines?|clones?|xenografts?|tumou?rs|mice|lines?|organoids?)\b",
    re.IGNORECASE,
)


INN_MIN_PREFIX = 3  # letters before the stem: ``-mab`` alone, or ``ab-``-short words, are no drug names


@lru_cache(maxsize=1)
def inn_pattern() -> re.Pattern:
    """A lower-case (or capitalized) word ending in one of the INN stems of the curated list."""
    from pipeline.ner.resources import curated_words

    stems = sorted(curated_words("inn_stems.jsonl"), key=len, reverse=True)
    alternatives = "|".join(re.escape(s) for s in stems)
    # a hyphen after the name only before a relation word the tokenizer splits off (``Trastuzumab-resistant``,
    # ``nivolumab-treated``); other hyphenated words stay unread (``trastuzumab-emtansine``)
    suffixes = "|".join(re.escape(s) for s in sorted(curated_words("hyphen_suffixes.jsonl"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])[A-Za-z][a-z]{{{INN_MIN_PREFIX - 1},}}(?:{alternatives})(?!\w)(?!-(?!(?:{suffixes})\b))")


@lru_cache(maxsize=1)
def _residues() -> re.Pattern:
    """Amino-acid residues with their position (``Ser555``, ``Thr-172``): no compound codes."""
    from pipeline.ner.shapes import shape_data

    names = "|".join(sorted(shape_data().residues))
    return re.compile(rf"^(?:{names})-?\d+$")


@dataclass(frozen=True)
class RegexHit:
    start: int  # character offsets into the text
    end: int
    label: str
    id: str
    src: str = ""  # ``regex-inn`` for INN-stem names; else by label (components.py)


def mirna_to_id(match: re.Match) -> str:
    """miRBase-style name of a miRNA mention (human unless a species prefix is written)."""
    species = match.group("species") or "hsa"
    if "letter" in match.re.groupindex:
        return f"{species}-let-7{match.group('letter') or ''}{match.group('arm') or ''}"
    arm = match.group("arm") or ""
    arm = "" if arm == "*" else arm
    return f"{species}-miR-{match.group('number')}{arm}"


def find_regex_entities(text: str) -> Iterator[RegexHit]:
    """miRNA and compound-code mentions in ``text``, in order of start."""
    hits = []
    for pattern in (MIRNA, LET7):
        for m in pattern.finditer(text):
            hits.append(RegexHit(m.start(), m.end(), "MIRNA", mirna_to_id(m)))
    residues = _residues()
    for m in CODE.finditer(text):
        if CELL_LINE_NEXT.match(text, m.end()) or residues.match(m.group(0)):
            continue  # a cell line, or a protein residue ("Ser555")
        hits.append(RegexHit(m.start(), m.end(), "CHEMICAL", m.group(0).lower()))
    for m in inn_pattern().finditer(text):
        hits.append(RegexHit(m.start(), m.end(), "CHEMICAL", m.group(0).lower(), "regex-inn"))
    yield from sorted(hits, key=lambda h: (h.start, -h.end))
