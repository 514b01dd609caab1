"""Relation classes of issue 9, session 11, branch relabs8, seen on the tune part of
``annotations/dev/synthetic8`` (structured, non-native, citation-dense and cohort abstracts): miRNA ids
printed without an arm, a bracketed short form before ``-resistant``, a finding followed by a conjoined
recommendation, bare mitophagy as the means (``by promoting mitophagy``), a directional role (``exerts a
promoting role in``), drugs raising a non-coding RNA, drugs coordinated by a repeated preposition, and the
study's own change of a regulator that is also the drug's target.

Every sentence here was written for these tests (invented findings, real gene and drug names); none is copied
from a development text.
"""

from __future__ import annotations

import pytest
from test_relations_fixtures import one_paragraph_document
from test_relations_generalize import IND, R, S, check, triples

from pipeline.relations import extract_records
from pipeline.relations.mirna_ids import printed_id


MITO = "Mitophagy was measured with a reporter. "  # makes the text a mitophagy text (precision.filter_records)


# -- an miRNA printed without its arm keeps its printed name as the id (spec: no normal form) -----------

@pytest.mark.parametrize(("text", "expected"), [
    ("miR-155 conferred resistance to gemcitabine in pancreatic cancer cells.", ("miR-155", R, "gemcitabine")),
    ("MiR-92a promotes cisplatin resistance of gastric cancer cells.", ("miR-92a", R, "cisplatin")),
    ("let-7c restored sensitivity to erlotinib in lung cancer cells.", ("let-7c", S, "erlotinib")),
    ("miR-375-3p restored sensitivity to erlotinib in lung cancer cells.", ("hsa-miR-375-3p", S, "erlotinib")),
    ("let-7a-5p restored sensitivity to erlotinib in lung cancer cells.", ("hsa-let-7a-5p", S, "erlotinib")),
])
def test_an_armless_mirna_keeps_its_printed_name(text, expected, nlp):
    got = triples(text, nlp)
    assert expected in got, got
    assert not any(i.startswith("hsa-") and i.count("-") == 2 for i, _, _ in got), got  # no invented prefix


def test_printed_id_keeps_a_written_species_prefix_and_every_arm():
    assert printed_id("hsa-miR-21", "miR-21 mimics") == "miR-21"
    assert printed_id("hsa-miR-21", "hsa-miR-21") == "hsa-miR-21"
    assert printed_id("hsa-miR-21-5p", "miR-21-5p") == "hsa-miR-21-5p"
    assert printed_id("hsa-let-7b", "let-7b") == "let-7b"
    assert printed_id("PINK1", "PINK1") == "PINK1"


# -- a bracketed short form between the drug and -resistant: `cisplatin (DDP)-resistant cells` ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("TFEB protein was higher in cisplatin (DDP)-resistant A549 cells than in parental cells.", ("TFEB", R, "cisplatin")),
    ("miR-143-3p was down-regulated in gemcitabine (GEM)-resistant PANC-1 cells.", ("hsa-miR-143-3p", S, "gemcitabine")),
    ("SQSTM1 expression was increased in paclitaxel (PTX)-resistant ovarian cancer cells.", ("SQSTM1", R, "paclitaxel")),
])
def test_a_bracketed_short_form_before_resistant_names_the_drug(text, expected, nlp):
    check(text, [expected], nlp)


def test_a_hyphenated_non_drug_stays_unread(nlp):
    assert triples("BNIP3 was raised in ATP-resistant cells.", nlp) == set()


# -- a finding, then a recommendation in its own conjunct (spec rule 5 applies to the second only) -------

@pytest.mark.parametrize(("text", "expected"), [
    ("TFEB promotes oxaliplatin resistance in colon cancer and may be a therapeutic target to overcome "
     "chemoresistance.", ("TFEB", R, "oxaliplatin")),
    ("Loss of FKBP8 confers sorafenib resistance in liver cancer and thus may be a novel target for therapy.",
     ("FKBP8", S, "sorafenib")),
])
def test_a_finding_before_a_conjoined_recommendation_stays(text, expected, nlp):
    check(text, [expected], nlp)


