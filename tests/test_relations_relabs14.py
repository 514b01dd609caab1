"""Relation classes of issue 9, session 14 (branch relabs13, closing as relabs14), read off the tune part of
``annotations/dev/synthetic11``: a drug's passive change of a machinery protein or non-coding RNA with a fold
change or an ``up/downregulated`` participle (``models/relations/passive_machinery.json``); a modality outcome
word coordinated with an outcome word that names its own drug (``models/relations/coordinated_outcomes.json``).

Every sentence here was written for these tests (invented findings, real gene and drug names); none is copied
from a development text. Real NER (``pipeline.ner.load_nlp``), as on papers.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import IND, INH, R, S, triples

# -- passive change of a machinery regulator with a fold change or a regulation participle ----------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("BNIP3 was induced 4.2-fold by doxorubicin in HeLa cells, with more mitophagy.", ("BNIP3", IND, "doxorubicin")),
    ("PINK1 expression was increased threefold by cisplatin before mitophagy rose.", ("PINK1", IND, "cisplatin")),
    ("FUNDC1 was reduced 3 fold by sorafenib, and mitophagy fell.", ("FUNDC1", INH, "sorafenib")),
    ("BNIP3L was induced (2.5-fold) by etoposide during mitophagy.", ("BNIP3L", IND, "etoposide")),
    ("LINC01133 was induced 6-fold by gemcitabine, and mitophagy followed.", ("LINC01133", IND, "gemcitabine")),
])
def test_passive_change_with_a_fold_before_the_agent(text, expected, nlp):
    got = triples(text, nlp)
    assert expected in got, (text, got)


@pytest.mark.parametrize(("text", "expected"), [
    ("PINK1 was upregulated by oxaliplatin in colon cancer cells undergoing mitophagy.", ("PINK1", IND, "oxaliplatin")),
    ("BNIP3 was up-regulated by paclitaxel in breast cancer cells during mitophagy.", ("BNIP3", IND, "paclitaxel")),
    ("PRKN was downregulated by erlotinib, and mitophagy stalled.", ("PRKN", INH, "erlotinib")),
])
def test_passive_regulation_participle_gives_the_change_direction(text, expected, nlp):
    got = triples(text, nlp)
    assert expected in got, (text, got)


@pytest.mark.parametrize("text", [
    "BNIP3 was not induced 4-fold by doxorubicin in cells with mitophagy.",  # negated
    "BNIP3 was induced 4-fold in HeLa cells with mitophagy after doxorubicin.",  # no agent after the fold
    "BNIP3 was induced (2.5-fold by doxorubicin during mitophagy.",  # a bracket left open: no fold aside
])
def test_passive_fold_without_a_plain_agent_gives_no_change_record(text, nlp):
    got = triples(text, nlp)
    assert not any(t[0] == "BNIP3" and t[1] in (IND, INH) for t in got), (text, got)


# -- a modality outcome word coordinated with an outcome word of a named drug -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("ULK1 sustains etoposide resistance and radio-resistance in neuroblastoma cells.",
     {("ULK1", R, "etoposide"), ("ULK1", R, "radiotherapy")}),
    ("PARK7 loss increased sensitivity to paclitaxel and radiosensitivity of ovarian cancer cells.",
     {("PARK7", R, "paclitaxel"), ("PARK7", R, "radiotherapy")}),
    ("SQSTM1 overexpression conferred irinotecan resistance, radioresistance and faster regrowth.",
     {("SQSTM1", R, "irinotecan"), ("SQSTM1", R, "radiotherapy")}),
])
def test_modality_word_coordinated_with_a_drug_outcome_keeps_its_modality(text, expected, nlp):
    got = triples(text, nlp)
    assert expected <= got, (text, got)


@pytest.mark.parametrize(("text", "absent"), [
    # the drug is compounded with the modality word itself (spec rule 9)
    ("ULK1 knockdown enhanced etoposide-induced radiosensitivity of neuroblastoma cells.", ("ULK1", R, "radiotherapy")),
    # chemotherapy may restate the named drug's own outcome: rule 9 stands
    ("ULK1 knockdown reduced etoposide resistance and chemoresistance in neuroblastoma.", ("ULK1", R, "chemotherapy")),
])
def test_modality_word_without_its_own_coordinated_outcome_takes_the_drug(text, absent, nlp):
    got = triples(text, nlp)
    assert absent not in got, (text, got)
