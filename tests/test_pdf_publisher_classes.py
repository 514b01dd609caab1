"""Front-matter and heading layouts of publishers outside the PDF tune set (issue 10, session 5).

Each test draws one layout class with reportlab, as a journal we have not seen sets it,
and asserts the structure the reader gives (title, abstract, keywords, headings, levels).
"""

from __future__ import annotations

import textwrap

import pytest

from reportlab.pdfgen import canvas

from pipeline.ingest import ingest_path
from pipeline.ingest.frontmatter import NO_ABSTRACT_WARNING
from pipeline.ingest.outline import document_outline
from pdf_pages import BODY, LEAD, draw_lines

ABSTRACT = " ".join(LEAD)
JOURNAL = "Journal of Mitochondrial Oncology"
STRUCTURED = (
    ("Background:", "Cancer cells survive chemotherapy by removing damaged mitochondria through mitophagy, and the"
     " role of the PINK1 kinase in solid tumours is still debated among groups in the clinic."),
    ("Methods:", "We engineered reporter cells that follow mitophagy in real time and treated xenografts in mice"
     " with cisplatin over four weeks, measuring growth and the clearance of organelles."),
    ("Results:", "Tumours lacking the kinase cleared fewer organelles and died more often under treatment, in"
     " three cell lines and in both mouse models that we studied over the course of the work."),
    ("Conclusions:", "Blocking the pathway could restore the sensitivity of resistant tumours to platinum drugs,"
     " which now needs to be tested in patients receiving chemotherapy."),
)


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width)


def _body_page(c, x: float, y: float, repeats: int = 3, size: float = 10) -> float:
    return draw_lines(c, y, BODY * repeats, x=x, size=size)


def _heading(c, x: float, y: float, text: str, font: str = "Helvetica-Bold", size: float = 11) -> float:
    c.setFont(font, size)
    c.drawString(x, y, text)
    return y - size * 1.6


def _titles(doc) -> list[str]:
    return [s.title for s in doc.sections]


def test_large_regular_title_under_a_journal_banner(tmp_path):
    """The title in large type that is not bold, under a banner (journal name, volume, a rule) in small print."""
    path = tmp_path / "banner.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 8)
    c.drawString(72, 760, f"{JOURNAL} 12 (2026) 101-110")
    c.drawRightString(540, 760, "www.example-journal.org")
    c.line(72, 752, 540, 752)
    c.setFont("Times-Roman", 20)
    c.drawString(72, 716, "Mitophagy sustains the resistance of")
    c.drawString(72, 692, "ovarian tumours to platinum drugs")
    c.setFont("Times-Roman", 10)
    c.drawString(72, 668, "Anna Lee, Bo Chen and Carla Diaz")
    c.setFont("Times-Bold", 10)
    c.drawString(72, 640, "Abstract")
    y = draw_lines(c, 626, LEAD)
    y = _heading(c, 72, y - 10, "Introduction", "Times-Bold", 11)
    _body_page(c, 72, y)
    c.save()
    doc = ingest_path(path)
    assert doc.title == "Mitophagy sustains the resistance of ovarian tumours to platinum drugs"
    assert doc.abstract == ABSTRACT


def test_title_over_three_lines_with_a_superscript_marker(tmp_path):
    """A three-line bold title ending in a raised footnote marker; the marker is no part of the title's words."""
    path = tmp_path / "three.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 17)
    c.drawString(72, 730, "Loss of the PINK1 kinase changes how")
    c.drawString(72, 708, "solid tumours clear their mitochondria")
    c.drawString(72, 686, "under cisplatin chemotherapy")
    w = c.stringWidth("under cisplatin chemotherapy", "Helvetica-Bold", 17)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72 + w + 1, 694, "\u2020")
    c.setFont("Helvetica", 10)
    c.drawString(72, 660, "Anna Lee1, Bo Chen2 and Carla Diaz1")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, 630, "Abstract")
    y = draw_lines(c, 616, LEAD, font="Helvetica")
    y = _heading(c, 72, y - 10, "Introduction")
    _body_page(c, 72, y)
    c.save()
    doc = ingest_path(path)
    assert doc.title.rstrip("\u2020 *") == (
        "Loss of the PINK1 kinase changes how solid tumours clear their mitochondria under cisplatin chemotherapy")
    assert doc.abstract == ABSTRACT


