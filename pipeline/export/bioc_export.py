"""Cached results -> one BioC collection (the ``bioc`` package), written as BioC JSON, BioC XML or PubTator.

A BioC document per processed paper (id: its ``doc_id``; infons: path,
format, sha256, title): one passage per text unit (``passages.py``) with its
sentences; annotations for the entities (``type``: the label, ``identifier``:
the normalized id) and the citation markers (``type`` Citation, ``references``:
the numbers) with document offsets; one relation per record (infons: the
record's columns; nodes: the regulator and therapy annotations in its
evidence). PubTator holds the title and, as its ``|a|`` line, every later
passage joined by one space, so the offsets are the same as in BioC.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import bioc
from bioc import biocjson, biocxml, pubtator

from pipeline.export.passages import Passage, Placed, place_citations, place_entities, relation_nodes, result_passages

FORMATS = {"bioc-json": ".bioc.json", "bioc-xml": ".bioc.xml", "pubtator": ".pubtator"}
SOURCE = "mitominer"
KEY = "mitominer.key"  # BioC's key file: what the infons mean (README "JATS XML input and BioC export")
RELATION_INFONS = ("effect", "regulator", "therapy", "therapy_id", "cancer_type", "section", "evidence", "rule")


def _set(infons: dict, name: str, value: object) -> None:
    """Infons with a value only: BioC XML reads an empty infon back as None, so none is written."""
    text = "" if value is None else str(value)
    if text:
        infons[name] = text


def _annotation(placed: Placed) -> bioc.BioCAnnotation:
    annotation = bioc.BioCAnnotation()
    annotation.id = placed.id
    _set(annotation.infons, "type", placed.type)
    _set(annotation.infons, "identifier", placed.identifier)
    for name, value in placed.infons.items():
        _set(annotation.infons, name, value)
    annotation.text = placed.text
    annotation.add_location(bioc.BioCLocation(placed.start, placed.end - placed.start))
    return annotation


def _passage(passage: Passage) -> bioc.BioCPassage:
    out = bioc.BioCPassage()
    out.offset = passage.offset
    out.text = passage.text
    _set(out.infons, "type", passage.kind)
    _set(out.infons, "section", passage.section)
    _set(out.infons, "paragraph", passage.paragraph)
    _set(out.infons, "section_title", passage.section_title)
    for start, end in passage.sentences:
        sentence = bioc.BioCSentence()
        sentence.offset = passage.offset + start
        sentence.text = passage.text[start:end]
        out.add_sentence(sentence)
    return out


def _relation(row: dict[str, Any], nodes: list[tuple[str, str]]) -> bioc.BioCRelation:
    relation = bioc.BioCRelation()
    relation.id = row["record_id"]
    _set(relation.infons, "type", row["effect"])
    for name in RELATION_INFONS:
        _set(relation.infons, name, row.get(name))
    _set(relation.infons, "regulator_ids", ",".join(row.get("regulator_ids") or []))
    _set(relation.infons, "citations", ",".join(str(c) for c in row.get("citations") or []))
    _set(relation.infons, "confidence", None if row.get("confidence") is None else f"{row['confidence']:g}")
    for refid, role in nodes:
        relation.add_node(bioc.BioCNode(refid, role))
    return relation


def result_to_document(path: str, result: dict[str, Any]) -> bioc.BioCDocument:
    """One paper's cached result -> a BioC document."""
    passages = result_passages(result)
    tables = result["tables"]
    entities = place_entities(passages, tables.get("entities", []))
    citations = place_citations(passages, tables.get("citations", []))
    document = bioc.BioCDocument()
    document.id = result["doc_id"]
    info = result["document"]
    for name, value in (("path", path), ("format", info.get("format")), ("sha256", result["sha256"]), ("title", info.get("title"))):
        _set(document.infons, name, value)
    out_passages = [_passage(p) for p in passages]
    for placed in entities + citations:
        out_passages[placed.passage].add_annotation(_annotation(placed))
    for passage in out_passages:
        passage.annotations.sort(key=lambda a: (a.locations[0].offset, a.locations[0].length, a.id))
        document.add_passage(passage)
    for row in sorted(tables.get("relations", []), key=lambda r: r["record_id"]):
        document.add_relation(_relation(row, relation_nodes(row, passages, entities)))
    return document


def results_to_collection(results: list[tuple[str, dict[str, Any]]]) -> bioc.BioCCollection:
    collection = bioc.BioCCollection()
    collection.source = SOURCE
    collection.key = KEY
    collection.date = ""  # left empty so that the same dataset gives byte-identical files
    for path, result in results:
        collection.add_document(result_to_document(path, result))
    return collection


def _flat(text: str) -> str:
    """PubTator is line- and tab-based: line breaks and tabs become spaces (same length, offsets kept)."""
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def collection_to_pubtator(collection: bioc.BioCCollection) -> list[pubtator.PubTator]:
    out = []
    for document in collection.documents:
        passages = document.passages
        has_title = bool(passages) and passages[0].infons.get("type") == "title"
        title = passages[0].text if has_title else ""
        rest = passages[1:] if has_title else passages
        start = len(title) + 1
        pieces, cursor = [], start
        for p in rest:
            pieces.append(" " * (p.offset - cursor) + p.text)
            cursor = p.offset + len(p.text)
        abstract = _flat("".join(pieces))
        doc = pubtator.PubTator(document.id, _flat(title), abstract)
        for passage in passages:
            for annotation in passage.annotations:
                location = annotation.locations[0]
                identifier = annotation.infons.get("identifier") or "-"
                doc.add_annotation(pubtator.PubTatorAnn(document.id, location.offset, location.offset + location.length, _flat(annotation.text),
                                                        annotation.infons["type"], identifier))
        for relation in document.relations:
            for regulator in (relation.infons.get("regulator_ids") or "").split(","):
                if regulator:
                    doc.add_relation(pubtator.PubTatorRel(document.id, relation.infons["type"], regulator,
                                                          relation.infons.get("therapy_id") or "-", ""))
        out.append(doc)
    return out


def dumps(collection: bioc.BioCCollection, fmt: str) -> str:
    if fmt == "bioc-json":
        return json.dumps(biocjson.toJSON(collection), ensure_ascii=False, indent=1) + "\n"
    if fmt == "bioc-xml":
        return biocxml.dumps(collection, pretty_print=True)
    if fmt == "pubtator":
        return pubtator.dumps(collection_to_pubtator(collection)) + "\n"
    raise ValueError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")


def default_output(out_dir: Path, fmt: str) -> Path:
    return Path(out_dir) / "export" / f"mitominer{FORMATS[fmt]}"
