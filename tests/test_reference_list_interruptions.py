"""A reference list that the reader interrupts: an entry set in bold taken for a heading, and a
running header taken for a heading between two entries (blocks written for the test)."""

from __future__ import annotations

from pipeline.document import Source
from pipeline.ingest.assemble import blocks_to_document
from pipeline.ingest.blocks import HEADING, PAGE_BREAK, TEXT, Block

SOURCE = Source(path="interrupted.txt", format="text", sha256="1" * 64)
BODY = [Block(HEADING, "Introduction"), Block(TEXT, "Mitophagy removes damaged mitochondria (1, 2) in tumours (3).")]


def test_bold_numbered_entries_taken_for_headings_stay_entries():
    blocks = BODY + [
        Block(HEADING, "References"),
        Block(HEADING, "1. Okafor, C. N. et al. Mitochondrial fission shapes the"),
        Block(TEXT, "response of melanoma to kinase inhibitors. Nat. Cell Biol. 23, 415–427 (2021)."),
        Block(HEADING, "2. Lindqvist, P. & Haddad, R. Receptor control of"),
        Block(TEXT, "mitophagy. Mol. Cell 78, 100–110 (2020). 3. Moreau, A. Autophagy in leukemia. Blood 130, 55–66 (2017)."),
    ]
    doc = blocks_to_document(blocks, SOURCE)
    assert [(r.number, r.authors[0].split(",")[0], r.year) for r in doc.references] == [
        (1, "Okafor", 2021), (2, "Lindqvist", 2020), (3, "Moreau", 2017)]
    assert doc.references[0].title == "Mitochondrial fission shapes the response of melanoma to kinase inhibitors"
    assert [s.title for s in doc.sections] == ["Introduction", "References"]


def test_running_header_inside_an_author_year_list_is_skipped():
    blocks = [Block(HEADING, "Introduction"), Block(TEXT, "Mitophagy removes mitochondria (Berger, 2018; Santos et al., 2021).")]
    blocks += [
        Block(HEADING, "References"),
        Block(TEXT, "Berger, L. (2018). Receptor phosphorylation in liver. J. Hepatol. 12, 1-10."),
        Block(PAGE_BREAK),
        Block(HEADING, "Article"),
        Block(TEXT, "Santos, R., Novak, S., and Iyer, V. (2021). A screen for mitophagy regulators. Nature 590, 1-9."),
    ]
    doc = blocks_to_document(blocks, SOURCE)
    assert [r.authors[0].split(",")[0] for r in doc.references] == ["Berger", "Santos"]
    assert [s.title for s in doc.sections] == ["Introduction", "References"]
    assert [c.numbers for c in doc.citations] == [[1, 2]]


def test_a_real_section_after_the_list_still_opens():
    blocks = BODY + [
        Block(HEADING, "References"),
        Block(TEXT, "1. Okafor CN, Ibe M. Mitophagy in tumours. Cell. 2019;176:1-12."),
        Block(HEADING, "Supplementary notes"),
        Block(TEXT, "The supplementary notes describe the screen in more detail and list every guide."),
    ]
    doc = blocks_to_document(blocks, SOURCE)
    assert len(doc.references) == 1
    assert doc.sections[-1].title == "Supplementary notes"
