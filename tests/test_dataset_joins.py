"""The dataset of ``mitominer run corpus``: the README's join example runs on it, and the relation
records of each rendition of the review keep the evaluator's strict F1 (a floor no change may lower).

One run of the shipped corpus (the review as two text renditions and the two-column PDF fixture)
serves both tests.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import ANNOTATIONS, CORPUS, ROOT
from pipeline.batch.runner import RunOptions, run_batch
from pipeline.cli import app
from pipeline.records import Record, records_to_jsonl

GOLD = ANNOTATIONS / "relations.jsonl"
RENDITIONS = ("yan2025_oncolrev_html-extracted.txt", "yan2025_oncolrev_pdf-extracted.txt",
              "fixtures/yan2025_oncolrev_twocolumn.pdf")
# Strict F1 on the review when issue 16 landed: 0.978 (45 of 47 gold records, no false positive).
# The spec's revision then changed the scoring (per regulator id) and the gold (rule 9 drops one
# chemosensitization record the extractor still gave): 0.972, 53 of 55 per-id records, 1 false
# positive. Issue 9 applied rule 9 in the extractor (the clause names a drug, so no chemotherapy
# record): 0.981, 53 of 55, no false positive. A change that lowers it must say why, here.
STRICT_F1_FLOOR = 0.981


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("run") / "out"
    summary = run_batch(CORPUS, out, RunOptions(workers=0, quiet=True))
    assert summary.failed == 0
    return out / "dataset"


def _readme_join_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- join-example[^>]*-->\s*```python\n(.*?)```", readme, re.S)
    assert match, "README lost its join example"
    return match.group(1)


def test_readme_join_example_runs_on_the_corpus_dataset(dataset, capsys):
    code = _readme_join_example().replace('dataset = "out/dataset"', f"dataset = {str(dataset)!r}")
    assert str(dataset) in code
    exec(compile(code, "README.md join example", "exec"), {})  # its asserts check the joins
    assert "regulator" in capsys.readouterr().out


def test_joins_on_the_place_keys_are_unique(dataset):
    keys = ("doc_id", "section_position", "paragraph")
    paragraphs = pq.read_table(dataset / "paragraphs.parquet").to_pylist()
    assert len({tuple(p[k] for k in keys) for p in paragraphs}) == len(paragraphs)
    relations = pq.read_table(dataset / "relations.parquet").to_pylist()
    texts = {tuple(p[k] for k in keys): p["text"] for p in paragraphs}
    body = [r for r in relations if r["section_position"] >= 0]
    assert body and all(texts[tuple(r[k] for k in keys)][r["start"]:r["end"]] == r["evidence"] for r in body)


@pytest.mark.parametrize("rendition", RENDITIONS)
def test_strict_f1_on_the_review_stays_at_its_floor(dataset, rendition, tmp_path):
    documents = pq.read_table(dataset / "documents.parquet").to_pylist()
    doc_id = next(d["doc_id"] for d in documents if rendition in d["paths"])
    rows = [r for r in pq.read_table(dataset / "relations.parquet").to_pylist() if r["doc_id"] == doc_id]
    pred = tmp_path / "pred.jsonl"
    pred.write_text(records_to_jsonl(Record.from_dict(r) for r in rows), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(GOLD), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout.strip().splitlines()[-1])
    assert scores["strict"]["f1"] >= STRICT_F1_FLOOR, (rendition, scores["strict"])
