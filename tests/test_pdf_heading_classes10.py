"""Heading layout classes of issue 10, session 9 (pdfheads5): one reportlab page per class, each asserting
the headings the reader must find."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from pdf_pages import BODY, headings

LEFT, RIGHT = 40.0, 316.0


def _text_lines(n: int, shift: int) -> list[str]:
    """Body lines, each page's in its own order (repeated lines would be running headers)."""
    return [f"{BODY[(k + shift) % len(BODY)][:56]} {k + shift}" for k in range(n)]


def _body_page(c, top: float, left_lines: int, right_lines: int, shift: int, size: float = 9.0) -> None:
    for x, n, s in ((LEFT, left_lines, shift), (RIGHT, right_lines, shift + 100)):
        y = top
        c.setFont("Times-Roman", size)
        for line in _text_lines(n, s):
            c.drawString(x, y, line)
            y -= size * 1.2


def test_small_bold_run_in_at_a_column_top_beside_the_next_column_keeps_its_words(tmp_path):
    """A run-in heading in bold type smaller than the body (PNAS methods: 7 pt on 9 pt), on a page's top lines,
    beside the next column's text on a slightly lower baseline: the page-edge pass judges the whole physical line at 9 pt and
    marks the 7 pt words raised; the heading's own line judges them again, so the run-in is a heading."""
    path = tmp_path / "run_in_top.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792), invariant=1)
    heads = ["Transient Expression of Human Receptors in Kidney Cells.", "Purification of the Receptor Complex by Affinity."]
    c.setFont("Helvetica-Bold", 16)
    c.drawString(LEFT, 740, "Receptor traffic in kidney cells under stress")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(LEFT, 700, "Introduction")
    _body_page(c, 682, 50, 50, 300)
    c.showPage()
    for page, head in enumerate(heads):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(LEFT, 750, "Materials and Methods" if page else "Results")
        y = 732.0
        c.setFont("Helvetica-Bold", 7)
        c.drawString(LEFT, y, head)
        x = LEFT + c.stringWidth(head, "Helvetica-Bold", 7) + 3
        c.setFont("Times-Roman", 9)
        c.drawString(x, y, "Cells were" if page else "Lysates were")
        c.drawString(RIGHT, y - 2.5, BODY[page][:60])  # the next column's baseline a little lower
        _body_page(c, y - 10.8, 40, 0, 50 * page)
        _body_page(c, y - 13.3, 0, 40, 50 * page)
        c.showPage()
    c.save()
    found = [h.rstrip(".") for h in headings(path)]
    wanted = [h.rstrip(".") for h in heads]
    assert [h for h in found if h in wanted] == wanted



def _words(text: str, x: float, top: float, size: float, font: str, bold: bool) -> list:
    from pipeline.ingest.pdf.reader import Word

    out = []
    for t in text.split():
        w = len(t) * size * 0.5
        out.append(Word(t, x, x + w, top, top + size, size, font, bold=bold))
        x += w + size * 0.25
    return out


def test_wrapped_small_bold_run_in_with_an_unmapped_symbol_is_one_heading():
    """A bold run-in heading smaller than the body (PNAS: 8 pt on 9 pt) wraps over a line end, and its first line
    holds a symbol glyph from a regular font with no text mapping (``p44/42``'s slash read as ``(cid:1)``): the
    first line is still bold in all its letters, so it joins the run-in under it as one heading, not a stray line
    over a run-in ``Muscle Cells.``."""
    from pipeline.ingest.pdf.convert import join_split_headings
    from pipeline.ingest.pdf.layout import Line

    first = _words("Kinase Induces AMPK, ACC, and p44", 50, 100, 8, "Frutiger-BlackCn", True)
    first += _words("(cid:1)", first[-1].x1 + 1, 100, 8, "MathPi-Regular", False)
    first += _words("42 MAPK Phosphorylation in", first[-1].x1 + 1, 100, 8, "Frutiger-BlackCn", True)
    second = _words("Muscle Cells.", 50, 109.5, 8, "Frutiger-BlackCn", True)
    second += _words("Kinases act on the cells and their mitochondria under stress", second[-1].x1 + 2, 109.5, 9, "Dutch-Roman", False)
    third = _words("in treated tumours and in mice for several days of exposure", 50, 120, 9, "Dutch-Roman", False)
    lines = [Line(ws, side="L").finish() for ws in (first, second, third)]
    for ln in lines:
        ln.page = 1
    paras = join_split_headings([[lines[0]], lines[1:]])
    assert len(paras) == 1 and paras[0][0] is lines[0] and len(paras[0]) == 3


def test_italic_headings_of_one_to_two_lines_part_from_the_text_under_them(tmp_path):
    """Science's level-2 headings: italic, a little smaller than the body (8.2 pt on 8.7), one to two lines, no full
    stop, with the text under them starting flush left in the body face a little more than a line pitch below. The
    line builder keeps them in the text's paragraph (the sizes differ by less than its step); the italic line that
    stops short of the edge, or sits a wider pitch above the body line, ends the heading."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    path = tmp_path / "italic_heads.pdf"
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=8.7, leading=10.45, alignment=TA_JUSTIFY)
    indented = ParagraphStyle("i", parent=body, firstLineIndent=8)
    italic = ParagraphStyle("h", fontName="Times-Italic", fontSize=8.2, leading=10.4, spaceBefore=6, spaceAfter=2.4)
    caps = ParagraphStyle("c", fontName="Helvetica-Bold", fontSize=9, leading=12, spaceBefore=6, spaceAfter=4)
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=10)
    heads = ["Tumour cells clear damaged mitochondria under cisplatin",
             "Even weakly expressed receptors enhance the clearance of damaged organelles in the treated tumour cells "
             "of mice and of rats",
             "Loss of the kinase restores sensitivity to platinum in mice",
             "Different receptors could allow closely related tumours to escape the treatment by other routes of "
             "entry into their cells"]
    doc = SimpleDocTemplate(str(path), pagesize=(612, 792), leftMargin=200, rightMargin=200, invariant=1)
    story = [Paragraph("Receptor traffic in kidney cells under stress", title), Paragraph("INTRODUCTION", caps),
             Paragraph(" ".join(BODY), body), Paragraph("RESULTS", caps)]
    for k, h in enumerate(heads):
        story += [Paragraph(h, italic), Paragraph(f"Experiment {k + 1} shows that " + " ".join(BODY), body),
                  Paragraph(" ".join(BODY[::-1]), indented)]
    doc.build(story)
    found = headings(path)
    assert [h for h in found if h in heads] == heads
