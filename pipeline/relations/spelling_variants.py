"""British spellings of the relation lexicon's forms (``radiosensitised``, ``chemosensitise``,
``resensitisation``), derived when the lexicon is read, so each form is written once in American
spelling. The word endings are data (``models/relations/spelling_variants.json``)."""

from __future__ import annotations

import json
from functools import lru_cache

from pipeline.resources import model_path


@lru_cache(maxsize=1)
def word_endings() -> tuple[tuple[str, str], ...]:
    """(American ending, British ending) pairs, longest first so ``ization`` wins over ``ize``."""
    data = json.loads(model_path("relations", "spelling_variants.json").read_text(encoding="utf-8"))
    pairs = tuple((str(a).lower(), str(b).lower()) for a, b in data["word_endings"])
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def british(word: str) -> str:
    """``word`` with its first matching American ending replaced (``sensitized`` -> ``sensitised``)."""
    for american, british_ending in word_endings():
        if word.endswith(american) and len(word) > len(american) + 2:
            return word[: -len(american)] + british_ending
    return word


def with_variants(forms: tuple[str, ...]) -> tuple[str, ...]:
    """``forms`` plus the British spelling of each (words rewritten one by one, hyphenated parts too),
    in order and without duplicates."""
    out = list(forms)
    for form in forms:
        variant = " ".join("-".join(british(part) for part in word.split("-")) for word in form.split(" "))
        if variant not in out:
            out.append(variant)
    return tuple(out)
