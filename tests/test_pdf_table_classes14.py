"""PDF table layout classes, session 14 (issue 10, pdftab14): each page drawn here with reportlab.

Classes (found on the TUNE part of set 3 of the synthetic table pages and of the real PDFs): a headed column left
blank at the right of the table (its head stands past the body's extent and had gone into the column beside it);
a group label centred over its sub-columns on an upper header line whose centre falls in a gap between two of
them (it had made a column of its own). Each page goes through the whole ingest (``Document.tables``) and is
checked as a DataFrame: its shape, its header and its cells.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from tests.pdf_pages import BODY, draw_flowable, pdf_document

CELL = ParagraphStyle("cell", fontName="Times-Roman", fontSize=8, leading=9.6, alignment=TA_LEFT)
RIGHT = ParagraphStyle("right", parent=CELL, alignment=TA_RIGHT)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Times-Bold")
GROUP = ParagraphStyle("group", parent=HEAD, alignment=TA_CENTER)
TEXT = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
CAPTION = ParagraphStyle("cap", fontName="Times-Roman", fontSize=9, leading=11)
BOOKTABS = [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]

# invented rows: a label and two values
ROWS = [["Parental line", "0.41", "12.7"], ["Resistant line", "233", "3.05"], ["Knockdown", "1.86", "0.449"],
        ["Rescue", "52.0", "7.71"], ["Vehicle arm", "0.093", "66.1"]]


def _frame(table) -> pd.DataFrame:
    return pd.DataFrame(table.rows, columns=table.columns)


def _page(path: Path, caption: str, table: Table) -> None:
    c = canvas.Canvas(str(path), pagesize=letter)
    y = draw_flowable(c, Paragraph(" ".join(BODY), TEXT), 72, 740)
    y = draw_flowable(c, Paragraph(caption, CAPTION), 72, y - 6)
    y = draw_flowable(c, table, 72, y - 4)
    draw_flowable(c, Paragraph(" ".join(BODY), TEXT), 72, y - 14)
    c.save()


def _blank_right_page(path: Path, right_set: bool) -> list[str]:
    heads = ["Model", "Score", "Second score", "Comment"]
    value = RIGHT if right_set else CELL
    data = [[Paragraph(h, HEAD) for h in heads]]
    data += [[Paragraph(r[0], CELL), Paragraph(r[1], value), Paragraph(r[2], value), ""] for r in ROWS]
    style = BOOKTABS + [("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]
    _page(path, "<b>Table 1.</b> Scores of the five invented models.", Table(data, colWidths=[90, 55, 65, 80], style=TableStyle(style), hAlign="LEFT"))
    return heads


def test_headed_blank_last_column_is_a_column_of_its_own(tmp_path):
    """A headed column whose every cell is blank, last in the table: its head stands past the body's extent,
    beside heads over body columns on the same line, and makes a column of its own (not a word of the head
    beside it); values set left under left-set heads."""
    path = tmp_path / "blank_right.pdf"
    heads = _blank_right_page(path, right_set=False)
    frame = _frame(pdf_document(path).tables[0])
    assert frame.shape == (5, 4)
    assert list(frame.columns) == heads
    assert frame.iloc[:, :3].values.tolist() == ROWS
    assert (frame.iloc[:, 3] == "").all()


def test_headed_blank_last_column_values_set_right_of_their_heads(tmp_path):
    """The same with the values set right, so each head stands left of its values: the heads still own the
    value columns, and the blank column's head is the fourth column."""
    path = tmp_path / "blank_right_set_right.pdf"
    heads = _blank_right_page(path, right_set=True)
    frame = _frame(pdf_document(path).tables[0])
    assert frame.shape == (5, 4)
    assert list(frame.columns) == heads
    assert frame.iloc[:, 1].tolist() == [r[1] for r in ROWS]
    assert (frame.iloc[:, 3] == "").all()


def test_group_label_centred_in_a_gap_between_its_sub_columns_makes_no_column(tmp_path):
    """A two-level header: a group label (``Day 7``) centred over three sub-columns set left, its centre in the
    white gap between the second and the third; the stub head set at the bottom, beside the sub-heads. The
    label is a spanning header cell, not a column: four columns, the values under their sub-heads."""
    path = tmp_path / "group_in_gap.pdf"
    subs = ["Baseline", "Week 4", "Week 8"]
    rows = [[r[0], r[1], r[2], v] for r, v in zip(ROWS, ["6.14", "134", "703", "997", "0.52"])]
    data = [["", Paragraph("Day 7", GROUP), "", ""], [Paragraph("Group", HEAD)] + [Paragraph(s, HEAD) for s in subs]]
    data += [[Paragraph(x, CELL) for x in r] for r in rows]
    style = BOOKTABS + [("SPAN", (1, 0), (3, 0)), ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    _page(path, "<b>Table 2.</b> Expression of three invented markers over a week.", Table(data, colWidths=[110, 60, 90, 50], style=TableStyle(style), hAlign="LEFT"))
    frame = _frame(pdf_document(path).tables[0])
    assert frame.shape == (5, 4)
    assert frame.columns[0] == "Group" and frame.columns[3].endswith("Week 8")
    assert "Day 7" in " ".join(frame.columns[1:])
    assert frame.values.tolist() == rows


NOTE = ParagraphStyle("note", parent=CELL)  # set as the rows are: no smaller type, no mark
NOTES = ["IC50, half-maximal inhibitory concentration measured over three days in each of the five invented models.",
         "Values are means of three independent experiments."]


def test_note_without_mark_under_an_unruled_table_is_no_row(tmp_path):
    """Notes under an unruled table (no rule under its rows either), set in the rows' own size with no mark:
    the first runs from the table's left edge across its value columns and ends a sentence, so the rows end
    over it (it had become a row, its words spread over the columns, and the second note a group row)."""
    path = tmp_path / "note_unruled.pdf"
    heads = ["Model", "IC50 (uM)", "Ratio", "Passages"]
    rows = [[r[0], r[1], r[2], str(k + 2)] for k, r in enumerate(ROWS)]
    data = [[Paragraph(h, HEAD) for h in heads]] + [[Paragraph(x, CELL) for x in r] for r in rows]
    style = [("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    c = canvas.Canvas(str(path), pagesize=letter)
    y = draw_flowable(c, Paragraph(" ".join(BODY), TEXT), 72, 740)
    y = draw_flowable(c, Paragraph("<b>Table 3.</b> Readouts of the five invented models.", CAPTION), 72, y - 6)
    y = draw_flowable(c, Table(data, style=TableStyle(style), hAlign="LEFT"), 72, y - 3)
    for note in NOTES:
        y = draw_flowable(c, Paragraph(note, NOTE), 72, y - 1)
    draw_flowable(c, Paragraph(" ".join(BODY), TEXT), 72, y - 14)
    c.save()
    frame = _frame(pdf_document(path).tables[0])
    assert frame.shape == (5, 4)
    assert list(frame.columns) == heads
    assert frame.values.tolist() == rows