def test_summary_label_in_a_box(tmp_path):
    """``SUMMARY`` (or ``Summary``) heads a framed box holding the abstract; the introduction follows the box."""
    for label in ("SUMMARY", "Summary"):
        path = tmp_path / f"box-{label}.pdf"
        c = canvas.Canvas(str(path), pagesize=(612, 792))
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 720, "Mitophagy and the resistance of solid tumours")
        c.setFont("Helvetica", 10)
        c.drawString(72, 696, "Anna Lee and Bo Chen")
        c.setLineWidth(0.8)
        c.rect(66, 540, 480, 130)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(76, 654, label)
        draw_lines(c, 638, LEAD, x=76, font="Helvetica", size=9.5)
        y = _heading(c, 72, 510, "Introduction")
        _body_page(c, 72, y)
        c.save()
        doc = ingest_path(path)
        assert doc.abstract == ABSTRACT, label
        assert _titles(doc)[0] == "Introduction"


def test_unlabelled_bold_lead_paragraph_is_the_abstract(tmp_path):
    """No label: a bold lead paragraph at body size before the regular body text (and its first heading)."""
    path = tmp_path / "lead.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Bold", 20)
    c.drawString(72, 720, "Mitophagy and the resistance of solid tumours")
    c.setFont("Times-Roman", 10)
    c.drawString(72, 696, "Anna Lee, Bo Chen and Carla Diaz")
    y = draw_lines(c, 664, LEAD, font="Times-Bold")
    y = draw_lines(c, y - 10, BODY * 2)
    y = _heading(c, 72, y - 8, "Results", "Times-Bold", 11)
    _body_page(c, 72, y)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract == ABSTRACT
    assert "Tumours that lose PINK1" not in doc.abstract


def _two_columns_front(c, abstract_lines_left: int, keywords: bool = True) -> None:
    """Page 1 in two columns: a structured abstract from the left column's top, over the column break."""
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, 740, "Mitophagy and the resistance of solid tumours")
    c.setFont("Helvetica", 10)
    c.drawString(40, 716, "Anna Lee and Bo Chen")
    lines: list[tuple[str, str]] = []
    for label, text in STRUCTURED:
        wrapped = _wrap(f"{label} {text}", 52)
        lines.append(("run-in", wrapped[0]))
        lines.extend(("text", ln) for ln in wrapped[1:])
    x, y = 40, 670
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x, 686, "Abstract")
    for i, (kind, text) in enumerate(lines):
        if i == abstract_lines_left:
            x, y = 320, 686
        if kind == "run-in":
            label, rest = text.split(" ", 1)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x, y, label)
            c.setFont("Helvetica", 9)
            c.drawString(x + c.stringWidth(label + " ", "Helvetica-Bold", 9), y, rest)
        else:
            c.setFont("Helvetica", 9)
            c.drawString(x, y, text)
        y -= 11.7
    if keywords:
        y -= 6
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x, y, "Keywords:")
        c.setFont("Helvetica", 9)
        c.drawString(x + 46, y, "mitophagy; PINK1; cisplatin; tumour")
        y -= 11.7
    y = _heading(c, x, y - 14, "1. Introduction", size=10)
    draw_lines(c, y, [ln[:52] for ln in _wrap(" ".join(BODY * 2), 52)], x=x, font="Helvetica", size=9, pitch=11.7)


def test_structured_abstract_over_a_column_break_then_keywords_and_a_numbered_introduction(tmp_path):
    """Background/Methods/Results/Conclusions run-ins from the left column into the right one, a ``Keywords:``
    line after it (kept as keywords, not abstract), then ``1. Introduction`` in the same column."""
    path = tmp_path / "structured.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _two_columns_front(c, abstract_lines_left=9)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract.startswith("Background: Cancer cells survive") or doc.abstract.startswith("Cancer cells survive")
    assert doc.abstract.endswith("receiving chemotherapy.")
    assert "Methods: We engineered" in doc.abstract and "Results: Tumours lacking" in doc.abstract
    assert "Keywords" not in doc.abstract and "Mitophagy removes" not in doc.abstract
    assert [k.lower() for k in doc.keywords] == ["mitophagy", "pink1", "cisplatin", "tumour"]
    assert _titles(doc)[0] in ("1. Introduction", "Introduction")


