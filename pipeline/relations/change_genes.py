"""A protein change named alone after the paper wrote it with its gene (issue 9, session 14, relmut14).

Once a paper writes ``EGFR T790M``, ``BRAF(V600E)``, ``KRAS-G12D``, ``EGFRT790M`` (split by the lexicon) or
``the T790M EGFR mutation``, a later bare ``T790M confers resistance to D`` means the mutant gene: the
change is read as a regulator with that gene's id. The map is the document's own (``change_genes``, built
from the NER pass over the whole paper, as its abbreviations are); a change the paper never writes beside a
gene, or writes beside two different genes (``G12D`` of KRAS and of NRAS), gives nothing.

Hand-written over token texts and the entity spans of the pass: one scan per chunk, set lookups
(a Matcher would need the entity ids on the tokens).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from pipeline.ner.context import PROTEIN_CHANGE
from pipeline.ner.parts import ent_id

GENE = "GENE_OR_PROTEIN"
CHAIN = "/"  # "L858R/T790M": a double mutant, both changes of the gene


def _joiner(doc: Doc, j: int) -> bool:
    """Token ``j`` joins a gene and its change: ``(`` (``EGFR (T790M)`` too), or ``-`` glued to the gene."""
    return doc[j].text == "(" or (doc[j].text == "-" and j > 0 and not doc[j - 1].whitespace_)


def _changes_from(doc: Doc, i: int) -> list[str]:
    """The protein changes starting at token ``i`` and chained by ``/`` (``L858R/T790M``), else []."""
    out = []
    while i < len(doc) and PROTEIN_CHANGE.match(doc[i].text):
        out.append(doc[i].text)
        if i + 2 < len(doc) and doc[i + 1].text == CHAIN and not doc[i].whitespace_:
            i += 2
        else:
            break
    return out


def change_genes(docs: Iterable[Doc]) -> dict[str, str]:
    """Protein change as printed -> the gene id the document writes it with (changes seen with two genes left out)."""
    seen: dict[str, set[str]] = {}
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ != GENE:
                continue
            gene = ent_id(ent)
            j = ent.end
            if j < len(doc) and _joiner(doc, j):
                j += 1
            changes = _changes_from(doc, j)
            # "the T790M EGFR mutation": the change right before the gene
            if ent.start and PROTEIN_CHANGE.match(doc[ent.start - 1].text) and doc[ent.start - 1].whitespace_:
                changes.append(doc[ent.start - 1].text)
            for change in changes:
                seen.setdefault(change, set()).add(gene)
    return {change: next(iter(genes)) for change, genes in seen.items() if len(genes) == 1}


def _gene_beside(doc: Doc, start: int, end: int, genes: set[int]) -> bool:
    before = start - 1
    if before > 0 and _joiner(doc, before):
        before -= 1
    return (before >= 0 and before in genes) or (end < len(doc) and end in genes)


def with_change_genes(doc: Doc, changes: dict[str, str]) -> Doc:
    """``doc`` (a sentence Doc of its own) with each bare protein change of ``changes`` tagged as its gene:
    an entity span over the change (or the ``/`` chain of changes), id the gene's. A change written beside a
    gene already names it; one inside another entity is left alone."""
    if not changes:
        return doc
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    genes = {i for ent in doc.ents if ent.label_ == GENE for i in range(ent.start, ent.end)}
    added: list[Span] = []
    i = 0
    while i < len(doc):
        chain = _changes_from(doc, i) if doc[i].text in changes and i not in taken else []
        if not chain:
            i += 1
            continue
        end = i + 2 * len(chain) - 1
        ids = {changes.get(c) for c in chain}
        if (len(ids) == 1 and None not in ids and not (i and doc[i - 1].text == CHAIN)
                and not any(k in taken for k in range(i, end)) and not _gene_beside(doc, i, end, genes)):
            added.append(Span(doc, i, end, label=GENE, kb_id=ids.pop()))
        i = end
    if added:
        doc.ents = sorted([*doc.ents, *added], key=lambda s: s.start)
    return doc
