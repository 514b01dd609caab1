"""One way to name a place in a document: the text units and the ``Place`` of every span in them.

A *text unit* is the title, the abstract, a section paragraph, a table caption,
a table row (cells joined by `` | ``) or a figure caption. Entities, citation
markers and relation records all say where they sit with one ``Place``:

* ``section_position``: index of the section in ``Document.sections`` (the
  ``position`` of the dataset's ``sections`` table); -1 for the title, the
  abstract, tables and figures, which sit in no section;
* ``section``: the section key (number, else title), ``title``, ``abstract``,
  or the table / figure label;
* ``paragraph``: the paragraph's index in its section; for tables the row
  index (-1 for the caption); 0 for the title and abstract, -1 for figure captions;
* ``column``: table cell column, -1 elsewhere (or for a whole row);
* ``sentence``: index of the sentence in the unit, -1 when the place is the whole unit;
* ``start`` / ``end``: character offsets into the unit's text.

Pure (no NLP): sentences the document does not store are split by the
ingest sentencizer (``pipeline.ingest.sentences``), a tokenizer-only pipeline.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field

from pipeline.document import Citation, Document, Sentence

TITLE, ABSTRACT = "title", "abstract"  # section keys of the front matter
ROW_JOINER = " | "  # a table row is one unit, cells joined as in relation evidence
SEPARATOR = "\n\n"  # units are joined with a blank line into one text for the NER

# unit kinds
KIND_TITLE, KIND_ABSTRACT, KIND_PARAGRAPH = "title", "abstract", "paragraph"
KIND_TABLE_CAPTION, KIND_ROW, KIND_FIGURE_CAPTION = "table_caption", "row", "figure_caption"


@dataclass(frozen=True)
class Place:
    section_position: int
    section: str
    paragraph: int
    column: int = -1
    sentence: int = -1
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class TextUnit:
    kind: str
    place: Place  # the whole unit: sentence -1, start 0, end len(text)
    text: str
    sentences: tuple[Sentence, ...] = ()
    body: bool = True  # False for back matter (acknowledgements, funding ...)
    cells: tuple[tuple[int, int], ...] = field(default=())  # rows: each cell's offsets in ``text``

    @property
    def section(self) -> str:
        return self.place.section

    @property
    def paragraph(self) -> int:
        return self.place.paragraph

    def sentence_index(self, start: int) -> int:
        """Index of the sentence holding character ``start``, -1 if none does."""
        starts = [s.start for s in self.sentences]
        k = bisect.bisect_right(starts, start) - 1
        if k >= 0 and start < self.sentences[k].end:
            return k
        return -1

    def column_of(self, start: int) -> int:
        """For a row: the column of the cell holding ``start``, -1 elsewhere."""
        for column, (a, b) in enumerate(self.cells):
            if a <= start < b or (a == b == start):
                return column
        return -1

    def place_of(self, start: int, end: int) -> Place:
        """The place of the span [start, end) of this unit's text."""
        return Place(self.place.section_position, self.place.section, self.place.paragraph,
                     self.column_of(start) if self.cells else -1, self.sentence_index(start), start, end)


def _sentences(text: str, stored: list[Sentence] | None, split: bool) -> tuple[Sentence, ...]:
    if stored or not split:
        return tuple(stored or ())
    from pipeline.ingest.sentences import text_to_sentences  # loads spaCy: only where asked for

    return tuple(text_to_sentences(text))


def _unit(kind: str, position: int, section: str, paragraph: int, text: str, stored=None, body=True,
          cells=(), split=True) -> TextUnit:
    return TextUnit(kind, Place(position, section, paragraph, -1, -1, 0, len(text)), text,
                    _sentences(text, stored, split) if kind != KIND_ROW else (Sentence(text, 0, len(text)),),
                    body, cells)


def row_cells(row: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A row's text (cells joined by `` | ``) and each cell's offsets in it."""
    cells, pos = [], 0
    for cell in row:
        cells.append((pos, pos + len(cell)))
        pos += len(cell) + len(ROW_JOINER)
    return ROW_JOINER.join(row), tuple(cells)


def document_units(document: Document, split: bool = True) -> list[TextUnit]:
    """Every non-blank text unit of ``document``, in reading order (title, abstract, body, tables, figures).

    Units whose sentences the document does not store (title, abstract, captions,
    paragraphs built without them) are split by the ingest sentencizer; with
    ``split=False`` they get none (no spaCy import: the batch's row builder).
    """
    units: list[TextUnit] = []
    for kind, text in ((KIND_TITLE, document.title), (KIND_ABSTRACT, document.abstract)):
        if text.strip():
            units.append(_unit(kind, -1, kind, 0, text, split=split))
    for position, section in enumerate(document.sections):
        for index, paragraph in enumerate(section.paragraphs):
            if paragraph.text.strip():
                units.append(_unit(KIND_PARAGRAPH, position, section.key, index, paragraph.text,
                                   paragraph.sentences, section.kind == "body", split=split))
    for table in document.tables:
        if table.caption.strip():
            units.append(_unit(KIND_TABLE_CAPTION, -1, table.label, -1, table.caption, split=split))
        for index, row in enumerate(table.rows):
            text, cells = row_cells(row)
            if text.strip():
                units.append(_unit(KIND_ROW, -1, table.label, index, text, cells=cells))
    for figure in document.figures:
        if figure.caption.strip():
            units.append(_unit(KIND_FIGURE_CAPTION, -1, figure.label, -1, figure.caption, split=split))
    return units


def citation_places(document: Document, units: list[TextUnit] | None = None) -> list[Place]:
    """The place of every ``document.citations`` marker, in the same order.

    Body markers sit in a paragraph (section key + paragraph index, resolved to
    the section position in document order, so repeated keys stay apart); table
    markers have offsets into their cell, turned here into offsets into the row
    text; figure markers into the caption. Without ``units`` (the annotation's), captions
    have no sentences here and their markers sentence -1.
    """
    units = units if units is not None else document_units(document, split=False)
    by_key: dict[tuple[str, int], list[TextUnit]] = {}
    for u in units:
        if u.kind in (KIND_ABSTRACT, KIND_PARAGRAPH, KIND_ROW, KIND_FIGURE_CAPTION):
            by_key.setdefault((u.section, u.paragraph), []).append(u)
    last_position: dict[str, int] = {}
    places = []
    for c in document.citations:
        places.append(_citation_place(c, by_key, last_position))
    return places


def _citation_place(c: Citation, by_key: dict, last_position: dict[str, int]) -> Place:
    row = getattr(c, "row", -1)
    if row is not None and row >= 0:
        candidates = by_key.get((c.section, row), [])
        unit = candidates[0] if candidates else None
        if unit is None or not (0 <= c.column < len(unit.cells)):
            return Place(-1, c.section, row, c.column, -1, c.start, c.end)
        base = unit.cells[c.column][0]
        return Place(-1, c.section, row, c.column, 0, base + c.start, base + c.end)
    candidates = by_key.get((c.section, c.paragraph), [])
    # a key shared by two sections: the first one at or after the previous marker's section
    floor = last_position.get(c.section, -1)
    unit = next((u for u in candidates if u.place.section_position >= floor), candidates[0] if candidates else None)
    if unit is None:
        return Place(-1, c.section, c.paragraph, -1, -1, c.start, c.end)
    last_position[c.section] = unit.place.section_position
    return unit.place_of(c.start, c.end)