def test_abstract_followed_directly_by_a_numbered_introduction_in_the_same_column(tmp_path):
    path = tmp_path / "direct.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Bold", 18)
    c.drawString(72, 720, "Mitophagy and the resistance of solid tumours")
    c.setFont("Times-Roman", 10)
    c.drawString(72, 696, "Anna Lee and Bo Chen")
    c.setFont("Times-Bold", 10)
    c.drawString(72, 666, "Abstract")
    y = draw_lines(c, 652, LEAD)
    y = _heading(c, 72, y - 4, "1. Introduction", "Times-Bold", 10)
    y = draw_lines(c, y, BODY * 2)
    y = _heading(c, 72, y - 4, "2. Results", "Times-Bold", 10)
    _body_page(c, 72, y)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract == ABSTRACT
    assert [(s.title, s.level) for s in doc.sections][:2] == [("Introduction", 1), ("Results", 1)] or [
        (s.title, s.level) for s in doc.sections][:2] == [("1. Introduction", 1), ("2. Results", 1)]


def test_numbered_headings_with_trailing_dots_give_levels(tmp_path):
    """``2.1.`` and ``2.1.1`` headings: levels from the numbering, whether the number ends in a dot or not."""
    path = tmp_path / "numbered.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = 740
    for text, font in (("1. Introduction", "Helvetica-Bold"), ("2. Materials and methods", "Helvetica-Bold"),
                       ("2.1. Cell culture and treatment", "Helvetica-BoldOblique"),
                       ("2.1.1 Cisplatin exposure of the reporter cells", "Helvetica-Oblique"),
                       ("2.2. Imaging of mitophagy", "Helvetica-BoldOblique"), ("3. Results", "Helvetica-Bold")):
        y = _heading(c, 72, y, text, font, 10.5)
        y = draw_lines(c, y, BODY[:3]) - 6
        if y < 120:
            c.showPage()
            y = 740
    c.save()
    doc = ingest_path(path)
    got = [(s.number, s.level) for s in doc.sections]
    assert got == [("1", 1), ("2", 1), ("2.1", 2), ("2.1.1", 3), ("2.2", 2), ("3", 1)]


def _small_caps(c, x: float, y: float, text: str, size: float = 10.5, font: str = "Times-Roman") -> None:
    """Small capitals: each word's first letter at full size, the rest as capitals at 0.8 of it."""
    for word in text.split():
        c.setFont(font, size)
        c.drawString(x, y, word[0].upper())
        x += c.stringWidth(word[0].upper(), font, size)
        if word[1:]:
            c.setFont(font, size * 0.8)
            c.drawString(x, y, word[1:].upper())
            x += c.stringWidth(word[1:].upper(), font, size * 0.8)
        x += c.stringWidth(" ", font, size)


def test_unnumbered_headings_in_small_caps(tmp_path):
    path = tmp_path / "smallcaps.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = 740
    for head in ("Introduction", "Materials and methods", "Results", "Discussion"):
        _small_caps(c, 72, y, head)
        y = draw_lines(c, y - 16, BODY * 2) - 8
    c.save()
    doc = ingest_path(path)
    assert [t.lower() for t in _titles(doc)] == ["introduction", "materials and methods", "results", "discussion"]


def test_running_header_with_journal_name_and_page_number_is_never_a_heading(tmp_path):
    """Every page: the journal's name and the page number in a bold header line; never a heading, never text."""
    path = tmp_path / "header.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    heads = ["Introduction", "Results", "Discussion", "Methods"]
    for page in range(4):
        c.setFont("Helvetica-Bold", 9)
        if page % 2:
            c.drawString(72, 760, f"{100 + page}")
            c.drawRightString(540, 760, f"{JOURNAL}, 2026, Vol. 12")
        else:
            c.drawString(72, 760, f"{JOURNAL}, 2026, Vol. 12")
            c.drawRightString(540, 760, f"{100 + page}")
        y = _heading(c, 72, 720, heads[page])
        _body_page(c, 72, y, repeats=5)
        c.showPage()
    c.save()
    doc = ingest_path(path)
    assert _titles(doc) == heads
    text = " ".join(p.text for s in doc.sections for p in s.paragraphs)
    assert JOURNAL not in text and "Vol. 12" not in text


def test_all_capital_headings_are_sentence_cased_but_gene_symbols_are_kept(tmp_path):
    path = tmp_path / "caps.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = 740
    for head in ("INTRODUCTION", "MATERIALS AND METHODS", "LOSS OF PINK1 SENSITIZES TUMOURS TO CISPLATIN",
                 "Loss of BNIP3 in HeLa cells", "RESULTS"):
        y = _heading(c, 72, y, head, size=10.5)
        y = draw_lines(c, y, BODY[:3]) - 6
    c.save()
    doc = ingest_path(path)
    assert _titles(doc) == ["Introduction", "Materials and methods", "Loss of PINK1 sensitizes tumours to cisplatin",
                            "Loss of BNIP3 in HeLa cells", "Results"]


