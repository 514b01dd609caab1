"""PDF table layout classes, session 9 (issue 10, pdftables6): each page drawn here with reportlab.

Classes: a bare ``Table N`` / ``TABLE N`` label line whose caption is the next paragraph (above or under
the rows); a narrow table with a rule under its wrapped header inside a column-wide region; header cells
set left over values set right (a header beside its column, not a column of its own); rules set so
tight under the text that they cross the font's descent; an unruled table's bold header wrapped over
lines; values centred on a two-line row label; a bare label over a caption across two columns; an unruled
table captioned under it across the page, column text over it; a row label and a text cell wrapped
together in tight rows; an unruled key resources table ending at the next heading.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from tests.pdf_pages import BODY, pdf_document

CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=9.6, alignment=TA_LEFT)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold")
RIGHT = ParagraphStyle("right", parent=CELL, alignment=TA_RIGHT)
TEXT = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
HEADER = ["Cell line", "IC50 (µM)", "Fold change", "P value"]
ROWS = [
    ["A549", "12.4 ± 1.1", "1.00", "0.210"],
    ["A549 CR", "48.9 ± 3.2", "3.94", "<0.001"],
    ["H1299", "9.7 ± 0.8", "0.78", "0.034"],
    ["H1299 CR", "31.2 ± 2.5", "2.52", "0.002"],
    ["PC-9", "15.0 ± 1.9", "1.21", "0.640"],
]


def _draw(c, flowable, x: float, y: float, width: float = 460) -> float:
    """Draw a flowable with its top at ``y``; the y under it (4 points of space)."""
    _, h = flowable.wrap(width, 1000)
    flowable.drawOn(c, x, y - h)
    return y - h - 4


def _body(c, y: float, paragraphs: int = 1) -> float:
    for _ in range(paragraphs):
        y = _draw(c, Paragraph(" ".join(BODY), TEXT), 72, y)
    return y


def _table(header, rows, widths, style=(), right_values: bool = False) -> Table:
    data = [[Paragraph(t, HEAD) for t in header]]
    data += [[Paragraph(t, RIGHT if right_values and j else CELL) for j, t in enumerate(row)] for row in rows]
    ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5)]
    return Table(data, colWidths=widths, style=TableStyle(ts + list(style)), hAlign="LEFT")


def _bare_label_page(path, label: str, below: bool) -> None:
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    lab = Paragraph(f"<b>{label}</b>", ParagraphStyle("lab", fontName="Times-Roman", fontSize=10, leading=12))
    cap = Paragraph("Drug response of the parental and cisplatin-resistant lung cancer cell lines.",
                    ParagraphStyle("cap", fontName="Times-Roman", fontSize=9, leading=11))
    tbl = _table(HEADER, ROWS, [90, 90, 80, 70], [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                                                   ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                                                   ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)])
    for part in ([tbl, lab, cap] if below else [lab, cap, tbl]):
        y = _draw(c, part, 72, y)
    _body(c, y - 8, 2)
    c.save()


def test_bare_table_label_line_takes_the_next_paragraph_as_its_caption(tmp_path):
    """``Table 1`` / ``TABLE 1`` alone on a line, the caption text on the next line, over or under the rows
    (Wiley, Taylor & Francis, Frontiers): the caption is that text, never empty."""
    for k, (label, below) in enumerate([("Table 1", False), ("TABLE 1", False), ("Table 1", True)]):
        path = tmp_path / f"bare_{k}.pdf"
        _bare_label_page(path, label, below)
        doc = pdf_document(path)
        assert [t.label for t in doc.tables] == ["Table 1"]
        assert doc.tables[0].caption.startswith("Drug response of the parental"), (label, below, doc.tables[0].caption)
        assert (len(doc.tables[0].columns), len(doc.tables[0].rows)) == (4, 5)
        body = " ".join(p.text for s in doc.sections for p in s.paragraphs)
        assert "Drug response of the parental" not in body  # the caption left the running text


def test_narrow_table_with_a_rule_under_its_wrapped_header(tmp_path):
    """A table narrower than its caption's column region, its header wrapped over three lines (the first
    column's header on the last one) and one rule under it: the header is one row, the body five."""
    path = tmp_path / "wrapped_header.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = _draw(c, Paragraph("<b>Table 1.</b> Drug response of the parental and cisplatin-resistant lung cancer cell lines over three weeks.",
                           ParagraphStyle("cap", fontName="Times-Roman", fontSize=9, leading=11)), 72, y)
    header = ["Cell line", "Half maximal inhibitory concentration (µM)", "Fold change over the parental line", "P value (two-sided test)"]
    tbl = _table(header, ROWS, [60, 75, 75, 66], [("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)])
    y = _draw(c, tbl, 72, y)
    _body(c, y - 8, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert len(table.columns) == 4 and len(table.rows) == 5
    assert table.columns[0] == "Cell line"
    assert table.columns[1].startswith("Half maximal") and table.columns[1].endswith("(µM)")
    assert table.rows[0][0] == "A549"


def test_header_set_left_over_values_set_right_heads_their_column(tmp_path):
    """Unruled: a text column, then numbers set right under headers set left; each header stands left of
    its values (over no body column) and is that column's header, not a column of its own."""
    path = tmp_path / "ragged.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = _draw(c, Paragraph("<b>Table 2.</b> Mitochondrial markers in the resistant cell lines.",
                           ParagraphStyle("cap", fontName="Times-Roman", fontSize=9, leading=11)), 72, y)
    header = ["Cell line", "Localization", "Ratio", "log2 FC"]
    rows = [["A549", "Mitochondria", "98.3", "1.05"], ["A549 CR", "Outer membrane", "358", "-1.04"],
            ["H1299", "Mitochondria and cytosol", "0.942", "-3.20"], ["H1299 CR", "Down", "79.1", "2.71"],
            ["PC-9", "Not detected", "12.6", "0.33"]]
    y = _draw(c, _table(header, rows, [70, 130, 90, 90], right_values=True), 72, y)
    _body(c, y - 8, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert table.columns == header
    assert [r[2] for r in table.rows] == ["98.3", "358", "0.942", "79.1", "12.6"]


def test_rules_tight_under_the_text_part_header_and_rows(tmp_path):
    """Rules under every row, drawn inside the text's descent (no padding under the cells): the first
    body row stays out of the header and every band is one row."""
    path = tmp_path / "tight_rules.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = _draw(c, Paragraph("<b>Table 1.</b> Drug response of the parental and resistant lung cancer cell lines.",
                           ParagraphStyle("cap", fontName="Times-Roman", fontSize=9, leading=11)), 72, y)
    style = [("TOPPADDING", (0, 0), (-1, -1), 0.3), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.2),
             ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black)]
    y = _draw(c, _table(HEADER, ROWS, [90, 90, 80, 70], style), 72, y)
    _body(c, y - 8, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert table.columns == HEADER
    assert [r[0] for r in table.rows] == [r[0] for r in ROWS]


def test_bare_label_over_a_caption_across_two_columns(tmp_path):
    """Two columns of body text, then a full-width table: ``TABLE 1`` alone at the left column's edge, its
    caption across both columns with a short last line: the label is read with its caption (not before
    the right column's text), the caption is whole and the body text keeps out of it."""
    path = tmp_path / "bare_span.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    col = ParagraphStyle("col", parent=TEXT, fontSize=9.5, leading=12)
    for x in (50, 316):
        y = 742
        for _ in range(2):
            y = _draw(c, Paragraph(" ".join(BODY[:5]), col), x, y, 246)
    y -= 14
    y = _draw(c, Paragraph("<b>TABLE 1</b>", ParagraphStyle("lab", fontName="Helvetica", fontSize=8, leading=10)), 50, y, 512)
    cap = ("Drug response of the parental and cisplatin-resistant lung cancer cell lines measured over three weeks "
           "of treatment in culture, as described in the methods section.")
    y = _draw(c, Paragraph(cap, ParagraphStyle("cap", fontName="Helvetica", fontSize=8, leading=10)), 50, y, 512)
    tbl = _table(HEADER, ROWS, [140, 130, 120, 110], [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                                                      ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                                                      ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)])
    y = _draw(c, tbl, 50, y - 2, 512)
    for x in (50, 316):
        _draw(c, Paragraph(" ".join(BODY[:5]), col), x, y - 10, 246)
    c.save()
    doc = pdf_document(path)
    assert [t.label for t in doc.tables] == ["Table 1"]
    assert doc.tables[0].caption == cap
    assert (len(doc.tables[0].columns), len(doc.tables[0].rows)) == (4, 5)
    body = " ".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "cisplatin-resistant lung cancer" not in body and "TABLE 1" not in body


