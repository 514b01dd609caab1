"""Laboratory reagents named next to an outcome word are no therapies (issue 9, precision on methods text).

Selection antibiotics (`a neomycin resistance cassette`, `puromycin-resistant clones`), fluorescent
dyes and probes, fixatives and embedding media are how experiments are built, not treatments whose
outcome a regulator changes. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from test_relations_generalize import R, S, check



@pytest.mark.parametrize(("text", "reagent"), [
    ("The BNIP3 construct was cloned into a vector carrying a neomycin resistance cassette.", "neomycin"),
    ("PINK1-overexpressing clones acquired puromycin resistance and were expanded.", "puromycin"),
    ("FUNDC1 knockout cells lost hygromycin resistance after the cassette was excised.", "hygromycin"),
    ("Cells expressing PRKN were stained with DAPI, and loss of PRKN increased sensitivity to DAPI staining.", "dapi"),
    ("Loss of BNIP3 increased sensitivity to sterols in yeast.", "sterols"),
    ("PINK1 knockdown conferred resistance to ribose in the culture medium.", "ribose"),
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


# -- text that is not the paper's own prose, and links a comma breaks (same precision round) ----

def test_a_reference_entry_left_in_the_body_gives_no_record(nlp):
    from test_relations_generalize import triples

    entry = "Kim J, Lee H. PINK1 confers resistance to cisplatin in ovarian cancer. Nature 2019;12:1-10. doi:10.1038/abc"
    assert not [t for t in triples(entry, nlp) if t[0] == "PINK1"], triples(entry, nlp)
    check("PINK1 confers resistance to cisplatin in ovarian cancer.", [("PINK1", R, "cisplatin")], nlp)
    from pipeline.relations.non_prose import looks_like_reference

    assert looks_like_reference("Cell 2020;181(3):e12-e30.") and looks_like_reference("doi: 10.1016/j.cell.2020.01.001")
    assert not looks_like_reference("PINK1 confers resistance to cisplatin (12, 13) in 2019 studies; see ref. 10.")


@pytest.mark.parametrize("text", [
    "Despite belonging to different chemical classes, olaparib and cisplatin share features including induction of p53.",
    "Despite differing in structure, both gemcitabine and paclitaxel raise BNIP3 levels.",
])
def test_despite_across_a_comma_names_no_therapy(text, nlp):
    from test_relations_generalize import triples

    assert not [t for t in triples(text, nlp) if t[1] == R], triples(text, nlp)


def test_despite_treatment_with_a_drug_still_links(nlp):
    check("Despite treatment with cisplatin, PINK1-high tumours continued to grow.", [("PINK1", R, "cisplatin")], nlp)