def test_sidebar_abstract_beside_a_column_of_small_print(tmp_path):
    """PLOS: a narrow left column of small print (citation, editor, dates, copyright) beside the wide column
    that holds ``Abstract`` and its text; neither column's lines join the other's."""
    path = tmp_path / "sidebar.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(190, 730, "Mitophagy and the resistance of")
    c.drawString(190, 708, "solid tumours to cisplatin")
    c.setFont("Helvetica", 10)
    c.drawString(190, 684, "Anna Lee, Bo Chen and Carla Diaz")
    side = ["OPEN ACCESS", "", "Citation: Lee A, Chen B, Diaz C", "(2026) Mitophagy and the resistance",
            "of solid tumours. J Mito Onc 12:", "e0101.", "", "Editor: Ed Itor, University of", "Somewhere, COUNTRY",
            "", "Received: March 3, 2026", "Accepted: May 5, 2026", "Published: June 6, 2026", "",
            "Copyright: 2026 Lee et al. Published", "open access under the terms", "of the licence named below."]
    y = 640
    c.setFont("Helvetica", 7)
    for ln in side:
        c.drawString(40, y, ln)
        y -= 9
    c.setFillGray(0.9)
    c.rect(184, 470, 380, 190, fill=1, stroke=0)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(190, 642, "Abstract")
    wrapped = _wrap(ABSTRACT, 78)
    draw_lines(c, 624, wrapped, x=190, font="Helvetica", size=10)
    y = _heading(c, 190, 440, "Introduction", size=12)
    draw_lines(c, y, _wrap(" ".join(BODY * 3), 78), x=190, font="Helvetica", size=10)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract == ABSTRACT
    assert doc.title == "Mitophagy and the resistance of solid tumours to cisplatin"
    assert _titles(doc)[0] == "Introduction"


def test_no_labelled_or_lead_abstract_gives_an_empty_abstract_and_a_warning(tmp_path):
    """No ``Abstract`` label and no lead paragraph in a face of its own: the abstract is left empty and the
    outline says so, never the longest prose paragraph of the front matter."""
    path = tmp_path / "none.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 720, "Mitophagy and the resistance of solid tumours")
    c.setFont("Helvetica", 10)
    c.drawString(72, 696, "Anna Lee and Bo Chen")
    y = draw_lines(c, 664, BODY * 3, font="Helvetica")
    y = _heading(c, 72, y - 8, "Results")
    _body_page(c, 72, y)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract == ""
    assert NO_ABSTRACT_WARNING in doc.warnings
    assert f"warning: {NO_ABSTRACT_WARNING}" in document_outline(doc)


CLINICAL = (
    ("Objectives", "To find out whether mitophagy markers in tumour biopsies predict the response of ovarian"
     " cancer to platinum chemotherapy in routine care."),
    ("Design", "Retrospective cohort study of patients treated at three hospitals between 2015 and 2022."),
    ("Participants", "Four hundred women with ovarian cancer who received carboplatin after surgery."),
    ("Primary and secondary outcome measures", "Progression-free survival, and overall survival at five years."),
    ("Results", "Patients whose tumours expressed more PINK1 progressed sooner under treatment than the others."),
    ("Trial registration", "The cohort was registered before analysis in a public registry of studies."),
)


def test_clinical_structured_abstract_labels_then_a_background_heading(tmp_path):
    """BMJ/BMC: ``Abstract`` then run-in parts (Objectives, Design, Participants, Primary and secondary outcome
    measures, Results, Trial registration); ``Keywords:``; the body opens with a ``Background`` heading."""
    path = tmp_path / "clinical.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 730, "Mitophagy markers and the response of ovarian cancer")
    c.setFont("Helvetica", 10)
    c.drawString(72, 706, "Anna Lee and Bo Chen")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 676, "Abstract")
    y = 660
    for label, text in CLINICAL:
        lines = _wrap(f"{label}: {text}", 95)
        for k, ln in enumerate(lines):
            if k == 0:
                c.setFont("Helvetica-Bold", 9)
                c.drawString(72, y, label + ":")
                c.setFont("Helvetica", 9)
                c.drawString(72 + c.stringWidth(label + ": ", "Helvetica-Bold", 9), y, ln[len(label) + 2 :])
            else:
                c.setFont("Helvetica", 9)
                c.drawString(72, y, ln)
            y -= 11.5
    y -= 6
    c.setFont("Helvetica-Bold", 9)
    c.drawString(72, y, "Keywords:")
    c.setFont("Helvetica", 9)
    c.drawString(120, y, "Mitophagy, Ovarian cancer, Platinum")
    y = _heading(c, 72, y - 24, "Background", size=12)
    _body_page(c, 72, y, repeats=4)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract.startswith(("Objectives: To find out", "To find out"))
    assert doc.abstract.endswith("public registry of studies.")
    assert "Trial registration" in doc.abstract and "Primary and secondary outcome measures" in doc.abstract
    assert "Keywords" not in doc.abstract and "Mitophagy removes" not in doc.abstract
    assert _titles(doc)[0] == "Background"


