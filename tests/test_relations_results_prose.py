"""Error classes of issue 9 seen on research-paper Results and Discussion prose
(``annotations/dev/synthetic7``, tune part): one group per class, on sentences written for these tests
(none comes from a paper or from the set). Runs the project NER (``pipeline.ner.load_nlp``)."""

from __future__ import annotations

import pytest
from test_relations_fixtures import one_paragraph_document
from test_relations_generalize import IND, INH, R, S, check

from pipeline.ner import load_nlp
from pipeline.relations import extract_records
from pipeline.relations.own_work import reports_own_work


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


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
