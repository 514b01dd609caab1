"""The word classes of research-abstract shapes (``models/relations/research_shapes.json``), read once.

One section per module (``anaphoric_outcomes``, ``tool_co_outcomes``, ``protective_mitophagy``,
``means_coordination``, ``compound_outcome_agents``, ``status_modifiers``, ``conjoined_changes``, ``relative_asides``, ``located_instruments``, ``verb_lists``, ``surviving_cells``); lists become lower-case tuples for
``triggers.phrase_at``, numbers stay numbers.
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
        return {k: _tuples(v) for k, v in value.items() if not k.startswith("_")}
    return value


@lru_cache(maxsize=1)
def _data() -> dict[str, dict[str, Any]]:
    data = json.loads((model_path("relations") / "research_shapes.json").read_text(encoding="utf-8"))
    return {section: _tuples(values) for section, values in data.items() if not section.startswith("_")}


def research_shape(section: str) -> dict[str, Any]:
    """The word classes and numbers of one section."""
    return _data()[section]
