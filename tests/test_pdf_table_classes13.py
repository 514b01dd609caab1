"""PDF table layout classes, session 13 (issue 10, pdftab13): each page drawn here with reportlab.

Classes (found on the TUNE part of set 3 of the synthetic table pages): cells wrapped over lines in several
columns, some set top and some centred on the row (unruled, and between booktabs rules); row-group labels
centred over the value columns of an unruled table; row-group labels on a tinted band. Each page goes through
the whole ingest (``Document.tables``) and is checked as a DataFrame: its shape and a few cells. Plus unit tests of
the block reader and a test of the set-3 generator.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from pipeline.ingest.pdf.cell_blocks import block_rows
from pipeline.ingest.pdf.tables import VALUE_RE
from tests.pdf_pages import BODY, draw_flowable, pdf_document

CELL = ParagraphStyle("cell", fontName="Times-Roman", fontSize=8, leading=9.6, alignment=TA_LEFT)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Times-Bold")
TEXT = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
CAPTION = ParagraphStyle("cap", fontName="Times-Roman", fontSize=9, leading=11)

# invented cells: a row label, two text cells that wrap in narrow columns, a value
WRAPPED = [
    ["Parental line", "loss of membrane potential within two hours of exposure",
     "fewer lysosomes per cell and slower turnover", "12.4"],
    ["Resistant line", "no change at the highest dose given", "more mitolysosomes and faster clearance of damaged organelles", "30.8"],
    ["Knockdown", "partial rescue of the resistant phenotype after silencing", "as in the parental line", "15.1"],
    ["Rescue", "restored potential after re-expression of the receptor", "faster clearance than in the knockdown cells", "28.7"],
]
HEADS = ["Model", "Effect on potential", "Lysosomal readout", "IC50 (µM)"]


def _frame(table) -> pd.DataFrame:
    return pd.DataFrame(table.rows, columns=table.columns)


def _body(c, y: float, paragraphs: int = 1, width: float = 460) -> float:
    for _ in range(paragraphs):
        y = draw_flowable(c, Paragraph(" ".join(BODY), TEXT), 72, y, width)
    return y


def _wrapped_page(path: Path, ruled: bool) -> None:
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 1)
    y = draw_flowable(c, Paragraph("<b>Table 1.</b> Mitochondrial readouts of the four models after treatment.", CAPTION), 72, y - 6)
    data = [[Paragraph(t, HEAD) for t in HEADS]] + [[Paragraph(t, CELL) for t in row] for row in WRAPPED]
    # the label and the second text column centred on the row, the first text column set top, the value centred
    ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 1), (0, -1), "MIDDLE"), ("VALIGN", (2, 1), (3, -1), "MIDDLE"),
          ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if ruled:
        ts += [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
               ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]
    y = draw_flowable(c, Table(data, colWidths=[80, 105, 105, 60], style=TableStyle(ts), hAlign="LEFT"), 72, y - 4)
    _body(c, y - 14, 1)
    c.save()


def test_cells_wrapped_in_several_columns_top_and_middle_aligned_unruled(tmp_path):
    """An unruled table whose text cells wrap over 2-4 lines, the label and one text column centred on the row
    beside a column set top: a row is its cells' blocks of lines (the centred cells' lines sit half a line off
    the others' and start above the label), not one row per label line."""
    path = tmp_path / "wrap_unruled.pdf"
    _wrapped_page(path, ruled=False)
    frame = _frame(pdf_document(path).tables[0])
    assert frame.shape == (4, 4)
    assert list(frame.columns) == HEADS
    assert frame.iloc[1, 2] == WRAPPED[1][2]
    assert frame.iloc[2, 1] == WRAPPED[2][1]
    assert list(frame.iloc[:, 3]) == [r[3] for r in WRAPPED]


def test_cells_wrapped_in_several_columns_top_and_middle_aligned_booktabs(tmp_path):
    """The same table between booktabs rules: the header keeps to its own words (a centred cell's first line
    right under the header rule is no header line) and every row keeps its cells whole."""
    path = tmp_path / "wrap_booktabs.pdf"
    _wrapped_page(path, ruled=True)
    frame = _frame(pdf_document(path).tables[0])
    assert frame.shape == (4, 4)
    assert list(frame.columns) == HEADS
    assert frame.iloc[0].tolist() == WRAPPED[0]
    assert frame.iloc[3, 1] == WRAPPED[3][1]


GROUPED = [("Cell lines", [["Parental", "41", "0.002", "74.7 ± 5.8"], ["Resistant", "233", "<0.001", "110.5 ± 8.8"],
                           ["Knockdown", "399", "0.93", "56.3 ± 7.5"]]),
           ("Xenografts", [["Vehicle arm", "17", "0.002", "47.6 ± 7.8"], ["Treated arm", "93", "<0.001", "32.4 ± 2.3"],
                           ["Combination arm", "409", "0.020", "110.2 ± 2.4"]]),
           ("Organoids", [["Line one", "186", "<0.001", "40.5 ± 7.7"], ["Line two", "338", "0.038", "11.6 ± 1.1"]])]
GROUP_HEADS = ["Model", "Cells (n)", "P value", "OCR (pmol/min)"]


