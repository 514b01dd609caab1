"""Layout classes of the synthetic family 4 (issue 10, session 11, pdflayout10: line-numbered preprints, PLOS
metadata strips, cover sheets, bare section numbers, long bold run-ins): one reportlab document per class,
each asserting the structure the reader must find. Texts written for the tests."""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph

from pipeline.ingest import ingest_path
from pdf_pages import STORY_TITLE, BODY, LEAD, story_styles

TITLE = STORY_TITLE
ABSTRACT = " ".join(LEAD)
TEXT = " ".join(BODY)
BODY_STYLE, TITLE_STYLE, AUTHORS, H1, ITALIC = story_styles()
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)


def _front() -> list:
    return [Paragraph(TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS),
            Paragraph("Abstract", H1), Paragraph(ABSTRACT, BODY_STYLE), Paragraph("Introduction", H1)]


def _build(path, story, x0: float = 72, width: float = 468, on_page=None, first=None):
    templates = [PageTemplate("p", [Frame(x0, 72, width, 648, id="f")], onPage=on_page or (lambda c, d: None))]
    doc = BaseDocTemplate(str(path), pagesize=(612, 792), pageTemplates=([first] if first else []) + templates, invariant=1)
    doc.build(story)
    return ingest_path(path)


def _text(out) -> str:
    return " ".join(p.text for s in out.sections for p in s.paragraphs)


def _sections(out) -> list[tuple[str, int, str]]:
    return [(s.title, s.level, s.number or "") for s in out.sections]


STRIP = {1: ["Citation: Lee A, Chen B, Diaz C (2026) A paper. Journal 4(2): e0101.", "Editor: Dana Ross, Lakeside University",
             "Received: March 2, 2026", "Accepted: June 9, 2026",
             "Copyright: the authors. Free to copy and adapt with credit, under an open licence of the commons kind."],
         2: ["Data Availability Statement: every relevant datum lies within the manuscript and its files.",
             "Funding: a research council grant paid for the study. Its sponsors stayed out of every decision on it.",
             "Competing interests: no author has any interest that conflicts with the work."]}


def test_plos_margin_strip_on_pages_one_and_two_stays_out_of_the_text(tmp_path):
    """PLOS: one text column right of a narrow strip of small print (citation, editor, dates, copyright on page 1;
    data availability, funding, competing interests on page 2). None of the strip reaches a body paragraph or a
    heading; the title, abstract and introduction are read as usual."""
    small = ParagraphStyle("s", fontName="Times-Roman", fontSize=6.8, leading=8.4)

    def strip(c, doc):
        page = c.getPageNumber()
        y = 720
        for text in STRIP.get(page, []):
            p = Paragraph(text, small)
            _, h = p.wrap(120, 700)
            y -= h
            p.drawOn(c, 54, y)
            y -= 5

    story = _front() + [Paragraph(TEXT + " " + TEXT, BODY_STYLE) for _ in range(12)]
    out = _build(tmp_path / "plos.pdf", story, x0=200, width=340, on_page=strip)
    assert out.title == TITLE
    assert out.abstract == ABSTRACT
    text = _text(out)
    assert "sponsors stayed out" not in text and "conflicts with the work" not in text and "Editor:" not in text
    assert [t for t, _, _ in _sections(out)][:1] == ["Introduction"]
    assert not any(t.startswith(("Data Availability", "Funding", "Competing")) for t, _, _ in _sections(out))


def test_cover_sheet_that_repeats_the_title_is_dropped(tmp_path):
    """A cover sheet in a wording no cue list knows (a repository's name, a notice, the title, a download line)
    before the article: it is dropped because the article's display title on page 2 is printed on it."""
    cover = PageTemplate("cover", [Frame(72, 72, 468, 648, id="c")])
    small = ParagraphStyle("c", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=8)
    story = [Paragraph("Northfield Scholarly Archive", ParagraphStyle("r", fontName="Helvetica-Bold", fontSize=16, leading=20)),
             Paragraph("Deposited here as the authors' final version.", small),
             Paragraph(TITLE, ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=12, leading=15)),
             Paragraph("Fetched from the archive's server on 12 July 2026; reuse under the archive's policy only.", small),
             PageBreak()]
    story += _front() + [Paragraph(TEXT, BODY_STYLE) for _ in range(10)]
    from reportlab.platypus import NextPageTemplate

    out = _build(tmp_path / "cover.pdf", [NextPageTemplate("p")] + story, first=cover)
    assert out.title == TITLE
    assert out.abstract == ABSTRACT
    assert "Northfield" not in _text(out) and "Fetched from" not in _text(out)
    assert _sections(out)[0][0] == "Introduction"


def test_line_numbers_set_on_a_grid_and_counting_on_across_pages_are_removed(tmp_path):
    """Manuscript line numbers in the left margin of every page (the title page too), every line of a fixed grid
    whose pitch is not the text's (headings and gaps put the text off it), counted on from page to page: none of
    them reaches the title, the abstract, a heading or a paragraph."""
    counter = {"n": 0}

    def numbers(c, doc):
        c.setFont("Helvetica", 6.5)
        y = 708.0
        while y > 72:
            counter["n"] += 1
            c.drawRightString(60, y, str(counter["n"]))
            y -= 11.0

    story = _front()
    for k in range(1, 7):
        story += [Paragraph(TEXT + " " + TEXT, BODY_STYLE), Paragraph(f"Results part {'one two three four five six'.split()[k - 1]}", H2)]
    out = _build(tmp_path / "numbers.pdf", story, on_page=numbers)
    assert out.title == TITLE
    assert out.abstract == ABSTRACT
    assert not re.search(r"(?<!\w)\d+(?!\w)", _text(out))  # a bare number (``PINK1`` is a name)
    assert not any(re.search(r"\d", t) for t, _, _ in _sections(out))


