"""An annotated Document -> relation Records (``spec/relations.md``): body sentences, figure legends, table rows.

The NER ran once over the whole document (``pipeline.annotate``); this module
only reads that pass. Where a sentence becomes a record, in one look:

    passage (a paragraph or caption unit) -> its sentences -> ``annotated.sentence_doc``
    -> ``sentence_rules.doc_to_findings`` -> ``Finding`` -> ``_record`` (citations from
    ``citations.py``, cancer type from ``cancer.py``, place from the unit)

and for tables: row unit -> ``table_rules.table_to_findings`` (cell Docs from the
same pass) -> ``RowFinding`` -> ``_row_record``. ``dedupe`` applies spec rule 2
(one record per regulator, effect, therapy in one place).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from pipeline.annotate import AnnotatedDocument, annotate
from pipeline.document import Document, Sentence
from pipeline.places import (
    KIND_ABSTRACT,
    KIND_FIGURE_CAPTION,
    KIND_PARAGRAPH,
    KIND_ROW,
    KIND_TITLE,
    TextUnit,
    citation_places,
)
from pipeline.records import Record
from pipeline.relations.anaphora import opening_anaphor, with_anaphor
from pipeline.relations.continuation import may_continue, with_continued_subject
from pipeline.relations.change_genes import change_genes, with_change_genes
from pipeline.relations.arguments import Mention, doc_to_mentions
from pipeline.relations.doses import may_name_dose
from pipeline.relations.radiation_words import may_name_radiation
from pipeline.relations.drug_anaphora import may_name_drug_anaphor, with_drug_anaphors
from pipeline.relations.class_short_forms import class_short_forms, modality_short_forms, split_modality_short_forms
from pipeline.relations.regimens import mentions_pattern, regimen_therapies, with_regimens
from pipeline.relations.cancer import doc_to_cancers, passage_cancer
from pipeline.relations.citations import (
    Marker,
    clause_citations,
    markers_in,
    numbers_of,
    passage_citations,
    row_to_citations_from_markers,
)
from pipeline.relations.findings import Finding
from pipeline.relations.mirna_ids import with_printed_mirna_ids
from pipeline.relations.non_prose import looks_like_reference
from pipeline.relations.own_work import cites_others, opens_own_paragraph, reports_own_work
from pipeline.relations.precision import filter_records
from pipeline.relations.scope import OUTCOME_EFFECTS, passage_outside, sentence_outside
from pipeline.relations.sentence_rules import doc_to_findings
from pipeline.relations.short_forms import names_non_gene, non_gene_short_forms
from pipeline.relations.table_rules import RowFinding, row_to_citations, table_to_findings
from pipeline.relations.triggers import CueMatcher, cue_matcher, load_lexicon

log = logging.getLogger(__name__)



def default_nlp():
    """The project's NER pipeline (``pipeline.ner.load_nlp``)."""
    from pipeline.ner import load_nlp

    return load_nlp()


@dataclass(frozen=True)
class Passage:
    """A paragraph or caption unit: its sentences, markers and the section records name."""

    unit: TextUnit
    section: str
    markers: list[Marker]
    order: int

    @property
    def text(self) -> str:
        return self.unit.text

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.unit.sentences


def _unit_key(section_position: int, section: str, paragraph: int) -> tuple[int, str, int]:
    return (section_position, section, paragraph)


def annotated_to_passages(annotated: AnnotatedDocument) -> list[Passage]:
    """The title, abstract, body paragraphs (back matter skipped) and figure legends, in that order.

    Spec: titles are places (section ``title``), like the abstract (``abstract``).
    """
    document = annotated.document
    markers: dict[tuple, list[Marker]] = defaultdict(list)
    for c, place in zip(document.citations, citation_places(document, annotated.units)):
        markers[_unit_key(place.section_position, place.section, place.paragraph)].append(
            Marker(c.text, place.start, place.end, tuple(c.numbers)))
    units = annotated.units
    ordered = ([u for u in units if u.kind in (KIND_TITLE, KIND_ABSTRACT)]
               + [u for u in units if u.kind == KIND_PARAGRAPH and u.body]
               + [u for u in units if u.kind == KIND_FIGURE_CAPTION])
    passages = []
    for unit in ordered:
        found = sorted(markers.get(_unit_key(unit.place.section_position, unit.section, unit.paragraph), []),
                       key=lambda m: m.start)
        passages.append(Passage(unit, unit.section, found, len(passages)))
    return passages


