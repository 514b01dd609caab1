"""``D inhibited mTOR, enhanced mitophagy and reduced mitochondrial mass``: a list of verbs after one drug keeps
the drug as every verb's subject. When the drug already has an agent record from the first verb, a later verb of
the list (after ``,`` or ``and``) whose object is mitophagy itself (right after it, an article between at most)
gives ``(mitophagy, induces/inhibits, D)`` by that verb's direction (spec: ``inhibits mTOR, enhances mitophagy``
-> induces). No other therapy may stand between the first record's regulator and the later verb. Words:
``research_shapes.json`` ``verb_lists``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.findings import Finding, finding
from pipeline.relations.research_shapes import research_shape
from pipeline.relations.triggers import Hit, RelationLexicon, token_lowers

_AGENTS = ("induces_mitophagy", "inhibits_mitophagy")


def verb_list_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                       lexicon: RelationLexicon) -> list[Finding]:
    """``found`` plus the mitophagy records of a later verb in a drug's verb list."""
    firsts = [f for f in found if f.effect in _AGENTS and f.therapy.end <= f.regulator.start and not f.therapy.modality]
    if not firsts:
        return found
    words = research_shape("verb_lists")
    lowers = token_lowers(doc)
    have = {(f.regulator.ids, f.therapy.therapy_id) for f in found if f.effect in _AGENTS}
    out = list(found)
    for f in firsts:
        for h in hits:
            if h.cue.label != "AGENT" or not (f.regulator.end < h.start < f.clause.end):
                continue
            if lowers[h.start - 1] not in words["joins"]:
                continue
            if lowers[h.start - 1] == "," and not any(
                    g.cue.label == "AGENT" and h.end < g.start < f.clause.end and lowers[g.start - 1] in words["list_ends"]
                    for g in hits):
                continue  # "D inhibits mTOR, enhances mitophagy": two comma-joined verbs stay one claim
            if any(m.kind == "THER" and f.regulator.end <= m.start < h.start for m in mentions):
                break  # another drug may be the later verb's subject
            j = h.end + (1 if h.end < len(doc) and lowers[h.end] in words["articles"] else 0)
            target = next((m for m in mentions if m.kind == "REG" and m.is_mitophagy and m.start == j), None)
            if target is None or (target.ids, f.therapy.therapy_id) in have:
                continue
            have.add((target.ids, f.therapy.therapy_id))
            effect = "induces_mitophagy" if h.cue.value > 0 else "inhibits_mitophagy"
            out.append(finding(target, effect, f.therapy, "agent_verb", f.clause))
    return out
