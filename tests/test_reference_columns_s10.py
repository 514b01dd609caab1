"""Reference pages set in three columns (Science / PNAS back pages) and small-print reference lists under body
text: every entry is read, in order (issue 11, session 10). The reportlab pages and their text are written here."""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from pipeline.ingest import ingest_path  # noqa: E402
from pipeline.ingest.pdf import pdf_to_blocks  # noqa: E402

COLUMNS = (40, 225, 410)  # three columns of about 160 pt, 25 pt apart, on a 612 pt page
WORDS = ("lysosomal capture of damaged organelles lets resistant tumour cells outlast the kinase inhibitor "
         "while receptor proteins mark the outer membrane for engulfment").split()
# an invented numbered entry in four lines of a narrow column (first line flush, the rest indented)
ENTRY = ("{n}. B. Harlow, T. Quist, Outer membrane", "receptors in resistant carcinoma. Cell",
         "Stress Rep. {v}, 211-219 (2019). doi: 10.5555/", "csr.{v}")


def _lines(tag: str, n: int, width: float = 155, size: float = 9, tag_last: bool = False) -> list[str]:
    """``n`` lines of about ``width`` pt at ``size`` pt Times, each opening (``tag_last``: ending) with its
    tag (``L07``)."""
    lines, k = [], 0
    for i in range(n):
        words = [] if tag_last else [f"{tag}{i:02d}"]
        while stringWidth(" ".join(words), "Times-Roman", size) < width - 25:
            words.append(WORDS[k % len(WORDS)])
            k += 1
        lines.append(" ".join(words + ([f"{tag}{i:02d}"] if tag_last else [])))
    return lines


def _body_page(c: canvas.Canvas, columns=COLUMNS, n: int = 50) -> None:
    """A page of body text citing entries 1-5, in the given columns."""
    c.setFont("Times-Roman", 9)
    for tag, x in zip("LMR", columns):
        y = 720
        body = _lines(tag, n)
        if tag == "L":
            body[2] += " (1, 2)."
            body[9] += " (3-5)."
        for line in body:
            c.drawString(x, y, line)
            y -= 11
    c.showPage()


def _entries(c: canvas.Canvas, first: int, last: int, slots: list[tuple[float, float, float]]) -> None:
    """Entries ``first``..``last`` in 7 pt, filling the column slots (x, top baseline, lowest baseline) in turn;
    the first line of an entry flush at x, its other lines indented by 10 pt."""
    c.setFont("Times-Roman", 7)
    k, (x, y, floor) = 0, slots[0]
    for n in range(first, last + 1):
        lines = [t.format(n=n, v=300 + n) for t in ENTRY]
        if y - 9 * len(lines) < floor and k + 1 < len(slots):
            k += 1
            x, y, floor = slots[k]
        for i, line in enumerate(lines):
            c.drawString(x + (0 if i == 0 else 10), y, line)
            y -= 9
        y -= 2


def test_reference_page_with_two_of_three_columns_filled_gives_every_entry(tmp_path):
    """The list ends in the second of three columns: the page's widest white band is the empty third column
    (inside the page's middle band), yet the gutter between the first two parts the page."""
    path = tmp_path / "two_of_three.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Bold", 13)
    c.drawString(40, 745, "Organelle capture in resistant carcinoma")
    _body_page(c)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(COLUMNS[0], 730, "REFERENCES AND NOTES")
    _entries(c, 1, 26, [(COLUMNS[0], 712, 60), (COLUMNS[1], 730, 60)])
    c.save()
    doc = ingest_path(path)
    assert [r.number for r in doc.references] == list(range(1, 27))
    assert all(r.doi == f"10.5555/csr.{300 + r.number}" for r in doc.references)


def test_three_column_page_whose_third_column_holds_one_entry_parts_at_both_gutters(tmp_path):
    """The third column holds one entry: its number and the white band before it are wider than the gutter
    between the first two columns; the page is still read column by column."""
    path = tmp_path / "short_third.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Bold", 13)
    c.drawString(40, 745, "Organelle capture in resistant carcinoma")
    _body_page(c)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(COLUMNS[0], 730, "REFERENCES AND NOTES")
    _entries(c, 1, 28, [(COLUMNS[0], 712, 60), (COLUMNS[1], 730, 60), (COLUMNS[2] - 12, 730, 60)])
    c.save()
    doc = ingest_path(path)
    assert [r.number for r in doc.references] == list(range(1, 29))
    assert all(r.year == 2019 for r in doc.references)


def test_neighbouring_column_lines_on_other_baselines_stay_two_lines(tmp_path):
    """Lines of the left column that run to within a word space of the right column (a justified line widened
    by a raised citation, yet short of the gutter's centre) are not joined to the right column's line beside them, whose baseline lies a
    quarter line lower."""
    path = tmp_path / "baselines.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    left, right = _lines("L", 40, width=260, tag_last=True), _lines("R", 40, width=260, tag_last=True)
    c.setFont("Times-Roman", 9)
    for i, line in enumerate(left):
        y = 720 - 11 * i
        if i != 3:
            c.drawRightString(311, y, line)  # 11 pt short of the right column: a gutter
            continue
        # a raised citation after the line's last word runs out to 6 pt short of the right column
        sup = 316 - stringWidth("12,14", "Times-Roman", 6)
        c.drawRightString(sup - 0.5, y, line)
        c.setFont("Times-Roman", 6)
        c.drawString(sup, y + 3.5, "12,14")
        c.setFont("Times-Roman", 9)
    for i, line in enumerate(right):
        c.drawString(322, 720 - 3 - 11 * i, line)  # baselines 3 pt under the left column's
    c.save()
    text = " ".join(b.text for b in pdf_to_blocks(path))
    tags = [w[:3] for w in text.split() if len(w) >= 3 and w[0] in "LR" and w[1:3].isdigit()]
    assert tags == [f"{t}{i:02d}" for t in "LR" for i in range(40)]


def test_small_print_reference_list_under_a_columns_body_text_is_no_footnote(tmp_path):
    """The list starts in the left column under the methods' last lines in body size and runs into the right
    column, where a body-size heading follows it: the left column's entries are the list, not footnotes
    moved to the page's end."""
    path = tmp_path / "under_body.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Bold", 13)
    c.drawString(50, 745, "Organelle capture in resistant carcinoma")
    two = (50, 320)
    _body_page(c, two)
    c.setFont("Times-Roman", 9)
    y = 720
    for line in _lines("M", 12, width=250):
        c.drawString(two[0], y, line)
        y -= 11
    c.setFont("Helvetica-Bold", 11)
    c.drawString(two[0], y - 8, "References")
    _entries(c, 1, 24, [(two[0], y - 24, 60), (two[1], 720, 215)])
    c.setFont("Helvetica-Bold", 9)
    c.drawString(two[1], 200, "SUPPLEMENTARY MATERIALS")
    c.setFont("Times-Roman", 8)
    c.drawString(two[1], 188, "Figs. S1 to S6 and Tables S1 to S3")
    c.save()
    doc = ingest_path(path)
    assert [r.number for r in doc.references] == list(range(1, 25))
