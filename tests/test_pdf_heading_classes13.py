"""Heading classes of synthetic family 7 (issue 10, session 13, pdfhead13): italic run-ins nested under italic
headings of their face, back matter in a face of its own after numbered subsections, enumerated sub-headings
(``(i) Title``, ``1) Title:``), italic prose blurbs beside an italic heading face, a heading cut by a column
break after an open word or by a table at the next column's head, an italic subheading at a column's
head after a sentence closed by raised citations. One reportlab document per class, each asserting heading text and
level order; and the generator's family 7. Texts written for the tests."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from pipeline.ingest import ingest_path
from pdf_pages import BODY, LEAD, STORY_TITLE, draw_lines, story_styles

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

TEXT = " ".join(BODY)
BODY_STYLE, TITLE_STYLE, AUTHORS, H1, ITALIC = story_styles()
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
ITALIC_H2 = ParagraphStyle("i2", fontName="Times-Italic", fontSize=10, leading=13, spaceBefore=6, spaceAfter=3)
METHODS = "Cells were kept at 37 degrees in a humid incubator and passaged twice a week before each experiment."


def _build(path, story):
    doc = BaseDocTemplate(str(path), pagesize=(612, 792), pageTemplates=[PageTemplate("p", [Frame(72, 72, 468, 648)])], invariant=1)
    doc.build(story)
    return ingest_path(path)


def _front() -> list:
    return [Paragraph(STORY_TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS),
            Paragraph("Abstract", H1), Paragraph(" ".join(LEAD), BODY_STYLE)]


def _heads(out) -> list[tuple[str, int]]:
    return [(s.title, s.level) for s in out.sections]


def test_italic_run_ins_under_an_italic_heading_of_their_face_are_a_level_under_it(tmp_path):
    """Level 2 italic on a line of its own over its text, then italic run-ins in the same face and size with their
    text going on beside them on the line (``Cell lines. HeLa ...``): the run-ins are level 3 under it; the next
    italic heading on its own line is level 2 again."""
    run_in = lambda t: Paragraph(f"<i>{t}.</i> {METHODS} {TEXT}", BODY_STYLE)
    story = _front() + [Paragraph("Introduction", H1), Paragraph(TEXT, BODY_STYLE), Paragraph("Methods", H1),
                        Paragraph("Cell culture and treatments", ITALIC_H2), Paragraph(TEXT, BODY_STYLE),
                        run_in("Cell lines"), run_in("Primary cells"),
                        Paragraph("Immunoblotting", ITALIC_H2), Paragraph(TEXT, BODY_STYLE)]
    out = _build(tmp_path / "nested.pdf", story)
    got = _heads(out)
    assert got[-5:] == [("Methods", 1), ("Cell culture and treatments", 2), ("Cell lines", 3), ("Primary cells", 3),
                        ("Immunoblotting", 2)], got


def test_run_ins_after_a_heading_closed_by_a_colon_in_their_face_stay_its_siblings(tmp_path):
    """A bold colon run-in title whose text began on the next line (a heading line closed by ``:``), then bold colon
    run-ins of the same face with their text beside them: all siblings at level 2 (bioRxiv methods)."""
    bold = ParagraphStyle("bb", parent=BODY_STYLE, spaceBefore=4)
    story = _front() + [Paragraph("Introduction", H1), Paragraph(TEXT, BODY_STYLE), Paragraph("Materials and methods", H1),
                        Paragraph("<b>Liquid chromatography coupled with tandem mass spectrometry of the eluted samples:</b>", bold),
                        Paragraph(f"{METHODS} {TEXT}", BODY_STYLE),
                        Paragraph(f"<b>Data analysis of the spectra:</b> {METHODS} {TEXT}", bold),
                        Paragraph(f"<b>Statistics and replicate design:</b> {METHODS} {TEXT}", bold)]
    got = _heads(_build(tmp_path / "colon.pdf", story))
    assert [lv for _, lv in got[-3:]] == [2, 2, 2], got
    assert got[-2][0].startswith("Data analysis") and got[-1][0].startswith("Statistics"), got


def test_a_back_matter_run_in_after_bold_subheadings_of_its_face_is_their_sibling(tmp_path):
    """PNAS methods: bold sentence subheadings on lines of their own, then ``Data, Materials, and Software
    Availability.`` run in to its statement in the same bold face: a sibling of the subheadings (level 2), not a part
    of the last one (the true run-in rule above must not take it)."""
    bold = ParagraphStyle("bs", fontName="Times-Bold", fontSize=10, leading=12.5, spaceBefore=6, spaceAfter=2)
    story = _front() + [Paragraph("Introduction", H1), Paragraph(TEXT, BODY_STYLE), Paragraph("Materials and Methods", H1),
                        Paragraph("Cell culture", bold), Paragraph(TEXT, BODY_STYLE),
                        Paragraph("Confocal microscopy", bold), Paragraph(TEXT, BODY_STYLE),
                        Paragraph(f"<b>Data, Materials, and Software Availability.</b> {METHODS} {TEXT}", BODY_STYLE)]
    got = _heads(_build(tmp_path / "pnas.pdf", story))
    assert got[-4:] == [("Materials and Methods", 1), ("Cell culture", 2), ("Confocal microscopy", 2),
                        ("Data, Materials, and Software Availability", 2)], got


def test_back_matter_in_a_face_of_its_own_after_numbered_subsections_is_level_one(tmp_path):
    """Numbered sections and ``4.1``-style subsections, then ``CRediT authorship contribution statement``, ``Declaration
    of interests`` and ``Data availability`` in a regular coloured face smaller than the section headings (used by
    nothing else): each a section of its own (level 1), not a subsection of ``4.2``."""
    back = ParagraphStyle("bk", fontName="Helvetica", fontSize=11, leading=14, textColor="#1f4e9c", spaceBefore=8, spaceAfter=3)
    story = _front() + [Paragraph("1. Introduction", H1), Paragraph(TEXT, BODY_STYLE), Paragraph("2. Methods", H1),
                        Paragraph("2.1. Cell culture", H2), Paragraph(TEXT, BODY_STYLE), Paragraph("2.2. Immunoblotting", H2),
                        Paragraph(TEXT, BODY_STYLE)]
    for title in ("CRediT authorship contribution statement", "Declaration of interests", "Data availability"):
        story += [Paragraph(title, back), Paragraph("The authors state the roles and interests of each contributor here.", BODY_STYLE)]
    got = _heads(_build(tmp_path / "back.pdf", story))
    assert got[-3:] == [("CRediT authorship contribution statement", 1), ("Declaration of interests", 1),
                        ("Data availability", 1)], got


def _narrow(path, story):
    """The story in two narrow frames of one page each (a three-column page's column width): titles wrap."""
    doc = BaseDocTemplate(str(path), pagesize=(612, 792), invariant=1,
                          pageTemplates=[PageTemplate("p", [Frame(72, 72, 170, 648), Frame(262, 72, 170, 648)])])
    doc.build(story)
    return ingest_path(path)


def _back_story(back: ParagraphStyle, titles: list[str]) -> list:
    small = ParagraphStyle("bn", parent=BODY_STYLE, fontSize=9, leading=11)
    story = _front() + [Paragraph("1. Introduction", H1), Paragraph(METHODS, small), Paragraph("2. Methods", H1),
                        Paragraph("2.1. Cell culture", H2), Paragraph(METHODS, small), Paragraph("2.2. Immunoblotting", H2),
                        Paragraph(METHODS, small)]
    for title in titles:
        story += [Paragraph(title, back), Paragraph("The authors state the roles and interests of each one here.", small)]
    return story


def test_back_matter_title_wrapped_in_a_narrow_column_is_level_one(tmp_path):
    """A back-matter face of its own (regular, coloured) in a narrow column, ``CRediT authorship contribution`` /
    ``statement`` over two lines: the title read over both lines is back matter, so the face is back matter's only
    and each title is a section of its own (level 1)."""
    back = ParagraphStyle("bw", fontName="Helvetica", fontSize=10, leading=13, textColor="#1f4e9c", spaceBefore=8, spaceAfter=3)
    got = _heads(_narrow(tmp_path / "wrap.pdf", _back_story(back, ["CRediT authorship contribution statement",
                                                                   "Declaration of interests"])))
    assert got[-2:] == [("CRediT authorship contribution statement", 1), ("Declaration of interests", 1)], got


def test_heading_in_capitals_wrapped_in_a_narrow_column_is_one_heading(tmp_path):
    """Back-matter titles in bold capitals at the body size, the first wrapped over two lines in a narrow column
    (every line starts in a capital, the first stops short): one heading each, level 1."""
    back = ParagraphStyle("bc", fontName="Helvetica-Bold", fontSize=9, leading=12, spaceBefore=8, spaceAfter=3)
    got = _heads(_narrow(tmp_path / "caps.pdf", _back_story(back, ["CREDIT AUTHORSHIP CONTRIBUTION STATEMENT",
                                                                   "DECLARATION OF INTERESTS"])))
    assert [(t.lower(), lv) for t, lv in got[-2:]] == [("credit authorship contribution statement", 1),
                                                       ("declaration of interests", 1)], got


def test_back_matter_under_an_empty_declarations_heading_stays_nested(tmp_path):
    """BMC: an empty ``Declarations`` heading over back-matter titles in a smaller face of their own: those stay level 2."""
    small = ParagraphStyle("sm", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=6, spaceAfter=2)
    story = _front() + [Paragraph("Introduction", H1), Paragraph(TEXT, BODY_STYLE), Paragraph("Results", H1),
                        Paragraph(TEXT, BODY_STYLE), Paragraph("Declarations", H1)]
    for title in ("Ethics approval and consent to participate", "Consent for publication", "Competing interests"):
        story += [Paragraph(title, small), Paragraph("Not applicable to this study of cultured cells.", BODY_STYLE)]
    got = _heads(_build(tmp_path / "decl.pdf", story))
    assert got[-4:] == [("Declarations", 1), ("Ethics approval and consent to participate", 2),
                        ("Consent for publication", 2), ("Competing interests", 2)], got


BLURB = ("Resistant ovarian tumour cells clear damaged mitochondria faster than sensitive ones. "
         "Blocking the receptor that marks them for removal restores the response to platinum drugs in mice.")


def test_italic_prose_blurbs_do_not_count_against_an_italic_heading_face(tmp_path):
    """Two italic prose blurbs (a teaser under the authors, a boxed summary in the introduction: several sentences in
    the italic face of the subheadings) beside two italic subheadings on lines of their own: the face is still a
    heading face, so both subheadings are level 2 under Results."""
    story = [Paragraph(STORY_TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS),
             Paragraph(BLURB, ITALIC), Paragraph("Abstract", H1), Paragraph(" ".join(LEAD), BODY_STYLE),
             Paragraph("Introduction", H1), Paragraph(TEXT, BODY_STYLE), Paragraph(f"{BLURB} {BLURB}", ITALIC),
             Paragraph(TEXT, BODY_STYLE), Paragraph("Results", H1),
             Paragraph("Receptor loss in resistant cells", ITALIC), Paragraph(TEXT, BODY_STYLE),
             Paragraph("Platinum response in mice", ITALIC), Paragraph(TEXT, BODY_STYLE),
             Paragraph("Discussion", H1), Paragraph(TEXT, BODY_STYLE)]
    got = _heads(_build(tmp_path / "blurb.pdf", story))
    assert got[-4:] == [("Results", 1), ("Receptor loss in resistant cells", 2), ("Platinum response in mice", 2),
                        ("Discussion", 1)], got


def test_enumerated_sub_headings_are_a_level_under_the_heading_they_follow(tmp_path):
    """``2.1. Cell culture`` then ``(i) Cell lines`` / ``(ii) Primary cells`` in italic on lines of their own, and IEEE
    italic run-ins ``1) Imaging:`` / ``2) Quantification:`` under ``B. Microscopy``: level 3, titles without the
    enumerator."""
    story = _front() + [Paragraph("1. Introduction", H1), Paragraph(TEXT, BODY_STYLE), Paragraph("2. Methods", H1),
                        Paragraph("2.1. Cell culture", H2), Paragraph(TEXT, BODY_STYLE),
                        Paragraph("(i) Cell lines", ITALIC), Paragraph(TEXT, BODY_STYLE),
                        Paragraph("(ii) Primary cells", ITALIC), Paragraph(TEXT, BODY_STYLE),
                        Paragraph("2.2. Microscopy", H2), Paragraph(TEXT, BODY_STYLE),
                        Paragraph(f"<i>1) Imaging:</i> {METHODS} {TEXT}", BODY_STYLE),
                        Paragraph(f"<i>2) Quantification:</i> {METHODS} {TEXT}", BODY_STYLE)]
    out = _build(tmp_path / "enum.pdf", story)
    got = [(s.number, s.title, s.level) for s in out.sections]
    assert got[-6:] == [("2.1", "Cell culture", 2), ("", "Cell lines", 3), ("", "Primary cells", 3),
                        ("2.2", "Microscopy", 2), ("", "Imaging", 3), ("", "Quantification", 3)], got


def _results_page(path):
    """A canvas with the title, authors and lead across the page and ``Results`` over four blocks of narrow
    left-column text; the y below that text and the narrow rows (7 words each) for more."""
    c = canvas.Canvas(str(path), pagesize=(612, 792), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 740, STORY_TITLE)
    draw_lines(c, 712, ["Anna Lee, Bo Chen and Carla Diaz"], size=10.5)
    y = draw_lines(c, 688, LEAD, size=10)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y - 10, "Results")
    words = [w for line in BODY for w in line.split()]
    rows = [" ".join(words[i:i + 7]) for i in range(0, len(words), 7)]
    return c, draw_lines(c, y - 28, rows * 4, x=72, size=9.5, pitch=12), rows


