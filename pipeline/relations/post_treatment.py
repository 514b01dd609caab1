"""A regulator raised or lowered in patient tumours after a therapy: ``X protein was elevated in tumour
biopsies taken after neoadjuvant D`` -> (X, promotes_resistance, D); ``recurrent tumours showed reduced X
expression after D treatment`` -> (X, promotes_sensitivity, D). The spec's convention for resistant
tumours (raised in resistant -> promotes_resistance), read for tumours that grew back or stayed after
the therapy. Only with a tissue word (biopsies, specimens, recurrent tumours) and no cell or animal word
in the clause: in cells, ``X rose after D`` says what D does to X (an agent record, ``agent_rules``).
Called when the clause's other outcome rules found nothing (``sentence_rules``). Words:
``models/relations/post_treatment.json``.
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention, coordinated
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, inside
from pipeline.relations.polarity import is_negated
from pipeline.relations.triggers import Hit, RelationLexicon
from pipeline.resources import model_path


@lru_cache(maxsize=1)
def _words() -> dict:
    raw = json.loads(model_path("relations", "post_treatment.json").read_text(encoding="utf-8"))
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in raw.items() if not k.startswith("_")}


def post_treatment_findings(
    doc: Doc, clause: Clause, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon
) -> list[Finding]:
    words = _words()
    lows = [t.lower_ for t in doc[clause.start : clause.end]]
    if not words["tissue_words"].intersection(lows) or words["not_words"].intersection(lows):
        return []
    thers = {m.start: m for m in mentions if m.kind == "THER" and inside(m, clause) and not m.excluded}
    thers_at_start: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.kind == "THER" and inside(m, clause) and not m.excluded:
            thers_at_start.setdefault(m.start, []).append(m)
    found: list[Finding] = []
    for i in range(clause.start, clause.end):
        if doc[i].lower_ not in words["after_words"]:
            continue
        j = i + 1
        while j < clause.end and doc[j].lower_ in words["skip_words"]:
            j += 1
        ther = thers.get(j)
        if ther is None or is_negated(doc, clause, i, lexicon):
            continue
        regs = [m for m in mentions if m.kind == "REG" and inside(m, clause) and not m.excluded and m.end <= i]
        if not regs:
            continue
        reg = regs[-1]
        changes = [x for x in hits if x.cue.label in ("REG_UP", "REG_DOWN") and reg.end <= x.start and x.end <= i
                   and x.start - reg.end <= words["max_change_gap"]]
        if not changes:  # "reduced X expression after D"
            changes = [x for x in hits if x.cue.label in ("REG_UP", "REG_DOWN") and clause.start <= x.start
                       and x.end <= reg.start and reg.start - x.end <= words["nominal_gap"]][-1:]
        if len(changes) != 1:
            continue
        effect = "promotes_resistance" if changes[0].cue.label == "REG_UP" else "promotes_sensitivity"
        group = coordinated(doc, mentions, regs[0], lexicon=lexicon) if len(regs) > 1 else [reg]
        therapies = coordinated(doc, mentions, ther, lexicon=lexicon)
        therapies += [m for m in thers_at_start.get(ther.start, []) if m not in therapies]  # "chemoradiotherapy": both
        found.extend(finding(r, effect, t, "outcome_post_treatment", clause) for r in group for t in therapies)
        break
    return found
