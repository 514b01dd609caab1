"""The word classes of three sentence shapes (``models/relations/outcome_shapes.json``), read once.

Used by ``comparisons.py`` (a manipulation combined with a drug shrinks tumours), ``effect_of.py``
(``the benefit of X loss``) and ``link_words.py`` (``independently of X``, ``involves X``, inverse
correlation). Phrase lists become lower-case tuples for ``triggers.phrase_at``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from pipeline.resources import model_path


def _tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(str(v).lower() for v in value)
    if isinstance(value, dict):
        return {k: _tuples(v) for k, v in value.items()}
    return value


@lru_cache(maxsize=1)
def _data() -> dict[str, dict[str, Any]]:
    data = json.loads((model_path("relations") / "outcome_shapes.json").read_text(encoding="utf-8"))
    return {section: _tuples(values) for section, values in data.items()}


def shape(section: str) -> dict[str, Any]:
    """One section of ``outcome_shapes.json`` (``combination``, ``effect_of``, ``links``)."""
    return _data()[section]
