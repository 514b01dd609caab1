"""Real journal PDFs from ../shared/data/pdfs (issue 3); skipped when ../shared is absent."""

from __future__ import annotations

import pytest

from pipeline.ingest import ingest_path
from pipeline.ingest.blocks import HEADING, TEXT
from pipeline.ingest.pdf import pdf_to_blocks
from pipeline.ingest.pdf.headings import REFERENCES_RE


def _pdf(shared_dir, name):
    path = shared_dir / "data" / "pdfs" / name
    if not path.exists():
        pytest.skip(f"{name} is not in ../shared")
    return path


def _reference_entries(blocks) -> list[str]:
    out, inside = [], False
    for b in blocks:
        if b.kind == HEADING:
            inside = bool(REFERENCES_RE.match(b.text))
        elif b.kind == TEXT and inside:
            out.append(b.text)
    return out


def test_bmc_two_columns_headings_and_numbered_references(shared_dir):
    doc = ingest_path(_pdf(shared_dir, "cermine_test1.pdf"))
    titles = [s.title for s in doc.sections]
    for want in ("Introduction", "Methods", "Conclusion", "References"):
        assert want in titles
    assert doc.title.startswith("Complications related to deep venous thrombosis prophylaxis")
    assert [r.number for r in doc.references] == list(range(1, 80))
    body = " ".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "Journal of Trauma Management & Outcomes" not in body  # running header
    assert "life-threatening" in body  # "life-threa-" + "tening" across a line end


def test_acl_numbered_sections_and_author_year_entries(shared_dir):
    path = _pdf(shared_dir, "N18-3011.pdf")
    doc = ingest_path(path)
    numbers = [s.number for s in doc.sections if s.number]
    assert numbers == ["1", "2", "2.1", "2.2", "3", "4", "4.1", "4.2", "4.3", "4.4", "5", "6"]
    assert doc.section("4.2").level == 2 and doc.section("4.2").parent == "4"
    entries = _reference_entries(pdf_to_blocks(path))
    assert len(entries) == 27  # GROBID's count for this paper
    assert entries[0].startswith("Waleed Ammar, Matthew E. Peters") and entries[-1].startswith("Chenyan Xiong")


def test_bmc_tables_with_captions_and_references(shared_dir):
    doc = ingest_path(_pdf(shared_dir, "cermine_web_example2.pdf"))
    first = doc.tables[0]
    assert first.label == "Table 1" and first.caption.startswith("Patient-provider relationship")
    assert first.columns == ["Item", "Yes (%)", "No (%)", "Respondents"]
    assert all(len(row) == 4 for row in first.rows)
    assert [r.number for r in doc.references] == list(range(1, 32))


def test_dois_of_printed_references_are_parsed(shared_dir):
    doc = ingest_path(_pdf(shared_dir, "cermine_test6.pdf"))
    printed = [r for r in doc.references if "10." in r.raw and "/" in r.raw]
    assert printed and all(r.doi and r.doi == r.doi.lower() and " " not in r.doi for r in printed)
