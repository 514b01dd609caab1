"""phrase_at: the longest phrase at (or ending before) a token, looked up by anchor word."""

from __future__ import annotations

import spacy

from pipeline.relations.triggers import load_lexicon, phrase_at


def test_longest_phrase_wins_forwards_and_backwards():
    doc = spacy.blank("en")("we need to study this further")
    phrases = ("need", "need to", "to study this", "further")
    assert phrase_at(doc, 1, phrases) == 2
    assert phrase_at(doc, 2, phrases) == 3
    assert phrase_at(doc, 0, phrases) == 0
    assert phrase_at(doc, 5, ("study this further", "further"), backwards=False) == 1
    assert phrase_at(doc, 6, ("study this further", "further"), backwards=True) == 3
    assert phrase_at(doc, 3, ("need to",), backwards=True) == 2


def test_out_of_range_and_case():
    doc = spacy.blank("en")("Further Studies")
    assert phrase_at(doc, 0, ("further studies",)) == 2
    assert phrase_at(doc, 2, ("further",)) == 0
    assert phrase_at(doc, -1, ("further",)) == 0
    assert phrase_at(doc, 0, ("further",), backwards=True) == 0
    assert phrase_at(doc, 9, ("studies",), backwards=True) == 0


def test_lexicon_words_are_cached_and_lower_case():
    lexicon = load_lexicon()
    first = lexicon.words("negation")
    assert first is lexicon.words("negation")
    assert all(w == w.lower() for w in first)
