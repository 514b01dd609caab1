"""``by repairing O6-methylguanine lesions``: a chemical right before a lesion noun names DNA damage, not a
therapy. Words: ``models/relations/lesion_nouns.json``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

DATA = Path(__file__).resolve().parents[2] / "models" / "relations" / "lesion_nouns.json"


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(json.loads(DATA.read_text(encoding="utf-8"))["nouns"])


def names_a_lesion(doc: Doc, end: int) -> bool:
    """The token at ``end`` (right after a therapy mention) is a lesion noun."""
    return end < len(doc) and doc[end].lower_ in _nouns()