def _grouped_page(path: Path, tint: bool) -> None:
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _body(c, 740, 1)
    y = draw_flowable(c, Paragraph("<b>Table 2.</b> Oxygen consumption of the three kinds of model.", CAPTION), 72, y - 6)
    centre = ParagraphStyle("grp", parent=CELL, alignment=TA_CENTER)
    data = [[Paragraph(t, HEAD) for t in GROUP_HEADS]]
    ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    if tint:
        ts += [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]
    for label, rows in GROUPED:
        i = len(data)
        data.append([Paragraph(f"<b>{label}</b>" if tint else label, CELL if tint else centre), "", "", ""])
        ts.append(("SPAN", (0, i), (-1, i)))
        if tint and i > 1:
            ts.append(("BACKGROUND", (0, i), (-1, i), colors.Color(0.9, 0.9, 0.9)))
        data += [[Paragraph(t, CELL) for t in row] for row in rows]
    y = draw_flowable(c, Table(data, colWidths=[110, 70, 70, 90], style=TableStyle(ts), hAlign="LEFT"), 72, y - 4)
    _body(c, y - 14, 1)
    c.save()


def _body_rows() -> list[list[str]]:
    return [r for _label, rows in GROUPED for r in rows]


def test_row_group_labels_centred_over_an_unruled_table_are_rows_and_keep_the_columns(tmp_path):
    """``Cell lines`` / ``Xenografts`` centred over the value columns of an unruled table: each is a group-label
    row (text in the first cell only), and the columns under them stay apart (the labels bridged their gaps)."""
    path = tmp_path / "groups_centred.pdf"
    _grouped_page(path, tint=False)
    frame = _frame(pdf_document(path).tables[0])
    assert frame.shape == (11, 4)
    assert list(frame.columns) == GROUP_HEADS
    labels = frame[(frame.iloc[:, 1:] == "").all(axis=1)].iloc[:, 0].tolist()
    assert labels == ["Cell lines", "Xenografts", "Organoids"]
    body = frame[~(frame.iloc[:, 1:] == "").all(axis=1)]
    assert body.values.tolist() == _body_rows()


def test_row_group_labels_on_tinted_bands_part_no_rows(tmp_path):
    """Group labels on a tinted band (edges of shading read as rules): the bands hold a label each, so the rows
    between them are read from their lines, not one row per band between two edges."""
    path = tmp_path / "groups_tinted.pdf"
    _grouped_page(path, tint=True)
    frame = _frame(pdf_document(path).tables[0])
    assert frame.shape == (11, 4)
    body = frame[~(frame.iloc[:, 1:] == "").all(axis=1)]
    assert body.values.tolist() == _body_rows()


def test_block_rows_take_a_plain_reading_only():
    """Blocks of lines down each column make the rows when every band holds one label block; a band with two
    label blocks (a centred cell bridging two rows) gives no reading."""
    lines = [(100.0, 8.0, ["", "a b", "", ""]), (109.6, 8.0, ["Parental", "c d", "e f", "1.2"]),
             (119.2, 8.0, ["", "", "g h", ""]), (134.0, 8.0, ["", "i j", "", ""]), (143.6, 8.0, ["Resistant", "k l", "m", "3.4"])]
    assert block_rows(lines, 0.08, VALUE_RE) == [["Parental", "a b c d", "e f g h", "1.2"], ["Resistant", "i j k l", "m", "3.4"]]
    bridged = [(100.0, 8.0, ["One", "a", "", ""]), (109.6, 8.0, ["", "b", "c", ""]), (119.2, 8.0, ["Two", "d", "e", "1"])]
    assert block_rows(bridged, 0.08, VALUE_RE) is None
    one_line_rows = [(100.0 + 9.6 * i, 8.0, [f"Line {i}", f"{i}.5", "text"]) for i in range(4)]
    assert block_rows(one_line_rows, 0.08, VALUE_RE) is None  # values one under another: rows, not a wrapped cell
    text_rows = [(100.0 + 9.6 * i, 8.0, [f"Line {i}", "up", "text"]) for i in range(4)] + [(150.0, 8.0, ["Last", "down", "text"])]
    assert block_rows(text_rows, 0.08, VALUE_RE) is None  # full lines at the row pitch: rows


def test_set3_generator_draws_its_classes_in_turn_with_set1_gold_keys(tmp_path):
    """Set 3 (``--set 3``): one class per document in turn, the gold in set 1's schema, byte-identical reruns."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from make_synthetic_tables import generate
    from synthetic_tables_set3 import SET3_CLASSES

    generate(tmp_path / "a", 3, 5, family="set3")
    generate(tmp_path / "b", 3, 5, family="set3")
    generate(tmp_path / "base", 1, 5)
    golds = [json.loads((tmp_path / "a" / f"tab_00{n}.json").read_text(encoding="utf-8")) for n in (1, 2, 3)]
    assert [g["tables"][0]["classes"]["set3"] for g in golds] == SET3_CLASSES[:3]
    assert [g["split"] for g in golds] == ["tune", "tune", "test"]
    base = json.loads((tmp_path / "base" / "tab_001.json").read_text(encoding="utf-8"))
    assert set(golds[0]) == set(base) and set(golds[0]["tables"][0]) == set(base["tables"][0])
    assert golds[1]["tables"][0]["header_rows"] == 2 == len(golds[1]["tables"][0]["cells"]["header"])
    for n in (1, 2, 3):
        assert (tmp_path / "a" / f"tab_00{n}.pdf").read_bytes() == (tmp_path / "b" / f"tab_00{n}.pdf").read_bytes()
