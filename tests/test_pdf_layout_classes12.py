"""Layout classes of synthetic family 5 (issue 10, session 12, pdfleft12): a journal masthead larger than the title
wrapped over two lines above its issue line, a title set in two sizes (the subtitle smaller after a colon), section
numbers set off by a bar (``1 | INTRODUCTION``), a ``Translational Relevance`` box before the abstract. One reportlab
document per class, each asserting the structure the reader must find. Texts written for the tests."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from pipeline.ingest import ingest_path
from pdf_pages import STORY_TITLE, BODY, LEAD, story_styles

TITLE = STORY_TITLE
ABSTRACT = " ".join(LEAD)
TEXT = " ".join(BODY)
BODY_STYLE, TITLE_STYLE, AUTHORS, H1, ITALIC = story_styles()
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
SMALL = ParagraphStyle("s", fontName="Times-Roman", fontSize=8, leading=10, spaceAfter=6)


def _build(path, story, frames=None):
    frames = frames or [Frame(72, 72, 468, 648, id="f")]
    doc = BaseDocTemplate(str(path), pagesize=(612, 792), pageTemplates=[PageTemplate("p", frames)], invariant=1)
    doc.build(story)
    return ingest_path(path)


def _body() -> list:
    return [Paragraph("Introduction", H1), Paragraph(TEXT, BODY_STYLE), Paragraph(TEXT, BODY_STYLE),
            Paragraph("Results", H1), Paragraph(TEXT, BODY_STYLE), Paragraph("Discussion", H1), Paragraph(TEXT, BODY_STYLE)]


def test_masthead_larger_than_the_title_wrapped_over_two_lines_over_its_issue_line(tmp_path):
    """A journal's name in 32-pt type wrapped over two lines (no journal wording), its issue line (year; volume(issue):
    pages. doi) under it, an article-type line, then the 17-pt title: the title is the title, not the masthead."""
    banner = ParagraphStyle("jb", fontName="Helvetica-Bold", fontSize=32, leading=36, spaceAfter=3)
    story = [Paragraph("Mitochondrial Medicine and Tumour Metabolism", banner),
             Paragraph("2026; 14(3): 211-230. doi: 10.5555/mmtm.2026.0311", SMALL),
             Paragraph("Research Paper", ParagraphStyle("rp", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceAfter=6)),
             Paragraph(TITLE, ParagraphStyle("t", parent=TITLE_STYLE, fontSize=17, leading=21)),
             Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS), Paragraph("Abstract", H1), Paragraph(ABSTRACT, BODY_STYLE)] + _body()
    out = _build(tmp_path / "masthead.pdf", story)
    assert out.title == TITLE
    assert out.abstract == ABSTRACT
    assert [s.title for s in out.sections][:3] == ["Introduction", "Results", "Discussion"]


def test_title_in_two_sizes_the_subtitle_smaller_after_a_colon(tmp_path):
    """A 19-pt bold main title ending with a colon over a 13-pt bold subtitle (down to 0.6 of the title):
    one title, both parts; the authors after it are not."""
    main = "Mitophagy receptors in ovarian tumours:"
    for sub_size in (13, 11.5):
        sub = "a role for PINK1 in resistance to platinum drugs"
        story = [Paragraph(main, ParagraphStyle("t1", parent=TITLE_STYLE, fontSize=19, leading=23, spaceAfter=2)),
                 Paragraph(sub, ParagraphStyle("t2", parent=TITLE_STYLE, fontSize=sub_size, leading=sub_size * 1.25)),
                 Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS), Paragraph("Abstract", H1), Paragraph(ABSTRACT, BODY_STYLE)] + _body()
        out = _build(tmp_path / f"subtitle{sub_size}.pdf", story)
        assert out.title == f"{main} {sub}", sub_size
        assert out.abstract == ABSTRACT


def test_section_numbers_set_off_by_a_bar(tmp_path):
    """Wiley's ``1 | INTRODUCTION`` / ``2.1 | Cell culture``: numbered headings with their levels from the numbers,
    the bar in neither the title nor the number (not a keyword line of bar-separated terms)."""
    story = [Paragraph(TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS),
             Paragraph("Abstract", H1), Paragraph(ABSTRACT, BODY_STYLE),
             Paragraph("1 | INTRODUCTION", H1), Paragraph(TEXT, BODY_STYLE),
             Paragraph("2 | MATERIALS AND METHODS", H1), Paragraph("2.1 | Cell culture", H2), Paragraph(TEXT, BODY_STYLE),
             Paragraph("2.2 | Mitochondrial membrane potential", H2), Paragraph(TEXT, BODY_STYLE),
             Paragraph("3 | RESULTS", H1), Paragraph(TEXT, BODY_STYLE)]
    out = _build(tmp_path / "bars.pdf", story)
    got = [(s.title, s.level, s.number) for s in out.sections]
    assert got == [("Introduction", 1, "1"), ("Materials and methods", 1, "2"), ("Cell culture", 2, "2.1"),
                   ("Mitochondrial membrane potential", 2, "2.2"), ("Results", 1, "3")], got
    assert all("|" not in s.title for s in out.sections)


def test_translational_relevance_box_is_a_front_block_not_a_section(tmp_path):
    """AACR's shaded ``Translational Relevance`` box between the authors and the labelled abstract: a front-matter
    block of its own, not a level-1 section and not the abstract."""
    box_text = " ".join(BODY[:3])
    box = Table([[[Paragraph("Translational Relevance", H2), Paragraph(box_text, ParagraphStyle("bx", parent=BODY_STYLE, fontSize=9, leading=11))]]],
                colWidths=[468], style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), (0.94, 0.93, 0.88))]))
    story = [Paragraph(TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS), box,
             Paragraph("Abstract", H1), Paragraph(ABSTRACT, BODY_STYLE)] + _body()
    out = _build(tmp_path / "translational.pdf", story)
    assert out.abstract == ABSTRACT
    assert [s.title for s in out.sections][0] == "Introduction"
    blocks = {b["label"]: b["text"] for b in out.front_matter}
    assert blocks.get("Translational Relevance", "").startswith(BODY[0].split()[0])


def test_unlabelled_abstract_in_the_body_face_across_two_columns_after_small_print(tmp_path):
    """No label: the abstract in the body's own regular face and size set across the page (its short last line
    left of the gutter) over a two-column body, after the affiliations and a correspondence line that page-1 small
    print rules move: the abstract, not empty; the introduction is not in it."""
    aff = ParagraphStyle("af", fontName="Times-Italic", fontSize=7.5, leading=9)
    abstract = ABSTRACT + " The same holds for three further lines of cells we tested."
    top = Frame(72, 470, 468, 250, id="top")
    cols = [Frame(72, 72, 228, 390, id="c0"), Frame(312, 72, 228, 390, id="c1")]
    from reportlab.platypus import FrameBreak

    story = [Paragraph(TITLE, TITLE_STYLE), Paragraph("Anna Lee<super>1</super>, Bo Chen<super>2</super> and Carla Diaz<super>1*</super>", AUTHORS),
             Paragraph("<super>1</super>Department of Oncology, Northfield University, Northfield, UK", aff),
             Paragraph("<super>2</super>Institute of Cell Biology, University of Eastbrook, Eastbrook, Germany", aff),
             Paragraph("*Correspondence: anna.lee@univ-mail.org", aff),
             Paragraph(abstract, ParagraphStyle("ab", parent=BODY_STYLE, spaceBefore=8)), FrameBreak()] + _body() + _body()[1:3]
    out = _build(tmp_path / "unlabelled.pdf", story, [top] + cols)
    assert out.title == TITLE
    assert out.abstract == abstract
    assert out.sections[0].title == "Introduction" and out.sections[0].paragraphs[0].text.startswith(BODY[0].split()[0])


def test_italic_run_in_title_after_a_sentence_ending_in_raised_citations(tmp_path):
    """Methods subsections as italic run-ins (``Cell lines.``, ``Reagents.``) opening a new paragraph with no indent and
    no gap, right after a sentence whose full stop carries raised citation numbers (``... ANOVA.²,¹⁶``): each is a
    heading of its own over its text, not part of the paragraph before."""
    flat = ParagraphStyle("fl", parent=BODY_STYLE, firstLineIndent=0, spaceAfter=0)
    cited = f"{TEXT} Differences between groups were assessed with a two-tailed t test.<super>2,16</super>"
    story = [Paragraph(TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS),
             Paragraph("Abstract", H1), Paragraph(ABSTRACT, BODY_STYLE), Paragraph("Methods", H1),
             Paragraph("Cell culture and treatments", H2), Paragraph(cited, flat),
             Paragraph(f"<i>Cell lines.</i> {cited}", flat), Paragraph(f"<i>Reagents.</i> {TEXT}", flat),
             Paragraph("Results", H1), Paragraph(TEXT, BODY_STYLE)]
    out = _build(tmp_path / "italic.pdf", story)
    got = [(s.title, s.level) for s in out.sections]
    assert ("Cell lines", 3) in got and ("Reagents", 3) in got, got
    lines = next(s for s in out.sections if s.title == "Cell lines")
    assert lines.paragraphs[0].text.startswith(BODY[0].split()[0])
    before = next(s for s in out.sections if s.title == "Cell culture and treatments")
    assert "Cell lines" not in " ".join(p.text for p in before.paragraphs)


def test_centred_capital_headings_at_body_size_over_indented_text(tmp_path):
    """IEEE-like back matter: ``ACKNOWLEDGMENT`` / ``CONFLICTS OF INTEREST`` centred in a column of a two-column page,
    regular capitals half a point over the body, over an indented paragraph that starts right under them: headings
    of their own, their paragraphs the statement."""
    from reportlab.lib.enums import TA_CENTER

    caps = ParagraphStyle("cc", fontName="Times-Roman", fontSize=10.5, leading=13, alignment=TA_CENTER, spaceBefore=8, spaceAfter=2)
    indented = ParagraphStyle("in", parent=BODY_STYLE, firstLineIndent=10, spaceAfter=0)
    story = [Paragraph(TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS),
             Paragraph("Abstract", H1), Paragraph(ABSTRACT, BODY_STYLE), Paragraph("Introduction", H1), Paragraph(TEXT, indented),
             Paragraph("Discussion", H1), Paragraph(TEXT, indented), Paragraph(TEXT, indented),
             Paragraph("ACKNOWLEDGMENT", caps), Paragraph("We thank the members of the imaging facility for their help.", indented),
             Paragraph("CONFLICTS OF INTEREST", caps), Paragraph("The authors declare no competing interests.", indented)]
    frames = [Frame(72, 72, 225, 648, id="c0"), Frame(315, 72, 225, 648, id="c1")]
    out = _build(tmp_path / "centred.pdf", story, frames)
    sections = {s.title.upper(): s for s in out.sections}
    assert "ACKNOWLEDGMENT" in sections and "CONFLICTS OF INTEREST" in sections, list(sections)
    assert sections["ACKNOWLEDGMENT"].paragraphs[0].text.startswith("We thank")
    assert sections["CONFLICTS OF INTEREST"].paragraphs[0].text.startswith("The authors declare")


def test_structured_abstract_whose_later_parts_are_summary_and_key_messages(tmp_path):
    """Karger: ``Background:`` / ``Summary:`` / ``Key Messages:`` run in, one paragraph a part, with and without an
    ``Abstract`` label over them: the abstract runs from the first part's text to the last part's end; ``Summary``
    is no second abstract and ``Key Messages`` no front block of its own."""
    part = ParagraphStyle("pt", parent=BODY_STYLE, spaceBefore=7)  # one paragraph a part, a gap between them
    texts = [" ".join(LEAD[:2] + BODY[:1]), " ".join(LEAD[2:4] + BODY[1:2]), " ".join(LEAD[4:] + BODY[2:3])]
    for labelled in (True, False):
        parts = [Paragraph(f"<b>{p}:</b> {t}", part) for p, t in zip(("Background", "Summary", "Key Messages"), texts)]
        story = [Paragraph(TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS)]
        story += ([Paragraph("Abstract", H1)] if labelled else []) + parts + _body()
        out = _build(tmp_path / f"karger{labelled}.pdf", story)
        assert out.abstract.startswith("Background:") and texts[0] in out.abstract, labelled
        assert out.abstract.endswith(texts[2]), labelled
        assert "Key Messages" not in {b["label"] for b in out.front_matter}
        assert out.sections[0].title == "Introduction"


def test_italic_run_ins_under_bold_run_ins_are_one_level_down(tmp_path):
    """Methods subsections as bold run-ins (``Cell culture.``) with italic run-ins under one of them (``Reagents.``,
    ``Antibodies.``): the bold ones level 2 under ``Methods``, the italic ones level 3, the next bold one level 2 again."""
    story = [Paragraph(TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS),
             Paragraph("Abstract", H1), Paragraph(ABSTRACT, BODY_STYLE), Paragraph("Methods", H1),
             Paragraph(f"<b>Cell culture and treatments.</b> {TEXT}", BODY_STYLE), Paragraph(f"<i>Reagents.</i> {TEXT}", BODY_STYLE),
             Paragraph(f"<i>Antibodies.</i> {TEXT}", BODY_STYLE), Paragraph(f"<b>Mitochondrial membrane potential.</b> {TEXT}", BODY_STYLE),
             Paragraph("Results", H1), Paragraph(TEXT, BODY_STYLE)]
    out = _build(tmp_path / "runins.pdf", story)
    got = [(s.title, s.level) for s in out.sections]
    assert got == [("Methods", 1), ("Cell culture and treatments", 2), ("Reagents", 3), ("Antibodies", 3),
                   ("Mitochondrial membrane potential", 2), ("Results", 1)], got
