"""``D suppressed colony formation and X depletion sensitized cells to D``: the down word of the first conjunct has
its own object (``colony formation``), so it does not reach the regulator named after the conjunction.

``regulator_polarity`` looks a few tokens back from a regulator for inhibition words; a verb of an earlier
conjunct (``suppressed``, ``blocked``, ``inhibited``) would flip X a second time and turn ``X depletion
sensitized`` into its opposite. The word reaches X only when nothing but function words (``of``, ``the``,
``both`` ...) stands between it and the conjunction (``inhibition or knockdown of X``); word lists:
``models/relations/conjunct_objects.json``.
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.resources import model_path


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads((model_path("relations") / "conjunct_objects.json").read_text(encoding="utf-8"))
    return frozenset(data["joins"]), frozenset(data["non_object_words"])


def object_before_join(doc: Doc, word_end: int, reg_start: int) -> bool:
    """True when a conjunction stands in [word_end, reg_start) with a content word between ``word_end`` and it."""
    joins, function_words = _words()
    content = False
    for i in range(word_end, reg_start):
        lower = doc[i].lower_
        if lower in joins:
            if content:
                return True
            continue
        if lower not in function_words and not doc[i].is_punct:
            content = True
    return False


def coordinated_modifier(doc: Doc, previous_end: int, start: int) -> bool:
    """``inhibition or knockdown of X``: the down word at ``start`` is joined to one ending at ``previous_end`` by a
    conjunction (function words aside), so the two are one modifier and flip X once."""
    if previous_end < 0 or start < previous_end:
        return False
    joins, function_words = _words()
    between = [doc[i].lower_ for i in range(previous_end, start)]
    return any(w in joins for w in between) and all(w in joins or w in function_words for w in between)
