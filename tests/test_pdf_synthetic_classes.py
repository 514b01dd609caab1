"""Layout classes the synthetic journal PDFs showed the reader failing (issue 10, synthfix).

Each test draws its own reportlab page of the class (never the generator's output) and
asserts the document structure: which text reaches the body paragraphs and which does not.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfgen import canvas

from pipeline.ingest import ingest_path
from pdf_pages import BODY, LEAD, draw_lines

LICENCE = ("\u00a9 2026 The Authors. Published by an example press. This is an open access article under the CC BY 4.0",
           "licence, which permits use and distribution provided the original work is cited. Received 2 March 2026.")


def _paragraphs(doc) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


def _two_column_body(c, y: float, lines: int = 8) -> float:
    """Body text in two columns from baseline ``y``; the lowest baseline drawn."""
    text = [ln[:44] for ln in BODY * 4][:lines]
    draw_lines(c, y, text, x=56)
    return draw_lines(c, y, [ln[44:88] or ln[:40] for ln in BODY * 4][:lines], x=316)


def test_page1_licence_box_across_the_columns_under_the_body_is_no_body_paragraph(tmp_path):
    """Page 1: title, abstract, two body columns, and at the foot a boxed licence set small across both columns
    (reading order already puts it last on the page). It is front matter, not a paragraph of the Introduction."""
    path = tmp_path / "licence.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Bold", 18)
    c.drawString(56, 740, "Mitophagy sustains the resistance of ovarian tumours")
    c.setFont("Times-Roman", 10)
    c.drawString(56, 716, "Anna Lee, Bo Chen and Carla Diaz")
    c.setFont("Times-Bold", 11)
    c.drawString(56, 690, "Abstract")
    y = draw_lines(c, 676, LEAD, x=56)
    c.setFont("Times-Bold", 11)
    c.drawString(56, y - 12, "Introduction")
    y = _two_column_body(c, y - 30, lines=20)
    c.setStrokeColor(colors.grey)
    c.rect(52, 58, 508, 26, stroke=1, fill=0)
    draw_lines(c, 74, LICENCE, x=56, size=7.5)
    c.showPage()
    c.setFont("Times-Roman", 10)
    draw_lines(c, 740, BODY * 3, x=56)
    c.save()
    doc = ingest_path(path)
    body = " ".join(_paragraphs(doc))
    assert "open access article" not in body
    assert "Mitophagy removes damaged mitochondria" in body
    assert doc.abstract.startswith("Cancer cells survive chemotherapy")
