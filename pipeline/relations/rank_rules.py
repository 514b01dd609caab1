"""Rank statements in resistant cells: ``X was among the most strongly downregulated miRNAs in
D-resistant cells`` -> (X, promotes_sensitivity, D); ``X was the most highly induced transcript in
D-resistant cells`` -> (X, promotes_resistance, D) (spec conventions: raised in resistant ->
promotes_resistance, lowered -> promotes_sensitivity).

A regulator, a short copula gap (``was among``), then ``the most`` (``top``), an optional adverb, a
change word and a molecule noun, then ``in`` and the attributive outcome word before a cell word.
When the cells carry no drug (``in the resistant cells``), the sentence's own ``D-resistant`` word
names it. Words: ``models/relations/rank.json``. Called only when a clause's other outcome rules
found nothing (``sentence_rules``).
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, inside
from pipeline.relations.outcome_rules import therapies_for
from pipeline.relations.polarity import is_negated
from pipeline.relations.triggers import Hit, RelationLexicon
from pipeline.resources import model_path


@lru_cache(maxsize=1)
def rank_words() -> dict:
    raw = json.loads(model_path("relations", "rank.json").read_text(encoding="utf-8"))
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in raw.items() if not k.startswith("_")}


def _rank_phrase(doc: Doc, i: int, end: int, words: dict) -> tuple[int, int] | None:
    """(sign, end) of ``most [adverb] <change> <noun>`` starting at token ``i`` (``most``/``top``)."""
    j = i + 1
    if j < end and doc[j].lower_ in words["adverbs"]:
        j += 1
    if j >= end:
        return None
    low = doc[j].lower_
    sign = 1 if low in words["up"] else -1 if low in words["down"] else 0
    if not sign:
        return None
    for k in range(j + 1, min(end, j + 1 + words["max_phrase"])):
        if doc[k].lower_ in words["nouns"]:
            return sign, k + 1
    return None


def rank_findings(
    doc: Doc, clause: Clause, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon
) -> list[Finding]:
    words = rank_words()
    starts = [i for i in range(clause.start, clause.end) if doc[i].lower_ in words["superlatives"]]
    if not starts:
        return []
    adjectives = lexicon.words("descriptive_suffixes")
    cells = lexicon.word_set("cell_words")
    outcomes = [h for h in hits if h.cue.label == "OUTCOME" and doc[h.end - 1].lower_.endswith(adjectives)]
    found: list[Finding] = []
    for i in starts:
        phrase = _rank_phrase(doc, i, clause.end, words)
        if phrase is None or is_negated(doc, clause, i, lexicon):
            continue
        sign, end = phrase
        regs = [m for m in mentions if m.kind == "REG" and inside(m, clause) and not m.excluded and m.end <= i]
        if not regs:
            continue
        reg = regs[-1]
        gap, depth = [], 0
        for t in doc[reg.end : i]:  # a bracketed definition between the name and its verb is skipped
            depth += (t.text == "(") - (t.text == ")")
            if depth == 0 and t.text != ")":
                gap.append(t.lower_)
        if len(gap) > words["max_subject_gap"] or any(w not in words["subject_gap"] for w in gap):
            continue
        if end >= clause.end or doc[end].lower_ != "in":
            continue
        here = [h for h in outcomes if end < h.start <= end + words["max_to_outcome"] and h.end < clause.end
                and any(t.lower_ in cells for t in doc[h.end : min(h.end + 3, clause.end)])]
        if not here:
            continue
        h = here[0]
        therapies, direct = therapies_for(doc, h, clause, mentions, lexicon)
        if not direct:  # "in the resistant cells": the sentence's own "D-resistant" names the drug
            for other in outcomes:
                if other is h or other.cue.value != h.cue.value:
                    continue
                therapies, direct = therapies_for(doc, other, Clause(0, len(doc)), mentions, lexicon)
                if direct:
                    break
        if not direct or not therapies:
            continue
        effect = "promotes_resistance" if sign * h.cue.value > 0 else "promotes_sensitivity"
        found.extend(finding(reg, effect, ther, "outcome_rank", clause) for ther in therapies)
    return found
