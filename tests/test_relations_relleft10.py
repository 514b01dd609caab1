"""Relation classes of issue 9, session 11, branch relleft10: a manipulation combined with a drug that shrinks
tumours (``comparisons.py``), the named effect of a manipulation (``the benefit of X loss``, ``effect_of.py``),
the ``by`` agent of a passive outcome verb (``passive_agents.py``), absent and direction-less links and inverse
correlation (``link_words.py``), and a flip verb of an earlier conjunct (``polarity.outcome_polarity``).

Every sentence here was written for these tests (invented findings, real gene and drug names); none is copied
from a development text.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import IND, INH, R, S, check, outcomes, triples


# -- a manipulation combined with a drug shrinks tumours ---------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Combining ATG7 knockdown with gemcitabine strongly reduced tumour growth in mice.", ("ATG7", R, "gemcitabine")),
    ("A siRNA against FUNDC1 combined with oxaliplatin decreased xenograft weight by 40%.",
     ("FUNDC1", R, "oxaliplatin")),
    ("Rats given docetaxel plus the BNIP3 shRNA had smaller tumours than rats given docetaxel alone.",
     ("BNIP3", R, "docetaxel")),
    ("MFN2 overexpression in combination with paclitaxel suppressed the growth of A549 xenografts.",
     ("MFN2", S, "paclitaxel")),
])
def test_manipulation_combined_with_drug_shrinks_tumours(text, expected, nlp):
    check(text, [expected], nlp)


def test_combined_drug_is_no_agent_of_the_manipulated_regulator(nlp):
    got = triples("Combining ATG7 knockdown with gemcitabine strongly reduced tumour growth in mice.", nlp)
    assert ("ATG7", INH, "gemcitabine") not in got and ("ATG7", IND, "gemcitabine") not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("Combining temozolomide with the mitophagy inhibitor liensinine reduced tumour volume.",
     ("mitophagy", R, "temozolomide")),
    ("The mitophagy inhibitor Mdivi-1 delayed tumour growth when combined with irinotecan.",
     ("mitophagy", R, "irinotecan")),
])
def test_mitophagy_tool_combined_with_drug_shrinks_tumours(text, expected, nlp):
    check(text, [expected], nlp, absent=[("mitophagy", S, expected[2])])


def test_tool_of_an_earlier_clause_gives_no_combination_record(nlp):
    text = ("Everolimus was found to enhance mitophagy in renal cells, and combining sunitinib with the mitophagy "
            "inhibitor Mdivi-1 reduced xenograft growth.")
    got = triples(text, nlp)
    assert ("mitophagy", R, "sunitinib") in got
    assert ("mitophagy", S, "mdivi-1") not in got and ("mitophagy", S, "sunitinib") not in got


@pytest.mark.parametrize("text", [
    "Combining ATG7 knockdown with gemcitabine did not reduce tumour growth in mice.",
    "Combining ATG7 knockdown with gemcitabine changed the expression of tumour markers.",
    "ATG7 knockdown reduced tumour growth, and gemcitabine was given weekly.",
])
def test_no_combination_record_without_reduction_or_when_negated(text, nlp):
    assert ("ATG7", R, "gemcitabine") not in triples(text, nlp)


# -- the named effect of a manipulation -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Loss of cGAS abolished the benefit of ULK1 deletion during anti-PD-1 therapy.", ("ULK1", R, "immunotherapy")),
    ("IRF3 knockout abrogated the benefit of Bnip3l loss during cisplatin treatment.", ("BNIP3L", R, "cisplatin")),
    ("Overexpression of PRKN abrogated the chemosensitizing effect of FUNDC1 knockdown.",
     ("FUNDC1", R, "chemotherapy")),
    ("A miR-137 mimic reproduced the sensitizing effect of ATG5 silencing on paclitaxel.", ("ATG5", R, "paclitaxel")),
    ("ATG7 knockdown abolished the protective effect of PGAM5 overexpression against sorafenib in hepatocellular carcinoma cells.",
     ("PGAM5", R, "sorafenib")),
])
def test_named_effect_of_a_manipulation(text, expected, nlp):
    check(text, [expected], nlp, absent=[(expected[0], S if expected[1] == R else R, expected[2])])


def test_named_effect_of_an_unchanged_regulator_gives_no_record_of_it(nlp):
    got = triples("Loss of cGAS abolished the benefit of ULK1 during anti-PD-1 therapy.", nlp)
    assert all(r != "ULK1" for r, _, _ in got)


# -- the `by` agent of a passive outcome verb ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Erlotinib-resistant cells could be resensitized by ULK1 silencing.", ("ULK1", R, "erlotinib")),
    ("Gefitinib-resistant cells showed high BNIP3L and were resensitized by BNIP3L knockdown.",
     ("BNIP3L", R, "gefitinib")),
    ("Temozolomide-resistant cells were sensitized to temozolomide by PINK1 depletion.",
     ("PINK1", R, "temozolomide")),
    ("Glioma cells were sensitized to temozolomide by MFN2 overexpression.", ("MFN2", S, "temozolomide")),
])
def test_passive_agent_of_a_sensitizing_verb(text, expected, nlp):
    check(text, [expected], nlp, absent=[(expected[0], S if expected[1] == R else R, expected[2])])


def test_passive_agent_needs_one_therapy(nlp):
    got = outcomes("Erlotinib- and cisplatin-resistant cells could be resensitized by ULK1 silencing.", nlp)
    assert ("ULK1", S, "erlotinib") not in got and ("ULK1", S, "cisplatin") not in got


# -- absent and direction-less links, inverse correlation -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sorafenib resistance in these cells arose independently of BNIP3.",
    "KRAS mutation drives gefitinib resistance independently of mitophagy.",
])
def test_independently_of_x_gives_no_record_of_x(text, nlp):
    got = outcomes(text, nlp)
    assert all(r not in ("BNIP3", "mitophagy") for r, _, _ in got)


def test_involves_bare_regulator_states_no_direction(nlp):
    assert outcomes("Hence, resistance to lapatinib in this model involves FUNDC1 but not PHB2.", nlp) == set()


def test_involves_regulator_with_change_word_keeps_its_direction(nlp):
    check("Resistance to lapatinib involves loss of FKBP8.", [("FKBP8", S, "lapatinib")], nlp)


@pytest.mark.parametrize(("text", "expected"), [
    ("PHB2 protein correlated inversely with sensitivity to lenvatinib (r = -0.52).", ("PHB2", R, "lenvatinib")),
    ("FUNDC1 levels were negatively correlated with the response to sorafenib.", ("FUNDC1", R, "sorafenib")),
    ("ULK1 expression was inversely correlated with resistance to venetoclax.", ("ULK1", S, "venetoclax")),
    ("BNIP3 expression was positively correlated with temozolomide resistance.", ("BNIP3", R, "temozolomide")),
])
def test_inverse_correlation_flips_direction(text, expected, nlp):
    check(text, [expected], nlp, absent=[(expected[0], S if expected[1] == R else R, expected[2])])


# -- a flip verb of an earlier conjunct does not reach an outcome that opens with its own verb ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("ULK1 knockdown lowered mitochondrial mass and prolonged survival of cisplatin-treated mice.",
     ("ULK1", R, "cisplatin")),
    ("Overexpression of PRKN in CAR-T cells restored mitophagy, reduced ROS and prolonged survival of mice bearing "
     "lymphoma.", ("PRKN", S, "car-t cell therapy")),
])
def test_flip_verb_of_an_earlier_conjunct(text, expected, nlp):
    check(text, [expected], nlp, absent=[(expected[0], S if expected[1] == R else R, expected[2])])


def test_flip_verb_before_a_verbal_outcome_without_conjunction_still_flips(nlp):
    # host survival is the therapy working: a gain of X that reduces it says X protects the tumour
    check("PINK1 overexpression reduced survival of cisplatin-treated mice.", [("PINK1", R, "cisplatin")], nlp)


# -- a regulator a tool drug lowers shares the outcome of the drug's target ------------------------------------

@pytest.mark.parametrize(("text", "lowered", "drug", "other"), [
    ("The HIF-1α inhibitor PX-478 decreased FUNDC1 expression and acted synergistically with gemcitabine in "
     "pancreatic cancer cells.", "FUNDC1", "px-478", "gemcitabine"),
    ("The HIF-1α inhibitor PX-478 lowered BNIP3L levels and sensitized hypoxic glioma cells to temozolomide.",
     "BNIP3L", "px-478", "temozolomide"),
    ("ML385, an NRF2 inhibitor, reduced PINK1 levels and restored oxaliplatin sensitivity in colorectal cancer cells.",
     "PINK1", "ml385", "oxaliplatin"),
])
def test_regulator_lowered_by_a_tool_drug_shares_its_outcome(text, lowered, drug, other, nlp):
    check(text, [(lowered, INH, drug), (lowered, R, other)], nlp, absent=[(lowered, S, other)])


def test_regulator_lowered_with_no_outcome_in_the_sentence_gets_only_its_agent_record(nlp):
    got = triples("The HIF-1α inhibitor PX-478 decreased FUNDC1 expression in pancreatic cancer cells treated with "
                  "gemcitabine.", nlp)
    assert ("FUNDC1", R, "gemcitabine") not in got and ("FUNDC1", S, "gemcitabine") not in got


# -- "the effect of X <change> on D <outcome>" as the subject: direction from the words that follow -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The effect of ATG5 knockdown on paclitaxel sensitivity was pronounced: sensitivity was increased fourfold.",
     ("ATG5", R, "paclitaxel")),
    ("The impact of FUNDC1 silencing on lenvatinib resistance was large, with resistance reduced by two thirds.",
     ("FUNDC1", R, "lenvatinib")),
    ("However, the influence of PGAM5 depletion on sorafenib resistance was clear: depleted cells were more "
     "sensitive.", ("PGAM5", R, "sorafenib")),
    ("The effect of MFN2 overexpression on gemcitabine sensitivity was striking, with sensitivity enhanced twofold.",
     ("MFN2", S, "gemcitabine")),
])
def test_effect_on_subject_takes_direction_from_following_words(text, expected, nlp):
    check(text, [expected], nlp, absent=[(expected[0], S if expected[1] == R else R, expected[2])])


@pytest.mark.parametrize("text", [
    "The effect of ATG5 loss on paclitaxel resistance was modest but significant.",
    "We examined the effect of ATG5 knockdown on paclitaxel sensitivity in ovarian cancer cells.",
    "ATG5 knockdown had no effect on paclitaxel sensitivity in ovarian cancer cells.",
])
def test_effect_on_without_direction_aim_or_negated_gives_no_record(text, nlp):
    assert all(r != "ATG5" for r, _, _ in outcomes(text, nlp))


# -- a drug's change of X helps a co-treated drug ------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Surprisingly, ZX-12 accelerated PINK1-dependent mitophagy and depleted mitochondria, and it acted "
     "synergistically with venetoclax in leukaemia cells.", ("PINK1", S, "venetoclax")),
    ("ZX-12 enhanced FUNDC1-mediated mitophagy and sensitized colorectal cancer cells to oxaliplatin.",
     ("FUNDC1", S, "oxaliplatin")),
])
def test_drug_change_of_regulator_helps_co_treated_drug(text, expected, nlp):
    check(text, [expected], nlp, absent=[(expected[0], R, expected[2])])


def test_other_regulator_subject_takes_the_co_treated_outcome(nlp):
    got = triples("Sorafenib induced BNIP3-dependent mitophagy, and FUNDC1 knockdown sensitized liver cancer cells "
                  "to cisplatin.", nlp)
    assert ("FUNDC1", R, "cisplatin") in got
    assert ("BNIP3", S, "cisplatin") not in got and ("BNIP3", R, "cisplatin") not in got


# -- a manipulation that changes X-mediated mitophagy gives the mediator X a record -----------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Silencing circFOXO3 suppressed BNIP3L-mediated mitophagy and restored sorafenib sensitivity in liver cancer "
     "cells.", ("BNIP3L", R, "sorafenib")),
    ("Knockdown of LINC00473 impaired PINK1-mediated mitophagy and increased cisplatin-induced apoptosis in lung "
     "cancer cells.", ("PINK1", R, "cisplatin")),
    ("BNIP3 overexpression enhanced FUNDC1-dependent mitophagy and conferred resistance to sorafenib in liver "
     "cancer cells.", ("FUNDC1", R, "sorafenib")),
])
def test_manipulation_changing_mediated_mitophagy_gives_the_mediator_a_record(text, expected, nlp):
    check(text, [expected], nlp, absent=[(expected[0], S, expected[2])])


def test_mediator_of_a_mechanism_chain_gets_no_record(nlp):
    got = triples("Silencing of ATG5 reduced PINK1-mediated mitophagy, thereby sensitizing lung cancer cells to "
                  "cisplatin.", nlp)
    assert ("ATG5", R, "cisplatin") in got and all(r != "PINK1" for r, e, _ in got if e in (R, S))


# -- a drug given to effector cells that improves them: the cell therapy's record, not the drug's ---------------

@pytest.mark.parametrize(("text", "expected", "tool"), [
    ("Exposure of CAR-T cells to spermidine during expansion induced BNIP3L-dependent mitophagy and enhanced their "
     "tumour control.", ("BNIP3L", S, "car-t cell therapy"), "spermidine"),
    ("Treatment of CAR-T cells with the mitophagy inducer urolithin A during expansion enhanced their cytotoxicity "
     "against leukaemia cells.", ("mitophagy", S, "car-t cell therapy"), "urolithin a"),
])
def test_drug_acting_in_effector_cells_helps_the_cell_therapy(text, expected, tool, nlp):
    got = triples(text, nlp)
    assert expected in got, got
    assert all(t != tool for _, e, t in got if e in (R, S))


def test_drug_acting_in_effector_cells_without_improvement_gives_no_outcome(nlp):
    got = triples("Urolithin A increased PINK1-dependent mitophagy in CAR-T cells but did not improve tumour "
                  "control.", nlp)
    assert all(e not in (R, S) for _, e, _ in got)
