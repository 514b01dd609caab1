"""Inline enumerations ``(1) ... (2) ... (3)`` are no citations in any form; a round-bracket citation ``(1)``
that is not such a run stays one (issue 11, session 10). Sentences written here."""

from __future__ import annotations

import pytest

from pipeline.ingest.citations import find_markers


def _numbers(text: str) -> list[tuple[int, ...]]:
    return [m.numbers for m in find_markers(text)]


@pytest.mark.parametrize("text", [
    # items that introduce an amount, not a word
    "The lysis buffer held (1) 20 mM HEPES, (2) 100 mM KCl and (3) 0.5% detergent.",
    # items with no list cue before (2) and (3): a run counting up from 1 inside one sentence
    "Organelles were (1) isolated on a gradient (2) washed twice and (3) stained with the dye.",
    "Inclusion required (1) a biopsy-proven tumour (2) measurable disease (3) written consent.",
    # a run of two after a colon
    "Two readings are possible: (1) the adaptor recruits the kinase (2) the kinase recruits the adaptor.",
    # items glued to their word
    "The adaptors tested were: (1)OPTN, (2)NDP52 and (3)TAX1BP1.",
])
def test_one_digit_run_counting_up_from_one_in_a_sentence_is_an_enumeration(text):
    assert _numbers(text) == []


@pytest.mark.parametrize("text, numbers", [
    # citations closing clauses, over two sentences
    ("Organelle capture shields tumour cells (1). Later work (2) traced it to the adaptor (3).",
     [(1,), (2,), (3,)]),
    # a citation followed by a comma, then two more in the same sentence
    ("The kinase builds up on depolarised organelles (1), and the ligase follows (2) within minutes (3).",
     [(1,), (2,), (3,)]),
    # citations before a conjunction
    ("Organelle capture (1) and peroxisome capture (2) clear damaged compartments (3).",
     [(1,), (2,), (3,)]),
    # a run of two with no cue before (1): citations mid-sentence
    ("Earlier screens (1) showed that adaptors (2) bind the scaffold.", [(1,), (2,)]),
    # a lone (1) introducing words
    ("Organelle capture (1) removes damaged compartments in resistant tumours.", [(1,)]),
])
def test_round_bracket_citations_that_are_no_counting_run_stay_citations(text, numbers):
    assert _numbers(text) == numbers
