"""Repairs of extraction damage that do not change what the text says.

Only mechanical damage is repaired: LaTeX-like marks left by PDF-to-text
tools (``$(9)^{(p1)}$``, ``^{4.}``), ligatures and odd spaces, a space inserted
after a slash (``PINK1/ Parkin``) or after an in-word hyphen (``fission-
mitophagy``), a missing space between two sentences (``effects.Mitophagy``),
and hyphenation at hard line ends. Gene and chemical names are never altered:
no case change, no spelling change, no hyphen removed inside a token.
"""

from __future__ import annotations

import re

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "ft", "ﬆ": "st"}
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

# $(9)^{(p1)}$ -> (9)(p1); ^{4.} -> 4.; $x$ -> x
_LATEX_SUPER = re.compile(r"\^\{([^{}]*)\}")
_LATEX_MATH = re.compile(r"\$([^$\n]{1,80})\$")

_SLASH_SPACE = re.compile(r"(?<=[A-Za-z0-9α-ωΑ-Ω])/ (?=[A-Za-z0-9α-ωΑ-Ω])")
# not before a conjunction: "cisplatin- and etoposide-induced", "5- to 10-fold" keep their suspended hyphen
_HYPHEN_SPACE = re.compile(r"(?<=[a-z0-9])- (?=[a-z])(?!(?:and|or|nor|to|versus|vs|as well as|but not)\b)")
# "effects.Mitophagy": a lower-case word, a period, a capitalised word of 3+ letters.
_JOINED_SENTENCES = re.compile(r"(?<=[a-z]{3}[.?!])(?=[A-Z][a-z]{2,})")


def normalize_characters(text: str) -> str:
    for lig, plain in _LIGATURES.items():
        text = text.replace(lig, plain)
    text = _SPACES.sub(" ", text)
    return _ZERO_WIDTH.sub("", text)


def strip_latex_marks(text: str) -> str:
    """Remove the math and superscript wrappers some PDF extractors emit, keeping their content."""
    text = _LATEX_MATH.sub(lambda m: m.group(1), text)
    return _LATEX_SUPER.sub(lambda m: m.group(1), text)


def repair_spacing(text: str) -> str:
    """Undo spaces inserted after ``/`` and in-word hyphens; split sentences glued at a period."""
    text = _SLASH_SPACE.sub("/", text)
    text = _HYPHEN_SPACE.sub("-", text)
    text = _JOINED_SENTENCES.sub(" ", text)
    return text


def repair_text(text: str) -> str:
    """All repairs for one block of text, whitespace collapsed."""
    text = normalize_characters(text)
    text = strip_latex_marks(text)
    text = repair_spacing(text)
    return re.sub(r"[ \t]+", " ", text).strip()


def join_wrapped_lines(lines: list[str]) -> str:
    """Join the hard-wrapped lines of one paragraph, repairing end-of-line hyphenation.

    ``evi-`` + ``dence`` -> ``evidence`` (both parts lower-case letters); a hyphen
    after a capital, a digit or a symbol is real and kept: ``FoxG1-`` +
    ``mediated`` -> ``FoxG1-mediated``.
    """
    out = ""
    for line in (raw.strip() for raw in lines):
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith("-") and line[:1].islower():
            stem = re.search(r"(\S+)-$", out)
            word = stem.group(1) if stem else ""
            out = out[:-1] + line if word.isalpha() and word.islower() else out + line
        else:
            out = f"{out} {line}"
    return out
