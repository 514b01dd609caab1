"""Error classes of issue 9, second round: one group per class, on sentences written for these tests.

Runs the project NER (``pipeline.ner.load_nlp``) as ``test_relations_generalize.py`` does;
none of these sentences comes from a paper.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import IND, INH, R, S, check

from pipeline.ner.regex_entities import find_regex_entities


# -- drugs no vocabulary lists yet, by their WHO INN stem ----------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Zolbetuximab was given weekly.", "zolbetuximab"),
    ("Resistance to fictinib arose.", "fictinib"),
    ("Cells were treated with novoparib and cisplatin.", "novoparib"),
    ("The new agent abelisib inhibits PI3K.", "abelisib"),
])
def test_inn_stem_names_are_drugs(text, name):
    assert name in {h.id for h in find_regex_entities(text) if h.label == "CHEMICAL"}


@pytest.mark.parametrize("text", [
    "The Rab GTPase and the mab-5 gene.", "A stable complex formed.", "Proteins bind tubulin.",
])
def test_words_without_an_inn_stem_are_no_drugs(text):
    assert not [h for h in find_regex_entities(text) if h.src == "regex-inn"]


@pytest.mark.parametrize(("text", "expected"), [
    ("PINK1 knockdown restored sensitivity to cetuximab in colorectal cancer cells.", ("PINK1", R, "cetuximab")),
    ("BNIP3 promotes resistance to the antibody trastuzumab.", ("BNIP3", R, "trastuzumab")),
    ("Loss of Parkin confers resistance to nivolumab in melanoma.", ("PRKN", S, "nivolumab")),
])
def test_antibody_drugs_are_therapies(text, expected, nlp):
    check(text, [expected], nlp)


# -- raised or lowered in resistant cells, stated as a noun phrase --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Upregulation of PINK1 was observed in cisplatin-resistant ovarian cancer cells.", ("PINK1", R, "cisplatin")),
    ("High levels of BNIP3 were detected in sorafenib-resistant liver cancer cells.", ("BNIP3", R, "sorafenib")),
    ("Reduced expression of Parkin was found in paclitaxel-resistant cells.", ("PRKN", S, "paclitaxel")),
    ("Increased FUNDC1 was seen in gemcitabine-resistant tumours.", ("FUNDC1", R, "gemcitabine")),
])
def test_change_of_a_regulator_in_resistant_cells_as_a_noun_phrase(text, expected, nlp):
    check(text, [expected], nlp)


# -- more ways to state an outcome ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Cells lacking PINK1 were hypersensitive to oxaliplatin.", ("PINK1", R, "oxaliplatin")),
    ("BNIP3-null cells showed hypersensitivity to etoposide.", ("BNIP3", R, "etoposide")),
    ("Tumours with high BNIP3 expression responded poorly to radiotherapy.", ("BNIP3", R, "radiotherapy")),
    ("Parkin-deficient tumours were unresponsive to doxorubicin.", ("PRKN", S, "doxorubicin")),
    ("Patients whose tumours expressed BNIP3 responded well to cisplatin.", ("BNIP3", S, "cisplatin")),
    ("BNIP3-overexpressing cells remained viable despite treatment with doxorubicin.", ("BNIP3", R, "doxorubicin")),
    ("PINK1 knockdown reduced the viability of cells treated with cisplatin.", ("PINK1", R, "cisplatin")),
])
def test_outcome_phrasings_second_round(text, expected, nlp):
    check(text, [expected], nlp)


@pytest.mark.parametrize("text", [
    "Cisplatin reduced cell viability in a dose-dependent manner.",
    "We measured cell viability after cisplatin treatment.",
])
def test_viability_with_no_regulator_gives_nothing(text, nlp):
    from test_relations_generalize import triples

    assert not triples(text, nlp)


# -- what a drug does to the mitophagy machinery, with no mitophagy word ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Cisplatin induces PINK1 accumulation and Parkin recruitment to mitochondria.",
     [("PINK1", IND, "cisplatin"), ("PRKN", IND, "cisplatin")]),
    ("Our data show that oxaliplatin raised the expression of PINK1, Parkin and BNIP3.",
     [("PINK1", IND, "oxaliplatin"), ("PRKN", IND, "oxaliplatin"), ("BNIP3", IND, "oxaliplatin")]),
    ("Sorafenib decreased the levels of BNIP3 and NIX in liver cancer cells.",
     [("BNIP3", INH, "sorafenib"), ("BNIP3L", INH, "sorafenib")]),
    ("Ionizing radiation induces PINK1 accumulation.", [("PINK1", IND, "radiotherapy")]),
])
def test_drug_acting_on_mitophagy_machinery(text, expected, nlp):
    check(text, expected, nlp)


@pytest.mark.parametrize(("text", "absent"), [
    ("Cisplatin activates p53 in lung cancer cells.", ("TP53", IND, "cisplatin")),  # not mitophagy machinery
    ("Cisplatin and PINK1 increased the expression of Parkin.", ("PRKN", IND, "cisplatin")),  # PINK1 acts too
])
def test_drug_acting_on_other_proteins_gives_no_mitophagy_record(text, absent, nlp):
    check(text, [], nlp, absent=[absent])


def test_modality_outcome_word_is_no_agent(nlp):
    """``X enhances radiosensitivity by inhibiting Y-mediated mitophagy``: X inhibits, not radiation."""
    check("miR-34a enhances radiosensitivity of lung cancer cells by inhibiting BNIP3-mediated mitophagy.",
          [("miR-34a", S, "radiotherapy")], nlp, absent=[("BNIP3", INH, "radiotherapy")])


# -- a flip adjective modifies the noun right after it ----------------------------------------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("High mitophagy is associated with poor survival and chemoresistance in gastric cancer.",
     ("mitophagy", R, "chemotherapy"), ("mitophagy", S, "chemotherapy")),
    ("BNIP3 expression predicted a poor response to cisplatin.", ("BNIP3", R, "cisplatin"), ("BNIP3", S, "cisplatin")),
])
def test_flip_adjective_scope(text, expected, absent, nlp):
    check(text, [expected], nlp, absent=[absent])


# -- a mitophagy word that describes a protein is no regulator ---------------------------------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Mitophagy receptors such as BNIP3 and FUNDC1 confer resistance to radiotherapy.",
     [("BNIP3", R, "radiotherapy"), ("FUNDC1", R, "radiotherapy")], ("mitophagy", R, "radiotherapy")),
    ("The mitophagy adaptor OPTN is upregulated in cisplatin-resistant ovarian cancer.",
     [("OPTN", R, "cisplatin")], ("mitophagy", R, "cisplatin")),
])
def test_mitophagy_as_a_descriptor(text, expected, absent, nlp):
    check(text, expected, nlp, absent=[absent])


# -- outcome despite a therapy, lists of causes, recommendations, transporters ---------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("SOX2-overexpressing cells kept proliferating despite treatment with imatinib.", [("SOX2", R, "imatinib")]),
    ("Cells overexpressing BNIP3 survived despite exposure to sorafenib.", [("BNIP3", R, "sorafenib")]),
    ("Cisplatin resistance mechanisms include enhanced DNA repair and overexpression of ABCB1.",
     [("ABCB1", R, "cisplatin")]),
    ("Mechanisms of gemcitabine resistance include high RRM1 and loss of ENT1 expression.",
     [("RRM1", R, "gemcitabine")]),
])
def test_despite_and_cause_lists(text, expected, nlp):
    check(text, expected, nlp)


@pytest.mark.parametrize(("text", "absent"), [
    ("Despite advances in chemotherapy, the role of PINK1 remains poorly understood.", ("PINK1", R, "chemotherapy")),
    ("Despite cisplatin treatment, PINK1 levels were unchanged.", ("PINK1", R, "cisplatin")),
    ("Mitophagy inhibitors could be used to overcome resistance to sorafenib.", ("mitophagy", R, "sorafenib")),
])
def test_no_record_from_settings_and_recommendations(text, absent, nlp):
    check(text, [], nlp, absent=[absent])


def test_transporter_family_is_no_therapy(nlp):
    """``The ABC transporter ABCG2``: a protein family the vocabulary files as a chemical is no therapy."""
    got = {t for _, _, t in __import__("test_relations_generalize").triples(
        "The ABC transporter ABCG2 mediates efflux of mitoxantrone and confers resistance.", nlp)}
    assert "mitoxantrone" in got and not any("transporter" in t for t in got)


# -- what ``which`` refers to after a mitophagy word ------------------------------------------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("OPTN regulates mitophagy, which confers resistance to etoposide.",
     [("mitophagy", R, "etoposide")], [("OPTN", R, "etoposide")]),  # the role has no direction; mitophagy resists
    ("FUNDC1 promotes mitophagy, which protects lung cancer cells from cisplatin.",
     [("mitophagy", R, "cisplatin"), ("FUNDC1", R, "cisplatin")], []),
    ("BNIP3 drives mitophagy that confers resistance to sorafenib.",
     [("mitophagy", R, "sorafenib"), ("BNIP3", R, "sorafenib")], []),
])
def test_which_after_mitophagy(text, expected, absent, nlp):
    check(text, expected, nlp, absent=absent)


# -- a Greek letter written out, or rendered as its Latin letter -------------------------------------

@pytest.mark.parametrize(("text", "ident"), [
    ("A γ-secretase inhibitor blocked Notch signalling.", "Gamma_secretase"),
    ("A g-secretase inhibitor blocked Notch signalling.", "Gamma_secretase"),  # plain-text rendering of γ
    ("Levels of b-catenin rose.", "CTNNB1"),
])
def test_greek_prefixed_names(text, ident, nlp):
    assert ident in {e.kb_id_ for e in nlp(text).ents}


def test_latin_letter_prefix_without_a_listed_name_is_nothing(nlp):
    assert not [e for e in nlp("The b-cell zone and the k-means method.").ents if e.label_ == "GENE_OR_PROTEIN"]


def test_class_of_a_greek_prefixed_enzyme_in_apposition(nlp):
    check("A g-secretase inhibitor, DAPT, sensitized glioma cells to radiation.",
          [("Gamma_secretase", R, "radiotherapy")], nlp)
