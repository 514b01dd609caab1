"""Front-matter layout classes of synthetic family 6 (issue 10, session 13, pdfabs13): the abstract in a shaded side
column beside the author block over two body columns, a ``Key points`` box beside the abstract with its label on the
abstract label's row, a second abstract in another language under ``Résumé`` / ``Zusammenfassung``, a title in true
small caps. One reportlab document per class, each asserting the abstract's first and last words (the whole abstract)
and that the box stays out of it. Texts written for the tests."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

from pdf_pages import BODY, LEAD, STORY_TITLE, pdf_document, story_styles

ROOT = Path(__file__).resolve().parent.parent
TITLE = STORY_TITLE
ABSTRACT = " ".join(LEAD)
TEXT = " ".join(BODY)
BODY_STYLE, TITLE_STYLE, AUTHORS, H1, _ = story_styles()
SMALL = ParagraphStyle("s", fontName="Times-Italic", fontSize=7.5, leading=9.2)
LABEL = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceAfter=3)
BOX_TEXT = ("Loss of the kinase makes tumour cells clear fewer damaged organelles. Blocking the pathway may restore the "
            "response to platinum drugs in patients whose tumours resist them.")
AFFILIATIONS = [f"<super>{i}</super>Department of Tumour Biology, Institute {i} of Cell Research, Northtown, Country {i}" for i in range(1, 8)]


def _body() -> list:
    return [Paragraph("Introduction", H1)] + [Paragraph(TEXT, BODY_STYLE) for _ in range(3)] + \
           [Paragraph("Results", H1)] + [Paragraph(TEXT, BODY_STYLE) for _ in range(4)] + [Paragraph("Discussion", H1), Paragraph(TEXT, BODY_STYLE)]


def _two_column_page(path: Path, front: list, front_h: float):
    """``front`` across the page top (``front_h`` pt high), the body in two columns under it and on the next pages."""
    top = Frame(60, 792 - 60 - front_h, 492, front_h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="top")
    cols = [Frame(60 + k * 252, 60, 240, 672 - front_h - 8, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"c{k}")
            for k in range(2)]
    later = [Frame(60 + k * 252, 60, 240, 672, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"l{k}") for k in range(2)]
    doc = BaseDocTemplate(str(path), pagesize=(612, 792), invariant=1,
                          pageTemplates=[PageTemplate("first", [top] + cols, autoNextPageTemplate="later"), PageTemplate("later", later)])
    doc.build(front + [FrameBreak()] + _body())
    return pdf_document(path)


def _intro_first(doc) -> None:
    titles = [s.title for s in doc.sections]
    assert titles[:3] == ["Introduction", "Results", "Discussion"], titles
    assert not any(LEAD[0][:40] in p.text for s in doc.sections for p in s.paragraphs)


def test_abstract_in_a_shaded_side_column_beside_the_author_block_over_two_columns(tmp_path):
    """Title across the page; under it the author line and seven affiliations on the left and, beside them, the
    labelled abstract in a shaded column on the right; the two body columns under both with no line across between:
    the abstract is read whole before the introduction (the white band under the front block parts the two)."""
    small_abs = ParagraphStyle("sa", parent=BODY_STYLE, fontSize=8.5, leading=10.6)
    authors = [Paragraph("Anna Lee<super>1</super>, Bo Chen<super>2</super>, Carla Diaz<super>3</super>, Dan Roe<super>4</super>", AUTHORS)]
    authors += [Paragraph(a, SMALL) for a in AFFILIATIONS]
    side = Table([[authors, [Paragraph("Abstract", LABEL), Paragraph(ABSTRACT, small_abs)]]], colWidths=[252, 240],
                 style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 12),
                                   ("BACKGROUND", (1, 0), (1, 0), colors.Color(0.92, 0.93, 0.95)), ("LEFTPADDING", (1, 0), (1, 0), 8),
                                   ("RIGHTPADDING", (1, 0), (1, 0), 8), ("BOTTOMPADDING", (1, 0), (1, 0), 8)]))
    doc = _two_column_page(tmp_path / "side_abstract.pdf", [Paragraph(TITLE, TITLE_STYLE), side, Spacer(1, 20)], 260)
    assert doc.title == TITLE
    assert doc.abstract == ABSTRACT
    _intro_first(doc)


def test_key_points_box_beside_the_abstract_its_label_on_the_abstract_labels_row(tmp_path):
    """The abstract on the left (its lines crossing the body's gutter) and a shaded ``Key points`` box on the right,
    the box's label on the row of the ``Abstract`` label: the box is a front block of its own, not the abstract's
    label nor a section, and the abstract is whole."""
    abs_style = ParagraphStyle("ab", parent=BODY_STYLE, fontSize=9.8, leading=12.2)
    box_style = ParagraphStyle("bx", fontName="Times-Roman", fontSize=8.7, leading=10.9)
    box = [Paragraph("Key points", ParagraphStyle("kp", parent=LABEL, fontSize=9.5, textColor=colors.HexColor("#1f4e9c"))),
           Paragraph(BOX_TEXT, box_style)]
    beside = Table([[[Paragraph("Abstract", LABEL), Paragraph(ABSTRACT, abs_style)], box]], colWidths=[330, 162],
                   style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 12),
                                     ("BACKGROUND", (1, 0), (1, 0), colors.Color(0.94, 0.93, 0.88)), ("LEFTPADDING", (1, 0), (1, 0), 7)]))
    front = [Paragraph(TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS), beside, Spacer(1, 16)]
    doc = _two_column_page(tmp_path / "key_points.pdf", front, 250)
    assert doc.abstract == ABSTRACT
    blocks = {f["label"]: f["text"] for f in doc.front_matter}
    assert "Key points" in blocks and blocks["Key points"].startswith("Loss of the kinase"), doc.front_matter
    assert BOX_TEXT[:30] not in doc.abstract
    _intro_first(doc)


def test_second_abstract_in_another_language_is_a_front_block(tmp_path):
    """``Abstract`` then ``Résumé`` (or ``Zusammenfassung``) over a second abstract in French (German): the English one
    is the abstract, the other a front block, and neither is a section before the introduction."""
    other = {"Résumé": "La perte de la kinase modifie la réponse des tumeurs au cisplatine chez la souris. "
                       "Ces résultats suggèrent une cible thérapeutique nouvelle.",
             "Zusammenfassung": "Der Verlust der Kinase verändert das Ansprechen der Tumoren auf Cisplatin in Mäusen. "
                                "Diese Ergebnisse weisen auf ein neues therapeutisches Ziel hin."}
    for label, text in other.items():
        story = [Paragraph(TITLE, TITLE_STYLE), Paragraph("Anna Lee, Bo Chen and Carla Diaz", AUTHORS),
                 Paragraph("Abstract", LABEL), Paragraph(ABSTRACT, BODY_STYLE), Paragraph(label, LABEL), Paragraph(text, BODY_STYLE)] + _body()
        path = tmp_path / f"second_{len(label)}.pdf"
        BaseDocTemplate(str(path), pagesize=(612, 792), invariant=1,
                        pageTemplates=[PageTemplate("p", [Frame(72, 72, 468, 648, id="f")])]).build(story)
        doc = pdf_document(path)
        assert doc.abstract == ABSTRACT, label
        assert {f["label"]: f["text"] for f in doc.front_matter}.get(label) == text, doc.front_matter
        _intro_first(doc)


def test_title_in_true_small_caps_over_two_lines(tmp_path):
    """A 17-pt title in true small caps (capitals full size, lower-case letters as 13-pt capitals) over two lines, the
    second with no full-size capital: the title (read in its case, ``PINK1`` kept), not the larger-looking author line."""
    title = "Mitophagy through PINK1 sustains the resistance of ovarian tumours to platinum drugs"

    def smallcaps(text: str) -> str:
        return "".join(f"<font size=13.3>{c.upper()}</font>" if c.islower() else c for c in text)

    style = ParagraphStyle("sc", parent=TITLE_STYLE, fontSize=17, leading=20)
    first, second = title.split(" to ", 1)[0], "to " + title.split(" to ", 1)[1]
    story = [Paragraph(smallcaps(first), ParagraphStyle("sc1", parent=style, spaceAfter=0)), Paragraph(smallcaps(second), style),
             Paragraph("Anna Lee<super>1</super>, Bo Chen<super>1</super> and Carla Diaz<super>2</super>", AUTHORS),
             Paragraph("Abstract", LABEL), Paragraph(ABSTRACT, BODY_STYLE)] + _body()
    path = tmp_path / "small_caps_title.pdf"
    BaseDocTemplate(str(path), pagesize=(612, 792), invariant=1, pageTemplates=[PageTemplate("p", [Frame(72, 72, 468, 648, id="f")])]).build(story)
    doc = pdf_document(path)
    assert doc.title == title
    assert doc.abstract == ABSTRACT


def test_family6_generator_is_deterministic_and_writes_its_gold(tmp_path):
    """``make_synthetic_pdfs.py --family 6``: the same seed writes the same bytes; the gold names the abstract's first and
    last words and the drawn front-matter class."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import make_synthetic_pdfs as gen

    for run in ("a", "b"):
        gen.generate(tmp_path / run, 3, seed=0, family=6)
    for n in (1, 2, 3):
        assert (tmp_path / "a" / f"synth_{n:03d}.pdf").read_bytes() == (tmp_path / "b" / f"synth_{n:03d}.pdf").read_bytes()
        gold = json.loads((tmp_path / "a" / f"synth_{n:03d}.json").read_text(encoding="utf-8"))
        assert gold["abstract"]["first_words"] and gold["abstract"]["last_words"]
        assert gold["classes"]["family"] == "6" and gold["classes"]["abstract"] in gen.FAMILY6_AXES["abstract"]



def test_abstract_label_glued_onto_the_author_line_of_a_top_aligned_side_column(tmp_path):
    """The author cell and the shaded abstract column beside it are top-aligned, so the bold ``ABSTRACT`` label shares
    the author line's baseline (one line for the line builder: authors, a wide gap, the label) over two unequal body
    columns: the label is cut off at the column's left edge (rule 5 of ``front_bands``) and the abstract is found whole
    (without the cut the abstract came out empty). Affiliations short enough not to wrap beside the abstract."""
    small_abs = ParagraphStyle("sa2", parent=BODY_STYLE, fontSize=8.5, leading=10.6)
    authors = [Paragraph("Anna Lee<super>1*</super>, Bo Chen<super>1,2</super>", AUTHORS)]
    authors += [Paragraph(f"<super>{i}</super>Institute {i} of Cell Research, Northtown", SMALL) for i in (1, 2)]
    side = Table([[authors, [Paragraph("ABSTRACT", ParagraphStyle("lb", parent=LABEL, fontSize=10, leading=12)), Paragraph(ABSTRACT, small_abs)]]],
                 colWidths=[250, 242],
                 style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                                   ("BACKGROUND", (1, 0), (1, 0), colors.Color(0.92, 0.93, 0.95)), ("LEFTPADDING", (1, 0), (1, 0), 8),
                                   ("RIGHTPADDING", (1, 0), (1, 0), 8), ("BOTTOMPADDING", (1, 0), (1, 0), 8)]))
    front = [Paragraph(TITLE, TITLE_STYLE), side, Spacer(1, 20)]
    front_h = 250
    top = Frame(60, 792 - 60 - front_h, 492, front_h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="top")
    widths = [(60, 280), (352, 200)]
    cols = [Frame(x, 60, w, 672 - front_h - 8, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"c{k}") for k, (x, w) in enumerate(widths)]
    later = [Frame(x, 60, w, 672, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"l{k}") for k, (x, w) in enumerate(widths)]
    path = tmp_path / "glued_label.pdf"
    BaseDocTemplate(str(path), pagesize=(612, 792), invariant=1,
                    pageTemplates=[PageTemplate("first", [top] + cols, autoNextPageTemplate="later"), PageTemplate("later", later)]).build(
        front + [FrameBreak()] + _body())
    doc = pdf_document(path)
    assert doc.title == TITLE
    assert doc.abstract == ABSTRACT
    _intro_first(doc)
