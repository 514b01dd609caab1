"""PDF table layout classes, session 5 (issue 10): each page drawn here with reportlab, each table read
through the whole ingest (``Document.tables``) and checked as a DataFrame: its shape and a few cells.

Classes: footnotes at the foot of a table (inside its rules, and under its last rule) kept out of
the rows and attached to the table; sub-rows under one row label (a number under a number, every
column but the first filled again); a sparse last column (a triangular matrix) taken from the
header; a table narrower than its caption under a full-width rule, with two columns of body text
above it; the caption's wrapped second line left out of the header; a first column of values at
the page margin that is no line numbering; a continued part opening with a `Continued` label and the
header; shaded rows painted in pieces or over an earlier box; a caption over a table printed as a picture.
"""

from __future__ import annotations

import pandas as pd
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from tests.pdf_pages import BODY, draw_lines, pdf_document

SIZE = 8.0
PITCH = 11.0


def _canvas(path):
    """A letter page opening with a printed ``Results`` heading: the PDF reader takes no guessed abstract, and
    a page with no heading, abstract or reference list is no paper (pdf-front2), so each page here has one."""
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 760, "Results")
    return c


def _frame(table) -> pd.DataFrame:
    return pd.DataFrame(table.rows, columns=table.columns)


def _row(c, y: float, xs: list[float], cells: list[str], font: str = "Helvetica", size: float = SIZE) -> None:
    c.setFont(font, size)
    for x, text in zip(xs, cells):
        if text:
            c.drawString(x, y, text)


def _body_text(doc) -> str:
    """The document's running text: abstract and paragraphs."""
    return " ".join([doc.abstract or ""] + [p.text for s in doc.sections for p in s.paragraphs])


def test_footnotes_inside_and_under_the_rules_attached_not_rows(tmp_path):
    """Booktabs, its marked footnotes in smaller type above the bottom rule, one more under it."""
    path = tmp_path / "footnotes.pdf"
    c = _canvas(path)
    y = draw_lines(c, 740)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(72, y - 6, "Table 1. Crystallographic statistics of the complex")
    xs = [76, 300]
    top = y - 14
    c.setLineWidth(0.6)
    c.line(72, top, 440, top)
    _row(c, top - 10, xs, ["Parameter", "Value"])
    c.line(72, top - 14, 440, top - 14)
    body = [["Resolution (A)", "2.2"], ["Space group", "P1"], ["Redundancy", "3.9 (3.9)"], ["Rsymm*", "12.5 (84.6)"],
            ["Rfree†", "21.9"], ["Solvent", "25.8"]]
    yy = top - 14 - PITCH
    for cells in body:
        _row(c, yy, xs, cells)
        yy -= PITCH
    c.setFont("Helvetica", 6)
    c.drawString(76, yy, "*Rsymm is the agreement of all the measurements of each reflection over the whole data set")
    c.drawString(76, yy - 7, "collected on the one crystal used.")
    c.drawString(76, yy - 14, "†Rfree is Rcryst computed over a test set of 4 % of the reflections held back.")
    bottom = yy - 18
    c.line(72, bottom, 440, bottom)
    c.drawString(76, bottom - 9, "Abbreviations: ASU, asymmetric unit; PDB, Protein Data Bank.")
    draw_lines(c, bottom - 36)
    c.save()
    doc = pdf_document(path)
    assert len(doc.tables) == 1
    df = _frame(doc.tables[0])
    assert df.shape == (6, 2)
    assert list(df.columns) == ["Parameter", "Value"]
    assert df.iloc[3].tolist() == ["Rsymm*", "12.5 (84.6)"]
    assert df.iloc[-1].tolist() == ["Solvent", "25.8"]
    notes = doc.tables[0].footnotes
    assert len(notes) == 3
    assert notes[0].startswith("*Rsymm is the agreement") and notes[0].endswith("the one crystal used.")
    assert notes[2].startswith("Abbreviations: ASU")
    assert "Abbreviations" not in _body_text(doc) and "randomly selected" not in _body_text(doc)


