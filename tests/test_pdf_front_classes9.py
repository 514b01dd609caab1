"""Science/AAAS and PNAS layout classes of the synthetic family 3 (issue 10, session 9, pdffront3): one
reportlab page per class, each asserting the structure the reader must find."""

from __future__ import annotations

import textwrap

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Table, TableStyle

from pipeline.ingest import ingest_path
from pipeline.ingest.pdf import pdf_to_blocks
from pipeline.ingest.pdf.drop_caps import _glue
from pipeline.ingest.pdf.headings import not_a_section_title
from pdf_pages import BODY, LEAD, draw_lines

TITLE = "Mitophagy sustains the resistance of ovarian tumours to platinum drugs"
ABSTRACT = " ".join(LEAD)
COLUMN_TEXT = [
    "Column one opens the introduction. " + " ".join(BODY) + " " + " ".join(BODY),
    "Column two goes on with the introduction. " + " ".join(BODY) + " " + " ".join(BODY),
    "Column three starts at the page top beside the title. " + " ".join(BODY) + " " + " ".join(BODY),
]


def _styles(size: float = 8.5):
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=size, leading=size * 1.25, alignment=TA_JUSTIFY)
    bold = ParagraphStyle("a", parent=body, fontName="Helvetica-Bold")
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=17, leading=20, spaceAfter=8)
    authors = ParagraphStyle("au", fontName="Times-Roman", fontSize=10, leading=13, spaceAfter=8)
    return body, bold, title, authors


def _frames(x0: float, y0: float, widths: list[float], gut: float, height: float, tag: str) -> list[Frame]:
    out, x = [], x0
    for k, w in enumerate(widths):
        out.append(Frame(x, y0, w, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"{tag}{k}"))
        x += w + gut
    return out


def test_science_front_block_over_two_of_three_columns_is_read_before_them_and_the_third_column_after(tmp_path):
    """Science's first page: title, authors and a bold unlabelled abstract across the left two of three columns,
    the third column running from the page top beside them. The abstract is exactly the bold paragraph, and the
    columns read one, two, three (the third column's top is not read between the title block's lines)."""
    path = tmp_path / "science.pdf"
    body, bold, title, authors = _styles()
    w, gut, mx, mt = 160.0, 10.0, 46.0, 60.0
    top_h = 260.0
    frames = [Frame(mx, 792 - mt - top_h, 2 * w + gut, top_h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="front")]
    frames += _frames(mx, 60, [w, w], gut, 792 - mt - top_h - 70, "c")
    frames += [Frame(mx + 2 * (w + gut), 60, w, 792 - mt - 60, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="c3")]
    doc = BaseDocTemplate(str(path), pagesize=(612, 792), pageTemplates=[PageTemplate("p", frames)], invariant=1)
    story = [Paragraph(TITLE, title), Paragraph("Anna Lee, Bo Chen and Carla Diaz", authors), Paragraph(ABSTRACT, bold), FrameBreak(),
             Paragraph("INTRODUCTION", ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=8.5, leading=12))]
    for k, text in enumerate(COLUMN_TEXT):
        story += [Paragraph(text, body)] + ([FrameBreak()] if k < 2 else [])
    doc.build(story)
    out = ingest_path(path)
    assert out.title == TITLE
    assert out.abstract == ABSTRACT
    text = " ".join(p.text for s in out.sections for p in s.paragraphs)
    one, two, three = (text.find(t.split(".")[0]) for t in COLUMN_TEXT)
    assert -1 < one < two < three