@pytest.mark.parametrize("text", [
    "TFEB might be a therapeutic target to overcome oxaliplatin resistance in colon cancer.",
    "FKBP8, which protects cells from sorafenib, may be a potential target for liver cancer therapy.",
])
def test_a_recommendation_alone_gives_no_record(text, nlp):
    assert not {t for t in triples(text, nlp) if t[1] in (R, S)}, text


# -- bare mitophagy as the means of the subject's outcome ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("TFEB sustains doxorubicin resistance in osteosarcoma by promoting mitophagy.",
     [("TFEB", R, "doxorubicin"), ("mitophagy", R, "doxorubicin")]),
    ("SIRT1 mediates radioresistance of glioma cells through mitophagy.",
     [("SIRT1", R, "radiotherapy"), ("mitophagy", R, "radiotherapy")]),
    ("TFEB promotes the gefitinib resistance of lung cancer cells by activating mitophagy.",
     [("TFEB", R, "gefitinib"), ("mitophagy", R, "gefitinib")]),
])
def test_bare_mitophagy_as_the_means_gets_the_outcome(text, expected, nlp):
    check(text, expected, nlp)


def test_by_mitophagy_without_a_change_word_gives_mitophagy_nothing(nlp):
    got = triples("TFEB confers cisplatin resistance by mitophagy.", nlp)
    assert ("TFEB", R, "cisplatin") in got and not any(i == "mitophagy" for i, _, _ in got), got


# -- a role with a direction: `exerts a promoting role in the D resistance` ----------------------------

def test_a_promoting_role_has_a_direction(nlp):
    check("TFEB exerts a promoting role in the cisplatin resistance of bladder cancer cells.",
          [("TFEB", R, "cisplatin")], nlp)


def test_a_plain_role_still_has_none(nlp):
    assert triples("TFEB plays a role in the cisplatin resistance of bladder cancer cells.", nlp) == set()


# -- a drug raising a non-coding RNA: induces, in a mitophagy text only --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    (MITO + "Cisplatin treatment up-regulated the miR-155 expression in a dose-dependent manner.",
     ("miR-155", IND, "cisplatin")),
    (MITO + "Gemcitabine increased MALAT1 expression in pancreatic cancer cells.", ("MALAT1", IND, "gemcitabine")),
    ("Docetaxel treatment increased HOTAIR expression and induced the PINK1-mediated mitophagy.",
     ("HOTAIR", IND, "docetaxel")),
])
def test_a_drug_raising_a_non_coding_rna_induces(text, expected, nlp):
    check(text, [expected], nlp)


def test_a_drug_raising_a_non_coding_rna_outside_mitophagy_texts_gives_none(nlp):
    got = triples("Cisplatin treatment up-regulated the miR-155 expression in a dose-dependent manner.", nlp)
    assert ("miR-155", IND, "cisplatin") not in got, got


def test_a_drug_raising_a_protein_outside_the_machinery_gives_none(nlp):
    got = triples(MITO + "Cisplatin increased MYC expression in gastric cancer cells.", nlp)
    assert ("MYC", IND, "cisplatin") not in got, got


# -- drugs coordinated by a repeated preposition, each with its own cancer and markers ----------------

def test_a_repeated_from_coordinates_drugs_with_their_markers(nlp):
    text = ("Mitophagy protects tumour cells from cisplatin in lung cancer [3], from docetaxel in prostate cancer "
            "[4,5] and from imatinib in leukaemia [6].")
    records = extract_records(one_paragraph_document(text, [("[3]", [3]), ("[4,5]", [4, 5]), ("[6]", [6])]), nlp=nlp)
    got = {(r.therapy_id, tuple(r.citations)) for r in records if r.effect == R and r.regulator_ids == ("mitophagy",)}
    assert {t for t, _ in got} == {"cisplatin", "docetaxel", "imatinib"}, got
    own = {"cisplatin": {3}, "docetaxel": {4, 5}, "imatinib": {6}}
    assert all(own[t] <= set(c) for t, c in got), got  # each drug's own markers (the clause's are merged in)


def test_a_repeated_to_coordinates_two_drugs(nlp):
    check("ULK1 activation was associated with resistance to sunitinib in renal cancer and to sorafenib in liver "
          "cancer.", [("ULK1", R, "sunitinib"), ("ULK1", R, "sorafenib")], nlp)