def test_sub_rows_under_one_row_label_are_rows(tmp_path):
    """A row label over several lines of values (a number under a number, every other column filled
    again under finished cells) makes one row per line; a wrapped cell stays in its row."""
    path = tmp_path / "sub_rows.pdf"
    c = _canvas(path)
    y = draw_lines(c, 740)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(72, y - 6, "Table 2. Hydrogen bonds of the inhibitor and the ligands of each domain")
    xs = [76, 170, 330, 470]
    top = y - 14
    c.setLineWidth(0.6)
    c.line(72, top, 540, top)
    _row(c, top - 10, xs, ["Domain", "Partner", "Reference", "Distance"])
    c.line(72, top - 14, 540, top - 14)
    lines = [
        ["Tyr 498", "hydroxyl oxygen", "Spring, 1989", "2.5"],
        ["Tyr 501", "hydroxyl oxygen", "Prieto, 1992", "2.7"],
        ["", "zinc ion, first site", "Fischer, 1997", "2.0"],
        ["", "zinc ion, second site", "Gotz, 1997", "2.5"],
        ["His 365", "ring nitrogen of the imidazole and", "Crossin, 1991", "3.1"],
        ["", "the backbone amide", "", ""],
        ["FN 3", "endothelial cell elongation", "Sriramarao, 1993", "-"],
        ["", "glioma spreading", "Yokosaki, 1996", "-"],
    ]
    yy = top - 14 - PITCH
    for cells in lines:
        _row(c, yy, xs, cells)
        yy -= PITCH
    c.line(72, yy + 4, 540, yy + 4)
    draw_lines(c, yy - 24)
    c.save()
    doc = pdf_document(path)
    df = _frame(doc.tables[0])
    assert df.shape == (7, 4)
    assert df.iloc[2].tolist() == ["", "zinc ion, first site", "Fischer, 1997", "2.0"]
    assert df.iloc[4, 1] == "ring nitrogen of the imidazole and the backbone amide"
    assert df.iloc[6].tolist() == ["", "glioma spreading", "Yokosaki, 1996", "-"]


def test_triangular_matrix_keeps_its_sparse_last_column(tmp_path):
    """An identity matrix: the last column holds one value, in the last row only."""
    path = tmp_path / "triangle.pdf"
    c = _canvas(path)
    y = draw_lines(c, 740)
    names = ["Acrp30", "CTRP1", "CTRP2", "CTRP3", "CTRP4", "CTRP5", "CTRP6"]
    c.setFont("Helvetica-Bold", 9)
    c.drawString(120, y - 6, "Table 1. Identity scores between the head domains of")
    c.drawString(120, y - 17, "adiponectin and the related proteins")
    xs = [124] + [180 + 42 * k for k in range(len(names))]
    top = y - 24
    c.setLineWidth(0.6)
    c.line(120, top, 480, top)
    _row(c, top - 10, xs, [""] + names)
    c.line(120, top - 14, 480, top - 14)
    yy = top - 14 - PITCH
    for i, name in enumerate(names):
        _row(c, yy, xs, [name] + [str(30 + 7 * ((i * 3 + j) % 5)) for j in range(i)] + ["100"])
        yy -= PITCH
    c.line(120, yy + 4, 480, yy + 4)
    draw_lines(c, yy - 24)
    c.save()
    doc = pdf_document(path)
    df = _frame(doc.tables[0])
    assert df.shape == (7, 8)
    assert list(df.columns)[1:] == names  # the caption's second line is no header cell
    assert df.iloc[6, 7] == "100" and df.iloc[6, 6] != "100"
    assert df.iloc[0].tolist() == ["Acrp30", "100", "", "", "", "", "", ""]