def test_pnas_abstract_beside_a_boxed_significance_statement_and_a_keyword_line_under_it(tmp_path):
    """PNAS: a bold unlabelled abstract in the left two-thirds, a shaded ``Significance`` box in slightly smaller
    print beside it, a keyword line with bars under the abstract. The abstract holds neither the box nor the
    keywords, and the keyword line is no heading."""
    path = tmp_path / "pnas.pdf"
    body, bold, title, authors = _styles(9.5)
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10.6)
    label = ParagraphStyle("l", parent=bold, fontSize=9.5, leading=12)
    kw = ParagraphStyle("k", parent=body, fontName="Times-BoldItalic", fontSize=9, spaceBefore=4)
    frames = [Frame(60, 792 - 60 - 330, 492, 330, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="front")]
    frames += _frames(60, 60, [240, 240], 12, 330, "c")
    doc = BaseDocTemplate(str(path), pagesize=(612, 792), pageTemplates=[PageTemplate("p", frames)], invariant=1)
    significance = ("Tumour cells that clear damaged mitochondria survive platinum drugs, and this study shows "
                    "which kinase they need to do so, pointing to a way of restoring the response to treatment.")
    box = Table([[[Paragraph("Significance", label), Paragraph(significance, small)]]], colWidths=[160],
                style=TableStyle([("BOX", (0, 0), (-1, -1), 0.5, "#1f4e9c")]))
    row = Table([[[Paragraph(ABSTRACT, bold), Paragraph("mitophagy | cisplatin | PINK1 | ovarian cancer", kw)], box]],
                colWidths=[322, 170], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                        ("RIGHTPADDING", (0, 0), (0, 0), 24), ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
    story = [Paragraph(TITLE, title), Paragraph("Anna Lee, Bo Chen and Carla Diaz", authors), row, FrameBreak(),
             Paragraph(COLUMN_TEXT[0], body), FrameBreak(), Paragraph(COLUMN_TEXT[1], body)]
    doc.build(story)
    out = ingest_path(path)
    assert out.abstract == ABSTRACT
    assert "mitophagy | cisplatin" not in " ".join(s.title for s in out.sections)
    blocks = [b.text for b in pdf_to_blocks(path)]
    assert any(b.startswith("Significance") for b in blocks) and not any(ABSTRACT[:40] in b and "Significance" in b for b in blocks)


def test_drop_cap_goes_back_into_the_first_word_beside_it(tmp_path):
    """A paragraph's first letter three lines tall: the lines beside it are read as lines, the letter glued to
    its word (``S`` + ``ome`` -> ``Some``)."""
    path = tmp_path / "dropcap.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Bold", 40)
    c.drawString(72, 690, "S")
    lines = textwrap.wrap("ome tumours survive platinum drugs by removing damaged mitochondria " + " ".join(BODY), 70)
    draw_lines(c, 720, lines[:3], x=102, size=10, pitch=12.5)
    draw_lines(c, 720 - 3 * 12.5, lines[3:], x=72, size=10, pitch=12.5)
    c.save()
    text = " ".join(b.text for b in pdf_to_blocks(path))
    assert text.startswith("Some tumours survive platinum drugs by removing damaged mitochondria")


def test_drop_cap_that_is_a_word_stays_a_word():
    assert _glue("S", "ome") and _glue("A", "lthough")
    assert not _glue("A", "new") and not _glue("T", "The")


def test_back_matter_run_in_mid_paragraph_under_acknowledgments_are_its_subsections(tmp_path):
    """Science: ``ACKNOWLEDGMENTS`` over one paragraph that runs ``Funding:``, ``Author contributions:`` and
    ``Competing interests:`` in after the thanks: each is a level-2 section under Acknowledgments, its
    statement its text."""
    path = tmp_path / "ack.pdf"
    body, _bold, _title, _authors = _styles(9.5)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=8, spaceAfter=3)
    doc = BaseDocTemplate(str(path), pagesize=(612, 792), pageTemplates=[PageTemplate("p", _frames(72, 72, [468], 0, 640, "c"))], invariant=1)
    story = [Paragraph("RESULTS", head), Paragraph(" ".join(BODY), body), Paragraph("DISCUSSION", head), Paragraph(" ".join(BODY), body),
             Paragraph("ACKNOWLEDGMENTS", head),
             Paragraph("We thank the imaging facility for help. <b>Funding:</b> This work was supported by a council grant. "
                       "<b>Author contributions:</b> A.L. designed the study and wrote the text. "
                       "<b>Competing interests:</b> The authors declare no competing interests.", body)]
    doc.build(story)
    out = ingest_path(path)
    got = [(s.title, s.level) for s in out.sections]
    assert ("Acknowledgments", 1) in got
    for title in ("Funding", "Author contributions", "Competing interests"):
        assert (title, 2) in got
    funding = next(s for s in out.sections if s.title == "Funding")
    assert funding.paragraphs[0].text == "This work was supported by a council grant."


