"""Outcomes named as a drug's lethality or killing effect (``lethality of D``, ``the lethal effect of D``,
``the tumour-killing / cell-killing effect of D``): the cell-death outcome words of
``models/relations/outcomes.jsonl``. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_relations_generalize import R, S, outcomes


@pytest.mark.parametrize(("text", "expected"), [
    ("ATG5 blunted the lethality of etoposide in neuroblastoma cells.", ("ATG5", R, "etoposide")),
    ("BNIP3 silencing increased the lethal effect of temozolomide in glioma cells.", ("BNIP3", R, "temozolomide")),
    ("PHB2 attenuated the tumor-killing effect of radiotherapy in nasopharyngeal carcinoma.", ("PHB2", R, "radiotherapy")),
    ("Overexpression of MFN2 enhanced the cell-killing effects of docetaxel in prostate cancer cells.",
     ("MFN2", S, "docetaxel")),
])
def test_lethality_and_killing_effect_outcomes(text, expected, nlp):
    assert expected in outcomes(text, nlp)


def test_negated_change_of_lethality_gives_no_record(nlp):
    assert outcomes("ATG5 silencing did not change the lethality of etoposide in neuroblastoma cells.", nlp) == set()