def test_a_later_drug_after_another_preposition_is_not_coordinated(nlp):
    got = triples("ULK1 conferred resistance to sunitinib in cells exposed to sorafenib for months.", nlp)
    assert ("ULK1", R, "sunitinib") in got and ("ULK1", R, "sorafenib") not in got, got


# -- the drug's target changed by the study is a finding (`... and that X inhibition with C restores D`) --

@pytest.mark.parametrize(("text", "expected"), [
    ("We show that cisplatin activates ULK1 and that ULK1 inhibition with SBI-0206965 restores cisplatin-induced "
     "apoptosis.", ("ULK1", R, "cisplatin")),
    ("We found that sorafenib increased AMPK phosphorylation in liver cancer cells, and that AMPK silencing "
     "enhanced sorafenib-induced apoptosis.", ("AMPK", R, "sorafenib")),
])
def test_the_studys_change_of_the_drugs_target_is_a_finding(text, expected, nlp):
    check(text, [expected], nlp)


def test_a_drug_acting_through_its_target_still_gives_no_outcome(nlp):
    got = triples("Imatinib decreased the amount of phosphorylated STAT3 and imatinib-induced apoptosis.", nlp)
    assert not {t for t in got if t[1] in (R, S)}, got


# -- one flip word for two objects: `X knockdown reduced mitophagy and clonogenic survival after D` --------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("ATG5 knockdown reduced mitophagy and clonogenic survival after irradiation.",
     [("ATG5", R, "radiotherapy"), ("mitophagy", R, "radiotherapy")], [("ATG5", S, "radiotherapy")]),
    ("FUNDC1 silencing decreased mitophagy and cell viability after cisplatin.",
     [("FUNDC1", R, "cisplatin")], [("FUNDC1", S, "cisplatin")]),
    ("FUNDC1 silencing reduced mitophagy and increased survival after cisplatin.",
     [("FUNDC1", S, "cisplatin")], [("FUNDC1", R, "cisplatin")]),
])
def test_a_flip_shared_by_mitophagy_and_the_outcome(text, expected, absent, nlp):
    check(text, expected, nlp, absent=absent)


# -- `chemoradiotherapy failure`: both modalities, as any outcome word -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("KRAS mutations predicted chemoradiotherapy failure in rectal cancer.",
     [("KRAS", R, "chemotherapy"), ("KRAS", R, "radiotherapy")]),
    ("In multivariable analysis, SIRT3 remained an independent predictor of chemoradiotherapy failure.",
     [("SIRT3", R, "chemotherapy"), ("SIRT3", R, "radiotherapy")]),
    ("High SIRT3 expression was associated with cisplatin failure in cervical cancer.", [("SIRT3", R, "cisplatin")]),
])
def test_therapy_failure_is_a_resistance_outcome(text, expected, nlp):
    check(text, expected, nlp)


def test_failure_with_no_therapy_before_it_gives_none(nlp):
    assert triples("Patients with heart failure received cisplatin and BNIP3 was high.", nlp) == set()


def test_raised_in_tumours_after_chemoradiotherapy_names_both_modalities(nlp):
    check("SIRT3 was higher in tumours with poor regression after chemoradiotherapy.",
          [("SIRT3", R, "chemotherapy"), ("SIRT3", R, "radiotherapy")], nlp)


# -- a suspended hyphen before a conjunction survives the text repair: `doxorubicin- and paclitaxel-induced` ----

@pytest.mark.parametrize(("text", "kept"), [
    ("FUNDC1 silencing enhanced doxorubicin- and paclitaxel-induced apoptosis.", "doxorubicin- and paclitaxel-induced"),
    ("cisplatin- or etoposide-treated cells", "cisplatin- or etoposide-treated"),
    ("a 5- to 10-fold increase", "5- to 10-fold"),
])
def test_a_suspended_hyphen_before_a_conjunction_is_kept(text, kept):
    from pipeline.ingest.repair import repair_text

    assert kept in repair_text(text)


def test_an_in_word_hyphen_space_is_still_repaired():
    from pipeline.ingest.repair import repair_text

    assert repair_text("mitochondrial fission- mitophagy coupling") == "mitochondrial fission-mitophagy coupling"


