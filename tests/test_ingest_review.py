"""The review, both renditions, against the gold structure written by reading it (annotations/review_structure.json)."""

from __future__ import annotations

import json

import pytest

from conftest import ANNOTATIONS, REVIEW_HTML_TEXT, REVIEW_PDF_TEXT
from pipeline.document import Document
from pipeline.ingest import ingest_path

GOLD = json.loads((ANNOTATIONS / "review_structure.json").read_text(encoding="utf-8"))
BODY = [s for s in GOLD["sections"] if s["kind"] == "body"]
BACK = [s for s in GOLD["sections"] if s["kind"] == "back"]


@pytest.fixture(scope="module")
def pdf_doc() -> Document:
    return ingest_path(REVIEW_PDF_TEXT)


@pytest.fixture(scope="module")
def html_doc() -> Document:
    return ingest_path(REVIEW_HTML_TEXT)


@pytest.fixture(scope="module", params=["pdf", "html"])
def doc(request, pdf_doc, html_doc) -> Document:
    return pdf_doc if request.param == "pdf" else html_doc


def _rendition(doc: Document) -> str:
    return "pdf" if doc.references else "html"


def test_numbered_headings_with_level_and_parent(doc):
    body = [s for s in doc.sections if s.kind == "body"]
    got = [(s.number, s.title.lower(), s.level, s.parent) for s in body]
    want = [(s["number"], s["title"].lower(), s["level"], s["parent"]) for s in BODY]
    assert got == want


def test_paragraph_counts_and_starts(doc):
    key = f"paragraphs_{_rendition(doc)}"
    for gold in BODY:
        section = doc.section(gold["number"])
        assert len(section.paragraphs) == gold.get(key, gold["paragraphs"]), gold["number"]
        starts = gold.get(f"paragraph_starts_{_rendition(doc)}", gold["paragraph_starts"])
        for paragraph, start in zip(section.paragraphs, starts):
            assert paragraph.text.startswith(start), (gold["number"], paragraph.text[:60])


def test_back_matter_of_the_pdf_rendition(pdf_doc):
    back = {(s.title, s.level, s.parent) for s in pdf_doc.sections if s.kind == "back"}
    assert back == {(s["title"], 1, None) for s in BACK}
    assert all(s.number == "" for s in pdf_doc.sections if s.kind == "back")


def test_front_matter(pdf_doc, html_doc):
    assert pdf_doc.title == GOLD["title"]
    assert pdf_doc.keywords == GOLD["keywords"]
    for doc in (pdf_doc, html_doc):
        assert doc.abstract.startswith(GOLD["abstract_starts"])
        assert doc.abstract.endswith(GOLD["abstract_ends"])
    # Journal furniture is not a section, and the journal banner is not the title.
    assert all("EDITED BY" not in s.title and "COPYRIGHT" not in s.title for s in pdf_doc.sections)


def test_table_1_cell_by_cell(doc):
    gold = GOLD["tables"][0]
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.label == gold["label"]
    assert table.caption == gold["caption"]
    assert table.columns == gold["columns"]
    assert table.rows == gold["rows"]
    assert table.section == gold["section"]


def test_figure_1_legend_in_the_html_rendition(html_doc, pdf_doc):
    gold = GOLD["figures"][0]
    (figure,) = html_doc.figures
    assert figure.label == gold["label"]
    assert figure.section == gold["section"]
    assert figure.caption.startswith(gold["caption_title"])
    assert gold["legend_starts"] in figure.caption and figure.caption.endswith(gold["legend_ends"])
    assert "[image:" not in figure.caption
    assert pdf_doc.figures == []  # the PDF rendition prints the legend as body text


def test_63_references_with_fields(pdf_doc):
    assert [r.number for r in pdf_doc.references] == list(range(1, 64))
    for got, want in zip(pdf_doc.references, GOLD["references"]):
        assert got.doi == want["doi"], got.number
        assert got.year == want["year"], got.number
        assert got.authors[0] == want["first_author"], got.number
        assert len(got.authors) == want["authors_count"], got.number
        assert got.title.replace("*", "") == want["title"], got.number
        assert got.journal == want["journal"], got.number


def test_every_citation_marker_with_expanded_numbers(doc):
    gold = GOLD["citations"]
    if _rendition(doc) == "pdf":  # the legend's markers sit in 2.3.1 there
        legend = GOLD["figure_legend_in_pdf_section"]
        gold = [dict(c, section=legend) if c["section"] == "Figure 1" else c for c in gold]

    def by_section(cites):
        out: dict[str, list[tuple[str, list[int]]]] = {}
        for c in cites:
            out.setdefault(c["section"], []).append((c["text"], list(c["numbers"])))
        return out

    got = by_section([{"section": c.section, "text": c.text, "numbers": c.numbers} for c in doc.citations])
    assert got == by_section(gold)


def test_citations_resolve_against_the_reference_list(pdf_doc, html_doc):
    assert pdf_doc.unresolved_citations() == []
    numbers = {r.number for r in pdf_doc.references}
    assert all(set(c.numbers) <= numbers for c in pdf_doc.citations)
    # Without a reference list nothing can be resolved, and nothing is flagged.
    assert html_doc.references == [] and html_doc.unresolved_citations() == []


def test_citation_offsets_point_at_the_marker(doc):
    for c in doc.citations:
        if c.paragraph >= 0:
            text = doc.section(c.section).paragraphs[c.paragraph].text
        elif c.section.startswith("Table"):
            text = doc.tables[0].rows[c.row][c.column]
        else:
            text = next(f.caption for f in doc.figures if f.label == c.section)
        assert text[c.start : c.end] == c.text


def test_sentences_have_offsets_into_their_paragraph(doc):
    for section in doc.sections:
        for paragraph in section.paragraphs:
            assert paragraph.sentences
            for s in paragraph.sentences:
                assert paragraph.text[s.start : s.end] == s.text


def test_page_flow_repairs(pdf_doc):
    conclusion = pdf_doc.section("3").paragraphs[0].text
    assert "(e.g., CAR-T cells) may improve immunotherapy efficacy." in conclusion
    text_242 = " ".join(p.text for p in pdf_doc.section("2.4.2").paragraphs)
    assert "such as BNIP3/NIX. Listed content" in text_242
    assert "10.3389/or.2025.1607983" not in text_242  # running header removed


def test_json_round_trip(pdf_doc):
    again = Document.from_json(pdf_doc.to_json())
    assert again == pdf_doc
    data = json.loads(pdf_doc.to_json())
    assert set(data) >= {"doc_id", "source", "title", "abstract", "sections", "tables", "figures", "references", "citations"}
    assert data["source"]["format"] == "text"
