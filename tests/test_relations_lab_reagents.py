"""Laboratory reagents named next to an outcome word are no therapies (issue 9, precision on methods text).

Selection antibiotics (`a neomycin resistance cassette`, `puromycin-resistant clones`), fluorescent
dyes and probes, fixatives and embedding media are how experiments are built, not treatments whose
outcome a regulator changes. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import R, S, check

from pipeline.ner import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(("text", "reagent"), [
    ("The BNIP3 construct was cloned into a vector carrying a neomycin resistance cassette.", "neomycin"),
    ("PINK1-overexpressing clones acquired puromycin resistance and were expanded.", "puromycin"),
    ("FUNDC1 knockout cells lost hygromycin resistance after the cassette was excised.", "hygromycin"),
    ("Cells expressing PRKN were stained with DAPI, and loss of PRKN increased sensitivity to DAPI staining.", "dapi"),
])
def test_selection_antibiotics_and_dyes_are_no_therapies(text, reagent, nlp):
    from test_relations_generalize import triples

    assert not [t for t in triples(text, nlp) if t[2].lower() == reagent], triples(text, nlp)


@pytest.mark.parametrize(("text", "expected"), [
    ("PINK1 knockdown cells selected with puromycin became resistant to cisplatin.", ("PINK1", S, "cisplatin")),
    ("BNIP3 overexpression conferred resistance to doxorubicin in cells stained with DAPI.", ("BNIP3", R, "doxorubicin")),
])
def test_a_real_therapy_beside_a_reagent_still_gives_its_record(text, expected, nlp):
    check(text, [expected], nlp)
