"""PDF heading classes of issue 10, fourth pass (pdfheads4): italic headings and run-ins, letter-numbered italic
subsections, simulated small caps, and list items that are not headings.  One reportlab page per class."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from pdf_pages import BODY, LEAD, draw_lines, headings
from pipeline.ingest import ingest_path

TEXT = BODY[:3] + ("in our hands.",)
LEGEND = (
    "Figure 1. Mitophagy in tumour cells under cisplatin. (A) Cells were treated with the drug for a day and imaged",
    "with a confocal microscope; scale bar ten micrometres. (B) Quantification of three independent experiments.",
)


def _front(c) -> float:
    y = draw_lines(c, 750, ("Mitophagy and drug resistance in tumour cells",), font="Helvetica-Bold", size=16) - 6
    return draw_lines(c, y, LEAD) - 10


def _run_in(c, y: float, head: str, text: str, head_font: str, size: float = 10) -> float:
    c.setFont(head_font, size)
    c.drawString(72, y, head)
    c.setFont("Times-Roman", size)
    c.drawString(72 + c.stringWidth(head + " ", head_font, size), y, text)
    return draw_lines(c, y - size * 1.3, TEXT, size=size) - 6


def _sections(path) -> list[tuple[str, int]]:
    return [(s.title, s.level) for s in ingest_path(path).sections]


def test_italic_subsection_headings_beside_italic_legends_and_a_little_larger_than_the_body(tmp_path):
    """Italic subsection headings on lines of their own, set half a point larger than the body, in a paper whose
    figure legends are italic too: the legends say nothing of the face's other uses, and the headings are level 2
    under their bold section."""
    path = tmp_path / "italic_subsections.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = _front(c)
    y = draw_lines(c, y, ("Results",), font="Helvetica-Bold", size=12) - 2
    subs = ("Loss of PINK1 sensitizes cells to cisplatin", "Mitophagy in xenografts", "Parkin is dispensable for survival")
    for sub in subs:
        y = draw_lines(c, y, (sub,), font="Times-Italic", size=10.5) - 2
        y = draw_lines(c, y, TEXT) - 6
        y = draw_lines(c, y, LEGEND, font="Times-Italic", size=9) - 6
    y = draw_lines(c, y, ("Discussion",), font="Helvetica-Bold", size=12) - 2
    draw_lines(c, y, TEXT)
    c.save()
    assert _sections(path) == [("Results", 1)] + [(s, 2) for s in subs] + [("Discussion", 1)]


def test_italic_run_in_headings_end_with_their_full_stop(tmp_path):
    """``*Cell culture.* HeLa cells ...``: an italic lead-in ending with its full stop is a run-in heading under the
    section; an italic name opening a sentence (``*Escherichia coli* strains ...``) is not."""
    path = tmp_path / "italic_run_ins.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = _front(c)
    y = draw_lines(c, y, ("Methods",), font="Helvetica-Bold", size=12) - 2
    y = _run_in(c, y, "Cell culture.", "HeLa cells were grown in DMEM with ten percent serum and", "Times-Italic")
    y = _run_in(c, y, "Escherichia coli", "strains were grown in LB medium overnight at the warm temperature", "Times-Italic")
    y = _run_in(c, y, "Western blotting.", "Lysates were separated on gels and transferred to membranes", "Times-Italic")
    y = _run_in(c, y, "Statistics.", "All tests were two-sided and done in the R environment for", "Times-Italic")
    c.save()
    assert _sections(path) == [("Methods", 1), ("Cell culture", 2), ("Western blotting", 2), ("Statistics", 2)]


def test_letter_numbered_italic_subsections_under_roman_numbered_sections(tmp_path):
    """IEEE: ``I. INTRODUCTION`` sections and ``A. Cell culture`` subsections in italic at body size, only two of
    them (too few to call the italic face a heading face): the letter says subsection."""
    path = tmp_path / "ieee_numbering.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = _front(c)
    for head, font, size in (("I. INTRODUCTION", "Times-Roman", 11), ("II. METHODS", "Times-Roman", 11),
                             ("A. Cell culture", "Times-Italic", 10), ("B. Western blotting", "Times-Italic", 10),
                             ("III. RESULTS", "Times-Roman", 11)):
        y = draw_lines(c, y, (head,), font=font, size=size) - 2
        y = draw_lines(c, y, TEXT) - 6
    c.save()
    levels = [(s.level) for s in ingest_path(path).sections]
    assert [h for h in headings(path)][1:] == ["I. INTRODUCTION", "II. METHODS", "A. Cell culture", "B. Western blotting", "III. RESULTS"]
    assert levels == [1, 1, 2, 2, 1]


def _small_caps(c, y: float, words: list[str], big: float, small: float) -> float:
    """A heading in simulated small caps: each word's first letter at ``big``, the rest in capitals at ``small``."""
    x = 72
    for word in words:
        c.setFont("Helvetica-Bold", big)
        c.drawString(x, y, word[0])
        x += c.stringWidth(word[0], "Helvetica-Bold", big)
        c.setFont("Helvetica-Bold", small)
        c.drawString(x, y, word[1:].upper())
        x += c.stringWidth(word[1:].upper() + " ", "Helvetica-Bold", small)
    return y - big * 1.6


