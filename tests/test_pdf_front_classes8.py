"""Front-matter and heading classes of the synthetic family 2 (issue 10, session 8): one reportlab page
per class, each asserting the structure the reader must find."""

from __future__ import annotations

import textwrap

import pytest

from reportlab.pdfgen import canvas

from pipeline.ingest import ingest_path
from pdf_pages import BODY, LEAD, draw_lines

TITLE = "Mitophagy sustains the resistance of ovarian tumours to platinum drugs"
PARTS = [("Background", LEAD[0] + " " + LEAD[1]), ("Methods", LEAD[2]), ("Results", LEAD[3]), ("Conclusions", LEAD[4])]


def _head(c, y: float = 740) -> None:
    c.setFont("Helvetica-Bold", 17)
    c.drawString(40, y, "Mitophagy sustains the resistance of")
    c.drawString(40, y - 22, "ovarian tumours to platinum drugs")
    c.setFont("Helvetica", 10)
    c.drawString(40, y - 46, "Anna Lee, Bo Chen and Carla Diaz")


def _body(c, y: float, first: str = "Introduction", second: str = "Results") -> None:
    body = textwrap.wrap(" ".join(BODY * 3), 100)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, y, first)
    y = draw_lines(c, y - 16, body[:8], x=40, font="Times-Roman", size=10, pitch=13)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, y - 10, second)
    draw_lines(c, y - 26, body[8:14], x=40, font="Times-Roman", size=10, pitch=13)


def test_structured_abstract_with_part_labels_on_their_own_lines_is_the_abstract_not_sections(tmp_path):
    """``Abstract``, then ``Background`` / text / ``Methods`` / text ... each label a bold line at the
    abstract's size: the parts are the abstract (labels run in), and only the body's headings after it
    (``Introduction``, then a ``Results`` that follows the abstract's own ``Results`` part) are sections."""
    path = tmp_path / "structured_lines.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _head(c)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 660, "Abstract")
    y = 644
    for label, text in PARTS:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, label)
        y = draw_lines(c, y - 13, textwrap.wrap(text, 100), x=40, font="Times-Roman", size=10, pitch=13) - 4
    _body(c, y - 20)
    c.save()
    doc = ingest_path(path)
    assert doc.title == TITLE
    for label, text in PARTS:
        assert f"{label}: {text}" in doc.abstract
    assert [s.title for s in doc.sections][:2] == ["Introduction", "Results"]


def test_unstructured_abstract_under_its_label_leaves_a_results_heading_after_it_a_section(tmp_path):
    """The part-label rule opens only on a part label right after the abstract label: a plain abstract
    followed by ``Results`` (an unheaded introduction) keeps ``Results`` as a section."""
    path = tmp_path / "plain_then_results.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _head(c)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 660, "Abstract")
    y = draw_lines(c, 644, textwrap.wrap(" ".join(LEAD), 100), x=40, font="Times-Roman", size=10, pitch=13)
    _body(c, y - 20, "Results", "Discussion")
    c.save()
    doc = ingest_path(path)
    assert doc.abstract == " ".join(LEAD)
    assert [s.title for s in doc.sections][:2] == ["Results", "Discussion"]


def test_journal_name_in_display_type_over_the_title_is_not_the_title_when_it_runs_as_the_header(tmp_path):
    """A masthead: the journal's name (no ``Journal of`` wording) set larger than the title on page 1,
    and the running header of the later pages (``2  Tumour Stress Biology``): the title is the next
    display type."""
    path = tmp_path / "masthead.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 26)
    c.drawString(40, 752, "Tumour Stress Biology")
    _head(c, 712)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 640, "Abstract")
    y = draw_lines(c, 624, textwrap.wrap(" ".join(LEAD), 100), x=40, font="Times-Roman", size=10, pitch=13)
    _body(c, y - 20)
    for page in (2, 3, 4):
        c.showPage()
        c.setFont("Helvetica", 8)
        c.drawString(40, 770, f"{page}  Tumour Stress Biology")
        c.drawRightString(572, 770, "Lee et al.")
        draw_lines(c, 720, textwrap.wrap(" ".join(BODY * 4), 100), x=40, font="Times-Roman", size=10, pitch=13)
    c.save()
    doc = ingest_path(path)
    assert doc.title == TITLE
    assert doc.abstract == " ".join(LEAD)


