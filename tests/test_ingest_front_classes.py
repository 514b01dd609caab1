"""Front matter of bare title + abstract texts (PubMed-style exports): two classes of input that were lost."""

from __future__ import annotations

from pipeline.document import Source
from pipeline.ingest import ingest_text

SOURCE = Source(path="mem.txt", format="text", sha256="0" * 64)

ABSTRACT = (
    "Ovarian cancer is often diagnosed late and platinum resistance develops in most patients after an initial "
    "response. Mitochondrial quality control is one route by which tumour cells survive genotoxic stress. We "
    "report that silencing of the receptor FUNDC1 lowered the survival of resistant ovarian cancer cells under "
    "carboplatin and that mitophagy flux was higher in the resistant lines than in their parental lines."
)


def test_first_line_title_ending_in_a_period_is_the_title():
    doc = ingest_text(f"Silencing of FUNDC1 restores carboplatin sensitivity in ovarian cancer.\n\n{ABSTRACT}\n", SOURCE)
    assert doc.title == "Silencing of FUNDC1 restores carboplatin sensitivity in ovarian cancer."
    assert doc.abstract.startswith("Ovarian cancer is often diagnosed late")


def test_first_line_of_two_sentences_is_no_title():
    text = f"Mitophagy matters. It protects cells from drugs in many tumour types we studied.\n\n{ABSTRACT}\n"
    doc = ingest_text(text, SOURCE)
    assert doc.title == ""


def test_abstract_ending_with_a_journal_and_doi_line_keeps_its_prose():
    tail = " Journal of Tumour Biology advance online publication, 3 March 2021; doi:10.1000/jtb.2021.12."
    doc = ingest_text(f"FUNDC1 and platinum resistance in ovarian cancer\n\n{ABSTRACT}{tail}\n", SOURCE)
    assert doc.title == "FUNDC1 and platinum resistance in ovarian cancer"
    assert doc.abstract == ABSTRACT
    assert "doi" not in doc.abstract


def test_abstract_ending_with_a_copyright_line_keeps_its_prose():
    doc = ingest_text(f"FUNDC1 and platinum resistance in ovarian cancer\n\n{ABSTRACT} © 2021 The Authors.\n", SOURCE)
    assert doc.abstract == ABSTRACT