def _two_columns(path, left_tail, right_head, head_font="Helvetica-Bold"):
    """A two-column page: title and abstract across it, ``Results`` and text in the left column ending with
    ``left_tail`` lines (in ``head_font``), the right column opening with ``right_head`` lines, then text."""
    c, y, rows = _results_page(path)
    for line in left_tail:
        y = draw_lines(c, y - 2, [line], x=72, font=head_font, size=9.5, pitch=12)
    c.setFont(head_font, 9.5)
    y = 560
    for line in right_head:
        y = draw_lines(c, y, [line], x=320, font=head_font, size=9.5, pitch=12)
    draw_lines(c, y - 2, rows * 3, x=320, size=9.5, pitch=12)
    c.showPage()
    c.save()
    return ingest_path(path)


def test_heading_cut_by_a_column_break_after_an_open_word_is_one_heading(tmp_path):
    """A bold results heading whose first line ends ``... degradation under`` at the foot of the left column and
    whose rest (``5-fluorouracil treatment in resistant cells``) opens the right column: one heading."""
    out = _two_columns(tmp_path / "cut.pdf", ["PINK1 controls lysosomal degradation under"],
                       ["5-fluorouracil treatment in resistant cells"])
    titles = [s.title for s in out.sections]
    assert "PINK1 controls lysosomal degradation under 5-fluorouracil treatment in resistant cells" in titles, titles


