"""PDF table layout classes, session 12 (issue 10, pdftab12): each page drawn here with reportlab.

Classes (found on the TUNE part of set 2 of the synthetic table pages): a caption set in a narrow column
left of its table; a header of three stacked rows with every row ruled, the stub's head in the lowest; a
``Total`` row under its own rule (with a header rule, and as the table's only rule); rows under a rule that
closes a row group, with no bottom rule; a row label and several text cells wrapped together; a bare
``TABLE N`` over a caption line wider than the table; running text right under a table set smaller; a framed
table with column rules and no row rules. Plus
unit tests of the stacked-header rule and a test of the set-2 generator.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from pipeline.ingest.pdf.tables import merge_header_rows
from tests.pdf_pages import BODY, draw_flowable, pdf_document

CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=9.6, alignment=TA_LEFT)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold")
TEXT = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
CAPTION = ParagraphStyle("cap", fontName="Times-Roman", fontSize=9, leading=11)
NOTE = ParagraphStyle("note", fontName="Helvetica", fontSize=7, leading=8.5)


def _body(c, y: float, paragraphs: int = 1, width: float = 460) -> float:
    for _ in range(paragraphs):
        y = draw_flowable(c, Paragraph(" ".join(BODY), TEXT), 72, y, width)
    return y


def _table(header_rows, rows, widths, style=(), pad: float = 5, cell=CELL) -> Table:
    data = [[Paragraph(t, HEAD) for t in row] for row in header_rows]
    data += [[Paragraph(t, cell) for t in row] for row in rows]
    ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
          ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    return Table(data, colWidths=widths, style=TableStyle(ts + list(style)), hAlign="LEFT")


ROWS = [["Parental", "12.4", "0.31"], ["Resistant", "30.8", "0.72"], ["Resistant + CQ", "15.1", "0.40"],
        ["Knockdown", "13.0", "0.35"], ["Rescue", "28.7", "0.69"], ["Vehicle", "11.9", "0.30"]]


def test_caption_in_a_column_left_of_its_table_is_cut_from_the_rows(tmp_path):
    """``Table 1.`` and its caption wrapped in a narrow column at the table's left, its lines on the rows'
    baselines: the header and rows keep their own words, the caption keeps its text."""
    path = tmp_path / "side.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    cap = Paragraph("<b>Table 1.</b> Mitochondrial membrane potential of the resistant lines after treatment with the "
                    "kinase inhibitor for two days, relative to the parental line.", CAPTION)
    draw_flowable(c, cap, 72, y - 8, 120)
    top = y - 8
    ts = [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
          ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]
    y2 = draw_flowable(c, _table([["Cell line", "TMRM (a.u.)", "Ratio"]], ROWS, [110, 90, 70], ts), 206, top, 280)
    _body(c, min(y2, top - 120) - 12, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert table.columns == ["Cell line", "TMRM (a.u.)", "Ratio"]
    assert table.rows == ROWS
    assert table.caption.removeprefix("Table 1. ").startswith("Mitochondrial membrane potential of the resistant lines")


def test_three_stacked_header_rows_every_row_ruled_are_one_header(tmp_path):
    """A label over two group labels over ``n`` / ``%`` sub-columns, the stub's head (``Group``) in the lowest
    row, a rule under every row: the three rows are the header, the first body row is the first data row."""
    path = tmp_path / "stacked.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = draw_flowable(c, Paragraph("<b>Table 2.</b> Response of the two cohorts to the combined treatment.", CAPTION), 72, y)
    header = [["", "Treatment response", "", "", ""], ["", "Discovery cohort", "", "Validation cohort", ""], ["Group", "n", "%", "n", "%"]]
    rows = [["Early stage", "41", "33.1", "29", "30.2"], ["Advanced stage", "58", "46.8", "44", "45.8"], ["Relapsed", "25", "20.1", "23", "24.0"],
            ["Metastatic", "12", "9.7", "10", "10.4"]]
    ts = [("SPAN", (1, 0), (4, 0)), ("SPAN", (1, 1), (2, 1)), ("SPAN", (3, 1), (4, 1)), ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
          ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black)]
    y = draw_flowable(c, _table(header, rows, [110, 60, 60, 60, 60], ts), 72, y)
    _body(c, y - 10, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert len(table.columns) == 5 and table.columns[0] == "Group"
    assert table.rows == rows


def _total_page(path, style, caption="<b>Table 3.</b> Best response by line of treatment.") -> list[list[str]]:
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = draw_flowable(c, Paragraph(caption, CAPTION), 72, y)
    rows = [["First line", "12", "30", "7"], ["Second line", "9", "21", "11"], ["Third line", "4", "15", "9"], ["Maintenance", "6", "8", "2"]]
    rows.append(["Total", "31", "74", "29"])
    y = draw_flowable(c, _table([["Setting", "Responders", "Stable disease", "Progression"]], rows, [110, 80, 90, 80], style), 72, y)
    y = draw_flowable(c, Paragraph("<super>a</super>Responses assessed by RECIST 1.1.", NOTE), 72, y)
    _body(c, y - 10, 2)
    c.save()
    return rows


def test_total_row_under_its_own_rule_stays_in_the_table(tmp_path):
    """A rule under the header and one over the ``Total`` row, no bottom rule: the total row is the last row
    (the rule over it was taken for the table's end)."""
    path = tmp_path / "total.pdf"
    rows = _total_page(path, [("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black)])
    table = pdf_document(path).tables[0]
    assert table.columns == ["Setting", "Responders", "Stable disease", "Progression"]
    assert table.rows == rows


def test_rule_over_a_total_row_as_the_only_rule_is_no_header_rule(tmp_path):
    """No rule but the one over the ``Total`` row: the header is its one line, not every row over the rule."""
    path = tmp_path / "total_only.pdf"
    rows = _total_page(path, [("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black)])
    table = pdf_document(path).tables[0]
    assert table.columns == ["Setting", "Responders", "Stable disease", "Progression"]
    assert table.rows == rows


def test_rows_under_a_rule_closing_a_row_group_stay_in_the_table(tmp_path):
    """A header rule and a rule under the first group of rows (merged first-column cells), none at the foot: the
    rows of the last group, under the last rule, are the table's, and their first cells stay empty."""
    path = tmp_path / "group_rule.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = draw_flowable(c, Paragraph("<b>Table 4.</b> Sensitivity of the models to the combined treatment.", CAPTION), 72, y)
    rows = [["Xenografts", "Vehicle", "0.82", "301"], ["", "Inhibitor", "0.04", "370"], ["Organoids", "Patient 1", "0.79", "105"],
            ["", "Patient 2", "0.31", "331"], ["", "Patient 3", "0.02", "183"]]
    ts = [("SPAN", (0, 1), (0, 2)), ("SPAN", (0, 3), (0, 5)), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
          ("LINEBELOW", (0, 2), (-1, 2), 0.4, colors.black)]
    y = draw_flowable(c, _table([["Model", "Condition", "FDR", "Cells"]], rows, [100, 100, 70, 70], ts), 72, y)
    _body(c, y - 12, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert table.columns == ["Model", "Condition", "FDR", "Cells"]
    assert table.rows == rows


def test_label_and_several_text_cells_wrapped_together_are_one_row(tmp_path):
    """Two text columns too narrow for their text, the row label wrapped too (``EGFR`` / ``overexpression``),
    rows set tight: each row is one row, however many lines its cells take."""
    path = tmp_path / "multi_wrap.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = draw_flowable(c, Paragraph("<b>Table 5.</b> Findings in the resistant models.", CAPTION), 72, y)
    rows = [["EGFR low", "increased LC3 lipidation and lysosomal turnover of damaged organelles", "partial rescue of drug sensitivity after chloroquine treatment"],
            ["EGFR overexpression", "xenograft growth slowed under combined inhibitor and autophagy inhibition", "reduced oxygen consumption with a shift to glycolysis"],
            ["shEGFR", "BNIP3 induction under hypoxia in resistant sublines", "xenograft growth slowed under combined inhibitor and autophagy inhibition"]]
    ts = [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
          ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 0.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8)]
    y = draw_flowable(c, _table([["Characteristic", "Effect on mitophagy", "Mechanism"]], rows, [75, 95, 85], ts), 72, y)
    _body(c, y - 12, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert table.columns == ["Characteristic", "Effect on mitophagy", "Mechanism"]
    assert table.rows == rows


def test_bare_label_over_a_caption_wider_than_the_table_keeps_the_caption_out(tmp_path):
    """``TABLE 6`` alone, a caption line running on past the table's right edge, a rule under the header only
    and under a row group: the caption line is no header text."""
    path = tmp_path / "bare_wide.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = draw_flowable(c, Paragraph("<b>TABLE 6</b>", CAPTION), 72, y)
    y = draw_flowable(c, Paragraph("Accumulating evidence indicates that tumour cells exploit glycolysis to tolerate cytotoxic stress.", CAPTION), 72, y)
    rows = [["Resistant lines", "PC-3-R", "0.41", "0.002"], ["", "PANC-1-R", "0.004", "0.002"], ["Organoids", "Patient 2", "0.002", "0.010"],
            ["", "Patient 1", "0.009", "0.002"], ["", "Patient 4", "0.013", "0.030"]]
    ts = [("SPAN", (0, 1), (0, 2)), ("SPAN", (0, 3), (0, 5)), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
          ("LINEBELOW", (0, 2), (-1, 2), 0.4, colors.black)]
    y = draw_flowable(c, _table([["System", "Treatment", "FDR", "P"]], rows, [80, 70, 50, 50], ts), 72, y)
    _body(c, y - 12, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert table.columns == ["System", "Treatment", "FDR", "P"]
    assert table.rows == rows
    assert table.caption.removeprefix("TABLE 6 ").startswith("Accumulating evidence indicates")


def test_justified_text_right_under_a_small_table_is_no_row(tmp_path):
    """A table in 6.5 pt type with a rule under its header only, no notes, the column's 9.5 pt running text
    starting 4 pt under its last row: the text's first line (justified, word spaces over a font size) is not a row."""
    path = tmp_path / "small_then_text.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 1, 230)
    y = draw_flowable(c, Paragraph("<b>Table 7.</b> Adjusted P values of the treatment arms.", CAPTION), 72, y, 230)
    small = ParagraphStyle("small", parent=CELL, fontSize=6.5, leading=7.8)
    rows = [["Baseline", "0.002", "<0.001"], ["Week 4", "<0.001", "0.002"], ["Knockdown", "0.87", "<0.001"], ["Rescue", "0.037", "0.93"]]
    tbl = _table([["Variable", "Adjusted P", "FDR"]], rows, [90, 60, 60], [("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)], cell=small)
    y = draw_flowable(c, tbl, 72, y, 230)
    text = ParagraphStyle("narrow", parent=TEXT, fontName="Helvetica", fontSize=9.5, leading=12.3)
    draw_flowable(c, Paragraph("Pharmacological inhibition of mitochondrial fusion restored the cytotoxic effect of the drug in resistant "
                       "cells, and knockdown of the receptor reduced the accumulation of damaged organelles.", text), 72, y, 240)
    c.save()
    table = pdf_document(path).tables[0]
    assert table.columns == ["Variable", "Adjusted P", "FDR"]
    assert table.rows == rows


def test_framed_table_with_column_rules_and_no_row_rules_keeps_its_rows(tmp_path):
    """A box round the table, rules between the columns and under the header, none between the rows (the
    finder makes each column's body one cell): one row per body line, values kept apart (``−3.58``, ``14 (34.3)``)."""
    path = tmp_path / "frame.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 2)
    y = draw_flowable(c, Paragraph("<b>Table 8.</b> Response of the lines to the combined treatment.", CAPTION), 72, y)
    rows = [["Vehicle", "\u22123.58", "14 (34.3)"], ["Parental", "\u22123.56", "108 (10.0)"], ["Resistant", "2.22", "185 (50.5)"],
            ["Knockdown", "\u22124.23", "163 (83.9)"], ["Rescue", "1.31", "197 (75.6)"]]
    ts = [("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
          ("LINEBEFORE", (1, 0), (1, -1), 0.4, colors.black), ("LINEBEFORE", (2, 0), (2, -1), 0.4, colors.black)]
    y = draw_flowable(c, _table([["Line", "log2 FC", "Responders, n (%)"]], rows, [100, 70, 100], ts), 72, y)
    _body(c, y - 12, 2)
    c.save()
    table = pdf_document(path).tables[0]
    assert table.columns == ["Line", "log2 FC", "Responders, n (%)"]
    assert [r[0] for r in table.rows] == [r[0] for r in rows]
    assert [r[2] for r in table.rows] == [r[2] for r in rows]
    assert [r[1].replace(" ", "") for r in table.rows] == [r[1] for r in rows]


def test_stacked_header_rows_merge_but_a_first_body_row_of_values_does_not():
    """Unit test: a lowest header row (stub head, no value) under an empty stub cell joins the header; a row of
    values (``31.2, SD = 4.1``, ``< 0.01``) under a header with an empty stub cell stays a body row."""
    stacked = [["", "Discovery cohort", "", "Validation cohort", ""], ["Group", "n", "95% CI", "n", "95% CI"], ["Early", "41", "1.1-2.0", "29", "0.9-1.7"]]
    assert merge_header_rows(stacked) == [["Group", "Discovery cohort n", "95% CI", "Validation cohort n", "95% CI"], stacked[2]]
    values = [["", "Sensitive tumours", "Resistant tumours", "Significance"], ["Tumour size: mean, SD", "31.2, SD = 4.1", "44.9, SD = 6.3", "< 0.01"],
              ["Relapsed, n (%)", "18 (22.5)", "35 (47.3)", "0.04"]]
    assert merge_header_rows(values) == values


def test_set2_generator_draws_its_classes_in_turn_with_set1_gold_keys(tmp_path):
    """Set 2 (``--set 2``): one class per document in turn, the gold in set 1's schema, byte-identical reruns."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from make_synthetic_tables import generate
    from synthetic_tables_set2 import SET2_CLASSES

    generate(tmp_path / "a", 3, 5, family="set2")
    generate(tmp_path / "b", 3, 5, family="set2")
    generate(tmp_path / "base", 1, 5)
    golds = [json.loads((tmp_path / "a" / f"tab_00{n}.json").read_text(encoding="utf-8")) for n in (1, 2, 3)]
    assert [g["tables"][0]["classes"]["set2"] for g in golds] == SET2_CLASSES[:3]
    assert [g["split"] for g in golds] == ["tune", "tune", "test"]
    base = json.loads((tmp_path / "base" / "tab_001.json").read_text(encoding="utf-8"))
    assert set(golds[0]) == set(base) and set(golds[0]["tables"][0]) == set(base["tables"][0])
    assert golds[0]["tables"][0]["header_rows"] == 3 == len(golds[0]["tables"][0]["cells"]["header"])
    for n in (1, 2, 3):
        assert (tmp_path / "a" / f"tab_00{n}.pdf").read_bytes() == (tmp_path / "b" / f"tab_00{n}.pdf").read_bytes()
