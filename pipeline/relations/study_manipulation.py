"""``... and that X inhibition with C restores D-induced apoptosis``, ``... and that X silencing enhanced
D-induced apoptosis``: the study changes the record's own regulator mention (a genetic change, or an
inhibition named with its instrument), so the record is a finding even where another
mention of X is the drug's target (``D activates X``). Read by ``precision.own_target`` and ``precision.drug_mechanism``; patterns:
``models/relations/study_manipulation.json``."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "models" / "relations" / "study_manipulation.json"


@lru_cache(maxsize=1)
def _after() -> re.Pattern[str]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return re.compile("|".join(f"(?:{p})" for p in data["after_regulator"]))


def inhibited_with_instrument(text_after_regulator: str) -> bool:
    return _after().match(text_after_regulator.lstrip(" -")) is not None
