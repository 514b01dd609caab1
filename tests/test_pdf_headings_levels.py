"""Heading levels of unnumbered PDF headings, one reportlab page per layout class (issue 10, pdfheads3)."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from pdf_pages import BODY, LEAD, draw_lines
from pipeline.ingest import ingest_path

TEXT = BODY[:3] + ("in our hands.",)


def _head(c, y: float, text: str, font: str = "Helvetica-Bold", size: float = 10) -> float:
    c.setFont(font, size)
    c.drawString(72, y, text)
    return y - size * 1.6


def _pieces(c, y: float, pieces: list[tuple[str, str]], size: float = 10) -> float:
    """One heading line drawn in pieces of different fonts (a symbol glyph from a regular face)."""
    x = 72
    for text, font in pieces:
        c.setFont(font, size)
        c.drawString(x, y, text)
        x += c.stringWidth(text, font, size)
    return y - size * 1.6


def _levels(path) -> list[tuple[str, int]]:
    return [(s.title, s.level) for s in ingest_path(path).sections]


def test_a_style_used_once_between_section_and_subsection_styles_does_not_push_subsections_down(tmp_path):
    """Cell Press: caps bold sections, bold sentence-case subsections, and one heading in a third style (bold
    oblique caps) that ranks between them.  The subsections sit right under their section (level 2), not at the
    third rank; the one-off heading under ``DISCUSSION`` is level 2 too."""
    path = tmp_path / "one_off_style.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = 740
    y = draw_lines(c, _head(c, y, "INTRODUCTION"), TEXT) - 6
    y = draw_lines(c, _head(c, y, "RESULTS"), TEXT) - 6
    y = draw_lines(c, _head(c, y, "Loss of PINK1 sensitizes tumour cells"), TEXT) - 6
    y = draw_lines(c, _head(c, y, "Mitophagy flux falls under cisplatin"), TEXT) - 6
    y = draw_lines(c, _head(c, y, "DISCUSSION"), TEXT) - 6
    y = draw_lines(c, _head(c, y, "OUTLOOK FOR THE CLINIC", "Helvetica-BoldOblique"), TEXT) - 6
    c.save()
    assert _levels(path) == [
        ("Introduction", 1), ("Results", 1), ("Loss of PINK1 sensitizes tumour cells", 2),
        ("Mitophagy flux falls under cisplatin", 2), ("Discussion", 1), ("Outlook for the clinic", 2),
    ]


def test_a_symbol_from_a_regular_face_in_a_bold_heading_keeps_it_bold(tmp_path):
    """Cell's ``STAR★METHODS``: the star comes from a regular symbol face; the line is still a bold caps section
    heading (level 1), not a style of its own that ranks under the sections and over their subsections."""
    path = tmp_path / "star_methods.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = 740
    y = draw_lines(c, _head(c, y, "INTRODUCTION"), TEXT) - 6
    y = draw_lines(c, _head(c, y, "RESULTS"), TEXT) - 6
    y = draw_lines(c, _head(c, y, "Loss of PINK1 sensitizes tumour cells"), TEXT) - 6
    y = draw_lines(c, _pieces(c, y, [("STAR", "Helvetica-Bold"), ("+", "Helvetica"), ("METHODS", "Helvetica-Bold")]), TEXT) - 6
    y = draw_lines(c, _head(c, y, "Cell culture and treatments"), TEXT) - 6
    c.save()
    levels = _levels(path)
    assert levels[-2:] == [("Star+methods", 1), ("Cell culture and treatments", 2)]
    assert levels[2] == ("Loss of PINK1 sensitizes tumour cells", 2)


def test_back_matter_titles_beside_subsections_stay_subsections(tmp_path):
    """Cell's ``RESOURCE AVAILABILITY``: ``Lead contact``, ``Materials availability``, ``Data and code availability``
    in the subsection type are its level-2 subsections, though the last two are back-matter names; an
    ``ACKNOWLEDGMENTS`` in that type after the methods is still a section of its own."""
    path = tmp_path / "nested_back.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = 740
    y = draw_lines(c, _head(c, y, "INTRODUCTION"), TEXT) - 6
    y = draw_lines(c, _head(c, y, "RESOURCE AVAILABILITY"), TEXT[:1]) - 6
    for head in ("Lead contact", "Materials availability", "Data and code availability"):
        y = draw_lines(c, _head(c, y, head), TEXT[:2]) - 6
    y = draw_lines(c, _head(c, y, "METHOD DETAILS"), TEXT[:1]) - 6
    y = draw_lines(c, _head(c, y, "Cell culture and treatments"), TEXT[:2]) - 6
    y = draw_lines(c, _head(c, y, "Acknowledgments"), TEXT[:2]) - 6
    c.save()
    assert _levels(path)[1:] == [
        ("Resource availability", 1), ("Lead contact", 2), ("Materials availability", 2),
        ("Data and code availability", 2), ("Method details", 1), ("Cell culture and treatments", 2),
        ("Acknowledgments", 1),
    ]


def test_one_bold_face_for_sections_and_subsections_nests_unknown_titles_under_results(tmp_path):
    """A Word manuscript (bioRxiv) sets every heading in one bold face at body size: unknown titles after
    ``Results``, ``Discussion`` or ``Methods`` are their subsections (level 2); known names (``Discussion``,
    ``Acknowledgments``, ``Supplemental figure legends``) and titles after ``Introduction`` are sections."""
    path = tmp_path / "flat_word.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = 760
    for head in ("Introduction", "Results", "Loss of PINK1 sensitizes tumour cells", "Mitophagy flux falls under cisplatin",
                 "Discussion", "Models of drug resistance", "Acknowledgments", "Methods", "Cell culture",
                 "Supplemental Figure Legends"):
        y = draw_lines(c, _head(c, y, head, size=10), TEXT[:2]) - 4
    c.save()
    assert _levels(path) == [
        ("Introduction", 1), ("Results", 1), ("Loss of PINK1 sensitizes tumour cells", 2),
        ("Mitophagy flux falls under cisplatin", 2), ("Discussion", 1), ("Models of drug resistance", 2),
        ("Acknowledgments", 1), ("Methods", 1), ("Cell culture", 2), ("Supplemental Figure Legends", 1),
    ]


def _run_in(c, y: float, head: str, text: str, size: float = 10) -> float:
    c.setFont("Helvetica-Bold", size)
    c.drawString(72, y, head)
    c.setFont("Times-Roman", size)
    c.drawString(72 + c.stringWidth(head + " ", "Helvetica-Bold", size), y, text)
    return y - size * 1.3


def test_run_ins_under_a_section_name_set_in_body_type_are_its_subsections(tmp_path):
    """ASM-like: section names (``Introduction``, ``Materials and methods``) in the body's own type on a line of its own (the assembler
    makes it a level-1 heading), bold run-ins under it: they are level 2, not ranked as sections."""
    path = tmp_path / "body_type_section.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = draw_lines(c, _head(c, 740, "Mitophagy and drug resistance in tumour cells", size=16), LEAD) - 6
    y = draw_lines(c, y, ("Introduction",)) - 4
    y = draw_lines(c, y, TEXT) - 6
    y = draw_lines(c, y, ("Materials and methods",)) - 4
    for head in ("Cell culture.", "Western blotting."):
        y = _run_in(c, y, head, "Cells were grown in rich medium with serum and harvested at confluence")
        y = draw_lines(c, y, TEXT) - 6
    y = draw_lines(c, y, ("Results",)) - 4
    y = _run_in(c, y, "PINK1 loss sensitizes tumour cells.", "Cells without the kinase died more often in")
    draw_lines(c, y, TEXT)
    c.save()
    assert _levels(path)[-6:] == [
        ("Introduction", 1), ("Materials and methods", 1), ("Cell culture", 2), ("Western blotting", 2), ("Results", 1),
        ("PINK1 loss sensitizes tumour cells", 2),
    ]


def test_enumerated_run_ins_under_a_run_in_are_its_subsections(tmp_path):
    """ASM methods: ``Pipeline development. (i) Pipeline overview. The ...`` then ``(ii) Training data. ...``: the
    run-in is level 2 under ``Materials and methods``, each enumerated run-in level 3, titles without ``(i)``."""
    path = tmp_path / "enumerated_run_ins.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = draw_lines(c, _head(c, 740, "Mitophagy and drug resistance in tumour cells", size=16), LEAD) - 6
    y = draw_lines(c, _head(c, y, "Introduction", size=12), TEXT) - 6
    y = _head(c, y, "Materials and methods", size=12)
    for head in ("Pipeline development. (i) Pipeline overview.", "(ii) Training data set.", "(iii) Output files.",
                 "Strains and plasmids."):
        y = _run_in(c, y, head, "The cells were grown in rich medium and harvested at confluence")
        y = draw_lines(c, y, TEXT) - 6
    c.save()
    assert _levels(path)[-6:] == [
        ("Materials and methods", 1), ("Pipeline development", 2), ("Pipeline overview", 3), ("Training data set", 3),
        ("Output files", 3), ("Strains and plasmids", 2),
    ]
