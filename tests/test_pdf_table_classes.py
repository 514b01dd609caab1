"""PDF table layout classes (issue 10): each page drawn here with reportlab, each table's shape and cells asserted.

Classes: ruled tables open at both sides (rules between inner columns only, the
frame's rules reaching past them), rules-only tables captioned below, rows set
off by rules with wrapped cells and group-label rows (key resources tables),
rows set off by shading only, and a rules-only table continued at the top of
the next page without a caption.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from pipeline.ingest.blocks import CAPTION, TABLE
from pipeline.ingest.pdf import pdf_to_blocks
from tests.pdf_pages import BODY, draw_lines

SIZE = 8.0
PITCH = 10.0


def _cell_lines(cell) -> list[str]:
    return [cell] if isinstance(cell, str) else list(cell)


def draw_rows(c, top: float, xs: list[float], rows, x0: float, x1: float, rule_after=None, shade=None, pad: float = 4.0) -> tuple[float, list[tuple[float, float]]]:
    """Draw ``rows`` (cells: a string or a list of wrapped lines) from ``top`` down; the y under the
    last row and each row's (top, bottom).  ``rule_after(i)`` draws a rule under row i; ``shade(i)``
    fills row i's band with a grey box first."""
    y = top
    bands = []
    c.setFont("Helvetica", SIZE)
    for i, row in enumerate(rows):
        height = max(len(_cell_lines(cell)) for cell in row) * PITCH + pad
        if shade is not None and shade(i):
            c.setFillGray(0.85)
            c.rect(x0, y - height, x1 - x0, height, stroke=0, fill=1)
            c.setFillGray(0)
        for x, cell in zip(xs, row):
            for k, text in enumerate(_cell_lines(cell)):
                c.drawString(x, y - pad / 2 - SIZE - k * PITCH, text)
        bands.append((y, y - height))
        y -= height
        if rule_after is not None and rule_after(i):
            c.setLineWidth(0.5)
            c.line(x0, y, x1, y)
    return y, bands


def _tables(path):
    blocks = pdf_to_blocks(path)
    return [b for b in blocks if b.kind == TABLE], [b.text for b in blocks if b.kind == CAPTION]


def test_open_sided_ruled_table_keeps_outer_columns_and_one_header_row(tmp_path):
    """Rules between the inner columns only (PLOS): no border left of the first column or right of the last."""
    path = tmp_path / "open_sided.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = draw_lines(c, 740)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(72, y - 10, "Table 1. Fixed effects ANOVA results for the three traits measured.")
    xs = [76, 200, 320, 440]
    header = [["Factor", "Chlorophyll", "Stability", "Yield"], ["", "F Ratio", "F Ratio", "F Ratio"]]
    body = [["Genotype", "12.4", "5.9", "3.1"], ["Replication", "4.2", "2.8", "3.6"], ["Treatment", "11.6", "0.47", "19.33"]]
    top = y - 20
    c.setLineWidth(0.5)
    c.line(72, top, 560, top)
    bottom, bands = draw_rows(c, top, xs, header + body, 72, 560, rule_after=lambda i: True)
    c.setLineWidth(0.5)
    for x in (xs[1] - 4, xs[2] - 4, xs[3] - 4):  # inner column rules, none at the outer sides
        c.line(x, top, x, bottom)
    draw_lines(c, bottom - 30)
    c.save()
    tables, captions = _tables(path)
    assert len(tables) == 1
    rows = tables[0].rows
    assert rows[0] == ["Factor", "Chlorophyll F Ratio", "Stability F Ratio", "Yield F Ratio"]
    assert rows[1:] == body  # decimals whole, the outer columns kept
    assert captions == ["Table 1. Fixed effects ANOVA results for the three traits measured."]


def test_rules_only_table_captioned_below(tmp_path):
    """Top, mid and bottom rules, the caption under the table (ACL, IEEE)."""
    path = tmp_path / "caption_below.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = draw_lines(c, 740)
    xs = [80, 230, 300, 370]
    header = [["Field", "Precision", "Recall", "F1"]]
    body = [["title", "83.7", "83.7", "83.7"], ["authors", "90.6", "90.6", "90.6"], ["bibliography titles", "87.2", "87.9", "87.5"]]
    top = y - 12
    c.setLineWidth(0.8)
    c.line(76, top, 420, top)
    after_head, _ = draw_rows(c, top, xs, header, 76, 420)
    c.setLineWidth(0.5)
    c.line(76, after_head, 420, after_head)
    bottom, _ = draw_rows(c, after_head, xs, body, 76, 420)
    c.setLineWidth(0.8)
    c.line(76, bottom, 420, bottom)
    c.setFont("Helvetica", 9)
    c.drawString(100, bottom - 16, "Table 1: Results of the parser on the held-out set.")
    draw_lines(c, bottom - 44)
    c.save()
    tables, _ = _tables(path)
    assert [t.rows for t in tables] == [header + body]


