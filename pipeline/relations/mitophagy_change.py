"""``Knockdown of X reduced mitophagy and restored D sensitivity``: the bare process gets its own outcome record.

A clause that manipulates a regulator (a loss or gain word on X), states what that did to mitophagy itself
(``reduced / suppressed / accelerated mitophagy``, ``enhanced mitophagic flux``) and what it did to a
therapy's outcome says that the mitophagy change went with the outcome change, so mitophagy gets a record
of its own (spec rule 3 and conventions; judgment calls 13 and 25 of the synthetic dev sets):

    effect(mitophagy) = change(mitophagy) x manipulation(X) x effect(X)

(``X knockdown reduced mitophagy and sensitized`` -> X resistance, mitophagy resistance; ``deletion of X
accelerated mitophagic flux and raised the IC50`` -> X sensitivity, mitophagy resistance). Drugs acting on
mitophagy are left to the agent rules (``sentence_rules._blocked_mitophagy_outcomes``); an ``X-mediated
mitophagy`` mention is X's, not the process's. The change words are the lexicon's ``REG_DOWN`` / ``REG_UP``
modifiers and ``AGENT`` verbs (``accelerated``), read right before the process word
(``cues.json``: ``mitophagy_change_span`` tokens), in a clause of coordinated results, not a mechanism chain
(``leading to``, ``thereby``, ``by disrupting``: ``mitophagy_change_chain``); a gain written after the name (``X overexpression``,
``miR-N mimics``: ``gain_after``) counts as a gain.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, inside
from pipeline.relations.polarity import regulator_polarity
from pipeline.relations.triggers import Hit, RelationLexicon

_SIGN = {"promotes_resistance": 1, "promotes_sensitivity": -1}
_EFFECT = {1: "promotes_resistance", -1: "promotes_sensitivity"}


def _change_before(process: Mention, after: int, hits: list[Hit], span: int) -> int:
    """+1 / -1: the change word ending right before the process word (within ``span`` tokens, after ``after``)."""
    for h in sorted(hits, key=lambda h: -h.end):
        if after <= h.start and h.end <= process.start and process.start - h.end <= span:
            if h.cue.label == "REG_DOWN":
                return -1
            if h.cue.label in ("REG_UP", "AGENT"):
                return 1 if h.cue.value > 0 else -1
    return 0


def gain_after_name(doc: Doc, reg: Mention, hits: list[Hit], lexicon: RelationLexicon) -> bool:
    """A nominal gain word right after the regulator's name (``cues.json`` ``gain_after``: ``X overexpression``,
    ``miR-N mimics``); a verb there (``X increased mitophagy``) is no manipulation."""
    position = reg.core_end if reg.core_end >= 0 else reg.end
    while position < len(doc) and doc[position].text in lexicon.words("hyphens"):
        position += 1
    return position < len(doc) and doc[position].lower_ in lexicon.words("gain_after")


def _chained(doc: Doc, clause: Clause, lexicon: RelationLexicon) -> bool:
    """``..., leading to impaired mitophagy``, ``thereby resensitizing``, ``by disrupting the mitophagic process``:
    the clause states a mechanism chain (``cues.json`` ``mitophagy_change_chain``, or ``by`` + an -ing verb),
    not two coordinated results of one manipulation; the process gets no record of its own there."""
    chain = lexicon.words("mitophagy_change_chain")
    for i in range(clause.start, clause.end):
        word = doc[i].lower_
        if word in chain:
            return True
        if word == "by" and i + 1 < clause.end and doc[i + 1].lower_.endswith("ing"):
            return True
    return False


def changed_mitophagy_outcomes(
    doc: Doc, clause: Clause, outcomes: list[Finding], agents: list[Finding], mentions: list[Mention],
    hits: list[Hit], lexicon: RelationLexicon,
) -> list[Finding]:
    """``outcomes`` plus a ``mitophagy`` record per manipulated regulator's outcome, when the clause changes mitophagy."""
    if any(a.regulator.is_mitophagy for a in agents):
        return outcomes  # a drug acting on mitophagy: the agent rules decide
    processes = [m for m in mentions if m.is_mitophagy and inside(m, clause) and not m.excluded]
    if not processes or _chained(doc, clause, lexicon):
        return outcomes
    span = lexicon.number("mitophagy_change_span")
    have = {(o.effect, o.therapy.ids) for o in outcomes if o.regulator.is_mitophagy}
    extra = []
    for o in outcomes:
        if o.regulator.is_mitophagy or o.effect not in _SIGN or o.regulator.via_mitophagy:
            continue
        manipulation = regulator_polarity(doc, o.regulator, clause, mentions, hits, lexicon, default=0)
        if manipulation == 0 and gain_after_name(doc, o.regulator, hits, lexicon):
            manipulation = 1  # "X overexpression", "miR-N mimics": a gain word after the name
        if manipulation == 0:
            continue  # no loss or gain word on X: nothing was changed by the study
        for process in processes:
            if process.start < o.regulator.end:
                continue
            change = _change_before(process, o.regulator.end, hits, span)
            if change == 0:
                continue
            effect = _EFFECT[change * manipulation * _SIGN[o.effect]]
            if (effect, o.therapy.ids) in have:
                continue
            have.add((effect, o.therapy.ids))
            extra.append(finding(process, effect, o.therapy, "outcome_changed_mitophagy", o.clause))
            break
    return outcomes + extra
