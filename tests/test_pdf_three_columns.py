"""A three-column page (Science) is read column by column, left, middle, right; its reference
list in small print over two columns gives one entry per number (reportlab pages drawn here)."""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from pipeline.ingest import ingest_path  # noqa: E402
from pipeline.ingest.pdf import pdf_to_blocks  # noqa: E402

# three columns of about 170 pt with 15 pt gutters on a 612 pt page
COLUMNS = (40, 225, 410)
WORDS = ("mitophagy removes damaged mitochondria and tumour cells survive the drug "
         "while the receptor marks them for capture in the cells of the tumour").split()


def _column_lines(tag: str, n: int, width: float = 160) -> list[str]:
    """``n`` lines of about ``width`` pt at 9 pt Times, each opening with its tag (``L07``)."""
    lines, k = [], 0
    for i in range(n):
        words = [f"{tag}{i:02d}"]
        while stringWidth(" ".join(words), "Times-Roman", 9) < width - 25:
            words.append(WORDS[k % len(WORDS)])
            k += 1
        lines.append(" ".join(words))
    return lines


def test_three_column_body_is_read_left_middle_right(tmp_path):
    path = tmp_path / "three.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Bold", 14)
    c.drawString(40, 740, "A title page read as two sides")
    c.showPage()
    c.setFont("Times-Roman", 9)
    for tag, x in zip("LMR", COLUMNS):
        y = 720
        for line in _column_lines(tag, 40):
            c.drawString(x, y, line)
            y -= 12
    c.save()
    text = " ".join(b.text for b in pdf_to_blocks(path))
    tags = [w for w in text.split() if len(w) == 3 and w[0] in "LMR" and w[1:].isdigit()]
    assert tags == [f"{t}{i:02d}" for t in "LMR" for i in range(40)]


def test_two_column_page_is_not_split_in_three(tmp_path):
    path = tmp_path / "two.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Roman", 9)
    for tag, x in zip("LR", (50, 320)):
        y = 720
        for line in _column_lines(tag, 40, width=240):
            c.drawString(x, y, line)
            y -= 12
    c.save()
    text = " ".join(b.text for b in pdf_to_blocks(path))
    tags = [w for w in text.split() if len(w) == 3 and w[0] in "LR" and w[1:].isdigit()]
    assert tags == [f"{t}{i:02d}" for t in "LR" for i in range(40)]


ENTRY = ("{n}. A. Okafor{n} et al., Receptor control of", "mitophagy in melanoma cells. Nat. Cell",
         "Biol. {v}, 415-427 (2021). doi: 10.1038/", "ncb{v}; pmid: 3{v}")


def test_science_reference_page_in_three_columns_gives_every_entry(tmp_path):
    path = tmp_path / "science_refs.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Bold", 12)
    c.drawString(40, 740, "Mitophagy and drug resistance in melanoma")
    c.setFont("Times-Roman", 9)
    for tag, x in zip("LMR", COLUMNS):  # a page of body text in the body size
        y = 720
        body = _column_lines(tag, 50)
        if tag == "L":
            body[3] += " (1, 2)."
            body[10] += " (3-5)."
        for line in body:
            c.drawString(x, y, line)
            y -= 12
    c.showPage()
    c.setFont("Times-Roman", 9)
    y = 720
    for line in _column_lines("B", 30):
        c.drawString(COLUMNS[0], y, line)
        y -= 12
    c.setFont("Helvetica-Bold", 9)
    c.drawString(COLUMNS[1], 720, "REFERENCES AND NOTES")
    c.setFont("Times-Roman", 7)
    n, col, y = 1, 1, 706
    while n <= 24:
        lines = [t.format(n=n, v=100 + n) for t in ENTRY]
        if y - 9 * len(lines) < 60:
            col, y = col + 1, 720
        for i, line in enumerate(lines):
            c.drawString(COLUMNS[col] + (0 if i == 0 else 6), y, line)
            y -= 9
        y -= 2
        n += 1
    c.save()
    doc = ingest_path(path)
    assert [r.number for r in doc.references] == list(range(1, 25))
    assert all(r.year == 2021 and r.doi == f"10.1038/ncb{100 + r.number}" for r in doc.references)
    assert {n for c in doc.citations for n in c.numbers} >= {1, 2, 3, 4, 5}


def test_title_whose_word_gaps_fall_on_both_gutters_stays_one_line(tmp_path):
    path = tmp_path / "title.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Bold", 14)
    c.drawString(40, 740, "A title page read as two sides")
    c.showPage()
    c.setFont("Times-Bold", 14)
    # three pieces a word space apart, the gaps on the two gutters of the columns below
    pieces = ("Receptor control of mitophagy", "protects melanoma cells from", "kinase inhibitors in vivo")
    x = 216 - stringWidth(pieces[0], "Times-Bold", 14)
    for piece, start in zip(pieces, (x, 222, 407)):
        c.drawString(start, 750, piece)
    c.setFont("Times-Roman", 9)
    for tag, cx in zip("LMR", COLUMNS):
        y = 720
        for line in _column_lines(tag, 50):
            c.drawString(cx, y, line)
            y -= 12
    c.save()
    blocks = pdf_to_blocks(path)
    assert any(" ".join(pieces) in b.text for b in blocks)
