"""Layout classes of issue 10, each on a page generated here with reportlab."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from pipeline.ingest import ingest_path
from pipeline.ingest.blocks import HEADING, TEXT
from pipeline.ingest.pdf import pdf_to_blocks
from pdf_pages import BODY, LEAD, draw_lines, headings


def test_running_section_label_in_a_large_font_on_every_page_is_furniture(tmp_path):
    """Cell Press prints ``Article`` at 14 pt at the top of every page, reaching below the top tenth."""
    path = tmp_path / "label.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    for page, head in enumerate(("Introduction", "Results", "Discussion", "Methods")):
        c.setFont("Helvetica", 14)
        c.drawString(72 if page % 2 else 500, 792 - 82, "Article")  # top at ~70 pt, bottom at ~84 pt (> 79.2)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, 650, head)
        draw_lines(c, 630, BODY * 3)
        c.showPage()
    c.save()
    assert headings(path) == ["Introduction", "Results", "Discussion", "Methods"]
    text = " ".join(b.text for b in pdf_to_blocks(path) if b.kind == TEXT)
    assert "Article" not in text


def test_ligature_glyph_from_another_font_does_not_cut_a_heading(tmp_path):
    """``signi`` + ``fi`` (a non-bold ligature font) + ``cance``: one bold heading, one word."""
    path = tmp_path / "ligature.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, 700, "Introduction")
    y = draw_lines(c, 680)
    y -= 16
    x = 72
    for text, font in (("Functional signi", "Helvetica-Bold"), ("fi", "Courier"), ("cance of PINK1 loss", "Helvetica-Bold")):
        c.setFont(font, 10)
        c.drawString(x, y, text)
        x += c.stringWidth(text, font, 10)
    draw_lines(c, y - 16)
    c.save()
    heads = headings(path)
    assert "Functional significance of PINK1 loss" in heads
    assert not any(h.startswith("cance") for h in heads)


def _figure(c, x0: float, y0: float) -> None:
    """A vector plot: frame, curve, tick marks and their values, axis labels, a panel letter."""
    c.setLineWidth(0.5)
    c.rect(x0, y0, 180, 120)
    p = c.beginPath()
    p.moveTo(x0, y0)
    for i in range(1, 19):
        p.curveTo(x0 + 10 * i - 6, y0 + 6 * i, x0 + 10 * i - 3, y0 + 6 * i + 2, x0 + 10 * i, y0 + 6 * i)
    c.drawPath(p)
    c.setFont("Helvetica", 7)
    for i in range(7):
        c.line(x0 + 30 * i, y0, x0 + 30 * i, y0 - 3)
        c.drawString(x0 + 30 * i - 3, y0 - 11, str(10 * i))
        c.line(x0, y0 + 20 * i, x0 - 3, y0 + 20 * i)
    c.drawString(x0 + 60, y0 - 22, "Time (hours)")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x0 - 14, y0 + 124, "a")
    c.drawString(x0 + 40, y0 + 124, "Control cells")


def test_vector_figure_text_is_neither_heading_nor_paragraph(tmp_path):
    path = tmp_path / "figure.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, 740, "Introduction")
    draw_lines(c, 720)
    _figure(c, 100, 480)
    c.setFont("Times-Roman", 9)
    c.drawString(72, 440, "Figure 1. Mitophagy over time in control cells.")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, 400, "Results")
    draw_lines(c, 380)
    c.save()
    blocks = pdf_to_blocks(path)
    assert [b.text for b in blocks if b.kind == HEADING] == ["Introduction", "Results"]
    text = " | ".join(b.text for b in blocks if b.kind == TEXT)
    for scrap in ("Time (hours)", "Control cells", "60"):
        assert scrap not in text
    doc = ingest_path(path)
    assert [f.label for f in doc.figures] == ["Figure 1"]


def _title(c) -> None:
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 740, "Mitophagy and the resistance of tumours")


def test_unlabelled_lead_paragraph_in_another_face_is_the_abstract_not_the_introduction(tmp_path):
    """Nature layout: the abstract is an unlabelled lead paragraph in a semibold face; the introduction has no heading."""
    path = tmp_path / "lead.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _title(c)
    c.setFont("Helvetica", 10)  # another face at body size, not named bold
    y = 700
    for line in LEAD:
        c.drawString(72, y, line)
        y -= 13
    y = draw_lines(c, y - 20, BODY * 2)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y - 14, "Results")
    draw_lines(c, y - 34, BODY * 2)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract.startswith("Cancer cells survive chemotherapy") and doc.abstract.endswith("sensitivity to drugs.")
    assert "Tumours that lose PINK1" not in doc.abstract and not doc.warnings


def test_labelled_summary_stops_at_highlights_which_stay_their_own_front_block(tmp_path):
    path = tmp_path / "summary.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _title(c)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 700, "SUMMARY")
    y = draw_lines(c, 684, LEAD)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y - 14, "Highlights")
    c.setFont("Times-Roman", 10)
    c.drawString(72, y - 30, "• PINK1 loss sensitises tumours to cisplatin")
    c.drawString(72, y - 43, "• Reporter cells follow mitophagy in real time")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y - 80, "Introduction")
    draw_lines(c, y - 100, BODY * 2)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract.startswith("Cancer cells survive") and doc.abstract.endswith("sensitivity to drugs.")
    assert [b["label"] for b in doc.front_matter] == ["Highlights"]
    assert "PINK1 loss sensitises" in doc.front_matter[0]["text"]


def test_no_abstract_gives_an_empty_abstract_and_a_warning(tmp_path):
    path = tmp_path / "none.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _title(c)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 700, "Introduction")
    draw_lines(c, 680, BODY)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract == "" and doc.warnings == ["no abstract found: the abstract is left empty"]
    from pipeline.ingest.outline import document_outline

    assert "warning: no abstract found" in document_outline(doc)


def test_abstract_citation_line_and_significance_block_in_text_front_matter():
    from pipeline.ingest.frontmatter import parse_front

    blocks = [
        "Mitophagy and the resistance of tumours",
        "ABSTRACT Cancer cells survive chemotherapy by removing damaged mitochondria. We show more. Dev Dyn 2000;218:235–259.",
        "Significance",
        "Drug resistance kills patients; this work points to a way around it.",
    ]
    front = parse_front(blocks)
    assert front.abstract == "Cancer cells survive chemotherapy by removing damaged mitochondria. We show more."
    assert front.blocks == [{"label": "Significance", "text": "Drug resistance kills patients; this work points to a way around it."}]


def test_heading_face_without_bold_in_its_name_and_all_caps_heading_wrapped_over_two_lines(tmp_path):
    """Word manuscripts embed bold as ``CIDFont+F3``: a face used only for short lines on their own is a heading face.

    An all-capital heading wrapped after ``OF`` is one heading, sentence-cased, with its gene symbol kept.
    """
    path = tmp_path / "faces.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = 740
    for head in ("Introduction", "Mitophagy in tumour cells", "Drug resistance after treatment"):
        c.setFont("Courier", 10)  # body size, a face whose name says nothing about weight
        c.drawString(72, y, head)
        y = draw_lines(c, y - 16) - 14
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y, "ROLES OF PINK1 IN THE CONTROL")
    c.drawString(72, y - 14, "OF MITOCHONDRIAL QUALITY")
    draw_lines(c, y - 34)
    c.save()
    heads = headings(path)
    assert heads[:3] == ["Introduction", "Mitophagy in tumour cells", "Drug resistance after treatment"]
    doc = ingest_path(path)
    assert doc.sections[-1].title == "Roles of PINK1 in the control of mitochondrial quality"
