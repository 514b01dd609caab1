"""String keys shared by the lexicon build and the run-time matcher.

Both sides must fold a surface form the same way, so the functions live here
and nowhere else. Pure functions, no spaCy.
"""

from __future__ import annotations

import re
import unicodedata

# Greek letters as they appear in gene names (HIF-1α, NF-κB, PGC-1α, TGF-β).
_GREEK = str.maketrans(
    {
        "α": "A", "β": "B", "γ": "G", "δ": "D", "ε": "E", "κ": "K", "λ": "L",
        "μ": "M", "ζ": "Z", "θ": "Q", "σ": "S", "ω": "W", "τ": "T", "η": "H",
    }
)
_SPELLED_GREEK = re.compile(r"(?<=[0-9])(ALPHA|BETA|GAMMA|DELTA|KAPPA)$")
_GREEK_LETTER = {"ALPHA": "A", "BETA": "B", "GAMMA": "G", "DELTA": "D", "KAPPA": "K"}
_DROP = re.compile(r"[-_.\s'’]")
_SPACE = re.compile(r"\s+")
_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-"})


def symbol_to_key(text: str) -> str:
    """Fold a gene-like symbol: upper case, Greek to Latin, no hyphens or dots.

    ``HIF-1α``, ``HIF1α`` and ``HIF-1alpha`` all give ``HIF1A``; ``Bcl-2`` gives
    ``BCL2``; ``NF-κB`` gives ``NFKB``.
    """
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_GREEK)
    text = _DROP.sub("", text.upper())
    return _SPELLED_GREEK.sub(lambda m: _GREEK_LETTER[m.group(1)], text)


def name_to_key(text: str) -> str:
    """Fold a name: lower case, unified dashes, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return _SPACE.sub(" ", text.lower()).strip()


def has_upper_or_digit(text: str) -> bool:
    """True when ``text`` shows some sign of being a symbol rather than a word."""
    return any(c.isupper() or c.isdigit() or "\u0370" <= c <= "\u03ff" for c in text)


# Tokens ignored when names are compared: "PTEN-induced kinase" == "PTEN induced kinase".
NAME_SKIP_TOKENS = frozenset({"-", "‐", "‑", "–"})


# British spellings folded to American ones, as MeSH and DOID write them.
_BRITISH = [
    (re.compile(r"(?<=[a-z]{3})our(s?)$"), r"or\1"),  # tumour(s), behaviour; not four, hour, flour
    (re.compile(r"(?<=[a-z])aem"), "em"),  # anaemia, leukaemia, haematological, ischaemic
    (re.compile(r"^paed"), "ped"),
    (re.compile(r"^oe(?=[sdn])"), "e"),  # oesophageal, oedema, oestrogen
]


def canonical_token(token: str) -> str:
    """A lower-cased token with British spellings folded (``tumour`` -> ``tumor``)."""
    token = token.lower()
    if "our" in token or "ae" in token or "oe" in token:
        for pattern, repl in _BRITISH:
            token = pattern.sub(repl, token)
    return token


_PLURAL = [(re.compile(r"(?<=[a-z]{2})ies$"), "y"), (re.compile(r"(?<=[a-z]{3})(?<![sui])s$"), "")]


def singular_token(token: str) -> str | None:
    """The singular of a plural-looking lower-case token (``carcinomas`` -> ``carcinoma``), else None."""
    for pattern, repl in _PLURAL:
        if pattern.search(token):
            return pattern.sub(repl, token)
    return None


def tokens_to_name_key(tokens: list[str]) -> tuple[str, ...]:
    """Canonical lower-cased tokens without free-standing hyphens: the lookup key of a name."""
    return tuple(canonical_token(t) for t in tokens if t not in NAME_SKIP_TOKENS)
