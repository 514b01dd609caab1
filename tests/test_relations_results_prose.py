"""Error classes of issue 9 seen on research-paper Results and Discussion prose
(``annotations/dev/synthetic7``, tune part): one group per class, on sentences written for these tests
(none comes from a paper or from the set). Runs the project NER (``pipeline.ner.load_nlp``)."""

from __future__ import annotations

import pytest
from test_relations_fixtures import one_paragraph_document
from test_relations_generalize import IND, INH, R, S, check

from pipeline.relations import extract_records
from pipeline.relations.own_work import reports_own_work


def _citations(text, markers, nlp):
    records = extract_records(one_paragraph_document(text, markers), nlp=nlp)
    return {(i, r.effect, r.therapy_id, tuple(r.citations)) for r in records for i in r.regulator_ids}


# -- an own result next to a cited sentence takes no neighbour's markers (spec rule 4) ---------------

@pytest.mark.parametrize("sentence", [
    "BNIP3 knockdown increased temozolomide-induced apoptosis in U251 cells (Fig. 3B; P < 0.01).",
    "In our hands, BNIP3 knockdown increased temozolomide-induced apoptosis in U251 cells.",
    "Here we found that BNIP3 knockdown increased temozolomide-induced apoptosis in U251 cells.",
    "BNIP3 knockdown increased temozolomide-induced apoptosis in U251 cells (Supplementary Fig. S4).",
])
def test_an_own_result_borrows_no_neighbour_marker(sentence, nlp):
    cited = "Earlier work reported that FUNDC1 protects glioma cells from temozolomide [7]."
    for text in (f"{cited} {sentence}", f"{sentence} {cited}"):
        got = _citations(text, [("[7]", [7])], nlp)
        assert ("BNIP3", R, "temozolomide", ()) in got, (text, got)
        assert ("FUNDC1", R, "temozolomide", (7,)) in got, (text, got)


def test_a_continuation_without_an_own_result_cue_still_borrows(nlp):
    text = ("FUNDC1 was reported to protect glioma cells from temozolomide [7]. FUNDC1 knockdown also sensitized "
            "glioma stem cells to temozolomide.")
    got = _citations(text, [("[7]", [7])], nlp)
    assert ("FUNDC1", R, "temozolomide", (7,)) in got, got


@pytest.mark.parametrize(("text", "own"), [
    ("X rose after treatment (Fig. 2A-D).", True),
    ("X rose after treatment (Figure 4C, E).", True),
    ("X rose after treatment (Supplementary Fig. S3).", True),
    ("X rose after treatment (Supplementary Table S2).", True),
    ("X rose after treatment (n = 6 per group; P = 0.003).", True),
    ("Our data show that X rises after treatment.", True),
    ("We observed that X rises after treatment.", True),
    ("X rises after treatment in several tumour types (Figure 2).", False),
    ("We previously reported that X rises after treatment.", False),
    ("X rises after treatment, as summarized in Table 1.", False),
])
def test_own_result_cues(text, own):
    assert reports_own_work(text) is own


def test_the_sentence_after_an_own_result_borrows_no_marker(nlp):
    text = ("Proteasome inhibitors such as carfilzomib are standard in myeloma [1]. Our data show that carfilzomib "
            "activates ULK1 in myeloma cells. The ULK1 inhibitor MRT68921 sensitized the cells to carfilzomib.")
    got = _citations(text, [("[1]", [1])], nlp)
    assert ("ULK1", R, "carfilzomib", ()) in got, got
    assert not any(c for *_, c in got), got


# -- a long intergenic ncRNA written with its HGNC symbol is a regulator, never a drug code --------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Silencing of LINC00912 increased cisplatin-induced apoptosis in bladder cancer cells.",
     [("LINC00912", R, "cisplatin")], [("mitophagy", INH, "linc00912")]),
    ("LINC03118 overexpression conferred resistance to paclitaxel in ovarian cancer cells.",
     [("LINC03118", R, "paclitaxel")], []),
])
def test_linc_symbol_is_a_regulator(text, expected, absent, nlp):
    check(text, expected, nlp, absent=absent)


# -- a code-shaped cell-line name before 'cells' / 'xenografts' is no therapy ----------------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("SIRT3 knockdown restored oxaliplatin sensitivity in MGC-803/OXA cells.",
     [("SIRT3", R, "oxaliplatin")], [("SIRT3", R, "mgc-803")]),
    ("BNIP3 silencing restored docetaxel sensitivity in KYSE-510 cells and xenografts.",
     [("BNIP3", R, "docetaxel")], [("BNIP3", R, "kyse-510")]),
])
def test_cell_line_code_is_no_therapy(text, expected, absent, nlp):
    check(text, expected, nlp, absent=absent)


# -- the drug compounded with the outcome noun owns it ----------------------------------------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("The DRP1 inhibitor mdivi-1 enhanced carfilzomib killing of myeloma cells.",
     [("DNM1L", R, "carfilzomib")], [("DNM1L", R, "mdivi-1")]),
    ("Enforced FUNDC1 expression restored sorafenib resistance in metformin-treated liver cancer cells.",
     [("FUNDC1", R, "sorafenib")], [("FUNDC1", R, "metformin")]),
])
def test_the_drug_compounded_with_the_outcome_is_the_therapy(text, expected, absent, nlp):
    check(text, expected, nlp, absent=absent)


