"""``... and that the X inhibitor D1 reduced mitophagy and increased radiosensitivity``: a tool drug acting on a
regulator (named as its class, ``the X inhibitor D1``) or on mitophagy (its object, ``D1 reduced mitophagy``),
then, in the same clause, an outcome word on the sensitivity side naming another therapy: a modality word
(``radiosensitivity``, ``chemosensitivity``) or a drug right before it (``restored D2 sensitivity``) or a few
tokens after it (``sensitized cells to D2``). The tool's change of X is how D2 is helped (spec conventions, call 2
of ``annotations/dev/synthetic/README.md``): D1 inhibits X -> ``(X, promotes_resistance, D2)``, D1 induces X ->
``(X, promotes_sensitivity, D2)``. ``agent_co_outcomes.py`` covers drugs written before a non-process regulator
and a drug after the outcome word; this covers the class-described tool, mitophagy as the tool's object and the
modality words. Only when no other regulator stands between the tool's arguments and the outcome word, the
outcome word is not negated and X has no outcome record for D2 yet. Words: ``research_shapes.json``
``tool_co_outcomes``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.findings import Finding, finding, virtual_therapy
from pipeline.relations.polarity import is_negated, outcome_polarity
from pipeline.relations.research_shapes import research_shape
from pipeline.relations.triggers import Hit, RelationLexicon

_OUTCOMES = ("promotes_resistance", "promotes_sensitivity")
_AGENTS = ("induces_mitophagy", "inhibits_mitophagy")


def _co_therapy(doc: Doc, hit: Hit, thers: list[Mention], tool: Mention, window: int, described: bool) -> Mention | None:
    """The therapy the outcome word names: its modality, else a drug right before it or a few tokens after.

    The modality only for a tool described as a regulator's inhibitor or activator (``described``): spec rule 9
    otherwise makes the named drug the therapy (``D exploits mitophagy for chemosensitization`` is no chemotherapy
    record), and call 7 of ``annotations/dev/synthetic/README.md`` reads ``the X inhibitor D radiosensitized`` as
    radiotherapy."""
    if hit.cue.modality:
        return virtual_therapy(doc, hit) if described else None
    before = next((t for t in thers if t.end == hit.start or (t.end + 1 == hit.start and doc[t.end].text == "-")), None)
    if before is not None and before.start != tool.start:
        return before
    return next((t for t in thers if hit.end <= t.start <= hit.end + window and t.start != tool.start), None)


def tool_co_outcome_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                             lexicon: RelationLexicon) -> list[Finding]:
    """``found`` plus the co-treated therapy's outcome records for the regulators a tool drug acts on."""
    words = research_shape("tool_co_outcomes")
    agents = [f for f in found if f.effect in _AGENTS and f.rule in words["rules"] and not f.therapy.modality]
    if not agents:
        return found
    window = int(words["therapy_window"])
    described = {f.therapy.start for f in found if f.rule == "agent_class"}  # "the X inhibitor D1"
    have = {(f.regulator.ids, f.therapy.therapy_id) for f in found if f.effect in _OUTCOMES}
    thers = [m for m in mentions if m.kind == "THER" and not m.excluded and not m.modality]
    regs = [m for m in mentions if m.kind == "REG" and not m.excluded and not m.is_mitophagy]
    out = list(found)
    for a in agents:
        clause = a.clause
        if a.rule != "agent_class" and not a.regulator.is_mitophagy:
            continue  # a named gene as a verb's object is agent_co_outcomes' shape
        last = max(a.regulator.end, a.therapy.end)
        for h in hits:
            if h.cue.label != "OUTCOME" or h.cue.weak or not (last <= h.start < clause.end):
                continue
            if is_negated(doc, clause, h.start, lexicon) or outcome_polarity(doc, h, clause, mentions, hits, lexicon) >= 0:
                continue
            if any(last <= m.start and m.end <= h.start and m.ids != a.regulator.ids for m in regs):
                continue  # "..., and Y knockdown sensitized cells to D2" is Y's
            co = _co_therapy(doc, h, thers, a.therapy, window, a.therapy.start in described)
            if co is None or co.therapy_id == a.therapy.therapy_id or (a.regulator.ids, co.therapy_id) in have:
                continue
            effect = "promotes_sensitivity" if a.effect == "induces_mitophagy" else "promotes_resistance"
            have.add((a.regulator.ids, co.therapy_id))
            out.append(finding(a.regulator, effect, co, "outcome_tool_co_treatment", clause))
            break
    return out
