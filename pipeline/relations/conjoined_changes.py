"""``D induced the accumulation of PINK1 on depolarized mitochondria and the recruitment of Parkin``: a second
nominal change of a mitophagy protein, joined by ``and`` after the first one's short complement, shares the
drug's verb: the second protein gets the first one's induces / inhibits record. The first record must come from
the machinery rule (``agent_machinery``); between its protein and ``and`` stand at most a few words and no
other argument; after ``and`` only fillers and change nouns (``the recruitment of``, ``cues.json``
``machinery_object_fillers`` / ``machinery_change_nouns``), then the protein. Window: ``research_shapes.json``
``conjoined_changes``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.findings import Finding, finding
from pipeline.relations.research_shapes import research_shape
from pipeline.relations.triggers import Hit, RelationLexicon, token_lowers


def conjoined_change_findings(doc: Doc, found: list[Finding], mentions: list[Mention], hits: list[Hit],
                              lexicon: RelationLexicon) -> list[Finding]:
    """``found`` plus the records of a second protein's nominal change joined to the first one's."""
    firsts = [f for f in found if f.rule == "agent_machinery"]
    if not firsts:
        return found
    lowers = token_lowers(doc)
    fillers = lexicon.word_set("machinery_object_fillers")
    changes = lexicon.word_set("machinery_change_nouns")
    machinery = {i.lower() for i in lexicon.words("mitophagy_machinery") + lexicon.words("upstream_machinery")}
    window = int(research_shape("conjoined_changes")["complement_max"])
    have = {(f.regulator.ids, f.therapy.therapy_id) for f in found}
    out = list(found)
    for f in firsts:
        end = f.regulator.end
        join = next((i for i in range(end, min(f.clause.end, end + window + 1)) if lowers[i] == "and"), None)
        if join is None or any(w in (",", ";", "(") for w in lowers[end:join]):
            continue
        if any(end <= m.start < join for m in mentions):
            continue  # another argument in the complement
        second = next((m for m in mentions if m.kind == "REG" and not m.excluded and join < m.start < f.clause.end), None)
        if second is None or not second.ids or not all(i.lower() in machinery for i in second.ids):
            continue
        gap = lowers[join + 1 : second.start]
        if not gap or not any(w in changes for w in gap) or any(w not in fillers and w not in changes for w in gap):
            continue
        if (second.ids, f.therapy.therapy_id) in have:
            continue
        have.add((second.ids, f.therapy.therapy_id))
        out.append(finding(second, f.effect, f.therapy, "agent_machinery", f.clause))
    return out
