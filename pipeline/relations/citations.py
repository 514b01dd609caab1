"""Citation numbers for a finding (spec rule 4).

Order of preference: the marker attached to the finding's regulator or therapy;
the markers inside its clause; the markers elsewhere in its sentence (nearest
after the clause first); else, for a sentence with no marker, the markers of the
neighbouring sentence of the same paragraph that closes the passage (next, then
previous), preferring a neighbour that shares an argument with the finding.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from pipeline.document import Document
from pipeline.ingest.citations import Marker  # the one marker type (text, start, end, numbers)


def markers_in(markers: Iterable[Marker], start: int, end: int) -> list[Marker]:
    return [m for m in markers if start <= m.start and m.end <= end]


def numbers_of(markers: Iterable[Marker]) -> tuple[int, ...]:
    return tuple(sorted({n for m in markers for n in m.numbers}))


def attached(markers: list[Marker], end: int, max_gap: int, text: str) -> list[Marker]:
    """Markers starting within ``max_gap`` characters after ``end`` with nothing but spaces/words of a head between."""
    out = []
    for m in markers:
        gap = text[end : m.start] if 0 <= m.start - end <= max_gap else None
        if gap is not None and all(ch.isalpha() or ch.isspace() for ch in gap) and len(gap.split()) <= 1:
            out.append(m)
    return out


def clause_citations(
    sentence_markers: list[Marker],
    clause_span: tuple[int, int],
    argument_ends: Iterable[int],
    text: str,
    max_gap: int,
) -> tuple[int, ...]:
    """Numbers for a finding from its own sentence; ``()`` when the sentence has no marker."""
    if not sentence_markers:
        return ()
    own = markers_in(sentence_markers, *clause_span)
    if len(own) > 1:
        close = [m for end in argument_ends for m in attached(own, end, max_gap, text)]
        if close:
            return numbers_of(close)
    if own:
        return numbers_of(own)
    later = [m for m in sentence_markers if m.start >= clause_span[1]]
    if later:
        return numbers_of(later[:1])
    return numbers_of(sentence_markers[-1:])


def neighbour_order(index: int, count: int) -> list[int]:
    """Sentence indices to try for a sentence without markers: next, previous, then two away."""
    order = []
    for distance in (1, 2):
        for j in (index + distance, index - distance):
            if 0 <= j < count:
                order.append(j)
    return order


def passage_citations(
    index: int, sentence_numbers: list[tuple[int, ...]], sentence_ids: list[set[str]], finding_ids: set[str]
) -> tuple[int, ...]:
    """Rule 4: the markers of the neighbour that closes the passage, sharing an argument if one does."""
    order = neighbour_order(index, len(sentence_numbers))
    for j in order:
        if sentence_numbers[j] and sentence_ids[j] & finding_ids:
            return sentence_numbers[j]
    for j in order[:2]:
        if sentence_numbers[j]:
            return sentence_numbers[j]
    return ()


def row_to_citations_from_markers(document: Document, label: str) -> dict[int, tuple[int, ...]]:
    """Rule 4 for tables: row index -> numbers of the markers in that row's cells."""
    rows: dict[int, set[int]] = defaultdict(set)
    for c in document.citations:
        row = getattr(c, "row", -1)
        if c.section == label and row is not None and row >= 0:
            rows[row].update(c.numbers)
    return {row: tuple(sorted(numbers)) for row, numbers in rows.items()}