def test_suspended_hyphen_drugs_both_get_the_outcome(nlp):
    check(MITO + "ULK1 silencing enhanced gemcitabine- and oxaliplatin-induced apoptosis in colon cancer cells.",
          [("ULK1", R, "gemcitabine"), ("ULK1", R, "oxaliplatin")], nlp)


# -- `that` as a complementizer before a modality: `we found that irradiation increased mitophagy` -------

@pytest.mark.parametrize("text", [
    "We found that irradiation increased mitophagy in glioma cells.",
    "Our data showed that radiotherapy triggered mitophagy in glioma cells.",
])
def test_a_modality_after_a_complementizer_that_is_named(text, nlp):
    check(text, [("mitophagy", IND, "radiotherapy")], nlp)


def test_that_as_a_determiner_still_refers_back(nlp):
    got = triples("Mitophagy protects cells from that chemotherapy.", nlp)
    assert ("mitophagy", R, "chemotherapy") not in got, got


# -- a machinery protein or an ncRNA changed by a drug, in the passive ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    (MITO + "We show that FUNDC1 is induced by irradiation in lung cancer cells.", ("FUNDC1", IND, "radiotherapy")),
    (MITO + "PINK1 expression was markedly reduced by sorafenib.", ("PINK1", "inhibits_mitophagy", "sorafenib")),
    (MITO + "NEAT1 was induced by cisplatin in a dose-dependent manner.", ("NEAT1", IND, "cisplatin")),
])
def test_a_machinery_regulator_changed_by_a_drug_in_the_passive(text, expected, nlp):
    check(text, [expected], nlp)


def test_a_protein_outside_the_machinery_in_the_passive_gives_none(nlp):
    got = triples(MITO + "MYC is induced by cisplatin in gastric cancer cells.", nlp)
    assert not any(i == "MYC" for i, _, _ in got), got


# -- a spelled-out name right before a symbol describes it: `Mitochondrial fission factor DRP1` ------------

def test_a_spelled_out_name_before_a_symbol_is_its_description(nlp):
    got = triples("Mitochondrial fission factor DRP1 promotes temozolomide resistance in glioblastoma", nlp)
    assert ("DNM1L", R, "temozolomide") in got and not any(i == "MFF" for i, _, _ in got), got


def test_a_spelled_out_name_alone_is_the_regulator(nlp):
    check("Mitochondrial fission factor promotes temozolomide resistance in glioblastoma",
          [("MFF", R, "temozolomide")], nlp)


# -- a chemical named as DNA damage is no therapy: `by repairing O6-methylguanine lesions` ----------------

def test_a_lesion_is_no_therapy(nlp):
    got = triples("High MGMT expression confers temozolomide resistance by repairing O6-methylguanine lesions.", nlp)
    assert ("MGMT", R, "temozolomide") in got and all(t == "temozolomide" for _, _, t in got), got


# -- coordinated subjects, each with its own expression modifier ------------------------------------------

def test_coordinated_subjects_keep_their_own_expression_modifier(nlp):
    text = ("High expression of survivin [5] and low expression of p53 [6] were associated with poor tumour "
            "regression after chemoradiotherapy.")
    records = extract_records(one_paragraph_document(text, [("[5]", [5]), ("[6]", [6])]), nlp=nlp)
    got = {(i, r.effect, r.therapy_id) for r in records for i in r.regulator_ids}
    for modality in ("chemotherapy", "radiotherapy"):
        assert ("BIRC5", R, modality) in got and ("TP53", S, modality) in got, got


# -- cohorts: `X predicts poor outcome of D-treated C` --------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("SIRT3 expression predicts poor outcome of cetuximab-treated colorectal cancer.", ("SIRT3", R, "cetuximab")),
    ("High SIRT3 predicted a better outcome of cisplatin-treated patients with gastric cancer.", ("SIRT3", S, "cisplatin")),
])
def test_the_outcome_of_treated_patients(text, expected, nlp):
    check(text, [expected], nlp)


def test_an_outcome_with_no_therapy_gives_none(nlp):
    assert triples("SIRT3 expression predicts poor outcome of patients with gastric cancer.", nlp) == set()
