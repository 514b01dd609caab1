"""``<body>`` and ``<back>`` -> the section tree, paragraphs, floats and reference entries.

Nested ``<sec>`` give sections with their level (nesting depth) and, when the
paper prints one, their number (``<label>``); ``<back>`` parts (``<ack>``,
``<app>``, ``<fn-group>``, ``<glossary>``, ``<notes>``, back ``<sec>``) are back
matter, and so is a top-level body section titled like back matter
(``Competing interests``). Paragraphs are ``<p>``, list items, footnotes,
display formulas and supplementary-material legends. Figures and tables found
anywhere (also inside a ``<p>``) are handed back with the key of the section
they sit in; ``<ref-list>`` becomes the References section and yields its
``<ref>`` entries. ``<sub-article>`` (peer review, decision letters) is not read.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from pipeline.document import Paragraph, Section
from pipeline.ingest import headings as hd
from pipeline.ingest.jats.inline import FlatText, flatten, text_of
from pipeline.ingest.jats.parse import local_name

FLOATS = frozenset({"fig", "fig-group", "table-wrap", "table-wrap-group"})
SECTION_LIKE = {  # element -> the title it gets when it prints none
    "sec": "", "app": "Appendix", "ack": "Acknowledgements", "notes": "Notes", "glossary": "Abbreviations",
    "fn-group": "Footnotes", "ref-list": "References", "bio": "", "back-matter": "",
}  # fmt: skip
PARAGRAPHS = frozenset({"p", "fn", "disp-formula", "supplementary-material", "def-item", "speech", "verse-group", "code", "preformat"})
IGNORED = frozenset({"title", "label", "object-id", "sub-article", "response", "sec-meta", "graphic", "media", "alternatives", "x"})
_LABEL_NUMBER = re.compile(r"^\s*([0-9A-Z]{1,3}(?:\.[0-9]{1,3})*)\.?\s*$")


@dataclass
class BodyContent:
    sections: list[Section] = field(default_factory=list)
    xrefs: dict[tuple[int, int], list] = field(default_factory=dict)  # (section index, paragraph index) -> XrefSpans
    floats: list[tuple[ET.Element, str]] = field(default_factory=list)  # fig / table-wrap and its section key
    refs: list[ET.Element] = field(default_factory=list)


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in element if local_name(c.tag) == name), None)


def _has_own_text(element: ET.Element) -> bool:
    """Text directly inside ``element`` (not only in its children): it is read as one paragraph."""
    return bool((element.text or "").strip()) or any((c.tail or "").strip() for c in element)


def _floats_inside(element: ET.Element) -> list[ET.Element]:
    """Figures and tables below ``element`` (not descending into a float)."""
    found = []
    for child in element:
        if local_name(child.tag) in FLOATS:
            found.append(child)
        else:
            found.extend(_floats_inside(child))
    return found


def _expand_float(element: ET.Element) -> list[ET.Element]:
    """``<fig-group>`` / ``<table-wrap-group>`` -> their figures / tables; a figure or table -> itself."""
    name = local_name(element.tag)
    if name in ("fig", "table-wrap"):
        return [element]
    return [c for c in element.iter() if local_name(c.tag) in ("fig", "table-wrap")]


class _Reader:
    def __init__(self) -> None:
        self.out = BodyContent()
        self.paths: list[str] = []  # per section: the titles from its top-level section down
        self.parents: list[Section | None] = []
        self.floats: list[tuple[ET.Element, Section | None]] = []

    # -- sections ----------------------------------------------------------
    def _open(self, element: ET.Element, default_title: str, parent: Section | None, kind: str) -> Section | None:
        title = text_of(_child(element, "title"))
        label = text_of(_child(element, "label"))
        number_match = _LABEL_NUMBER.match(label) if label else None
        number = number_match.group(1) if number_match else ""
        if label and not number:
            title = f"{label} {title}".strip()
        title = title or default_title
        if not title and not number:
            return None  # untitled: its content belongs to the enclosing section
        level = parent.level + 1 if parent else 1
        if parent is None and kind == "body" and hd.unnumbered_kind(title) in ("back", "references"):
            kind = "back"
        section = Section(number=number, title=title, level=level, parent=parent.key if parent else None, kind=kind)
        self.out.sections.append(section)
        self.paths.append(f"{self.paths[self._index(parent)]}{PATH_JOINER}{title}" if parent else title)
        self.parents.append(parent)
        return section

    def _index(self, section: Section) -> int:
        return next(i for i in range(len(self.out.sections) - 1, -1, -1) if self.out.sections[i] is section)

    def _untitled_top(self, kind: str) -> Section:
        section = Section(number="", title="", level=1, parent=None, kind=kind)
        self.out.sections.append(section)
        self.paths.append("")
        self.parents.append(None)
        return section

    # -- content -------------------------------------------------------------
    def _paragraph(self, section: Section | None, flat: FlatText, kind: str) -> Section | None:
        if not flat.text:
            return section
        if section is None:
            last = self.out.sections[-1] if self.out.sections else None
            reuse = last is not None and not last.title and not last.number and last.kind == kind and last.level == 1
            section = last if reuse else self._untitled_top(kind)
        index = self._index(section)
        section.paragraphs.append(Paragraph(text=flat.text))
        if flat.xrefs:
            self.out.xrefs[(index, len(section.paragraphs) - 1)] = list(flat.xrefs)
        return section

    def _float(self, element: ET.Element, section: Section | None) -> None:
        for item in _expand_float(element):
            self.floats.append((item, section))

    def _refs(self, element: ET.Element) -> None:
        for child in element:
            name = local_name(child.tag)
            if name == "ref":
                self.out.refs.append(child)
            elif name == "ref-list":
                self._refs(child)

    def walk(self, element: ET.Element, parent: Section | None, kind: str) -> None:
        """Read the children of ``element``: sections open under ``parent``, paragraphs go into it.

        With no parent (text before the first titled section), paragraphs go to an untitled
        level-1 section.
        """
        for child in element:
            name = local_name(child.tag)
            if name in IGNORED or not name:
                continue
            if name in SECTION_LIKE:
                opened = self._open(child, SECTION_LIKE[name], parent, kind)
                if name == "ref-list":
                    self._refs(child)
                else:
                    self.walk(child, opened if opened is not None else parent, kind)
            elif name in FLOATS:
                self._float(child, parent)
            elif name in PARAGRAPHS or (len(child) and _has_own_text(child)) or not len(child):
                into = self._paragraph(parent, flatten(child), kind)
                for inner in _floats_inside(child):
                    self._float(inner, into)
            else:  # containers (lists, boxed text, quotes) and unknown wrappers
                self.walk(child, parent, kind)


PATH_JOINER = " / "


def qualify_repeated_keys(sections: list[Section], paths: list[str]) -> None:
    """Sections whose key (number or title) repeats get ``qualified``: their title path, made unique.

    Citations and records name a section by its key, so two ``Cross-sectional surveys``
    subsections (under Methods and under Results) must not share one.
    """
    counts: dict[str, int] = {}
    for section in sections:
        counts[section.key] = counts.get(section.key, 0) + 1
    used: set[str] = {s.key for s in sections if counts[s.key] == 1}
    for section, path in zip(sections, paths):
        if counts[section.key] == 1:
            continue
        name, k = path, 1
        while name in used or not name:
            k += 1
            name = f"{path} #{k}"
        used.add(name)
        section.qualified = name


def read_body(article: ET.Element) -> BodyContent:
    reader = _Reader()
    for name, kind in (("body", "body"), ("back", "back")):
        part = _child(article, name)
        if part is not None:
            reader.walk(part, None, kind)
    floats = _child(article, "floats-group")
    if floats is not None:
        for item in _floats_inside(floats):
            reader._float(item, None)
    qualify_repeated_keys(reader.out.sections, reader.paths)
    for section, parent in zip(reader.out.sections, reader.parents):
        section.parent = parent.key if parent is not None else None
    reader.out.floats = [(element, section.key if section is not None else "") for element, section in reader.floats]
    return reader.out
