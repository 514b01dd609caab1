"""Gene, protein and ncRNA names no lexicon lists, found by their shape in a gene context.

A token shaped like a gene symbol (``OXAR1``, ``TTBK2``: a capital, then letters
and digits with a second capital or a digit) or like a protein name
(``Gankyrin``: a capitalized word ending in ``-in``/``-ase`` that is no plain
English word) is a GENE_OR_PROTEIN candidate when a cue phrase of
``models/lexicons/curated/gene_shapes.json`` stands right before it
(``knockdown of X``, ``the kinase X``, ``the lncRNA X``) or right after it
(``X knockdown``, ``X-deficient``, ``X-mediated mitophagy``); names coordinated
with such a name (``knockdown of X or Y``, ``X and Y silencing``) count too.
Protein-name shapes need a strong cue (a genetic manipulation). The id is the
printed name (spec: regulators with no normal form keep it). The candidates
rank below every lexicon reading and are weak gene readings, so an abbreviation
the paper defines otherwise removes them (``normalize.apply_abbreviations``).

The cue lookup is hand-written over the lower-cased token texts the lexicon
component already made (one set lookup per token): spaCy's ``Matcher`` would
re-read every token's attributes and need a regex predicate per token for the shape.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.resources import model_path

GENE = "GENE_OR_PROTEIN"
SRC = "gene-shape"
MAX_COORDINATED = 4  # names walked over in one coordination from the cued one


@dataclass(frozen=True)
class ShapeData:
    symbol: re.Pattern
    mutation: re.Pattern
    min_caps_or_digits: int
    name: re.Pattern
    name_suffixes: tuple[str, ...]
    before: dict[str, tuple[tuple[str, ...], ...]]  # last cue token -> cue token tuples
    after: dict[str, tuple[tuple[str, ...], ...]]  # first cue token -> cue token tuples
    strong: frozenset[tuple[str, ...]]
    joiners: frozenset[str]
    not_genes: frozenset[str]
    ncrna: tuple[re.Pattern, ...]
    residues: frozenset[str]
    descriptor_nouns: frozenset[str]
    keys: frozenset[str] = frozenset()  # every token a cue is indexed by
    definition_heads: frozenset[str] = frozenset()


def _cue_index(phrases: list[str], key_at: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        index.setdefault(words[key_at], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


@lru_cache(maxsize=1)
def shape_data() -> ShapeData:
    raw = json.loads(model_path("lexicons", "curated", "gene_shapes.json").read_text(encoding="utf-8"))
    return ShapeData(
        symbol=re.compile(raw["symbol_shape"]),
        mutation=re.compile(raw["mutation_shape"]),
        min_caps_or_digits=int(raw["symbol_min_capitals_or_digit"]),
        name=re.compile(raw["name_shape"]),
        name_suffixes=tuple(raw["name_suffixes"]),
        before=_cue_index(raw["before"], -1),
        after=_cue_index(raw["after"], 0),
        strong=frozenset(tuple(p.split()) for p in raw["strong"]),
        joiners=frozenset(raw["joiners"]),
        not_genes=frozenset(raw["not_genes"]),
        ncrna=tuple(re.compile(p["pattern"]) for p in raw["ncrna_patterns"]),
        residues=frozenset(raw["residues"]),
        descriptor_nouns=frozenset(raw["descriptor_nouns"]),
        definition_heads=frozenset(raw["definition_heads"]),
        keys=frozenset(_cue_index(raw["before"], -1)) | frozenset(_cue_index(raw["after"], 0)),
    )


def _plain_word(word: str) -> bool:
    from pipeline.ingest.flat_citations import is_plain_word  # the ordinary-English list, gene symbols removed

    return is_plain_word(word)


def gene_shaped(text: str, strong: bool, data: ShapeData, stoplist: frozenset[str] = frozenset(),
                allow_words: bool = False) -> bool:
    """Whether ``text`` may be an unlisted gene, protein or ncRNA name (see the module doc).

    ``allow_words``: an all-capitals English word counts too (a short form the paper defines is
    a name, not a heading word)."""
    if text in data.not_genes or text in stoplist or data.mutation.match(text):
        return False  # also protein changes ("V600E", "E873stop")
    if data.symbol.match(text):
        if sum(c.isupper() or c.isdigit() for c in text) < data.min_caps_or_digits:
            return False
        return allow_words or not (text.isalpha() and text.isupper() and _plain_word(text.lower()))  # "THE" in headings
    if strong and data.name.match(text) and text.lower().endswith(data.name_suffixes):
        return not _plain_word(text.lower())
    return False


def _ends_with(lowers: list[str], end: int, cue: tuple[str, ...]) -> bool:
    n = len(cue)
    return end - n >= 0 and tuple(lowers[end - n : end]) == cue


def _starts_with(lowers: list[str], start: int, cue: tuple[str, ...]) -> bool:
    return tuple(lowers[start : start + len(cue)]) == cue


def shape_spans(
    texts: list[str], lowers: list[str], taken: set[int], gene_positions: set[int],
    stoplist: frozenset[str] = frozenset(), data: ShapeData | None = None,
) -> list[int]:
    """Token indices of unlisted gene-shaped names in a gene context.

    ``taken``: tokens covered by a lexicon or regex candidate (never re-read);
    ``gene_positions``: tokens that are certain genes (they carry a coordination).
    """
    data = data or shape_data()
    n = len(texts)
    found: set[int] = set()

    def ok(i: int, strong: bool) -> bool:
        return 0 <= i < n and i not in taken and gene_shaped(texts[i], strong, data, stoplist)

    def walk(i: int, step: int, strong: bool) -> None:
        # a coordination from a cued name: "X, Y and Z", "X/Y", "X or Y"
        for _ in range(MAX_COORDINATED):
            j = i + step
            if 0 <= j < n and lowers[j] in data.joiners:
                k = j + step
                if 0 <= k < n and lowers[k] in data.joiners:  # ", and"
                    k += step
                if ok(k, strong):
                    found.add(k)
                    i = k
                    continue
                if k in gene_positions:
                    i = k
                    continue
            break

    keys = data.keys
    for i in [i for i, low in enumerate(lowers) if low in keys]:
        low = lowers[i]
        cues = data.before.get(low)
        if cues and i + 1 < n:
            for cue in cues:
                if _ends_with(lowers, i + 1, cue):
                    strong = cue in data.strong
                    if ok(i + 1, strong):
                        found.add(i + 1)
                        walk(i + 1, 1, strong)
                    elif i + 1 in gene_positions:
                        walk(i + 1, 1, strong)
                    break
        cues = data.after.get(low)
        if cues and i > 0:
            for cue in cues:
                if _starts_with(lowers, i, cue):
                    strong = cue in data.strong
                    if ok(i - 1, strong) and not (cue[0] == "-" and texts[i - 1].endswith("-")):
                        found.add(i - 1)
                        walk(i - 1, -1, strong)
                    elif i - 1 in gene_positions:
                        walk(i - 1, -1, strong)
                    break
    return sorted(found)


NCRNA_PREFIXES = ("circ", "hsa_circ", "lnc", "linc")  # every ncrna_patterns name starts so (one token each)


def ncrna_tokens(texts: list[str], lowers: list[str], data: ShapeData | None = None) -> list[int]:
    """Indices of tokens that are ncRNA names written with their class prefix (``circ_0001234``, ``lnc-ABC1``).

    Read per token (the tokenizer keeps such names whole), so the Doc's text is never built.
    """
    data = data or shape_data()
    return [i for i, low in enumerate(lowers) if low.startswith(NCRNA_PREFIXES)
            and any(p.fullmatch(texts[i]) for p in data.ncrna)]


def descriptor_positions(texts: list[str], lowers: list[str], genes: list[tuple[int, int, bool]],
                         data: ShapeData | None = None) -> set[int]:
    """Starts of gene readings that only describe the gene after them.

    ``the phosphatase PGAM5``, ``the E3 ligase MUL1``: a lower-case family word, or a
    short flagged family symbol followed by family nouns, right before a gene is a
    class noun in apposition, not a name. ``genes``: (start, end, flagged) of the gene candidates.
    """
    data = data or shape_data()
    starts = {s for s, _, _ in genes}
    out = set()
    for start, end, flagged in genes:
        lower_word = end - start == 1 and texts[start].islower()
        if not (lower_word or flagged):
            continue
        j = end
        while j < len(lowers) and lowers[j] in data.descriptor_nouns and j - end < 2:
            j += 1
        if j in starts and (lower_word or j > end):
            out.add(start)
    return out


def defined_gene_spans(texts: list[str], lowers: list[str], defs: list[tuple[int, int, int, int]],
                       taken: set[int], data: ShapeData | None = None, taken_long: set[int] | None = None) -> list[int]:
    """Short forms the paper defines as a gene, protein or ncRNA no lexicon lists.

    ``defs``: (short_start, short_end, long_start, long_end) of every short-form occurrence
    (scispacy lists each). A one-token, gene-shaped short form whose long form ends in a gene
    head word (``... binding protein (QBP1)``, ``long noncoding RNA ... (LNCQ)``; the last
    two words) and which no entity covers, long form included (``taken_long``: a process word
    may stand in it, ``mitophagy-enhancing RNA``), reads as a gene everywhere.
    """
    data = data or shape_data()
    taken_long = taken if taken_long is None else taken_long
    out = []
    for s, e, ls, le in defs:
        if e - s != 1 or s in taken or any(i in taken_long for i in range(ls, le)):
            continue
        if not data.definition_heads & set(lowers[max(ls, le - 2) : le]):
            continue
        # "GAMER (gastric mitophagy-enhancing RNA)": defined, an English word in capitals is a name too
        if gene_shaped(texts[s], False, data, allow_words=True):
            out.append(s)
    return out
