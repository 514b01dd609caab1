"""PDF table layout classes, session 7 (issue 10, pdftables4): each page drawn here with reportlab, each table
read through the whole ingest (``Document.tables``) and checked for its shape (rows x columns) and cells.

Classes: a table in the column beside a vector bar chart whose label band reaches over the gutter (the
caption's first word and the first words of the column's lines are no axis labels); a shaded table in the
column beside a bar chart (its row shading is no drawing that joins the chart); a full-width unruled table
over a section heading and two columns of body text (the table ends at the heading).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from pdf_pages import draw_lines
from pipeline.ingest import ingest_path

COLUMN = (
    "Mitophagy removes damaged mitochondria",
    "and supports the survival of tumour cells",
    "under chemotherapy, as several studies of",
    "solid tumours have shown in cell lines and",
    "in mice over the last decade of research",
    "on autophagy and on the resistance of the",
    "cancer cells. Tumours that lose PINK1 do",
    "respond differently, and the reasons are",
    "still debated among groups that study the",
    "mitochondrial quality control of cancer.",
)
X3 = (40, 222, 404)  # three columns of 168 pt, 14 pt gutters
ROWS = [("Condition", "n", "p value"), ("Vehicle", "8", "0.74"), ("Control", "4", "<0.001"), ("Mdivi-1", "9", "0.044"),
        ("PINK1 KD", "11", "0.045"), ("Combination", "6", "0.012")]


def _paragraphs(doc) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


def _bar_chart(c, x: float, base: float, right: float) -> None:
    """A bar chart with a y axis of five ticks 25 pt apart and an x axis up to ``right``."""
    c.setLineWidth(0.6)
    c.line(x, base, x, base + 100)
    c.line(x, base, right, base)
    c.setFont("Helvetica", 5.5)
    for t in range(5):
        ty = base + 25 * t
        c.line(x - 2, ty, x, ty)
        c.drawRightString(x - 3, ty - 2, str(t * 25))
    step = (right - x - 10) / 5
    for b, val in enumerate((0.3, 0.2, 0.25, 0.6, 0.85)):
        c.setFillColor(colors.Color(0.3 + 0.1 * b, 0.4, 0.7))
        c.rect(x + 6 + step * b, base, step - 6, 100 * val, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 6)
    c.drawCentredString((x + right) / 2, base - 12, "Treatment group")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x - 16, base + 108, "A")


def _three_column_page(path, table_in_col2) -> None:
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Bold", 12)
    c.drawString(40, 750, "Results")
    y = draw_lines(c, 730, COLUMN[:6], x=X3[0], size=8.5)
    _bar_chart(c, X3[0] + 20, y - 110, X3[0] + 164)
    c.setFont("Times-Bold", 7.5)
    c.drawString(X3[0], y - 138, "Fig. 1.")
    c.setFont("Times-Roman", 7.5)
    c.drawString(X3[0] + 24, y - 138, "Viability of resistant cells.")
    draw_lines(c, y - 160, COLUMN, x=X3[0], size=8.5)
    y2 = draw_lines(c, 730, COLUMN[:5], x=X3[1], size=8.5)
    table_in_col2(c, y2 - 8)
    draw_lines(c, 730, COLUMN * 3, x=X3[2], size=8.5)
    c.save()


def _caption(c, x: float, y: float, label: str) -> float:
    c.setFont("Helvetica-Bold", 7)
    c.drawString(x, y, label)
    c.setFont("Helvetica", 7)
    c.drawString(x + 26, y, "Mitochondrial quality control in cells.")
    return y


def _rows(c, x: float, y: float, pitch: float = 11.8) -> float:
    xs = (x + 2, x + 90, x + 128)
    for i, row in enumerate(ROWS):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 6.5)
        for cx, cell in zip(xs, row):
            c.drawString(cx, y - i * pitch, cell)
    return y - (len(ROWS) - 1) * pitch


def _table_frame(doc):
    tables = {t.label: t for t in doc.tables}
    assert "Table 2" in tables, [t.label for t in doc.tables]
    t = tables["Table 2"]
    return t


def test_booktabs_table_beside_a_bar_chart_in_the_next_column_keeps_its_caption_and_cells(tmp_path):
    """Three columns: a bar chart fills column 1 to its edge; in column 2 beside it a booktabs table under
    its caption. The chart's label band reaches over the gutter to the caption's ``Table`` and the first words
    of column 2's lines; they stay text (the table is found, 3 x 5, and the body keeps its words)."""

    def table(c, y):
        y = _caption(c, X3[1], y, "Table 2")
        c.setLineWidth(1.0)
        c.line(X3[1], y - 5, X3[1] + 166, y - 5)
        c.setLineWidth(0.5)
        c.line(X3[1], y - 20, X3[1] + 166, y - 20)
        bottom = _rows(c, X3[1], y - 15)
        c.setLineWidth(1.0)
        c.line(X3[1], bottom - 5, X3[1] + 166, bottom - 5)
        draw_lines(c, bottom - 24, COLUMN, x=X3[1], size=8.5)

    path = tmp_path / "beside_chart.pdf"
    _three_column_page(path, table)
    doc = ingest_path(path)
    t = _table_frame(doc)
    assert (len(t.rows), len(t.columns)) == (5, 3)
    assert list(t.columns) == ["Condition", "n", "p value"]
    assert [r[0] for r in t.rows] == ["Vehicle", "Control", "Mdivi-1", "PINK1 KD", "Combination"]  # no axis labels
    assert t.rows[-1] == ["Combination", "6", "0.012"]
    body = " ".join(_paragraphs(doc))
    assert "Treatment group" not in body
    drawn = list(COLUMN[:6]) + list(COLUMN) + list(COLUMN[:5]) + list(COLUMN) * 4  # the three columns' lines
    for line in COLUMN:  # every line keeps its first words, beside the chart too
        start = " ".join(line.split()[:2])
        assert body.count(start) >= sum(d.startswith(start) for d in drawn), line