def test_unlabelled_abstract_beside_a_sidebar_of_dates_and_doi(tmp_path):
    """RSC: page 1 has a narrow left column (Cite this, Received, Accepted, DOI, a short link) and the
    abstract, unlabelled and in regular type, to its right; the two-column body follows under both."""
    path = tmp_path / "rsc.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 8)
    c.drawString(40, 760, "Mitochondrial Chemistry")
    c.drawRightString(572, 760, "EDGE ARTICLE")
    c.setFont("Helvetica", 18)
    c.drawString(190, 726, "Mitophagy and the resistance of")
    c.drawString(190, 704, "solid tumours to cisplatin")
    c.setFont("Helvetica", 10)
    c.drawString(190, 682, "Anna Lee, Bo Chen and Carla Diaz")
    y = 650
    c.setFont("Helvetica", 7)
    for ln in ("Cite this: Mito. Chem., 2026, 12, 101", "", "Received 3rd March 2026", "Accepted 5th May 2026",
               "", "DOI: 10.1039/d6mc00101a", "", "rsc.li/mito-chem"):
        c.drawString(40, y, ln)
        y -= 9
    draw_lines(c, 650, _wrap(ABSTRACT, 80), x=190, font="Helvetica", size=9.5, pitch=12)
    c.line(40, 566, 572, 566)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 548, "Introduction")
    body = _wrap(" ".join(BODY * 6), 58)
    draw_lines(c, 534, body[:30], x=40, font="Helvetica", size=9, pitch=11.5)
    draw_lines(c, 548, body[30:], x=316, font="Helvetica", size=9, pitch=11.5)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract == ABSTRACT
    assert doc.title == "Mitophagy and the resistance of solid tumours to cisplatin"
    assert "Received" not in doc.abstract and "Introduction" in _titles(doc)


def test_abstract_box_in_the_left_column_beside_a_box_of_strengths(tmp_path):
    """BMJ Open: ``ABSTRACT`` heads a shaded box in the left column; the right column holds another
    labelled box (``Strengths and limitations of this study``); ``INTRODUCTION`` follows in the right column."""
    path = tmp_path / "bmj.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, 730, "Mitophagy markers and the response of ovarian cancer")
    c.setFont("Helvetica", 10)
    c.drawString(40, 706, "Anna Lee, Bo Chen")
    c.setFillGray(0.9)
    c.rect(36, 300, 262, 390, fill=1, stroke=0)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 676, "ABSTRACT")
    y = 662
    for label, text in CLINICAL:
        lines = _wrap(f"{label} {text}", 55)
        for k, ln in enumerate(lines):
            if k == 0:
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(40, y, label)
                c.setFont("Helvetica", 8.5)
                c.drawString(40 + c.stringWidth(label + " ", "Helvetica-Bold", 8.5), y, ln[len(label) + 1 :])
            else:
                c.setFont("Helvetica", 8.5)
                c.drawString(40, y, ln)
            y -= 10.5
    c.setFont("Helvetica-Bold", 10)
    c.drawString(316, 676, "Strengths and limitations of this study")
    y2 = 662
    c.setFont("Helvetica", 8.5)
    for ln in ("\u25aa The cohort is large and drawn from three hospitals.",
               "\u25aa Biopsies were scored blind to the outcome.", "\u25aa The design is retrospective."):
        c.drawString(316, y2, ln)
        y2 -= 10.5
    c.setFont("Helvetica-Bold", 10)
    c.drawString(316, 600, "INTRODUCTION")
    draw_lines(c, 586, _wrap(" ".join(BODY * 4), 58), x=316, font="Helvetica", size=9, pitch=11.5)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract.startswith(("Objectives To find out", "Objectives: To find out", "To find out"))
    assert doc.abstract.endswith("public registry of studies.")
    assert "Strengths" not in doc.abstract and "retrospective." not in doc.abstract
    assert _titles(doc)[0] == "Introduction"


