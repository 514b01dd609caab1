"""scispacy's rule tokenizer plus two infix rules the mitophagy literature needs.

- ``/`` between word characters (``AMPK/mTORC1``, ``PINK1/Parkin``): scispacy
  keeps the slash inside tokens on purpose (units like ``mg/kg``); we split it
  when letters are on both sides, so each member of an axis is a token.
- a hyphen before a relation word from ``curated/hyphen_suffixes.jsonl``
  (``cisplatin-resistant``, ``PINK1-mediated``, ``doxorubicin-induced``), or before a protein
  written by its lower-case name as the second member of a pair from ``curated/hyphen_partners.jsonl``
  (``TBK1-optineurin``, ``PINK1-parkin``: each member a token, as ``TBK1-OPTN`` already is).
"""

from __future__ import annotations

import re
import warnings

from spacy.language import Language
from spacy.tokenizer import Tokenizer

from pipeline.ner.resources import curated_words

# Not between two lower-case words (``mg/kg``, ``and/or`` stay whole).
SLASH_INFIX = r"(?<=[A-Z0-9\u0370-\u03ff\)\]])/(?=[A-Za-z0-9\u0370-\u03ff])|(?<=[a-z])/(?=[A-Z\u0370-\u03ff])"


def hyphen_suffix_infix(words: frozenset[str]) -> str:
    """An infix regex splitting ``X-word`` for the given lower-case words."""
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return rf"(?<=[A-Za-z0-9\u0370-\u03ff\)\]])-(?=(?:{alternatives})\b)"


def build_tokenizer(nlp: Language) -> Tokenizer:
    """scispacy's ``combined_rule_tokenizer`` with the extra infixes above."""
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    with warnings.catch_warnings():
        # scispacy compiles a character class with a repeated '|' (FutureWarning in re).
        warnings.filterwarnings("ignore", category=FutureWarning)
        tokenizer = combined_rule_tokenizer(nlp)
    words = curated_words("hyphen_suffixes.jsonl") | curated_words("hyphen_partners.jsonl")
    extra = [SLASH_INFIX, hyphen_suffix_infix(frozenset(words))]
    pattern = tokenizer.infix_finditer.__self__.pattern
    tokenizer.infix_finditer = re.compile("|".join([*extra, pattern])).finditer
    tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE
    return tokenizer



# spaCy's tokenizer caches the tokens of each whitespace-separated chunk, but it stops saving chunks for the
# rest of a call once any chunk meets one of its special cases (``e.g.``, ``and/or``, the emoticon ``8)``
# inside a citation ``(8)``: spaCy issue #1250). A paper has such a chunk early, so without help nearly every
# word of a long text went through the prefix/suffix/infix regexes again, at every occurrence: the
# tokenizer was a ninth of extracting the review. ``warm_cache`` tokenizes a text's chunks that are new and
# meet no special case in one call of their own first, so the call over the text finds them cached. The
# tokens are the tokenizer's own either way (a cached chunk holds what it gave for that chunk alone).
TOKENIZER_CACHE_SIZE = 100_000  # chunks cached; spaCy's default of 10,000 fills in a few papers


class CacheWarmer:
    """Warms one tokenizer's chunk cache (see above); ``seen`` holds every chunk looked at, bounded by the
    tokenizer's ``max_cache_size``, past which nothing is saved anyway."""

    def __init__(self, tokenizer: Tokenizer):
        self.tokenizer = tokenizer
        self.specials = frozenset(tokenizer.rules or ())
        self.seen: dict[str, bool] = {}  # chunk -> it meets a special case (so spaCy does not cache it)

    def meets_special(self, chunk: str) -> bool:
        """Whether tokenizing ``chunk`` reaches a special case: ``Tokenizer._split_affixes`` and the look-up
        in ``_attach_tokens`` (spaCy 3.8), with its own prefix and suffix searches."""
        specials, tok = self.specials, self.tokenizer
        if chunk in specials:
            return True
        last = 0
        while chunk and len(chunk) != last:
            if chunk in specials:
                return True
            last = len(chunk)
            pre = tok.find_prefix(chunk)
            if pre and chunk[pre:] in specials:
                return True
            suf = tok.find_suffix(chunk[pre:])
            if suf and chunk[:-suf] in specials:
                return True
            if pre and suf and pre + suf <= len(chunk):
                chunk = chunk[pre:-suf]
            elif pre:
                chunk = chunk[pre:]
            elif suf:
                chunk = chunk[:-suf]
        return bool(chunk) and chunk in specials

    def warm(self, texts: list[str]) -> None:
        tok = self.tokenizer
        if tok.token_match is not None or tok.url_match is not None:
            return  # chunks these match skip the affix rules: not emulated here, so not warmed
        limit = tok.max_cache_size
        new = []
        for text in texts:
            for chunk in text.split():  # str.isspace, as the tokenizer splits
                if chunk not in self.seen:
                    if len(self.seen) >= limit:
                        break
                    special = self.seen[chunk] = self.meets_special(chunk)
                    if not special:
                        new.append(chunk)
        if new:
            tok(" ".join(new))


_WARMERS: dict[int, CacheWarmer] = {}


def warm_cache(tokenizer, texts: list[str]) -> None:
    """Cache the chunks of ``texts`` in ``tokenizer`` before it tokenizes them (see ``CacheWarmer``);
    a no-op for a tokenizer that is not spaCy's."""
    if not isinstance(tokenizer, Tokenizer):
        return
    warmer = _WARMERS.get(id(tokenizer))
    if warmer is None or warmer.tokenizer is not tokenizer:
        warmer = _WARMERS[id(tokenizer)] = CacheWarmer(tokenizer)
    warmer.warm(texts)
