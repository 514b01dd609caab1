"""``Blocking mitophagy with D1 or by X knockdown enhanced D2-induced apoptosis``, ``Genetic or pharmacological
inhibition of mitophagy, by X silencing or by D1, reduced ... under D2``: the means listed right after a blocked
process say how it was blocked. Each does what the process's block does: a lost regulator X gets the process's
outcome record for D2 (``(X, promotes_resistance, D2)`` beside mitophagy's), a drug D1 gets
``(mitophagy, inhibits_mitophagy, D1)`` and no outcome record of its own (it is the tool, not the treated drug).
The list runs from a preposition (``by``, ``with``, ``using``, ``via``) right after the mitophagy mention (a comma
may stand between) to the first verb cue after it; a regulator counts only with its own loss word
(``X knockdown``, ``silencing of X``). Words: ``research_shapes.json`` ``means_coordination``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, finding_key
from pipeline.relations.polarity import regulator_polarity
from pipeline.relations.research_shapes import research_shape
from pipeline.relations.triggers import Hit, RelationLexicon, token_lowers

_OUTCOMES = ("promotes_resistance", "promotes_sensitivity")
_STOPS = ("AGENT", "OUTCOME", "OUTCOME_FLIP")


def _means_span(doc: Doc, process: Mention, hits: list[Hit], words: dict) -> tuple[int, int] | None:
    """[start, end) of the means list after ``process``, or None when no preposition opens one."""
    lowers = token_lowers(doc)
    i = process.end
    if i < len(doc) and lowers[i] == ",":
        i += 1
    if i >= len(doc) or lowers[i] not in words["prepositions"]:
        return None
    limit = min(len(doc), i + int(words["max_tokens"]))
    stop = next((h.start for h in hits if h.cue.label in _STOPS and i < h.start < limit), limit)
    return i, stop


def _lost(doc: Doc, reg: Mention, span: tuple[int, int], hits: list[Hit]) -> bool:
    """A loss word of the regulator inside the list, right before or right after its name."""
    downs = [h for h in hits if h.cue.label == "REG_DOWN" and span[0] <= h.start < span[1]]
    return any(h.start == reg.end or h.end == reg.start or (h.end + 1 == reg.start and doc[h.end].lower_ == "of")
               for h in downs)


def means_coordination_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                                lexicon: RelationLexicon) -> list[Finding]:
    """``found`` with the records of the means that block a process whose outcome the sentence states."""
    processes = [f for f in found if f.effect in _OUTCOMES and f.regulator.is_mitophagy]
    if not processes:
        return found
    words = research_shape("means_coordination")
    whole = Clause(0, len(doc))
    out = list(found)
    have = {finding_key(f) for f in found}
    tools: set[str] = set()
    for o in processes:
        span = _means_span(doc, o.regulator, hits, words)
        if span is None or o.therapy.start < span[1]:
            continue
        if regulator_polarity(doc, o.regulator, whole, mentions, hits, lexicon, default=0) >= 0:
            continue  # only a blocked process: its means are losses and inhibitors
        inside = [m for m in mentions if span[0] <= m.start and m.end <= span[1] and not m.excluded]
        for m in inside:
            if m.kind == "REG" and not m.is_mitophagy and _lost(doc, m, span, hits):
                new = finding(m, o.effect, o.therapy, "outcome_means", o.clause)
            elif m.kind == "THER" and not m.modality:
                tools.add(m.therapy_id)
                new = finding(o.regulator, "inhibits_mitophagy", m, "agent_means_list", o.clause)
            else:
                continue
            key = (new.regulator.ids, new.effect, new.therapy.therapy_id)
            if key not in have:
                have.add(key)
                out.append(new)
    if tools:  # the tool drugs get no outcome record of their own
        out = [f for f in out if not (f.effect in _OUTCOMES and f.therapy.therapy_id in tools)]
    return out
