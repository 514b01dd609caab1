"""When does an ambiguous symbol count as a gene? Pure functions over token texts.

A symbol reading from the lexicon carries flags (built by ``lexicon_build``):
``common`` (an English word: CAT, SET, MET, IMPACT, ATM), ``short`` (one or
two letters), ``alias`` (an alias or previous symbol, not the approved one),
``ambiguous`` (FamPlex knows a non-gene reading too: ER, ROS), ``derived`` (the bare form of a
species-prefixed alias, ``CTR1`` from ``hCTR1``: ``scripts/build_derived_aliases.py``). The rules:

- never: a text on the stop-list; an all-lower-case word (``impact``, ``set``)
  unless the lexicon spells it that way or it is an unflagged approved symbol
  or FamPlex text of 5+ letters (``parkin``);
- approved symbols that are English words count when written in capitals,
  not inside an all-capitals run (a heading), and with gene-ish context;
- short, ambiguous, common and derived aliases count only with gene-ish context: a
  context word from ``curated/gene_context.jsonl`` within ``window`` tokens,
  or a certain gene right beside it (``PINK1/Parkin``). Abbreviation
  definitions are handled later, in ``normalize``.
- an alias (not the approved symbol) right before a cell word from
  ``curated/cell_words.jsonl``, with only other cell-line-shaped names and
  joiners between (``Huh7 cells``, ``Huh7 and Hep3B cells``, ``CT26 tumours``),
  names a cell line, not the gene (``Huh7`` is an alias of MIR7-3HG).
"""

from __future__ import annotations

import re

from pipeline.ner.keys import has_upper_or_digit
from pipeline.ner.lexicon import Entry

GENE = "GENE_OR_PROTEIN"
DEFAULT_WINDOW = 2
MIN_LOWER_SYMBOL = 5
_BREAKS = frozenset({".", ";", ":", "!", "?"})
_CELL_LINE_JOINERS = frozenset({"and", "or", ",", "-", "/", "–"})
MAX_CELL_LINE_TOKENS = 6  # names and joiners between an alias and the cell word ("Huh7, Hep3B and PLC/PRF/5 cells")
# a protein change right after the symbol ("KIT D816V", "KITD816V" split by the lexicon) is gene context
PROTEIN_CHANGE = re.compile(r"^[ACDEFGHIKLMNPQRSTVWY][1-9][0-9]{1,3}[ACDEFGHIKLMNPQRSTVWY*]$")
_JOINERS = frozenset({"/", "and", ",", "-", "or", "–", "(", ")"})


def is_flagged(entry: Entry) -> bool:
    return bool(entry.flags & {"common", "short", "ambiguous", "derived"})


def in_caps_run(texts: list[str], i: int) -> bool:
    """True when a neighbour is also an all-capitals word (a heading, an acronym run)."""
    def caps(j: int) -> bool:
        return 0 <= j < len(texts) and len(texts[j]) > 1 and texts[j].isalpha() and texts[j].isupper()

    return caps(i - 1) or caps(i + 1)


def has_gene_context(lowers: list[str], i: int, context_words: frozenset[str], window: int = DEFAULT_WINDOW) -> bool:
    """A context word within ``window`` tokens on either side, not across a clause break."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lowers) and abs(j - i) <= window and lowers[j] not in _BREAKS:
            if lowers[j] in context_words:
                return True
            j += step
    return False


def beside_gene(texts: list[str], i: int, gene_positions: set[int]) -> bool:
    """A certain gene one or two tokens away, joined by ``/``, ``and``, a comma ..."""
    for j in (i - 2, i + 2):
        between = texts[min(i, j) + 1] if 0 <= j < len(texts) else ""
        if j in gene_positions and between in _JOINERS:
            return True
    return (i - 1) in gene_positions or (i + 1) in gene_positions


def names_cells(texts: list[str], lowers: list[str], i: int, cell_words: frozenset[str]) -> bool:
    """Whether ``texts[i]`` opens a list of cell-line names ending in a cell word (``Huh7 and Hep3B cells``).

    A name between is a capitalized token with a further capital or a digit (``Hep3B``, ``LoVo``, ``PLC``);
    the scan stops at any other word, so ``p62 and LC3 in HeLa cells`` is no list.
    """
    if not cell_words:
        return False
    for j in range(i + 1, min(len(texts), i + 2 + MAX_CELL_LINE_TOKENS)):
        if lowers[j] in cell_words:
            return True
        t = texts[j]
        if lowers[j] in _CELL_LINE_JOINERS or (t[:1].isupper() and has_upper_or_digit(t[1:])):
            continue
        return False
    return False


def symbol_counts(
    texts: list[str],
    lowers: list[str],
    i: int,
    entry: Entry,
    *,
    stoplist: frozenset[str],
    context_words: frozenset[str],
    gene_positions: set[int],
    window: int = DEFAULT_WINDOW,
    cell_words: frozenset[str] = frozenset(),
) -> bool:
    """Whether the one-token symbol reading ``entry`` of ``texts[i]`` is accepted."""
    text = texts[i]
    if entry.label != GENE:
        # acronyms of chemicals and diseases ("ALL", "AZT"): in capitals, or as the lexicon spells them
        return text == entry.pattern or text.isupper()
    if text in stoplist:
        return False
    if text != entry.pattern and not has_upper_or_digit(text):
        # all lower case: "impact", "set" are words; "parkin", "optineurin" are proteins written
        # as names. Only unflagged approved symbols / FamPlex texts of 5+ letters pass.
        return not entry.flags and entry.src in ("hgnc", "famplex") and len(text) >= MIN_LOWER_SYMBOL
    flags = entry.flags
    if not flags:
        return True
    if "alias" in flags and names_cells(texts, lowers, i, cell_words):
        return False
    if flags == {"alias"}:
        return True
    context = (has_gene_context(lowers, i, context_words, window) or beside_gene(texts, i, gene_positions)
               or (i + 1 < len(texts) and PROTEIN_CHANGE.match(texts[i + 1]) is not None))
    if flags == {"common"} and entry.src in ("hgnc", "famplex"):
        return text.isupper() and context and not in_caps_run(texts, i)
    if "short" in flags or "ambiguous" in flags or "common" in flags or "derived" in flags:
        return (text == entry.pattern or text.isupper()) and context
    return context
