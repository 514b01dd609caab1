"""scispacy's abbreviation detector, quieter and linear on long documents.

Three changes, none changing a result: ``find_matches_for`` ran a global
Matcher even when no abbreviation was defined, and spaCy warned W036 on every
such document; the parenthesis pattern is bounded (see ``MAX_PAREN_TOKENS``);
both of scispacy's Matcher passes (the parentheses, then every use of each
defined short form) are read off the Doc's ORTH array instead. spaCy's Matcher
builds a Token object per word of the whole document for each pass: on a review
the two passes took 12 ms of the 15 ms the detector needs, the array scans take
well under one (same matches, same order: ``tests/test_ner_abbreviations.py``).
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
from scispacy.abbreviation import AbbreviationDetector, filter_matches, find_abbreviation
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span


# scispacy's ``filter_matches`` drops parentheses holding more than 8 tokens.
MAX_PAREN_TOKENS = 8
PATTERN_KEY = "parenthesis"  # the key scispacy's Matcher gives its matches (filter_matches ignores it)


def parenthesis_matches(doc: Doc, max_inner: int = MAX_PAREN_TOKENS) -> list[tuple[int, int, int]]:
    """``(key, start, end)`` of every ``(`` ... ``)`` holding 1 to ``max_inner`` tokens of any kind, in the
    order spaCy's Matcher gives for ``[{"ORTH": "("}, {"OP": "{1,max_inner}"}, {"ORTH": ")"}]``: by end,
    then the nearer opening first."""
    if len(doc) < 3:
        return []
    strings = doc.vocab.strings
    orth = doc.to_array(ORTH)
    opens = np.flatnonzero(orth == strings.add("("))
    if not len(opens):
        return []
    closes = np.flatnonzero(orth == strings.add(")"))
    key = strings.add(PATTERN_KEY)
    out = []
    opens_list = opens.tolist()
    for q in closes.tolist():
        lo = np.searchsorted(opens, q - 1 - max_inner)  # an opening at q - 1 - max_inner holds max_inner tokens
        hi = np.searchsorted(opens, q - 1)  # one at q - 1 holds nothing
        for p in reversed(opens_list[lo:hi]):
            out.append((key, p, q + 1))
    return out


def sequence_matches(orth: np.ndarray, pattern: list[int]) -> list[int]:
    """Start of every occurrence of the ORTH sequence ``pattern`` in ``orth`` (overlaps included), in order."""
    n = len(pattern)
    if n == 0 or n > len(orth):
        return []
    starts = np.flatnonzero(orth[: len(orth) - n + 1] == pattern[0])
    for k in range(1, n):
        if not len(starts):
            break
        starts = starts[orth[starts + k] == pattern[k]]
    return starts.tolist()


class QuietAbbreviationDetector(AbbreviationDetector):
    def __call__(self, doc: Doc) -> Doc:
        # scispacy's __call__ with its parenthesis Matcher replaced by the array scan
        matches_no_brackets = [(key, start + 1, end - 1) for key, start, end in parenthesis_matches(doc)]
        filtered = filter_matches(matches_no_brackets, doc)
        for long_form, short_forms in self.find_matches_for(filtered, doc):
            for short in short_forms:
                short._.long_form = long_form
                doc._.abbreviations.append(short)
        if self.make_serializable:
            doc._.abbreviations = [self.make_short_form_serializable(a) for a in doc._.abbreviations]
        return doc

    def find_matches_for(self, filtered: list[tuple[Span, Span]], doc: Doc) -> list[tuple[Span, set[Span]]]:
        """scispacy's ``find_matches_for`` (its own comments on the uniqueness of definitions apply), with its
        global Matcher of the short forms' ORTH sequences replaced by ``sequence_matches``; nothing to look
        for, nothing scanned."""
        if not filtered:
            return []
        rules: dict[str, Span] = {}
        patterns: list[tuple[str, list[int]]] = []  # in the order scispacy adds them to its Matcher
        all_occurences: dict[Span, set[Span]] = defaultdict(set)
        already_seen_long: set[str] = set()
        already_seen_short: set[str] = set()
        for long_candidate, short_candidate in filtered:
            short, long = find_abbreviation(long_candidate, short_candidate)
            new_long = long.text not in already_seen_long if long else False
            new_short = short.text not in already_seen_short
            if long is not None and new_long and new_short:
                already_seen_long.add(long.text)
                already_seen_short.add(short.text)
                all_occurences[long].add(short)
                rules[long.text] = long
                patterns.append((long.text, [t.orth for t in short]))
        if patterns:
            orth = doc.to_array(ORTH)
            found = [(start + len(pattern), -start, key, start, len(pattern))
                     for key, pattern in patterns for start in sequence_matches(orth, pattern)]
            for _, _, key, start, n in sorted(found):  # the Matcher's order: by end, then the later start
                all_occurences[rules[key]].add(doc[start : start + n])
        return list(all_occurences.items())


@Language.factory("mitominer_abbreviations", default_config={"make_serializable": False})
def make_abbreviations(nlp: Language, name: str, make_serializable: bool) -> QuietAbbreviationDetector:
    return QuietAbbreviationDetector(nlp, name=name, make_serializable=make_serializable)
