"""Front-matter layouts not covered by the earlier class files (issue 10, session 6): title and abstract
on pages drawn the way journals outside the tune set lay them out. One reportlab page per class."""

from __future__ import annotations

import textwrap

from reportlab.pdfgen import canvas

from pipeline.ingest import ingest_path
from pdf_pages import BODY, LEAD, draw_lines

ABSTRACT = " ".join(LEAD)
LONG_ABSTRACT = ABSTRACT + " " + (
    "We also follow the organelles in patient samples taken before and after treatment and find the same"
    " pattern, with fewer damaged mitochondria cleared in the tumours that respond to the drug and more in"
    " those that grow on, so that the clearance of mitochondria marks the resistant tumours in the clinic."
)
TITLE = "Mitophagy sustains the resistance of ovarian tumours to platinum drugs"


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width)


def _columns(c, y_left: float, y_right: float, heading: str = "Introduction", lines: int = 24) -> None:
    """A heading and a two-column body under it."""
    c.setFont("Times-Bold", 11)
    c.drawString(40, y_left, heading)
    body = _wrap(" ".join(BODY * 8), 58)
    draw_lines(c, y_left - 16, body[:lines], x=40, font="Times-Roman", size=9.5, pitch=12)
    draw_lines(c, y_right, body[lines : 2 * lines + 4], x=316, font="Times-Roman", size=9.5, pitch=12)


def _titles(doc) -> list[str]:
    return [s.title for s in doc.sections]


def test_title_over_two_lines_in_different_sizes(tmp_path):
    """A title whose second line is set smaller to fit (20 pt, then 17 pt), both bold, authors under it."""
    path = tmp_path / "two_sizes.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, 730, "Mitophagy sustains the resistance of")
    c.setFont("Helvetica-Bold", 17)
    c.drawString(40, 706, "ovarian tumours to platinum drugs")
    c.setFont("Helvetica", 10)
    c.drawString(40, 682, "Anna Lee, Bo Chen and Carla Diaz")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 654, "Abstract")
    y = draw_lines(c, 640, _wrap(ABSTRACT, 105), x=40, font="Times-Roman", size=9.5, pitch=12)
    _columns(c, y - 20, y - 20)
    c.save()
    doc = ingest_path(path)
    assert doc.title == TITLE
    assert doc.abstract == ABSTRACT


def test_article_type_kicker_above_the_title_is_not_the_title(tmp_path):
    """``Research Article`` (and ``ORIGINAL ARTICLE``) printed above the title in its own bold type."""
    for kicker in ("Research Article", "ORIGINAL ARTICLE"):
        path = tmp_path / f"kicker_{kicker[0]}.pdf"
        c = canvas.Canvas(str(path), pagesize=(612, 792))
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 748, kicker)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(40, 722, "Mitophagy sustains the resistance of")
        c.drawString(40, 700, "ovarian tumours to platinum drugs")
        c.setFont("Helvetica", 10)
        c.drawString(40, 676, "Anna Lee, Bo Chen and Carla Diaz")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 648, "Abstract")
        y = draw_lines(c, 634, _wrap(ABSTRACT, 105), x=40, font="Times-Roman", size=9.5, pitch=12)
        _columns(c, y - 20, y - 20)
        c.save()
        doc = ingest_path(path)
        assert doc.title == TITLE, kicker
        assert doc.abstract == ABSTRACT, kicker


def test_journal_banner_bigger_than_the_title_is_not_the_title(tmp_path):
    """The journal's name as a 26 pt banner over a 16 pt bold title (society journals, MDPI-like mastheads)."""
    path = tmp_path / "masthead.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 26)
    c.drawString(40, 740, "Journal of Mitochondrial Oncology")
    c.setFont("Helvetica", 8)
    c.drawString(40, 724, "Volume 12, Issue 3, 2026, Pages 101-110")
    c.line(40, 716, 572, 716)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, 690, "Mitophagy sustains the resistance of ovarian tumours")
    c.drawString(40, 670, "to platinum drugs")
    c.setFont("Helvetica", 10)
    c.drawString(40, 648, "Anna Lee, Bo Chen and Carla Diaz")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 622, "Abstract")
    y = draw_lines(c, 608, _wrap(ABSTRACT, 105), x=40, font="Times-Roman", size=9.5, pitch=12)
    _columns(c, y - 20, y - 20)
    c.save()
    doc = ingest_path(path)
    assert doc.title == "Mitophagy sustains the resistance of ovarian tumours to platinum drugs"
    assert doc.abstract == ABSTRACT


