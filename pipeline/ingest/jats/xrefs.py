"""``<xref ref-type="bibr">`` spans -> citation markers, numbered by reference position.

An xref names its reference by ``rid`` (one or several ids), so linking needs
no parsing of the printed marker: the number is the reference's 1-based
position in the list (the spec's convention, which numbered styles print).
Xrefs that follow each other with only a separator between (``,`` ``;`` a
dash or nothing) form one marker, as the text reader reads ``(3, 4)``; a dash
between two numbered xrefs is a range (``<xref>3</xref>–<xref>5</xref>`` ->
3, 4, 5); brackets right around the whole run belong to the marker
(``[1, 2]``). An rid the reference list lacks is kept in ``targets``; when
the xref prints a plain number, that number is kept as ``unresolved``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.ingest.citations import DEFAULT_MAX_RANGE
from pipeline.ingest.jats.inline import XrefSpan

_JOINER = re.compile(r"^\s*(?:[,;]|[\u2010-\u2014\u2212-])?\s*$")
_DASH = re.compile(r"^\s*[\u2010-\u2014\u2212-]\s*$")
_NUMBERED = re.compile(r"^[\[(]?\s*(\d{1,4})\s*[\])]?$")
_PAIRS = {"(": ")", "[": "]"}


@dataclass
class Marker:
    start: int
    end: int
    text: str
    numbers: list[int] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    unresolved: list[int] = field(default_factory=list)


def _add(values: list[int], value: int) -> None:
    if value not in values:
        values.append(value)


def _span_numbers(span: XrefSpan, positions: dict[str, int], marker: Marker) -> list[int]:
    found = [positions[rid] for rid in span.rids if rid in positions]
    if not found:
        printed = _NUMBERED.match(span.text)
        if printed:
            _add(marker.unresolved, int(printed.group(1)))
            found = [int(printed.group(1))]
    return found


def spans_to_markers(text: str, spans: list[XrefSpan], positions: dict[str, int]) -> list[Marker]:
    """Group the xref spans of one text into markers (see the module docstring)."""
    groups: list[list[XrefSpan]] = []
    for span in sorted(spans, key=lambda s: s.start):
        if groups and _JOINER.match(text[groups[-1][-1].end : span.start]):
            groups[-1].append(span)
        else:
            groups.append([span])
    markers = []
    for group in groups:
        start, end = group[0].start, group[-1].end
        if start > 0 and end < len(text) and _PAIRS.get(text[start - 1]) == text[end]:
            start, end = start - 1, end + 1
        marker = Marker(start, end, text[start:end])
        previous: tuple[XrefSpan, list[int]] | None = None
        for span in group:
            numbers = _span_numbers(span, positions, marker)
            marker.targets.extend(span.rids)
            if previous is not None and _DASH.match(text[previous[0].end : span.start]):
                low_numbered = _NUMBERED.match(previous[0].text) and previous[1]
                if low_numbered and _NUMBERED.match(span.text) and numbers:
                    low, high = max(previous[1]), min(numbers)
                    if low < high and high - low < DEFAULT_MAX_RANGE:
                        for value in range(low + 1, high):
                            _add(marker.numbers, value)
            for value in numbers:
                _add(marker.numbers, value)
            previous = (span, numbers)
        markers.append(marker)
    return markers