def test_in_d_treated_cells_still_names_the_therapy_of_a_bare_outcome(nlp):
    check("PINK1 knockdown increased apoptosis in etoposide-treated lung cancer cells.",
          [("PINK1", R, "etoposide")], nlp)


# -- an effector cell therapy's persistence and tumour control are its efficacy (sensitivity side) ---

@pytest.mark.parametrize(("text", "expected"), [
    ("BNIP3L knockout reduced CAR-T cell persistence in mice bearing leukaemia xenografts.",
     [("BNIP3L", S, "car-t cell therapy")]),
    ("PRKN-dependent mitophagy sustains CAR-T cell persistence in lymphoma models.",
     [("PRKN", S, "car-t cell therapy")]),
    ("SIRT3 deletion in T cells impaired tumour control by anti-PD-1 antibodies in melanoma-bearing mice.",
     [("SIRT3", S, "immunotherapy")]),
])
def test_persistence_and_tumour_control(text, expected, nlp):
    check(text, expected, nlp)


def test_persistence_of_tumour_cells_is_not_read_as_efficacy(nlp):
    got = {t for t in _citations("Persistence of drug-tolerant cells after paclitaxel required OPTN.", [], nlp)}
    assert not any(e == S for _, e, _, _ in got), got


# -- a gene symbol and a protein's lower-case name joined by a hyphen are a pair of regulators -------

@pytest.mark.parametrize(("text", "expected"), [
    ("TBK1-optineurin signalling protects ovarian cancer cells from olaparib.",
     [("TBK1", R, "olaparib"), ("OPTN", R, "olaparib")]),
    ("PINK1-parkin mitophagy protects colorectal cancer cells from oxaliplatin.",
     [("PINK1", R, "oxaliplatin"), ("PRKN", R, "oxaliplatin")]),
])
def test_symbol_hyphen_protein_name_pair(text, expected, nlp):
    check(text, expected, nlp)


# -- 'links X to resistance' states no direction (rule 8); an aim ends at 'because' -----------------

@pytest.mark.parametrize("text", [
    "PGAM5 activity links oxidative stress to cisplatin resistance in ovarian cancer.",
    "MFN2 loss connects metabolic stress to radioresistance in glioma.",
])
def test_link_verbs_state_no_direction(text, nlp):
    assert not {t for t in _citations(text, [], nlp) if t[1] in (R, S)}


def test_a_cited_finding_after_because_is_not_part_of_the_aim(nlp):
    check("We asked whether PARK7 contributes to antibody resistance, because PARK7 had been reported to protect "
          "gastric cancer cells from oxaliplatin.", [("PARK7", R, "oxaliplatin")], nlp)


# -- cell-line names with their cancer type before 'cells' describe the cells ----------------------

def test_resistant_cell_line_names_with_a_cancer_type(nlp):
    check("miR-4437-5p was the most strongly downregulated microRNA in erlotinib-resistant HCC827/ER lung "
          "adenocarcinoma cells.", [("hsa-miR-4437-5p", S, "erlotinib")], nlp,
          absent=[("hsa-miR-4437-5p", R, "erlotinib")])


# -- 'D1 combined with D2' / 'in combination with' coordinates the two drugs -----------------------

@pytest.mark.parametrize("text", [
    "Gemcitabine combined with cisplatin induced PINK1 accumulation and mitophagy in bladder cancer cells.",
    "Gemcitabine in combination with cisplatin induced PINK1 accumulation and mitophagy in bladder cancer cells.",
])
def test_combined_with_coordinates_drugs(text, nlp):
    check(text, [("PINK1", IND, "gemcitabine"), ("PINK1", IND, "cisplatin"), ("mitophagy", IND, "gemcitabine")], nlp)


# -- 'D lowered X and sensitized cells to D2': the lowered X protects from D2 ------------------------

@pytest.mark.parametrize("verb", ["lowered", "reduces", "decreasing"])
def test_lowering_the_regulator_before_the_outcome(verb, nlp):
    check(f"Niclosamide {verb} FUNDC1 levels and sensitized ovarian cancer cells to carboplatin.",
          [("FUNDC1", R, "carboplatin")], nlp, absent=[("FUNDC1", S, "carboplatin")])


# -- a drug known only by its INN stem stays a drug before '-resistant' / '-treated' --------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Trastuzumab-resistant breast cancer cells showed higher BNIP3 levels than parental cells.",
     [("BNIP3", R, "trastuzumab")]),
    ("Cetuximab-resistant colorectal cancer cells showed higher PINK1 levels than parental cells.",
     [("PINK1", R, "cetuximab")]),
])
def test_inn_stem_drug_before_a_hyphenated_relation_word(text, expected, nlp):
    check(text, expected, nlp)


def test_inn_stem_word_in_another_hyphenated_name_is_not_read(nlp):
    doc = nlp("Ado-trastuzumab-emtansine was given to the patients.")
    assert not any(e.text.lower() == "trastuzumab" for e in doc.ents)