def test_bare_section_number_over_its_title_makes_a_numbered_heading(tmp_path):
    """``2.1.`` alone on a line, the heading's title on the next (two italic subheadings at body size, a face used
    only twice; paragraphs with a first-line indent): both are numbered headings one level under ``2 Methods``."""
    indented = ParagraphStyle("i", parent=BODY_STYLE, firstLineIndent=10)
    story = _front()[:-1] + [Paragraph("1.<br/>Introduction", H1), Paragraph(TEXT, indented), Paragraph("2.<br/>Methods", H1)]
    for k, title in ((1, "Cell culture and treatments"), (2, "Mitochondrial membrane potential")):
        story += [Paragraph(f"2.{k}.<br/>{title}", ITALIC), Paragraph(TEXT, indented)]
    story += [Paragraph("3.<br/>Results", H1), Paragraph(TEXT, BODY_STYLE)]
    out = _build(tmp_path / "bare.pdf", story)
    got = _sections(out)
    assert ("Cell culture and treatments", 2, "2.1") in got
    assert ("Mitochondrial membrane potential", 2, "2.2") in got
    assert [t for t, lvl, _ in got if lvl == 1][:3] == ["Introduction", "Methods", "Results"]


def test_long_bold_run_in_heading_over_several_lines_of_a_narrow_column(tmp_path):
    """A bold run-in heading of sixteen words ending in a full stop, set in a narrow column where it covers five
    lines, after a paragraph that ends at the column's edge with no indent or gap: it opens a paragraph and is
    read as a heading of its own."""
    narrow = ParagraphStyle("n", parent=BODY_STYLE, fontSize=9, leading=11)
    runin = "Loss of the receptor restores sensitivity to platinum drugs in resistant ovarian tumour cells and in mice."
    story = [Paragraph(TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS),
             Paragraph("Abstract", H1), Paragraph(ABSTRACT, narrow), Paragraph("Results", H1),
             Paragraph(f"<b>Mitophagy receptors rise under treatment.</b> {TEXT}", narrow),
             Paragraph(f"<b>{runin}</b> {TEXT}", narrow)]
    out = _build(tmp_path / "runin.pdf", story, width=150)
    titles = [t for t, _, _ in _sections(out)]
    assert runin.rstrip(".") in titles
    assert "Mitophagy receptors rise under treatment" in titles
    section = next(s for s in out.sections if s.title == runin.rstrip("."))
    assert section.paragraphs and section.paragraphs[0].text.startswith(TEXT.split()[0])


def _small_caps(title: str, size: float) -> str:
    """``title`` in true small caps markup: capitals at ``size``, lower-case letters as capitals at 78 %."""
    out, run = [], ""
    for ch in title + "\0":
        if ch.islower():
            run += ch
            continue
        if run:
            out.append(f"<font size={size * 0.78:.1f}>{run.upper()}</font>")
            run = ""
        if ch != "\0":
            out.append(ch)
    return "".join(out)


def test_small_caps_headings_in_the_body_face_keep_their_symbols_and_rank_as_one_level(tmp_path):
    """Level-2 headings in true small caps in the body's own face, capitals 0.5 pt over the body (``M`` +
    ``ETABOLIC``, ``RNA`` + ``SEQUENCING``, a title over two lines): each is a heading under ``Results`` at one
    level, the small capitals lower-cased and the full-size ones kept (``PINK1``, ``RNA``)."""
    sc = ParagraphStyle("sc", fontName="Times-Roman", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
    titles = ["Metabolic rewiring accompanies tumour growth", "RNA sequencing of resistant clones",
              "PINK1 loss changes the response of ovarian tumour cells to platinum drugs in culture and in mice"]
    story = _front()[:-1] + [Paragraph("Results", H1)]
    for t in titles:
        story += [Paragraph(_small_caps(t, 10.5), sc), Paragraph(TEXT, BODY_STYLE)]
    story += [Paragraph("Discussion", H1), Paragraph(TEXT, BODY_STYLE)]
    out = _build(tmp_path / "smallcaps.pdf", story, width=300)
    got = _sections(out)
    for t in titles:
        assert (t, 2, "") in got
    assert ("Discussion", 1, "") in got


def test_line_numbers_counting_on_from_the_page_before_are_removed_beside_text_off_their_grid():
    """A page whose line numbers (41 .. 90, one grid pitch apart, right-aligned in the left margin) sit beside text
    that is off their grid (small print half a pitch off it) looks like a
    reference list's entry labels; since the numbers go on from the last number of the page before at that x
    (40), they are line numbers and are dropped."""
    from pipeline.ingest.pdf.furniture import line_number_words
    from pipeline.ingest.pdf.reader import Page, Word

    numbers = [Word(str(n), 50 - 3.6 * len(str(n)), 50, 72 + 12 * k, 78.5 + 12 * k, 6.5, "Helvetica") for k, n in enumerate(range(41, 91))]
    # text lines half a pitch off the numbers' grid (small print in a grid set for the body)
    text = [Word(w, 72 + 40 * i, 72 + 40 * i + 35, 77.5 + 12 * k, 84.5 + 12 * k, 9, "Times-Roman") for k in range(49) for i, w in enumerate(BODY[k % 5].split()[:10])]
    page = Page(2, 612, 792, numbers + text)
    assert line_number_words(page, set()) == []  # on its own: entry labels, kept
    key = ("R", round(50 / 3))
    counted = {key: 40}
    assert sorted(int(w.text) for w in line_number_words(page, {key}, counted)) == list(range(41, 91))
    assert counted[key] == 90
