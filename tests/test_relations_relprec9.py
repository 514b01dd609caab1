"""Relation classes of issue 9, session 9, branch relprec9: doses opening a sentence, quantities read as drugs,
genes carried by cells or xenografts, anaphoric drugs, mitophagy blocked by a genetic change.

Every sentence here was written for these tests (invented findings, real gene and drug names); none is copied
from a development text.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import IND, INH, R, S, check, triples

from pipeline.ner import load_nlp
from pipeline.relations.arguments import doc_to_mentions
from pipeline.relations.triggers import load_lexicon


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _therapies(text, nlp):
    return [(m.text, m.therapy_id) for m in doc_to_mentions(nlp(text), load_lexicon()) if m.kind == "THER"]


# -- a dose that opens the sentence is the radiotherapy ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("6 Gy induced PINK1-dependent mitophagy in glioma cells.", ("PINK1", IND, "radiotherapy")),
    ("8 Gy of X-rays triggered BNIP3-mediated mitophagy in cervical cancer cells.", ("BNIP3", IND, "radiotherapy")),
    ("A single 10 Gy dose activated FUNDC1-dependent mitophagy in lung cancer cells.", ("FUNDC1", IND, "radiotherapy")),
])
def test_dose_opening_the_sentence_is_radiotherapy(text, expected, nlp):
    check(text, [expected], nlp)


def test_dose_of_a_tagged_therapy_word_keeps_that_mention(nlp):
    # "2 Gy of irradiation": the NER's "irradiation" names the therapy, no second mention over the dose
    assert _therapies("2 Gy of irradiation induced PINK1-dependent mitophagy in glioma cells.", nlp) == [
        ("irradiation", "radiotherapy")]


def test_dose_inside_a_sentence_after_no_preposition_is_no_therapy(nlp):
    assert _therapies("Cells that received 6 Gy were lysed and PINK1 was measured.", nlp) == []


# -- a preposition and a quantity's number are no drug --------------------------------------------

@pytest.mark.parametrize("text", [
    "At 10 uM, cisplatin induced BNIP3-mediated mitophagy in lung cancer cells.",
    "At 10 µM, cisplatin induced BNIP3-mediated mitophagy in lung cancer cells.",
    "At 10 mg/kg/day, cisplatin induced BNIP3-mediated mitophagy in lung tumours.",
])
def test_preposition_and_quantity_number_is_no_drug(text, nlp):
    assert [t for _, t in _therapies(text, nlp)] == ["cisplatin"]
    assert triples(text, nlp) == {("BNIP3", IND, "cisplatin")}
