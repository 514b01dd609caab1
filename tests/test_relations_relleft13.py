"""Classes left by session 12 (issue 9, session 13, relleft13), one test per class, on sentences written for
these tests: bare effects as a flip verb's object, no-change predicates after an outcome, mutant genes as
regulators, antibody drugs named with their target, radiation outcomes phrased as cell survival."""

from __future__ import annotations

import pytest
from test_relations_generalize import R, S, outcomes


@pytest.mark.parametrize(("text", "expected"), [
    ("FOXO3 antagonized the effect of cisplatin in ovarian cancer cells.", ("FOXO3", R, "cisplatin")),
    ("BNIP3 counteracted the effects of doxorubicin in breast cancer cells.", ("BNIP3", R, "doxorubicin")),
    ("PINK1 blunted the effect of sorafenib in hepatocellular carcinoma cells.", ("PINK1", R, "sorafenib")),
    ("Parkin abrogated gemcitabine's effect in pancreatic cancer cells.", ("PRKN", R, "gemcitabine")),
    ("Overexpression of BNIP3 counteracted the effect of temozolomide on glioma cells.", ("BNIP3", R, "temozolomide")),
    ("PINK1 knockdown blunted the effect of cisplatin.", ("PINK1", S, "cisplatin")),
])
def test_flip_verb_with_a_bare_effect_of_a_drug(text, expected, nlp):
    assert outcomes(text, nlp) == {expected}


@pytest.mark.parametrize("text", [
    "PINK1 knockdown antagonized the effect of cisplatin on mitophagy.",  # the effect's own object: no efficacy
    "The effect of cisplatin was studied in PINK1-deficient cells.",  # no flip verb
    "PINK1 silencing abolished the protective effect of urolithin A against cisplatin.",  # not bare
])
def test_bare_effect_without_a_flip_or_with_its_own_object_gives_no_outcome(text, nlp):
    assert outcomes(text, nlp) == set()


@pytest.mark.parametrize("text", [
    "Cisplatin cytotoxicity was unchanged after PINK1 silencing.",
    "Doxorubicin cytotoxicity was unaffected by BNIP3 knockdown in breast cancer cells.",
    "The cytotoxicity of paclitaxel remained similar after FUNDC1 knockdown.",
    "In PINK1-depleted cells, cisplatin sensitivity was not significantly altered.",
    "The IC50 of sorafenib was comparable in control and PHB2-silenced cells.",
])
def test_no_change_predicate_after_the_outcome_gives_no_record(text, nlp):
    assert outcomes(text, nlp) == set()


def test_no_change_of_a_second_outcome_leaves_the_first(nlp):
    for text in ("PINK1 knockdown increased cisplatin cytotoxicity, whereas oxaliplatin cytotoxicity was unchanged.",
                 "PINK1 knockdown increased cisplatin cytotoxicity but oxaliplatin cytotoxicity remained unchanged.",
                 "PINK1 knockdown sensitized cells to cisplatin, and BNIP3 levels were unchanged."):
        assert outcomes(text, nlp) == {("PINK1", R, "cisplatin")}, text
