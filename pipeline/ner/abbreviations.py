"""scispacy's abbreviation detector, without its per-document empty-matcher warning.

``AbbreviationDetector.find_matches_for`` runs a global Matcher even when no
abbreviation was defined in the text, and spaCy then warns W036 on every such
document. Skipping that call when nothing was defined changes no result.
"""

from __future__ import annotations

from scispacy.abbreviation import AbbreviationDetector
from spacy.language import Language
from spacy.tokens import Doc, Span


class QuietAbbreviationDetector(AbbreviationDetector):
    def find_matches_for(self, filtered: list[tuple[Span, Span]], doc: Doc):
        if not filtered:
            return []
        return super().find_matches_for(filtered, doc)


@Language.factory("mitominer_abbreviations", default_config={"make_serializable": False})
def make_abbreviations(nlp: Language, name: str, make_serializable: bool) -> QuietAbbreviationDetector:
    return QuietAbbreviationDetector(nlp, name=name, make_serializable=make_serializable)
