"""The entities of a Document: one spaCy run over all its text units, mapped back.

Text units are the title and abstract (sections ``title`` and ``abstract``),
the section paragraphs, then table captions and rows (cells joined by
`` | ``), then figure captions.
They are joined with blank lines into one text so that an abbreviation
defined in one paragraph also resolves its bare uses in later ones; each
entity is then mapped back to its unit, with offsets into that unit's text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import asdict, dataclass

from spacy.language import Language

from pipeline.document import Document

SEPARATOR = "\n\n"
TITLE, ABSTRACT = "title", "abstract"  # section keys of the front matter
ROW_JOINER = " | "  # a table row is one unit, cells joined as in relation evidence


@dataclass(frozen=True)
class Entity:
    text: str
    label: str
    id: str
    section: str  # section key, or a table / figure label
    paragraph: int  # paragraph index in its section; for tables the row index; -1 for captions
    start: int  # character offsets into the paragraph (table row, caption) text
    end: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class TextUnit:
    section: str
    paragraph: int
    text: str


def document_units(document: Document) -> Iterator[TextUnit]:
    """Every text unit of ``document``, in reading order (title, abstract, body, tables, figures)."""
    for key, text in ((TITLE, document.title), (ABSTRACT, document.abstract)):
        if text.strip():
            yield TextUnit(key, 0, text)
    for section in document.sections:
        for p_idx, paragraph in enumerate(section.paragraphs):
            if paragraph.text.strip():
                yield TextUnit(section.key, p_idx, paragraph.text)
    for table in document.tables:
        if table.caption.strip():
            yield TextUnit(table.label, -1, table.caption)
        for r_idx, row in enumerate(table.rows):
            text = ROW_JOINER.join(row)
            if text.strip():
                yield TextUnit(table.label, r_idx, text)
    for figure in document.figures:
        if figure.caption.strip():
            yield TextUnit(figure.label, -1, figure.caption)


def units_to_chunks(units: list[TextUnit], max_chars: int) -> list[list[TextUnit]]:
    """Consecutive units grouped so that each joined group stays under ``max_chars`` (spaCy's max_length)."""
    chunks: list[list[TextUnit]] = [[]]
    size = 0
    for unit in units:
        extra = len(unit.text) + len(SEPARATOR)
        if chunks[-1] and size + extra > max_chars:
            chunks.append([])
            size = 0
        chunks[-1].append(unit)
        size += extra
    return [c for c in chunks if c]


def units_to_entities(units: list[TextUnit], nlp: Language) -> list[Entity]:
    """Run ``nlp`` over the joined units (one run unless the paper exceeds ``nlp.max_length``)."""
    out: list[Entity] = []
    for chunk in units_to_chunks(units, max(1, nlp.max_length // 2)):
        out.extend(_chunk_to_entities(chunk, nlp))
    return out


def _chunk_to_entities(units: list[TextUnit], nlp: Language) -> list[Entity]:
    starts, pos = [], 0
    for unit in units:
        starts.append(pos)
        pos += len(unit.text) + len(SEPARATOR)
    doc = nlp(SEPARATOR.join(u.text for u in units))
    out = []
    for ent in doc.ents:
        k = bisect.bisect_right(starts, ent.start_char) - 1
        unit, base = units[k], starts[k]
        if ent.end_char > base + len(unit.text):
            continue  # crosses a unit boundary: not a real mention
        out.append(Entity(ent.text, ent.label_, ent.kb_id_, unit.section, unit.paragraph,
                          ent.start_char - base, ent.end_char - base))
    return out


def entities_of(document: Document, nlp: Language | None = None) -> list[Entity]:
    """The entities of ``document`` (body paragraphs, table cells, figure captions)."""
    if nlp is None:
        from pipeline.ner.pipeline import load_nlp

        nlp = load_nlp()
    return units_to_entities(list(document_units(document)), nlp)
