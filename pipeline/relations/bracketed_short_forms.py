"""``cisplatin (DDP)-resistant cells``: a bracketed short form between a drug and its attached outcome word
(``-resistant``, ``-treated``) is transparent, as if the text read ``cisplatin-resistant``. Read by
``outcome_rules.therapies_for``; patterns: ``models/relations/bracketed_short_forms.json``."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

DATA = Path(__file__).resolve().parents[2] / "models" / "relations" / "bracketed_short_forms.json"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return re.compile(data["short_form"]), re.compile(data["piece"])


def joined_through_short_form(doc: Doc, start: int, end: int, joiners: set[str]) -> bool:
    """Tokens ``start:end`` are one bracketed short form (one token ``(DDP)`` or ``(`` ``DDP`` ``)``)
    followed only by joiners (a hyphen)."""
    whole, piece = _patterns()
    words = [t.text for t in doc[start:end]]
    if words and whole.match(words[0]):
        rest = words[1:]
    elif len(words) >= 3 and words[0] == "(" and piece.match(words[1]) and words[2] == ")":
        rest = words[3:]
    else:
        return False
    return bool(rest) and all(w.lower() in joiners for w in rest)
