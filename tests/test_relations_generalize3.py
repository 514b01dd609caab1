"""Error classes of issue 9, third round: one group per class, on sentences written for these tests.

Runs the project NER (``pipeline.ner.load_nlp``) as ``test_relations_generalize.py`` does;
none of these sentences comes from a paper.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import IND, INH, R, S, check, triples



# -- inverted polarity: prefixed verbs, depletion and loss ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Silencing BNIP3 re-sensitized resistant cells to sorafenib.", ("BNIP3", R, "sorafenib")),
    ("Knockdown of FUNDC1 re-sensitized resistant gastric cancer cells to oxaliplatin.", ("FUNDC1", R, "oxaliplatin")),
    ("Restoration of Parkin re-sensitized resistant cells to docetaxel.", ("PRKN", S, "docetaxel")),
    ("Depletion of PINK1 restored cisplatin-induced apoptosis in resistant cells.", ("PINK1", R, "cisplatin")),
    ("Loss of FUNDC1 abrogated resistance to doxorubicin.", ("FUNDC1", R, "doxorubicin")),
])
def test_prefixed_verbs_and_inverted_polarity(text, expected, nlp):
    check(text, [expected], nlp)


# -- anaphors: its / this protein / the kinase stand for the last subject ------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("PINK1 is upregulated in resistant cells. Its knockdown sensitized cells to cisplatin.", ("PINK1", R, "cisplatin")),
    ("BNIP3 is a mitophagy receptor. This protein confers resistance to sorafenib.", ("BNIP3", R, "sorafenib")),
    ("ULK1 is activated by AMPK. The kinase promotes resistance to gemcitabine.", ("ULK1", R, "gemcitabine")),
    ("PINK1 promotes survival of ovarian cancer cells. Its depletion restores cisplatin-induced apoptosis.",
     ("PINK1", R, "cisplatin")),
    ("Mitophagy is elevated in resistant cells. Its inhibition sensitized cells to cisplatin.",
     ("mitophagy", R, "cisplatin")),
])
def test_opening_anaphor_continues_the_previous_subject(text, expected, nlp):
    check(text, [expected], nlp)


@pytest.mark.parametrize(("text", "absent"), [
    # the previous sentence's subject is a drug: "its" is not a regulator
    ("Cisplatin activates PINK1. Its knockdown sensitized cells to doxorubicin.", ("PINK1", R, "doxorubicin")),
    # a head noun for a protein never stands for mitophagy
    ("Mitophagy is elevated in resistant cells. This protein sensitized cells to cisplatin.",
     ("mitophagy", R, "cisplatin")),
])
def test_anaphor_without_a_regulator_subject_gives_nothing(text, absent, nlp):
    check(text, [], nlp, absent=[absent])


def test_a_name_after_the_head_noun_is_the_subject(nlp):
    check("BNIP3 is upregulated. The kinase ULK1 promotes resistance to gemcitabine.", [("ULK1", R, "gemcitabine")],
          nlp, absent=[("BNIP3", R, "gemcitabine")])


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("BNIP3L accumulates in lenvatinib-refractory tumours and its depletion restores lenvatinib-induced apoptosis.",
     ("BNIP3L", R, "lenvatinib"), ("BNIP3L", S, "lenvatinib")),
    ("FUNDC1 is overexpressed in gastric cancer, and its silencing sensitized cells to oxaliplatin.",
     ("FUNDC1", R, "oxaliplatin"), ("FUNDC1", S, "oxaliplatin")),
])
def test_possessive_modifier_inside_the_sentence(text, expected, wrong, nlp):
    check(text, [expected], nlp, absent=[wrong])


# -- agents: passives and negation ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Mitophagy was induced by cisplatin in ovarian cancer cells.", ("mitophagy", IND, "cisplatin")),
    ("Mitophagy was markedly blocked by Mdivi-1.", ("mitophagy", INH, "mdivi-1")),
    ("PINK1-mediated mitophagy was strongly enhanced by sorafenib treatment.", ("PINK1", IND, "sorafenib")),
])
def test_passive_agent_after_an_auxiliary(text, expected, nlp):
    check(text, [expected], nlp)


@pytest.mark.parametrize("text", [
    "Mitophagy was not induced by cisplatin.",
    "Cisplatin failed to induce mitophagy in these cells.",
    "Cisplatin did not induce PINK1-mediated mitophagy.",
    "Doxorubicin did not alter PINK1 levels.",
    "PINK1 knockdown did not affect sensitivity to cisplatin.",
    "BNIP3 overexpression failed to confer resistance to sorafenib.",
])
def test_negated_agents_and_outcomes_give_nothing(text, nlp):
    assert not triples(text, nlp)


# -- tools acting on a regulator next to a co-treated drug ---------------------------------------

def test_mitophagy_inhibitor_with_a_cotreated_drug(nlp):
    check("Combining gemcitabine with the mitophagy inhibitor liensinine produced synergistic tumour regression.",
          [("mitophagy", INH, "liensinine"), ("mitophagy", R, "gemcitabine")], nlp,
          absent=[("mitophagy", R, "liensinine")])


def test_mitophagy_inhibitor_alone_keeps_its_outcome(nlp):
    check("Inhibition of mitophagy with Mdivi-1 enhanced the cytotoxicity of doxorubicin.",
          [("mitophagy", INH, "mdivi-1"), ("mitophagy", R, "doxorubicin")], nlp)


@pytest.mark.parametrize(("text", "absent"), [
    ("Treatment with the SIRT3 inhibitor 3-TYP sensitized cells to doxorubicin.", ("SIRT3", R, "3-typ")),
    ("ULK1 overexpression rescued resistance in transfected cells, and the ULK1 inhibitor SBI-0206965 was "
     "inactive.", ("ULK1", R, "sbi-0206965")),
])
def test_inhibitor_of_x_is_no_therapy_of_x(text, absent, nlp):
    check(text, [], nlp, absent=[absent])


def test_named_class_target_still_gives_the_cotreated_record(nlp):
    check("Treatment with the SIRT3 inhibitor 3-TYP sensitized cells to doxorubicin.", [("SIRT3", R, "doxorubicin")], nlp)


# -- correlations with outcome (spec: raised in resistant / poor response -> as the paper implies) --

@pytest.mark.parametrize(("text", "expected"), [
    ("High PINK1 expression correlated with poor response to cisplatin in ovarian cancer patients.",
     ("PINK1", R, "cisplatin")),
    ("High BNIP3 expression was associated with shorter progression-free survival after gemcitabine treatment.",
     ("BNIP3", R, "gemcitabine")),
    ("Low FUNDC1 expression was associated with resistance to sorafenib.", ("FUNDC1", S, "sorafenib")),
])
def test_correlation_with_outcome(text, expected, nlp):
    check(text, [expected], nlp)


# -- mitophagy inhibitors as agents: class words, named examples, appositions --------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Inhibitors of mitophagy, such as liensinine, enhance the chemosensitivity of gastric cancer cells to "
     "cisplatin.", [("mitophagy", INH, "liensinine"), ("mitophagy", R, "cisplatin")]),
    ("Mitophagy inhibitors such as Mdivi-1 and liensinine sensitized cells to paclitaxel.",
     [("mitophagy", INH, "mdivi-1"), ("mitophagy", INH, "liensinine"), ("mitophagy", R, "paclitaxel")]),
    ("Inhibitors of mitophagy sensitize hepatoma cells to sorafenib.", [("mitophagy", R, "sorafenib")]),
    ("Liensinine, an inhibitor of mitophagy, sensitized cells to doxorubicin.",
     [("mitophagy", INH, "liensinine"), ("mitophagy", R, "doxorubicin")]),
    ("PINK1 activators such as kinetin induce mitophagy.", [("PINK1", IND, "kinetin")]),
])
def test_mitophagy_class_words_and_their_examples(text, expected, nlp):
    check(text, expected, nlp)


def test_class_apposition_and_verb_each_give_a_record(nlp):
    # the tool compound's own class (a protein of the mitophagy machinery) and what its verb does to mitophagy
    check("SBI-0206965, a selective ULK1 inhibitor, suppressed sorafenib-induced mitophagy.",
          [("ULK1", INH, "sbi-0206965"), ("mitophagy", INH, "sbi-0206965"), ("mitophagy", IND, "sorafenib")], nlp)


# -- regimens: named acronyms and short forms the text defines -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("High BNIP3 levels predicted shorter progression-free survival after FOLFOX.", [("BNIP3", R, "folfox")]),
    ("PINK1 was downregulated in FOLFIRI-resistant colorectal tumours.", [("PINK1", S, "folfiri")]),
    ("Gemcitabine plus cisplatin (GC) is standard. PINK1 knockdown sensitized bladder cancer cells to GC.",
     [("PINK1", R, "gemcitabine"), ("PINK1", R, "cisplatin")]),
    ("Docetaxel and carboplatin (DC) were given. DC treatment induced mitophagy in lung cancer cells.",
     [("mitophagy", IND, "docetaxel"), ("mitophagy", IND, "carboplatin")]),
])
def test_regimens(text, expected, nlp):
    check(text, expected, nlp)


def test_a_short_form_of_one_drug_or_a_non_drug_is_no_regimen(nlp):
    # "GC" defined as gastric cancer names no drug: no therapy from it
    got = triples("Gastric cancer (GC) is common. PINK1 knockdown sensitized GC cells to cisplatin.", nlp)
    assert got == {("PINK1", R, "cisplatin")}


# -- possessive modifiers after a clause break, family nouns before a name ------------------------

def test_its_loss_after_a_comma_clause(nlp):
    check("BNIP3 is frequently silenced by promoter methylation, and its loss has been linked to resistance to "
          "5-FU.", [("BNIP3", S, "fluorouracil")], nlp, absent=[("BNIP3", R, "fluorouracil")])


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Loss of the mitochondrial phosphatase PPTC7 drives temozolomide resistance in glioma.",
     ("PPTC7", S, "temozolomide"), ("Phosphatase", S, "temozolomide")),
    ("The E3 ligase MUL1 is silenced in docetaxel-resistant prostate cancer.",
     ("MUL1", S, "docetaxel"), ("E3_Ub_ligase", S, "docetaxel")),
])
def test_family_noun_before_a_name_describes_it(text, expected, wrong, nlp):
    check(text, [expected], nlp, absent=[wrong])


def test_coordinated_names_are_not_merged(nlp):
    check("BNIP3 and FUNDC1 were downregulated in gemcitabine-resistant pancreatic cancer cells.",
          [("BNIP3", S, "gemcitabine"), ("FUNDC1", S, "gemcitabine")], nlp)


# -- mechanism chains: the mediators a "through/via" phrase names --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Hypoxia promotes mitophagy and resistance to cisplatin through HIF-1a/BNIP3 signalling.",
     [("HIF1A", R, "cisplatin"), ("BNIP3", R, "cisplatin")]),
    ("FUNDC1 promotes oxaliplatin resistance in colorectal cancer through PINK1-dependent mitophagy.",
     [("FUNDC1", R, "oxaliplatin"), ("PINK1", R, "oxaliplatin")]),
    ("Loss of FUNDC1 confers sorafenib resistance via AMPK activation.",
     [("FUNDC1", S, "sorafenib"), ("AMPK", R, "sorafenib")]),
    ("Resistance to cisplatin is mediated through the PINK1/Parkin pathway.",
     [("PINK1", R, "cisplatin"), ("PRKN", R, "cisplatin")]),
])
def test_mechanism_mediators(text, expected, nlp):
    check(text, expected, nlp)


def test_a_drug_acting_through_a_pathway_is_no_outcome(nlp):
    assert not triples("Cisplatin induces apoptosis through the p53 pathway.", nlp)


# -- a down word as the regulator's predicate --------------------------------------------------

def test_downregulated_predicate_with_poor_response(nlp):
    check("MFN2 is frequently downregulated in osteosarcoma specimens with poor response to cisplatin.",
          [("MFN2", S, "cisplatin")], nlp, absent=[("MFN2", R, "cisplatin")])


# -- therapies that are no therapies: miRNA tools, drugs qualifying a modality, qualified nouns ----

@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("A miR-21 inhibitor increased mitophagic flux and conferred resistance to cisplatin.",
     ("miR-21", S, "cisplatin"), ("mitophagy", IND, "mir-21 inhibitor")),
    ("Transfection of miR-137 mimics sensitized lung cancer cells to cisplatin.",
     ("miR-137", S, "cisplatin"), ("miR-137", R, "cisplatin")),
])
def test_mirna_inhibitors_and_mimics_are_tools(text, expected, absent, nlp):
    check(text, [expected], nlp, absent=[absent])


def test_drug_qualifying_a_modality(nlp):
    check("Mitophagy acts as a cytoprotective response to platinum-based chemotherapy in bladder cancer.",
          [("mitophagy", R, "chemotherapy")], nlp, absent=[("mitophagy", R, "platinum")])


def test_drug_induced_noun_then_a_verb_is_not_the_drug_acting(nlp):
    # rule 10 sentence: doxorubicin qualifies "injury"; SIRT3 is what activates mitophagy
    check("SIRT3 protects cardiomyocytes from doxorubicin-induced injury by activating PINK1/Parkin mitophagy.",
          [], nlp, absent=[("mitophagy", IND, "doxorubicin"), ("PINK1", IND, "doxorubicin")])


def test_drug_induced_mitophagy_still_reads(nlp):
    check("Doxorubicin-induced PINK1/Parkin-mediated mitophagy protects cells from apoptosis.",
          [("PINK1", IND, "doxorubicin")], nlp)


def test_pleonastic_it_is_no_anaphor(nlp):
    got = triples("PINK1 is raised in tumours. It is known that cisplatin resistance is common in ovarian cancer.", nlp)
    assert ("PINK1", R, "cisplatin") not in got


def test_it_as_subject_continues(nlp):
    check("BNIP3 is induced by hypoxia. It also confers resistance to sorafenib.", [("BNIP3", R, "sorafenib")], nlp)


# -- correlations with progression on a therapy (spec: raised in resistant -> promotes_resistance) --

@pytest.mark.parametrize(("text", "expected"), [
    ("ULK1 expression was higher in samples from patients with early progression on gemcitabine.",
     ("ULK1", R, "gemcitabine")),
    ("High BNIP3 expression was associated with relapse after radiotherapy.", ("BNIP3", R, "radiotherapy")),
    ("Low PINK1 levels were associated with progression on sorafenib.", ("PINK1", S, "sorafenib")),
])
def test_progression_on_a_therapy(text, expected, nlp):
    check(text, [expected], nlp)


def test_progression_without_a_therapy_gives_nothing(nlp):
    assert not triples("Tumour progression was observed in PINK1-high tumours treated earlier.", nlp)


@pytest.mark.parametrize("text", [
    "Cisplatin resistance was not reversed by PINK1 knockdown.",
    "Sensitivity to sorafenib was not restored by BNIP3 silencing.",
])
def test_negated_passive_by_agent_gives_nothing(text, nlp):
    assert not triples(text, nlp)


def test_passive_by_agent_still_reads(nlp):
    check("Cisplatin resistance was reversed by PINK1 knockdown.", [("PINK1", R, "cisplatin")], nlp)


def test_a_class_describing_the_only_drug_stays_a_description(nlp):
    # merge of ner3 + relations3: with one named drug the class word only describes it, and the drug is the therapy
    check("The proteasome inhibitor bortezomib activates PINK1-mediated mitophagy to trigger apoptosis in myeloma cells.",
          [("PINK1", IND, "bortezomib"), ("PINK1", S, "bortezomib")], nlp)
