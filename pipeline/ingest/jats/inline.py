"""Mixed content -> plain text, keeping every character and the place of each ``bibr`` xref.

Inline formatting (``<italic>``, ``<sub>``, ``<sup>``, ``<sc>``, ``<named-content>``
...) is flattened to its text, so ``Ca<sup>2+</sup>`` reads ``Ca2+``; runs of XML
white space (line breaks of pretty-printing) become one space. Formulas read as
their MathML text (the TeX annotation and graphics left out; a formula given
only as TeX keeps its TeX). Floats sitting inside a paragraph (figures, tables,
boxed text) are not part of its text: the body reader takes them out as their
own objects. Written by hand because no library flattens JATS with offsets.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from pipeline.ingest.jats.parse import local_name

XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

#: Elements whose content is never part of the surrounding text.
SKIPPED = frozenset({
    "fig", "fig-group", "table-wrap", "table-wrap-group", "boxed-text", "supplementary-material",
    "graphic", "inline-graphic", "media", "object-id", "alt-text", "long-desc", "fn", "annotation",
    "annotation-xml", "processing-meta", "permissions",
})  # fmt: skip
#: Elements that end a run of words: a space separates them from their neighbours.
BLOCKS = frozenset({
    "p", "list-item", "title", "caption", "label", "def-item", "term", "def", "td", "th", "tr", "sec",
    "disp-formula", "disp-quote", "mixed-citation", "element-citation", "break", "list",
})  # fmt: skip
#: Fields of a reference that print with a space before them when the XML has none
#: (``<surname>Smith</surname><given-names>J``, PLOS's ``<source>X</source><volume>83</volume>``).
NAME_PARTS = frozenset({
    "surname", "given-names", "suffix", "source", "volume", "issue", "year", "article-title", "chapter-title",
    "pub-id", "fpage", "collab", "edition", "publisher-name", "publisher-loc", "elocation-id",
})  # fmt: skip
#: In ``<alternatives>``, the first of these present is read.
ALTERNATIVE_ORDER = ("math", "tex-math", "table")
_SPACE = re.compile(r"[ \t\r\n]+")


@dataclass(frozen=True)
class XrefSpan:
    start: int
    end: int
    rids: tuple[str, ...]
    text: str


@dataclass
class FlatText:
    text: str
    xrefs: list[XrefSpan] = field(default_factory=list)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.ends_space = True  # nothing written yet: a leading space is dropped

    def add(self, text: str | None) -> None:
        if not text:
            return
        text = _SPACE.sub(" ", text)
        if self.ends_space and text.startswith(" "):
            text = text[1:]
        if not text:
            return
        self.parts.append(text)
        self.length += len(text)
        self.ends_space = text.endswith(" ")

    def space(self) -> None:
        if not self.ends_space:
            self.add(" ")

    def word_gap(self) -> None:
        """A space unless one is there or the text so far ends in an opening bracket or quote."""
        if self.parts and not self.ends_space and self.parts[-1][-1] not in "([{\u201c\"'/-\u2013\u2014":
            self.add(" ")

    def text(self) -> str:
        return "".join(self.parts)


def _choose_alternative(element: ET.Element) -> ET.Element | None:
    children = list(element)
    for wanted in ALTERNATIVE_ORDER:
        for child in children:
            if local_name(child.tag) == wanted:
                return child
    textual = [c for c in children if local_name(c.tag) not in SKIPPED]
    return textual[0] if textual else None


def _walk(element: ET.Element, out: _Builder, spans: list[tuple[int, int, tuple[str, ...]]], top: bool) -> None:
    name = local_name(element.tag)
    block = name in BLOCKS and not top
    if block:
        out.space()
    elif name in NAME_PARTS and not top:
        out.word_gap()
    if name == "alternatives":
        chosen = _choose_alternative(element)
        if chosen is not None:
            _walk(chosen, out, spans, False)
    elif name == "break":
        pass
    else:
        bibr = name == "xref" and element.get("ref-type") == "bibr" and not top
        start = out.length
        out.add(element.text)
        for child in element:
            if local_name(child.tag) not in SKIPPED:
                _walk(child, out, spans, False)
            out.add(child.tail)
        if bibr:
            spans.append((start, out.length, tuple((element.get("rid") or "").split())))
    if block:
        out.space()


def flatten(element: ET.Element | None) -> FlatText:
    """The text of ``element`` (its tail excluded) and its ``bibr`` xrefs with offsets into that text."""
    if element is None:
        return FlatText("")
    out = _Builder()
    raw: list[tuple[int, int, tuple[str, ...]]] = []
    _walk(element, out, raw, True)
    text = out.text()
    stripped = text.rstrip(" ")
    xrefs = []
    for start, end, rids in raw:
        end = min(end, len(stripped))
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
        xrefs.append(XrefSpan(start, end, rids, stripped[start:end]))
    return FlatText(stripped, xrefs)


def text_of(element: ET.Element | None) -> str:
    """Just the flattened text."""
    return flatten(element).text
