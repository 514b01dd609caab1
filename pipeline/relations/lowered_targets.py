"""``The X inhibitor D1 reduced Y expression and acted synergistically with D2``: Y, lowered by the tool, shares
X's outcome.

When a drug with an agent record (on X, its class target ``the HIF-1α inhibitor D1``, or on Y itself) lowers a
regulator Y right after its name (``D1 reduced Y``, ``D1 ..., lowering Y``: a lowering verb within
``verb_window`` tokens of the drug, Y at most one token after the verb), and the sentence gives X (the regulator of D1's agent record, or
the target its class names: ``ML385, an NRF2 inhibitor``) an outcome record for another drug D2 (``and sensitized cells to D2``), Y gets that outcome too (the change of Y is how D1 helps
D2), and Y gets its own ``inhibits_mitophagy`` record for D1 (spec conventions: the direction of the change the
drug makes decides). Word lists: ``outcome_shapes.json`` ``lowered_target``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.findings import Finding, add_unseen, finding, finding_key
from pipeline.relations.shapes import shape
from pipeline.relations.triggers import Hit, RelationLexicon

_OUTCOMES = ("promotes_resistance", "promotes_sensitivity")
_AGENTS = ("induces_mitophagy", "inhibits_mitophagy")


def _lowered(doc: Doc, ther: Mention, mentions: list[Mention], words: dict) -> Mention | None:
    """The regulator a lowering verb after ``ther`` names as its object, else None."""
    window = int(words["verb_window"])
    for v in range(ther.end, min(len(doc), ther.end + window + 1)):
        if doc[v].lower_ not in words["lowering_verbs"]:
            continue
        for at in (v + 1, v + 2):
            reg = next((m for m in mentions if m.kind == "REG" and m.start == at and not m.is_mitophagy), None)
            if reg is not None:
                return reg
        return None
    return None


def lowered_target_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                            lexicon: RelationLexicon) -> list[Finding]:
    """``found`` plus the records of a regulator a tool drug lowers on its way to helping another drug."""
    agents = [f for f in found if f.effect == "inhibits_mitophagy"]
    if not agents or not any(f.effect in _OUTCOMES for f in found):
        return found
    words = shape("lowered_target")
    have = {finding_key(f) for f in found}
    out = list(found)
    for a in agents:
        reg = _lowered(doc, a.therapy, mentions, words)
        if reg is None:
            continue
        # X: the regulator D1 acts on, or the target its class names ("ML385, an NRF2 inhibitor": outcome_class)
        shared = [f for f in found if f.effect in _OUTCOMES and f.regulator.ids != reg.ids
                  and (f.regulator.ids == a.regulator.ids or f.rule == "outcome_class")
                  and f.therapy.therapy_id != a.therapy.therapy_id]
        if not shared:
            continue
        new = [finding(reg, "inhibits_mitophagy", a.therapy, "agent_lowered_target", a.clause)]
        new += [finding(reg, f.effect, f.therapy, "outcome_lowered_target", f.clause) for f in shared]
        add_unseen(out, have, new)
    return out
