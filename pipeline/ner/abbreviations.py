"""scispacy's abbreviation detector, quieter and linear on long documents.

Two changes, neither changing a result: ``find_matches_for`` ran a global
Matcher even when no abbreviation was defined, and spaCy warned W036 on every
such document; the parenthesis pattern is bounded (see ``__init__``).
"""

from __future__ import annotations

import warnings

from scispacy.abbreviation import AbbreviationDetector
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span


# scispacy's ``filter_matches`` drops parentheses holding more than 8 tokens.
MAX_PAREN_TOKENS = 8


class QuietAbbreviationDetector(AbbreviationDetector):
    def __init__(self, nlp: Language, name: str, make_serializable: bool) -> None:
        super().__init__(nlp, name=name, make_serializable=make_serializable)
        # The upstream pattern "(" + any{1,} + ")" pairs every "(" with every later ")",
        # quadratic on a long document full of citation markers; bounded to what
        # filter_matches keeps anyway, the results are the same.
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("parenthesis", [[{"ORTH": "("}, {"OP": f"{{1,{MAX_PAREN_TOKENS}}}"}, {"ORTH": ")"}]])

    def find_matches_for(self, filtered: list[tuple[Span, Span]], doc: Doc):
        if not filtered:
            return []
        with warnings.catch_warnings():  # candidates that all failed leave the matcher empty too
            warnings.filterwarnings("ignore", message=r"\[W036\]")
            return super().find_matches_for(filtered, doc)


@Language.factory("mitominer_abbreviations", default_config={"make_serializable": False})
def make_abbreviations(nlp: Language, name: str, make_serializable: bool) -> QuietAbbreviationDetector:
    return QuietAbbreviationDetector(nlp, name=name, make_serializable=make_serializable)
