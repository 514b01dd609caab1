"""A short form the paper defines for a combined modality (``concurrent chemoradiotherapy (CCRT)``,
``chemoradiation (CRT)``) names both modalities wherever it is used, as its long form does (spec rule 9,
``combined_modalities`` in models/relations/cues.json). Sentences written for this test."""

from __future__ import annotations

import pytest
from test_relations_generalize import R, S, triples



@pytest.mark.parametrize("definition, short", [
    ("Concurrent chemoradiotherapy (CCRT) is the standard treatment of locally advanced cervical cancer.", "CCRT"),
    ("Neoadjuvant chemoradiation (CRT) is given before surgery in rectal cancer.", "CRT"),
])
def test_combined_modality_short_form_names_both_modalities(definition, short, nlp):
    got = triples(f"{definition} BNIP3 knockdown sensitized the tumour cells to {short}.", nlp)
    assert ("BNIP3", R, "chemotherapy") in got and ("BNIP3", R, "radiotherapy") in got, got


def test_short_form_of_one_modality_stays_one(nlp):
    got = triples("Radiotherapy (RT) is given to most patients with glioma. "
                  "PINK1 overexpression made glioma cells more sensitive to RT.", nlp)
    assert ("PINK1", S, "radiotherapy") in got and not any(t == "chemotherapy" for _, _, t in got), got
