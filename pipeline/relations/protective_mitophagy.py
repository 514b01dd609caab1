"""``D triggers a protective mitophagy``, ``D induced cytoprotective mitophagy in ... cells``: the adjective says the
mitophagy the drug induces protects the tumour cells from that drug, so the induces record comes with
``(mitophagy or X, promotes_resistance, D)`` (spec rule 3, like ``D-induced mitophagy confers protection``).
Only for an induces record whose regulator mention (mitophagy, or ``X-mediated mitophagy``) has one of the
adjectives a few words before it, inside the agent's clause, and no outcome record for the pair yet. Words:
``research_shapes.json`` ``protective_mitophagy``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.findings import Finding, finding
from pipeline.relations.research_shapes import research_shape
from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at

_OUTCOMES = ("promotes_resistance", "promotes_sensitivity")


def _protective_before(doc: Doc, reg: Mention, lo: int, adjectives: tuple[str, ...], window: int) -> bool:
    return any(phrase_at(doc, i, adjectives) for i in range(max(lo, reg.start - window), reg.start))


def protective_mitophagy_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                                  lexicon: RelationLexicon) -> list[Finding]:
    """``found`` plus the resistance record of a drug inducing protective mitophagy."""
    induced = [f for f in found if f.effect == "induces_mitophagy" and not f.therapy.modality
               and (f.regulator.is_mitophagy or f.regulator.via_mitophagy)]
    if not induced:
        return found
    words = research_shape("protective_mitophagy")
    have = {(f.regulator.ids, f.therapy.therapy_id) for f in found if f.effect in _OUTCOMES}
    out = list(found)
    for f in induced:
        lo = max(f.clause.start, f.therapy.end if f.therapy.end <= f.regulator.start else f.clause.start)
        if (f.regulator.ids, f.therapy.therapy_id) in have:
            continue
        if _protective_before(doc, f.regulator, lo, words["adjectives"], int(words["window"])):
            have.add((f.regulator.ids, f.therapy.therapy_id))
            out.append(finding(f.regulator, "promotes_resistance", f.therapy, "outcome_protective_mitophagy", f.clause))
    return out
