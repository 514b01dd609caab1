"""Per-font glyph maps: symbol fonts whose text layer says ``b`` where the page shows β.

A Symbol-encoded font (Adobe Symbol, Linotype's Universal Greek with Math Pi)
draws Greek letters and math signs at the codes of Latin letters and digits;
without a ToUnicode map the text layer keeps the Latin codes (``b-tubulin``,
``Ca 2 1`` for Ca2+).  The maps are data (``models/ingest/glyph_maps.json``),
keyed by a pattern on the font's base name, and applied to the words after they
are built.  Hand-written because neither PDFium nor pdfminer maps a font that
does not declare its encoding; subset fonts whose codes are assigned per document
(``(cid:3)`` in an ``AdvP4C4E74`` subset) carry no reusable map and are left as
they are.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from pipeline.ingest.pdf.reader import Word
from pipeline.resources import model_path


@lru_cache(maxsize=1)
def glyph_maps() -> list[tuple[re.Pattern, dict[int, str]]]:
    data = json.loads(model_path("ingest", "glyph_maps.json").read_text(encoding="utf-8"))
    return [(re.compile(f["match"]), str.maketrans(f["map"])) for f in data["fonts"]]


@lru_cache(maxsize=256)
def font_map(font: str) -> dict[int, str] | None:
    """The glyph map of a font (its base name, subset prefix ``ABCDEF+`` dropped), or None."""
    base = font.split("+", 1)[-1]
    return next((table for pattern, table in glyph_maps() if pattern.search(base)), None)


def apply_glyph_maps(words: list[Word]) -> list[Word]:
    """Words in a mapped font get their printed symbols (in place; the list is returned)."""
    for w in words:
        table = font_map(w.font)
        if table is not None:
            w.text = w.text.translate(table)
    return words
