"""Relation classes of issue 9, session 13, branch relabs13, read off the tune part of
``annotations/dev/synthetic11``: British ``-ise`` / ``-isation`` spellings of lexicon forms
(``models/relations/spelling_variants.json``), tumour-growth results of regulator-state xenograft groups
(``models/relations/tumour_growth_groups.json``), a negated verb's ``or`` alternatives
(``models/relations/negated_alternatives.json``), ``argue against`` as a recommendation, ``radiosensitive`` /
``chemosensitive`` as outcome words, and a sentence opened by a Greek-letter-prefixed name (``β-catenin``).

Every sentence here was written for these tests (invented findings, real gene and drug names); none is copied
from a development text. Real NER (``pipeline.ner.load_nlp``), as on papers.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import R, S, triples

from pipeline.ingest.sentences import sentence_splitter
from pipeline.relations.spelling_variants import british, with_variants


# -- British spellings ----------------------------------------------------------------------------------------

def test_british_endings_are_derived_from_american_forms():
    assert british("radiosensitized") == "radiosensitised"
    assert british("chemosensitization") == "chemosensitisation"
    assert british("size") == "size"  # too short a stem: no rewrite
    assert with_variants(("re-sensitize", "resistance")) == ("re-sensitize", "resistance", "re-sensitise")


@pytest.mark.parametrize(("text", "expected"), [
    ("ULK2 knockdown radiosensitised cervical cancer cells in vitro.", ("ULK2", R, "radiotherapy")),
    ("miR-302b was shown to chemosensitise bladder cancer cells to cisplatin.", ("miR-302b", S, "cisplatin")),
])
def test_british_spelling_of_an_outcome_verb_is_read(text, expected, nlp):
    got = triples(text, nlp)
    assert expected in got, (text, got)


def test_radiosensitive_adjective_is_a_radiotherapy_outcome(nlp):
    got = triples("ATG3-deficient glioma cells were markedly more radiosensitive than parental cells.", nlp)
    assert ("ATG3", R, "radiotherapy") in got, got


# -- xenograft groups named by a regulator's state -------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("In nude mice, SIRT3-null tumours shrank under gemcitabine, whereas control tumours kept growing.",
     ("SIRT3", R, "gemcitabine"), ("SIRT3", S, "gemcitabine")),
    ("MFN2-depleted xenografts grew 40% more slowly under oxaliplatin than control xenografts.",
     ("MFN2", R, "oxaliplatin"), ("MFN2", S, "oxaliplatin")),
    ("Under docetaxel, BNIP3-overexpressing tumours were 2-fold larger than control tumours.",
     ("BNIP3", R, "docetaxel"), ("BNIP3", S, "docetaxel")),
])
def test_tumour_growth_of_a_regulator_state_group_gives_the_outcome(text, expected, absent, nlp):
    got = triples(text, nlp)
    assert expected in got and absent not in got, (text, got)


def test_a_state_group_that_responded_as_well_as_controls_gives_nothing(nlp):
    got = triples("PINK1-deficient xenografts responded to olaparib as well as control xenografts did.", nlp)
    assert not {t for t in got if t[0] == "PINK1"}, got


def test_a_negated_tumour_growth_gives_nothing(nlp):
    got = triples("OPTN-null tumours did not regress under carboplatin.", nlp)
    assert ("OPTN", R, "carboplatin") not in got and ("OPTN", S, "carboplatin") not in got, got


# -- a negated verb's "or" alternatives ------------------------------------------------------------------------

def test_negation_reaches_the_or_alternative(nlp):
    got = triples("SIRT1 knockdown did not alter the gemcitabine IC50 (6.2 vs 5.9 µM; p = 0.71) or "
                  "gemcitabine-induced apoptosis in pancreatic cancer cells.", nlp)
    assert not {t for t in got if t[0] == "SIRT1"}, got


def test_a_contrast_after_the_negation_keeps_the_later_finding(nlp):
    got = triples("SIRT1 knockdown did not alter proliferation, but it increased gemcitabine-induced apoptosis "
                  "in pancreatic cancer cells.", nlp)
    assert ("SIRT1", R, "gemcitabine") in got, got


# -- "argue against" -------------------------------------------------------------------------------------------

def test_argue_against_is_a_recommendation(nlp):
    got = triples("Our findings argue against inhibiting mitophagy to prevent erlotinib tolerance.", nlp)
    assert not got, got


# -- sentences opened by a Greek-letter-prefixed name ----------------------------------------------------------

def test_a_sentence_may_open_with_a_greek_letter_prefixed_name():
    doc = sentence_splitter()("Tumour growth was slowed. β-catenin silencing restored sensitivity. "
                              "γ-secretase was inhibited (vs. α-tubulin).")
    assert [s.text for s in doc.sents] == ["Tumour growth was slowed.", "β-catenin silencing restored sensitivity.",
                                           "γ-secretase was inhibited (vs. α-tubulin)."]


# -- cohort groups with a site word between the level and the name; time-to-event outcomes -------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("In a cohort of 90 patients treated with cisplatin, high tumour ULK1 was associated with shorter time to "
     "progression.", ("ULK1", R, "cisplatin")),
    ("Among 64 patients given docetaxel, high nuclear YAP1 was associated with shorter time to recurrence.",
     ("YAP1", R, "docetaxel")),
])
def test_level_group_with_a_site_word_and_a_time_to_event_outcome(text, expected, nlp):
    got = triples(text, nlp)
    assert expected in got, (text, got)


# -- a drug given with a modality ------------------------------------------------------------------------------

def test_a_modality_coordinated_with_the_fallback_drug_is_kept(nlp):
    got = triples("ATG3 knockdown increased apoptosis after carboplatin plus irradiation in lung cancer cells.", nlp)
    assert {("ATG3", R, "carboplatin"), ("ATG3", R, "radiotherapy")} <= got, got


def test_an_outcome_word_of_a_drug_keeps_the_drug_only(nlp):
    got = triples("ATG3 knockdown increased carboplatin-induced radiosensitivity of lung cancer cells.", nlp)
    assert ("ATG3", R, "carboplatin") in got, got