def test_unlabelled_abstract_in_larger_type_then_keywords_then_caps_introduction(tmp_path):
    """RNA/CSHL: the abstract unlabelled, a point larger than the body, a ``Keywords:`` line under it, then
    ``INTRODUCTION`` and the two-column body."""
    path = tmp_path / "larger.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Bold", 20)
    c.drawString(40, 730, "Mitophagy and the resistance of solid tumours")
    c.setFont("Times-Roman", 9)
    c.drawString(40, 708, "ANNA LEE, BO CHEN and CARLA DIAZ")
    c.drawString(40, 696, "Department of Oncology, University of Nowhere, Nowhere 12345, USA")
    y = draw_lines(c, 670, _wrap(ABSTRACT, 100), x=40, font="Times-Roman", size=10.5, pitch=13)
    c.setFont("Times-Bold", 9)
    c.drawString(40, y - 4, "Keywords:")
    c.setFont("Times-Roman", 9)
    c.drawString(84, y - 4, "mitophagy; PINK1; cisplatin")
    c.setFont("Times-Bold", 9)
    c.drawString(40, y - 30, "INTRODUCTION")
    body = _wrap(" ".join(BODY * 6), 62)
    draw_lines(c, y - 44, body[:25], x=40, font="Times-Roman", size=9, pitch=11)
    draw_lines(c, y - 30, body[25:], x=316, font="Times-Roman", size=9, pitch=11)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract == ABSTRACT
    assert [k.lower() for k in doc.keywords] == ["mitophagy", "pink1", "cisplatin"]
    assert _titles(doc)[0] == "Introduction"


def test_bold_labels_of_a_vector_figure_page_are_not_headings(tmp_path):
    """A figure page drawn as vector text (preprints put figures after the references): a stack of short
    bold labels with no text between them is figure text, not a run of section headings."""
    path = tmp_path / "figpage.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = _heading(c, 72, 740, "Introduction")
    _body_page(c, 72, y, repeats=4)
    c.showPage()
    y = _heading(c, 72, 740, "Results")
    _body_page(c, 72, y, repeats=4)
    c.showPage()
    y = 740
    for label in ("Chaperone", "CCT1", "CCT8", "Key", "Ird5", "Imd"):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(90, y, label)
        c.rect(200, y - 4, 120, 12)
        y -= 40
    c.setFont("Helvetica", 9)
    c.drawString(72, y - 20, "Fig. 4 Proximity labelling of the chaperone complex in tumour cells under cisplatin.")
    c.save()
    doc = ingest_path(path)
    assert _titles(doc) == ["Introduction", "Results"]


def _front_page(c, title_lines, title_font="Helvetica-Bold", title_size=18.0, top=700) -> None:
    c.setFont(title_font, title_size)
    y = top
    for ln in title_lines:
        c.drawString(72, y, ln)
        y -= title_size * 1.25
    c.setFont("Helvetica", 10)
    c.drawString(72, y - 6, "Anna Lee, Bo Chen and Carla Diaz")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, y - 36, "Abstract")
    y = draw_lines(c, y - 50, LEAD, font="Helvetica")
    y = _heading(c, 72, y - 10, "Introduction")
    _body_page(c, 72, y)


def test_title_in_capitals(tmp_path):
    """A title set in capitals is still the title (kept as printed)."""
    path = tmp_path / "capstitle.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    _front_page(c, ["LOSS OF PINK1 CHANGES HOW SOLID TUMOURS", "RESPOND TO CISPLATIN"], title_size=16)
    c.save()
    doc = ingest_path(path)
    assert doc.title.lower() == "loss of pink1 changes how solid tumours respond to cisplatin"
    assert doc.abstract == ABSTRACT


def test_abstract_in_smaller_print_than_the_body_under_its_label(tmp_path):
    """OUP/NAR: ``Abstract`` over a full-width abstract set smaller than the two-column body (page-1 small
    print to the paragraph rules, which move it after the label in reading order)."""
    path = tmp_path / "smallprint.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(48, 730, "Mitophagy and the resistance of solid tumours")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(48, 706, "Anna Lee, Bo Chen and Carla Diaz")
    c.setFont("Helvetica", 9.2)  # affiliations in body size, the abstract below them in small print
    c.drawString(48, 692, "1Department of Oncology, University of Nowhere, Nowhere 12345, Country of Somewhere")
    c.setFont("Helvetica", 8)
    c.drawString(48, 680, "*To whom correspondence should be addressed. Email: anna.lee@example.org")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(48, 664, "Abstract")
    draw_lines(c, 650, _wrap(ABSTRACT, 120), x=48, font="Helvetica", size=8, pitch=9.5)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(48, 580, "Introduction")
    body = _wrap(" ".join(BODY * 8), 56)
    draw_lines(c, 566, body[:40], x=48, font="Times-Roman", size=9.2, pitch=11.5)
    draw_lines(c, 580, body[40:], x=316, font="Times-Roman", size=9.2, pitch=11.5)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract == ABSTRACT
    assert _titles(doc)[0] == "Introduction"


