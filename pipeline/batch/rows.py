"""One paper's Document, entities and records -> plain row dicts for every dataset table.

Runs inside the workers, so it imports neither pyarrow nor pandas; the columns
and their types are fixed in ``pipeline.batch.schema``. Row ids are short
hashes of the document id and the row's place (section, paragraph, offsets),
so they stay the same from run to run and from machine to machine.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

from pipeline.document import Document
from pipeline.places import TextUnit, citation_places
from pipeline.records import PLACE_FIELDS, Record

ENTITY_FIELDS = ("text", "label", "id", "section", "paragraph", "start", "end")
ENTITY_PLACE_FIELDS = ("section_position", "column", "sentence")  # -1 when an entity stage gives none
_WORD = re.compile(r"\w+")


def stable_id(*parts: Any) -> str:
    """16 hex digits of the SHA-1 of the parts joined by a unit separator."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def document_to_rows(doc: Document, units: list[TextUnit] | None = None) -> dict[str, list[dict[str, Any]]]:
    """The structural tables of one document: sections, paragraphs, references, citations, tables, figures.

    ``units``: the document's text units (``pipeline.places``) when the caller has them already.
    """
    d = doc.doc_id
    sections, paragraphs = [], []
    for position, section in enumerate(doc.sections):
        key = section.key
        sections.append(
            {
                "doc_id": d,
                "section_id": stable_id(d, "section", position, key),
                "position": position,
                "number": section.number,
                "title": section.title,
                "level": section.level,
                "parent": section.parent,
                "kind": section.kind,
                "n_paragraphs": len(section.paragraphs),
                "text": "\n\n".join(p.text for p in section.paragraphs),
            }
        )
        for index, para in enumerate(section.paragraphs):
            paragraphs.append(
                {
                    "doc_id": d,
                    "paragraph_id": stable_id(d, "paragraph", position, index),
                    "section_position": position,
                    "section": key,
                    "paragraph": index,
                    "text": para.text,
                    "n_words": count_words(para.text),
                    "sentence_starts": [s.start for s in para.sentences],
                    "sentence_ends": [s.end for s in para.sentences],
                }
            )
    references = [
        {
            "doc_id": d,
            "reference_id": stable_id(d, "reference", r.number, r.raw),
            "number": r.number,
            "authors": list(r.authors),
            "year": r.year,
            "title": r.title,
            "journal": r.journal,
            "volume": r.volume,
            "pages": r.pages,
            "doi": r.doi,
            "raw": r.raw,
        }
        for r in doc.references
    ]
    citations = [
        {
            "doc_id": d,
            "citation_id": stable_id(d, "citation", c.section, c.paragraph, c.start, c.end, c.text),
            "section_position": place.section_position,
            "section": c.section,
            "paragraph": c.paragraph,
            "row": c.row,
            "column": c.column,
            "sentence": place.sentence,
            "start": c.start,
            "end": c.end,
            "text": c.text,
            "numbers": list(c.numbers),
            "unresolved": list(c.unresolved),
        }
        for c, place in zip(doc.citations, citation_places(doc, units))
    ]
    tables = [
        {
            "doc_id": d,
            "table_id": stable_id(d, "table", position, t.label),
            "position": position,
            "label": t.label,
            "caption": t.caption,
            "section": t.section,
            "columns": [str(c) for c in t.columns],
            "rows": [[str(cell) for cell in row] for row in t.rows],
            "n_rows": len(t.rows),
        }
        for position, t in enumerate(doc.tables)
    ]
    figures = [
        {
            "doc_id": d,
            "figure_id": stable_id(d, "figure", position, f.label),
            "position": position,
            "label": f.label,
            "caption": f.caption,
            "section": f.section,
        }
        for position, f in enumerate(doc.figures)
    ]
    return {
        "sections": sections,
        "paragraphs": paragraphs,
        "references": references,
        "citations": citations,
        "tables": tables,
        "figures": figures,
    }


def entity_to_dict(entity: Any) -> dict[str, Any]:
    """An ``Entity`` (any object with the contract's fields, or a dict) -> a plain dict."""
    names = ENTITY_FIELDS + ENTITY_PLACE_FIELDS
    if isinstance(entity, dict):
        return {name: entity.get(name) for name in names}
    return {name: getattr(entity, name, None) for name in names}


def _int_or(value: Any, default: int = -1) -> int:
    return default if value is None else int(value)


def entities_to_rows(doc_id: str, entities: Iterable[Any]) -> list[dict[str, Any]]:
    rows = []
    for entity in entities:
        e = entity_to_dict(entity)
        paragraph = -1 if e["paragraph"] is None else int(e["paragraph"])
        rows.append(
            {
                "doc_id": doc_id,
                "entity_id": stable_id(doc_id, "entity", e["section"], paragraph, e["start"], e["end"], e["label"]),
                "section_position": _int_or(e["section_position"]),
                "section": str(e["section"] or ""),
                "paragraph": paragraph,
                "column": _int_or(e["column"]),
                "sentence": _int_or(e["sentence"]),
                "start": int(e["start"]),
                "end": int(e["end"]),
                "text": str(e["text"]),
                "label": str(e["label"]),
                "id": str(e["id"] or ""),
            }
        )
    return rows


def records_to_rows(doc_id: str, records: Iterable[Record]) -> list[dict[str, Any]]:
    """Relation records -> rows with the spec's columns plus ``record_id``, ``confidence`` and ``rule``.

    The id hashes the record's identity (``Record.key()``); a second record with
    the same identity gets a ``-2`` suffix, and so on, so ids never collide.
    """
    rows, seen = [], {}
    for record in records:
        base = stable_id("record", *(str(part) for part in record.key()))
        seen[base] = seen.get(base, 0) + 1
        row = {
            "record_id": base if seen[base] == 1 else f"{base}-{seen[base]}",
            "doc_id": doc_id,
            "regulator": record.regulator,
            "regulator_ids": list(record.regulator_ids),
            "effect": record.effect,
            "therapy": record.therapy,
            "therapy_id": record.therapy_id,
            "cancer_type": record.cancer_type,
            "citations": [int(c) for c in record.citations],
            "section": record.section,
            "evidence": record.evidence,
            "confidence": None if record.confidence is None else float(record.confidence),
            "rule": record.rule,
        }
        row.update({name: int(getattr(record, name)) for name in PLACE_FIELDS})
        rows.append(row)
    return rows


def document_summary(doc: Document, n_entities: int, n_relations: int) -> dict[str, Any]:
    """The document's row, less the fields the dataset adds from the corpus (path, paths, size)."""
    paragraphs = [p for s in doc.sections for p in s.paragraphs]
    return {
        "doc_id": doc.doc_id,
        "sha256": doc.source.sha256,
        "format": doc.source.format,
        "title": doc.title,
        "abstract": doc.abstract,
        "keywords": list(doc.keywords),
        "n_sections": len(doc.sections),
        "n_paragraphs": len(paragraphs),
        "n_sentences": sum(len(p.sentences) for p in paragraphs),
        "n_words": count_words(doc.abstract) + sum(count_words(p.text) for p in paragraphs),
        "n_tables": len(doc.tables),
        "n_figures": len(doc.figures),
        "n_references": len(doc.references),
        "n_citations": len(doc.citations),
        "n_entities": n_entities,
        "n_relations": n_relations,
    }
