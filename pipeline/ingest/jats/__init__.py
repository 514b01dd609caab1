"""JATS / NLM XML (PMC Open Access, Europe PMC, eLife, bioRxiv, PLOS) -> the document model.

XML gives the structure outright, so this reader does not go through blocks
and the assembler: it builds the same :class:`~pipeline.document.Document`
directly, with the shared sentence splitter and DOI normalizer.

| module | its one job |
| --- | --- |
| ``parse.py`` | safe parsing (defusedxml), detection of a JATS ``<article>``, one-line errors |
| ``inline.py`` | mixed content -> text, with the offsets of every ``bibr`` xref |
| ``front.py`` | title, abstract (structured parts labelled, other abstracts apart), keywords |
| ``body.py`` | section tree, paragraphs, back matter; collects floats and ``<ref>`` entries |
| ``floats.py`` | tables (header, rows, spans expanded, footnotes) and figures |
| ``refs.py`` | reference entries: authors, year, title, source, volume, pages, DOI, PMID |
| ``xrefs.py`` | xref runs -> citation markers numbered by reference position, ranges expanded |
"""

from __future__ import annotations

from pathlib import Path

from pipeline.document import Citation, Document, Source
from pipeline.errors import CorruptXMLError, NotAPaperError
from pipeline.ingest.jats.body import read_body
from pipeline.ingest.jats.floats import read_floats
from pipeline.ingest.jats.front import read_front
from pipeline.ingest.jats.parse import looks_like_xml, parse_article
from pipeline.ingest.jats.refs import article_refs
from pipeline.ingest.jats.xrefs import spans_to_markers
from pipeline.ingest.sentences import texts_to_sentences

__all__ = ["jats_to_document", "looks_like_xml", "ABSTRACT_SECTION"]

ABSTRACT_SECTION = "abstract"  # how citations in the abstract name their place (as the NER does)


def _citations(text, spans, positions, section: str, paragraph: int = -1, row: int = -1, column: int = -1) -> list[Citation]:
    return [
        Citation(text=m.text, numbers=m.numbers, section=section, start=m.start, end=m.end, paragraph=paragraph,
                 row=row, column=column, unresolved=m.unresolved, targets=m.targets)
        for m in spans_to_markers(text, spans, positions)
    ]  # fmt: skip


def _build(path: Path, data: bytes, source: Source) -> Document:
    article = parse_article(path, data)
    front = read_front(article)
    body = read_body(article)
    floats = read_floats(body.floats)
    references = article_refs(body.refs)
    positions: dict[str, int] = {}
    for ref in references:
        if ref.ref_id:
            positions.setdefault(ref.ref_id, ref.number)
    doc = Document(
        doc_id=source.sha256[:16], source=source, title=front.title, abstract=front.abstract.text,
        keywords=front.keywords, sections=body.sections, tables=floats.tables, figures=floats.figures,
        references=references, other_abstracts=front.other_abstracts,
    )  # fmt: skip
    if not (doc.title or doc.abstract or doc.sections or doc.references):
        raise NotAPaperError(path, "JATS article with no title, abstract, body or reference list")
    paragraphs = [p for s in doc.sections for p in s.paragraphs]
    for paragraph, sentences in zip(paragraphs, texts_to_sentences([p.text for p in paragraphs])):
        paragraph.sentences = sentences
    citations = _citations(doc.abstract, front.abstract.xrefs, positions, ABSTRACT_SECTION, paragraph=0)
    for (s_index, p_index), spans in sorted(body.xrefs.items()):
        section = doc.sections[s_index]
        citations += _citations(section.paragraphs[p_index].text, spans, positions, section.key, paragraph=p_index)
    for holder, where in floats.xrefs:
        label = holder.label
        if where.row >= 0:
            text = holder.rows[where.row][where.column]
        elif where.paragraph >= 0:
            text = holder.footnotes[where.paragraph]
        else:
            text = holder.caption
        citations += _citations(text, where.spans, positions, label, paragraph=where.paragraph, row=where.row, column=where.column)
    doc.citations = citations
    return doc


def jats_to_document(path: str | Path, data: bytes, source: Source) -> Document:
    """The document of one JATS file's bytes; raises ``InputError`` subclasses naming ``path``."""
    try:
        return _build(Path(path), data, source)
    except RecursionError:
        raise CorruptXMLError(path, "XML nested too deeply to read") from None