def test_supplementary_materials_list_is_no_section(tmp_path):
    """Science's ``SUPPLEMENTARY MATERIALS`` box lists ``Materials and Methods`` / ``Figs. S1 to S9`` / ...:
    the list's first item is no section."""
    path = tmp_path / "supp.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 720, "RESULTS")
    y = draw_lines(c, 704, BODY, size=10)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y - 10, "SUPPLEMENTARY MATERIALS")
    draw_lines(c, y - 26, ["Materials and Methods", "Figs. S1 to S9", "Tables S1 to S3", "MDAR Reproducibility Checklist"], size=9)
    c.save()
    titles = [s.title for s in ingest_path(path).sections]
    assert titles[-1] == "Supplementary materials" and "Materials and Methods" not in titles


def test_keyword_line_between_bars_is_not_a_section_title():
    assert not_a_section_title("mitophagy | cisplatin | PINK1 | ovarian cancer")
    assert not not_a_section_title("Results") and not not_a_section_title("Cells | tissues")


def test_page_with_no_words_left_after_its_tables_are_cut_out_gives_no_lines():
    """A page whose words all sat in tables is laid out again with its gutter kept and no words: no lines, no error."""
    from pipeline.ingest.pdf.layout import page_to_lines

    assert page_to_lines([], 612.0, 3, gutter=306.0, detect=False) == ([], 306.0)


def test_small_print_acknowledgments_after_the_references_end_the_list_and_hold_their_run_ins(tmp_path):
    """Science's last page: after the numbered references, ``ACKNOWLEDGMENTS`` in 6 pt bold capitals (0.69 of the
    8.7 pt body) over 6.2 pt text with ``Funding:`` and ``Competing interests:`` run in: the list ends at the
    heading, the run-ins are its subsections."""
    path = tmp_path / "science_back.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 8.7)
    c.drawString(72, 740, "RESULTS")
    y = draw_lines(c, 726, BODY * 2, size=8.7, pitch=11)
    c.setFont("Helvetica-Bold", 8.7)
    c.drawString(72, y - 8, "REFERENCES AND NOTES")
    y = draw_lines(c, y - 20, ["1. A. Lee, B. Chen, Mitophagy in tumours. Cell 12, 1-9 (2020).",
                               "2. C. Diaz, Kinases of the outer membrane. Nature 5, 10-19 (2021).",
                               "3. D. Kim, E. Park, Cisplatin and mitochondria. Science 7, 1-4 (2022)."], size=6.2, pitch=8)
    c.setFont("Helvetica-Bold", 6.0)
    c.drawString(72, y - 6, "ACKNOWLEDGMENTS")
    lines = [("We thank the imaging facility for help and discussion. ", "Funding:", " This work was supported"),
             ("by a council grant to A.L. and B.C. ", "Competing interests:", " The authors declare no competing"),
             ("interests.", "", "")]
    y -= 16
    for before, bold, after in lines:
        x = 72
        for text, font in ((before, "Helvetica"), (bold, "Helvetica-Bold"), (after, "Helvetica")):
            if text:
                c.setFont(font, 6.2)
                c.drawString(x, y, text)
                x += c.stringWidth(text, font, 6.2)
        y -= 8
    c.save()
    doc = ingest_path(path)
    got = [(s.title, s.level) for s in doc.sections]
    assert ("Acknowledgments", 1) in got and ("Funding", 2) in got and ("Competing interests", 2) in got
    assert len(doc.references) == 3
