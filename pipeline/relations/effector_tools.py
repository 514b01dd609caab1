"""``Treatment of CAR-T cells with urolithin A induced X-dependent mitophagy and enhanced their tumour control``.

A drug given to immune effector cells (a cell therapy named in the sentence: ``cues.json`` ``cell_therapy_ids``)
that acts on a regulator or on mitophagy, followed by an improvement of the cells' effect (an outcome word on the
sensitivity side after the drug: ``enhanced their cytotoxicity``, ``improved tumour control``) says that the
change in the effector cells helps the cell therapy (spec conventions: mitophagy in immune effector cells that
improves a therapy is ``promotes_sensitivity`` for that therapy). The regulators the drug induces get
``(X, promotes_sensitivity, cell therapy)`` (inhibits: ``promotes_resistance``); the process itself only when the
drug acts on no named regulator (``X-dependent mitophagy`` is X's). The drug, a tool given to the cells, gets no
outcome record of its own there.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, finding_key
from pipeline.relations.polarity import is_negated, outcome_polarity
from pipeline.relations.triggers import Hit, RelationLexicon

_OUTCOMES = ("promotes_resistance", "promotes_sensitivity")
_AGENTS = ("induces_mitophagy", "inhibits_mitophagy")


def effector_tool_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                           lexicon: RelationLexicon) -> list[Finding]:
    """``found`` with the outcome records of a drug acting in effector cells moved to the cell therapy."""
    cell_ids = lexicon.words("cell_therapy_ids")
    cells = [m for m in mentions if m.kind == "THER" and m.therapy_id in cell_ids]
    agents = [f for f in found if f.effect in _AGENTS and f.therapy.therapy_id not in cell_ids]
    if not cells or not agents:
        return found
    whole = Clause(0, len(doc))
    drugs = {a.therapy.therapy_id for a in agents}
    first = min(a.therapy.start for a in agents)
    improved = any(h.cue.label == "OUTCOME" and h.start > first and not is_negated(doc, whole, h.start, lexicon)
                   and outcome_polarity(doc, h, whole, mentions, hits, lexicon) < 0 for h in hits)
    if not improved:
        return found
    named = [a for a in agents if not a.regulator.is_mitophagy]
    chosen = named or agents
    kept = [f for f in found if not (f.effect in _OUTCOMES and f.therapy.therapy_id in drugs)]
    have = {finding_key(f) for f in kept}
    cell = cells[0]
    for a in chosen:
        effect = "promotes_sensitivity" if a.effect == "induces_mitophagy" else "promotes_resistance"
        key = (a.regulator.ids, effect, cell.therapy_id)
        if key not in have and not any(f.regulator.ids == a.regulator.ids and f.therapy.therapy_id == cell.therapy_id
                                       and f.effect in _OUTCOMES for f in kept):
            have.add(key)
            kept.append(finding(a.regulator, effect, cell, "outcome_effector_tool", whole))
    return kept
