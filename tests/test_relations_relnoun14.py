"""Relation classes of issue 9, session 14 (branch relnoun14), left on the tune parts after relabs14: a fold change
written as a noun (``models/relations/fold_changes.json``, ``pipeline/relations/fold_changes.py``); a coordinated
second passive agent (``passive_machinery.json`` ``second_agent_span``); ``X inhibition with D`` before a negated
predicate (``cues.json`` ``instrument_negated_predicate_span``).

Every sentence here was written for these tests (invented findings, real gene and drug names); none is copied
from a development text. Real NER (``pipeline.ner.load_nlp``), as on papers.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import IND, INH, R, triples

# -- a fold change written as a noun ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Doxorubicin induced a 4-fold increase in BNIP3 in HeLa cells with mitophagy.", ("BNIP3", IND, "doxorubicin")),
    ("Cisplatin caused a threefold rise in PINK1 levels during mitophagy.", ("PINK1", IND, "cisplatin")),
    ("A 2.5-fold reduction of FUNDC1 was seen after sorafenib, and mitophagy fell.", ("FUNDC1", INH, "sorafenib")),
    ("Cells given etoposide for 12 h showed a 3 fold elevation of BNIP3L and more mitophagy.",
     ("BNIP3L", IND, "etoposide")),
    ("Erlotinib produced a twofold decrease in PRKN protein, and mitophagy stalled.", ("PRKN", INH, "erlotinib")),
])
def test_nominal_fold_change_of_a_machinery_regulator_gives_the_change_direction(text, expected, nlp):
    got = triples(text, nlp)
    assert expected in got, (text, got)


@pytest.mark.parametrize("text", [
    "Doxorubicin did not cause a 4-fold increase in BNIP3 in cells with mitophagy.",  # negated
    "Doxorubicin induced a 4-fold increase in apoptosis in cells where BNIP3 sustains mitophagy.",  # not BNIP3's change
    "In contrast, doxorubicin-resistant cells showed a threefold increase in BNIP3 protein and mitophagy.",  # an outcome
])
def test_nominal_fold_change_without_a_plain_change_gives_no_record(text, nlp):
    got = triples(text, nlp)
    assert not any(t[0] == "BNIP3" and t[1] in (IND, INH) for t in got), (text, got)


# -- a coordinated second passive agent ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("BNIP3 was up-regulated by hypoxia and by doxorubicin in cells with mitophagy.", ("BNIP3", IND, "doxorubicin")),
    ("PINK1 was induced by starvation or by cisplatin in cells with mitophagy.", ("PINK1", IND, "cisplatin")),
    ("FUNDC1 was reduced by serum withdrawal and by sorafenib, and mitophagy fell.", ("FUNDC1", INH, "sorafenib")),
])
def test_passive_change_with_a_coordinated_second_agent(text, expected, nlp):
    got = triples(text, nlp)
    assert expected in got, (text, got)


def test_passive_change_without_a_second_by_keeps_no_later_drug(nlp):
    text = "BNIP3 was induced by hypoxia and mitophagy rose in cells treated with doxorubicin."
    got = triples(text, nlp)
    assert ("BNIP3", IND, "doxorubicin") not in got, (text, got)


# -- X inhibition with D before a negated predicate ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "DRP1 inhibition with mdivi-1 did not alter cisplatin sensitivity of cervical cancer cells.",
    "ULK1 inhibition with SBI-0206965 failed to change gemcitabine resistance in pancreatic cancer cells.",
])
def test_regulator_inhibition_before_a_negated_predicate_gives_no_record(text, nlp):
    got = triples(text, nlp)
    assert not got, (text, got)


def test_regulator_inhibition_before_a_plain_predicate_keeps_both_records(nlp):
    text = "ULK1 inhibition with SBI-0206965 restored gemcitabine sensitivity in pancreatic cancer cells."
    got = triples(text, nlp)
    assert {("ULK1", INH, "sbi-0206965"), ("ULK1", R, "gemcitabine")} <= got, (text, got)
