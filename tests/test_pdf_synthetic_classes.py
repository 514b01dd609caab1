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


def _table_page(path, ruling: str) -> None:
    """One column of body text with a narrow table under its caption; under the last rule a footnote set a
    little smaller, opening with a raised letter glued to its first word and running on past the table's
    right edge; then body text again."""
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Bold", 16)
    c.drawString(72, 740, "Mitophagy sustains the resistance of ovarian tumours")
    c.setFont("Times-Bold", 11)
    c.drawString(72, 712, "Results")
    y = draw_lines(c, 696, BODY)
    c.setFont("Times-Bold", 9)
    c.drawString(72, y - 6, "Table 1.")
    c.setFont("Times-Roman", 9)
    c.drawString(110, y - 6, "Oxygen consumption of the resistant cell lines.")
    rows = [("Condition", "OCR", "p value"), ("Vehicle", "45.4 \u00b1 3.2", "0.004"), ("Cisplatin", "36.7 \u00b1 5.0", "<0.001"),
            ("Cisplatin + CQ", "22.9 \u00b1 8.8", "0.030"), ("shPINK1", "14.3 \u00b1 8.1", "0.64")]
    xs, top, pitch = (72, 162, 232, 302), y - 16, 14
    ys = [top - i * pitch for i in range(len(rows) + 1)]
    c.setLineWidth(0.5)
    for i, yy in enumerate(ys):
        if ruling == "grid" or i in (0, 1, len(ys) - 1):
            c.line(xs[0], yy, xs[-1], yy)
    if ruling == "grid":
        for x in xs:
            c.line(x, ys[0], x, ys[-1])
    c.setFont("Times-Roman", 8)
    for row, yy in zip(rows, ys):
        for x, cell in zip(xs, row):
            c.drawString(x + 3, yy - 10, cell)
    fy = ys[-1] - 7
    c.setFont("Times-Roman", 5)
    c.drawString(72, fy + 3.5, "a")
    c.setFont("Times-Roman", 7.5)
    c.drawString(74.5, fy, "Values are mean \u00b1 SD of three biological replicates in each of the cell lines.")
    draw_lines(c, fy - 20, BODY)
    c.save()


def _footnote_cases(tmp_path, ruling):
    path = tmp_path / f"table_{ruling}.pdf"
    _table_page(path, ruling)
    doc = ingest_path(path)
    body = " ".join(_paragraphs(doc))
    assert "biological replicates" not in body
    assert body.count("Mitophagy removes damaged mitochondria") == 2
    assert len(doc.tables) == 1
    assert any("biological replicates" in n for n in doc.tables[0].footnotes)


def test_footnote_under_a_grid_table_with_a_raised_mark_glued_to_its_first_word_is_the_tables(tmp_path):
    """Full-grid table (pdfplumber's finder): its footnote under the last rule goes with the table, not the body."""
    _footnote_cases(tmp_path, "grid")


def test_footnote_wider_than_a_booktabs_table_with_a_raised_mark_is_the_tables(tmp_path):
    """Rules-only table: the footnote's raised mark lifts its line's top over the last rule, and the line runs
    on past the table's right edge; it is still the table's footnote."""
    _footnote_cases(tmp_path, "booktabs")