def test_table_narrower_than_its_caption_below_two_text_columns(tmp_path):
    """A full-width rule over the caption, the table indented under it; the two columns of body text
    above the rule stay body text."""
    path = tmp_path / "indented.pdf"
    c = _canvas(path)
    c.setLineWidth(0.6)
    c.line(60, 760, 552, 760)  # a rule over the text columns (the page's top rule)
    left = [line[:52] for line in BODY] * 3
    draw_lines(c, 740, left, x=60, size=9)
    draw_lines(c, 740, left, x=316, size=9)
    rule = 740 - 15 * 9 * 1.3 - 6
    c.line(60, rule, 552, rule)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(60, rule - 10, "Table 4 Inhibitor-binding constants determined for wild-type proteins and mutants")
    xs = [100, 190, 300, 420]
    top = rule - 18
    c.line(96, top, 510, top)
    _row(c, top - 10, xs, ["Construct", "Ki (nM)", "Fold selectivity", "Ki 33RE (nM)"])
    c.line(96, top - 14, 510, top - 14)
    rows = [["N-domain", "21.03", "2896", "11.21"], ["C-domain", "60826", "927", "10395"], ["Y369F", "n.d.*", "26", "404.4"]]
    yy = top - 14 - PITCH
    for cells in rows:
        _row(c, yy, xs, cells)
        yy -= PITCH
    c.line(96, yy + 4, 510, yy + 4)
    c.setFont("Helvetica", 6)
    c.drawString(100, yy - 4, "*Not determined in the study.")
    draw_lines(c, yy - 30, x=60)
    c.save()
    doc = pdf_document(path)
    assert [t.label for t in doc.tables] == ["Table 4"]
    df = _frame(doc.tables[0])
    assert df.shape == (3, 4)
    assert df.iloc[1].tolist() == ["C-domain", "60826", "927", "10395"]
    assert doc.tables[0].footnotes == ["*Not determined in the study."]
    assert "Mitophagy removes damaged" in _body_text(doc)


def test_first_column_of_values_at_the_margin_is_no_line_numbering(tmp_path):
    """Depths (0, 10, 30, 50, 75 ...) stacked at the left margin, one per row: a table column."""
    path = tmp_path / "margin_values.pdf"
    c = _canvas(path)
    y = draw_lines(c, 740, x=72)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y - 6, "TABLE 1. Traits of the lakes sampled at the two sites")
    xs = [42, 120, 200, 280]
    top = y - 14
    c.setLineWidth(0.6)
    c.line(38, top, 340, top)
    _row(c, top - 10, xs, ["Depth (m)", "Temp (C)", "Salinity", "Density"])
    c.line(38, top - 14, 340, top - 14)
    depths = ["0", "10", "30", "50", "75", "100", "150", "200", "300", "400"]
    yy = top - 14 - PITCH
    for k, d in enumerate(depths):
        _row(c, yy, xs, [d, f"{25.8 - k:.2f}", f"{34.5 + k / 100:.2f}", f"{22.7 + k / 3:.3f}"])
        yy -= PITCH
    c.line(38, yy + 4, 340, yy + 4)
    draw_lines(c, yy - 24, x=72)
    c.save()
    doc = pdf_document(path)
    df = _frame(doc.tables[0])
    assert df.shape == (10, 4)
    assert df.iloc[:, 0].tolist() == depths
    assert df.iloc[4].tolist() == ["75", "21.80", "34.54", "24.033"]


def _ruled_part(c, top: float, xs: list[float], header: list[str], rows: list[list[str]]) -> float:
    c.setLineWidth(0.6)
    c.line(72, top, 540, top)
    _row(c, top - 10, xs, header)
    c.line(72, top - 14, 540, top - 14)
    yy = top - 14 - PITCH
    for cells in rows:
        _row(c, yy, xs, cells)
        yy -= PITCH
    c.line(72, yy + 4, 540, yy + 4)
    return yy


def test_continued_part_drops_its_continued_label_and_repeated_header(tmp_path):
    """The next page's part opens with a ``Continued`` label between its rules and the header again:
    neither is a row."""
    path = tmp_path / "continued_label.pdf"
    c = _canvas(path)
    xs = [76, 300, 430]
    header = ["REAGENT or RESOURCE", "SOURCE", "IDENTIFIER"]
    first = [[f"Antibody {k} against the kinase", "Abcam", f"ab{1000 + k}"] for k in range(30)]
    second = [[f"Plasmid {k} with the reporter", "This paper", "N/A"] for k in range(6)]
    y = draw_lines(c, 740)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(72, y - 6, "Table 1. Reagents and resources used in this study")
    _ruled_part(c, y - 14, xs, header, first)
    c.showPage()
    c.setLineWidth(0.6)
    c.line(72, 762, 540, 762)  # the part's top rule over its label (Cell Press)
    c.setFont("Helvetica", 8)
    c.drawString(72, 750, "Continued")
    yy = _ruled_part(c, 740, xs, header, second)
    draw_lines(c, yy - 30)
    c.save()
    doc = pdf_document(path)
    assert len(doc.tables) == 1
    df = _frame(doc.tables[0])
    assert df.shape == (36, 3)
    assert df.iloc[29].tolist() == first[-1] and df.iloc[30].tolist() == second[0]


