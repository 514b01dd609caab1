"""Citations of a finding: own clause, attached marker, passage neighbour (spec rule 4); cancer type."""

from __future__ import annotations

import spacy
from test_relations_fixtures import one_paragraph_document, relations_nlp

from pipeline.relations import extract_records
from pipeline.relations.citations import Marker, clause_citations, neighbour_order, passage_citations


def _cites(text, markers):
    records = extract_records(one_paragraph_document(text, markers), nlp=relations_nlp())
    return {(r.regulator_ids, r.therapy_id): r.citations for r in records}


def test_markers_of_the_clause_not_of_the_sentence():
    text = "SIRT3 confers resistance to oxaliplatin (3), whereas miR-137 sensitizes cells to paclitaxel (4)."
    got = _cites(text, [("(3)", [3]), ("(4)", [4])])
    assert got == {(("SIRT3",), "oxaliplatin"): (3,), (("miR-137",), "paclitaxel"): (4,)}


def test_marker_attached_to_the_regulator_wins_inside_a_clause():
    text = "Blocking the PINK1/Parkin axis (7) or silencing ULK1 (8) restores radiosensitivity."
    got = _cites(text, [("(7)", [7]), ("(8)", [8])])
    assert got == {(("PINK1", "PRKN"), "radiotherapy"): (7,), (("ULK1",), "radiotherapy"): (8,)}


def test_sentence_without_marker_takes_the_next_sentence_that_closes_the_passage():
    text = "Loss of PHB2 restored sensitivity to gemcitabine. This required BNIP3-mediated mitophagy (11, 12)."
    assert _cites(text, [("(11, 12)", [11, 12])]) == {(("PHB2",), "gemcitabine"): (11, 12)}


def test_sentence_without_marker_falls_back_to_the_previous_one():
    text = "YAP1 is high in glioma (5). Knockdown of YAP1 resensitized cells to erlotinib. Other work differs."
    assert _cites(text, [("(5)", [5])]) == {(("YAP1",), "erlotinib"): (5,)}


def test_cancer_type_from_the_sentence_else_the_passage():
    text = "In gastric cancer, SIRT3 is abundant (2). Loss of SIRT3 restored sensitivity to oxaliplatin (3)."
    records = extract_records(one_paragraph_document(text, [("(2)", [2]), ("(3)", [3])]), nlp=relations_nlp())
    assert {r.cancer_type for r in records} == {"gastric cancer"}


def test_pure_helpers():
    markers = [Marker("(1)", 10, 13, (1,)), Marker("(2)", 30, 33, (2,))]
    assert clause_citations(markers, (0, 20), [], "x" * 40, 12) == (1,)
    assert clause_citations(markers, (14, 25), [], "x" * 40, 12) == (2,)  # nearest marker after the clause
    assert clause_citations([], (0, 20), [], "", 12) == ()
    assert neighbour_order(1, 4) == [2, 0, 3]
    assert passage_citations(1, [(4,), (), (9,)], [{"a"}, {"b"}, {"c"}], {"a"}) == (4,)
    assert passage_citations(1, [(4,), (), (9,)], [set(), set(), set()], {"a"}) == (9,)


def test_abbreviations_come_from_the_documents_own_pass():
    """Long forms defined in one paragraph name the cancer of a bare short form in another."""
    import pipeline.ner.abbreviations  # noqa: F401  (registers mitominer_abbreviations)
    from pipeline.annotate import annotate

    nlp = spacy.blank("en")
    nlp.add_pipe("mitominer_abbreviations")
    found = annotate(one_paragraph_document("In non-small cell lung cancer (NSCLC) and renal cell carcinoma (RCC), we saw it."),
                     nlp).abbreviations()
    assert found == {"NSCLC": "non-small cell lung cancer", "RCC": "renal cell carcinoma"}


def test_cancer_of_the_passage_stops_at_an_earlier_passage():
    from pipeline.relations.cancer import passage_cancer

    cancers = [["glioma"], [], [], []]
    numbers = [(1,), (), (2,), ()]
    assert passage_cancer(1, cancers, numbers) == ["glioma"]  # continues sentence 0's passage
    assert passage_cancer(2, cancers, numbers) == ["glioma"]  # closes that passage
    assert passage_cancer(3, cancers, numbers) == ["glioma"]  # borrows sentence 2's markers
    assert passage_cancer(3, cancers, [(1,), (), (2,), (3,)]) == []  # a new passage
