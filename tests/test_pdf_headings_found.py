"""Which lines are PDF headings: one reportlab page per layout class fixed in issue 10 (pdfheads3)."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from pdf_pages import BODY, LEAD, draw_lines, headings
from pipeline.ingest import ingest_path

WIDE = (
    "Mitophagy removes damaged mitochondria and supports the survival of tumour cells under chemotherapy, as several",
    "studies of solid tumours have shown in cell lines and in mice over the last decade of research on autophagy and",
    "on the resistance of cancer cells. Tumours that lose PINK1 respond differently, and the reasons are still debated.",
)
TEXT = BODY[:3] + ("in our hands.",)


def test_heading_wrapped_from_a_full_width_line_to_a_short_one_is_one_heading(tmp_path):
    """Cell STAR Methods: a subsection heading runs the full text width and wraps to a short second line on the same
    left edge; the layout calls the first line spanning and the second a left-column line, which is no column
    break.  The section label above it (``METHOD DETAILS``) stays a heading of its own."""
    path = tmp_path / "wrapped_heading.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = 740
    for _ in range(3):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y, "METHOD DETAILS")
        c.drawString(60, y - 16, "Sampling, imaging and volumetric estimation of tumour spheroids collected from the patient-derived")
        c.drawString(60, y - 27, "xenograft cohorts")
        y = draw_lines(c, y - 40, WIDE, x=60, size=9) - 8
    c.save()
    heads = headings(path)
    assert heads[:2] == [
        "METHOD DETAILS",
        "Sampling, imaging and volumetric estimation of tumour spheroids collected from the patient-derived xenograft cohorts",
    ]


def test_supplemental_information_in_small_bold_back_matter_type_is_a_section(tmp_path):
    """Cell Press: ``SUPPLEMENTAL INFORMATION`` in the small bold capitals of the back-matter titles (7 pt on an
    8.5 pt body), beside ``ACKNOWLEDGMENTS``: both are level-1 sections."""
    path = tmp_path / "supplemental.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = draw_lines(c, 740, ("INTRODUCTION",), font="Helvetica-Bold", size=8.5) - 2
    y = draw_lines(c, y, TEXT, size=8.5) - 8
    for head, text in (("SUPPLEMENTAL INFORMATION", "Supplementary files accompany the online version of this article."),
                       ("ACKNOWLEDGMENTS", "We thank the members of the laboratory for their help and discussions.")):
        c.setFont("Helvetica-Bold", 7)
        c.drawString(72, y, head)
        y = draw_lines(c, y - 11, (text,), size=8.5) - 8
    c.save()
    sections = [(s.title, s.level) for s in ingest_path(path).sections]
    assert sections[-2:] == [("Supplemental information", 1), ("Acknowledgments", 1)]


def test_run_in_heading_opening_with_a_lower_case_led_name(tmp_path):
    """``iPSC-derived cardiomyocytes—iPSC-CMs from ...``: a run-in heading may open with a name whose first letters are
    lower case (iPSC, mTOR, siRNA), like the capitalised run-ins beside it."""
    path = tmp_path / "lower_led.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = draw_lines(c, 750, ("Mitophagy and drug resistance in tumour cells",), font="Helvetica-Bold", size=16) - 6
    y = draw_lines(c, y, LEAD) - 8
    y = draw_lines(c, y, ("Introduction",), font="Helvetica-Bold", size=12) - 4
    y = draw_lines(c, y, TEXT) - 8
    y = draw_lines(c, y, ("Methods",), font="Helvetica-Bold", size=12) - 4
    for head, text in (("Tunicates\u2014", "Adults were collected in the bay and kept in artificial sea water for"),
                       ("iPSC-derived cardiomyocytes\u2014", "iPSC-CMs from two lines were thawed and seeded onto gelatin")):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y, head)
        c.setFont("Times-Roman", 10)
        c.drawString(72 + c.stringWidth(head + " ", "Helvetica-Bold", 10), y, text)
        y = draw_lines(c, y - 13, TEXT) - 6
    c.save()
    titles = [s.title for s in ingest_path(path).sections]
    assert titles[-2:] == ["Tunicates", "iPSC-derived cardiomyocytes"]


def test_icon_glyphs_before_a_bold_heading_are_not_part_of_it(tmp_path):
    """ACS: ``*sı Supporting Information``: a pictograph from a symbol face and a small ``sı`` badge lead the bold
    heading; the heading is ``Supporting Information``."""
    path = tmp_path / "icon_heading.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = draw_lines(c, 740, ("Introduction",), font="Helvetica-Bold", size=10) - 4
    y = draw_lines(c, y, TEXT) - 8
    c.setFont("ZapfDingbats", 12)
    c.drawString(72, y, "*")
    c.setFont("Helvetica-Bold", 6.5)
    c.drawString(82, y, "si")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(92, y, "Supporting Information")
    draw_lines(c, y - 14, TEXT)
    c.save()
    assert headings(path)[-1] == "Supporting Information"


def test_labels_on_a_figure_page_without_running_text_are_not_headings(tmp_path):
    """A manuscript's figures on pages of their own at the end: panel titles and labels in a larger figure face
    (``Proposed model``, ``Horseshoe intermediate``) on a page with no running text in the body's type are figure
    text, while a ``References`` heading and the text pages' headings stay."""
    path = tmp_path / "figure_pages.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = draw_lines(c, 750, ("Mitophagy and drug resistance in tumour cells",), font="Helvetica-Bold", size=16) - 6
    y = draw_lines(c, y, LEAD) - 8
    for head in ("Introduction", "Results"):
        y = draw_lines(c, y, (head,), font="Helvetica-Bold", size=12) - 4
        y = draw_lines(c, y, BODY) - 8
    for label in ("Proposed model", "Horseshoe intermediate"):  # one figure per page, its title and a few labels
        c.showPage()
        c.setFont("Helvetica", 15)
        c.drawString(90, 700, label)
        c.setFont("Helvetica", 8)
        for k, word in enumerate(("PINK1", "Parkin", "LC3")):
            c.drawString(90 + 120 * k, 600, word)
    c.showPage()
    y = draw_lines(c, 740, ("References",), font="Helvetica-Bold", size=12) - 4
    draw_lines(c, y, ("1. Smith J, Jones K. Mitophagy in cancer. Nature. 2020;1:1-10.",
                      "2. Brown A, Green B. PINK1 and drug resistance. Cell. 2021;2:11-20."))
    c.save()
    assert headings(path)[1:] == ["Introduction", "Results", "References"]


def test_heading_in_simulated_small_caps_keeps_its_larger_first_capital(tmp_path):
    """Simulated small caps (Word, many society journals): ``INTRODUCTION`` drawn as a 12.5 pt ``I`` flush against a
    9.8 pt ``NTRODUCTION``.  The larger capital is the word's first letter, not an icon before the heading, so the
    heading is ``INTRODUCTION``, not ``NTRODUCTION``."""
    path = tmp_path / "small_caps_heading.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = 740
    for first, rest in (("I", "NTRODUCTION"), ("R", "ESULTS")):
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(72, y, first)
        x = 72 + c.stringWidth(first, "Helvetica-Bold", 12.5)
        c.setFont("Helvetica-Bold", 9.8)
        c.drawString(x, y, rest)
        y = draw_lines(c, y - 16, TEXT) - 10
    c.save()
    assert headings(path)[:2] == ["INTRODUCTION", "RESULTS"]
