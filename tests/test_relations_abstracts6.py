"""Classes of issue 9 found on the tune part of ``annotations/dev/synthetic6`` (research-paper titles and
abstracts; session 9, branch relabs6).

Every sentence here was written for these tests (invented findings, real names); none is copied from a
development text.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import IND, INH, R, S, check, triples



# -- a manipulated regulator changes mitophagy itself and the outcome: mitophagy gets its own record ----

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Silencing of SIRT3 impaired mitophagy and enhanced cisplatin-induced apoptosis in gastric cancer cells.",
     [("SIRT3", R, "cisplatin"), ("mitophagy", R, "cisplatin")], [("mitophagy", S, "cisplatin")]),
    ("Overexpression of FOXO3 increased mitophagy and conferred resistance to paclitaxel in breast cancer cells.",
     [("FOXO3", R, "paclitaxel"), ("mitophagy", R, "paclitaxel")], [("mitophagy", S, "paclitaxel")]),
    # loss of a brake on mitophagy: more mitophagy, less killing
    ("Deletion of MUL1 accelerated mitophagic flux and lowered the sensitivity of glioma cells to temozolomide.",
     [("MUL1", S, "temozolomide"), ("mitophagy", R, "temozolomide")], [("mitophagy", S, "temozolomide")]),
    # a gain written after the name
    ("miR-181a-5p mimics suppressed mitophagy and sensitized colon cancer cells to irinotecan.",
     [("hsa-miR-181a-5p", S, "irinotecan"), ("mitophagy", R, "irinotecan")], [("mitophagy", S, "irinotecan")]),
])
def test_a_manipulation_that_changes_mitophagy_gives_the_process_a_record(text, expected, absent, nlp):
    check(text, expected, nlp, absent=absent)


@pytest.mark.parametrize("text", [
    # X-mediated mitophagy is the other regulator's, not the bare process
    "PINK1 knockdown enhanced BNIP3-mediated mitophagy and sensitized lung cancer cells to sorafenib.",
    # (an unmanipulated subject, "X increased mitophagy and conferred resistance to D", does give mitophagy a
    # record since the merge with relprec9: the outcome_mitophagy_object rule, annotations/dev/synthetic2 call 13)
])
def test_no_process_record_for_another_regulators_mitophagy(text, nlp):
    assert not any(reg == "mitophagy" and effect in (R, S) for reg, effect, _ in triples(text, nlp))


# -- a study aim whose therapy is named before it --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Since cabozantinib damages mitochondria, we hypothesized that mitophagy protects thyroid cancer cells from the drug.",
    "In olaparib-treated ovarian cancer cells, we investigated whether BNIP3 confers resistance.",
])
def test_an_aim_after_its_therapy_gives_no_record(text, nlp):
    assert not any(effect in (R, S) for _, effect, _ in triples(text, nlp))


def test_a_finding_before_the_aim_stays(nlp):
    check("Temozolomide-resistant glioma cells expressed more FUNDC1, and we investigated whether FUNDC1 confers "
          "resistance.", [("FUNDC1", R, "temozolomide")], nlp)


# -- "linked to" names no direction unless the subject carries a loss or gain word -----------------

@pytest.mark.parametrize("text", [
    "PHB2-dependent mitophagy has been linked to enzalutamide tolerance in prostate cancer.",
    "Our data link FKBP8 to carboplatin resistance in ovarian cancer.",
])
def test_linked_to_without_a_modifier_is_no_finding(text, nlp):
    assert not any(effect in (R, S) for _, effect, _ in triples(text, nlp))


@pytest.mark.parametrize(("text", "expected"), [
    ("In melanoma, PRKN is often deleted, and its loss has been linked to resistance to dabrafenib.", ("PRKN", S, "dabrafenib")),
    ("Elevated BNIP3L expression was linked to poor response to imatinib in leukemia.", ("BNIP3L", R, "imatinib")),
])
def test_linked_to_with_a_modified_subject_keeps_its_direction(text, expected, nlp):
    check(text, [expected], nlp)


# -- recommendations and outcome nouns ---------------------------------------------------------------

def test_a_biomarker_and_target_to_overcome_is_a_recommendation(nlp):
    text = "SIRT3 could serve as a biomarker and target to overcome cetuximab resistance in colorectal cancer."
    assert not any(effect in (R, S) for _, effect, _ in triples(text, nlp))


@pytest.mark.parametrize(("text", "expected"), [
    ("Our results identify PINK1 as a major barrier to oxaliplatin efficacy in gastric cancer.", ("PINK1", R, "oxaliplatin")),
    ("Tumour BNIP3L is a barrier to PD-1 blockade in melanoma.", ("BNIP3L", R, "immunotherapy")),
])
def test_a_barrier_to_a_therapy_is_resistance(text, expected, nlp):
    check(text, [expected], nlp)


# -- patient and animal survival: longer is the therapy working, shorter is it failing -----------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Patients with high FUNDC1 expression had longer overall survival after cisplatin-based chemotherapy.",
     ("FUNDC1", S, "cisplatin"), ("FUNDC1", R, "cisplatin")),
    ("High PGAM5 levels predicted worse progression-free survival after gemcitabine in pancreatic cancer.",
     ("PGAM5", R, "gemcitabine"), ("PGAM5", S, "gemcitabine")),
    ("Low SQSTM1 expression was associated with shorter disease-free survival in patients treated with capecitabine.",
     ("SQSTM1", S, "capecitabine"), ("SQSTM1", R, "capecitabine")),
    ("Combined ULK1 knockdown and sorafenib prolonged survival of mice bearing liver cancer xenografts.",
     ("ULK1", R, "sorafenib"), ("ULK1", S, "sorafenib")),
])
def test_patient_and_animal_survival_direction(text, expected, absent, nlp):
    check(text, [expected], nlp, absent=[absent])


# -- "co-" forms of loss words -------------------------------------------------------------------

def test_co_depletion_is_a_loss_word(nlp):
    check("Co-silencing of BNIP3 abolished the paclitaxel resistance of FOXO1-deficient breast cancer cells.",
          [("BNIP3", R, "paclitaxel")], nlp, absent=[("BNIP3", S, "paclitaxel")])


@pytest.mark.parametrize("text", [
    # a mechanism chain, not two coordinated results of one manipulation
    "Loss of SIRT1 restored cisplatin sensitivity by disrupting the mitophagic process in lung cancer cells.",
    "Paclitaxel-resistant cells exhibit downregulation of PHB2, leading to impaired mitophagy.",
])
def test_no_process_record_from_a_mechanism_chain(text, nlp):
    assert not any(reg == "mitophagy" and effect in (R, S) for reg, effect, _ in triples(text, nlp))


# -- "X expression / levels was lower in tumours from patients who progressed on D" --------------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("PINK1 expression was reduced in tumours from patients who relapsed after oxaliplatin.",
     ("PINK1", S, "oxaliplatin"), ("PINK1", R, "oxaliplatin")),
    ("BNIP3L protein levels were decreased in biopsies of patients who progressed on sunitinib.",
     ("BNIP3L", S, "sunitinib"), ("BNIP3L", R, "sunitinib")),
    ("FUNDC1 mRNA was higher in tumours from patients who progressed on erlotinib.",
     ("FUNDC1", R, "erlotinib"), ("FUNDC1", S, "erlotinib")),
])
def test_a_measured_quantity_between_name_and_predicate(text, expected, absent, nlp):
    check(text, [expected], nlp, absent=[absent])


# -- "X reduced D sensitivity, an effect that was reversed by Y": X keeps its direction ---------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("FOXO3 overexpression decreased gefitinib sensitivity in lung cancer cells, an effect that was reversed by "
     "BNIP3 knockdown.", ("FOXO3", R, "gefitinib"), ("FOXO3", S, "gefitinib")),
    ("SIRT3 overexpression made gastric cancer cells refractory to oxaliplatin, and this was abolished by PRKN "
     "silencing.", ("SIRT3", R, "oxaliplatin"), ("SIRT3", S, "oxaliplatin")),
])
def test_a_reversal_after_a_comma_is_not_the_first_findings(text, expected, absent, nlp):
    check(text, [expected], nlp, absent=[absent])


def test_a_passive_reversal_of_the_outcome_still_flips(nlp):
    check("Resistance to carboplatin was reversed by ULK1 knockdown in ovarian cancer cells.",
          [("ULK1", R, "carboplatin")], nlp, absent=[("ULK1", S, "carboplatin")])


@pytest.mark.parametrize(("text", "expected"), [
    ("FOXO3 overexpression decreased gefitinib sensitivity in lung cancer cells, an effect that was reversed by "
     "BNIP3 knockdown.", ("BNIP3", R, "gefitinib")),
    ("SIRT3 overexpression made gastric cancer cells refractory to oxaliplatin, and this was abolished by PRKN "
     "silencing.", ("PRKN", R, "oxaliplatin")),
    # a gain of the reversing regulator acts against the first finding
    ("SIRT3 overexpression made gastric cancer cells refractory to oxaliplatin, and this was abolished by PRKN "
     "overexpression.", ("PRKN", S, "oxaliplatin")),
])
def test_the_agent_of_a_reversal_gets_its_record(text, expected, nlp):
    check(text, [expected], nlp)


def test_a_reversal_agent_without_a_loss_or_gain_word_gets_none(nlp):
    got = triples("PINK1 silencing sensitized colon cancer cells to cisplatin, which was prevented by BNIP3.", nlp)
    assert not any(reg == "BNIP3" for reg, _, _ in got)


# -- "phospho-X", "p-X": the modified protein's gene is the regulator ------------------------------------

@pytest.mark.parametrize(("text", "gene"), [
    ("Gefitinib-resistant cells showed higher phospho-AMPK than parental cells.", "AMPK"),
    ("Levels of p-ULK1 rose after osimertinib.", "ULK1"),
])
def test_a_phospho_prefix_is_split_off_a_gene(text, gene, nlp):
    doc = nlp(text)
    assert gene in {e.kb_id_ for e in doc.ents}


def test_a_phospho_regulator_gives_its_record(nlp):
    check("Sorafenib-resistant liver cancer cells displayed elevated phospho-TBK1.", [("TBK1", R, "sorafenib")], nlp)


# -- "relapsed earlier", "early progression": the therapy failed sooner -----------------------------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("In 58 patients receiving adjuvant oxaliplatin, tumours with high SIRT3 expression recurred earlier.",
     ("SIRT3", R, "oxaliplatin"), ("SIRT3", S, "oxaliplatin")),
    ("Among patients treated with temozolomide, those with low FUNDC1 levels progressed earlier.",
     ("FUNDC1", S, "temozolomide"), ("FUNDC1", R, "temozolomide")),
])
def test_earlier_relapse_on_a_therapy_is_resistance(text, expected, absent, nlp):
    check(text, [expected], nlp, absent=[absent])


# -- "chemoradiotherapy" names both modalities ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Low SIRT3 expression was associated with poor response to chemoradiotherapy in cervical cancer.",
    "SIRT3 knockdown increased the sensitivity of cervical cancer cells to chemoradiation.",
])
def test_chemoradiotherapy_gives_both_modalities(text, nlp):
    got = {(therapy, effect) for reg, effect, therapy in triples(text, nlp) if reg == "SIRT3"}
    assert {therapy for therapy, _ in got} == {"chemotherapy", "radiotherapy"}
    assert len({effect for _, effect in got}) == 1


# -- a drug subject with a list of three verbs: the middle verb's object is the drug's too -------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Berberine decreased PINK1 stabilization, prevented Parkin recruitment and reduced mitophagic flux.",
     [("PINK1", INH, "berberine"), ("PRKN", INH, "berberine"), ("mitophagy", INH, "berberine")]),
    ("Cisplatin stabilized PINK1, recruited Parkin and triggered mitophagy in ovarian cancer cells.",
     [("PINK1", IND, "cisplatin"), ("PRKN", IND, "cisplatin"), ("mitophagy", IND, "cisplatin")]),
])
def test_the_middle_verb_of_a_list_keeps_the_drug_as_subject(text, expected, nlp):
    check(text, expected, nlp)


def test_a_mediator_after_through_shares_the_drugs_mitophagy_direction(nlp):
    check("Bortezomib triggered OPTN-dependent mitophagy through TBK1 in myeloma cells.",
          [("OPTN", IND, "bortezomib"), ("TBK1", IND, "bortezomib")], nlp)
    check("Metformin suppressed mitophagy through SIRT3 in lung cancer cells.", [("SIRT3", INH, "metformin")], nlp)
