"""``Silencing A suppressed X-mediated mitophagy and restored D sensitivity``: the mediator X gets a record too.

``mitophagy_change.py`` gives the bare process a record when a manipulation changes ``mitophagy``; an ``X-mediated
(X-dependent ...) mitophagy`` mention is X's, so there X is what the manipulation changed on the way to the outcome:

    effect(X) = change(X-mediated mitophagy) x manipulation(A) x effect(A)

(``A knockdown impaired X-mediated mitophagy and increased D-induced apoptosis`` -> A resistance, X resistance).
The change word stands right before the mention (``cues.json`` ``mitophagy_change_span``), the mention after A and
before the therapy (or inside A's clause), A carries its own loss or gain word, and the sentence is no mechanism
chain (``leading to``, ``thereby``: as for the process). X gets no record when it already has one for D.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding
from pipeline.relations.mitophagy_change import _EFFECT, _SIGN, _chained, _change_before, gain_after_name
from pipeline.relations.polarity import regulator_polarity
from pipeline.relations.triggers import Hit, RelationLexicon


def mediator_change_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                             lexicon: RelationLexicon) -> list[Finding]:
    """``found`` plus a record per ``X-mediated mitophagy`` mention a manipulated regulator's clause changes."""
    mediators = [m for m in mentions if m.kind == "REG" and m.via_mitophagy and not m.excluded]
    if not mediators or _chained(doc, Clause(0, len(doc)), lexicon):
        return found
    span = lexicon.number("mitophagy_change_span")
    have = {(f.regulator.ids, f.therapy.therapy_id) for f in found if f.effect in _SIGN}
    out = list(found)
    for f in found:
        reg = f.regulator
        if f.effect not in _SIGN or reg.is_mitophagy or reg.via_mitophagy:
            continue
        manipulation = regulator_polarity(doc, reg, f.clause, mentions, hits, lexicon, default=0)
        if manipulation == 0 and gain_after_name(doc, reg, hits, lexicon):
            manipulation = 1
        if manipulation == 0:
            continue
        for m in mediators:
            if m.ids == reg.ids or m.start < reg.end:
                continue
            if not (m.end <= f.therapy.start or m.end <= f.clause.end):
                continue
            change = _change_before(m, reg.end, hits, span)
            if change == 0 or (m.ids, f.therapy.therapy_id) in have:
                continue
            have.add((m.ids, f.therapy.therapy_id))
            out.append(finding(m, _EFFECT[change * manipulation * _SIGN[f.effect]], f.therapy,
                               "outcome_changed_mediator", f.clause))
    return out
