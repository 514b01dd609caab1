"""``protects cells from D1 in C1 [5], from D2 in C2 [6,7] and from D3 in C3 [8]``, ``resistance to D1 in C1
and to D2 in C2``: a preposition repeated before each drug coordinates them, each with its own cancer and
markers between; every drug shares the outcome word. Read by ``outcome_rules.therapies_for``; words:
``models/relations/repeated_prepositions.json``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause

DATA = Path(__file__).resolve().parents[2] / "models" / "relations" / "repeated_prepositions.json"


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], frozenset[str], int]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return frozenset(data["prepositions"]), frozenset(data["joins"]), int(data["max_gap"])


def repeated_preposition_therapies(doc: Doc, first: Mention, last: Mention, clause: Clause,
                                   mentions: list[Mention]) -> list[Mention]:
    """The drugs after ``last`` that follow a join and the preposition printed right before ``first``."""
    prepositions, joins, max_gap = _data()
    if first.start == 0 or doc[first.start - 1].lower_ not in prepositions:
        return []
    preposition = doc[first.start - 1].lower_
    therapies = sorted((m for m in mentions if m.kind == "THER" and not m.excluded and not m.context
                        and clause.start <= m.start and m.end <= clause.end), key=lambda m: m.start)
    regulators = [m for m in mentions if m.kind == "REG" and not m.excluded]
    out: list[Mention] = []
    end = last.end
    for m in therapies:
        if m.start <= end:
            continue
        if m.start - end > max_gap or m.start < 2 or doc[m.start - 1].lower_ != preposition:
            break
        before = doc[m.start - 2].lower_
        if before not in joins and doc[max(0, m.start - 4) : m.start - 1].text.lower() not in joins:
            break
        if any(end <= r.start < m.start for r in regulators) or any(t.text == ";" for t in doc[end : m.start]):
            break
        out.append(m)
        end = m.end
    return out
