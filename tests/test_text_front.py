"""Plain text papers with no Abstract label: the abstract and an unheaded body (pipeline/ingest/text_front.py)."""

from __future__ import annotations

from pipeline.document import Source
from pipeline.ingest import ingest_text
from pipeline.ingest.text_front import TITLE


def _doc(text: str):
    return ingest_text(text, Source(path="paper.txt", format="text", sha256="0" * 64))


def test_short_pubmed_abstract_is_the_abstract():
    doc = _doc("A rare reaction to a common drug\n\nWe report a patient in whom the drug caused a rash. "
               "This is the first report of such a reaction.\n")
    assert doc.title == "A rare reaction to a common drug"
    assert doc.abstract.startswith("We report a patient") and doc.abstract.endswith("such a reaction.")
    assert not doc.warnings


def test_abstract_whose_prose_says_correspondence_is_kept():
    abstract = ("Mice of six strains were treated with the drug and monitored for twenty minutes. " * 4
                + "Recordings showed a close correspondence between electrical activity and behaviour.")
    doc = _doc(f"Strain differences in drug sensitivity\n\n{abstract}\n")
    assert doc.abstract == abstract


def test_unheaded_paragraphs_after_the_abstract_become_a_body_section():
    doc = _doc(
        "PINK1 and cisplatin in ovarian cancer\n\n"
        "Mitophagy removes damaged mitochondria and supports tumour cells under treatment stress.\n\n"
        "Knockdown of PINK1 sensitized ovarian cancer cells to cisplatin (1).\n\n"
        "References\n\n1. Smith J. A study of PINK1. Cell 2020;1:1-2.\n"
    )
    assert doc.abstract.startswith("Mitophagy removes")
    body = [s for s in doc.sections if s.kind == "body"]
    assert [s.title for s in body] == [TITLE]
    assert body[0].paragraphs[0].text.startswith("Knockdown of PINK1")
    assert any(1 in c.numbers for c in doc.citations)


def test_structured_abstract_parts_in_paragraphs_stay_one_abstract():
    doc = _doc(
        "A trial of a drug\n\nBackground: Resistance to the drug limits its use in patients.\n\n"
        "Methods: We treated cells with the drug for three days.\n\n"
        "Results: Loss of the gene restored sensitivity to the drug.\n"
    )
    assert doc.abstract.startswith("Background:") and "Results: Loss of the gene" in doc.abstract
    assert not [s for s in doc.sections if s.kind == "body"]


def test_labelled_abstract_and_front_labels_are_left_to_the_front_matter_reader():
    labelled = _doc("A title of a paper\n\nAbstract\n\nShort text of the abstract here, about a drug.\n\n"
                    "Another paragraph that is not part of it and has no heading above.\n")
    assert labelled.abstract == "Short text of the abstract here, about a drug."
    long_abstract = "The abstract paragraph of this paper says more about the drug and the cells it kills. " * 4
    highlights = _doc(f"A title of a paper\n\nHighlights\n\nThe drug kills cells in culture and in mice.\n\n{long_abstract}\n")
    assert highlights.abstract == long_abstract.strip()
    assert [b["label"] for b in highlights.front_matter] == ["Highlights"]


def test_markers_of_a_plain_text_abstract_without_reference_list_are_read():
    # an abstract (or an introduction saved as one) with its markers but no reference list
    doc = _doc("PINK1 and cisplatin\n\nKnockdown of PINK1 sensitized ovarian cancer cells to cisplatin [6] [7] [8]. "
               "We found that (1) PINK1 is raised and (2) BNIP3 falls in resistant cells.\n")
    assert not doc.references
    assert sorted(n for c in doc.citations if c.section == "abstract" for n in c.numbers) == [6, 7, 8]

