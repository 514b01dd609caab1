"""The review rendered as a two-column PDF (scripts/make_review_pdf.py) gives what the text path gives (issue 3)."""

from __future__ import annotations

import pytest

from pipeline.ingest import ingest_path
from pipeline.ingest.blocks import HEADING, PAGE_BREAK, TABLE
from pipeline.ingest.pdf import pdf_to_blocks
from tests.conftest import CORPUS, REVIEW_PDF_TEXT

FIXTURE = CORPUS / "fixtures" / "yan2025_oncolrev_twocolumn.pdf"


@pytest.fixture(scope="module")
def docs():
    return ingest_path(REVIEW_PDF_TEXT), ingest_path(FIXTURE)


def test_source_is_pdf(docs):
    _, pdf = docs
    assert pdf.source.format == "pdf"


def test_front_matter(docs):
    text, pdf = docs
    assert pdf.title == text.title
    assert pdf.abstract == text.abstract
    assert pdf.keywords == text.keywords


def test_sections_and_paragraphs(docs):
    text, pdf = docs
    assert [(s.number, s.title, s.level, s.parent, s.kind) for s in pdf.sections] == [
        (s.number, s.title, s.level, s.parent, s.kind) for s in text.sections
    ]
    assert [[p.text for p in s.paragraphs] for s in pdf.sections] == [[p.text for p in s.paragraphs] for s in text.sections]


def test_table_1(docs):
    text, pdf = docs
    assert len(pdf.tables) == len(text.tables) == 1
    got, want = pdf.tables[0], text.tables[0]
    assert (got.label, got.caption, got.columns, got.rows, got.section) == (
        want.label, want.caption, want.columns, want.rows, want.section
    )


def test_references(docs):
    text, pdf = docs
    assert len(pdf.references) == len(text.references) == 63
    assert [(r.number, r.authors, r.year, r.title, r.doi) for r in pdf.references] == [
        (r.number, r.authors, r.year, r.title, r.doi) for r in text.references
    ]


def test_citation_markers(docs):
    text, pdf = docs
    assert [(c.text, c.numbers, c.section, c.start, c.end) for c in pdf.citations] == [
        (c.text, c.numbers, c.section, c.start, c.end) for c in text.citations
    ]


def test_running_header_footer_and_page_numbers_removed():
    blocks = pdf_to_blocks(FIXTURE)
    texts = [b.text for b in blocks]
    assert not any(t in ("Yan et al.", "frontiersin.org", "Oncology Reviews frontiersin.org") for t in texts)
    assert not any(t.strip().isdigit() for t in texts)
    assert sum(b.kind == PAGE_BREAK for b in blocks) >= 4
    # the spanning table comes out whole, with its header row first
    table = next(b for b in blocks if b.kind == TABLE)
    assert table.rows[0] == ["Target", "Compound", "Mechanism", "Cancer types", "Stage"]
    # numbered headings carry their level from the numbering
    levels = {b.text: b.level for b in blocks if b.kind == HEADING}
    assert levels["2.2.1 The impact of mitophagy on tumor cell survival"] == 3