def test_heading_cut_by_a_table_at_the_next_column_head_is_one_heading(tmp_path):
    """A bold heading's first line closes the left column (no open word at its end); the right column opens with a
    ruled table and its caption, then the heading's lower-case rest over its text: one heading, and the table kept."""
    path = tmp_path / "float.pdf"
    c, y, rows = _results_page(path)
    draw_lines(c, y - 2, ["Receptor loss restores platinum sensitivity"], x=72, font="Helvetica-Bold", size=9.5, pitch=12)
    draw_lines(c, 560, ["Table 1. Cell lines and their response to cisplatin."], x=320, size=8.5, pitch=11)
    cells = [["Cell line", "IC50 (uM)", "Fold"], ["A2780", "2.1", "1.0"], ["A2780cis", "14.8", "7.0"], ["OVCAR3", "9.6", "4.6"]]
    top, xs = 552, [320, 400, 470, 540]
    c.setLineWidth(0.5)
    c.setFont("Times-Roman", 8.5)
    for r, row in enumerate(cells):
        c.line(xs[0], top - r * 14, xs[-1], top - r * 14)
        for k, cell in enumerate(row):
            c.drawString(xs[k] + 3, top - r * 14 - 10, cell)
    bottom = top - len(cells) * 14
    c.line(xs[0], bottom, xs[-1], bottom)
    for x in xs:
        c.line(x, top, x, bottom)
    y = draw_lines(c, bottom - 22, ["in resistant ovarian tumour cells"], x=320, font="Helvetica-Bold", size=9.5, pitch=12)
    draw_lines(c, y - 2, rows * 2, x=320, size=9.5, pitch=12)
    c.showPage()
    c.save()
    out = ingest_path(path)
    titles = [s.title for s in out.sections]
    assert "Receptor loss restores platinum sensitivity in resistant ovarian tumour cells" in titles, titles
    assert [t.label for t in out.tables] == ["Table 1"], out.tables
    assert ["A2780cis", "14.8", "7.0"] in out.tables[0].rows, out.tables[0].rows


