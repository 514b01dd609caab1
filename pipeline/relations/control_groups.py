"""A clause about the comparison group inherits no regulator: ``X overexpression raised the IC50 of D, whereas
parental cells remained sensitive`` (issue 9, session 14, relmut14).

A clause with no regulator of its own takes the regulators of the clause before (``outcome_inherited``); when
its subject is the control group (``control cells``, ``parental A549 cells``, ``wild-type counterparts``), it
states the cells *without* the study's change, so the inherited reading gives the opposite of the finding. Words
and window: ``models/relations/control_groups.json``. Hand-written over token texts: the group's words sit
anywhere between the clause's start and its outcome word, which no fixed phrase covers.
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc


@lru_cache(maxsize=1)
def _settings() -> tuple[frozenset[str], frozenset[str], int]:
    from pipeline.resources import model_path

    data = json.loads((model_path("relations") / "control_groups.json").read_text(encoding="utf-8"))
    return frozenset(data["control_words"]), frozenset(data["group_heads"]), int(data["window"])


def names_control_group(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) name a control group: a control word, then a group head within the window."""
    controls, heads, window = _settings()
    lowers = [t.lower_ for t in doc[start:end]]
    return any(w in controls and any(h in heads for h in lowers[k + 1 : k + 1 + window])
               for k, w in enumerate(lowers))
