"""The document model: what ingestion produces and every later stage reads.

Plain frozen-free dataclasses rather than pydantic: the model is built once per
paper by our own code (no untrusted input to validate field by field), is hot in
batch runs, and must serialize to exactly the JSON of ``spec/document.md``.
``to_dict`` / ``from_dict`` round-trip; fields beyond the spec are additions the
contract allows (``keywords``, ``paragraph`` indices, ``resolved`` flags ...).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Sentence:
    text: str
    start: int  # character offsets into the paragraph text
    end: int


@dataclass
class Paragraph:
    text: str
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Section:
    number: str  # "2.3.2"; "" for unnumbered back matter
    title: str
    level: int  # 1 for "2", 2 for "2.3", 3 for "2.3.2"; back matter is 1
    parent: str | None  # number of the parent section, None at level 1
    paragraphs: list[Paragraph] = field(default_factory=list)
    kind: str = "body"  # "body" | "back"
    qualified: str = ""  # a unique name when number and title repeat (JATS: "Results / Cross-sectional surveys")

    @property
    def key(self) -> str:
        """How citations and records name this section: its qualified name if set, else its number, else its title."""
        return self.qualified or self.number or self.title


@dataclass
class Table:
    label: str  # "Table 1"
    caption: str
    columns: list[str]
    rows: list[list[str]]
    section: str = ""  # key of the section the table sits in
    footnotes: list[str] = field(default_factory=list)  # JATS <table-wrap-foot> notes


@dataclass
class Figure:
    label: str  # "Figure 1"
    caption: str
    section: str = ""


@dataclass
class Reference:
    number: int
    authors: list[str]
    year: int | None
    title: str
    journal: str
    doi: str | None
    raw: str
    volume: str = ""
    pages: str = ""
    pmid: str = ""  # JATS <pub-id pub-id-type="pmid">
    ref_id: str = ""  # the entry's id in the source (JATS ref/@id), which in-text xrefs name


@dataclass
class Citation:
    text: str  # the marker as printed, e.g. "(51–53)"
    numbers: list[int]  # ranges expanded
    section: str  # section key, or a table / figure label
    start: int  # character offsets into the paragraph (or cell / caption) text
    end: int
    paragraph: int = -1  # index of the paragraph in its section; -1 for tables and figures
    row: int = -1  # table markers: data row and column of the cell the offsets refer to
    column: int = -1
    unresolved: list[int] = field(default_factory=list)  # numbers the reference list lacks
    targets: list[str] = field(default_factory=list)  # JATS: the rid of every xref in the marker
    unlinked: list[str] = field(default_factory=list)  # author-year works no entry matches ("Smith 2019")


@dataclass
class Abstract:
    """An abstract other than the main one (JATS ``abstract-type``: summary, graphical, teaser ...)."""

    type: str
    title: str
    text: str


@dataclass
class Source:
    path: str
    format: str  # "pdf" | "jats" | "text"
    sha256: str


@dataclass
class Document:
    doc_id: str
    source: Source
    title: str = ""
    abstract: str = ""
    keywords: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    other_abstracts: list[Abstract] = field(default_factory=list)  # kept apart from ``abstract``
    front_matter: list[dict[str, str]] = field(default_factory=list)  # {"label", "text"}: Highlights, Significance ...
    warnings: list[str] = field(default_factory=list)  # what ingestion could not find ("no abstract found")

    # -- serialization -------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return data

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            doc_id=data["doc_id"],
            source=Source(**data["source"]),
            title=data.get("title", ""),
            abstract=data.get("abstract", ""),
            keywords=list(data.get("keywords", [])),
            sections=[
                Section(
                    number=s["number"],
                    title=s["title"],
                    level=s["level"],
                    parent=s.get("parent"),
                    paragraphs=[
                        Paragraph(text=p["text"], sentences=[Sentence(**x) for x in p.get("sentences", [])])
                        for p in s.get("paragraphs", [])
                    ],
                    kind=s.get("kind", "body"),
                    qualified=s.get("qualified", ""),
                )
                for s in data.get("sections", [])
            ],
            tables=[Table(**t) for t in data.get("tables", [])],
            figures=[Figure(**f) for f in data.get("figures", [])],
            references=[Reference(**r) for r in data.get("references", [])],
            citations=[Citation(**c) for c in data.get("citations", [])],
            other_abstracts=[Abstract(**a) for a in data.get("other_abstracts", [])],
            front_matter=[dict(f) for f in data.get("front_matter", [])],
            warnings=list(data.get("warnings", [])),
        )

    @classmethod
    def from_json(cls, text: str) -> Document:
        return cls.from_dict(json.loads(text))

    # -- convenience ---------------------------------------------------
    def section(self, key: str) -> Section | None:
        for s in self.sections:
            if s.key == key:
                return s
        return None

    def reference(self, number: int) -> Reference | None:
        for r in self.references:
            if r.number == number:
                return r
        return None

    def unresolved_citations(self) -> list[Citation]:
        return [c for c in self.citations if c.unresolved or c.unlinked]
