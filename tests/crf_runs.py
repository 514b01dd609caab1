"""Label runs for the reference-repair tests: build the (label, start, end) runs a CRF slip gives
from exact substrings of an entry, and read them back as text."""

from __future__ import annotations


def runs(text: str, *pieces: tuple[str, str]) -> list[tuple[str, int, int]]:
    """Runs (label, start, end) from (label, exact substring) pairs, in order."""
    out, pos = [], 0
    for label, piece in pieces:
        start = text.index(piece, pos)
        out.append((label, start, start + len(piece)))
        pos = start + len(piece)
    return out


def texts(text: str, found) -> list[tuple[str, str]]:
    return [(label, text[s:e]) for label, s, e in found]


def fields(text: str, found) -> dict[str, str]:
    """Each label's first run as text."""
    out: dict[str, str] = {}
    for label, s, e in found:
        out.setdefault(label, text[s:e])
    return out