def _char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    if start >= end:
        return (doc[start].idx if start < len(doc) else len(doc.text),) * 2
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def passage_to_records(
    passage: Passage,
    annotated: AnnotatedDocument,
    matcher: CueMatcher,
    abbreviations: dict[str, str],
    non_genes: frozenset[str] = frozenset(),
    title_cancers: tuple[str, ...] = (),
    regimens: dict[str, tuple[str, ...]] | None = None,
    changes: dict[str, str] | None = None,
) -> list[tuple[tuple, Record]]:
    """Records of one passage, each with its sort key (passage, sentence, ...).

    ``abbreviations``: the document's short -> long forms; ``non_genes``: short forms the
    document defines as a disease or cell type, never a regulator; ``title_cancers``: the
    title's cancer types, the last fallback of a finding's cancer type (spec conventions); ``changes``:
    the document's protein changes -> the gene it writes each with (``change_genes.py``).
    """
    lexicon = matcher.lexicon
    regimens = regimens or {}
    regimen_uses = mentions_pattern(regimens)
    gap = lexicon.number("marker_attach_chars")
    per_sentence = [markers_in(passage.markers, s.start, s.end) for s in passage.sentences]
    numbers = [numbers_of(m) for m in per_sentence]
    sentences = _LazySentences(passage, annotated, lexicon, abbreviations, changes or {})
    stems = lexicon.words("modality_stems") + lexicon.words("class_suffixes")  # therapies named by words, no entity
    class_uses = mentions_pattern({form: () for form in sentences.class_forms})
    ids = sentences.ids
    cancers = sentences.cancers
    out = []
    reference_like = _reference_like(passage)
    for k, sentence in enumerate(passage.sentences):
        uses = regimen_uses is not None and regimen_uses.search(passage.unit.text, sentence.start, sentence.end)
        if (not uses and not annotated.may_hold_therapy(passage.unit, sentence.start, sentence.end, stems)
                and not (class_uses and class_uses.search(passage.unit.text, sentence.start, sentence.end))
                and not may_name_dose(passage.unit.text, sentence.start, sentence.end)
                and not may_name_radiation(passage.unit.text, sentence.start, sentence.end)
                and not may_name_drug_anaphor(passage.unit.text, sentence.start, sentence.end)):
            continue  # spec rule 1: no therapy in the sentence (its Doc is built only if a neighbour asks)
        if reference_like[k]:
            continue  # spec rule 8: a reference entry left in the body text is no prose of this paper
        doc, offset = sentences.doc(k)
        mentions = sentences.mentions(k)
        if uses:  # "GC" defined as "gemcitabine plus cisplatin": both drugs
            mentions = with_regimens(doc, mentions, regimens)
        # "its benefit is limited by X", "resistance to this agent": the drug named before (drug_anaphora.py)
        mentions = with_drug_anaphors(doc, mentions, lambda k=k: sentences.mentions(k - 1) if k else None)
        opening = opening_anaphor(doc, mentions, lexicon) if k else None
        if opening is not None and any(m.kind == "THER" and m.start == opening[0] for m in mentions):
            opening = None  # "Its efficacy ...": the possessive stands for a drug, not the last subject
        if opening is not None:  # "Its knockdown ...": the last subject
            mentions = with_anaphor(doc, mentions, sentences.mentions(k - 1), lexicon)
        elif k and may_continue(doc, mentions, lexicon):  # "We silenced X. Consequently, ... sensitive to D."
            previous, _ = sentences.doc(k - 1)
            mentions = with_continued_subject(doc, mentions, matcher.hits(doc), previous, sentences.mentions(k - 1),
                                              matcher.hits(previous), lexicon)
        findings = doc_to_findings(doc, matcher, mentions)
        findings = [f for f in findings if f.regulator.is_mitophagy or not names_non_gene(f.regulator.text, non_genes)]
        if findings and any(f.effect in OUTCOME_EFFECTS for f in findings) and (
            passage_outside(passage.text) or sentence_outside(doc.text)
        ):  # resistance of bacteria, fungi, parasites; receptor pharmacology: no tumour cells (spec)
            findings = [f for f in findings if f.effect not in OUTCOME_EFFECTS]
        if not findings:
            continue
        cancer = passage_cancer(k, cancers, numbers) or list(title_cancers)
        local = [replace(m, start=m.start - offset, end=m.end - offset) for m in per_sentence[k]]
        text = doc.text  # once per sentence: Doc.text walks every token (a run-on sentence has thousands)
        own_work = not numbers[k] and _own_work(passage, numbers, k, annotated.document)
        for f in findings:
            clause_span = _char_span(doc, f.clause.start, f.clause.end)
            ends = [_char_span(doc, f.regulator.core_start, f.regulator.end)[1], _char_span(doc, f.therapy.start, f.therapy.end)[1]]
            cites = clause_citations(local, clause_span, ends, text, gap)
            if not numbers[k] and not own_work:  # rule 4; an own result continues no cited neighbour
                finding_ids = {i.lower() for i in f.regulator.ids + f.therapy.ids}
                cites = passage_citations(k, numbers, ids, finding_ids)
            record = _record(annotated.document.doc_id, f, ", ".join(cancer), cites, passage, k, doc, offset)
            out.append(((passage.order, k, f.clause.start), record))
    return out