def test_unlabelled_structured_abstract_after_the_editor_and_copyright_lines(tmp_path):
    """Hindawi: no ``Abstract`` label; the abstract opens with its first part's run-in (``Objectives.``) in body
    type, after the dates, editor and copyright lines."""
    path = tmp_path / "unlabelled-structured.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Times-Bold", 18)
    c.drawString(72, 730, "Mitophagy markers and the response of ovarian cancer")
    c.setFont("Times-Roman", 9)
    y = 706
    for ln in ("Anna Lee and Bo Chen", "Correspondence should be addressed to Anna Lee, anna.lee@example.org",
               "Received 9 November 2025; Accepted 25 December 2025", "Academic Editor: E. Itor",
               "Copyright 2026 A. Lee and B. Chen. This is an open access article distributed under the licence."):
        c.drawString(72, y, ln)
        y -= 14
    parts = [f"{label}. {text}" for label, text in CLINICAL]
    y = draw_lines(c, y - 10, _wrap(" ".join(parts), 100), x=72, font="Times-Roman", size=9, pitch=11)
    y = _heading(c, 72, y - 14, "1. Introduction", "Times-Bold", 11)
    draw_lines(c, y, _wrap(" ".join(BODY * 3), 90), x=72, font="Times-Roman", size=10, pitch=12.5)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract.startswith("Objectives. To find out") and doc.abstract.endswith("public registry of studies.")
    assert "Copyright" not in doc.abstract and "Mitophagy removes" not in doc.abstract


def test_back_matter_titles_under_an_empty_back_matter_heading_are_its_subsections(tmp_path):
    """BMC ``Declarations`` / ACS ``AUTHOR INFORMATION``: an empty back-matter heading over smaller back-matter
    titles makes them level 2; the same smaller titles after a back-matter section with text stay level 1."""
    path = tmp_path / "declarations.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = _heading(c, 72, 740, "Discussion", size=12)
    y = draw_lines(c, y, BODY * 2) - 6
    for head, size, text in (("Acknowledgements", 10, True), ("Funding", 10, True), ("Declarations", 12, False),
                             ("Ethics approval and consent to participate", 10, True), ("Competing interests", 10, True),
                             ("References", 12, False)):
        y = _heading(c, 72, y, head, size=size)
        if text:
            y = draw_lines(c, y, BODY[:2]) - 6
    draw_lines(c, y, ["1. Lee A, Chen B. Mitophagy in tumours. J Mito Onc. 2025;11:1-10."])
    c.save()
    doc = ingest_path(path)
    got = [(s.title, s.level) for s in doc.sections]
    assert got[:6] == [("Discussion", 1), ("Acknowledgements", 1), ("Funding", 1), ("Declarations", 1),
                       ("Ethics approval and consent to participate", 2), ("Competing interests", 2)]


def test_bold_one_sentence_results_headings_with_a_full_stop(tmp_path):
    """bioRxiv/Cell: results subheadings written as one sentence with its full stop, bold on lines of their
    own; a bold paragraph of two sentences (a note, a key message) is no heading."""
    path = tmp_path / "sentences.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = _heading(c, 72, 740, "INTRODUCTION", "Times-Bold", 10)
    y = draw_lines(c, y, BODY) - 4
    y = _heading(c, 72, y, "RESULTS", "Times-Bold", 10)
    for head in ("Loss of PINK1 sensitizes ovarian tumours to cisplatin.",
                 "Mitophagy reporters show fewer organelles cleared in resistant cells."):
        y = _heading(c, 72, y - 4, head, "Times-Bold", 10)
        y = draw_lines(c, y, BODY) - 4
    y = draw_lines(c, y - 4, ["Tumours were scored blind. The scores were checked by a second reader."], font="Times-Bold")
    draw_lines(c, y - 4, BODY)
    c.save()
    doc = ingest_path(path)
    assert _titles(doc) == ["Introduction", "Results", "Loss of PINK1 sensitizes ovarian tumours to cisplatin.",
                            "Mitophagy reporters show fewer organelles cleared in resistant cells."]


