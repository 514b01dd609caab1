"""Classes left by session 13 (issue 9, session 14, relleft14), one test per class, on sentences written for
these tests (invented findings, real gene and drug names; none is copied from a paper): an antibody drug's own
target is no resistance factor, radiation outcomes phrased as cell survival name radiotherapy."""

from __future__ import annotations

import pytest
from test_relations_generalize import R, S, outcomes


# -- an antibody's own target (`an antibody against X`, `X-targeted antibodies`) is no regulator -------------

@pytest.mark.parametrize(("text", "target"), [
    ("Trastuzumab, a humanized monoclonal antibody against HER2, restored sensitivity to cisplatin in gastric "
     "cancer cells.", "ERBB2"),
    ("Antibodies directed against EGFR increased the cytotoxicity of irinotecan in colorectal cancer cells.", "EGFR"),
    ("HER2-targeted antibodies sensitized breast cancer cells to paclitaxel.", "ERBB2"),
    ("An antibody raised against the EGFR enhanced the efficacy of radiotherapy in head and neck cancer.", "EGFR"),
])
def test_an_antibody_drugs_own_target_is_no_regulator(text, target, nlp):
    assert not {t for t in outcomes(text, nlp) if t[0] == target}, outcomes(text, nlp)


def test_a_regulator_beside_an_antibody_drug_keeps_its_record(nlp):
    text = "BNIP3 knockdown sensitized ovarian cancer cells to cisplatin, whereas an antibody against PD-L1 did not."
    assert ("BNIP3", R, "cisplatin") in outcomes(text, nlp)


# -- radiation outcomes phrased as cell survival (`surviving fraction`, `irradiated cells`, `after IR`) ------

@pytest.mark.parametrize(("text", "expected"), [
    ("PINK1 overexpression increased the surviving fraction of irradiated glioma cells.", ("PINK1", R, "radiotherapy")),
    ("Silencing of BNIP3 reduced clonogenic survival after IR in lung cancer cells.", ("BNIP3", R, "radiotherapy")),
    ("FUNDC1 knockdown decreased the surviving fraction at 2 Gy.", ("FUNDC1", R, "radiotherapy")),
    ("Loss of PARK7 lowered the survival fraction of irradiated cervical cancer cells.", ("PARK7", R, "radiotherapy")),
])
def test_radiation_survival_outcome_names_radiotherapy(text, expected, nlp):
    assert outcomes(text, nlp) == {expected}


@pytest.mark.parametrize("text", [
    "The surviving fraction of non-irradiated cells was unchanged by PINK1 knockdown.",  # the controls
    "PINK1 knockdown reduced the surviving fraction of HeLa cells.",  # no radiation named
    "Sham-irradiated cells were used as controls for BNIP3 silencing.",
])
def test_survival_without_radiation_gives_no_radiotherapy_record(text, nlp):
    assert outcomes(text, nlp) == set()


# -- a mutation named with its gene (`BRAF(V600E)`, `EGFRT790M`, `EGFR-T790M`) -> the gene as regulator -----

@pytest.mark.parametrize(("text", "expected"), [
    ("BRAF(V600E) conferred resistance to vemurafenib in melanoma cells.", ("BRAF", R, "vemurafenib")),
    ("KRAS(G12D) promoted resistance to gemcitabine in pancreatic cancer cells.", ("KRAS", R, "gemcitabine")),
    ("EGFRT790M drives resistance to erlotinib in lung cancer.", ("EGFR", R, "erlotinib")),
    ("EGFR-T790M drives resistance to erlotinib in lung cancer.", ("EGFR", R, "erlotinib")),
    ("EGFR(T790M) drives resistance to afatinib in lung cancer.", ("EGFR", R, "afatinib")),
    ("PIK3CAH1047R drives resistance to lapatinib in breast cancer.", ("PIK3CA", R, "lapatinib")),
])
def test_gene_written_with_its_protein_change_is_the_regulator(text, expected, nlp):
    assert outcomes(text, nlp) == {expected}


def test_protein_change_ending_in_m_stays_one_token(nlp):
    # the tokenizer reads "790M" as a number and a molar unit; a protein change is joined back
    assert [t.text for t in nlp("EGFRT790M and T790M were found.")][:3] == ["EGFR", "T790M", "and"]
    assert [t.text for t in nlp("Cells were treated with 5 M urea and 10M NaCl.")][4:6] == ["5", "M"]


# -- `D1 targets X and sensitizes cells to D2`: X is D1's target, so X protects against D2 ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Metformin targets AMPK and sensitizes gastric cancer cells to cisplatin.", ("AMPK", R, "cisplatin")),
    ("Mdivi-1 targets DRP1 and enhances the cytotoxicity of cisplatin in ovarian cancer cells.",
     ("DNM1L", R, "cisplatin")),
])
def test_drug_targeting_a_regulator_then_sensitizing_to_another_drug(text, expected, nlp):
    assert outcomes(text, nlp) == {expected}
