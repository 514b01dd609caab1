"""Which paragraphs are headings (font size, weight, numbering) and at what level.

A heading is a short paragraph set apart from the body by its font: larger, or
bold where the body is not, or a different face carrying a section number.
Levels come from the numbering when there is one (``2.3`` is level 2), else from
the rank of the heading's style among all heading styles of the paper (largest
and boldest first).
"""

from __future__ import annotations

import re

from pipeline.ingest.pdf.layout import Line

MAX_HEADING_WORDS = 20
MAX_HEADING_LINES = 3
LARGER_RATIO = 1.08  # a font this much larger than the body's sets a heading apart
OTHER_FACE_STEP = 0.4  # ... or another face at least this many points larger
NUMBERED_RE = re.compile(r"^(?:(\d{1,2}(?:\.\d{1,2}){0,4})\.?|([IVX]{1,5})\.|([A-H])\.)\s+\S")
CAPTION_RE = re.compile(r"^(?:TABLE|Table|FIGURE|Figure|FIG\.?|Fig\.?)\s+(?:\d+[A-Za-z]?|[IVX]+)\b")
END_REFERENCES_RE = re.compile(
    r"^(?:appendix|appendices|supplementary|supporting information|additional files?|figures?|tables?|"
    r"figure legends|abbreviations|acknowledge?ments?)\b",
    re.IGNORECASE,
)
REFERENCES_RE = re.compile(
    r"^(?:\d{1,2}\.?\s+)?(?:references?|bibliography|literature cited|works cited|reference list|references and notes)\s*:?$",
    re.IGNORECASE,
)

Style = tuple[float, bool, bool, bool]  # size, bold, italic, all capitals


def paragraph_style(para: list[Line]) -> Style:
    first = para[0]
    letters = [c for ln in para for c in ln.text if c.isalpha()]
    caps = bool(letters) and all(c.isupper() for c in letters)
    return (first.size, all(ln.bold for ln in para), all(ln.italic for ln in para), caps)


def is_heading(para: list[Line], body_size: float, body_font: str, body_bold: bool) -> bool:
    """A short paragraph whose font sets it apart from the body text."""
    if para[0].rows is not None or len(para) > MAX_HEADING_LINES:
        return False
    text = " ".join(ln.text for ln in para)
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS or CAPTION_RE.match(text):
        return False
    if not any(c.isalpha() for c in text) or text.endswith((",", ";")):
        return False
    if not (text[0].isalnum() or text[0] in "\"“‘'("):
        return False  # bullets and symbols start list items, not headings
    numbered = NUMBERED_RE.match(text)
    if numbered and not text[numbered.end() - 1].isupper() and not text[numbered.end() - 1].isdigit():
        return False  # "1. the organization of ..." is a list item
    size, bold, italic, _ = paragraph_style(para)
    if size < body_size * 0.9:
        return False
    if size >= body_size * LARGER_RATIO:
        return True
    if bold and not body_bold:
        return not text.endswith(".") or bool(NUMBERED_RE.match(text))
    other_face = all(ln.font != body_font for ln in para) and not italic
    if other_face and size >= body_size + OTHER_FACE_STEP and not text.endswith("."):
        return True
    return other_face and bool(NUMBERED_RE.match(text)) and not text.endswith(".")


def number_level(text: str) -> int | None:
    """``2.3 Title`` -> 2; ``IV. TITLE`` -> 1; ``B. Title`` -> 2; unnumbered -> None."""
    m = NUMBERED_RE.match(text)
    if not m:
        return None
    if m.group(1):
        return m.group(1).count(".") + 1
    return 1 if m.group(2) else 2


def style_levels(styles: list[Style]) -> dict[Style, int]:
    """Heading styles ranked largest, then bold, then upright first -> levels 1, 2, 3 (capped)."""
    ranked = sorted(set(styles), key=lambda s: (-s[0], not s[3], not s[1], s[2]))
    return {s: min(i + 1, 3) for i, s in enumerate(ranked)}


def split_run_in(para: list[Line], body_size: float, body_font: str) -> tuple[str, int] | None:
    """A run-in heading: the first line starts in a larger other face and goes on in the body font.

    Returns the heading text and how many words of the first line it takes, or None.
    """
    first = para[0]
    words = [w for w in first.words if not w.sup]
    n = 0
    for w in words:
        if w.font != body_font and w.size >= body_size + OTHER_FACE_STEP:
            n += 1
        else:
            break
    if n == 0 or n > 12:
        return None
    if n == len(words):
        # the heading fills the first line; the body text starts on the next one
        if len(para) < 2 or abs(para[1].size - body_size) > 0.3 or para[1].font == first.font:
            return None
    elif abs(words[n].size - body_size) > 0.3:
        return None
    text = " ".join(w.text for w in words[:n])
    if text.endswith((":", ".", ",")) or CAPTION_RE.match(text):
        return None
    return text, n