def test_shaded_table_beside_a_bar_chart_is_no_part_of_the_drawing(tmp_path):
    """Two columns: a bar chart in column 1 up to its edge; in column 2 beside it, 20 pt over the gutter, a
    table whose header and every second row are shaded boxes across the table. The shading is no drawing
    joined to the chart over the gutter: the table is found, 3 x 5, with its cells."""
    path = tmp_path / "shaded_beside_chart.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Bold", 12)
    c.drawString(40, 750, "Results")
    wide = [a + " " + b for a, b in zip(COLUMN, COLUMN[1:] + COLUMN[:1])]
    y = draw_lines(c, 730, wide[:4], x=40, size=8.5)
    _bar_chart(c, 60, y - 120, 288)
    draw_lines(c, y - 160, wide, x=40, size=8.5)
    x = 308
    y2 = draw_lines(c, 730, wide[:4], x=x, size=8.5)
    y2 = _caption(c, x, y2 - 8, "Table 2")
    top = y2 - 10
    for i in range(0, len(ROWS), 2):
        c.setFillColor(colors.Color(0.8, 0.85, 0.92) if i == 0 else colors.Color(0.93, 0.93, 0.93))
        c.rect(x, top - i * 11.8 - 9, 200, 11.8, stroke=0, fill=1)
    c.setFillColor(colors.black)
    bottom = _rows(c, x, top - 6)
    draw_lines(c, bottom - 24, wide, x=x, size=8.5)
    c.save()
    doc = ingest_path(path)
    t = _table_frame(doc)
    assert (len(t.rows), len(t.columns)) == (5, 3)
    assert t.rows[0] == ["Vehicle", "8", "0.74"] and t.rows[3][0] == "PINK1 KD"
    assert "Treatment group" not in " ".join(_paragraphs(doc))


def test_full_width_unruled_table_ends_at_the_section_heading_over_two_columns(tmp_path):
    """A full-width unruled table under its caption, a footnote, then a numbered section heading and two
    columns of body text whose lines are narrower than half the table: the table ends at the heading
    (5 x 4), and the body text under it is no table row."""
    path = tmp_path / "unruled_full_width.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(44, 750, "Table 1:")
    c.setFont("Helvetica", 7.5)
    c.drawString(76, 750, "Previous studies have linked ferroptosis to tolerance of hypoxia in several tumour types.")
    xs = (48, 200, 330, 460)
    rows = [("Condition", "OCR (pmol/min)", "Mito mass", "Median OS (months)"), ("Huh7 resistant", "26.3 ± 7.6", "55.0 ± 6.3", "30.9 ± 0.9"),
            ("Control", "43.63", "29.6 ± 4.1", "96.8 ± 2.8"), ("MTOR WT", "88.89", "48.34", "94.67"),
            ("MOLM-13 resistant", "82.9 ± 0.9", "15.52", "77.9 ± 3.0"), ("PINK1 KD", "107.3 ± 5.5", "117.3 ± 2.8", "41.42")]
    y = 728
    for i, row in enumerate(rows):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 6.5)
        for x, cell in zip(xs, row):
            c.drawString(x, y, cell)
        y -= 11.8
    c.setFont("Helvetica", 6)
    c.drawString(44, y + 2, "aAbbreviations: KD, knockdown; WT, wild type.")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(44, y - 22, "2. Results")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(44, y - 40, "2.1 Pharmacological inhibition of oxidative")
    draw_lines(c, y - 56, COLUMN * 3, x=44, size=8.5)
    draw_lines(c, y - 22, COLUMN * 3, x=320, size=8.5)
    c.save()
    doc = ingest_path(path)
    t = {t.label: t for t in doc.tables}["Table 1"]
    assert (len(t.rows), len(t.columns)) == (5, 4)
    assert t.rows[-1] == ["PINK1 KD", "107.3 ± 5.5", "117.3 ± 2.8", "41.42"]
    assert "Mitophagy removes damaged mitochondria" in " ".join(_paragraphs(doc))


