"""The tokenizer's chunk cache warmed before a call (``ner/tokenizer.py``): the same tokens, the cache used."""

from __future__ import annotations

import spacy

from pipeline.ner.tokenizer import CacheWarmer, build_tokenizer, warm_cache

# Made-up prose with special cases of the English tokenizer early on (``e.g.``, ``and/or``, ``(8)``: the
# emoticon ``8)`` after the prefix), after which spaCy saves no chunk of the call.
TEXT = (
    "Drugs (e.g. cisplatin and/or PINK1-mediated agents) act (8). Mitophagy-dependent resistance, "
    "i.e. the cells' response, rose 2.5-fold (refs. 3, 8). Dr. Smith's cells don't die:) "
    "ATAD3A-PINK1 and LC3-II at 10am; the BNIP3/NIX axis (p < 0.05) in HIF-1α cells."
)


def tokens(doc):
    return [(t.text, t.whitespace_) for t in doc]


def test_warmed_cache_gives_the_same_tokens():
    cold = build_tokenizer(spacy.blank("en"))
    warm_nlp = spacy.blank("en")
    warm_nlp.tokenizer = build_tokenizer(warm_nlp)
    expected = tokens(cold(TEXT))
    warm_cache(warm_nlp.tokenizer, [TEXT])
    assert tokens(warm_nlp.tokenizer(TEXT)) == expected
    assert tokens(warm_nlp.tokenizer(TEXT)) == expected  # and from the cache a second time


def test_chunks_meeting_special_cases_are_known():
    nlp = spacy.blank("en")
    warmer = CacheWarmer(build_tokenizer(nlp))
    assert warmer.meets_special("e.g.")
    assert warmer.meets_special("and/or")
    assert warmer.meets_special("(8)")  # prefix "(" off, then the emoticon "8)"
    assert not warmer.meets_special("cisplatin,")
    assert not warmer.meets_special("(22).")
    warmer.warm([TEXT])
    assert warmer.seen["(e.g."] and not warmer.seen["cisplatin"]
