"""An introduction printed with no heading (PNAS, ACS, letters) is body text with its markers,
not lost front matter; author lines with raised affiliation numbers and uncited prose stay front
matter (blocks written for the test)."""

from __future__ import annotations

from pipeline.document import Source
from pipeline.ingest.assemble import blocks_to_document
from pipeline.ingest.blocks import HEADING, TEXT, Block

SOURCE = Source(path="unheaded.txt", format="text", sha256="2" * 64)
TITLE = Block(TEXT, "Receptor-mediated mitophagy protects melanoma cells from kinase inhibitors", role="")
AUTHORS = Block(TEXT, "Ana Berger¹, Rui Santos¹,², Vera Iyer², Lena Novak³, Omar Haddad¹,³ and Ines Moreau²")
ABSTRACT = Block(TEXT, "Melanoma cells treated with kinase inhibitors clear their damaged mitochondria and survive. "
                 "We show that the receptor pathway drives this response and that blocking it restores "
                 "killing by the drug in cultured cells and in mice.", role="abstract")
INTRO_NUMBERED = ("Damaged mitochondria are removed by selective autophagy, a process that depends on "
                  "receptors at the outer membrane and on the kinase that marks them for capture (1, 2). "
                  "In tumours the same machinery is thought to support survival under drug treatment, "
                  "although how much it matters in melanoma has been debated for a decade (3).")
INTRO_RAISED = ("Damaged mitochondria are removed by selective autophagy, a process that depends on "
                "receptors at the outer membrane and on the kinase that marks them for capture.¹,² "
                "In tumours the same machinery is thought to support survival under drug treatment, "
                "although how much it matters in melanoma has been debated for a decade.³")
UNCITED = ("Damaged mitochondria are removed by selective autophagy, a process that depends on "
           "receptors at the outer membrane and on the kinase that marks them for capture, and in "
           "tumours the same machinery is thought to support survival under drug treatment, although "
           "how much it matters in melanoma has been debated.")
RESULTS = [Block(HEADING, "Results"), Block(TEXT, "Knock-down of the receptor sensitised the cells (3).")]
NUMBERED_LIST = [
    Block(HEADING, "References"),
    Block(TEXT, "1. Okafor CN, Lee J. Mitochondrial fission in melanoma. Nat Cell Biol. 2021;23:415-427."),
    Block(TEXT, "2. Lindqvist P. Receptor control of mitophagy. Mol Cell. 2020;78:100-110."),
    Block(TEXT, "3. Moreau A. Autophagy in leukemia. Blood. 2017;130:55-66."),
]


def _cited(doc) -> set[int]:
    return {n for c in doc.citations for n in c.numbers}


def test_unheaded_introduction_with_bracketed_markers_is_body():
    doc = blocks_to_document([TITLE, AUTHORS, ABSTRACT, Block(TEXT, INTRO_NUMBERED)] + RESULTS + NUMBERED_LIST, SOURCE)
    assert doc.sections[0].title == "Introduction"
    assert doc.sections[0].paragraphs[0].text == INTRO_NUMBERED
    assert _cited(doc) == {1, 2, 3}
    assert doc.abstract.startswith("Melanoma cells treated")


def test_unheaded_introduction_with_raised_markers_is_body():
    doc = blocks_to_document([TITLE, AUTHORS, ABSTRACT, Block(TEXT, INTRO_RAISED)] + RESULTS + NUMBERED_LIST, SOURCE)
    assert [s.title for s in doc.sections][:2] == ["Introduction", "Results"]
    assert _cited(doc) == {1, 2, 3}
    # the author line's raised affiliation numbers are no citations
    assert all(c.section != "" for c in doc.citations)
    assert not any("Berger" in p.text for s in doc.sections for p in s.paragraphs)


def test_uncited_front_prose_stays_front_matter():
    doc = blocks_to_document([TITLE, AUTHORS, ABSTRACT, Block(TEXT, UNCITED)] + RESULTS + NUMBERED_LIST, SOURCE)
    assert [s.title for s in doc.sections] == ["Results", "References"]