def _grid(c, x: float, y: float, rows, widths, pitch: float = 12.0) -> float:
    """A full-grid table from ``y`` down; the y under it."""
    c.setLineWidth(0.5)
    right = x + sum(widths)
    for i, row in enumerate(rows):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 6.5)
        cx = x
        for w, cell in zip(widths, row):
            c.drawString(cx + 3, y - i * pitch - 9, cell)
            cx += w
    for i in range(len(rows) + 1):
        c.line(x, y - i * pitch, right, y - i * pitch)
    cx = x
    for w in list(widths) + [0]:
        c.line(cx, y, cx, y - len(rows) * pitch)
        cx += w
    return y - len(rows) * pitch


def _full_lines(n: int, width: float = 160, size: float = 8.5) -> list[str]:
    """``n`` body lines that fill a column of ``width`` pt (Times at ``size``), as justified text does."""
    words = " ".join(COLUMN).split()
    lines, k = [], 0
    for _ in range(n):
        line = [words[k % len(words)]]
        k += 1
        while stringWidth(" ".join(line + [words[k % len(words)]]), "Times-Roman", size) < width - 4:
            line.append(words[k % len(words)])
            k += 1
        lines.append(" ".join(line))
    return lines


def test_unruled_table_in_the_middle_of_three_columns_takes_no_text_of_the_next_column(tmp_path):
    """Three columns of body text; in the middle one an unruled table (white-space columns) under its caption,
    beside the third column's lines. The table is its own column's: 4 x 3, no third-column text in it."""
    path = tmp_path / "middle_column.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Bold", 14)
    c.drawString(40, 740, "A title page read as two sides")
    c.showPage()
    xs = (40, 225, 410)
    for x in (xs[0], xs[2]):
        draw_lines(c, 720, _full_lines(50, 140, 9), x=x, size=9, pitch=12)
    y = draw_lines(c, 720, _full_lines(6, 140, 9), x=xs[1], size=9, pitch=12)
    c.setFont("Times-Bold", 7)
    c.drawString(xs[1], y - 4, "Table 1:")
    c.setFont("Times-Roman", 7)
    c.drawString(xs[1] + 28, y - 4, "Cells were pretreated with olaparib for 24 h.")
    y -= 18
    cols = (xs[1] + 6, xs[1] + 72, xs[1] + 124)
    rows = [("Condition", "OCR (pmol/min)", "IC50 (µM)"), ("FaDu resistant", "47.4 ± 4.9", "87.9 ± 2.0"), ("Control", "69.54", "42.66"),
            ("Huh7 resistant", "96.3 ± 4.1", "80.7 ± 7.3"), ("Mdivi-1", "30.6 ± 1.4", "1.49")]
    for i, row in enumerate(rows):
        c.setFont("Times-Bold" if i == 0 else "Times-Roman", 6.5)
        for x, cell in zip(cols, row):
            c.drawString(x, y - i * 11.8, cell)
    y -= len(rows) * 11.8 + 14
    draw_lines(c, y, _full_lines(36, 140, 9), x=xs[1], size=9, pitch=12)
    c.save()
    doc = ingest_path(path)
    t = {t.label: t for t in doc.tables}["Table 1"]
    assert (len(t.rows), len(t.columns)) == (4, 3)
    assert list(t.columns) == ["Condition", "OCR (pmol/min)", "IC50 (µM)"]
    assert t.rows[0] == ["FaDu resistant", "47.4 ± 4.9", "87.9 ± 2.0"] and t.rows[-1] == ["Mdivi-1", "30.6 ± 1.4", "1.49"]


