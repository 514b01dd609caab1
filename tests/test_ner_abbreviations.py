"""The abbreviation detector's array scans give exactly what scispacy's two Matcher passes give."""

from __future__ import annotations

import random

import pytest
import spacy
from scispacy.abbreviation import AbbreviationDetector, filter_matches
from spacy.matcher import Matcher

from pipeline.ner.abbreviations import MAX_PAREN_TOKENS, QuietAbbreviationDetector, parenthesis_matches

# Made-up prose (no sentence of any paper): nested and unbalanced parentheses, citation markers,
# a long form inside the parentheses, a short form used again and defined twice.
TEXT = (
    "Reactive oxygen species (ROS) rise after cisplatin (CDDP) treatment (refs. 3 and (4)). "
    "ROS ( and more ( ) ) damage mitochondria ) ( and PINK1 (PTEN-induced kinase 1) gathers. "
    "CDDP and ROS again; ( a b c d e f g h ) ( a b c d e f g h i ) (( x )) ) ( ROS (ROS) ."
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def spacy_parentheses(nlp, doc):
    matcher = Matcher(nlp.vocab)
    matcher.add("parenthesis", [[{"ORTH": "("}, {"OP": f"{{1,{MAX_PAREN_TOKENS}}}"}, {"ORTH": ")"}]])
    return [(s, e) for _, s, e in matcher(doc)]


def test_parenthesis_scan_equals_the_matcher_in_order(nlp):
    doc = nlp.make_doc(TEXT)
    assert [(s, e) for _, s, e in parenthesis_matches(doc)] == spacy_parentheses(nlp, doc)
    rng = random.Random(7)  # random token soups, dense in parentheses
    for _ in range(200):
        words = [rng.choice(["(", ")", "a", "B", "(", ")", "cd", "."]) for _ in range(rng.randint(0, 40))]
        doc = nlp.make_doc(" ".join(words))
        assert [(s, e) for _, s, e in parenthesis_matches(doc)] == spacy_parentheses(nlp, doc)


def test_definitions_and_uses_equal_scispacys(nlp):
    ours = QuietAbbreviationDetector(nlp, name="ours", make_serializable=False)
    theirs = AbbreviationDetector(nlp, name="theirs", make_serializable=False)
    doc = nlp.make_doc(TEXT)
    filtered = filter_matches([(k, s + 1, e - 1) for k, s, e in parenthesis_matches(doc)], doc)

    def readable(found):
        return [(long.start, long.end, sorted((s.start, s.end) for s in shorts)) for long, shorts in found]

    expected = readable(theirs.find_matches_for(filtered, doc))
    assert expected  # the text defines short forms
    assert readable(ours.find_matches_for(filtered, doc)) == expected
    assert ours.find_matches_for([], doc) == []
