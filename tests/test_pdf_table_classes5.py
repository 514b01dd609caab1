"""PDF table layout classes, session 8 (issue 10, pdftables5): each page drawn here with reportlab.

Classes: an unruled table captioned under its rows; a bare ``TABLE N`` label line over the caption
paragraph; a table across a one-column page whose column gap looks like a gutter; a landscape table
printed sideways on a portrait page without ``/Rotate``; an unruled table going on at the next page's
top without caption or header; a row label wrapped onto a line of its own.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from pipeline.ingest.blocks import TABLE
from pipeline.ingest.pdf import pdf_to_blocks
from tests.pdf_pages import BODY, draw_lines, pdf_document
from tests.test_pdf_table_classes import draw_rows

COLUMN_TEXT = (
    "Tumour cells that survive cisplatin clear",
    "damaged mitochondria faster than the",
    "parental cells, and the loss of PINK1 or",
    "of the receptor BNIP3 slows this down in",
    "every line we tested over three weeks of",
    "treatment in culture and in xenografts.",
)
HEADER = ["Cell line", "IC50 (µM)", "Fold change", "P value"]
BODY_ROWS = [
    ["A549", "12.4 ± 1.1", "1.00", "0.210"],
    ["A549 CR", "48.9 ± 3.2", "3.94", "<0.001"],
    ["H1299", "9.7 ± 0.8", "0.78", "0.034"],
    ["H1299 CR", "31.2 ± 2.5", "2.52", "0.002"],
    ["PC-9", "15.0 ± 1.9", "1.21", "0.640"],
]


def _tables(path):
    return [b for b in pdf_to_blocks(path) if b.kind == TABLE]


def _justified(c, x0: float, x1: float, top: float, paragraphs: int) -> float:
    """Justified body paragraphs across ``x0``-``x1`` from ``top`` down; the y under them."""
    style = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
    y = top
    for _ in range(paragraphs):
        para = Paragraph(" ".join(BODY) + " " + " ".join(COLUMN_TEXT), style)
        _, h = para.wrap(x1 - x0, 1000)
        para.drawOn(c, x0, y - h)
        y -= h + 4
    return y


def _column_text(c, x: float, y: float, repeat: int = 2) -> float:
    return draw_lines(c, y, COLUMN_TEXT * repeat, x=x, size=9.5)


def test_unruled_table_captioned_under_its_rows_in_a_column(tmp_path):
    """Rows first, then ``Table 1. ...`` under them, body text under the caption (Oxford, Wiley)."""
    path = tmp_path / "caption_below.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    _column_text(c, 50, 740, 5)
    y = _column_text(c, 320, 740)
    xs = [320, 380, 440, 500]
    bottom, _ = draw_rows(c, y - 6, xs, [HEADER] + BODY_ROWS, 320, 560)
    c.setFont("Times-Roman", 8.5)
    c.drawString(320, bottom - 12, "Table 1. Drug response of the parental and")
    c.drawString(320, bottom - 23, "cisplatin-resistant lung cancer cell lines.")
    _column_text(c, 320, bottom - 44)
    c.save()
    tables = _tables(path)
    assert len(tables) == 1
    assert tables[0].text == "Table 1"
    assert tables[0].rows == [HEADER] + BODY_ROWS


def test_bare_table_label_line_keeps_its_own_table(tmp_path):
    """``TABLE 1`` alone on a line over the caption paragraph (Wiley, Taylor & Francis): the table keeps
    its label and does not take the next table's caption."""
    path = tmp_path / "bare_label.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Bold", 12)
    c.drawString(72, 740, "Results")
    y = draw_lines(c, 720)
    c.setFont("Times-Bold", 9)
    c.drawString(72, y - 6, "TABLE 1")
    c.setFont("Times-Roman", 9)
    c.drawString(72, y - 20, "Drug response of the parental and resistant lung cancer cell lines.")
    bottom, _ = draw_rows(c, y - 30, [76, 200, 320, 440], [HEADER] + BODY_ROWS, 72, 540)
    y = draw_lines(c, bottom - 30)
    c.setFont("Times-Bold", 9)
    c.drawString(72, y - 6, "Table 2. Mitophagy markers after treatment.")
    bottom, _ = draw_rows(c, y - 16, [76, 200, 320, 440], [HEADER] + BODY_ROWS[:3], 72, 540)
    draw_lines(c, bottom - 30)
    c.save()
    doc = pdf_document(path)
    assert [t.label for t in doc.tables] == ["Table 1", "Table 2"]
    assert doc.tables[1].caption.startswith("Mitophagy markers")
    assert [len(t.rows) for t in doc.tables] == [5, 3]