def test_italic_subheading_at_a_column_head_after_raised_citations_opens_its_section(tmp_path):
    """The left column's last sentence closed by raised citation numbers (``... mice.¹²,¹⁴``), the right column
    opening with an italic lettered subheading on two lines: a heading, not the paragraph's last words."""
    c = canvas.Canvas(str(tmp_path / "cite.pdf"), pagesize=(612, 792), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 740, STORY_TITLE)
    draw_lines(c, 712, ["Anna Lee, Bo Chen and Carla Diaz"], size=10.5)
    y = draw_lines(c, 688, LEAD, size=10)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y - 10, "Results")
    words = [w for line in BODY for w in line.split()]
    rows = [" ".join(words[i:i + 7]) for i in range(0, len(words), 7)]
    last = rows[1][: rows[1].rfind(" ")] + " mice."  # a full line, its sentence closed by raised citations
    y = draw_lines(c, y - 28, rows * 4 + [last], x=72, size=9.5, pitch=12)
    c.setFont("Times-Roman", 6)
    c.drawString(72 + c.stringWidth(last, "Times-Roman", 9.5), y + 12 + 4, "12,14")
    y = draw_lines(c, 560, ["D. Loss of the receptor sensitizes resistant", "tumours to platinum drugs"], x=320,
                   font="Times-Italic", size=9.5, pitch=12)
    draw_lines(c, y - 3, rows * 3, x=320, size=9.5, pitch=12)
    c.showPage()
    c.save()
    out = ingest_path(tmp_path / "cite.pdf")
    titles = [s.title for s in out.sections]
    assert any(t.endswith("Loss of the receptor sensitizes resistant tumours to platinum drugs") for t in titles), titles


def test_family_7_is_deterministic_its_own_stream_and_its_gold_has_nested_levels(tmp_path):
    """``--family 7`` (scripts/synthetic_family7.py): same seed, same bytes; not family 5's document; the gold names
    classes drawn from ``FAMILY7_AXES`` and lists headings whose levels never jump by more than one."""
    from make_synthetic_pdfs import generate
    from synthetic_family7 import FAMILY7_AXES

    a = generate(tmp_path / "a", 3, seed=5, family=7)
    b = generate(tmp_path / "b", 3, seed=5, family=7)
    five = generate(tmp_path / "c", 1, seed=5, family=5)[0]
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert a[0].read_bytes() != five.read_bytes()
    for pdf in a:
        gold = json.loads(pdf.with_suffix(".json").read_text())
        assert gold["classes"]["family"] == "7"
        assert all(gold["classes"][axis] in values for axis, values in FAMILY7_AXES.items())
        levels = [h["level"] for h in gold["headings"]]
        assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:])), levels
        assert gold["headings"][-1]["text"].lower() == "references"
