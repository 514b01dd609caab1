"""A Document -> relation Records (``spec/relations.md``): body sentences, figure legends, table rows.

The sentence rules live in ``sentence_rules.py`` and the table rules in
``table_rules.py``; this module runs the NER over each passage, attaches
citations (``citations.py``) and cancer types (``cancer.py``), and deduplicates
per spec rule 2 (one record per regulator, effect, therapy in one place).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from pipeline.document import Document, Sentence
from pipeline.records import Record
from pipeline.relations.arguments import doc_to_mentions
from pipeline.relations.cancer import doc_to_cancers, passage_cancer, text_to_abbreviations
from pipeline.relations.citations import (
    Marker,
    clause_citations,
    document_to_markers,
    markers_in,
    numbers_of,
    passage_citations,
    row_to_citations_from_markers,
)
from pipeline.relations.findings import Finding
from pipeline.relations.sentence_rules import doc_to_findings
from pipeline.relations.short_forms import names_non_gene, non_gene_short_forms
from pipeline.relations.table_rules import row_to_citations, table_to_findings
from pipeline.relations.triggers import CueMatcher, cue_matcher, load_lexicon

log = logging.getLogger(__name__)


def default_nlp():
    """The project's NER pipeline (``pipeline.ner.load_nlp``)."""
    from pipeline.ner import load_nlp

    return load_nlp()


@dataclass(frozen=True)
class Passage:
    """A paragraph or caption: its text, sentences, markers and where records say they come from."""

    section: str
    text: str
    sentences: list[Sentence]
    markers: list[Marker]
    order: int


def _caption_sentences(text: str) -> list[Sentence]:
    from pipeline.ingest.sentences import text_to_sentences

    return text_to_sentences(text)


def document_to_passages(document: Document) -> list[Passage]:
    """The abstract, body paragraphs (back matter skipped) and figure legends, in document order."""
    markers = document_to_markers(document)
    passages: list[Passage] = []
    if document.abstract.strip():
        found = markers.get(("Abstract", 0), []) or markers.get(("abstract", 0), [])
        passages.append(Passage("Abstract", document.abstract, _caption_sentences(document.abstract), found, 0))
    for section in document.sections:
        if section.kind != "body":
            continue
        for index, paragraph in enumerate(section.paragraphs):
            sentences = paragraph.sentences or _caption_sentences(paragraph.text)
            found = markers.get((section.key, index), [])
            passages.append(Passage(section.key, paragraph.text, sentences, found, len(passages)))
    for figure in document.figures:
        found = markers.get((figure.label, -1), [])
        passages.append(Passage(figure.label, figure.caption, _caption_sentences(figure.caption), found, len(passages)))
    return passages


def _char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    if start >= end:
        return (doc[start].idx if start < len(doc) else len(doc.text),) * 2
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def passage_to_records(
    passage: Passage,
    docs: list[Doc],
    matcher: CueMatcher,
    doc_id: str,
    abbreviations: dict[str, str],
    nlp=None,
    non_genes: frozenset[str] = frozenset(),
) -> list[tuple[tuple, Record]]:
    """Records of one passage, each with its sort key (passage, sentence, ...).

    ``non_genes``: short forms the document defines as a disease or cell type, never a regulator.
    """
    lexicon = matcher.lexicon
    gap = lexicon.number("marker_attach_chars")
    per_sentence = [markers_in(passage.markers, s.start, s.end) for s in passage.sentences]
    numbers = [numbers_of(m) for m in per_sentence]
    mentions = [doc_to_mentions(doc, lexicon, nlp) for doc in docs]
    ids = [{i.lower() for m in found for i in m.ids} for found in mentions]
    cancers = [doc_to_cancers(doc, lexicon, abbreviations) for doc in docs]
    out = []
    for k, (sentence, doc) in enumerate(zip(passage.sentences, docs)):
        findings = doc_to_findings(doc, matcher, nlp, mentions[k])
        findings = [f for f in findings if f.regulator.is_mitophagy or not names_non_gene(f.regulator.text, non_genes)]
        if not findings:
            continue
        cancer = passage_cancer(k, cancers, numbers)
        local = [replace(m, start=m.start - sentence.start, end=m.end - sentence.start) for m in per_sentence[k]]
        for f in findings:
            clause_span = _char_span(doc, f.clause.start, f.clause.end)
            ends = [_char_span(doc, f.regulator.core_start, f.regulator.end)[1], _char_span(doc, f.therapy.start, f.therapy.end)[1]]
            cites = clause_citations(local, clause_span, ends, doc.text, gap)
            if not numbers[k]:
                finding_ids = {i.lower() for i in f.regulator.ids + f.therapy.ids}
                cites = passage_citations(k, numbers, ids, finding_ids)
            record = _record(doc_id, f, ", ".join(cancer), cites, passage.section, sentence.text)
            out.append(((passage.order, k, f.clause.start), record))
    return out


