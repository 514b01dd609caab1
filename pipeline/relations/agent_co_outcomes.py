"""``D1 accelerated X-dependent mitophagy ..., and it acted synergistically with D2``: X's change helps D2.

A drug D1 with an agent record on a regulator X, then, later in the sentence, an outcome word on the sensitivity
side (``synergistically``, ``sensitized``, ``enhanced the cytotoxicity``) with another drug D2 a few tokens after it
(``with D2``, ``cells to D2``: ``outcome_shapes.json`` ``co_outcome`` ``therapy_window``) says D1's change of X is
how D1 helps D2: D1 induces X -> ``(X, promotes_sensitivity, D2)``, D1 inhibits X -> ``(X, promotes_resistance,
D2)`` (spec conventions, applied to the co-treated drug). Only when no other regulator than the process stands
between X and the outcome word (``..., and Y knockdown sensitized cells to D2`` is Y's), the outcome word is not
flipped or negated, and X has no outcome record for D2 yet.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding
from pipeline.relations.polarity import is_negated, outcome_polarity
from pipeline.relations.shapes import shape
from pipeline.relations.triggers import Hit, RelationLexicon

_OUTCOMES = ("promotes_resistance", "promotes_sensitivity")
_AGENTS = ("induces_mitophagy", "inhibits_mitophagy")


def co_outcome_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                        lexicon: RelationLexicon) -> list[Finding]:
    """``found`` plus the outcome records for a co-treated drug of the regulators a drug acts on."""
    agents = [f for f in found if f.effect in _AGENTS and not f.regulator.is_mitophagy]
    if not agents:
        return found
    window = int(shape("co_outcome")["therapy_window"])
    whole = Clause(0, len(doc))
    have = {(f.regulator.ids, f.therapy.therapy_id) for f in found if f.effect in _OUTCOMES}
    thers = [m for m in mentions if m.kind == "THER" and not m.excluded and not m.modality]
    out = list(found)
    for h in hits:
        if h.cue.label != "OUTCOME" or h.cue.weak:
            continue
        co = next((t for t in thers if h.end <= t.start <= h.end + window), None)
        if co is None or is_negated(doc, whole, h.start, lexicon):
            continue
        if outcome_polarity(doc, h, whole, mentions, hits, lexicon) >= 0:
            continue  # the resistance side, or a flipped sensitivity word: not "D1 helps D2"
        for a in agents:
            reg = a.regulator
            if a.therapy.start > reg.start or reg.end > h.start or co.therapy_id == a.therapy.therapy_id:
                continue
            if any(m.kind == "REG" and not m.is_mitophagy and reg.end <= m.start and m.end <= h.start for m in mentions):
                continue
            if (reg.ids, co.therapy_id) in have:
                continue
            effect = "promotes_sensitivity" if a.effect == "induces_mitophagy" else "promotes_resistance"
            have.add((reg.ids, co.therapy_id))
            out.append(finding(reg, effect, co, "outcome_co_treatment", whole))
    return out
