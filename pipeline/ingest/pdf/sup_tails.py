"""Raised citation lists whose separator is a glyph run of its own: ``¹`` ``,`` ``²`` / ``³`` ``–`` ``⁵``.

A PDF may draw a raised list in several runs: the numbers, then the comma or dash between them with space
around it, or the rest of the list at the start of the next line (``¹³`` at a line end, ``–¹⁵`` or ``,¹⁸``
on the next). ``words.words_to_text`` turns raised citation numbers into Unicode superscripts; this module
says what a raised separator word becomes so that the list stays one marker list: a dash the raised minus
``⁻`` (a range), a comma itself, glued to the raised number before it. Hand-written: the decision needs
the words' geometry (raised or not, neighbours on the line), which no text-level library sees.
"""

from __future__ import annotations

import re

from pipeline.ingest.pdf.reader import Word

# a raised word that is only a list separator, or a separator and the list's next number ("–15", ",18")
SEPARATOR_RE = re.compile(r"^(?P<sep>[,⸴–—\-−‒])(?P<num>\d{1,4}(?:[–—\-−‒]\d{1,4})?)?(?P<end>[,.;]?)$")
_DIGITS = str.maketrans("0123456789–—-−‒", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻⁻⁻⁻")


def _raised_number(w: Word | None, citation_re: re.Pattern[str]) -> bool:
    return w is not None and bool(w.sup) and citation_re.match(w.text) is not None


def raised_separator(words: list[Word], i: int, citation_re: re.Pattern[str]) -> tuple[str, bool] | None:
    """``(text, glue)`` for the raised word ``words[i]`` when it is a raised list's separator (alone, or with
    the list's next number), else None. A separator alone counts beside a raised number on either side (the
    line's end or start may cut the list); one with its number, after a raised number or as the line's
    first word. ``glue``: written without a space after the word before it."""
    w = words[i]
    if not w.sup:
        return None
    m = SEPARATOR_RE.match(w.text)
    if m is None:
        return None
    prev = words[i - 1] if i else None
    nxt = words[i + 1] if i + 1 < len(words) else None
    after_number = _raised_number(prev, citation_re)
    if m.group("num") is None:
        if not (after_number or _raised_number(nxt, citation_re)):
            return None
    elif not (after_number or prev is None):
        return None
    sep = "," if m.group("sep") in ",⸴" else "⁻"
    return sep + (m.group("num") or "").translate(_DIGITS) + m.group("end"), after_number