def test_unruled_table_captioned_under_it_across_the_page_stops_at_column_text(tmp_path):
    """Two-column page: a paragraph in the left column, an unruled table under it, then its caption under
    the rows running across both columns: walking up from the caption, the column's running text (a line
    over 0.4 of the page-wide box) ends the table."""
    path = tmp_path / "below_span.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    col = ParagraphStyle("col", parent=TEXT, fontSize=9.5, leading=12)
    c.setFont("Times-Roman", 7.5)  # a journal line and a DOI on one baseline over the text (page 1: no repeat to drop it)
    c.drawString(50, 760, "J Mitochondrial Oncol 2026; 14: 1021-1035")
    c.drawRightString(562, 760, "doi:10.5555/jmo.2026.0041")
    y = _draw(c, Paragraph(" ".join(BODY[:4]), col), 50, 742, 246)
    y = _draw(c, _table(HEADER, ROWS, [60, 60, 55, 50]), 50, y - 10, 246)
    y = _draw(c, Paragraph("<b>Table 1.</b> Drug response of the parental and cisplatin-resistant lung cancer cell lines, "
                           "measured after three weeks of treatment.", ParagraphStyle("cap", fontName="Times-Roman", fontSize=8, leading=10)),
              50, y - 2, 512)
    for x in (50, 316):
        _draw(c, Paragraph(" ".join(BODY[:6]), col), x, y - 12, 246)
    c.save()
    doc = pdf_document(path)
    assert [t.label for t in doc.tables] == ["Table 1"]
    assert doc.tables[0].columns == HEADER and [r[0] for r in doc.tables[0].rows] == [r[0] for r in ROWS]