def _run_in_page(path) -> list[str]:
    """A results section whose subsections open with bold run-in sentence headings; two of them fill their
    first line (the text starts on the next line), one shares its line with the first words of the text."""
    heads = ["Mitophagy is required for the survival of ovarian tumour cells.",
             "Loss of PINK1 restores the response of tumour cells to cisplatin.",
             "BNIP3 marks damaged mitochondria in resistant tumours."]
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _head(c)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 660, "Abstract")
    y = draw_lines(c, 644, textwrap.wrap(" ".join(LEAD), 100), x=40, font="Times-Roman", size=10, pitch=13)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, y - 14, "Results")
    y -= 32
    body = textwrap.wrap(" ".join(BODY), 62)
    for k, head in enumerate(heads):
        c.setFont("Times-Bold", 10)
        c.drawString(40, y, head)
        if k == 2:  # the text starts on the heading's line
            c.setFont("Times-Roman", 10)
            c.drawString(40 + c.stringWidth(head, "Times-Bold", 10) + 3, y, "Cells were")
        y = draw_lines(c, y - 13, body[:4], x=40, font="Times-Roman", size=10, pitch=13) - 4
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, y - 10, "Discussion")
    draw_lines(c, y - 26, body[4:8], x=40, font="Times-Roman", size=10, pitch=13)
    c.save()
    return heads


def test_bold_run_in_sentence_headings_that_fill_their_line_stay_headings_beside_run_ins_sharing_a_line(tmp_path):
    """A run-in paragraph whose bold heading is most of its first line must not make the bold face a
    prose face: the sentence headings on lines of their own stay headings."""
    path = tmp_path / "run_in_full_line.pdf"
    heads = _run_in_page(path)
    titles = [s.title.rstrip(".") for s in ingest_path(path).sections]
    for head in heads[:2]:
        assert head.rstrip(".") in titles
    assert "Results" in titles and "Discussion" in titles


@pytest.mark.parametrize("justified", [False, True])
def test_bold_run_in_back_matter_title_alone_on_its_line_with_a_full_stop_is_a_section(tmp_path, justified):
    """Back matter in bold run-in titles ending with a full stop, in a narrow column: ``Author
    contributions.`` fills its line and the text starts on the next (justified: its two words pushed
    to the column's edges); it is a section like its neighbours."""
    path = tmp_path / "back_run_in.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _head(c)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 660, "Abstract")
    y = draw_lines(c, 644, textwrap.wrap(" ".join(LEAD), 100), x=40, font="Times-Roman", size=10, pitch=13)
    _body(c, y - 20, "Introduction", "Discussion")
    y = 300
    for title, text in (("Funding.", ["This work was supported by", "national research grants."]),
                        ("Author contributions.", ["Conceptualization by the first", "author; experiments by all."]),
                        ("Conflicts of interest.", ["The authors declare no", "competing interests."])):
        c.setFont("Times-Bold", 10)
        if justified and title.startswith("Author"):
            c.drawString(40, y, "Author")
            c.drawRightString(190, y, "contributions.")
        else:
            c.drawString(40, y, title)
        lines = text if title.startswith("Author") else [text[0]]
        x = 40 if title.startswith("Author") else 40 + c.stringWidth(title + " ", "Times-Bold", 10)
        start = y - 13 if title.startswith("Author") else y
        c.setFont("Times-Roman", 10)
        for k, line in enumerate(lines):
            c.drawString(x if k == 0 else 40, start - 13 * k, line)
        if not title.startswith("Author"):
            c.drawString(40, y - 13, text[1])
        y -= 44
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, y - 6, "References")
    c.setFont("Times-Roman", 9)
    c.drawString(40, y - 22, "1. Lee A, Chen B. Mitophagy in ovarian cancer. Cell Stress 2020;12:45-67.")
    c.save()
    titles = [s.title.rstrip(".") for s in ingest_path(path).sections]
    assert "Author contributions" in titles


def _title_page(path, last_line: str, mark: str, mark_size: float = 11, gap: float = 1) -> None:
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, 740, "Mitophagy sustains the resistance of ovarian")
    c.drawString(40, 718, last_line)
    c.setFont("Helvetica-Bold", mark_size)
    c.drawString(40 + c.stringWidth(last_line, "Helvetica-Bold", 18) + gap, 726, mark)
    c.setFont("Helvetica", 10)
    c.drawString(40, 694, "Anna Lee, Bo Chen and Carla Diaz")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 660, "Abstract")
    y = draw_lines(c, 644, textwrap.wrap(" ".join(LEAD), 100), x=40, font="Times-Roman", size=10, pitch=13)
    _body(c, y - 20)
    c.save()


@pytest.mark.parametrize("mark", ["1", "*", "\u2020", "a", "1,2"])
def test_footnote_mark_raised_after_the_title_is_not_part_of_the_title(tmp_path, mark):
    """``... platinum drugs¹`` / ``*`` / ``†`` / a letter: the mark points to a footnote (funding, equal
    contribution); the title ends with its last word."""
    path = tmp_path / "title_mark.pdf"
    _title_page(path, "tumours to platinum drugs", mark)
    assert ingest_path(path).title == "Mitophagy sustains the resistance of ovarian tumours to platinum drugs"


