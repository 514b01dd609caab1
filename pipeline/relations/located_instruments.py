"""``Enhancing mitophagy in tumour-infiltrating T cells with D``: the place a process is changed in (``in ... cells``)
may stand between the process and its instrument (``with``/``using``/``by`` + a drug, ``cues.json``
``instrument_prepositions``). The drug is the verb's agent, as in ``inhibiting mitophagy with D``
(``agent_rules.instrument_findings``, which needs the preposition right after the process). The verb stands right
before the process; the place phrase opens with ``in``, holds no argument and ends in a place noun within a few
words. Words: ``research_shapes.json`` ``located_instruments``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, finding_key
from pipeline.relations.research_shapes import research_shape
from pipeline.relations.triggers import Hit, RelationLexicon, token_lowers


def located_instrument_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                                lexicon: RelationLexicon) -> list[Finding]:
    """``found`` plus the agent records of a drug named after a place phrase that follows the changed process."""
    words = research_shape("located_instruments")
    lowers = token_lowers(doc)
    instruments = lexicon.word_set("instrument_prepositions")
    window = int(words["place_max"])
    have = {finding_key(f) for f in found}
    out = list(found)
    for h in hits:
        if h.cue.label != "AGENT":
            continue
        process = next((m for m in mentions if m.kind == "REG" and m.is_mitophagy and m.start == h.end), None)
        if process is None or process.end >= len(doc) or lowers[process.end] != "in":
            continue
        ends = [j for j in range(process.end + 1, min(len(doc) - 1, process.end + 1 + window))
                if lowers[j] in words["place_nouns"] and lowers[j + 1] in instruments]
        if not ends:
            continue
        end = ends[0]
        if any(process.end < m.start <= end for m in mentions):
            continue  # an argument in the place phrase
        ther = next((m for m in mentions if m.kind == "THER" and not m.excluded and not m.modality
                     and m.start in (end + 2, end + 3)), None)
        if ther is None:
            continue
        new = finding(process, "induces_mitophagy" if h.cue.value > 0 else "inhibits_mitophagy", ther,
                      "agent_instrument", Clause(h.start, ther.end))
        key = (new.regulator.ids, new.effect, new.therapy.therapy_id)
        if key not in have:
            have.add(key)
            out.append(new)
    return out