def test_shaded_rows_painted_in_pieces_or_over_each_other_are_one_row_each(tmp_path):
    """Rows told apart by shading only (PeerJ): a row painted as two boxes of one colour that meet, or over
    a box painted before it, is one row; its wrapped cells stay in it."""
    path = tmp_path / "shaded_pieces.pdf"
    c = _canvas(path)
    y = draw_lines(c, 740)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(72, y - 6, "Table 2. Excerpt of the results file of the codon model runs")
    xs = [76, 170, 300]
    top = y - 14
    c.setLineWidth(0.6)
    c.line(72, top, 540, top)
    _row(c, top - 10, xs, ["Model", "Tree", "Parameter estimates"])
    head = top - 14
    c.line(72, head, 540, head)
    rows = [("m0", "Sample_MSA", ["w = 0.61924"]),
            ("m1Neutral", "Sample_MSA", ["p0 = 0.41872", "p1 = 0.58128", "w0 = 0.06519"]),
            ("m2Selection", "Sample_MSA", ["p0 = 0.39914", "p1 = 0.00000", "p2 = 0.60086"]),
            ("modelA", "Sample_MSA_Primates", ["p0 = 0.41872", "p1 = 0.58128"])]
    yy = head
    for i, (model, tree, params) in enumerate(rows):
        height = len(params) * PITCH + 4
        grey = (0.77, 0.91, 0.98) if i % 2 == 0 else (0.88, 0.95, 0.98)
        c.setFillColorRGB(*grey)
        if i == 0:  # a lighter box painted first under the row's top, then the row's own box over it
            c.setFillColorRGB(0.88, 0.95, 0.98)
            c.rect(72, yy - 11, 468, 11, stroke=0, fill=1)
            c.setFillColorRGB(*grey)
            c.rect(72, yy - height, 468, height - 1.5, stroke=0, fill=1)
        else:  # the row painted as two boxes that meet
            c.rect(72, yy - height / 2, 468, height / 2, stroke=0, fill=1)
            c.rect(72, yy - height, 468, height / 2, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        _row(c, yy - 10, xs, [model, tree, params[0]])
        for k, extra in enumerate(params[1:], 1):
            _row(c, yy - 10 - k * PITCH, xs, ["", "", extra])
        yy -= height
    c.line(72, yy, 540, yy)
    draw_lines(c, yy - 24)
    c.save()
    doc = pdf_document(path)
    df = _frame(doc.tables[0])
    assert df.shape == (4, 3)
    assert df.iloc[1].tolist() == ["m1Neutral", "Sample_MSA", "p0 = 0.41872 p1 = 0.58128 w0 = 0.06519"]
    assert df.iloc[3, 0] == "modelA"


def test_caption_over_an_image_table_takes_no_body_text(tmp_path):
    """A table printed as a picture (no text layer) under its caption: the columns of body text far
    below are no table."""
    from PIL import Image

    png = tmp_path / "table.png"
    Image.new("RGB", (400, 240), (230, 240, 250)).save(png)
    path = tmp_path / "image_table.pdf"
    c = _canvas(path)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(48, 750, "Table 1. Selected specificity groups from the analysis of the receptor sequences")
    c.drawImage(str(png), 48, 420, width=500, height=310)
    column = [line[:34] for line in BODY] * 3
    for x in (48, 222, 396):
        draw_lines(c, 390, column, x=x, size=8)
    c.save()
    doc = pdf_document(path)
    assert doc.tables == []
    assert "Mitophagy removes damaged" in _body_text(doc)