def _own_work(passage: Passage, numbers: list[tuple[int, ...]], k: int, document=None) -> bool:
    """Sentence ``k`` reports the paper's own result, or continues one: the sentence before it is an own result
    with no marker (``Our data show that D activates X ... . The X inhibitor C reversed this protection ...``)."""
    text = passage.unit.text
    if reports_own_work(text[passage.sentences[k].start : passage.sentences[k].end]):
        return True
    previous = passage.sentences[k - 1] if k else None
    if previous is not None and not numbers[k - 1] and reports_own_work(text[previous.start : previous.end]):
        return True
    return k > 0 and _in_own_paragraph(passage, k, document)


def _in_own_paragraph(passage: Passage, k: int, document=None) -> bool:
    """Sentence ``k`` sits in a paragraph that opens with the study's own summary (``This study identifies X
    ... . ML385 reduced PINK1 ...``) outside an introduction, and says nothing of others' work (own_work.json)."""
    section = (passage.section or "").strip().lower()
    position = passage.unit.place.section_position
    if document is not None and 0 <= position < len(document.sections):
        section = f"{section} {document.sections[position].title or ''}".lower()
    if section in {"abstract", "title"} or "introduction" in section or "background" in section:
        return False
    text = passage.unit.text
    first = passage.sentences[0]
    sentence = passage.sentences[k]
    return opens_own_paragraph(text[first.start : first.end]) and not cites_others(text[sentence.start : sentence.end])


def _reference_like(passage: Passage) -> list[bool]:
    """Per sentence: it, or a sentence next to it, carries a reference entry's DOI, PMID or ``year;volume:page``.

    The sentencizer cuts an entry into authors, title and source; the title sentence (``X confers
    resistance to D.``) holds no such part itself, its neighbour does."""
    parts = [looks_like_reference(passage.text[s.start : s.end]) for s in passage.sentences]
    return [any(parts[max(0, k - 1) : k + 2]) for k in range(len(parts))]