KR_HEADER = ["REAGENT or RESOURCE", "SOURCE", "IDENTIFIER"]
KR_ROWS = [
    ["Antibodies", "", ""],
    [["Rabbit anti-PINK1 antibody raised", "against the kinase domain"], "Abcam", "Cat# ab23707"],
    ["Mouse anti-TOM20", "Santa Cruz", "Cat# sc-17764"],
    ["Chemicals, peptides, and recombinant proteins", "", ""],
    [["Carbonyl cyanide m-chlorophenyl", "hydrazone (CCCP)"], "Sigma-Aldrich", "Cat# C2759"],
    ["Cisplatin", "Selleck", ["Cat# S1166; lot", "number 12"]],
    ["Software and algorithms", "", ""],
    ["ImageJ 1.53", "Schneider et al.", "https://imagej.net/"],
]


def _key_resources_page(c, top: float, **kw) -> float:
    c.setFont("Helvetica-Bold", 9)
    c.drawString(72, top, "KEY RESOURCES TABLE")
    xs = [76, 260, 400]
    y = top - 14
    c.setLineWidth(0.5)
    c.line(72, y, 560, y)
    y, _ = draw_rows(c, y, xs, [KR_HEADER], 72, 560)
    c.line(72, y, 560, y)
    y, _ = draw_rows(c, y, xs, KR_ROWS, 72, 560, **kw)
    return y


def test_key_resources_rows_from_rules_with_wrapped_cells_and_group_rows(tmp_path):
    """A rule under every row (Cell Press): a wrapped cell stays in its row, section rows stay rows."""
    path = tmp_path / "key_resources.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _key_resources_page(c, 740, rule_after=lambda i: True)
    draw_lines(c, y - 40)
    c.save()
    tables, _ = _tables(path)
    assert len(tables) == 1
    assert tables[0].text == "Key resources table"
    rows = tables[0].rows
    assert rows[0] == KR_HEADER
    assert len(rows) == 1 + len(KR_ROWS)
    assert rows[2] == ["Rabbit anti-PINK1 antibody raised against the kinase domain", "Abcam", "Cat# ab23707"]
    assert rows[6] == ["Cisplatin", "Selleck", "Cat# S1166; lot number 12"]
    assert rows[4] == ["Chemicals, peptides, and recombinant proteins", "", ""]


def test_rows_from_shading_without_rules(tmp_path):
    """Rows told apart by alternate grey boxes only, no rule between them."""
    path = tmp_path / "shaded.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _key_resources_page(c, 740, shade=lambda i: i % 2 == 1)
    c.line(72, y, 560, y)
    draw_lines(c, y - 40)
    c.save()
    tables, _ = _tables(path)
    rows = tables[0].rows
    assert len(rows) == 1 + len(KR_ROWS)
    assert rows[5] == ["Carbonyl cyanide m-chlorophenyl hydrazone (CCCP)", "Sigma-Aldrich", "Cat# C2759"]


def test_rules_only_table_continued_at_next_page_top_is_joined(tmp_path):
    """A key resources table going on over the page: the next page repeats the header, with no caption."""
    path = tmp_path / "continued_top.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    draw_lines(c, 740)
    _key_resources_page(c, 660, rule_after=lambda i: True)
    c.showPage()
    xs = [76, 260, 400]
    more = [["Fiji", "Schindelin et al.", "https://fiji.sc/"], ["GraphPad Prism 9", "GraphPad", "https://www.graphpad.com/"]]
    y = 740
    c.setLineWidth(0.5)
    c.line(72, y, 560, y)
    y, _ = draw_rows(c, y, xs, [KR_HEADER], 72, 560)
    c.line(72, y, 560, y)
    y, _ = draw_rows(c, y, xs, more, 72, 560, rule_after=lambda i: True)
    draw_lines(c, y - 40)
    c.save()
    tables, _ = _tables(path)
    assert len(tables) == 1
    rows = tables[0].rows
    assert rows[0] == KR_HEADER
    assert len(rows) == 1 + len(KR_ROWS) + len(more)  # the repeated header dropped
    assert rows[-1] == more[-1]
