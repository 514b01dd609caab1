"""``D1 enhances D2 cytotoxicity through X activation``, ``D1 potentiates the effect of D2 by inhibiting X``: a drug
combination whose mechanism is a regulator.

Judgment call (issue 9, relleft12; spec "The four effects" and conventions): the outcome is D2's (the drug whose
effect is raised), and the regulator's share in it follows from what D1 does to it: D1 raises D2's effect by
activating X -> ``(X, promotes_sensitivity, D2)``; by inhibiting X -> ``(X, promotes_resistance, D2)`` (blocking X
helps D2, so X protects against D2, as for ``D blocks X-mitophagy and kills``); a verb that lowers D2's effect
(``attenuates``) turns both round. D1 is no regulator and gets no outcome record; what D1 does to X stays an
induces/inhibits record of D1 (the agent rules may have given it to D2, the nearer drug: it is moved to D1), made
only where the agent rules make one (mitophagy or its machinery). Word lists: ``combination_means.json``.
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, merge_outcomes
from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at, token_lowers

_AGENT_EFFECTS = ("induces_mitophagy", "inhibits_mitophagy")


@lru_cache(maxsize=1)
def _data() -> dict:
    from pipeline.resources import model_path

    data = json.loads((model_path("relations") / "combination_means.json").read_text(encoding="utf-8"))
    data["_before"] = tuple(data["changes_before"])
    return data


def _verb(doc: Doc, d1: Mention) -> tuple[int, int]:
    """(token index, sign) of the enhancer verb right after the subject drug (adverbs and modals between)."""
    data = _data()
    lowers = token_lowers(doc)
    i = d1.end
    while i < len(doc) and lowers[i] in data["verb_gap_words"]:
        i += 1
    if i < len(doc) and lowers[i] in data["enhancer_verbs"]:
        return i, int(data["enhancer_verbs"][lowers[i]])
    return -1, 0


def _means_regulator(doc: Doc, start: int, regs: list[Mention], lexicon: RelationLexicon) -> tuple[Mention | None, int]:
    """The regulator of the means phrase opened at ``start`` and the sign of its change, else (None, 0)."""
    data = _data()
    window = int(data["means_window"])
    lowers = token_lowers(doc)
    for reg in regs:
        if not start <= reg.start <= start + window:
            continue
        for i in range(start, reg.start):
            n = phrase_at(doc, i, data["_before"])
            if n and i + n <= reg.start:
                return reg, int(data["changes_before"][" ".join(lowers[i : i + n])])
        j = reg.end
        while j < len(doc) and doc[j].text in lexicon.words("hyphens"):
            j += 1
        if j < len(doc) and lowers[j] in data["changes_after"]:
            return reg, int(data["changes_after"][lowers[j]])
        return None, 0
    return None, 0


def combination_means_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                               lexicon: RelationLexicon) -> list[Finding]:
    """``found`` with the regulator's outcome record for the co-treated drug, and D1's agent records moved to D1."""
    data = _data()
    thers = [m for m in mentions if m.kind == "THER" and not m.excluded and not m.modality]
    if not thers:
        return found
    first = min((m for m in mentions if not m.excluded), key=lambda m: m.start)
    if first.kind == "REG":
        return found  # "miR-N sensitizes cells to D by repressing X-driven mitophagy": X is the subject's target
    if len(thers) < 2 or thers[0].start > int(data["subject_lead"]):
        return found
    d1 = thers[0]
    at, sign = _verb(doc, d1)
    if at < 0:
        return found
    lowers = token_lowers(doc)
    means = next((i for i in range(at + 1, len(doc)) if lowers[i] in data["means_prepositions"]), -1)
    d2 = next((t for t in thers[1:] if at < t.start and (means < 0 or t.end <= means)
               and t.therapy_id != d1.therapy_id), None)
    if means < 0 or d2 is None:
        return found
    regs = [m for m in mentions if m.kind == "REG" and not m.excluded]
    reg, change = _means_regulator(doc, means + 1, regs, lexicon)
    if reg is None or not change:
        return found
    effect = "promotes_sensitivity" if sign * change > 0 else "promotes_resistance"
    clause = Clause(0, len(doc))
    moved = []
    for f in found:
        if f.effect in _AGENT_EFFECTS and f.therapy.start == d2.start and f.regulator.start == reg.start:
            f = finding(f.regulator, f.effect, d1, f.rule, f.clause)  # D1 acts on X, not D2
        moved.append(f)
    # D1 is the combination's agent: no outcome record of X for D1 from the clause rules
    moved = [f for f in moved if not (f.effect not in _AGENT_EFFECTS and f.therapy.start == d1.start)]
    # this reading decides X's outcome for D2 (the clause rules' record of the pair gives way to it)
    moved = [f for f in moved if f.effect in _AGENT_EFFECTS or (f.regulator.ids, f.therapy.therapy_id)
             != (reg.ids, d2.therapy_id)]
    return merge_outcomes(moved, [finding(reg, effect, d2, "outcome_combination_means", clause)])