class _LazyList:
    """``items[k]`` computed on first use: rule 4 and the cancer fallback read only a finding's neighbours."""

    def __init__(self, size: int, compute):
        self._values: list = [None] * size
        self._done = [False] * size
        self._compute = compute

    def __len__(self) -> int:
        return len(self._values)

    def __getitem__(self, k: int):
        if k < 0:
            k += len(self._values)
        if not self._done[k]:
            self._values[k] = self._compute(k)
            self._done[k] = True
        return self._values[k]


class _LazySentences:
    """A passage's sentence Docs, mentions, argument ids and cancer types, each built once when first read."""

    def __init__(self, passage: Passage, annotated: AnnotatedDocument, lexicon, abbreviations: dict[str, str],
                 changes: dict[str, str]):
        n = len(passage.sentences)

        def doc(k: int) -> tuple[Doc, int]:
            sentence_doc, offset = annotated.sentence_doc(passage.unit, passage.sentences[k])
            return with_change_genes(sentence_doc, changes), offset  # "T790M" alone: the gene the paper wrote it with

        self._docs = _LazyList(n, doc)
        self.class_forms = class_short_forms(abbreviations, lexicon)  # "PARP inhibitors (PARPi)": PARPi is the class
        class_forms = self.class_forms
        modality_forms = modality_short_forms(abbreviations, lexicon)  # "chemoradiotherapy (CCRT)": both modalities
        self._mentions = _LazyList(n, lambda k: split_modality_short_forms(
            doc_to_mentions(self.doc(k)[0], lexicon, class_forms), modality_forms))
        self.ids = _LazyList(n, lambda k: {i.lower() for m in self._mentions[k] for i in m.ids})
        self.cancers = _LazyList(n, lambda k: doc_to_cancers(self.doc(k)[0], lexicon, abbreviations))

    def doc(self, k: int) -> tuple[Doc, int]:
        return self._docs[k]

    def mentions(self, k: int) -> list[Mention]:
        return self._mentions[k]


def _mention_offsets(doc: Doc, m: Mention, offset: int) -> tuple[int, int]:
    start, end = _char_span(doc, m.start, m.end)
    return start + offset, end + offset


def _record(doc_id: str, f: Finding, cancer: str, cites: tuple[int, ...], passage: Passage, k: int,
            doc: Doc, offset: int) -> Record:
    """Where a sentence finding becomes a record: its arguments, citations, cancer type and place."""
    sentence = passage.sentences[k]
    place = passage.unit.place
    reg = _mention_offsets(doc, f.regulator, offset)
    ther = _mention_offsets(doc, f.therapy, offset)
    return Record(
        doc_id=doc_id,
        regulator=f.regulator.text,
        regulator_ids=f.regulator.ids,
        effect=f.effect,
        therapy=f.therapy.text,
        therapy_id=f.therapy.therapy_id,
        cancer_type=cancer,
        citations=cites,
        section=passage.section,
        evidence=sentence.text,
        confidence=f.confidence,
        rule=f.rule,
        section_position=place.section_position,
        paragraph=place.paragraph,
        sentence=k,
        start=sentence.start,
        end=sentence.end,
        regulator_start=reg[0],
        regulator_end=reg[1],
        therapy_start=ther[0],
        therapy_end=ther[1],
    )


def tables_to_records(annotated: AnnotatedDocument, matcher: CueMatcher, start_order: int) -> list[tuple[tuple, Record]]:
    document = annotated.document
    rows = {(u.section, u.paragraph): u for u in annotated.units if u.kind == KIND_ROW}
    out = []
    for t_index, table in enumerate(document.tables):
        row_markers = row_to_citations_from_markers(document, table.label)

        def cell_doc(r_index: int, column: int, table=table) -> tuple[Doc, tuple[int, int]] | None:
            unit = rows.get((table.label, r_index))
            if unit is None or not 0 <= column < len(unit.cells):
                return None
            a, b = unit.cells[column]
            raw = unit.text[a:b]
            a += len(raw) - len(raw.lstrip())
            b -= len(raw) - len(raw.rstrip())
            return annotated.text_doc(unit, a, b)[0], (a, b)

        for r_index, f, cells in table_to_findings(table, cell_doc, matcher):
            row = table.rows[r_index]
            cites = row_markers.get(r_index) or row_to_citations(row) or f.citations
            record = _row_record(document.doc_id, f, cites, table.label, row, rows[(table.label, r_index)], cells)
            out.append(((start_order + t_index, r_index, 0), record))
    return out


