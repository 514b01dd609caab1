"""``we found that irradiation increased mitophagy``: ``that`` after a reporting verb (or ``and that``) opens a
clause, so the modality after it is named, not referred back to (``that chemotherapy``). Read by
``arguments`` where anaphoric determiners exclude a modality; words: ``models/relations/complementizer_that.json``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

DATA = Path(__file__).resolve().parents[2] / "models" / "relations" / "complementizer_that.json"


@lru_cache(maxsize=1)
def _before() -> frozenset[str]:
    return frozenset(json.loads(DATA.read_text(encoding="utf-8"))["before_that"])


def complementizer_before(doc: Doc, start: int) -> bool:
    """The token before ``start`` is ``that`` and the one before it a reporting word (or ``and``)."""
    return start >= 2 and doc[start - 1].lower_ == "that" and doc[start - 2].lower_ in _before()
