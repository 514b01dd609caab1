"""Sentences that are no prose of the paper (spec rule 8) but sit in a body paragraph.

A reference entry the layout left in the text (``Kim J, Lee H. X confers resistance to D.
Nature 2019;12:1-10. doi:10.1038/...``) states another paper's title, not this paper's
finding. The patterns (a DOI, a PMID, a ``year;volume:page`` citation) are data in
``models/relations/non_prose.json``; a sentence matching one, or next to one that does, gives
no record (``relations/extract.py``).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from pipeline.resources import model_path


@lru_cache(maxsize=1)
def _reference_pattern() -> re.Pattern[str]:
    settings = json.loads((model_path("relations") / "non_prose.json").read_text(encoding="utf-8"))
    return re.compile("|".join(f"(?:{p})" for p in settings["reference_patterns"]), re.IGNORECASE)


def looks_like_reference(text: str) -> bool:
    """``text`` carries a reference entry's DOI, PMID or ``year;volume:page`` part."""
    return _reference_pattern().search(text) is not None