def test_sparse_bar_chart_axis_titles_and_large_panel_letters_are_figure_text(tmp_path):
    """A vector bar chart in two panels: few bars, five y ticks spaced wider than the drawing clusters reach
    (only the axes tie them together), a bold panel letter larger than the body text over each panel and an
    axis title under it. None of that is a body paragraph; the caption and the text around stay."""
    path = tmp_path / "bars.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Bold", 16)
    c.drawString(72, 740, "Mitophagy sustains the resistance of ovarian tumours")
    c.setFont("Times-Bold", 11)
    c.drawString(72, 712, "Results")
    y = draw_lines(c, 696, BODY, size=9)
    base, height = y - 130, 100
    for k, (letter, title) in enumerate((("A", "Treatment group"), ("B", "Time after dosing"))):
        ox = 100 + k * 230
        c.setFont("Helvetica-Bold", 11)
        c.drawString(ox - 26, base + height + 8, letter)
        c.setLineWidth(0.6)
        c.line(ox, base, ox, base + height)
        c.line(ox, base, ox + 150, base)
        c.setFont("Helvetica", 5.5)
        for t in range(5):
            ty = base + height * t / 4
            c.line(ox - 2, ty, ox, ty)
            c.drawRightString(ox - 3, ty - 2, str(t * 25))
        for b, val in enumerate((0.8, 0.25, 0.5)):
            c.setFillColor(colors.Color(0.3 + 0.1 * b, 0.4, 0.7))
            c.rect(ox + 15 + 45 * b, base, 28, height * val, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(ox + 75, base - 16, title)
    c.setFont("Times-Bold", 8)
    c.drawString(72, base - 34, "Figure 1.")
    c.setFont("Times-Roman", 8)
    c.drawString(110, base - 34, "Oxygen consumption of resistant cells. (A) Basal rate. (B) Over time.")
    draw_lines(c, base - 56, BODY, size=9)
    c.save()
    doc = ingest_path(path)
    paragraphs = _paragraphs(doc)
    body = " ".join(paragraphs)
    assert "Treatment group" not in body and "Time after dosing" not in body
    assert not [p for p in paragraphs if p.replace(" ", "") in ("A", "B", "AB")]
    assert body.count("Mitophagy removes damaged mitochondria") == 2


def _bars_page(c, base: float, ticks: int) -> None:
    ox, height = 100, 100
    c.setLineWidth(0.6)
    c.line(ox, base, ox, base + height)
    c.line(ox, base, ox + 330, base)
    c.setFont("Helvetica", 5.5)
    for t in range(ticks):
        ty = base + height * t / max(ticks - 1, 1)
        c.line(ox - 2, ty, ox, ty)
        c.drawRightString(ox - 3, ty - 2, str(t * 50))
    for b, val in enumerate((0.8, 0.25, 0.5, 0.65)):
        c.setFillColor(colors.Color(0.3 + 0.1 * b, 0.4, 0.7))
        c.rect(ox + 30 + 80 * b, base, 40, height * val, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 6.5)
    c.drawCentredString(ox + 165, base - 16, "Relative OCR units")


def test_table_drawn_as_cell_boxes_under_a_bar_chart_is_no_figure(tmp_path):
    """A table drawn as cell boxes (16 pt edge strokes between long rules, as Cell's key resources table) under
    a bar chart: its rules are no plot axes, so the table keeps its words; the chart's axis title is no body
    text. (The bars-on-an-axis rule itself is measured on the synthetic set: synth_011's full-width panel.)"""
    path = tmp_path / "bars_table.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Bold", 16)
    c.drawString(72, 740, "Mitophagy sustains the resistance of ovarian tumours")
    y = draw_lines(c, 712, BODY, size=9)
    _bars_page(c, y - 120, ticks=2)
    c.setFont("Times-Bold", 8)
    c.drawString(72, y - 150, "Figure 1.")
    c.setFont("Times-Roman", 8)
    c.drawString(110, y - 150, "Oxygen consumption of resistant cells.")
    y = draw_lines(c, y - 172, BODY, size=9)
    c.setFont("Times-Bold", 8)
    c.drawString(72, y - 6, "Key resources table")
    xs, top, pitch = (72, 200, 330, 460, 540), y - 14, 16
    rows = [("REAGENT", "SOURCE", "IDENTIFIER", "NOTE")] + [(f"Antibody {k}", "Abcam", f"ab{1000 + k}", "1:1000") for k in range(8)]
    c.setLineWidth(0.5)
    for i, row in enumerate(rows):
        yy = top - i * pitch
        c.line(xs[0], yy, xs[-1], yy)
        for x in xs:
            c.line(x, yy, x, yy - pitch)  # each cell's edge drawn on its own: 16 pt strokes
        c.setFont("Times-Roman", 7.5)
        for x, cell in zip(xs, row):
            c.drawString(x + 3, yy - 11, cell)
    c.line(xs[0], top - len(rows) * pitch, xs[-1], top - len(rows) * pitch)
    c.save()
    doc = ingest_path(path)
    body = " ".join(_paragraphs(doc))
    assert "Relative OCR units" not in body + " ".join(s.title for s in doc.sections)
    assert body.count("Mitophagy removes damaged mitochondria") == 2
    cells = " ".join(" ".join(map(str, r)) for t in doc.tables for r in t.rows) if doc.tables else body
    assert "Antibody 7" in cells and "ab1007" in cells

