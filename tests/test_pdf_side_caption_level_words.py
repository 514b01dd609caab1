"""A table caption whose only level neighbours stand a little above its top (issue 10 reliability).

``side_captions.split_side_captions`` took the words beside a caption as those within the caption column's
height; words level with the caption but a point higher were counted as level yet not as beside it, and the
empty list crashed the whole page (``max() arg is an empty sequence``: "PDF layout analysis failed"). The page
is one the synthetic generator draws (family 1, seed 0, document 8: a ruled table in a two-column page).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from make_synthetic_pdfs import generate  # noqa: E402

from pipeline.ingest import ingest_path  # noqa: E402


def _squeeze(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def test_caption_with_level_words_just_above_it_reads_whole_document(tmp_path):
    [pdf] = generate(tmp_path, 1, seed=0, first=8, family=1)
    gold = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
    doc = ingest_path(pdf)
    assert _squeeze(doc.title) == _squeeze(gold["title"])
    abstract = _squeeze(doc.abstract)
    assert abstract.startswith(_squeeze(gold["abstract"]["first_words"]))
    assert abstract.endswith(_squeeze(gold["abstract"]["last_words"]))
    assert sorted(t.label for t in doc.tables) == sorted(t["label"] for t in gold["tables"])
