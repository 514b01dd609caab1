"""``D-resistant A549 and H1299 cells``, ``D-resistant HCT-8 and LoVo cells``: an outcome adjective before a
list of cell-line names and a cell word describes the cells (attributive), as ``D-resistant cells`` does.

A cell-line name here is a token with a digit or a capital (``A549``, ``LoVo``, ``HCT``, ``-``, ``8``
as the tokenizer splits ``HCT-8``), joined by ``and``/``or``/commas/hyphens; at most ``max_tokens``
tokens before the cell word (``models/relations/cell_lines.json``); the words of a cancer type the NER tagged
may stand between the names and the cell word (``PANC-1/GR pancreatic cancer cells``).
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.resources import model_path


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], int]:
    raw = json.loads(model_path("relations", "cell_lines.json").read_text(encoding="utf-8"))
    return frozenset(raw["joiners"]), int(raw["max_tokens"])


def cell_lines_then_cells(doc: Doc, i: int, end: int, cells) -> bool:
    """Whether ``doc[i:]`` is a list of cell-line names followed by a word of ``cells`` (before ``end``)."""
    joiners, max_tokens = _data()
    seen = False
    for j in range(i, min(end, i + max_tokens + 1)):
        t = doc[j]
        if t.lower_ in cells:
            return seen
        if t.lower_ in joiners or any(c.isdigit() for c in t.text) or (t.text[:1].isupper() and t.text[1:2] != ""):
            seen = seen or t.lower_ not in joiners
            continue
        if seen and t.ent_type_ == "CANCER":
            continue  # "D-resistant PANC-1/GR pancreatic cancer cells": the names' cancer type before the cell word
        return False
    return False