def test_row_label_and_text_cell_wrapped_together_in_tight_rows(tmp_path):
    """No space between rows: a row label wrapped onto a second line (capitalised, not mid-phrase) beside a
    text cell whose second line goes on in lower case, the value columns empty on that line: one row."""
    path = tmp_path / "label_and_text.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = _draw(c, Paragraph("<b>Table 1.</b> Mitophagy in the parental and resistant lung cancer cell lines.",
                           ParagraphStyle("cap", fontName="Times-Roman", fontSize=9, leading=11)), 72, y)
    header = ["Cell line", "IC50 (µM)", "Effect", "P value"]
    rows = [["A549", "12.4 ± 1.1", "not detected", "0.210"],
            ["Parental and cisplatin-resistant H1299 cells", "48.9 ± 3.2", "increased under hypoxia and low glucose", "<0.001"],
            ["PC-9", "9.7 ± 0.8", "partial rescue with chloroquine", "0.034"],
            ["H1299 CR", "31.2 ± 2.5", "reduced", "0.002"]]
    style = [("TOPPADDING", (0, 0), (-1, -1), 0.3), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
             ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
             ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]
    y = _draw(c, _table(header, rows, [122, 70, 130, 60], style), 72, y)
    _body(c, y - 8, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert [r[0] for r in table.rows] == [r[0] for r in rows]
    assert table.rows[1] == rows[1]


def test_unruled_key_resources_table_ends_at_the_next_heading(tmp_path):
    """An unruled key resources table (its "caption" a heading larger than the body text) followed by a
    section heading and running text in the body size, larger than the table's rows: the table ends there."""
    path = tmp_path / "krt.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 3)
    y = _draw(c, Paragraph("<b>KEY RESOURCES TABLE</b>", ParagraphStyle("krt", fontName="Helvetica", fontSize=11, leading=14)), 72, y - 6)
    rows = [["Antibodies", "", ""], ["Rabbit monoclonal anti-PINK1 (clone D8G3)", "Cell Signaling Technology", "Cat#6946"],
            ["Mouse monoclonal anti-TOMM20", "Santa Cruz Biotechnology", "Cat#sc-17764"],
            ["Chemicals, peptides, and recombinant proteins", "", ""], ["Chloroquine diphosphate", "Sigma-Aldrich", "Cat#C6628"],
            ["Bafilomycin A1", "Cayman Chemical", "Cat#11038"]]
    y = _draw(c, _table(["REAGENT or RESOURCE", "SOURCE", "IDENTIFIER"], rows, [190, 150, 120]), 72, y)
    y = _draw(c, Paragraph("<b>Cell culture and treatments</b>", ParagraphStyle("h", fontName="Times-Roman", fontSize=10, leading=13)), 72, y - 4)
    _body(c, y, 2)
    c.save()
    doc = pdf_document(path)
    table = next(t for t in doc.tables if t.label.lower().startswith("key resources"))
    assert len(table.rows) == len(rows) and table.rows[-1][0] == "Bafilomycin A1"
    assert "Cell culture and treatments" in [s.title for s in doc.sections]


def test_unruled_bold_header_wrapped_over_lines_is_one_row(tmp_path):
    """No rules at all, a bold header wrapped over two lines and set bottom-aligned (the first column's
    header on the second line): both header lines make the header, the body keeps its five rows."""
    path = tmp_path / "bold_header.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = _draw(c, Paragraph("<b>Table 1.</b> Drug response of the parental and resistant lung cancer cell lines.",
                           ParagraphStyle("cap", fontName="Times-Roman", fontSize=9, leading=11)), 72, y)
    header = ["Cell line", "Inhibitory concentration (µM)", "Fold change over parental", "P value"]
    y = _draw(c, _table(header, ROWS, [80, 100, 100, 70], [("VALIGN", (0, 0), (-1, 0), "BOTTOM")]), 72, y)
    _body(c, y - 8, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert table.columns == header
    assert [r[0] for r in table.rows] == [r[0] for r in ROWS]


def test_values_centred_on_a_two_line_row_label_stay_on_its_row(tmp_path):
    """A row label wrapped over two lines, its values set at the middle of the pair (on the second line's
    baseline): one row, the label whole; a one-line row label keeps its own row."""
    path = tmp_path / "middle.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = _draw(c, Paragraph("<b>Table 1.</b> Drug response of the parental and resistant lung cancer cell lines.",
                           ParagraphStyle("cap", fontName="Times-Roman", fontSize=9, leading=11)), 72, y)
    rows = [list(r) for r in ROWS]
    rows[1][0] = "A549 cells made resistant to cisplatin"
    rows[3][0] = "H1299 cells grown as spheroids under hypoxia"
    style = [("VALIGN", (1, 1), (-1, -1), "MIDDLE"), ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
             ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]
    y = _draw(c, _table(HEADER, rows, [100, 80, 80, 70], style), 72, y)
    _body(c, y - 8, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert [r[0] for r in table.rows] == [r[0] for r in rows]
    assert table.rows[1][1:] == rows[1][1:] and table.rows[3][1:] == rows[3][1:]


def test_open_table_family_is_deterministic_and_read_as_its_gold(tmp_path):
    """``make_synthetic_tables.py --family open``: the same seed writes the same bytes; its first documents
    (continued parts with and without caption or header, a bare label line) come out as their gold says."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    for p in (root / "scripts", root / "benchmarks"):
        if str(p) not in sys.path:
            sys.path.insert(0, str(p))
    import json

    from make_synthetic_tables import generate
    from pdf_synthetic_tables import score_doc

    a = generate(tmp_path / "a", 4, seed=3, family="open")
    b = generate(tmp_path / "b", 4, seed=3, family="open")
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    for pdf in a:
        gold = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
        assert gold["split"] == ("test" if int(pdf.stem[-3:]) % 3 == 0 else "tune")
        for row in score_doc(pdf, gold):
            assert row["found"] and row["shaped"] and row["caption"], (pdf.name, row["classes"]["open"], row["ours"], row["gold"])
