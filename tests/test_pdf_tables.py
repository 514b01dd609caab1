"""PDF tables (issue 3): ruled tables by pdfplumber's finder, joined across pages; captions kept."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline.ingest.blocks import CAPTION, TABLE
from pipeline.ingest.pdf import pdf_to_blocks

STYLES = getSampleStyleSheet()
HEADER = ["Target", "Compound", "Stage"]


def _rows(first: int, last: int) -> list[list[str]]:
    return [[f"GENE{i}", f"Drug-{i}", "Preclinical" if i % 2 else "Approved"] for i in range(first, last + 1)]


def _grid(rows) -> Table:
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return table


def _prose() -> list:
    text = "Mitophagy is studied in many cancers and this sentence fills the page for the reader. " * 3
    return [Paragraph("1 Introduction", STYLES["Heading1"])] + [Paragraph(text, STYLES["BodyText"]) for _ in range(8)]


def test_ruled_table_split_over_pages_is_joined_once(tmp_path):
    path = tmp_path / "long_table.pdf"
    story = _prose() + [Paragraph("<b>Table 1.</b> Drugs and their targets in the study.", STYLES["BodyText"])]
    story += [_grid([HEADER] + _rows(1, 59)), Paragraph("The text goes on after the table.", STYLES["BodyText"])]
    SimpleDocTemplate(str(path)).build(story)
    blocks = pdf_to_blocks(path)
    tables = [b for b in blocks if b.kind == TABLE]
    assert len(tables) == 1
    assert tables[0].rows == [HEADER] + _rows(1, 59)  # the repeated header rows are dropped
    captions = [b.text for b in blocks if b.kind == CAPTION]
    assert captions == ["Table 1. Drugs and their targets in the study."]


def test_continued_caption_joins_and_disappears(tmp_path):
    path = tmp_path / "continued.pdf"
    story = [Paragraph("<b>Table 2.</b> Compounds tested.", STYLES["BodyText"]), _grid([HEADER] + _rows(1, 5)), PageBreak()]
    story += [Paragraph("<b>Table 2.</b> (continued)", STYLES["BodyText"]), _grid([HEADER] + _rows(6, 9))]
    story += [Paragraph("Discussion of the compounds follows here in running prose.", STYLES["BodyText"])]
    SimpleDocTemplate(str(path)).build(story)
    blocks = pdf_to_blocks(path)
    tables = [b for b in blocks if b.kind == TABLE]
    assert [t.rows for t in tables] == [[HEADER] + _rows(1, 9)]
    assert [b.text for b in blocks if b.kind == CAPTION] == ["Table 2. Compounds tested."]