def test_footnote_mark_only_a_little_smaller_but_raised_and_glued_is_not_part_of_the_title(tmp_path):
    """``drugs1`` with the mark at 16 pt on an 18 pt title, lifted 8 pt and touching the word: no
    superscript by the body-text size rule, still a mark by its raise."""
    path = tmp_path / "title_mark_raised.pdf"
    _title_page(path, "tumours to platinum drugs", "1", mark_size=16, gap=0)
    assert ingest_path(path).title == "Mitophagy sustains the resistance of ovarian tumours to platinum drugs"


def test_a_raised_charge_ending_the_title_stays_in_the_title(tmp_path):
    """``... in Ca²⁺``: a superscript that is not a footnote mark (a charge) is the title's text."""
    path = tmp_path / "title_charge.pdf"
    _title_page(path, "tumours through Ca", "2+")
    title = ingest_path(path).title
    assert title.replace("\u00b2", "2").replace("\u207a", "+").replace(" ", "").endswith("Ca2+")


def test_three_columns_below_a_full_width_front_block_on_page_1_are_read_column_by_column(tmp_path):
    """Page 1: title, authors and a summary across the page, then three columns (the abstract in a
    narrower left one beside the introduction in the other two), gutters of 12-16 pt: the abstract is
    the left column's text alone and the introduction starts with the middle column's first line."""
    path = tmp_path / "page1_three_columns.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _head(c)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 660, "Highlights")
    draw_lines(c, 646, ["\u2022 Mitophagy protects ovarian tumour cells from cisplatin in mice and in cell lines of several solid tumours",
                        "\u2022 Loss of PINK1 restores the response of resistant tumours to platinum drugs and to the inhibitors of PARP"],
               x=40, font="Helvetica", size=9, pitch=12)
    abstract = textwrap.wrap(" ".join(LEAD), 36)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 600, "Abstract")
    draw_lines(c, 586, abstract, x=40, font="Times-Roman", size=9, pitch=11)
    body = textwrap.wrap(" ".join(BODY * 8), 38)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(212, 600, "Introduction")
    draw_lines(c, 586, body[:40], x=212, font="Times-Roman", size=9, pitch=11)
    draw_lines(c, 600, body[40:80], x=400, font="Times-Roman", size=9, pitch=11)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract == " ".join(LEAD)
    intro = doc.sections[0]
    assert intro.title == "Introduction"
    assert intro.paragraphs[0].text.startswith(body[0])


def test_italic_subheadings_wrapping_over_three_lines_in_a_narrow_column_keep_their_face_a_heading_face(tmp_path):
    """Italic subheadings at body size (no bold, no number) in a narrow column, some wrapping over three
    lines: the italic face still sets only headings, so all of them are headings."""
    path = tmp_path / "italic_three_lines.pdf"
    heads = [["Flow cytometry"], ["Antibodies"], ["SQSTM1 deficiency impairs", "lysosomal degradation in", "xenograft tumours"],
             ["Animal models"], ["PINK1 is upregulated in", "erlotinib-resistant gastric", "cancer cells"], ["Image analysis"]]
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _head(c)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 660, "Abstract")
    y = draw_lines(c, 644, textwrap.wrap(" ".join(LEAD), 100), x=40, font="Times-Roman", size=10, pitch=13)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, y - 14, "Results")
    y -= 32
    body = textwrap.wrap(" ".join(BODY), 40)
    for k, head in enumerate(heads):
        if k == 3:
            c.showPage()
            y = 740
        y = draw_lines(c, y, head, x=40, font="Times-Italic", size=10, pitch=12) - 2
        y = draw_lines(c, y, body[:5], x=40, font="Times-Roman", size=10, pitch=12) - 8
    c.save()
    titles = [s.title for s in ingest_path(path).sections]
    for head in heads:
        assert " ".join(head) in titles


def test_body_sections_named_like_abstract_parts_right_after_the_abstract_label_stay_sections():
    """Reading order put the abstract before its label, so ``Abstract`` is followed by the body's own
    ``Background`` and ``Methods`` sections (BMC names): their long text shows they are no abstract parts,
    and they are given back as sections with their paragraphs."""
    from pipeline.document import Source
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.blocks import HEADING, TEXT, Block

    long_text = " ".join(BODY * 3)
    blocks = [Block(HEADING, text=TITLE, level=1), Block(TEXT, text=" ".join(LEAD), role="abstract"),
              Block(HEADING, text="Abstract", level=1), Block(HEADING, text="Background", level=1),
              Block(TEXT, text=long_text), Block(TEXT, text=long_text), Block(HEADING, text="Methods", level=1),
              Block(TEXT, text=long_text), Block(HEADING, text="References", level=1),
              Block(TEXT, text="1. Lee A, Chen B. Mitophagy in ovarian cancer. Cell Stress 2020;12:45-67.")]
    doc = blocks_to_document(blocks, Source(path="x.pdf", format="pdf", sha256="0" * 64), "x.pdf")
    assert doc.abstract == " ".join(LEAD)
    titles = [s.title for s in doc.sections]
    assert titles[:2] == ["Background", "Methods"]
    assert len(doc.sections[0].paragraphs) == 2
