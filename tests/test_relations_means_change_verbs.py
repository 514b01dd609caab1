"""``R <outcome> D by <change verb>ing X-mediated mitophagy``: X carries the outcome of its mitophagy, with the
sign of the change verb (session 13 call 1 in annotations/dev/README.md); a targeting verb leaves X none.
``repress`` and its forms are loss words like ``suppress``. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_relations_generalize import R, S, check, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("miR-214-3p sensitizes osteosarcoma cells to doxorubicin by repressing PINK1-dependent mitophagy.",
     [("hsa-miR-214-3p", S, "doxorubicin"), ("PINK1", R, "doxorubicin")]),
    ("let-7c-5p restores gemcitabine sensitivity in bladder cancer by suppressing BNIP3L-mediated mitophagy.",
     [("hsa-let-7c-5p", S, "gemcitabine"), ("BNIP3L", R, "gemcitabine")]),
    ("circPVT1 promotes oxaliplatin resistance in gastric cancer by activating FUNDC1-mediated mitophagy.",
     [("circPVT1", R, "oxaliplatin"), ("FUNDC1", R, "oxaliplatin")]),
])
def test_change_verb_before_mediated_mitophagy_gives_the_mediator_its_outcome(text, expected, nlp):
    check(text, expected, nlp, absent=[(e[0], S if e[1] == R else R, e[2]) for e in expected])


def test_targeting_verb_before_mediated_mitophagy_gives_the_mediator_none(nlp):
    got = triples("miR-214-3p sensitizes osteosarcoma cells to doxorubicin by targeting PINK1-dependent mitophagy.", nlp)
    assert ("hsa-miR-214-3p", S, "doxorubicin") in got
    assert not any(t[0] == "PINK1" for t in got), got


@pytest.mark.parametrize("form", ["Repression of", "Repressing"])
def test_repression_is_a_loss_word(form, nlp):
    check(f"{form} PINK1 restored cisplatin sensitivity in ovarian cancer cells.", [("PINK1", R, "cisplatin")], nlp,
          absent=[("PINK1", S, "cisplatin")])


@pytest.mark.parametrize("name", ["CCCP", "carbonyl cyanide m-chlorophenylhydrazone"])
def test_a_compound_with_no_inn_takes_the_lexicon_preferred_name(name, nlp):
    # session 13 call 2: no INN -> the chemical lexicon's preferred name, abbreviation expanded
    check(f"PINK1 knockdown enhanced the cytotoxicity of {name} in HeLa cervical cancer cells.",
          [("PINK1", R, "carbonyl cyanide m-chlorophenyl hydrazone")], nlp)
