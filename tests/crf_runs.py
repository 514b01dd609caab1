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
