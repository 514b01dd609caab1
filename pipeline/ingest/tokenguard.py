"""Text made safe for spaCy's tokenizer, with every character offset unchanged.

spaCy's tokenizer strips prefixes and suffixes from each whitespace-free run one
at a time, re-searching the rest each time: a run of n characters costs about
n² (a 120 KB paragraph of nested parentheses ties a worker up for the whole
timeout). No tokenizer option bounds that, so tokenization is given a copy of
the text of the same length in which runs of one punctuation character longer
than ``max_punctuation_run`` and whitespace-free runs longer than
``max_token_run`` are broken by spaces (``models/ingest/text_limits.json``).
Ordinary prose is returned unchanged (the same object); spans are always read
back from the original text by offset.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from pipeline.resources import model_path


@lru_cache(maxsize=1)
def _limits() -> tuple[int, int, re.Pattern[str], re.Pattern[str]]:
    data = json.loads(model_path("ingest", "text_limits.json").read_text(encoding="utf-8"))
    token, punct = int(data["max_token_run"]), int(data["max_punctuation_run"])
    return token, punct, re.compile(r"\S{%d,}" % (token + 1)), re.compile(r"([^\w\s])\1{%d,}" % punct)


def tokenizable(text: str) -> str:
    """``text`` with over-long runs broken by spaces (same length); unchanged when none."""
    max_token, max_punct, long_run, punct_run = _limits()
    if not long_run.search(text) and not punct_run.search(text):
        return text
    chars = list(text)
    for match in punct_run.finditer(text):
        for i in range(match.start() + max_punct, match.end(), max_punct + 1):
            chars[i] = " "
    text = "".join(chars)
    for match in long_run.finditer(text):
        for i in range(match.start() + max_token, match.end(), max_token + 1):
            chars[i] = " "
    return "".join(chars)
