"""Headings from fonts (issue 3): levels from numbering or style rank; run-in headings split off."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from pipeline.ingest.blocks import HEADING, TEXT
from pipeline.ingest.pdf import pdf_to_blocks
from pipeline.ingest.pdf.headings import number_level, style_levels

BODY = (
    "Mitophagy removes damaged mitochondria and supports the survival of tumour cells under",
    "chemotherapy, as several studies of solid tumours have shown in cell lines and in mice",
    "over the last decade of research on autophagy and on the resistance of cancer cells.",
)


def test_number_level():
    assert number_level("2.3.1 Cancer cell-specific resistance") == 3
    assert number_level("4 Entity Extraction") == 1
    assert number_level("IV. RESULTS") == 1
    assert number_level("Introduction") is None


def test_style_levels_rank_size_then_first_use_and_anchor_on_main_sections():
    box = (14.0, True, False, False, "Sans-Bold")  # a larger box title before the sections
    section = (12.0, True, False, False, "Sans-Bold")
    sub = (12.0, True, False, False, "Serif-Bold")  # same size, another face, used later
    levels = style_levels([box, section, sub, section, sub], main={section})
    assert levels == {box: 1, section: 1, sub: 2}


def _paper(path) -> None:
    c = canvas.Canvas(str(path))
    y = 770
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, y, "Introduction")
    c.setFont("Times-Roman", 10)
    for line in BODY:
        y -= 13
        c.drawString(72, y, line)
    y -= 28
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, y, "Results")
    y -= 20
    head = "Quantification of mitophagy genes."
    c.setFont("Times-Bold", 10)
    c.drawString(72, y, head)
    c.setFont("Times-Roman", 10)
    c.drawString(72 + c.stringWidth(head + " ", "Times-Bold", 10), y, "Archaeal genes were counted in all")
    for line in BODY:
        y -= 13
        c.drawString(72, y, line)
    c.save()


def test_bold_run_in_heading_is_split_from_its_paragraph(tmp_path):
    path = tmp_path / "run_in.pdf"
    _paper(path)
    blocks = [(b.kind, b.text, b.level) for b in pdf_to_blocks(path) if b.kind in (HEADING, TEXT)]
    heads = [(text, level) for kind, text, level in blocks if kind == HEADING]
    assert heads == [("Introduction", 1), ("Results", 1), ("Quantification of mitophagy genes", 2)]
    after = blocks[[t for _, t, _ in blocks].index("Quantification of mitophagy genes") + 1]
    assert after[0] == TEXT and after[1].startswith("Archaeal genes were counted in all Mitophagy removes")
