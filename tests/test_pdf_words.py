"""Word repairs of the PDF reader (issue 3): hyphenation, ligatures, superscript citations, columns, furniture."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from pipeline.ingest.blocks import HEADING, TEXT
from pipeline.ingest.pdf import pdf_to_blocks
from pipeline.ingest.pdf.words import join_lines, normalize_text, to_superscript


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["the evi-", "dence is"], "the evidence is"),
        (["FoxG1-", "mediated"], "FoxG1-mediated"),
        (["SBI-", "0206965 inhibits"], "SBI-0206965 inhibits"),
        (["PINK1/", "Parkin"], "PINK1/Parkin"),
        (["life-threa-", "tening"], "life-threatening"),
        (["anti-", "PD-1 therapy"], "anti-PD-1 therapy"),
        (["doi:10.1016/j.", "tiv.2023.105552"], "doi:10.1016/j.tiv.2023.105552"),
        (["doi:10.1016/0031-4012", "(81)90344-2."], "doi:10.1016/0031-4012(81)90344-2."),
        (["doi:10.1000/abc.", "Epub 2020"], "doi:10.1000/abc. Epub 2020"),
        (["ends here.", "Next one"], "ends here. Next one"),
    ],
)
def test_join_lines_repairs_hyphenation_and_keeps_real_hyphens(lines, want):
    assert join_lines(lines) == want


def test_document_vocabulary_decides_ambiguous_hyphens():
    assert join_lines(["long-", "term"], whole=set(), hyphenated={"long-term"}) == "long-term"
    assert join_lines(["long-", "term"], whole={"longterm"}, hyphenated=set()) == "longterm"
    # both halves are words of the document: a compound keeps its hyphen
    assert join_lines(["non-small-", "cell lung"], whole={"small", "cell"}) == "non-small-cell lung"
    assert join_lines(["tumor-", "associated"], whole={"tumor", "associated"}) == "tumor-associated"
    assert join_lines(["can-", "cer"], whole={"can", "cancer"}) == "cancer"


def test_normalize_text_ligatures_spaces_and_accents():
    assert normalize_text("\ufb01nding e\ufb03cacy\u00a0of\u2009X") == "finding efficacy of X"
    assert normalize_text("Dahlstro¨m") == "Dahlström"
    assert normalize_text("co\u00adoperate (cid:3)") == "cooperate "


def test_to_superscript():
    assert to_superscript("12,13") == "¹²,¹³"
    assert to_superscript("12-14") == "¹²⁻¹⁴"
    assert to_superscript("[3]") == "³"


LEFT = [
    "Mitophagy protects tumour cells and confers drug",
    "resistance",  # superscript 12,13 follows
    "in several cancers. The evi-",
    "dence from FoxG1-",
    "mediated signalling and the ULK1 inhibitor SBI-",
    "0206965 is consistent across models of",
    "breast and lung cancer in recent years.",
    "Further work is needed on these pathways.",
]
RIGHT = [
    "The right column continues the text with",
    "a second paragraph about PINK1/Parkin and",
    "the BNIP3 receptor in hypoxic tumour cells",
    "treated with cisplatin over several days of",
    "exposure in culture and in mouse models",
    "of the disease, as reported by many groups.",
    "These findings motivate combined therapy.",
    "The end of the right column is reached.",
]


def _two_column_pdf(path, pages: int = 2) -> None:
    c = canvas.Canvas(str(path), pagesize=letter)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 8)
        c.drawString(72, 760, "Journal of Synthetic Tests 2025; 1: 1-9")
        c.drawCentredString(306, 40, str(n))
        if n == 1:
            c.setFont("Helvetica-Bold", 16)
            c.drawString(72, 720, "A spanning title across both columns of the first page")
        y0 = 680
        for i, text in enumerate(LEFT):
            y = y0 - 13 * i
            c.setFont("Helvetica", 6)
            c.drawString(40, y, str(8 * (n - 1) + i + 1))  # manuscript line numbers in the margin
            c.setFont("Times-Roman", 10)
            c.drawString(72, y, text)
            if text == "resistance":
                c.setFont("Times-Roman", 6)
                c.drawString(72 + c.stringWidth("resistance", "Times-Roman", 10) + 0.5, y + 4, "12,13")
        for i, text in enumerate(RIGHT):
            c.setFont("Times-Roman", 10)
            c.drawString(320, y0 - 13 * i, text)
        c.showPage()
    c.save()


@pytest.fixture(scope="module")
def blocks(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "two_columns.pdf"
    _two_column_pdf(path)
    return pdf_to_blocks(path)


def test_superscript_citation_and_hyphenation(blocks):
    text = " ".join(b.text for b in blocks if b.kind == TEXT)
    assert "resistance¹²,¹³ in several cancers" in text
    assert "The evidence from FoxG1-mediated signalling" in text
    assert "SBI-0206965 is consistent" in text


def test_reading_order_left_column_before_right(blocks):
    texts = [b.text for b in blocks if b.kind in (TEXT, HEADING)]
    first_page = texts[: texts.index(next(t for t in texts if t.startswith("The right column")) ) + 1]
    assert first_page[0].startswith("A spanning title across both columns")
    assert any(t.startswith("Mitophagy protects tumour cells") for t in first_page)


def test_furniture_and_line_numbers_removed(blocks):
    text = " ".join(b.text for b in blocks)
    assert "Journal of Synthetic Tests" not in text
    assert not any(b.text.strip().isdigit() for b in blocks)
    assert " 9 " not in f" {text} " and "Further work is needed on these pathways." in text


def test_superscript_markers_become_citations(blocks):
    from pipeline.document import Source
    from pipeline.ingest.assemble import blocks_to_document
    from pipeline.ingest.blocks import Block

    refs = [Block(HEADING, "References", level=1)] + [
        Block(TEXT, f"{n}. Author{n} A, Writer B. A study of mitophagy number {n}. J Test (2020) {n}:1-9.") for n in range(1, 14)
    ]
    head = [Block(HEADING, "1 Introduction", level=1)]
    doc = blocks_to_document(head + [b for b in blocks if b.kind == TEXT] + refs, Source("x.pdf", "pdf", "0" * 64))
    assert any(c.numbers == [12, 13] and c.text.startswith("¹²") for c in doc.citations)


def test_margin_numbers_are_line_numbers_only_when_evenly_spaced():
    from pipeline.ingest.pdf.furniture import line_number_words
    from pipeline.ingest.pdf.reader import Page, Word

    def number(n, top):
        return Word(str(n), 40.0, 45.0, top, top + 7, 7.0, "Times")

    line_numbers = [number(n, 100 + 12 * n) for n in range(1, 11)]  # one per line
    entry_numbers = [number(n, 100 + 12 * sum((2, 3, 4)[k % 3] for k in range(n))) for n in range(20, 30)]
    page = Page(number=1, width=600.0, height=800.0, words=line_numbers)
    assert len(line_number_words(page)) == 10
    page = Page(number=1, width=600.0, height=800.0, words=entry_numbers)
    assert line_number_words(page) == []