def _spaced(c, x: float, y: float, text: str, font: str = "Helvetica", size: float = 8, space: float = 3) -> None:
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(space)
    t.textOut(text)
    t.setCharSpace(0)  # the character spacing is graphics state: it outlives the text object
    c.drawText(t)


def test_elsevier_letter_spaced_abstract_label_beside_the_article_info_column(tmp_path):
    """Elsevier journals: ``A R T I C L E I N F O`` (history, keywords) in a narrow left column and
    ``A B S T R A C T`` over the abstract in the wide right column, both labels letter-spaced capitals."""
    path = tmp_path / "elsevier.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 8)
    c.drawString(40, 760, f"{JOURNAL} 12 (2026) 101-110")
    c.setFont("Helvetica", 16)
    c.drawString(40, 716, "Mitophagy and the resistance of solid tumours to cisplatin")
    c.setFont("Helvetica", 10)
    c.drawString(40, 694, "Anna Lee, Bo Chen, Carla Diaz")
    c.line(40, 664, 572, 664)
    _spaced(c, 40, 652, "ARTICLE INFO")
    _spaced(c, 200, 652, "ABSTRACT")
    y = 636
    c.setFont("Helvetica", 7)
    for ln in ("Article history:", "Received 3 March 2026", "Accepted 5 May 2026", "", "Keywords:", "Mitophagy",
               "PINK1", "Cisplatin"):
        c.drawString(40, y, ln)
        y -= 9
    draw_lines(c, 636, _wrap(ABSTRACT, 80), x=200, font="Helvetica", size=8, pitch=10)
    c.line(40, 560, 572, 560)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, 540, "1. Introduction")
    body = _wrap(" ".join(BODY * 6), 58)
    draw_lines(c, 526, body[:28], x=40, font="Times-Roman", size=9, pitch=11)
    draw_lines(c, 540, body[28:], x=316, font="Times-Roman", size=9, pitch=11)
    c.save()
    doc = ingest_path(path)
    assert doc.abstract == ABSTRACT
    assert "Received" not in doc.abstract and _titles(doc)[0] in ("Introduction", "1. Introduction")


def test_text_running_past_the_page_edge_is_read_not_a_layout_failure(tmp_path):
    """Words placed beyond the page's right edge (bleed, a misplaced text layer) in a two-column page: the
    column finder clips them instead of failing with an IndexError."""
    path = tmp_path / "bleed.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = _heading(c, 40, 740, "Introduction")
    body = _wrap(" ".join(BODY * 6), 58)
    draw_lines(c, y, body[:30], x=40, font="Times-Roman", size=9, pitch=11)
    draw_lines(c, 740, body[30:], x=316, font="Times-Roman", size=9, pitch=11)
    c.setFont("Helvetica", 8)
    c.drawString(630, 400, "Downloaded from a repository on 1 December 2026")
    c.save()
    doc = ingest_path(path)
    assert _titles(doc) == ["Introduction"]


def test_pdf_with_no_heading_abstract_or_references_is_read_not_refused(tmp_path):
    """A short communication or a printed abstract: no heading, label or list. The abstract is not
    guessed (empty, with a warning), but the prose is kept as an unheaded section with its findings."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    from pipeline.ingest import ingest_path
    from pipeline.ingest.unheaded_intro import TITLE as INTRO_TITLE

    path = tmp_path / "no_structure.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 720, "PINK1 loss sensitizes ovarian cancer cells to cisplatin")
    c.setFont("Times-Roman", 10)
    y = 690
    for line in ("Mitophagy removes damaged mitochondria and supports the survival of tumour cells that are",
                 "treated with genotoxic drugs. Here we show that knockdown of PINK1 sensitized ovarian cancer",
                 "cells to cisplatin in culture and in mice, whereas overexpression of BNIP3 promoted resistance",
                 "to paclitaxel in the same cells, which suggests that mitophagy protects them from therapy."):
        c.drawString(72, y, line)
        y -= 13
    c.save()
    doc = ingest_path(path)
    assert doc.title == "PINK1 loss sensitizes ovarian cancer cells to cisplatin"
    assert doc.abstract == "" and any("no abstract" in w for w in doc.warnings)
    assert [s.title for s in doc.sections] == [INTRO_TITLE]
    assert "knockdown of PINK1 sensitized" in doc.sections[0].paragraphs[0].text
