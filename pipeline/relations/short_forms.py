"""Short forms a document defines with a non-gene long form: ``mantle cell lymphoma (MCL)`` makes MCL no gene.

The NER reads a sentence alone, so a short form such as ``MCL`` or ``BCP`` whose
definition sits sentences away can look like a gene symbol. The document's
``long form (SHORT)`` pairs (``cancer.text_to_abbreviations``) tell: a long form
the NER reads as a cancer or disease, or ending in a non-gene head word
(``cells``, ``precursor``, ``promoter``), makes the short form no regulator.
"""

from __future__ import annotations

import re

from pipeline.relations.triggers import Lexicon

NON_GENE_LABELS = ("CANCER", "DISEASE")
_PARTS = re.compile(r"[\s/\-–]+")


def long_form_is_non_gene(long: str, nlp, lexicon: Lexicon) -> bool:
    """Whether a long form names a disease, a cell type or a DNA region rather than a gene product."""
    words = long.lower().split()
    if not words:
        return False
    if words[-1] in lexicon.words("non_gene_heads"):
        return True
    if nlp is None:
        return False
    doc = nlp(long)
    if any(e.label_ in ("GENE_OR_PROTEIN", "MIRNA") for e in doc.ents):
        return False
    return any(e.label_ in NON_GENE_LABELS and e.end == len(doc) for e in doc.ents)


def non_gene_short_forms(abbreviations: dict[str, str], nlp, lexicon: Lexicon) -> frozenset[str]:
    """The short forms of ``abbreviations`` (short -> long) whose long form is no gene product."""
    return frozenset(s for s, long in sorted(abbreviations.items()) if long_form_is_non_gene(long, nlp, lexicon))


def names_non_gene(text: str, short_forms: frozenset[str]) -> bool:
    """Whether a regulator as written (``MCL``, ``PC/BCP``) contains one of the non-gene short forms."""
    return any(part in short_forms for part in _PARTS.split(text) if part)
