"""In-text citation markers: find them, expand their numbers.

Numbered styles only (Vancouver and its kin): ``(3, 4)``, ``(51–53)``,
``[12-14]``, ``(9)(p1)`` (a pinpoint page), and superscript runs such as
``resistance¹²,¹³`` or ``¹²⁻¹⁴`` (the PDF reader emits superscript numbers as
Unicode superscripts). Written by hand because no maintained library parses
numbered markers in running text with offsets; the grammar is small and is
property-tested in ``tests/test_citations.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Largest number a marker may carry; beyond it "(2021)" or a grant number is no citation.
DEFAULT_MAX_NUMBER = 999
#: Longest range we expand: "(1–400)" is more likely a page span than a citation.
DEFAULT_MAX_RANGE = 50

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212\\-"  # escaped for use inside [...]
_NUM_ITEM = rf"\d{{1,3}}(?:\s*[{_DASHES}]\s*\d{{1,3}})?"
_NUM_LIST = rf"{_NUM_ITEM}(?:\s*[,;]\s*{_NUM_ITEM})*"

# (3, 4)  (51–53)  (9)(p1)  [12-14]; not preceded by a letter or digit ("12(1):58" is a volume).
_BRACKETED = re.compile(
    rf"(?<![\w(\[])(?:\((?P<paren>{_NUM_LIST})\)(?:\s?\(p{{1,2}}\.?\s?\d+(?:[{_DASHES}]\d+)?\))?"
    rf"|\[(?P<square>{_NUM_LIST})\])"
)

_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_ASCII = str.maketrans(_SUPERSCRIPT_DIGITS + "⁻", "0123456789-")
_SUP_ITEM = rf"[{_SUPERSCRIPT_DIGITS}]{{1,3}}(?:[⁻{_DASHES}][{_SUPERSCRIPT_DIGITS}]{{1,3}})?"
# A superscript run glued to the word or punctuation it follows (not to a digit: "10⁶" is a power).
_SUPERSCRIPT = re.compile(rf"(?:(?<=[^\W\d_])|(?<=[).,;:\]]))(?P<sup>{_SUP_ITEM}(?:[,⸴][{_SUPERSCRIPT_DIGITS}⁻{_DASHES},⸴]*)?)")


@dataclass(frozen=True)
class Marker:
    text: str
    start: int
    end: int
    numbers: tuple[int, ...]


def expand_numbers(spec: str, max_range: int = DEFAULT_MAX_RANGE) -> list[int]:
    """``"2, 6, 7"`` -> [2, 6, 7]; ``"51–53"`` -> [51, 52, 53]; order kept, duplicates dropped.

    Returns [] when a range runs backwards or spans more than ``max_range``
    numbers, since such a span is not a citation.
    """
    spec = spec.translate(_SUPER_TO_ASCII)
    numbers: list[int] = []
    for item in re.split(r"\s*[,;⸴]\s*", spec.strip()):
        if not item:
            continue
        parts = re.split(rf"\s*[{_DASHES}⁻]\s*", item)
        if len(parts) == 1:
            values = [int(parts[0])]
        else:
            low, high = int(parts[0]), int(parts[1])
            if high < low or high - low >= max_range:
                return []
            values = list(range(low, high + 1))
        for v in values:
            if v not in numbers:
                numbers.append(v)
    return numbers


def find_markers(text: str, max_number: int = DEFAULT_MAX_NUMBER, superscripts: bool = True) -> list[Marker]:
    """Every numbered citation marker in ``text``, with offsets, in order."""
    markers: list[Marker] = []
    for match in _BRACKETED.finditer(text):
        spec = match.group("paren") or match.group("square")
        numbers = expand_numbers(spec)
        if numbers and all(0 < n <= max_number for n in numbers):
            markers.append(Marker(match.group(0), match.start(), match.end(), tuple(numbers)))
    if superscripts:
        for match in _SUPERSCRIPT.finditer(text):
            raw = match.group("sup").rstrip(",⸴" + _DASHES + "⁻")
            numbers = expand_numbers(raw)
            if numbers and all(0 < n <= max_number for n in numbers):
                markers.append(Marker(raw, match.start(), match.start() + len(raw), tuple(numbers)))
        markers.sort(key=lambda m: m.start)
    return markers
