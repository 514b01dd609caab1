"""``Resistant cells could be resensitized by X silencing``: the agent of a passive outcome verb.

An outcome word (not a weak one) followed by ``by`` (optionally ``to D`` between) and a regulator carrying its
change word a few tokens on (``by X silencing``, ``by knockdown of X``, ``by X overexpression``) names what changes
the outcome: effect = outcome polarity x the change (``resensitized by X silencing`` -> X promotes resistance).
The therapy: ``to D`` right after the outcome word, else the one therapy the sentence names (none, or several
distinct ones: no record). A reading of the same pair with the opposite effect is dropped (the passive agent is
stated; another rule's reading of an earlier mention of X is not). Word lists: ``outcome_shapes.json``
``passive_agent``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, merge_outcomes
from pipeline.relations.mitophagy_change import gain_after_name
from pipeline.relations.polarity import is_negated, regulator_polarity
from pipeline.relations.shapes import shape
from pipeline.relations.triggers import Hit, RelationLexicon



def passive_agent_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                           lexicon: RelationLexicon) -> list[Finding]:
    """``found`` plus the records of regulators named as the ``by`` agent of an outcome verb."""
    words = shape("passive_agent")
    window = int(words["agent_window"])
    thers = [m for m in mentions if m.kind == "THER" and not m.excluded and not m.modality]
    extra: list[Finding] = []
    for h in hits:
        if h.cue.label != "OUTCOME" or h.cue.weak or doc[h.start].lower_ not in words["verb_forms"]:
            continue
        at, named = h.end, None
        if at < len(doc) and doc[at].lower_ == "to":
            named = next((t for t in thers if t.start == at + 1), None)
            if named is None:
                continue
            at = named.end
        if at >= len(doc) or doc[at].lower_ != "by":
            continue
        reg = next((m for m in mentions if m.kind == "REG" and not m.excluded and at < m.start <= at + window), None)
        if reg is None or is_negated(doc, Clause(0, len(doc)), h.start, lexicon):
            continue
        sign = regulator_polarity(doc, reg, Clause(at + 1, min(len(doc), reg.end + 3)), mentions, hits, lexicon,
                                  default=0)
        if sign == 0 and gain_after_name(doc, reg, hits, lexicon):
            sign = 1  # "by X overexpression"
        if sign == 0:
            continue
        therapies = [named] if named else thers
        if len({t.therapy_id for t in therapies}) != 1:
            continue
        effect = "promotes_resistance" if sign * h.cue.value > 0 else "promotes_sensitivity"
        extra.append(finding(reg, effect, therapies[0], "outcome_passive_agent", Clause(0, len(doc))))
    return merge_outcomes(found, extra)
