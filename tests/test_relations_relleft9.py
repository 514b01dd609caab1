"""Relation classes of issue 9, session 9, branch relleft9: plural capital acronyms read as gene symbols,
resistant sublines' slash suffixes read as drug codes, `resisted D` as a verb, immune effectors failing to
control tumours, survival of D-treated hosts, `reversed the effect of X on D sensitivity`, and `A targeted X,
and X ...` (X opens the second clause).

Every sentence here was written for these tests (invented findings, real gene and drug names); none is copied
from a development text.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import R, S, check, triples



def _ents(text, nlp):
    return [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]


# -- a capitals acronym with a plural s is no gene spelled with a final capital S ------------------------

@pytest.mark.parametrize("text", [
    "HCCs with high BNIP3 expression were resistant to sorafenib.",
    "BNIP3 knockdown sensitized HCCs to sorafenib.",
    "CRCs with low PINK1 levels responded to oxaliplatin.",
])
def test_plural_capital_acronym_is_no_gene(text, nlp):
    assert all(e[0] not in ("HCCs", "CRCs") for e in _ents(text, nlp))
    assert {r for r, _, _ in triples(text, nlp)} <= {"BNIP3", "PINK1"}


def test_listed_plural_family_keeps_its_reading(nlp):
    # FamPlex lists "CDKs" as the plural of its family: the plural rule leaves a listed plural alone
    assert ("CDKs", "GENE_OR_PROTEIN", "CDK") in _ents("CDKs were inhibited by palbociclib in breast cancer cells.",
                                                       nlp)


# -- a resistant subline's slash suffix after a cell-line code: no drug code --------------------------

@pytest.mark.parametrize("text", [
    "K562/IR and KU812/IR cells showed enhanced ULK1-dependent mitophagy.",
    "SNU449/IR cells showed enhanced ULK1-dependent mitophagy.",
])
def test_cell_line_code_with_subline_suffix_is_no_drug(text, nlp):
    assert [e for e in _ents(text, nlp) if e[1] == "CHEMICAL"] == []


def test_drug_code_before_a_slash_and_no_cell_word_stays_a_drug(nlp):
    assert ("KU-55933", "CHEMICAL", "ku-55933") in _ents("KU-55933/olaparib treatment reduced ATM activity.", nlp)


# -- `resisted D`, `failed to control` ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("BNIP3-overexpressing cells resisted cisplatin.", ("BNIP3", R, "cisplatin")),
    ("Cells overexpressing PINK1 resisted cisplatin-induced apoptosis.", ("PINK1", R, "cisplatin")),
    ("PRKN knockout CAR-T cells failed to control tumours.", ("PRKN", S, "car-t cell therapy")),
    ("FUNDC1-deficient CAR-T cells failed to eradicate leukaemia in mice.", ("FUNDC1", S, "car-t cell therapy")),
])
def test_resist_verbs_and_failed_control(text, expected, nlp):
    check(text, [expected], nlp)


# -- survival of D-treated hosts is efficacy ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("PINK1 knockdown prolonged the survival of cisplatin-treated mice.", ("PINK1", R, "cisplatin")),
    ("BNIP3 overexpression shortened the survival of cisplatin-treated mice.", ("BNIP3", R, "cisplatin")),
    ("PINK1 knockdown prolonged the survival of CAR-T cell-treated NSG mice.", ("PINK1", R, "car-t cell therapy")),
])
def test_survival_of_treated_hosts(text, expected, nlp):
    check(text, [expected], nlp)


# -- `reversed the effect of X on D sensitivity`: the flip reaches the outcome across `the effect of X on` ---

@pytest.mark.parametrize("text", [
    "NIX overexpression reversed the effect of miR-137 on cisplatin sensitivity.",
    "NIX overexpression reversed the effects of miR-137 on cisplatin sensitivity in lung cancer cells.",
    "FUNDC1 overexpression abolished the effect of miR-137 on cisplatin sensitivity.",
])
def test_flip_of_the_effect_of_another_regulator(text, nlp):
    found = triples(text, nlp)
    assert ("BNIP3L" if "NIX" in text else "FUNDC1", R, "cisplatin") in found
    assert not any(e == S and r in ("BNIP3L", "FUNDC1") for r, e, _ in found)


# -- `A targeted X, and X ...`: X is the subject of the second clause ------------------------------------

@pytest.mark.parametrize("text", [
    "miR-137 directly targeted NIX, and NIX overexpression rescued cisplatin resistance.",
    "miR-137 targeted NIX in lung cancer cells, and NIX overexpression conferred cisplatin resistance.",
])
def test_repeated_name_after_comma_and_opens_a_clause(text, nlp):
    found = triples(text, nlp)
    assert ("BNIP3L", R, "cisplatin") in found
    assert ("miR-137", R, "cisplatin") not in found


def test_coordinated_distinct_names_stay_one_clause(nlp):
    # no repeated name: a list of subjects, one clause
    check("PINK1, BNIP3, and FUNDC1 conferred cisplatin resistance.",
          [("PINK1", R, "cisplatin"), ("BNIP3", R, "cisplatin"), ("FUNDC1", R, "cisplatin")], nlp)


# -- `This pathway / this axis ...` opening a sentence: the previous sentence's regulators ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("TBK1 phosphorylated OPTN in myeloma cells. This pathway protected the cells from bortezomib.",
     [("TBK1", R, "bortezomib"), ("OPTN", R, "bortezomib")]),
    ("PINK1 recruited Parkin in glioma cells. This axis was required for temozolomide resistance.",
     [("PINK1", R, "temozolomide"), ("PRKN", R, "temozolomide")]),
    ("PINK1 was raised in resistant cells. This pathway conferred resistance to cisplatin.",
     [("PINK1", R, "cisplatin")]),
])
def test_axis_anaphor_takes_the_previous_regulators(text, expected, nlp):
    check(text, expected, nlp)


@pytest.mark.parametrize("text", [
    # three regulators before: which of them the pathway is, is ambiguous
    "PINK1, BNIP3 and FUNDC1 were studied in glioma cells. This pathway conferred resistance to temozolomide.",
    # "the pathway" is no demonstrative
    "PINK1 recruited Parkin in glioma cells. The pathway conferred resistance to temozolomide.",
])
def test_ambiguous_axis_anaphor_gives_no_record(text, nlp):
    assert {r for r, _, _ in triples(text, nlp)} & {"PINK1", "PRKN", "BNIP3", "FUNDC1"} == set()


# -- `<symbol>-like (protein) N` is the gene <symbol>L<N>, not <symbol> ------------------------------------

@pytest.mark.parametrize(("text", "gene"), [
    ("Bcl-2-like protein 13 promotes mitophagy in breast cancer cells.", "BCL2L13"),
    ("Bcl-2-like protein 11 was induced by paclitaxel.", "BCL2L11"),
    ("Bcl-2-like 1 was induced by paclitaxel.", "BCL2L1"),
])
def test_symbol_like_number_is_its_own_gene(text, gene, nlp):
    genes = [e[2] for e in _ents(text, nlp) if e[1] == "GENE_OR_PROTEIN"]
    assert genes == [gene]


def test_symbol_like_a_noun_keeps_the_symbol(nlp):
    # no number after "-like": nothing to build, the symbol reading stays
    assert ("SIRT1", "GENE_OR_PROTEIN", "SIRT1") in _ents("A SIRT1-like deacetylase was induced by cisplatin.", nlp)


# -- a cell therapy a few change words before its own persistence --------------------------------------

@pytest.mark.parametrize("text", [
    "FUNDC1-deficient CAR-T cells showed reduced persistence in vivo.",
    "FUNDC1-deficient CAR-T cells lost persistence in vivo.",
])
def test_cell_therapy_losing_its_persistence(text, nlp):
    check(text, [("FUNDC1", S, "car-t cell therapy")], nlp, absent=[("FUNDC1", R, "car-t cell therapy")])


def test_lost_flips_an_outcome(nlp):
    check("BNIP3-deficient cells lost sensitivity to cisplatin.", [("BNIP3", S, "cisplatin")], nlp)


def test_persistence_of_drug_tolerant_cells_is_no_cell_therapy_outcome(nlp):
    # a drug before "persistence" with verbs between: only a cell therapy owns its persistence that way
    assert triples("Cisplatin treatment showed reduced persistence of PINK1-high cells.", nlp) == set()


# -- the second of a drug's coordinated targets is its own target too --------------------------------------

def test_second_coordinated_target_of_a_drug_is_its_own_target(nlp):
    # "Bcl-2-like 1" now reads as BCL2L1 (not BCL2): the own-target check must still see it as the drug's target
    text = ("Navitoclax, an oral inhibitor of both BCL2 and BCL-2-like 1, has shown clinical activity in "
            "leukaemia.")
    assert {r for r, _, _ in triples(text, nlp)} & {"BCL2", "BCL2L1"} == set()
