"""A bare effect noun as a therapy's efficacy: ``X antagonized the effect of D``, ``X abrogated D's effect``.

``effect`` alone names no outcome (``the effect of X on mitophagy``, ``the protective effect of D``); as the
object of a flip verb (``antagonized``, ``counteracted``, ``blunted``, ``abrogated``: the OUTCOME_FLIP words),
with only a determiner between (``the effects of D``) or the drug and a possessive (``D's effect``), it is the
drug's efficacy, so the flip gives X ``promotes_resistance`` D. The noun's entry in ``outcomes.jsonl`` is
``flip_only``; this module drops its hits that are no such object. Its words are data
(``models/relations/bare_effects.json``). Hand-written over the cue hits: a PhraseMatcher form cannot say
"after a flip word, with at most a determiner or a possessive drug between".
"""

from __future__ import annotations

import json
from functools import lru_cache

from pipeline.resources import model_path


@lru_cache(maxsize=1)
def _settings() -> dict:
    data = json.loads((model_path("relations") / "bare_effects.json").read_text(encoding="utf-8"))
    for key in ("determiners", "possessives", "after_of", "object_words"):
        data[key] = frozenset(w.lower() for w in data[key])
    return data


def _flip_before(lowers: list[str], start: int, flip_ends: set[int], data: dict) -> bool:
    """A flip word ends right before ``start``, or before a determiner, or before ``D 's`` (a possessive)."""
    if start in flip_ends:
        return True
    i = start - 1
    if i >= 0 and lowers[i] in data["determiners"]:
        return i in flip_ends
    if i >= 0 and lowers[i] in data["possessives"]:
        for j in range(i - 1, max(-1, start - 1 - data["possessive_max_tokens"]), -1):
            if lowers[j] in (",", ";", ".", "and", "or"):
                return False
            if j in flip_ends:
                return True
    return False


def _possessive(lowers: list[str], start: int, data: dict) -> bool:
    return start >= 1 and lowers[start - 1] in data["possessives"]


def _names_other_object(lowers: list[str], end: int, data: dict, cells: frozenset[str]) -> bool:
    """``the effect of D on mitophagy``: the effect's own object is named, so it is no efficacy of D; an object
    that is the cells or tumours (``on glioma cells``: a cell word within ``object_cell_window`` words) is."""
    window = lowers[end : end + data["object_window"]]
    for k, w in enumerate(window):
        if w in (",", ";", "."):
            return False
        if w in data["object_words"]:
            return not any(x in cells for x in window[k + 1 : k + 1 + data["object_cell_window"]])
    return False


def flipped_bare_effects(hits: list, lowers: list[str], cells: frozenset[str]) -> list:
    """``hits`` without the ``flip_only`` outcome hits that are no flip verb's bare object."""
    data = _settings()
    flip_ends = {h.end for h in hits if h.cue.label == "OUTCOME_FLIP"}
    kept = []
    for h in hits:
        if h.cue.flip_only:
            if not _flip_before(lowers, h.start, flip_ends, data):
                continue
            if not _possessive(lowers, h.start, data) and not (h.end < len(lowers) and lowers[h.end] in data["after_of"]):
                continue
            if _names_other_object(lowers, h.end, data, cells):
                continue
        kept.append(h)
    return kept