def test_simulated_small_caps_sections_rank_by_their_initials_above_italic_subsections(tmp_path):
    """Sections in simulated small caps (11.5 pt initials, 9 pt capitals, on a 9.5 pt body) over italic subsections
    in 10 pt: the sections rank as their initials' size, so the subsections are level 2; a lower-case initial
    (``a`` + ``ND``) reads as the capital of its small-caps word."""
    path = tmp_path / "small_caps_sections.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = _front(c)
    for section, subs in ((["Materials", "and", "methods"], ("Flow cytometry", "Colony formation assay")),
                          (["Results"], ("Loss of PINK1 sensitizes cells to cisplatin", "Mitophagy in xenografts"))):
        y = _small_caps(c, y, section, 11.5, 9) - 4
        for sub in subs:
            y = draw_lines(c, y, (sub,), font="Helvetica-Oblique", size=10) - 3
            y = draw_lines(c, y, TEXT, font="Helvetica", size=9.5) - 8
    c.save()
    assert _sections(path) == [("Materials and methods", 1), ("Flow cytometry", 2), ("Colony formation assay", 2),
                               ("Results", 1), ("Loss of PINK1 sensitizes cells to cisplatin", 2), ("Mitophagy in xenografts", 2)]


def test_bulleted_and_numbered_bold_list_items_are_not_headings(tmp_path):
    """Bold list items: a bullet opens an item (never an icon to drop before a heading), and three or more bold
    lines numbered one after the other with no text between them are a list, not sections."""
    path = tmp_path / "bold_lists.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = _front(c)
    y = draw_lines(c, y, ("Methods",), font="Helvetica-Bold", size=12) - 2
    y = draw_lines(c, y, TEXT) - 6
    y = draw_lines(c, y, ("1. Cells were seeded in plates", "2. Drugs were added after a day", "3. Viability was read after three days"),
                   font="Times-Bold", size=10) - 6
    y = draw_lines(c, y, TEXT) - 6
    y = draw_lines(c, y, ("\u2022 Flow cytometry of the treated cells",), font="Times-Bold", size=10) - 6
    y = draw_lines(c, y, TEXT) - 6
    y = draw_lines(c, y, ("Results",), font="Helvetica-Bold", size=12) - 2
    draw_lines(c, y, TEXT)
    c.save()
    assert headings(path)[1:] == ["Methods", "Results"]


def test_bold_run_in_headings_ending_with_a_colon_before_running_text(tmp_path):
    """bioRxiv methods: ``Worm strains and culture: Animals were kept ...`` in bold, running into a paragraph, are
    run-in subsections; a CRediT role before a line of names (``Data curation: A.B., C.D.``) is a label."""
    path = tmp_path / "colon_run_ins.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = _front(c)
    y = draw_lines(c, y, ("Methods",), font="Helvetica-Bold", size=12) - 2
    y = _run_in(c, y, "Worm strains and culture:", "Animals were kept on seeded plates at twenty degrees in every", "Times-Bold")
    y = _run_in(c, y, "Data analysis:", "Raw data files were processed with the vendor's software and", "Times-Bold")
    y = draw_lines(c, y, ("Author contributions",), font="Helvetica-Bold", size=12) - 2
    for role, names in (("Data curation:", "A. Smith, B. Jones."), ("Formal analysis:", "C. Brown.")):
        c.setFont("Times-Bold", 10)
        c.drawString(72, y, role)
        c.setFont("Times-Roman", 10)
        c.drawString(72 + c.stringWidth(role + " ", "Times-Bold", 10), y, names)
        y -= 16
    c.save()
    assert _sections(path) == [("Methods", 1), ("Worm strains and culture", 2), ("Data analysis", 2), ("Author contributions", 1)]


def test_italic_subsections_under_a_section_name_set_in_body_type_are_level_2(tmp_path):
    """Science: ``Results`` set as a plain line in the body's type (the assembler makes it a level-1 section), then
    italic subsection headings in a face of their own; ``Discussion`` in bold.  The italic headings rank below the
    section names' style, so under the plain ``Results`` they are level 2, not level 1."""
    path = tmp_path / "plain_results.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = _front(c)
    y = draw_lines(c, y, ("Introduction",), font="Times-Bold", size=10) - 2
    y = draw_lines(c, y, TEXT) - 6
    y = draw_lines(c, y, ("Results",)) - 2
    subs = ("Loss of PINK1 sensitizes cells to cisplatin", "Mitophagy in xenografts", "Parkin is dispensable for survival")
    for sub in subs:
        y = draw_lines(c, y, (sub,), font="Times-Italic", size=10) - 2
        y = draw_lines(c, y, TEXT) - 6
    y = draw_lines(c, y, ("Discussion",), font="Times-Bold", size=10) - 2
    draw_lines(c, y, TEXT)
    c.save()
    assert _sections(path) == [("Introduction", 1), ("Results", 1)] + [(s, 2) for s in subs] + [("Discussion", 1)]
