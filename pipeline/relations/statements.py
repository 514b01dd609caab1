"""Statements that are no findings (spec rule 8): study aims and questions, open questions, roles with no direction.

spaCy ``Matcher`` patterns over tokens, kept as data in ``models/relations/statements.json``:

* ``aim`` (``we investigated``, ``to study``, ``whether``, ``we hypothesized``,
  ``remains unclear``, the latter an ``open_question`` covering its whole sentence, or its clause after
  the last ``open_question_clause_breaks`` word: ``, but it has not been studied``): the tokens from the match to the next ``aim_end``
  match (``we found``, ``results``, ``showed``) or the sentence end state an
  aim or a question, so a finding whose arguments sit there gives no record;
* ``directionless`` (``regulates``, ``modulates``, ``is involved in``,
  ``plays a role in``, ``role of X in``, ``has been linked to``; not ``its loss has been linked to``): an outcome word at most
  ``directionless_max_gap`` tokens after one, with no directional word between
  (``confers``, ``promotes``, a comma, ``which`` ...), names a role but no
  direction, so it gives no effect.
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.matcher import Matcher
from spacy.tokens import Doc

from pipeline.resources import model_path

KINDS = ("aim", "open_question", "aim_end", "directionless")


@lru_cache(maxsize=1)
def _settings() -> dict:
    return json.loads((model_path("relations") / "statements.json").read_text(encoding="utf-8"))


_MATCHERS: dict[int, Matcher] = {}


def _matcher(doc: Doc) -> Matcher:
    key = id(doc.vocab)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        matcher = Matcher(doc.vocab)
        for kind in KINDS:
            matcher.add(kind, _settings()[kind])
        _MATCHERS[key] = matcher
    return matcher


# words too common to say whether a pattern can match (the prefilter skips them)
_COMMON = frozenset({"to", "for", "of", "in", "on", "is", "are", "was", "were", "the", "a", "an", "with", "between",
                     "that", "we", "i", "be"})


@lru_cache(maxsize=1)
def _anchors() -> dict[str, frozenset[str]]:
    """Per kind, the distinctive words of its patterns: a sentence with none of them cannot match."""
    out = {}
    for kind in KINDS:
        words = set()
        for pattern in _settings()[kind]:
            for token in pattern:
                if token.get("OP") in ("?", "*"):
                    continue
                value = token.get("LOWER")
                words |= set(value["IN"]) if isinstance(value, dict) else {value}
        out[kind] = frozenset(words - _COMMON)
    return out


class Statements:
    """The aim and direction-less spans of one sentence Doc."""

    def __init__(self, doc: Doc):
        found: dict[str, list[tuple[int, int]]] = {k: [] for k in KINDS}
        strings = doc.vocab.strings  # lower-cased texts from the LOWER array: no Token object per word
        lowers = {strings[x] for x in set(doc.to_array(LOWER).tolist())}
        anchors = _anchors()
        if any(lowers & anchors[k] for k in ("aim", "open_question", "directionless")):
            for match_id, start, end in _matcher(doc)(doc):
                found[doc.vocab.strings[match_id]].append((start, end))
        ends = sorted(s for s, _ in found["aim_end"])
        self.aims = []
        for start, end in sorted(found["aim"]):
            stop = next((e for e in ends if e >= end), len(doc))
            self.aims.append((start, stop))
        for start, _ in found["open_question"][:1]:
            # the question's clause: from the last break word before it ("X confers resistance to D, but it
            # has not been studied in Y" keeps its first clause), else the whole sentence
            breaks = set(_settings()["open_question_clause_breaks"])
            self.aims.append((max((i + 1 for i in range(start) if doc[i].lower_ in breaks), default=0), len(doc)))
        self.directionless = sorted(s for s in found["directionless"] if not self._modified_link(doc, s[0]))
        self.doc = doc

    @staticmethod
    def _modified_link(doc: Doc, start: int) -> bool:
        """``its loss has been linked to D resistance``, ``high X is linked to``: a loss or gain word on the subject
        gives ``linked`` a direction (``linked_modifiers`` within ``linked_modifier_window`` tokens before it)."""
        settings = _settings()
        if doc[start].lower_ not in settings["linked_words"]:
            return False
        window = int(settings["linked_modifier_window"])
        return any(t.lower_ in settings["linked_modifiers"] for t in doc[max(0, start - window) : start])

    def in_aim(self, start: int, end: int) -> bool:
        """Tokens ``start:end`` lie inside a stated aim or question."""
        return any(a <= start and end <= b for a, b in self.aims)

    def aim_start(self, start: int, end: int) -> int:
        """The first token of the aim or question holding tokens ``start:end``, else -1."""
        return min((a for a, b in self.aims if a <= start and end <= b), default=-1)

    def directionless_before(self, position: int) -> bool:
        """An outcome word at ``position`` follows a direction-less role (``plays a role in D resistance``)."""
        settings = _settings()
        gap_max = int(settings["directionless_max_gap"])
        breakers = set(settings["directional_words"])
        adjectives = set(settings.get("directional_role_adjectives", ()))
        markers = set(settings.get("marker_nouns", ()))
        stems = tuple(settings.get("marker_directional_stems", ()))
        resistance_word = stems and any(t.lower_.startswith(stems) for t in self.doc[position : position + 3])
        for start, end in self.directionless:
            if start and self.doc[start - 1].lower_ in adjectives:
                continue  # "X exerts a promoting role in the D resistance": the adjective gives the role a direction
            if resistance_word and self.doc[start].lower_ in markers:
                continue  # "X loss is a biomarker of radioresistance": the marker's level marks the resistance
            if end <= position and position - end <= gap_max:
                if not any(t.lower_ in breakers for t in self.doc[end:position]):
                    return True
        return False