def test_booktabs_table_over_a_grid_table_in_one_column_each_keep_their_own(tmp_path):
    """One column holds a booktabs table under ``Table 1`` and, further down, a full-grid table under
    ``Table 2``. The grid table (the only one the ruled finder sees) is Table 2's; Table 1 is its booktabs
    rows (3 x 5), not the grid table far below another caption."""
    path = tmp_path / "booktabs_over_grid.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Bold", 12)
    c.drawString(72, 750, "Results")
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(72, 730, "Table 1 |")
    c.setFont("Helvetica", 7.5)
    c.drawString(108, 730, "Pharmacological inhibition of glycolysis.")
    x = 72
    c.setLineWidth(1.0)
    c.line(x, 722, x + 200, 722)
    bottom = _rows(c, x, 713)
    c.setLineWidth(0.5)
    c.line(x, 709, x + 200, 709)
    c.setLineWidth(1.0)
    c.line(x, bottom - 5, x + 200, bottom - 5)
    y = draw_lines(c, bottom - 24, COLUMN, x=x, size=9)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(72, y - 4, "Table 2 |")
    c.setFont("Helvetica", 7.5)
    c.drawString(108, y - 4, "Samples collected under approved protocols.")
    grid_rows = [("Condition", "Mito mass")] + [(f"Vehicle {k}", f"{100 + k}.5 ± 6.4") for k in range(8)]
    y = _grid(c, x, y - 12, grid_rows, (110, 90))
    draw_lines(c, y - 20, COLUMN, x=x, size=9)
    c.save()
    doc = ingest_path(path)
    tables = {t.label: t for t in doc.tables}
    one, two = tables["Table 1"], tables["Table 2"]
    assert (len(one.rows), len(one.columns)) == (5, 3) and one.rows[0] == ["Vehicle", "8", "0.74"]
    assert (len(two.rows), len(two.columns)) == (8, 2) and two.rows[-1] == ["Vehicle 7", "107.5 ± 6.4"]


def test_full_width_unruled_table_ends_at_its_footnote_over_justified_two_column_text(tmp_path):
    """A full-width unruled table, its marked footnote, and right under it two columns of justified body text
    (wide word spaces: each line looks like cells). The table ends at its footnote: 4 x 3, the footnote its
    own, the body lines no rows."""
    path = tmp_path / "unruled_footnote.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Bold", 11)
    c.drawString(50, 762, "Results")
    c.setFont("Times-Bold", 8)
    c.drawString(50, 740, "Table 1:")
    c.setFont("Times-Roman", 8)
    c.drawString(84, 740, "All experiments were performed in triplicate and repeated independently.")
    rows = [("Condition", "OCR (pmol/min)", "Mito mass"), ("imatinib + CQ", "105.6 ± 5.8", "1.9 ± 3.9"), ("MAP1LC3B WT", "9.2 ± 4.0", "53.7 ± 7.4"),
            ("FKBP8 KD", "73.0 ± 6.7", "115.8 ± 8.5"), ("Control", "49.06", "3.15")]
    y = 720
    for i, row in enumerate(rows):
        c.setFont("Times-Bold" if i == 0 else "Times-Roman", 7.5)
        for x, cell in zip((56, 300, 470), row):
            c.drawString(x, y, cell)
        y -= 13
    c.setFont("Times-Roman", 5)
    c.drawString(50, y + 4, "a")
    c.setFont("Times-Roman", 7)
    c.drawString(53, y + 1, "Values are mean ± SD of three biological replicates.")
    y -= 20
    for x in (50, 314):
        t = c.beginText(x, y)
        t.setFont("Times-Roman", 9.5)
        t.setWordSpace(7)  # justified lines with wide word spaces
        for line in COLUMN[:6]:
            t.textLine(" ".join(line.split()[:5]))
        t.setWordSpace(0)
        for line in COLUMN * 2:
            t.textLine(line)
        c.drawText(t)
    c.save()
    doc = ingest_path(path)
    t = {t.label: t for t in doc.tables}["Table 1"]
    assert (len(t.rows), len(t.columns)) == (4, 3)
    assert t.rows[-1] == ["Control", "49.06", "3.15"]
    assert any("Values are mean" in n for n in t.footnotes)


def test_tables_keep_the_label_the_reader_found_when_their_captions_are_read_out_of_order():
    """Two tables on a two-column page whose caption blocks reading order puts after the other table (each
    caption after the rows of the table before it): each table keeps the caption of the label the PDF reader
    found over its rows, not the nearest caption before it."""
    from pipeline.document import Source
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.blocks import Block

    one = [["Condition", "IC50 (µM)"], ["Vehicle", "1.2"], ["Mdivi-1", "3.4"]]
    two = [["Condition", "Mito mass", "n"], ["Control", "29.6", "8"], ["PINK1 KD", "48.3", "5"], ["Combination", "12.0", "6"]]
    blocks = [
        Block("heading", "Results", level=1),
        Block("text", "Mitophagy removes damaged mitochondria and supports the survival of tumour cells."),
        Block("table", "Table 1", rows=one, page=3),
        Block("caption", "Table 2 Combined treatment with oxaliplatin and a ferroptosis inhibitor.", page=3),
        Block("table", "Table 2", rows=two, page=3),
        Block("caption", "Table 1 Quantification of mitochondrial mass in resistant cells.", page=3),
    ]
    doc = blocks_to_document(blocks, Source(path="x.pdf", format="pdf", sha256="0" * 64), "x.pdf")
    tables = {t.label: t for t in doc.tables}
    assert tables["Table 1"].caption.startswith("Quantification") and len(tables["Table 1"].columns) == 2
    assert tables["Table 2"].caption.startswith("Combined") and len(tables["Table 2"].rows) == 3