def test_table_across_a_one_column_page_is_read_whole(tmp_path):
    """A key-resources-like table on a one-column page: a long first column, then the source and the
    identifier columns far right, the wide gap between them like a gutter; all three columns kept."""
    path = tmp_path / "false_gutter.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _justified(c, 50, 562, 742, 3)
    c.setFont("Times-Bold", 9)
    c.drawString(50, y - 8, "Table 1. Reagents and resources used in this study.")
    rows = [
        ["REAGENT or RESOURCE", "SOURCE", "IDENTIFIER"],
        ["Rabbit monoclonal anti-PINK1 (clone D8G3)", "Cell Signaling Technology", "Cat#6946"],
        ["Mouse monoclonal anti-TOMM20", "Santa Cruz Biotechnology", "Cat#sc-17764"],
        ["Goat anti-rabbit IgG, Alexa Fluor 488", "Thermo Fisher Scientific", "Cat#A-11008"],
        ["Chloroquine diphosphate", "Sigma-Aldrich", "Cat#C6628"],
        ["Bafilomycin A1", "Cayman Chemical", "Cat#11038"],
        ["GraphPad Prism 9", "GraphPad Software", "RRID:SCR_002798"],
        ["ImageJ (Fiji)", "Schindelin et al.", "https://imagej.net/software/fiji"],
        ["Human: A549 lung carcinoma cells", "ATCC", "CCL-185"],
        ["Human: HEK293T", "ATCC", "CRL-3216"],
        ["Mouse: embryonic fibroblasts, Pink1 knockout", "This paper", "N/A"],
        ["R version 4.2 with the limma package", "R Foundation", "https://www.r-project.org"],
    ]
    bottom, _ = draw_rows(c, y - 20, [53, 230, 397], rows, 50, 562)
    c.setLineWidth(0.6)
    c.line(50, y - 20 - 14, 562, y - 20 - 14)  # one rule under the header only
    _justified(c, 50, 562, bottom - 20, 3)
    c.save()
    tables = _tables(path)
    assert len(tables) == 1
    assert tables[0].rows == rows


def test_landscape_table_printed_sideways_without_rotate(tmp_path):
    """The table page's text runs up the portrait page (turn the page to read it), no ``/Rotate``."""
    path = tmp_path / "sideways.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Bold", 12)
    c.drawString(72, 740, "Results")
    draw_lines(c, 720, BODY * 4)
    c.showPage()
    width, height = letter
    c.saveState()
    c.translate(width, 0)
    c.rotate(90)  # now x runs up the page and y to the left: a landscape page of height x width
    y = width - 60
    c.setFont("Times-Bold", 9)
    c.drawString(60, y, "Table 1. Drug response of the parental and resistant lung cancer cell lines.")
    xs = [64, 260, 420, 560]
    draw_rows(c, y - 12, xs, [HEADER] + BODY_ROWS + BODY_ROWS[:2], 60, 720)
    c.restoreState()
    c.save()
    tables = _tables(path)
    assert len(tables) == 1
    assert tables[0].text == "Table 1"
    assert tables[0].rows[0] == HEADER and len(tables[0].rows) == 8 and all(len(r) == 4 for r in tables[0].rows)


def test_unruled_table_going_on_at_next_page_top_without_header(tmp_path):
    """The rows run to the foot of page 1 and on at the top of page 2, neither caption nor header there."""
    path = tmp_path / "continued_bare.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Bold", 12)
    c.drawString(72, 740, "Results")
    y = draw_lines(c, 720, BODY * 7)
    c.setFont("Times-Bold", 9)
    c.drawString(72, y - 8, "Table 1. Drug response of lung cancer cell lines under cisplatin.")
    rows = [[f"Line {k}", f"{10 + k}.{k} ± 1.{k}", f"{1 + k / 10:.2f}", f"0.0{k}"] for k in range(1, 19)]
    xs = [76, 200, 320, 440]
    bottom, _ = draw_rows(c, y - 20, xs, [HEADER] + rows[:11], 72, 540)
    assert bottom > 40
    c.setFont("Helvetica", 7)
    c.drawString(72, 30, "1021")
    c.showPage()
    bottom, _ = draw_rows(c, 740, xs, rows[11:], 72, 540)
    c.setFont("Times-Roman", 7.5)
    c.drawString(72, bottom - 10, "Values are mean ± SD of three experiments.")
    draw_lines(c, bottom - 40, BODY * 3)
    c.save()
    tables = _tables(path)
    assert len(tables) == 1
    assert tables[0].rows == [HEADER] + rows


def test_row_label_wrapped_onto_its_own_line_stays_in_its_cell(tmp_path):
    """A long row label wraps in the first column; the values stand on its first line."""
    path = tmp_path / "wrapped_label.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = draw_lines(c, 740)
    c.setFont("Times-Bold", 9)
    c.drawString(72, y - 8, "Table 1. Mitochondrial function of the treated cells.")
    rows = [
        ["Treatment", "OCR (pmol/min)", "ATP (nmol/mg)"],
        [["Cisplatin-resistant A549 cells", "treated with chloroquine"], "84.2 ± 5.1", "12.1"],
        ["Vehicle", "120.3 ± 7.7", "18.4"],
        [["PINK1 knockdown combined", "with cisplatin for 48 h"], "61.0 ± 4.2", "9.9"],
        ["Bafilomycin A1", "70.5 ± 3.3", "10.2"],
    ]
    bottom, _ = draw_rows(c, y - 20, [76, 260, 400], rows, 72, 540)
    draw_lines(c, bottom - 30)
    c.save()
    tables = _tables(path)
    assert len(tables) == 1
    assert [r[0] for r in tables[0].rows] == [
        "Treatment", "Cisplatin-resistant A549 cells treated with chloroquine", "Vehicle",
        "PINK1 knockdown combined with cisplatin for 48 h", "Bafilomycin A1",
    ]
    assert len(tables[0].rows) == 5