def _row_record(doc_id: str, f: RowFinding, cites: tuple[int, ...], label: str, row: list[str], unit: TextUnit,
                cells: dict[str, tuple[int, int]]) -> Record:
    """Where a table row becomes a record; offsets are into the row text (cells joined by `` | ``)."""
    reg = cells.get("regulator", (-1, -1))
    ther = cells.get("therapy", (-1, -1))
    return Record(
        doc_id=doc_id,
        regulator=f.regulator,
        regulator_ids=f.regulator_ids,
        effect=f.effect,
        therapy=f.therapy,
        therapy_id=f.therapy_id,
        cancer_type=f.cancer_type,
        citations=cites,
        section=label,
        evidence=" | ".join(c.strip() for c in row),
        confidence=f.confidence,
        rule=f.rule,
        section_position=unit.place.section_position,
        paragraph=unit.paragraph,
        sentence=0,
        start=0,
        end=len(unit.text),
        regulator_start=reg[0],
        regulator_end=reg[1],
        therapy_start=ther[0],
        therapy_end=ther[1],
    )


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


def annotated_to_records(annotated: AnnotatedDocument, nlp) -> list[Record]:
    """Relation records of an annotated document, deterministic and in document order (no NER runs here).

    ``nlp`` only lends its tokenizer and vocabulary to the cue matcher.
    """
    matcher = cue_matcher(nlp, load_lexicon())
    passages = annotated_to_passages(annotated)
    abbreviations = annotated.abbreviations()
    spans = annotated.abbreviation_spans()
    non_genes = non_gene_short_forms(spans, matcher.lexicon)
    regimens = regimen_therapies(annotated.regimens())
    changes = change_genes(chunk.doc for chunk in annotated.chunks)  # "EGFR T790M ... T790M": the paper's own map
    title_cancers: list[str] = []
    for passage in passages:
        if passage.unit.kind == KIND_TITLE:
            for s in passage.sentences:
                title_cancers += doc_to_cancers(annotated.sentence_doc(passage.unit, s)[0], matcher.lexicon, abbreviations)
    keyed = []
    for passage in passages:
        keyed.extend(passage_to_records(passage, annotated, matcher, abbreviations, non_genes,
                                        tuple(dict.fromkeys(title_cancers)), regimens, changes))
    keyed = filter_records(keyed, " ".join(p.text for p in passages),  # no finding of the spec (precision.py)
                           annotated.document.sections)
    keyed.extend(tables_to_records(annotated, matcher, len(passages)))
    keyed = [(order, with_printed_mirna_ids(r)) for order, r in keyed]  # "miR-21": no arm, the printed name
    records = dedupe(keyed)
    log.info("%s: %d relation records", annotated.document.doc_id, len(records))
    return records


def extract_records(document: Document, nlp=None, annotated: AnnotatedDocument | None = None) -> list[Record]:
    """Relation records of one document, deterministic and in document order.

    ``nlp`` is a spaCy pipeline whose ``doc.ents`` carry the NER labels and
    normalized ``kb_id_``; by default ``pipeline.ner.load_nlp()``. Pass
    ``annotated`` (``pipeline.annotate.annotate``) to reuse a pass already made.
    """
    nlp = nlp if nlp is not None else default_nlp()
    if annotated is None:
        annotated = annotate(document, nlp)
    return annotated_to_records(annotated, nlp)
