"""``<front>``: title, abstract(s) and keywords.

The main abstract is every ``<abstract>`` without an ``abstract-type`` (or typed
as the abstract itself); a structured abstract keeps its section labels
(``Background: ...``), one part per line. Other abstracts (author summaries,
eLife digests, graphical and teaser abstracts) are kept apart in
``Document.other_abstracts``. ``<trans-abstract>`` (translations) is left out.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from pipeline.document import Abstract
from pipeline.ingest.jats.inline import FlatText, XrefSpan, flatten, text_of
from pipeline.ingest.jats.parse import local_name

MAIN_ABSTRACT_TYPES = frozenset({"", "abstract", "structured", "main", "normal"})
PART_SEPARATOR = "\n"


@dataclass
class Front:
    title: str = ""
    abstract: FlatText = field(default_factory=lambda: FlatText(""))
    other_abstracts: list[Abstract] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


def _find(element: ET.Element | None, *path: str) -> ET.Element | None:
    """The first descendant reached by following local names (``front/article-meta/...``)."""
    current = element
    for name in path:
        if current is None:
            return None
        current = next((c for c in current if local_name(c.tag) == name), None)
    return current


def _join(parts: list[FlatText], separator: str) -> FlatText:
    text, spans = "", []
    for part in parts:
        if not part.text:
            continue
        if text:
            text += separator
        base = len(text)
        spans.extend(XrefSpan(s.start + base, s.end + base, s.rids, s.text) for s in part.xrefs)
        text += part.text
    return FlatText(text, spans)


def _prefixed(label: str, body: FlatText) -> FlatText:
    if not label:
        return body
    head = label if label.endswith((":", ".", "?")) else f"{label}:"
    base = len(head) + 1
    return FlatText(f"{head} {body.text}", [XrefSpan(s.start + base, s.end + base, s.rids, s.text) for s in body.xrefs])


def abstract_parts(abstract: ET.Element) -> FlatText:
    """One abstract: its paragraphs, each ``<sec>`` as ``Label: text`` on a line of its own."""
    parts: list[FlatText] = []
    for child in abstract:
        name = local_name(child.tag)
        if name in ("title", "label", "object-id"):
            continue
        if name == "sec":
            label = " ".join(t for t in (text_of(_find(child, "label")), text_of(_find(child, "title"))) if t)
            inner = abstract_parts(child)
            parts.append(_prefixed(label, inner))
        else:
            parts.append(flatten(child))
    return _join(parts, PART_SEPARATOR)


def read_front(article: ET.Element) -> Front:
    meta = _find(article, "front", "article-meta")
    front = Front()
    if meta is None:
        return front
    front.title = text_of(_find(meta, "title-group", "article-title"))
    main: list[FlatText] = []
    for abstract in (c for c in meta if local_name(c.tag) == "abstract"):
        kind = (abstract.get("abstract-type") or "").strip().lower()
        if kind in MAIN_ABSTRACT_TYPES:
            main.append(abstract_parts(abstract))
        else:
            front.other_abstracts.append(
                Abstract(type=kind, title=text_of(_find(abstract, "title")), text=abstract_parts(abstract).text)
            )
    front.abstract = _join(main, PART_SEPARATOR)
    for group in (c for c in meta if local_name(c.tag) == "kwd-group"):
        for kwd in (c for c in group if local_name(c.tag) == "kwd"):
            word = text_of(kwd)
            if word and word not in front.keywords:
                front.keywords.append(word)
    return front
