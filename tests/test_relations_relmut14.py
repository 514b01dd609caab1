"""Classes of issue 9 fixed in session 14 (relmut14), one test per class, on sentences written for these tests
(invented findings, real gene and drug names; none is copied from a paper): a protein change named alone after
the paper wrote it with its gene, a drug's target in a relative clause (`D, which targets X, ...`), and a
contrast clause about the control group (`..., whereas parental cells remained sensitive`)."""

from __future__ import annotations

import pytest
from test_relations_generalize import R, S, outcomes

from pipeline.relations.change_genes import change_genes


# -- a bare protein change (`T790M confers resistance`) after the paper wrote it with its gene ---------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Acquired EGFR T790M mutations were found in lung cancer. T790M conferred resistance to erlotinib in "
     "these cells.", ("EGFR", R, "erlotinib")),
    ("BRAF(V600E) is frequent in melanoma. In our cells, V600E promoted resistance to vemurafenib.",
     ("BRAF", R, "vemurafenib")),
    ("We engineered KRAS-G12D pancreatic cancer cells. G12D promoted resistance to gemcitabine.",
     ("KRAS", R, "gemcitabine")),
    ("Tumours carried the T790M EGFR mutation. T790M drives resistance to gefitinib in lung cancer.",
     ("EGFR", R, "gefitinib")),
    ("We studied EGFR (C797S) in lung cancer. The C797S mutation drives resistance to osimertinib.",
     ("EGFR", R, "osimertinib")),
    ("EGFR L858R/T790M lines were used. L858R/T790M conferred resistance to afatinib in lung cancer cells.",
     ("EGFR", R, "afatinib")),
])
def test_bare_protein_change_takes_the_gene_the_paper_wrote_it_with(text, expected, nlp):
    assert outcomes(text, nlp) == {expected}


@pytest.mark.parametrize("text", [
    "T790M conferred resistance to erlotinib in lung cancer cells.",  # never written with a gene
    "KRAS G12D and NRAS G12D were both found. G12D promoted resistance to gemcitabine.",  # two genes: no reading
    "EGFR T790M was rare. In our cells, L858R conferred resistance to erlotinib.",  # another change
])
def test_protein_change_without_one_gene_in_the_paper_gives_nothing(text, nlp):
    assert outcomes(text, nlp) == set()


def test_change_map_is_built_from_the_documents_own_text(nlp):
    docs = [nlp("EGFR T790M, BRAF(V600E), KRAS-G12D and NRAS G12D."), nlp("PIK3CAH1047R and the T790M EGFR.")]
    assert change_genes(docs) == {"T790M": "EGFR", "V600E": "BRAF", "H1047R": "PIK3CA"}


# -- `D, which targets X, sensitizes cells to D2`: X read as D's inhibited target ----------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Metformin, which targets AMPK, sensitizes gastric cancer cells to cisplatin.", ("AMPK", R, "cisplatin")),
    ("Mdivi-1, which targets DRP1, enhanced the cytotoxicity of doxorubicin in breast cancer cells.",
     ("DNM1L", R, "doxorubicin")),
    ("Rapamycin, which targets mTOR, restored sensitivity to paclitaxel in ovarian cancer cells.",
     ("MTOR", R, "paclitaxel")),
])
def test_target_in_a_drugs_relative_clause_reads_as_inhibited(text, expected, nlp):
    assert outcomes(text, nlp) == {expected}


@pytest.mark.parametrize(("text", "absent"), [
    ("miR-34a, which targets BCL2, sensitizes gastric cancer cells to cisplatin.", "BCL2"),  # a regulator's target
    ("Metformin, which regulates AMPK, sensitizes gastric cancer cells to cisplatin.", "AMPK"),  # no direction
])
def test_target_of_a_regulator_or_undirected_verb_stays_no_regulator(text, absent, nlp):
    assert not {t for t in outcomes(text, nlp) if t[0] == absent}, outcomes(text, nlp)


# -- `X ..., whereas control cells remained sensitive`: the control group's clause inherits no regulator ------

@pytest.mark.parametrize(("text", "expected"), [
    ("Introducing BNIP3 into A549 cells raised the cisplatin IC50 fivefold, whereas parental A549 cells remained "
     "sensitive.", ("BNIP3", R, "cisplatin")),
    ("FUNDC1 overexpression increased the IC50 of oxaliplatin, while vector-transfected cells stayed sensitive.",
     ("FUNDC1", R, "oxaliplatin")),
    ("PINK1-null cells were resistant to cisplatin, whereas wild-type cells remained sensitive.",
     ("PINK1", S, "cisplatin")),
])
def test_control_group_clause_inherits_no_regulator(text, expected, nlp):
    assert outcomes(text, nlp) == {expected}


def test_clause_about_the_same_cells_still_inherits(nlp):
    text = "BNIP3 knockdown increased cisplatin-induced apoptosis, whereas it reduced resistance to paclitaxel."
    assert ("BNIP3", R, "paclitaxel") in outcomes(text, nlp)
