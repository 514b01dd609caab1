"""PDF table layout classes, session 10 (issue 10, pdftables7): each page drawn here with reportlab.

Classes: a header cell wrapped over two lines with its units on the second (``IC50`` / ``(µM)``) over
centred values; two-line header cells (``All patients`` / ``(n = 120)``) set left over values set right,
the header row shaded (BMC/BMJ); a ``(Continued)`` line under the first part of a table that runs on to
the next page (Taylor & Francis); a bare ``TABLE N`` label over a short caption line and a table wider
than it on a one-column page, its column gap read as a gutter (a unit test of the rule); values set right
half an em before a text column; a key resources section label run on past the first column. Plus the
journal family of the table generator.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from tests.pdf_pages import BODY, draw_flowable, pdf_document

CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=9.6, alignment=TA_LEFT)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold")
CENTRE = ParagraphStyle("centre", parent=CELL, alignment=TA_CENTER)
RIGHT = ParagraphStyle("right", parent=CELL, alignment=TA_RIGHT)
TEXT = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
CAPTION = ParagraphStyle("cap", fontName="Times-Roman", fontSize=9, leading=11)


def _body(c, y: float, paragraphs: int = 1) -> float:
    for _ in range(paragraphs):
        y = draw_flowable(c, Paragraph(" ".join(BODY), TEXT), 72, y)
    return y


def _table(header, rows, widths, style=(), values=CELL, pad: float = 5) -> Table:
    data = [[Paragraph("<br/>".join(t.split("\n")), HEAD) for t in header]]
    data += [[Paragraph(t, values if j else CELL) for j, t in enumerate(row)] for row in rows]
    ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad)]
    return Table(data, colWidths=widths, style=TableStyle(ts + list(style)), hAlign="LEFT")


BOOKTABS = [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]


def test_header_units_line_under_a_wrapped_name_heads_the_same_column(tmp_path):
    """``Time to relapse`` over ``(months)`` set left, the values centred under it: the units line stands
    over no body column but is the same header cell, not a column of its own."""
    path = tmp_path / "units.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = draw_flowable(c, Paragraph("<b>Table 1:</b> Relapse after treatment of the resistant xenograft models.", CAPTION), 72, y)
    header = ["Model", "Time to relapse\n(months)", "Tumour volume\n(mm3)", "Dose\n(mg/kg)"]
    rows = [["Parental", "14.2", "310", "25"], ["Resistant", "6.1", "1250", "25"], ["Resistant + CQ", "11.8", "540", "50"],
            ["Knockdown", "12.9", "402", "25"], ["Rescue", "7.0", "1105", "50"]]
    y = draw_flowable(c, _table(header, rows, [90, 95, 95, 70], BOOKTABS + [("VALIGN", (0, 0), (-1, 0), "BOTTOM")], values=CENTRE), 72, y)
    _body(c, y - 8, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert table.columns == ["Model", "Time to relapse (months)", "Tumour volume (mm3)", "Dose (mg/kg)"]
    assert [r[1] for r in table.rows] == ["14.2", "6.1", "11.8", "12.9", "7.0"]


def test_two_line_header_cells_over_right_aligned_counts_each_head_one_column(tmp_path):
    """A shaded header of two-line cells (``All patients`` / ``(n = 120)``) set left over ``n (%)`` values
    set right, category rows with a P value and sub-rows set in under them: one column per header cell."""
    path = tmp_path / "npct.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = draw_flowable(c, Paragraph("<b>Table 2.</b> Baseline characteristics of the patients by response.", CAPTION), 72, y)
    header = ["Characteristic", "All patients\n(n = 120)", "Responders\n(n = 70)", "Non-responders\n(n = 50)", "P value"]
    rows = [["Age (years)", "", "", "", "0.41"], ["< 60", "64 (53.3)", "40 (57.1)", "24 (48.0)", ""],
            ["60 or older", "56 (46.7)", "30 (42.9)", "26 (52.0)", ""], ["Sex", "", "", "", "0.08"],
            ["Female", "58 (48.3)", "39 (55.7)", "19 (38.0)", ""], ["Male", "62 (51.7)", "31 (44.3)", "31 (62.0)", ""]]
    style = [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85))] + [
        ("LEFTPADDING", (0, i), (0, i), 13) for i in (2, 3, 5, 6)]
    y = draw_flowable(c, _table(header, rows, [95, 90, 90, 95, 60], style, values=RIGHT), 72, y)
    _body(c, y - 8, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert table.columns == [h.replace("\n", " ") for h in header]
    assert table.rows[1] == ["< 60", "64 (53.3)", "40 (57.1)", "24 (48.0)", ""]
    assert table.rows[3][4] == "0.08"


def test_continued_line_under_a_first_part_is_no_row(tmp_path):
    """Taylor & Francis: the first part ends with ``(Continued)`` under its last row; the next page opens
    ``Table 1. (Continued)`` with the header repeated. One table, every row once, no ``(Continued)`` row."""
    path = tmp_path / "continued.pdf"
    header = ["Cell line", "IC50 (µM)", "Fold change", "P value"]
    rows = [[f"Line {i}", f"{10 + i}.4", f"{1 + i / 10:.2f}", f"0.0{i % 9 + 1}"] for i in range(1, 25)]
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 1)
    y = draw_flowable(c, Paragraph("<b>Table 1.</b> Drug response of the cell lines of the screen.", CAPTION), 72, y)
    y = draw_flowable(c, _table(header, rows[:14], [100, 90, 90, 80], BOOKTABS[:2]), 72, y)
    draw_flowable(c, Paragraph("<i>(Continued)</i>", ParagraphStyle("fc", parent=CELL, alignment=TA_RIGHT)), 72, y, 360)
    c.showPage()
    y = draw_flowable(c, Paragraph("<b>Table 1.</b> (Continued).", CAPTION), 72, 740)
    y = draw_flowable(c, _table(header, rows[14:], [100, 90, 90, 80], BOOKTABS), 72, y)
    _body(c, y - 8, 2)
    c.save()
    tables = pdf_document(path).tables
    assert [t.label for t in tables] == ["Table 1"]
    assert [r[0] for r in tables[0].rows] == [r[0] for r in rows]
    assert not any("ontinued" in " ".join(r) for r in tables[0].rows)


def _generator():
    root = Path(__file__).resolve().parent.parent
    for p in (root / "scripts", root / "benchmarks"):
        if str(p) not in sys.path:
            sys.path.insert(0, str(p))
    import make_synthetic_tables
    import pdf_synthetic_tables

    return make_synthetic_tables, pdf_synthetic_tables


def _line(text: str, x0: float, top: float, side: str, size: float = 8.0, gap: float = 3.0):
    """A Line of the words of ``text`` (cells parted by ``|``, set 30 points apart) from ``x0``."""
    from pipeline.ingest.pdf.layout import Line
    from pipeline.ingest.pdf.reader import Word

    words, x = [], x0
    for k, cell in enumerate(text.split("|")):
        if k:
            x += 30
        for t in cell.split():
            w = 0.5 * size * len(t)
            words.append(Word(t, x, x + w, top, top + size, size, "Helvetica"))
            x += w + gap
    ln = Line(words, side=side)
    return ln.finish()


def test_bare_label_over_a_short_caption_line_reads_the_table_across_a_false_gutter():
    """``TABLE 1`` alone, one caption line shorter than the table, then the header row crossing the
    page's (false) gutter: the first row of cells under the caption's text, not the caption line, decides
    that the table spans the gutter (it had been cut to one side, losing the rows that cross it)."""
    from pipeline.ingest.pdf.layout import LEFT, SPAN
    from pipeline.ingest.pdf.tables import _spanning_row_under

    label = _line("TABLE 1", 50, 266, LEFT, 8.5)
    caption = _line("Resistant cells and their drug response.", 50, 280, LEFT, 8.5)
    header = _line("Group|Range|RR (95% CI)|Dose range (mg/kg)", 52, 296, SPAN)
    row = _line("Week 4|12.5|2.98 (1.55-4.13)|n.d.", 52, 309, SPAN)
    assert _spanning_row_under(label, [label, caption, header, row])
    # a caption with its text run in (``Table 1. Resistant ...``) is no bare label: the line under it decides
    run_in = _line("Table 1. Resistant cells", 50, 266, LEFT, 8.5)
    assert not _spanning_row_under(run_in, [run_in, caption, header, row])


def test_journal_table_family_is_deterministic_and_read_as_its_gold(tmp_path):
    """``make_synthetic_tables.py --family journal``: the same seed writes the same bytes, every class falls
    in both splits (13 classes, a count prime to 3), and its first documents come out as their gold says."""
    gen, bench = _generator()
    JOURNAL_CLASSES, generate, score_doc = gen.JOURNAL_CLASSES, gen.generate, bench.score_doc

    assert len(JOURNAL_CLASSES) % 3 != 0
    a = generate(tmp_path / "a", 4, seed=5, family="journal")
    b = generate(tmp_path / "b", 4, seed=5, family="journal")
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    for pdf in a:
        gold = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
        assert gold["split"] == ("test" if int(pdf.stem[-3:]) % 3 == 0 else "tune")
        for row in score_doc(pdf, gold):
            assert row["found"] and row["shaped"], (pdf.name, row["classes"]["journal"], row["ours"], row["gold"])


def test_text_column_half_an_em_after_right_set_values_is_a_column_of_its_own(tmp_path):
    """Values set right end half an em before a text column set left (``Remarks``): white space under the
    column gap, but the header cell starting there and every row's text starting on that edge make two columns."""
    path = tmp_path / "tight.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = draw_flowable(c, Paragraph("<b>Table 3.</b> Mitophagy readouts of the resistant lines.", CAPTION), 72, y)
    header = ["Cell line", "ATP (nmol/mg)", "Remarks"]
    rows = [["Parental", "131.8 ± 8.3", "restored by re-expression"], ["Resistant", "69.7 ± 5.3", "required for receptor recruitment"],
            ["Knockdown", "23.8 ± 5.2", "unchanged"], ["Rescue", "52.7 ± 0.4", "lost after treatment"]]
    data = [[Paragraph(t, HEAD) for t in header]] + [[Paragraph(row[0], CELL), Paragraph(row[1], RIGHT), Paragraph(row[2], CELL)] for row in rows]
    ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2.4), ("RIGHTPADDING", (0, 0), (-1, -1), 2.4),
          ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]
    y = draw_flowable(c, Table(data, colWidths=[110, 140, 150], style=TableStyle(ts), hAlign="LEFT"), 72, y)
    _body(c, y - 8, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert len(table.columns) == 3 and table.columns[2] == "Remarks"
    assert [r[1:] for r in table.rows] == [r[1:] for r in rows]


def test_key_resources_section_label_longer_than_its_column_is_one_group_row(tmp_path):
    """Unruled key resources table: a section label set across the width (``Chemicals, peptides, and
    recombinant proteins``) runs on past the first column in word spacing; it is one spanning label row,
    not a first and a second cell."""
    path = tmp_path / "krt.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 1)
    y = draw_flowable(c, Paragraph("<b>KEY RESOURCES TABLE</b>", ParagraphStyle("krt", fontName="Helvetica", fontSize=11, leading=14)), 72, y)
    header = ["REAGENT or RESOURCE", "SOURCE", "IDENTIFIER"]
    section = "Chemicals, peptides, and recombinant proteins of the screen"
    rows = [["Antibodies", "", ""], ["Rabbit anti-receptor", "Vendor One", "Cat#1234"], ["Mouse anti-marker", "Vendor Two", "Cat#sc-5678"],
            [section, "", ""], ["Inhibitor A", "Vendor Three", "Cat#HY-1001"], ["Chloroquine", "Vendor Four", "Cat#C6628"]]
    data = [[Paragraph(t, HEAD) for t in header]]
    data += [[Paragraph(f"<b>{r[0]}</b>", CELL), "", ""] if not r[1] else [Paragraph(t, CELL) for t in r] for r in rows]
    ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5)]
    ts += [("SPAN", (0, i + 1), (-1, i + 1)) for i, r in enumerate(rows) if not r[1]]
    y = draw_flowable(c, Table(data, colWidths=[150, 150, 150], style=TableStyle(ts), hAlign="LEFT"), 72, y)
    _body(c, y - 8, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert table.label == "Key resources table" and len(table.columns) == 3
    assert [section, "", ""] in table.rows
    assert [r for r in table.rows if r[1]] == [r for r in rows if r[1]]


def test_lower_case_drug_label_with_values_in_two_cells_starts_a_row(tmp_path):
    """A row labelled by a drug name in lower case (``olaparib + CQ``), an empty cell in it, under a row
    filling every cell: values in two of its cells (``96.6 ± 1.8``) make it a row, not the wrapped end of
    the row above."""
    path = tmp_path / "lower_label.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = draw_flowable(c, Paragraph("<b>Table 4.</b> Mitochondrial mass and viability after the combinations.", CAPTION), 72, y)
    header = ["Compound", "Mito mass (a.u.)", "Viability (%)", "Fold change", "OCR (pmol/min)"]
    rows = [["Vehicle", "78.7 ± 1.8", "n.d.", "1.00", "61.6 ± 5.4"], ["Knockdown", "\u2014", "71.0 ± 2.2", "3.34", "49.1 ± 5.3"],
            ["olaparib + CQ", "96.6 ± 1.8", "", "\u2013", "44.3 ± 7.0"], ["Rescue", "73.8 ± 3.1", "\u2013", "0.82", "12.5 ± 0.9"],
            ["cisplatin", "104.8 ± 7.4", "13.2 ± 8.8", "", "34.1 ± 0.3"]]
    y = draw_flowable(c, _table(header, rows, [100, 85, 80, 70, 90], values=RIGHT), 72, y)
    _body(c, y - 8, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert [r[0] for r in table.rows] == [r[0] for r in rows]
    assert table.rows[2] == rows[2]
