"""Non-coding RNA regulators (miRNAs, lncRNAs, circRNAs) by their id: a drug raising or lowering one
(``DOX treatment up-regulated the miR-21 expression``) reads like its change of a mitophagy-machinery
protein (``agent_rules.machinery_findings``). Ids: ``models/relations/non_coding.json``."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "models" / "relations" / "non_coding.json"


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern[str], frozenset[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return re.compile("|".join(f"(?:{p})" for p in data["id_patterns"]), re.I), frozenset(data["named_lncrnas"])


def is_non_coding(regulator_id: str) -> bool:
    pattern, named = _data()
    return regulator_id.lower() in named or pattern.search(regulator_id) is not None
