"""A fold change written as a noun: ``D induced a 4-fold increase in X``, ``a 2.5-fold reduction of X after D``.

The passive form (``X was induced 5.6-fold by D``) is read by ``agent_rules.passive_findings``; this module reads
the nominal one (``models/relations/fold_changes.json``): a fold token, a change noun (its direction decides, spec
conventions), ``in``/``of``, a machinery protein or ncRNA (and those coordinated with it), and the drug either
before the phrase (its subject, nothing argument-like between) or right after the regulator (``after D``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention, coordinated
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, inside
from pipeline.relations.non_coding import is_non_coding
from pipeline.relations.polarity import is_negated
from pipeline.relations.triggers import RelationLexicon

MODEL = Path(__file__).resolve().parents[2] / "models" / "relations" / "fold_changes.json"


@lru_cache(maxsize=1)
def _words() -> dict:
    return json.loads(MODEL.read_text(encoding="utf-8"))


def _fold_end(doc: Doc, i: int, end: int) -> int:
    """The index after a fold token at ``i`` (``4-fold``, ``threefold``, ``3 fold``), else ``i``."""
    from pipeline.relations.agent_rules import fold_end  # the passive rule's fold shape; imported here: no cycle

    return fold_end(doc, i, end)


def fold_findings(doc: Doc, clause: Clause, mentions: list[Mention], therapies: list[Mention],
                  machinery: set[str], lexicon: RelationLexicon) -> list[Finding]:
    words = _words()
    ups, downs = set(words["nouns_up"]), set(words["nouns_down"])
    links, fillers, after_links = set(words["links"]), set(words["fillers"]), set(words["after_links"])
    out: list[Finding] = []
    for i in range(clause.start, clause.end):
        k = _fold_end(doc, i, clause.end)
        if k == i or k + 1 >= clause.end:
            continue
        noun = doc[k].lower_
        direction = 1 if noun in ups else -1 if noun in downs else 0
        if not direction or doc[k + 1].lower_ not in links:
            continue
        j = k + 2
        while j < clause.end and doc[j].lower_ in fillers:
            j += 1
        first = next((m for m in mentions if m.kind == "REG" and m.start == j and not m.excluded), None)
        if first is None or is_negated(doc, clause, i, lexicon):
            continue
        group = [m for m in coordinated(doc, mentions, first, lexicon=lexicon)
                 if m.ids and all(x.lower() in machinery or is_non_coding(x) for x in m.ids)]
        if not group:
            continue
        ther = _agent(doc, clause, mentions, therapies, i, group[-1].end, after_links, words["after_span"],
                      set(words["after_skip"]))
        if ther is not None:
            effect = "induces_mitophagy" if direction > 0 else "inhibits_mitophagy"
            out.extend(finding(m, effect, ther, "agent_machinery", clause) for m in group)
    return out


def _agent(doc: Doc, clause: Clause, mentions: list[Mention], therapies: list[Mention], start: int, reg_end: int,
           after_links: set[str], span: int, skip: set[str]) -> Mention | None:
    """The drug before the fold phrase with no other argument between, else one right after the regulator."""
    before = [t for t in therapies if t.end <= start and inside(t, clause)]
    if before:
        ther = before[-1]
        if not any(m.kind in ("THER", "REG") and ther.end <= m.start < start and not m.excluded for m in mentions):
            return ther
    i = reg_end
    while i < clause.end and doc[i].lower_ in skip:
        i += 1
    if i < clause.end and doc[i].lower_ in after_links:
        return next((t for t in therapies if i + 1 <= t.start <= i + span), None)
    return None
