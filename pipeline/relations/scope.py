"""The spec's scope of an outcome record: tumour cells.

Resistance of bacteria, fungi, parasites or plants to antimicrobials (``deletion of G causes
fluconazole resistance in Candida``), and receptor pharmacology (``loss of R lowered sensitivity
to the agonist L``, EC50, binding affinity) are no tumour-cell resistance or sensitivity. A
sentence naming a non-tumour organism and no tumour word, or a paragraph naming organisms or
pharmacology words and no tumour word at all, gives no promotes_resistance/promotes_sensitivity
record; what a drug does to mitophagy there still counts (as spec rule 10). The word classes are
data (``models/relations/scope.json``), matched as whole words.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from pipeline.resources import model_path

OUTCOME_EFFECTS = ("promotes_resistance", "promotes_sensitivity")


def _words(items: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(items) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = json.loads((model_path("relations") / "scope.json").read_text(encoding="utf-8"))
    setting = data["organism_nouns"] + data["setting_words"] + data["pharmacology_words"]
    return _words(data["tumour_words"]), _words(data["organism_nouns"]), _words(setting)


def passage_outside(text: str) -> bool:
    """A paragraph that names organisms, their drugs or receptor pharmacology, and no tumour word anywhere."""
    tumour, _, setting = _patterns()
    return tumour.search(text) is None and setting.search(text) is not None


def sentence_outside(text: str) -> bool:
    """A sentence that names a non-tumour organism and no tumour word."""
    tumour, organism, _ = _patterns()
    return organism.search(text) is not None and tumour.search(text) is None