def test_unheaded_introduction_in_an_author_year_paper():
    intro = ("Damaged mitochondria are removed by selective autophagy, a process that depends on receptors "
             "at the outer membrane and on the kinase that marks them for capture (Okafor and Lee, 2021). "
             "In tumours the same machinery is thought to support survival under drug treatment, although "
             "how much it matters in melanoma has been debated for a decade (Moreau, 2017).")
    refs = [
        Block(HEADING, "References"),
        Block(TEXT, "Moreau, A. (2017). Autophagy in leukemia. Blood 130, 55-66."),
        Block(TEXT, "Okafor, C.N., and Lee, J. (2021). Mitochondrial fission in melanoma. Nat. Cell Biol. 23, 415-427."),
    ]
    doc = blocks_to_document([TITLE, ABSTRACT, Block(TEXT, intro), Block(HEADING, "Results"),
                              Block(TEXT, "The receptor was needed (Okafor and Lee, 2021).")] + refs, SOURCE)
    assert doc.sections[0].title == "Introduction"
    assert _cited(doc) == {1, 2}


def test_markers_of_an_introduction_read_into_the_abstract_are_kept():
    # the reader marked the introduction as the abstract: its markers still count
    abstract = Block(TEXT, INTRO_NUMBERED, role="abstract")
    doc = blocks_to_document([TITLE, abstract] + RESULTS + NUMBERED_LIST, SOURCE)
    assert {n for c in doc.citations if c.section == "abstract" for n in c.numbers} == {1, 2, 3}


INTRO_NAMING_PLACES = ("Drug-tolerant melanoma is a growing clinical concern in the United States and Europe, "
                       "where most patients on kinase inhibitors relapse within two years (1). Damaged "
                       "mitochondria in these cells are removed by selective autophagy, a process that depends "
                       "on receptors at the outer membrane and on the kinase that marks them for capture (2). "
                       "The same machinery is thought to support survival under drug treatment, although how "
                       "much it matters in melanoma has been debated for a decade by groups at several "
                       "universities, and in the hospital, where the drug is given (3).")
AFFILIATION_CITING = Block(TEXT, "Department of Pathology, University Hospital of the North, Tromsø, Norway, "
                           "where the cohort of patients described in the study was recruited and treated over the "
                           "decade before the analysis (1).")


def test_long_unheaded_introduction_naming_a_country_is_body():
    # ASM-style first page: the introduction names countries and hospitals, which alone reads
    # like an affiliation; a long prose block that cites the list is body text all the same
    doc = blocks_to_document([TITLE, AUTHORS, ABSTRACT, Block(TEXT, INTRO_NAMING_PLACES)] + RESULTS + NUMBERED_LIST,
                             SOURCE)
    assert doc.sections[0].title == "Introduction"
    assert doc.sections[0].paragraphs[0].text == INTRO_NAMING_PLACES
    assert _cited(doc) == {1, 2, 3}


def test_short_affiliation_block_with_a_marker_stays_front_matter():
    doc = blocks_to_document([TITLE, AUTHORS, ABSTRACT, AFFILIATION_CITING] + RESULTS + NUMBERED_LIST, SOURCE)
    assert doc.sections[0].title == "Results"

def test_added_introduction_section_is_flagged_and_not_scored_as_a_printed_heading():
    """The assembler names the unheaded introduction for records, says so in the warnings, and the PDF
    bench scores only printed headings (the gold lists what the page prints)."""
    import importlib.util
    import sys
    from pathlib import Path

    from pipeline.ingest.unheaded_intro import ADDED_WARNING

    doc = blocks_to_document([TITLE, AUTHORS, ABSTRACT, Block(TEXT, INTRO_NUMBERED)] + RESULTS + NUMBERED_LIST, SOURCE)
    assert doc.sections[0].title == "Introduction" and ADDED_WARNING in doc.warnings
    spec = importlib.util.spec_from_file_location("pdf_bench_intro", Path(__file__).resolve().parent.parent / "benchmarks" / "pdf_bench.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    fig = bench.PdfFigures(pdf="x.pdf", split="tune")
    bench.score_against_gold(fig, doc, {"title": TITLE.text, "headings": [{"text": "Results", "level": 1}, {"text": "References", "level": 1}]})
    assert fig.extra_headings == [] and fig.heading_f1 == 1.0
    printed = blocks_to_document([TITLE, AUTHORS, ABSTRACT, Block(HEADING, "Introduction"), Block(TEXT, INTRO_NUMBERED)]
                                 + RESULTS + NUMBERED_LIST, SOURCE)
    assert ADDED_WARNING not in printed.warnings  # a printed Introduction heading is scored as usual
