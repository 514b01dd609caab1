"""Radiation doses written as the therapy (issue 9, session 8, branch rel3).

Every sentence here was written for these tests (invented findings, real gene names); none is copied from a
development text.
"""

from __future__ import annotations

import pytest
from test_relations_fixtures import one_paragraph_document
from test_relations_generalize import R, check

from pipeline.relations.arguments import doc_to_mentions
from pipeline.relations.doses import may_name_dose
from pipeline.relations.extract import extract_records
from pipeline.relations.triggers import load_lexicon


def _dose_therapies(text, nlp):
    doc = nlp(text)
    return [(m.text, m.therapy_id) for m in doc_to_mentions(doc, load_lexicon()) if m.kind == "THER"]


# -- a dose after an outcome's preposition is the radiotherapy ----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Knockdown of PINK1 sensitized glioblastoma cells to 6 Gy.", ("PINK1", R, "radiotherapy")),
    ("Silencing of BNIP3 increased apoptosis of cervical cancer cells after 8 Gy of X-rays.",
     ("BNIP3", R, "radiotherapy")),
    ("FUNDC1 overexpression protected lung cancer cells from 10 Gy.", ("FUNDC1", R, "radiotherapy")),
    ("Loss of PRKN enhanced the response of breast cancer cells to 2 Gy fractions.", ("PRKN", R, "radiotherapy")),
    ("Depletion of BNIP3L sensitized colorectal cancer cells to 400 cGy.", ("BNIP3L", R, "radiotherapy")),
    ("PINK1-deficient nasopharyngeal carcinoma cells were more sensitive to 4Gy.", ("PINK1", R, "radiotherapy")),
])
def test_dose_after_outcome_preposition_is_radiotherapy(text, expected, nlp):
    check(text, [expected], nlp)


@pytest.mark.parametrize(("text", "written"), [
    ("Knockdown of PINK1 sensitized glioma cells to 6 Gy.", "6 Gy"),
    ("BNIP3 loss raised cell death after 8 Gy of X-rays in glioma cells.", "8 Gy of X-rays"),
    ("PRKN loss enhanced the response of glioma cells to 2 Gy fractions.", "2 Gy fractions"),
    ("Knockdown of PINK1 sensitized glioma cells to 600 cGy.", "600 cGy"),
])
def test_dose_therapy_is_named_as_written(text, written, nlp):
    assert (written, "radiotherapy") in _dose_therapies(text, nlp)
    therapies = {r.therapy for r in extract_records(one_paragraph_document(text), nlp=nlp)}
    assert written in therapies, therapies


def test_dose_before_a_tagged_therapy_word_keeps_that_mention(nlp):
    # "4 Gy irradiation": the NER's "irradiation" names the therapy; no second mention over the dose
    therapies = _dose_therapies("FUNDC1-deficient glioma cells were resistant to 4 Gy irradiation.", nlp)
    assert therapies == [("irradiation", "radiotherapy")]


def test_dose_after_a_plain_verb_gives_no_mention(nlp):
    # "received 6 Gy": no outcome preposition before the dose, so no therapy reading
    assert _dose_therapies("Cells received 6 Gy and were harvested 24 h later for BNIP3 staining.", nlp) == []


@pytest.mark.parametrize("text", [
    "A dose of 6 Gy was delivered at 2 Gy per minute and PINK1 levels were measured.",
    "Cells received 6 Gy and were harvested 24 h later for BNIP3 staining.",
])
def test_dose_in_methods_text_gives_no_record(text, nlp):
    assert not extract_records(one_paragraph_document(text), nlp=nlp)


@pytest.mark.parametrize(("part", "expected"), [
    ("Biology and energy strategy.", False),
    ("Cells got 6 Gy.", True),
    ("A 2-Gy dose.", True),
    ("200cGy.", True),
    ("The 6 Gyr old stars.", False),
])
def test_dose_text_check_needs_number_and_unit(part, expected):
    text = "Intro. " + part + " End."
    start = text.index(part)
    assert may_name_dose(text, start, start + len(part)) is expected