def test_full_width_table_under_a_short_caption_in_one_column(tmp_path):
    """``Key resources table`` set in the left column of a two-column page, its rows across both
    columns under it, two columns of body text under the table."""
    path = tmp_path / "krt_full_width.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    _column_text(c, 50, 740)
    y = _column_text(c, 320, 740)
    c.setFont("Times-Bold", 10)
    c.drawString(50, y - 10, "KEY RESOURCES TABLE")
    rows = [
        ["REAGENT or RESOURCE", "SOURCE", "IDENTIFIER"],
        ["Rabbit monoclonal anti-PINK1 (clone D8G3)", "Cell Signaling Technology", "Cat#6946"],
        ["Mouse monoclonal anti-TOMM20", "Santa Cruz Biotechnology", "Cat#sc-17764"],
        ["Chloroquine diphosphate", "Sigma-Aldrich", "Cat#C6628"],
        ["Bafilomycin A1", "Cayman Chemical", "Cat#11038"],
        ["Human: A549 lung carcinoma cells", "ATCC", "CCL-185"],
    ]
    bottom, _ = draw_rows(c, y - 20, [54, 250, 420], rows, 50, 562)
    _column_text(c, 50, bottom - 24)
    _column_text(c, 320, bottom - 24)
    c.save()
    tables = _tables(path)
    assert len(tables) == 1
    assert tables[0].rows == rows


def test_cells_wrapped_in_two_columns_of_one_row_go_on_together(tmp_path):
    """A row whose label and text cell both wrap: the second line fills those two columns only."""
    path = tmp_path / "wrapped_two.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = draw_lines(c, 740)
    c.setFont("Times-Bold", 9)
    c.drawString(72, y - 8, "Table 1. Mitophagy receptors in the resistant cells.")
    rows = [
        ["Gene", "Ratio", "Effect", "P value"],
        [["Parental and cisplatin-resistant", "A549 cells grown as spheroids"], "1.65", ["restored after PINK1", "re-expression"], "0.002"],
        ["Vehicle", "0.59", "reduced by chloroquine", "0.220"],
        [["PINK1 knockdown combined with", "cisplatin and chloroquine"], "2.81", ["not detected in", "resistant cells"], "<0.001"],
        ["Bafilomycin A1", "1.01", "unchanged", "0.640"],
    ]
    bottom, _ = draw_rows(c, y - 20, [76, 250, 310, 460], rows, 72, 540)
    draw_lines(c, bottom - 30)
    c.save()
    tables = _tables(path)
    assert len(tables) == 1
    assert tables[0].rows == [[" ".join(cell) if isinstance(cell, list) else cell for cell in row] for row in rows]


def test_a_raised_mark_is_a_short_word_not_a_whole_raised_line():
    """A footnote opens with a short raised mark before baseline text; a line whose words are all
    marked raised (a wrapped cell word) opens no footnote."""
    from pipeline.ingest.pdf.layout import Line
    from pipeline.ingest.pdf.reader import Word
    from pipeline.ingest.pdf.tables import _raised_mark

    def word(text, x0, sup):
        return Word(text=text, x0=x0, x1=x0 + 5 * len(text), top=100, bottom=108, size=8, font="Times-Roman", sup=sup)

    note = Line(words=[word("a", 50, True), word("Values", 56, False), word("are", 90, False)], text="aValues are")
    cell = Line(words=[word("hypoxia", 50, True)], text="hypoxia")
    assert _raised_mark(note)
    assert not _raised_mark(cell)


def test_a_repeated_two_row_header_over_a_continued_part_is_dropped():
    """A group header over its sub-column header, both printed again over the part on the next page."""
    from pipeline.ingest.pdf.tables import join_continued

    group = ["", "Parental", "", "Resistant", ""]
    sub = ["Gene", "Mean ± SD", "P", "Mean ± SD", "P"]
    first = [group, sub, ["PINK1", "1.2 ± 0.1", "0.01", "2.2 ± 0.3", "0.04"]]
    part = [group, sub, ["BNIP3", "0.8 ± 0.2", "0.20", "1.9 ± 0.1", "0.002"], ["FUNDC1", "1.1 ± 0.1", "0.31", "1.0 ± 0.2", "0.55"]]
    joined = join_continued(first, part)
    assert joined == first + part[2:]
