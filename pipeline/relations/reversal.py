"""``X reduced D sensitivity, an effect that was reversed by Y knockdown``: Y gets a record of its own.

A finding followed by a relative or demonstrative reversal of it (``, an effect that was reversed by``,
``, which was abolished by``, ``, and this was prevented by``: ``cues.json`` ``reversal_openers``, then a
passive auxiliary, an ``OUTCOME_FLIP`` word and ``by``) says that changing Y undoes X's effect on D, so
Y acts like X when Y is lost (``by Y knockdown``, ``by silencing of Y``) and opposite to X when Y is gained.
The first finding keeps its own sign (``polarity.outcome_polarity`` does not flip across the comma). A
hand-written scan: the pipeline has no parser to attach the relative clause (see issue 9).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding
from pipeline.relations.mitophagy_change import gain_after_name
from pipeline.relations.polarity import regulator_polarity
from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at

_OPPOSITE = {"promotes_resistance": "promotes_sensitivity", "promotes_sensitivity": "promotes_resistance"}


def _reversal_at(doc: Doc, i: int, hits: list[Hit], lexicon: RelationLexicon) -> int:
    """Token index after ``by`` when a reversal phrase opens at comma ``i``, else -1."""
    n = phrase_at(doc, i + 1, lexicon.words("reversal_openers"))
    if not n:
        return -1
    j = i + 1 + n
    auxiliaries = lexicon.word_set("passive_auxiliaries")
    if j >= len(doc) or doc[j].lower_ not in auxiliaries:
        return -1
    j += 1
    flip = next((h for h in hits if h.start == j and h.cue.label == "OUTCOME_FLIP"), None)
    if flip is None or flip.end >= len(doc) or doc[flip.end].lower_ != "by":
        return -1
    return flip.end + 1


def reversal_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                      lexicon: RelationLexicon) -> list[Finding]:
    """``found`` plus one record per regulator named as the agent of a reversal of an earlier finding."""
    outcomes = [f for f in found if f.effect in _OPPOSITE]
    if not outcomes:
        return found
    extra = []
    for i, token in enumerate(doc):
        if token.text != ",":
            continue
        start = _reversal_at(doc, i, hits, lexicon)
        if start < 0:
            continue
        span = Clause(start, min(len(doc), start + lexicon.number("reversal_agent_span")))
        agents = [m for m in mentions if m.kind == "REG" and span.start <= m.start and m.end <= span.end
                  and not m.excluded]
        before = [f for f in outcomes if f.regulator.end <= i and f.therapy.end <= i]
        for agent in agents[:1]:
            sign = regulator_polarity(doc, agent, span, mentions, hits, lexicon, default=0)
            if sign == 0 and gain_after_name(doc, agent, hits, lexicon):
                sign = 1  # "by Y overexpression"
            if sign == 0:
                continue  # "reversed by Y" with no loss or gain word: what was done to Y is not said
            for f in before:
                if f.regulator.ids == agent.ids:
                    continue
                effect = f.effect if sign < 0 else _OPPOSITE[f.effect]
                extra.append(finding(agent, effect, f.therapy, "outcome_reversal", Clause(i, span.end)))
    keys = {(f.regulator.ids, f.effect, f.therapy.ids) for f in found}
    out = list(found)
    for f in extra:
        key = (f.regulator.ids, f.effect, f.therapy.ids)
        if key not in keys:
            keys.add(key)
            out.append(f)
    return out