def test_abstract_continued_at_the_top_of_the_second_column(tmp_path):
    """``Abstract`` heads the left column under the title; its text fills that column and ends at the top
    of the right column, where ``Introduction`` follows it (a short page: the column foot is near)."""
    path = tmp_path / "abstract_columns.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 300))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, 270, "Mitophagy sustains the resistance of")
    c.drawString(40, 248, "ovarian tumours to platinum drugs")
    c.setFont("Helvetica", 10)
    c.drawString(40, 226, "Anna Lee, Bo Chen and Carla Diaz")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 200, "Abstract")
    lines = _wrap(LONG_ABSTRACT, 58)
    draw_lines(c, 186, lines[:12], x=40, font="Times-Roman", size=9.5, pitch=12)
    y = draw_lines(c, 200, lines[12:], x=316, font="Times-Roman", size=9.5, pitch=12)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(316, y - 12, "Introduction")
    body = _wrap(" ".join(BODY * 3), 58)
    draw_lines(c, y - 28, body[: int((y - 40) // 12)], x=316, font="Times-Roman", size=9.5, pitch=12)
    c.save()
    doc = ingest_path(path)
    assert doc.title == TITLE
    assert doc.abstract == LONG_ABSTRACT
    assert _titles(doc)[0] == "Introduction"


def test_abstract_label_in_the_margin_beside_its_first_line(tmp_path):
    """The ``Abstract`` label in a left margin column, on the baseline of the abstract's first line."""
    path = tmp_path / "margin_label.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(130, 740, "Mitophagy sustains the resistance of")
    c.drawString(130, 718, "ovarian tumours to platinum drugs")
    c.setFont("Helvetica", 10)
    c.drawString(130, 694, "Anna Lee, Bo Chen and Carla Diaz")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 662, "Abstract")
    y = draw_lines(c, 662, _wrap(ABSTRACT, 90), x=130, font="Times-Roman", size=9.5, pitch=12)
    _columns(c, y - 20, y - 20)
    c.save()
    doc = ingest_path(path)
    assert doc.title == TITLE
    assert doc.abstract == ABSTRACT
    assert _titles(doc)[0] == "Introduction"


def test_abstract_on_page_two_after_a_full_page_journal_cover(tmp_path):
    """Page 1 is a journal cover (name, issue, cover story lines in large type); the article starts on page 2."""
    path = tmp_path / "cover.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 40)
    c.drawString(40, 700, "Mitochondrial")
    c.drawString(40, 652, "Oncology")
    c.setFont("Helvetica", 14)
    c.drawString(40, 600, "Volume 12 | Issue 3 | March 2026")
    c.setFont("Helvetica-Bold", 22)
    c.drawString(40, 300, "Clearing the way to")
    c.drawString(40, 272, "platinum resistance")
    c.setFont("Helvetica", 12)
    c.drawString(40, 250, "Cover story, page 101")
    c.showPage()
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, 740, "Mitophagy sustains the resistance of")
    c.drawString(40, 718, "ovarian tumours to platinum drugs")
    c.setFont("Helvetica", 10)
    c.drawString(40, 694, "Anna Lee, Bo Chen and Carla Diaz")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 666, "Abstract")
    y = draw_lines(c, 652, _wrap(ABSTRACT, 105), x=40, font="Times-Roman", size=9.5, pitch=12)
    _columns(c, y - 20, y - 20)
    c.save()
    doc = ingest_path(path)
    assert doc.title == TITLE
    assert doc.abstract == ABSTRACT
