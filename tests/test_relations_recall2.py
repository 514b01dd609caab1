"""Recall classes of issue 9 (session 7, branch relrecall2), found on the tune part of the synthetic3 set.

Every sentence here was written for these tests (invented findings, real names); none is copied from a
development text.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import IND, INH, R, S, check

from pipeline.ingest.sentences import text_to_sentences


# -- therapies ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a named drug qualifying a modality is the therapy; a class qualifying it stays the modality
    ("Low FUNDC1 expression was associated with poor response to gemcitabine-based chemotherapy in pancreatic cancer.",
     ("FUNDC1", S, "gemcitabine"), ("FUNDC1", S, "chemotherapy")),
    ("High BNIP3 expression was associated with poor response to platinum-based chemotherapy in lung cancer.",
     ("BNIP3", R, "chemotherapy"), ()),
])
def test_drug_based_chemotherapy_names_the_drug(text, expected, absent, nlp):
    check(text, [expected], nlp, absent=[absent] if absent else [])


def test_repeated_preposition_coordinates_two_drugs(nlp):
    check("ULK1 depletion restored the sensitivity of resistant cells to docetaxel and to cabazitaxel.",
          [("ULK1", R, "docetaxel"), ("ULK1", R, "cabazitaxel")], nlp)


def test_hyphenated_drug_pair_names_both_drugs(nlp):
    check("BNIP3 was elevated in biopsies of tumours that progressed after gemcitabine-cisplatin.",
          [("BNIP3", R, "gemcitabine"), ("BNIP3", R, "cisplatin")], nlp)


def test_metal_complex_is_not_a_drug_pair(nlp):
    ents = {(e.text, e.label_) for e in nlp("Copper-phenanthroline killed the cells.").ents}
    assert ("Copper-phenanthroline", "CHEMICAL") in ents or ("copper-phenanthroline", "CHEMICAL") in {
        (t.lower(), lab) for t, lab in ents}


# -- outcome words --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("PINK1 limits the antitumour effect of sunitinib in renal cancer.", ("PINK1", R, "sunitinib")),
    ("Loss of PHB2 blunted the anti-tumour activity of olaparib in ovarian cancer cells.", ("PHB2", S, "olaparib")),
    ("Silencing of BNIP3 reduced the number of erlotinib persisters in lung cancer cells.", ("BNIP3", R, "erlotinib")),
])
def test_british_spellings_and_persisters(text, expected, nlp):
    check(text, [expected], nlp)


def test_a_flip_word_with_its_own_object_does_not_flip_the_outcome(nlp):
    # "eliminated" has its object ("persister cells"); "enhanced the efficacy" is the outcome
    check("Deletion of PINK1 eliminated the residual cells and enhanced the efficacy of gefitinib in xenografts.",
          [("PINK1", R, "gefitinib")], nlp, absent=[("PINK1", S, "gefitinib")])


def test_post_nominal_loss_belongs_to_the_name_before_it(nlp):
    check("Mechanisms of docetaxel resistance include BAX loss and activation of AKT1 signalling.",
          [("BAX", S, "docetaxel"), ("AKT1", R, "docetaxel")], nlp)


# -- knockdown tools written into the gene's name ----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("shFUNDC1 lowered mitophagic flux and reversed lenvatinib resistance in liver cancer cells.",
     ("FUNDC1", R, "lenvatinib")),
    ("siPARK2 abolished oxaliplatin-induced mitophagy and increased apoptosis in colon cancer cells.",
     ("PRKN", R, "oxaliplatin")),
    ("sgULK1 lung cancer cells were hypersensitive to cisplatin.", ("ULK1", R, "cisplatin")),
    ("Transfection with siRNA against BNIP3L restored sensitivity to paclitaxel.", ("BNIP3L", R, "paclitaxel")),
])
def test_rnai_and_crispr_tools_read_as_knockdown(text, expected, nlp):
    check(text, [expected], nlp)


def test_tool_prefix_needs_a_known_gene(nlp):
    assert not any(e.text in ("RNA", "shRNA") and e.label_ == "GENE_OR_PROTEIN"
                   for e in nlp("An shRNA was used.").ents)


# -- agents: coordinated subjects and conjoined verbs ----------------------------------------------------

def test_coordinated_drugs_share_the_verb(nlp):
    check("Gefitinib and afatinib activated AMPK and induced mitophagy in lung cancer cells.",
          [("AMPK", IND, "gefitinib"), ("AMPK", IND, "afatinib"), ("mitophagy", IND, "gefitinib"),
           ("mitophagy", IND, "afatinib")], nlp)


def test_activated_x_and_induced_mitophagy_gives_both(nlp):
    check("Temozolomide activated ULK1 and induced mitophagy in glioma cells.",
          [("ULK1", IND, "temozolomide"), ("mitophagy", IND, "temozolomide")], nlp)


def test_comma_joined_verbs_stay_one_claim(nlp):
    check("Everolimus inhibits mTOR, enhances mitophagy.", [("MTOR", IND, "everolimus")], nlp,
          absent=[("mitophagy", IND, "everolimus")])


def test_coordinated_objects_of_a_via_object_verb(nlp):
    check("Etoposide increased PINK1 and Parkin protein and induced mitophagy in lung cancer cells.",
          [("PINK1", IND, "etoposide"), ("PRKN", IND, "etoposide"), ("mitophagy", IND, "etoposide")], nlp)


def test_second_machinery_verb_joined_by_and(nlp):
    check("Oxaliplatin stabilized PINK1 on damaged mitochondria and triggered Parkin recruitment in colon cancer cells.",
          [("PINK1", IND, "oxaliplatin"), ("PRKN", IND, "oxaliplatin")], nlp)


# -- sentences ending in a unit ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Cells were treated with the drug for 24 h. PINK1 knockdown blocked mitophagy.",
    "Cells were treated with the drug for 30 min. PINK1 knockdown blocked mitophagy.",
])
def test_a_unit_after_a_number_ends_the_sentence(text):
    sentences = [text[s.start : s.end] for s in text_to_sentences(text)]
    assert sentences[-1] == "PINK1 knockdown blocked mitophagy.", sentences


def test_single_initials_still_do_not_end_a_sentence():
    text = "As shown by Smith J. and Jones A. in 2019, PINK1 protects cells."
    assert len(text_to_sentences(text)) == 1


# -- precision: a surface marker labels a cell population --------------------------------------------

def test_surface_marker_of_a_cell_population_is_no_regulator(nlp):
    check("In CD34+ cells from 12 patients, BNIP3 mRNA correlated with resistance to cytarabine.",
          [("BNIP3", R, "cytarabine")], nlp, absent=[("CD34", R, "cytarabine")])
