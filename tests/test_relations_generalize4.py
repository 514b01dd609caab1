"""Error classes of issue 9, fourth round: one group per class, on sentences written for these tests.

Runs the project NER (``pipeline.ner.load_nlp``) as ``test_relations_generalize.py`` does;
none of these sentences comes from a paper.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import IND, INH, R, S, check, triples



# -- two sentences, no anaphor: the second states the outcome of the first's manipulation ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("We silenced PINK1 in A549 cells. Consequently, these cells became more sensitive to cisplatin.",
     ("PINK1", R, "cisplatin")),
    ("BNIP3 was overexpressed in HCT116 cells. As a result, the cells acquired resistance to oxaliplatin.",
     ("BNIP3", R, "oxaliplatin")),
    ("Knockdown of FUNDC1 impaired mitophagy. Moreover, this markedly sensitized cells to sorafenib.",
     ("FUNDC1", R, "sorafenib")),
    ("We overexpressed PRKN in SW480 cells. Accordingly, sensitivity to irinotecan increased.",
     ("PRKN", S, "irinotecan")),
])
def test_continuation_marker_carries_the_previous_manipulation(text, expected, nlp):
    check(text, [expected], nlp)


@pytest.mark.parametrize(("text", "absent"), [
    # the first sentence states no change of its subject
    ("PINK1 is a kinase. Consequently, cisplatin resistance remains a challenge.", ("PINK1", R, "cisplatin")),
    # no continuation marker: two separate statements
    ("We overexpressed PINK1 in A549 cells. The cells were resistant to cisplatin.", ("PINK1", R, "cisplatin")),
    # the previous subject is a drug
    ("Cisplatin silenced PINK1 in A549 cells. Consequently, the cells became sensitive to cisplatin.",
     ("PINK1", R, "cisplatin")),
    # an event pronoun far from the outcome word is no continuation
    ("We silenced PINK1 in A549 cells. This approach was then used in cells exposed to cisplatin and showed resistance.",
     ("PINK1", S, "cisplatin")),
])
def test_no_continuation_without_marker_or_manipulation(text, absent, nlp):
    check(text, [], nlp, absent=[absent])


def test_a_sentence_with_its_own_regulator_is_no_continuation(nlp):
    check("We silenced PINK1 in A549 cells. Consequently, BNIP3 knockdown sensitized cells to cisplatin.",
          [("BNIP3", R, "cisplatin")], nlp, absent=[("PINK1", R, "cisplatin")])


# -- a modality named only in a cell adjective (raised in resistant -> promotes_resistance) ---------

@pytest.mark.parametrize(("text", "expected"), [
    ("FUNDC1 is upregulated in radioresistant cells.", ("FUNDC1", R, "radiotherapy")),
    ("PINK1 was highly expressed in chemoresistant tumours.", ("PINK1", R, "chemotherapy")),
    ("Expression of BNIP3 was reduced in radioresistant nasopharyngeal carcinoma cells.", ("BNIP3", S, "radiotherapy")),
    ("Upregulation of PINK1 was observed in chemoresistant ovarian cancer tissues.", ("PINK1", R, "chemotherapy")),
    ("BNIP3 is upregulated in cisplatin-resistant cells.", ("BNIP3", R, "cisplatin")),
])
def test_modality_in_a_cell_adjective(text, expected, nlp):
    check(text, [expected], nlp)


# -- introduction prose: cited findings, reporting frames, association ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("SIRT3 (12), PINK1 (13) and BNIP3 (14) promote resistance to cisplatin.",
     [("SIRT3", R, "cisplatin"), ("PINK1", R, "cisplatin"), ("BNIP3", R, "cisplatin")]),
    ("PINK1 has been shown to promote resistance to cisplatin [12].", [("PINK1", R, "cisplatin")]),
    ("BNIP3 was reported to confer resistance to sorafenib (5).", [("BNIP3", R, "sorafenib")]),
    ("Previous studies demonstrated that FUNDC1 promotes oxaliplatin resistance [7].", [("FUNDC1", R, "oxaliplatin")]),
    ("It is well established that PINK1 contributes to cisplatin resistance (8).", [("PINK1", R, "cisplatin")]),
    ("PINK1-mediated mitophagy underlies cisplatin resistance [11].", [("PINK1", R, "cisplatin")]),
    ("BNIP3 mediates sorafenib resistance in hepatocellular carcinoma (3).", [("BNIP3", R, "sorafenib")]),
    ("Knockdown of SIRT3 re-sensitized cells to cisplatin (5, 6).", [("SIRT3", R, "cisplatin")]),
    # spec conventions: raised with resistance -> promotes_resistance; "associated with" is read that way
    ("High PINK1 expression is associated with resistance to cisplatin [10].", [("PINK1", R, "cisplatin")]),
    ("Low BNIP3 expression was associated with resistance to gemcitabine.", [("BNIP3", S, "gemcitabine")]),
])
def test_introduction_style_findings(text, expected, nlp):
    check(text, expected, nlp)


# -- resistance of non-tumour organisms and receptor pharmacology: no outcome record -----------------

@pytest.mark.parametrize("text", [
    "Deletion of ERG11 causes fluconazole resistance in Candida albicans.",
    "Overexpression of the efflux pump MexB confers resistance to ciprofloxacin in Pseudomonas aeruginosa isolates.",
    "Loss of PDR5 increased sensitivity of yeast cells to ketoconazole.",
    "Deletion of KatG confers isoniazid resistance in Mycobacterium tuberculosis strains.",
    "Mutation of ADRB2 decreased sensitivity to the agonist isoproterenol, with a tenfold higher EC50.",
    "Loss of HTR2A abolished the response to the agonist psilocybin in receptor binding assays.",
])
def test_non_tumour_organisms_and_receptor_pharmacology_give_no_outcome(text, nlp):
    from test_relations_generalize import triples
    assert not {t for t in triples(text, nlp) if t[1] in (R, S)}, text


@pytest.mark.parametrize(("text", "expected"), [
    # a tumour word keeps the finding, whatever else the sentence names
    ("Knockdown of PINK1 sensitized lung cancer cells to cisplatin, whereas bacteria were unaffected.",
     ("PINK1", R, "cisplatin")),
    # a drug's origin or class in one sentence is no setting
    ("PINK1 knockdown sensitized cells to curcumin, a plant-derived polyphenol.", ("PINK1", R, "curcumin")),
    ("PINK1 knockdown sensitized cells to doxorubicin, an anthracycline antibiotic.", ("PINK1", R, "doxorubicin")),
])
def test_tumour_findings_near_organism_words_stay(text, expected, nlp):
    check(text, [expected], nlp)


# -- code names without an INN; a class describing the drug names its target ------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("BNIP3 knockdown enhanced the cytotoxicity of TZ-117 in glioma cells.", ("BNIP3", R, "tz-117")),
    ("PINK1 silencing sensitized cells to the compound LX2215.", ("PINK1", R, "lx2215")),
    ("Treatment with QR-4821 blocked PINK1-mediated mitophagy.", ("PINK1", INH, "qr-4821")),
])
def test_letter_digit_codes_are_compounds(text, expected, nlp):
    check(text, [expected], nlp)


@pytest.mark.parametrize(("text", "expected"), [
    ("The CK2 inhibitor QX-4103 suppressed mitophagy in glioma cells.",
     [("CK2", INH, "qx-4103"), ("mitophagy", INH, "qx-4103")]),
    ("QX-4103, a selective CK2 inhibitor, blocked mitophagy in glioma cells.",
     [("CK2", INH, "qx-4103"), ("mitophagy", INH, "qx-4103")]),
    # mitophagy as stated decides (spec: "inhibits mTOR, enhances mitophagy" -> induces)
    ("The EGFR inhibitor gefitinib induced mitophagy in lung cancer cells.",
     [("EGFR", IND, "gefitinib"), ("mitophagy", IND, "gefitinib")]),
])
def test_class_described_drug_acting_on_mitophagy_names_its_target(text, expected, nlp):
    check(text, expected, nlp)


def test_class_described_drug_with_a_named_mediator_only_describes_it(nlp):
    # the mediator is the regulator; the class's target is the drug's description
    check("QX-4103, a selective CK2 inhibitor, blocked PINK1-mediated mitophagy.", [("PINK1", INH, "qx-4103")], nlp,
          absent=[("CK2", INH, "qx-4103")])


# -- verbs of what a drug does to a machinery protein or to mitophagy ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("QX-3097 accelerated PINK1/Parkin-dependent mitophagy in leukemia cells.", ("PINK1", IND, "qx-3097")),
    ("Bortezomib recruited OPTN and TBK1 to damaged mitochondria.", ("OPTN", IND, "bortezomib")),
    ("Tamoxifen stabilized PINK1 within 6 hours.", ("PINK1", IND, "tamoxifen")),
    ("Decitabine reactivated MUL1 in prostate cancer cells.", ("MUL1", IND, "decitabine")),
])
def test_raising_verbs_on_the_machinery(text, expected, nlp):
    check(text, [expected], nlp)


def test_alter_is_directionless(nlp):
    check("We screened for compounds that alter venetoclax response in BNIP3-deficient cells.", [], nlp,
          absent=[("BNIP3", R, "venetoclax"), ("BNIP3", S, "venetoclax")])


# -- a contrast aside: "X, but not Y, <outcome>" is X's finding, not Y's --------------------------

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Silencing of BNIP3, but not of BNIP3L, reduced clonogenic survival after irradiation.",
     ("BNIP3", R, "radiotherapy"), ("BNIP3L", R, "radiotherapy")),
    ("Knockdown of PINK1, but not PRKN, sensitized cells to cisplatin.", ("PINK1", R, "cisplatin"), ("PRKN", R, "cisplatin")),
])
def test_contrast_aside(text, expected, absent, nlp):
    check(text, [expected], nlp, absent=[absent])


def test_but_not_without_an_aside_still_negates(nlp):
    check("Complete ablation of PINK1 affects survival genes, but not cisplatin responsiveness or inflammation.", [], nlp,
          absent=[("PINK1", S, "cisplatin"), ("PINK1", R, "cisplatin")])


# -- a drug as the instrument of a change of a regulator ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Targeting ULK1 with QX-2931 blocks gemcitabine-induced mitophagy.", ("ULK1", INH, "qx-2931")),
    ("TBK1 inhibition with QX-8612 prevented OPTN phosphorylation.", ("TBK1", INH, "qx-8612")),
    ("DRP1 inhibition with mdivi-1 sensitized prostate cancer cells to docetaxel.", ("DNM1L", INH, "mdivi-1")),
])
def test_regulator_changed_with_a_drug(text, expected, nlp):
    check(text, [expected], nlp)


@pytest.mark.parametrize(("text", "absent"), [
    # a drug given to cells described by a change is no instrument of that change
    ("Treatment of PINK1-deficient cells with cisplatin induced apoptosis.", ("PINK1", INH, "cisplatin")),
    ("PINK1 knockdown sensitized cells treated with cisplatin.", ("PINK1", INH, "cisplatin")),
])
def test_no_instrument_without_the_preposition_after_the_change(text, absent, nlp):
    check(text, [], nlp, absent=[absent])


# -- "in response to D" names a stimulus; IC50 is a resistance-side read-out -------------------------

def test_in_response_to_is_a_stimulus_not_an_outcome(nlp):
    check("Mitophagy is activated in response to cisplatin and protects tumour cells from apoptosis.",
          [("mitophagy", IND, "cisplatin"), ("mitophagy", R, "cisplatin")], nlp, absent=[("mitophagy", S, "cisplatin")])


@pytest.mark.parametrize(("text", "expected"), [
    ("Knockdown of PINK1 decreased the IC50 of cisplatin in A549 cells.", ("PINK1", R, "cisplatin")),
    ("BNIP3 knockdown increased the IC50 of sorafenib.", ("BNIP3", S, "sorafenib")),
    ("PINK1 overexpression increased the IC50 value of doxorubicin in breast cancer cells.", ("PINK1", R, "doxorubicin")),
])
def test_ic50_of_a_drug(text, expected, nlp):
    check(text, [expected], nlp)


# -- a drug subject acting on mitophagy by a gerund after by/through --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Melatonin enhanced the sensitivity of cancer cells to cisplatin by inhibiting PINK1/Parkin-mediated mitophagy.",
     [("PINK1", INH, "melatonin"), ("PRKN", INH, "melatonin"), ("PINK1", R, "cisplatin")]),
    ("Metformin sensitized ovarian cancer cells to cisplatin through suppressing mitophagy.",
     [("mitophagy", INH, "metformin"), ("mitophagy", R, "cisplatin")]),
    ("Resveratrol overcame sorafenib resistance by activating BNIP3-dependent mitophagy.",
     [("BNIP3", IND, "resveratrol"), ("BNIP3", S, "sorafenib")]),
])
def test_drug_acting_by_a_gerund(text, expected, nlp):
    check(text, expected, nlp)


def test_a_regulator_subject_keeps_the_means_as_its_own_mechanism(nlp):
    # the finding is the subject's; mitophagy after "by disrupting" makes no separate claim
    check("Inhibition of ATAD3A restored sensitivity to sorafenib by disrupting mitophagy.", [("ATAD3A", R, "sorafenib")],
          nlp, absent=[("mitophagy", R, "sorafenib")])


# -- precision on unrelated pharmacology (ChemProt-like sentences written for these tests) ------------

@pytest.mark.parametrize("text", [
    # an outcome word inside a compound name: a non-therapy before the hyphen, or -associated after it
    "Glibenclamide closes the ATP-sensitive K+ channels in pancreatic beta-cells by binding SUR1.",
    "Montelukast reduced LTC4 production in IgE-sensitized mast cells lacking ALOX5.",
    "Doxorubicin is exported by ABCB1 and multidrug resistance-associated protein 2 (ABCC2) in the liver.",
    "BNIP3 expression was elevated in castration-resistant prostate cancer treated with docetaxel.",
    # a drug described by its targets ("an inhibitor against X and Y")
    "Dasatinib, a kinase inhibitor against SRC and ABL1, overcame imatinib resistance in leukemia cells.",
    # two drugs acting together through a protein: how they act, not what resists them
    "Gemcitabine and pemetrexed synergistically killed lung cancer cells through suppression of AKT phosphorylation.",
    # no direction
    "PRKCA and PRKCD isoforms showed differential sensitivity to bryostatin in HL-60 cells.",
    # enzyme pharmacology
    "Mutants of PDE3A had reduced sensitivity to milrinone, with K(i) values 20-fold higher than the wild type.",
])
def test_no_outcome_record_from_names_targets_and_pharmacology(text, nlp):
    from test_relations_generalize import triples
    assert not {t for t in triples(text, nlp) if t[1] in (R, S)}, text


@pytest.mark.parametrize(("text", "expected"), [
    ("Secondary mutations in FLT3 cause resistance to AC220 (quizartinib) in leukemia.", ("FLT3", R, "quizartinib")),
    ("PINK1 knockdown sensitized cisplatin- and etoposide-resistant cells to apoptosis.", ("PINK1", R, "etoposide")),
    ("FUNDC1 confers radiation-resistance in glioma.", ("FUNDC1", R, "radiotherapy")),
])
def test_code_with_its_inn_and_suspended_hyphens(text, expected, nlp):
    check(text, [expected], nlp)


# -- stimuli joined by a slash, names with an outcome word, toxic synergy ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Inhibition of CASP8 or RIPK1 blocks radiation/TNF-induced cell death in sarcoma cells.",
     [("RIPK1", S, "radiotherapy")]),
    ("BNIP3 overexpression blocked cisplatin-induced apoptosis.", [("BNIP3", R, "cisplatin")]),
])
def test_slash_joined_stimulus_and_the_flip_before_it(text, expected, nlp):
    check(text, expected, nlp)


@pytest.mark.parametrize("text", [
    "The abundance of the thiazide-sensitive Na-Cl cotransporter (SLC12A3) was decreased.",
    "When sirolimus was combined with tacrolimus, a synergistic nephrotoxic effect was described in MTOR-deficient mice.",
    "Bicuculline and BAY K-8644, an opener of CACNA1C channels, reversed the protective activity of loreclezole "
    "against seizures.",
])
def test_no_outcome_from_protein_names_toxic_synergy_or_seizure_pharmacology(text, nlp):
    from test_relations_generalize import triples
    assert not {t for t in triples(text, nlp) if t[1] in (R, S)}, text


# -- degradation as a loss -------------------------------------------------------------------------

def test_degradation_is_a_loss(nlp):
    check("PINK1 degradation sensitized cells to sorafenib.", [("PINK1", R, "sorafenib")], nlp,
          absent=[("PINK1", S, "sorafenib")])


def test_antisense_oligonucleotides_are_tools_not_therapies(nlp):
    check("Downregulation of PINK1 using antisense oligonucleotides sensitized lung cancer cells to cisplatin.",
          [("PINK1", R, "cisplatin")], nlp,
          absent=[("PINK1", INH, "antisense oligonucleotides"), ("PINK1", S, "antisense oligonucleotides")])


# -- the object of a change gerund after the mitophagy a drug acts on --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("In head and neck cancer cells, cetuximab reduced mitophagy by lowering BNIP3 expression.",
     [("BNIP3", INH, "cetuximab"), ("mitophagy", INH, "cetuximab")]),
    ("Cisplatin induced mitophagy by upregulating PINK1 and Parkin.", [("PINK1", IND, "cisplatin"), ("PRKN", IND, "cisplatin")]),
    # mitophagy as stated decides (spec: "inhibits mTOR, enhances mitophagy" -> induces)
    ("Rapamycin enhanced mitophagy by inhibiting mTOR in glioma cells.", [("MTOR", IND, "sirolimus")]),
])
def test_gerund_object_of_a_drug_acting_on_mitophagy(text, expected, nlp):
    check(text, expected, nlp)


# -- session 5 (lead): "by <verb>ing X-dependent mitophagy" after any subject: X carries the outcome ----

@pytest.mark.parametrize(("text", "expected"), [
    ("circMYO10 confers resistance to cisplatin in osteosarcoma by enhancing BNIP3-dependent mitophagy.",
     [("BNIP3", R, "cisplatin"), ("circMYO10", R, "cisplatin")]),
    ("TBK1 inhibition overcomes bortezomib resistance in myeloma cells by blocking OPTN-dependent mitophagy.",
     [("OPTN", R, "bortezomib"), ("TBK1", R, "bortezomib")]),
])
def test_means_through_regulator_mediated_mitophagy_gives_the_mediator(text, expected, nlp):
    check(text, expected, nlp)


def test_means_that_targets_a_regulator_gives_it_no_record(nlp):
    # "by targeting X-driven mitophagy": X is the subject's target (the convention), and a bare
    # "by <verb>ing X" after a regulator subject is not read as X carrying the outcome (a change verb
    # before X-driven mitophagy does give X a record: tests/test_relations_means_change_verbs.py)
    check("miR-34a-5p restores irinotecan sensitivity in colon cancer cells by targeting SIRT1-driven mitophagy.",
          [("hsa-miR-34a-5p", S, "irinotecan")], nlp, absent=[("SIRT1", S, "irinotecan"), ("SIRT1", R, "irinotecan")])
    check("HIF1A promotes sorafenib resistance by activating BNIP3 transcription.", [("HIF1A", R, "sorafenib")], nlp,
          absent=[("BNIP3", R, "sorafenib")])


@pytest.mark.parametrize(("text", "expected"), [
    ("Loss of the mitophagy receptor BNIP3L rendered lung cancer cells refractory to erlotinib.", ("BNIP3L", S, "erlotinib")),
    ("Silencing of the mitophagy adaptor OPTN restored sensitivity to bortezomib.", ("OPTN", R, "bortezomib")),
])
def test_a_process_word_describing_the_regulator_keeps_its_modifier(text, expected, nlp):
    # "loss of the mitophagy receptor X": "mitophagy" only describes X, the loss is X's
    check(text, [expected], nlp, absent=[(expected[0], R if expected[1] == S else S, expected[2])])


@pytest.mark.parametrize(("text", "expected"), [
    ("PINK1 promotes resistance to PD-L1 blockade in melanoma.", ("PINK1", R, "immunotherapy")),
    ("Loss of PINK1 sensitized tumours to anti-CTLA-4 antibodies.", ("PINK1", R, "immunotherapy")),
])
def test_checkpoint_blockade_named_by_its_target_is_immunotherapy(text, expected, nlp):
    check(text, [expected], nlp)


def test_respectively_pairs_regulators_and_therapies_in_order(nlp):
    text = "PINK1 (6) and BNIP3 (7) promote resistance to cisplatin and paclitaxel, respectively, in lung cancer."
    got = {t for t in triples(text, nlp) if t[1] == R}
    assert got == {("PINK1", R, "cisplatin"), ("BNIP3", R, "paclitaxel")}
    # without the word every pair stands
    assert len({t for t in triples(text.replace(", respectively,", ""), nlp) if t[1] == R}) == 4
