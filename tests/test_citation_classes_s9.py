"""Citation and entry classes of session 9 (cites11), each on strings or pages written for the
test: possessive narrative citations with words before the year (``Smith's work (2018)``,
``Lee et al.'s recent screen (2020)``); raised ranges set with an em dash (``³—⁵``); a numbered
entry whose label the line break put after the last entry's DOI when the next entry opens with
a group author or a capitalised particle (``.../aut.39788`` + ``11 Cancer Genome Atlas ...``)."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate

from pipeline.ingest import ingest_path, reference_crf
from pipeline.ingest.author_year import find_author_year
from pipeline.ingest.pdf.words import join_lines

needs_crf = pytest.mark.skipif(not reference_crf.available(), reason="reference CRF absent")


def _works(text: str) -> list[tuple[tuple[str, ...], bool, str]]:
    return [(w.surnames, w.et_al, w.year) for m in find_author_year(text) for w in m.works]


@pytest.mark.parametrize("text, want", [
    ("As Okoro's work (2018) showed, the receptor is induced.", [(("Okoro",), False, "2018")]),
    ("In Lindqvist et al.'s recent screen (2020), more were found.", [(("Lindqvist",), True, "2020")]),
    ("Haddad and Moreau's study (2011) used xenografts.", [(("Haddad", "Moreau"), False, "2011")]),
    ("Van der Meulen's work (2007) came first.", [(("Van der Meulen",), False, "2007")]),
    ("O’Hara's data (2015) agree.", [(("O’Hara",), False, "2015")]),
])
def test_possessive_narrative_with_words_before_the_year(text, want):
    assert _works(text) == want


@pytest.mark.parametrize("text", [
    "Okoro's group (n = 3) was treated.",
    "Okoro's lab (Figure 2) showed it.",
    "The cell's mitochondria (2019 data) were lost.",
])
def test_possessive_before_a_bracket_that_holds_no_year_is_no_citation(text):
    assert _works(text) == []


@pytest.mark.parametrize("nxt", [
    "11 Cancer Genome Atlas Research Network Loss of a receptor impairs",
    "11 Di Marco, B. E. & Rossi, D. Oxidative phosphorylation as",
    "11 Van Leeuwen, B. & Rossi, D. Oxidative phosphorylation as",
])
def test_next_label_after_a_doi_at_a_line_end_is_not_the_dois(nxt):
    text = join_lines(["Mitophagy limits resistance. Int J Biol 31, 6590–6600 (2003). https://doi.org/10.1496/aut.39788", nxt])
    assert text.endswith("/aut.39788 " + nxt)


def test_a_doi_broken_inside_still_joins():
    assert join_lines(["https://doi.org/10.1016/j.", "molcel.2019.05.031"]) == "https://doi.org/10.1016/j.molcel.2019.05.031"


def _numbered_pdf(path, body: list[str], n_refs: int) -> None:
    style = ParagraphStyle("b", fontName="Times-Roman", fontSize=10, leading=12.5)
    ref = ParagraphStyle("r", parent=style, fontSize=8.5, leading=10.5, leftIndent=12, firstLineIndent=-12)
    head = ParagraphStyle("h", fontName="Times-Bold", fontSize=12, leading=16, spaceBefore=8)
    story = [Paragraph("Mitophagy receptors in drug-tolerant tumour cells", ParagraphStyle("t", parent=head, fontSize=16, leading=20)),
             Paragraph("<b>Abstract</b> " + "Damaged mitochondria are removed in drug-tolerant tumour cells under stress. " * 4, style),
             Paragraph("Introduction", head)]
    story += [Paragraph(p, style) for p in body]
    story.append(Paragraph("References", head))
    surnames = ["Okoro", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Ferreira", "Nowak", "Iversen", "Castillo", "Brandt"]
    for i in range(1, n_refs + 1):
        s = surnames[(i - 1) % len(surnames)]
        story.append(Paragraph(f"{i}. {s} AB, Other CD. Receptor number {i} controls drug tolerance of tumour cells. "
                               f"J Mitochondrial Oncol. {2000 + i};{i}:{10 * i}–{10 * i + 8}.", ref))
    SimpleDocTemplate(str(path), invariant=1).build(story)


@needs_crf
def test_raised_range_with_an_em_dash_cites_every_number(tmp_path):
    body = ["Damaged mitochondria are removed by receptors in resistant tumours.<super>1</super> "
            "Several receptors bind LC3 in cells under stress.<super>2</super> "
            "Their loss restores sensitivity in several models,<super>3—6</super> as reported previously. "
            "Combined treatment reduced tumour volume (in vivo)<super>7,\u20098</super> in mice."]
    path = tmp_path / "emdash.pdf"
    _numbered_pdf(path, body, 8)
    doc = ingest_path(path)
    assert len(doc.references) == 8
    assert [c.numbers for c in doc.citations] == [[1], [2], [3, 4, 5, 6], [7, 8]]


class _Plot(Flowable):
    """A bar chart drawn with vector graphics: axes, tick marks with values, bars, axis titles."""

    def __init__(self, width: float, height: float):
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        ox, oy, w, h = 30, 10, self.width - 40, self.height - 20  # (the axis near the foot: the legend under it is in its band)
        c.setLineWidth(0.6)
        c.line(ox, oy, ox, oy + h)
        c.line(ox, oy, ox + w, oy)
        c.setFont("Helvetica", 5.5)
        for t in range(5):
            c.line(ox - 2, oy + h * t / 4, ox, oy + h * t / 4)
            c.drawRightString(ox - 3, oy + h * t / 4 - 2, str(25 * t))
        for b, v in enumerate((0.8, 0.55, 0.3, 0.65)):
            c.rect(ox + 8 + b * w / 4.5, oy, w / 7, h * v, fill=1)
        c.drawString(ox + w - 20, oy + h - 8, "Dose")


@needs_crf
@pytest.mark.parametrize("n", [4, 13])
def test_the_short_last_line_of_a_legend_under_a_drawing_keeps_its_citation(tmp_path, n):
    # set 2 of our synthetic citation pages (document n of seed 0: a vector figure whose legend's last line is short
    # and holds the only citation of its entry, numeric or author-year)
    import json
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    for p in (root / "scripts", root / "benchmarks"):
        if str(p) not in sys.path:
            sys.path.insert(0, str(p))
    from make_synthetic_citations import generate
    generate(tmp_path, n, seed=0, variant=2)
    gold = json.loads((tmp_path / f"cite_{n:03d}.json").read_text(encoding="utf-8"))
    doc = ingest_path(tmp_path / f"cite_{n:03d}.pdf")
    legends = sorted(sorted(c.numbers) for c in doc.citations if c.paragraph < 0 and c.row < 0)
    assert gold["caption_markers"] and legends == sorted(sorted(m["cites"]) for m in gold["caption_markers"])


def _entries_doc(blocks_text: list[str]):
    from pipeline.document import Source
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.blocks import HEADING, TEXT, Block
    body = " ".join(f"Receptor {k} binds LC3 on damaged mitochondria [{k}]." for k in range(1, 5))
    blocks = [Block(HEADING, "Mitophagy receptors in resistant tumours"), Block(HEADING, "Introduction"), Block(TEXT, body),
              Block(HEADING, "References")] + [Block(TEXT, t) for t in blocks_text]
    return blocks_to_document(blocks, Source(path="x.pdf", format="pdf", sha256="0" * 64), "x.pdf")


@needs_crf
def test_a_numbered_entry_broken_after_its_authors_takes_its_title_back():
    doc = _entries_doc([
        "[1] Okoro, B., Brown, K. H. & Lindqvist, S. Loss of CD47 impairs mitochondrial fission. Front Oncol Res 165, 7077–7097 "
        "(2019). https://doi.org/10.9654/aut.47549 [2] Haddad, D. C., Ibáñez, C. & Nakamura, J.",
        "FKBP8-dependent lysosomal degradation reverses cytarabine resistance in head and neck cancer. Mol Cancer Ther Lett 38, "
        "8539–8554 (2015). https://doi.org/10.6534/j.molcel.2015.99.632364 [3] Moreau, D. R. & Ahmed, F. E. YAP1 promotes immune "
        "evasion through mitochondrial fusion. Cancer Cell Biol 29, 7503–7510 (2022).",
        "[4] Tanaka, P. & Silva, L. PINK1 restrains cell survival through mitophagy. Nat Cell Metab 49, 2291–2311 (2002)."])
    assert [r.number for r in doc.references] == [1, 2, 3, 4]
    assert doc.references[1].raw.startswith("Haddad, D. C., Ibáñez, C. & Nakamura, J. FKBP8-dependent")
    assert doc.references[1].year == 2015
    assert not any("FKBP8" in p.text for s in doc.sections for p in s.paragraphs)


@needs_crf
@pytest.mark.parametrize("label", ["square", "raised"])
def test_list_labels_beside_a_drawing_in_the_other_column_are_no_figure_text(tmp_path, label):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10, leading=12.5)
    head = ParagraphStyle("h", fontName="Times-Bold", fontSize=12, leading=16, spaceBefore=8)
    ref = ParagraphStyle("r", fontName="Times-Roman", fontSize=7.5, leading=9.2, leftIndent=18, firstLineIndent=-18)
    pw, ph = A4
    w = (pw - 100 - 12) / 2
    frames = [Frame(50, 60, w, ph - 120, 0, 0, 0, 0, id="l"), Frame(50 + w + 12, 60, w, ph - 120, 0, 0, 0, 0, id="r")]
    filler = "Damaged mitochondria are removed in drug-tolerant tumour cells under stress. " * 5
    story = [Paragraph("Mitophagy receptors in drug-tolerant tumour cells", ParagraphStyle("t", parent=head, fontSize=16, leading=20)),
             Paragraph("<b>Abstract</b> " + filler, body), Paragraph("Introduction", head)]
    story += [Paragraph(filler, body) for _ in range(4)] + [NextPageTemplate("two"), PageBreak(), Paragraph("Results", head)]
    story += [_Plot(w, 130), Paragraph("<b>Figure 1.</b> Receptor loss restores the effect of the drug.", body),
              Paragraph(filler + " ".join(f"Receptor {k} binds LC3 [{k}]." for k in range(1, 13)), body),
              Paragraph(filler, body), Paragraph(filler, body), Paragraph(filler, body), FrameBreak(), Paragraph("References", head)]
    surnames = ["Okoro", "le Roux", "Haddad", "Moreau", "Tanaka", "Ferreira", "Nowak", "Iversen", "Castillo", "Brandt", "Lindqvist", "Ahmed"]
    for i, s in enumerate(surnames, 1):
        mark = f"[{i}] " if label == "square" else f"<super>{i}</super>"
        story.append(Paragraph(f"{mark}{s}, M. D. Receptor {i} in resistant tumours. Cell Death Rep {i}, {100 * i}–{100 * i + 9} "
                               f"({2000 + i}).", ref))
    path = tmp_path / "beside.pdf"
    one = PageTemplate("one", [Frame(50, 60, pw - 100, ph - 120, 0, 0, 0, 0, id="o")])
    BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[one, PageTemplate("two", frames)], invariant=1).build(story)
    doc = ingest_path(path)
    assert [r.number for r in doc.references] == list(range(1, 13))
    assert [r.raw.split(",")[0] for r in doc.references] == surnames


@needs_crf
def test_a_raised_run_longer_than_the_last_lines_word_is_still_raised(tmp_path):
    body = ["Damaged mitochondria are removed by receptors in resistant tumours.<super>1</super> "
            "Several receptors bind LC3 in cells under stress.<super>2,3</super> Samples were collected under protocols "
            "approved by the institutional review<br/>board.<super>10,12,14</super>",
            "Combined treatment reduced tumour volume in mice.<super>4–9</super> The effect persisted at later time points."]
    path = tmp_path / "lastline.pdf"
    _numbered_pdf(path, body, 14)
    doc = ingest_path(path)
    assert [c.numbers for c in doc.citations] == [[1], [2, 3], [10, 12, 14], [4, 5, 6, 7, 8, 9]]
    assert not any("board.1" in p.text for s in doc.sections for p in s.paragraphs)


def _flush_list_pdf(path, n_entries: int, body_paras: int, extra: int = 0) -> list[str]:
    """Two columns; the body, then an unnumbered flush list in small print that fills the right column
    and runs onto the next page. Returns each entry's first author's surname."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10, leading=12.5)
    head = ParagraphStyle("h", fontName="Times-Bold", fontSize=12, leading=16, spaceBefore=8)
    ref = ParagraphStyle("r", fontName="Times-Roman", fontSize=7.5, leading=9.2, spaceAfter=3)
    pw, ph = A4
    w = (pw - 100 - 14) / 2
    two = [Frame(50, 60, w, ph - 120, 0, 0, 0, 0, id="l"), Frame(50 + w + 14, 60, w, ph - 120, 0, 0, 0, 0, id="r")]
    filler = "Damaged mitochondria are removed in drug-tolerant tumour cells under stress. " * 6
    names = ["Okoro", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Ferreira", "Nowak", "Iversen", "Castillo", "Brandt"]
    surnames = [f"{names[i % 10]}{'abcdefghij'[i // 10]}" for i in range(n_entries)]
    story = [Paragraph("Mitophagy receptors in drug-tolerant tumour cells", ParagraphStyle("t", parent=head, fontSize=16, leading=20)),
             Paragraph("<b>Abstract</b> " + filler, body), Paragraph("Introduction", head)]
    story += [Paragraph(filler + f" Receptors bind LC3 ({surnames[k]} et al., {2000 + k}).", body) for k in range(body_paras)]
    story += [Paragraph(filler + " " + "; ".join(f"({s} et al., {2000 + k})" for k, s in enumerate(surnames)) + "."
                        + " Mitophagy was measured." * extra, body),
              Paragraph("References", head)]
    journals = ["Oncogene Rev", "Cell Death Rep", "Redox Cancer", "Autophagy Res", "Mol Cancer Ther Lett", "Nat Cell Metab", "Front Oncol Res"]
    for k, s in enumerate(surnames):
        co = ["Okafor H", "Yilmaz GR", "Lefèvre C", "Fernández FMB", "Ahmed F", "Li J", "Petrov W", "Yilmaz R", "Costa M", "Brown KH", "Novak P"]
        co = co[k % 11:] + co[: k % 11]  # (lines that repeat on every page would be page furniture)
        story.append(Paragraph(f"{s} TT, {', '.join(co)} ({2000 + k}) Ferroptosis as a "
                               f"determinant of chemoresistance in ovarian cancer: a role for receptor {k}. {journals[k % 7]} {k}:"
                               f"{100 + k}–{120 + k} https://doi.org/10.{3484 + 7 * k}/{('aut', 'onc', 'cdd', 'mcr')[k % 4]}.{72684 + k}", ref))
    BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[PageTemplate("two", two)], invariant=1).build(story)
    return surnames


