"""Relation classes of issue 9, session 12, branch relleft12: cohort outcomes with a fronted therapy, response
groups, benefit phrasing, drug combinations through a regulator, polarity across coordinated clauses, a finding
before a proposal, and chemical names the lexicon matches only in part.

Every sentence here was written for these tests (invented findings, real gene and drug names); none is copied
from a development text.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import IND, INH, R, S, outcomes, triples


# -- 1. a cohort outcome compared by a regulator's level, the therapy in a fronted clause ---------------------

@pytest.mark.parametrize("text, expected", [
    ("Among patients treated with neoadjuvant epirubicin, pCR was less frequent in ATF4-high tumours.",
     ("ATF4", R, "epirubicin")),
    ("Among women who received paclitaxel, a pathological complete response was more frequent in FUNDC1-low tumours.",
     ("FUNDC1", R, "paclitaxel")),
    ("In the cohort treated with cisplatin, the response rate was higher in SIRT3-high tumours than in SIRT3-low "
     "tumours.", ("SIRT3", S, "cisplatin")),
    ("In patients who received gemcitabine, overall survival was shorter in BNIP3-high tumours.",
     ("BNIP3", R, "gemcitabine")),
    ("Among 64 patients given oxaliplatin, those with PINK1-low tumours had a lower objective response rate.",
     ("PINK1", S, "oxaliplatin")),
    ("In a cohort of 90 patients treated with temozolomide, low OPTN expression was associated with shorter "
     "progression-free survival.", ("OPTN", S, "temozolomide")),
    ("High PGAM5 expression predicted longer metastasis-free survival in patients who received tamoxifen.",
     ("PGAM5", S, "tamoxifen")),
])
def test_cohort_outcome_by_regulator_level(text, expected, nlp):
    got = outcomes(text, nlp)
    assert expected in got, (text, got)
    opposite = (expected[0], S if expected[1] == R else R, expected[2])
    assert opposite not in got, (text, got)


def test_cohort_subtype_is_no_group(nlp):
    text = "Adding pertuzumab has improved the survival of women with HER2-positive gastric cancer, yet relapse is common."
    assert not any(t[0] == "ERBB2" for t in outcomes(text, nlp))


def test_cohort_without_difference_gives_no_group_record(nlp):
    text = "Among patients treated with docetaxel, pCR rates were similar in ATF4-high and ATF4-low tumours."
    assert not any(t[0] == "ATF4" for t in outcomes(text, nlp))


# -- 5. a regulator's level compared between response groups -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("PD-L1 expression was higher in responders than in non-responders to pembrolizumab.", ("CD274", S, "pembrolizumab")),
    ("BNIP3 levels were lower in non-responders to carboplatin than in responders.", ("BNIP3", S, "carboplatin")),
    ("ATF4 expression was higher in non-responders than in responders to gemcitabine.", ("ATF4", R, "gemcitabine")),
    ("SIRT3 was enriched in enzalutamide-resistant tumours.", ("SIRT3", R, "enzalutamide")),
    ("PINK1 protein was reduced in tumours from poor responders to irinotecan.", ("PINK1", S, "irinotecan")),
])
def test_expression_between_response_groups(text, expected, nlp):
    got = outcomes(text, nlp)
    assert expected in got, (text, got)
    opposite = (expected[0], S if expected[1] == R else R, expected[2])
    assert opposite not in got, (text, got)


# -- 6. benefit phrasing ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Patients with ATF4-high tumours derived greater benefit from docetaxel.", ("ATF4", S, "docetaxel")),
    ("Patients with BNIP3-low tumours benefited more from cisplatin.", ("BNIP3", R, "cisplatin")),
    ("Patients with high PINK1 expression derived less benefit from oxaliplatin.", ("PINK1", R, "oxaliplatin")),
    ("Women whose tumours had low levels of FUNDC1 gained a smaller benefit from letrozole.", ("FUNDC1", S, "letrozole")),
])
def test_benefit_by_regulator_level(text, expected, nlp):
    got = outcomes(text, nlp)
    assert expected in got, (text, got)


# -- 2. a drug combination whose mechanism is a regulator (judgment call: the co-treated drug's outcome) ----------

@pytest.mark.parametrize("text, expected", [
    ("Berberine enhances oxaliplatin cytotoxicity through LKB1 activation in colon cancer cells.",
     ("STK11", S, "oxaliplatin")),
    ("Chloroquine potentiates the effect of gemcitabine by inhibiting BNIP3 in pancreatic cancer cells.",
     ("BNIP3", R, "gemcitabine")),
    ("Quercetin augmented doxorubicin cytotoxicity via inhibition of SIRT1.", ("SIRT1", R, "doxorubicin")),
    ("Curcumin markedly enhanced the anticancer effect of paclitaxel through ATF4 downregulation.",
     ("ATF4", R, "paclitaxel")),
    ("Berberine attenuated the efficacy of sorafenib by activating PINK1.", ("PINK1", R, "sorafenib")),
    ("Resveratrol sensitized glioma cells to temozolomide by suppressing PINK1 expression.",
     ("PINK1", R, "temozolomide")),
])
def test_combination_through_a_regulator(text, expected, nlp):
    got = triples(text, nlp)
    assert expected in got, (text, got)
    first_drug = text.split()[0].lower()
    assert not any(t[2] == first_drug and t[1] in (R, S) for t in got), got  # D1 is no outcome's therapy


def test_combination_agent_record_goes_to_the_first_drug(nlp):
    got = triples("Chloroquine potentiates the effect of gemcitabine by inhibiting BNIP3 in pancreatic cancer cells.", nlp)
    assert ("BNIP3", INH, "gemcitabine") not in got, got
    assert ("BNIP3", INH, "chloroquine") in got, got


# -- 3. polarity across coordinated clauses ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Olaparib suppressed colony formation and PINK1 depletion sensitized ovarian cancer cells to olaparib.",
     ("PINK1", R, "olaparib")),
    ("Doxorubicin blocked migration and knockdown of FUNDC1 enhanced doxorubicin-induced apoptosis.",
     ("FUNDC1", R, "doxorubicin")),
    ("Cisplatin inhibited proliferation and ATF4 knockdown sensitized cells to cisplatin.", ("ATF4", R, "cisplatin")),
    ("Inhibition or knockdown of SIRT3 sensitized hepatoma cells to sorafenib.", ("SIRT3", R, "sorafenib")),
    ("Knockdown of ATF4 and SIRT3 sensitized cells to cisplatin.", ("SIRT3", R, "cisplatin")),
])
def test_down_word_of_an_earlier_conjunct(text, expected, nlp):
    got = outcomes(text, nlp)
    assert expected in got, (text, got)
    assert (expected[0], S, expected[2]) not in got, (text, got)


# -- 4. a finding followed by a proposal: one record, the finding's ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("SIRT3 promotes cisplatin resistance, and targeting SIRT3 may help to overcome this resistance.",
     ("SIRT3", R, "cisplatin")),
    ("BNIP3 confers resistance to sorafenib; thus, targeting BNIP3 could help to overcome sorafenib resistance.",
     ("BNIP3", R, "sorafenib")),
    ("PINK1 drives temozolomide resistance, and silencing PINK1 might restore temozolomide sensitivity in glioma.",
     ("PINK1", R, "temozolomide")),
])
def test_finding_then_proposal(text, expected, nlp):
    got = outcomes(text, nlp)
    assert got == {expected}, (text, got)


# -- 7. a chemical name the lexicon matches only in part ----------------------------------------------------------

def test_systematic_name_is_not_its_fragment(nlp):
    doc = nlp("Carbonyl cyanide m-chlorophenylhydrazone induced mitophagy in HeLa cells.")
    chemicals = [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "CHEMICAL"]
    assert chemicals == [("Carbonyl cyanide m-chlorophenylhydrazone", "carbonyl cyanide m-chlorophenyl hydrazone")]
    short = nlp("CCCP induced mitophagy.")
    assert [e.kb_id_ for e in short.ents if e.label_ == "CHEMICAL"] == [chemicals[0][1]]  # one compound, one id


def test_unlisted_systematic_name_keeps_its_printed_name(nlp):
    doc = nlp("Carbonyl cyanide 4-(trifluoromethoxy)phenylhydrazone induced mitophagy.")
    ids = [e.kb_id_ for e in doc.ents if e.label_ == "CHEMICAL"]
    assert ids == ["carbonyl cyanide 4-(trifluoromethoxy)phenylhydrazone"], ids
    assert ("mitophagy", IND, ids[0]) in triples("Carbonyl cyanide 4-(trifluoromethoxy)phenylhydrazone induced "
                                                  "mitophagy in HeLa cells.", nlp)


def test_following_drug_name_is_no_fragment_piece(nlp):
    doc = nlp("Cisplatin and N-acetylcysteine were given together with 5-fluorouracil.")
    assert [e.kb_id_ for e in doc.ents if e.label_ == "CHEMICAL"] == ["cisplatin", "acetylcysteine", "fluorouracil"]


# -- 3b. the first conjunct's drug and object do not leak into a later, manipulated conjunct ---------------------

@pytest.mark.parametrize("text, expected, leaked", [
    ("Sorafenib induced mitophagy and BNIP3 depletion enhanced sorafenib-induced apoptosis in HCC cells.",
     ("BNIP3", R, "sorafenib"), [("mitophagy", R, "sorafenib"), ("BNIP3", IND, "sorafenib")]),
    ("Paclitaxel triggered mitophagy, and FUNDC1 knockdown sensitized cells to paclitaxel.",
     ("FUNDC1", R, "paclitaxel"), [("FUNDC1", IND, "paclitaxel")]),
    ("Lenvatinib promoted mitophagy and PINK1 silencing increased lenvatinib cytotoxicity in hepatoma cells.",
     ("PINK1", R, "lenvatinib"), [("PINK1", IND, "lenvatinib"), ("mitophagy", R, "lenvatinib")]),
])
def test_first_conjunct_does_not_leak(text, expected, leaked, nlp):
    got = triples(text, nlp)
    assert expected in got, (text, got)
    assert ("mitophagy", IND, expected[2]) in got, (text, got)  # the first conjunct's own record stays
    for t in leaked:
        assert t not in got, (text, got)


def test_a_distant_earlier_object_keeps_its_outcome(nlp):
    text = ("ULK1 silencing blocked lenvatinib-induced mitophagy and increased apoptosis of hepatoma cells, "
            "whereas ULK1 overexpression lowered lenvatinib cytotoxicity.")
    got = triples(text, nlp)
    assert ("mitophagy", R, "lenvatinib") in got, got


@pytest.mark.parametrize("text, target", [
    ("miR-211 restores lapatinib sensitivity in breast cancer by targeting ULK1.", "ULK1"),
    ("Inhibition of MFN2 sensitizes glioma cells to temozolomide through transcriptional inhibition of BCL2 expression.",
     "BCL2"),
])
def test_a_regulator_subjects_target_gets_no_record(text, target, nlp):
    got = outcomes(text, nlp)
    assert not any(t[0] == target for t in got), (text, got)


def test_protein_region_word_is_no_name_piece(nlp):
    doc = nlp("The C-terminal domain of ACTH N-terminal fragments was cleaved by cisplatin.")
    assert "n-terminal" not in " ".join(e.kb_id_ for e in doc.ents), [(e.text, e.kb_id_) for e in doc.ents]
