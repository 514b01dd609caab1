"""Short forms a document defines with a non-gene long form: ``mantle cell lymphoma (MCL)`` makes MCL no gene.

A short form such as ``MCL`` or ``BCP`` can look like a gene symbol. The
document's ``long form (SHORT)`` pairs, as the abbreviation detector of the NER
pass found them, tell: a long form the pass read as a cancer or disease, or
ending in a non-gene head word (``cells``, ``precursor``, ``promoter``), makes
the short form no regulator. The long form's entities are those of the
document's own pass (no NER runs here).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from pipeline.relations.triggers import RelationLexicon

NON_GENE_LABELS = ("CANCER", "DISEASE")
_PARTS = re.compile(r"[\s/\-–]+")


def long_form_is_non_gene(long: Span | Doc, lexicon: RelationLexicon) -> bool:
    """Whether a long form (its tokens in the NER pass) names a disease, a cell type or a DNA region."""
    words = long.text.lower().split()
    if not words:
        return False
    if words[-1] in lexicon.words("non_gene_heads"):
        return True
    end = long.end if isinstance(long, Span) else len(long)
    ents = _ents_within(long)
    if any(label in ("GENE_OR_PROTEIN", "MIRNA") for _, label in ents):
        return False
    return any(label in NON_GENE_LABELS and e_end == end for e_end, label in ents)


def _ents_within(long: Span | Doc) -> list[tuple[int, str]]:
    """(end, label) of the entities wholly inside ``long``, as ``long.ents`` gives them, read from the tokens'
    IOB tags: ``Span.ents`` walks every entity of the whole document, once per long form."""
    tokens = list(long)
    out = []
    for k, token in enumerate(tokens):
        if token.ent_iob_ != "B":
            continue
        stop = k + 1
        while stop < len(tokens) and tokens[stop].ent_iob_ == "I":
            stop += 1
        if stop == len(tokens) and isinstance(long, Span) and long.end < len(long.doc) \
                and long.doc[long.end].ent_iob_ == "I":
            continue  # runs past the long form's end
        out.append((token.i + (stop - k), token.ent_type_))
    return out


def non_gene_short_forms(definitions: Iterable[tuple[str, Span]], lexicon: RelationLexicon) -> frozenset[str]:
    """The short forms of ``definitions`` ((short form, long-form span) pairs) whose long form is no gene product."""
    return frozenset(short for short, long in definitions if long_form_is_non_gene(long, lexicon))


def names_non_gene(text: str, short_forms: frozenset[str]) -> bool:
    """Whether a regulator as written (``MCL``, ``PC/BCP``) contains one of the non-gene short forms."""
    return any(part in short_forms for part in _PARTS.split(text) if part)
