"""One paper's cached rows -> passages with document offsets, and its annotations placed on them.

The passages are the NER's text units (``pipeline.ner.entities.document_units``),
in the same order: title, abstract, every section paragraph, each table's
caption and rows (cells joined by `` | ``), figure captions. A passage's
offset is its start in the document text made by joining the passages with
one separator character, the convention of BioC and PubTator (title, then the
rest; a paper without a title still has an empty title passage). Entity and citation offsets (into a paragraph, caption or row) become
document offsets by adding the passage's offset.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TITLE, ABSTRACT = "title", "abstract"  # the NER's section keys of the front matter
ROW_JOINER = " | "
SEPARATOR_LENGTH = 1


@dataclass
class Passage:
    kind: str  # title | abstract | paragraph | table_caption | table_row | figure_caption
    section: str  # section key, or table / figure label
    paragraph: int  # paragraph index; table row index; -1 for captions; 0 for title and abstract
    text: str
    offset: int = 0
    section_title: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)  # (start, end) in the passage text


@dataclass
class Placed:
    """An annotation on a passage: its id, type, normalized id and document offsets."""

    id: str
    type: str
    identifier: str
    start: int  # document offsets
    end: int
    text: str
    passage: int  # index into the passages
    infons: dict[str, str] = field(default_factory=dict)


def result_passages(result: dict[str, Any]) -> list[Passage]:
    tables = result["tables"]
    document = result["document"]
    titles = {row["position"]: row["title"] for row in tables.get("sections", [])}
    passages: list[Passage] = []
    # always a title passage, empty when the paper has none: PubTator's offsets count from the title
    passages.append(Passage("title", TITLE, 0, document.get("title") or ""))
    if (document.get("abstract") or "").strip():
        passages.append(Passage("abstract", ABSTRACT, 0, document["abstract"]))
    for row in sorted(tables.get("paragraphs", []), key=lambda r: (r["section_position"], r["paragraph"])):
        if row["text"].strip():
            sentences = list(zip(row.get("sentence_starts") or [], row.get("sentence_ends") or []))
            passages.append(Passage("paragraph", row["section"], row["paragraph"], row["text"],
                                    section_title=titles.get(row["section_position"], ""), sentences=sentences))
    for table in sorted(tables.get("tables", []), key=lambda r: r["position"]):
        if table["caption"].strip():
            passages.append(Passage("table_caption", table["label"], -1, table["caption"]))
        for index, cells in enumerate(table["rows"]):
            text = ROW_JOINER.join(cells)
            if text.strip():
                passages.append(Passage("table_row", table["label"], index, text))
    for figure in sorted(tables.get("figures", []), key=lambda r: r["position"]):
        if figure["caption"].strip():
            passages.append(Passage("figure_caption", figure["label"], -1, figure["caption"]))
    offset = 0
    for passage in passages:
        passage.offset = offset
        offset += len(passage.text) + SEPARATOR_LENGTH
    return passages


def _index(passages: list[Passage]) -> dict[tuple[str, int], list[int]]:
    index: dict[tuple[str, int], list[int]] = {}
    for i, passage in enumerate(passages):
        index.setdefault((passage.section, passage.paragraph), []).append(i)
    return index


def _find(passages: list[Passage], candidates: list[int], start: int, end: int, text: str) -> int | None:
    """The passage (among those with the right place) whose text holds ``text`` at [start, end)."""
    for i in candidates:
        if passages[i].text[start:end] == text:
            return i
    return None


def place_entities(passages: list[Passage], rows: list[dict[str, Any]]) -> list[Placed]:
    index = _index(passages)
    placed = []
    for row in sorted(rows, key=lambda r: (r["entity_id"])):
        i = _find(passages, index.get((row["section"], row["paragraph"]), []), row["start"], row["end"], row["text"])
        if i is None:
            continue
        base = passages[i].offset
        placed.append(Placed(row["entity_id"], row["label"], row["id"] or "", base + row["start"], base + row["end"],
                             row["text"], i))
    placed.sort(key=lambda p: (p.start, p.end, p.id))
    return placed


def place_citations(passages: list[Passage], rows: list[dict[str, Any]]) -> list[Placed]:
    """Citation markers as annotations (type ``Citation``, infon ``references``: the numbers).

    Markers in table cells are left out: their offsets are into one cell and the
    dataset row does not say which.
    """
    index = _index(passages)
    placed = []
    for row in rows:
        candidates = [i for i in index.get((row["section"], row["paragraph"]), []) if passages[i].kind != "table_row"]
        i = _find(passages, candidates, row["start"], row["end"], row["text"])
        if i is None:
            continue
        base = passages[i].offset
        numbers = ",".join(str(n) for n in row["numbers"])
        placed.append(Placed(row["citation_id"], "Citation", numbers, base + row["start"], base + row["end"], row["text"], i,
                             {"references": numbers}))
    placed.sort(key=lambda p: (p.start, p.end, p.id))
    return placed


def relation_nodes(relation: dict[str, Any], passages: list[Passage], entities: list[Placed]) -> list[tuple[str, str]]:
    """(annotation id, role) for the regulator and therapy mentions inside the record's evidence."""
    evidence = relation.get("evidence") or ""
    spans = []
    for i, passage in enumerate(passages):
        if passage.section == relation.get("section") or passage.kind in ("title", "abstract"):
            at = passage.text.find(evidence) if evidence else -1
            if at >= 0:
                spans.append((i, passage.offset + at, passage.offset + at + len(evidence)))
    if not spans:
        return []
    _, start, end = spans[0]
    regulator_ids = {str(x).lower() for x in relation.get("regulator_ids") or []}
    therapy_id = str(relation.get("therapy_id") or "").lower()
    nodes = []
    for entity in entities:
        if start <= entity.start and entity.end <= end:
            key = entity.identifier.lower()
            if key and key in regulator_ids and not any(role == "regulator" and ref == entity.id for ref, role in nodes):
                nodes.append((entity.id, "regulator"))
            elif key and key == therapy_id:
                nodes.append((entity.id, "therapy"))
    return nodes