def _record(doc_id: str, f: Finding, cancer: str, cites: tuple[int, ...], section: str, evidence: str) -> Record:
    return Record(
        doc_id=doc_id,
        regulator=f.regulator.text,
        regulator_ids=f.regulator.ids,
        effect=f.effect,
        therapy=f.therapy.text,
        therapy_id=f.therapy.therapy_id,
        cancer_type=cancer,
        citations=cites,
        section=section,
        evidence=evidence,
        confidence=f.confidence,
        rule=f.rule,
    )


def tables_to_records(document: Document, nlp, matcher: CueMatcher, start_order: int) -> list[tuple[tuple, Record]]:
    out = []
    for t_index, table in enumerate(document.tables):
        row_markers = row_to_citations_from_markers(document, table.label)
        for r_index, f in table_to_findings(table, nlp, matcher):
            row = table.rows[r_index]
            cites = row_markers.get(r_index) or row_to_citations(row)
            record = Record(
                doc_id=document.doc_id,
                regulator=f.regulator,
                regulator_ids=f.regulator_ids,
                effect=f.effect,
                therapy=f.therapy,
                therapy_id=f.therapy_id,
                cancer_type=f.cancer_type,
                citations=cites,
                section=table.label,
                evidence=" | ".join(c.strip() for c in row),
                confidence=f.confidence,
                rule=f.rule,
            )
            out.append(((start_order + t_index, r_index, 0), record))
    return out


def dedupe(keyed: Iterable[tuple[tuple, Record]]) -> list[Record]:
    """Spec rule 2: one record per (regulator ids, effect, therapy) in one place; citations are merged."""
    best: dict[tuple, tuple[tuple, Record]] = {}
    for order, record in keyed:
        key = record.key()
        if key not in best:
            best[key] = (order, record)
            continue
        first_order, kept = best[key]
        cites = tuple(sorted(set(kept.citations) | set(record.citations)))
        winner = kept if (kept.confidence or 0) >= (record.confidence or 0) else record
        best[key] = (min(first_order, order), replace(winner, citations=cites))
    ranked = sorted(best.values(), key=lambda pair: (pair[0], pair[1].key()))
    return [record for _, record in ranked]


def extract_records(document: Document, nlp=None) -> list[Record]:
    """Relation records of one document, deterministic and in document order.

    ``nlp`` is a spaCy pipeline whose ``doc.ents`` carry the NER labels and
    normalized ``kb_id_``; by default ``pipeline.ner.load_nlp()``.
    """
    nlp = nlp if nlp is not None else default_nlp()
    matcher = cue_matcher(nlp, load_lexicon())
    passages = document_to_passages(document)
    abbreviations = text_to_abbreviations("\n".join(p.text for p in passages))
    non_genes = non_gene_short_forms(abbreviations, nlp, matcher.lexicon)
    keyed = []
    # one nlp.pipe over every sentence of the document (each Doc is processed alone, so batching changes nothing)
    all_docs = iter(list(nlp.pipe([s.text for p in passages for s in p.sentences])))
    for passage in passages:
        docs = [next(all_docs) for _ in passage.sentences]
        keyed.extend(passage_to_records(passage, docs, matcher, document.doc_id, abbreviations, nlp, non_genes))
    keyed.extend(tables_to_records(document, nlp, matcher, len(passages)))
    records = dedupe(keyed)
    log.info("%s: %d relation records", document.doc_id, len(records))
    return records