@needs_crf
@pytest.mark.parametrize("body_paras, extra", [(15, 0), (18, 4), (19, 2), (19, 8), (20, 0)])
def test_an_unnumbered_entry_broken_at_a_page_turn_after_a_moved_column_is_whole(tmp_path, body_paras, extra):
    # (the list starts on page 2 after the body; where the page turn falls moves with the body's length)
    path = tmp_path / "turn.pdf"
    surnames = _flush_list_pdf(path, 40, body_paras, extra)
    doc = ingest_path(path)
    assert [r.raw.split(" ")[0] for r in doc.references] == surnames
    assert all(r.raw.endswith(f".{72684 + k}") for k, r in enumerate(doc.references))


@pytest.mark.parametrize("text", ["Gene Ontology Consortium (in press) reported a similar effect.",
                                  "as shown before (Mitochondrial Disease Sequencing Consortium, in press)."])
def test_a_group_author_not_yet_out_links_to_its_entry(text):
    from pipeline.document import Reference
    from pipeline.ingest.author_year import Linker

    def ref(n, raw, authors, year):
        return Reference(number=n, raw=raw, authors=authors, year=year, title="", journal="", doi=None)
    refs = [ref(1, "Gene Ontology Consortium (in press) The knowledgebase of receptor terms. Nucleic Acids Res", [], None),
            ref(2, "Mitochondrial Disease Sequencing Consortium (in press) Variants in receptor genes. Autophagy Res", [], None),
            ref(3, "Okoro P (2019) Receptor loss restores drug sensitivity. Redox Cancer 1:2–9", ["Okoro P"], 2019)]
    linker = Linker(refs)
    works = [w for m in find_author_year(text) for w in m.works]
    assert len(works) == 1
    want = 1 if text.startswith("Gene") else 2
    assert [r.number for r in linker.link_all(works[0])] == [want]


@pytest.mark.parametrize("text, want", [("(Garcia et al., 2013)", 1), ("(García-López et al., 2013)", 2), ("(Garcia and Moreau, 2013)", 1)])
def test_a_cited_surname_prefers_the_entry_of_that_very_name_over_a_compound_one(text, want):
    from pipeline.document import Reference
    from pipeline.ingest.author_year import Linker
    refs = [Reference(number=1, raw="Garcia L, Moreau E (2013) Title one. Redox Cancer 1:2–9", authors=["Garcia L", "Moreau E"], year=2013,
                      title="", journal="", doi=None),
            Reference(number=2, raw="García-López N, Okoro P, Tanaka H (2013) Title two. Redox Cancer 2:3–9",
                      authors=["García-López N", "Okoro P", "Tanaka H"], year=2013, title="", journal="", doi=None)]
    works = [w for m in find_author_year(text) for w in m.works]
    assert [r.number for r in Linker(refs).link_all(works[0])] == [want]
