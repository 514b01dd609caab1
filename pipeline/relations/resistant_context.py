"""A change of a regulator stated after an opening phrase that names resistant cells:
``In D-resistant A549 cells, X expression was decreased, whereas Y was increased`` -> (X,
promotes_sensitivity, D), (Y, promotes_resistance, D); ``In cells with acquired resistance to D, ...``
(spec conventions: raised in resistant -> promotes_resistance, lowered -> promotes_sensitivity).

The sentence opens with ``In`` (``openers``) and an outcome word whose therapy the opening phrase links
(``D-resistant``, ``resistance to D``) before its first comma; a clause after that comma has a regulator
followed, through filler words only (``expression was``), by a change word, and no therapy or outcome
word of its own. Called when the clause's other outcome rules found nothing (``sentence_rules``).
Words: ``models/relations/resistant_context.json``.
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention, coordinated
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, inside
from pipeline.relations.outcome_rules import therapies_for
from pipeline.relations.polarity import is_negated
from pipeline.relations.post_treatment import _words as post_treatment_words
from pipeline.relations.triggers import Hit, RelationLexicon
from pipeline.resources import model_path


@lru_cache(maxsize=1)
def _words() -> dict:
    raw = json.loads(model_path("relations", "resistant_context.json").read_text(encoding="utf-8"))
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in raw.items() if not k.startswith("_")}


def _opening(doc: Doc, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon, words: dict):
    """(comma index, outcome hit, therapies) of an opening ``In D-resistant cells,`` phrase, else None."""
    if not len(doc) or doc[0].lower_ not in words["openers"]:
        return None
    comma = next((i for i in range(1, min(len(doc), words["max_intro"])) if doc[i].text == ","), None)
    if comma is None:
        return None
    if any(m.kind == "REG" and m.start < comma for m in mentions):
        return None
    for h in hits:
        if h.cue.label == "OUTCOME" and not h.cue.weak and h.end <= comma:
            therapies, direct = therapies_for(doc, h, Clause(0, comma), mentions, lexicon)
            if direct and therapies and not any(t.modality for t in therapies):
                return comma, h.cue.value, therapies
    return _post_treatment_opening(doc, comma, mentions, hits, lexicon)


def _post_treatment_opening(doc: Doc, comma: int, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon):
    """``In residual tumours after D,`` / ``In tumours from patients who progressed on D,``: patient tissue that
    stayed or grew back under a therapy reads as resistant tissue (sign +1), else None."""
    tissue = post_treatment_words()
    lows = [t.lower_ for t in doc[0:comma]]
    if not tissue["tissue_words"].intersection(lows) or tissue["not_words"].intersection(lows):
        return None
    thers = [m for m in mentions if m.kind == "THER" and m.end <= comma and not m.excluded]
    for i in range(1, comma):
        if lows[i] not in tissue["after_words"]:
            continue
        j = i + 1
        while j < comma and lows[j] in tissue["skip_words"]:
            j += 1
        first = [m for m in thers if m.start == j]
        if first:
            return comma, 1, coordinated(doc, mentions, first[0], lexicon=lexicon)
    for h in hits:  # "who progressed on D": a linked resistance-side outcome word
        if h.cue.label == "OUTCOME" and h.cue.linked and h.cue.value > 0 and h.end <= comma:
            therapies, direct = therapies_for(doc, h, Clause(0, comma), mentions, lexicon)
            if direct and therapies:
                return comma, 1, therapies
    return None


def context_findings(
    doc: Doc, clause: Clause, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon
) -> list[Finding]:
    words = _words()
    opening = _opening(doc, mentions, hits, lexicon, words)
    if opening is None:
        return []
    comma, value, therapies = opening
    start = max(clause.start, comma + 1)
    if any(m.kind == "THER" and start <= m.start < clause.end and not m.excluded for m in mentions):
        return []
    if any(x.cue.label == "OUTCOME" and start <= x.start < clause.end for x in hits):
        return []
    regs = [m for m in mentions if m.kind == "REG" and inside(m, clause) and m.start >= start and not m.excluded]
    if not regs:
        return []
    reg = regs[0]
    change = next((x for x in hits if x.cue.label in ("REG_UP", "REG_DOWN") and reg.end <= x.start
                   and x.start - reg.end <= words["max_gap"]
                   and all(t.lower_ in words["fillers"] for t in doc[reg.end : x.start])), None)
    if change is None or is_negated(doc, clause, change.start, lexicon):
        return []
    sign = (1 if change.cue.label == "REG_UP" else -1) * value
    effect = "promotes_resistance" if sign > 0 else "promotes_sensitivity"
    return [finding(reg, effect, t, "outcome_resistant_context", clause) for t in therapies]
