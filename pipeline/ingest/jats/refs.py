"""``<ref-list>`` -> :class:`~pipeline.document.Reference` entries, numbered by position.

Each ``<ref>`` holds an ``<element-citation>`` (fields only), a
``<mixed-citation>`` (fields with the printed punctuation between them) or an
NLM 2.x ``<citation>``. Fields are read from the tags: authors from
``<name>`` / ``<string-name>`` / ``<collab>``, year, article or chapter title,
source, volume, pages, DOI and PMID from ``<pub-id>`` (or a DOI link). A
mixed citation whose fields are not tagged (plain text) is parsed by the text
reader's reference parser. Numbers follow the spec: the entry's 1-based
position in the list, which is what numbered xrefs print.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from pipeline.document import Reference
from pipeline.ingest.jats.inline import XLINK_HREF, text_of
from pipeline.ingest.jats.parse import local_name
from pipeline.ingest.references import find_doi, normalize_doi, parse_reference

CITATION_TAGS = ("element-citation", "mixed-citation", "citation", "nlm-citation")
_YEAR = re.compile(r"\b(1[5-9]\d{2}|20\d{2})")
_FIELD_TAGS = ("name", "string-name", "collab", "article-title", "source", "chapter-title", "person-group")


def _children(element: ET.Element, *names: str) -> list[ET.Element]:
    return [c for c in element if local_name(c.tag) in names]


def _first(element: ET.Element, *names: str) -> ET.Element | None:
    for child in element.iter():
        if local_name(child.tag) in names:
            return child
    return None


def _name(element: ET.Element) -> str:
    """``<name><surname>Smith</surname><given-names>JA</given-names></name>`` -> ``"Smith JA"``."""
    if local_name(element.tag) == "name" or (local_name(element.tag) == "string-name" and _first(element, "surname") is not None):
        parts = [text_of(_first(element, tag)) for tag in ("prefix", "surname", "given-names", "suffix")]
        if _first(element, "given-names") is None:
            parts = [text_of(_first(element, "surname"))]
        return " ".join(p for p in parts if p)
    return text_of(element)


def _authors(citation: ET.Element) -> list[str]:
    groups = _children(citation, "person-group")
    authors_groups = [g for g in groups if g.get("person-group-type", "author") == "author"] or groups[:1]
    holders = authors_groups or [citation]
    names = []
    for holder in holders:
        for child in holder:
            if local_name(child.tag) in ("name", "string-name", "collab"):
                text = _name(child)
                if text:
                    names.append(text)
    return names


def _doi(citation: ET.Element) -> str | None:
    for pub in citation.iter():
        tag = local_name(pub.tag)
        if tag == "pub-id" and (pub.get("pub-id-type") or "").lower() == "doi":
            doi = normalize_doi(text_of(pub))
            if doi:
                return doi
    for link in citation.iter():
        if local_name(link.tag) in ("ext-link", "uri") and "doi" in ((link.get(XLINK_HREF) or "") + (link.get("ext-link-type") or "")).lower():
            doi = normalize_doi(link.get(XLINK_HREF) or text_of(link))
            if doi:
                return doi
    return None


def _pmid(citation: ET.Element) -> str:
    for pub in citation.iter():
        if local_name(pub.tag) == "pub-id" and (pub.get("pub-id-type") or "").lower() == "pmid":
            return text_of(pub)
    return ""


def _is_tagged(citation: ET.Element) -> bool:
    return any(local_name(c.tag) in _FIELD_TAGS for c in citation)


def _has_printed_punctuation(citation: ET.Element) -> bool:
    """A mixed citation carries the printed separators as text between its fields."""
    between = "".join((c.tail or "") for c in citation) + (citation.text or "")
    return bool(re.search(r"[^\s]", between))


def _composed_raw(authors: list[str], year: int | None, title: str, journal: str, volume: str, pages: str, doi: str | None) -> str:
    """A Vancouver-like line for an element citation, which has no printed form of its own."""
    parts = []
    if authors:
        parts.append(", ".join(authors) + ".")
    if title:
        parts.append(title if title.endswith((".", "?", "!")) else title + ".")
    where = " ".join(p for p in (journal, str(year) if year else "") if p)
    if volume:
        where += f";{volume}"
    if pages:
        where += f":{pages}"
    if where:
        parts.append(where + ".")
    if doi:
        parts.append(f"doi:{doi}")
    return " ".join(parts)


def ref_to_reference(ref: ET.Element, number: int) -> Reference:
    citations = [c for c in ref.iter() if local_name(c.tag) in CITATION_TAGS]
    citation = citations[0] if citations else ref
    doi = _doi(citation)
    ref_id = ref.get("id") or ""
    if not _is_tagged(citation):
        raw = text_of(citation)
        parsed = parse_reference(raw, number=number)
        parsed.doi = doi or parsed.doi or find_doi(raw)
        parsed.pmid, parsed.ref_id = _pmid(citation), ref_id
        return parsed
    authors = _authors(citation)
    year_match = _YEAR.search(text_of(_first(citation, "year")) or "")
    year = int(year_match.group(1)) if year_match else None
    article_title = text_of(_first(citation, "article-title"))
    chapter_title = text_of(_first(citation, "chapter-title"))
    source = text_of(_first(citation, "source"))
    title = article_title or chapter_title or source
    journal = source if (article_title or chapter_title) else ""
    volume = text_of(_first(citation, "volume"))
    fpage, lpage = text_of(_first(citation, "fpage")), text_of(_first(citation, "lpage"))
    pages = f"{fpage}\u2013{lpage}" if fpage and lpage else fpage or text_of(_first(citation, "elocation-id", "page-range"))
    if local_name(citation.tag) == "mixed-citation" and _has_printed_punctuation(citation):
        raw = text_of(citation)
    else:
        raw = _composed_raw(authors, year, title, journal, volume, pages, doi)
    return Reference(
        number=number, authors=authors, year=year, title=title.strip().rstrip("."), journal=journal, doi=doi,
        raw=raw, volume=volume, pages=pages, pmid=_pmid(citation), ref_id=ref_id,
    )


def article_refs(refs: list[ET.Element]) -> list[Reference]:
    """Every ``<ref>`` of the article's reference lists, in order, numbered from 1."""
    return [ref_to_reference(ref, i) for i, ref in enumerate(refs, 1)]
