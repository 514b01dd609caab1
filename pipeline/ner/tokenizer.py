"""scispacy's rule tokenizer plus two infix rules the mitophagy literature needs.

- ``/`` between word characters (``AMPK/mTORC1``, ``PINK1/Parkin``): scispacy
  keeps the slash inside tokens on purpose (units like ``mg/kg``); we split it
  when letters are on both sides, so each member of an axis is a token.
- a hyphen before a relation word from ``curated/hyphen_suffixes.jsonl``
  (``cisplatin-resistant``, ``PINK1-mediated``, ``doxorubicin-induced``).
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
    extra = [SLASH_INFIX, hyphen_suffix_infix(curated_words("hyphen_suffixes.jsonl"))]
    pattern = tokenizer.infix_finditer.__self__.pattern
    tokenizer.infix_finditer = re.compile("|".join([*extra, pattern])).finditer
    return tokenizer

