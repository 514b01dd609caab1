"""Checks on the hand-made BioRED development gold (``annotations/dev/biored/``) and its export script.

The gold is written by reading; these tests only check its form: the schema,
one file per selected abstract, the split rule, and (with ``../shared``) that
every evidence string is verbatim in the part of the abstract it names.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.records import read_records

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "annotations" / "dev" / "biored"
SPLITS = ROOT / "annotations" / "dev" / "splits.json"


def load_export_script():
    spec = importlib.util.spec_from_file_location("export_biored_dev", ROOT / "scripts" / "export_biored_dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_stems() -> list[str]:
    return sorted((p.stem for p in GOLD.glob("*.jsonl")), key=int)


def test_every_gold_file_reads_and_names_its_abstract():
    stems = gold_stems()
    assert stems, "no gold file"
    for stem in stems:
        for record in read_records(GOLD / f"{stem}.jsonl"):
            assert record.doc_id == stem
            assert record.section in ("title", "abstract")
            assert record.citations == ()  # abstracts print no reference markers
            assert record.regulator in record.evidence and record.therapy in record.evidence
            assert record.cancer_type == record.cancer_type.lower()


def test_split_is_every_third_abstract_by_pmid():
    biored = json.loads(SPLITS.read_text(encoding="utf-8"))["biored"]
    assert sorted(biored["test"] + biored["tune"], key=int) == gold_stems()
    assert not set(biored["test"]) & set(biored["tune"])


def test_split_rules_of_the_first_set_and_the_additions(shared_dir):
    # session 3's 41 (chemical + BROAD): every third by sorted index; session 5's additions
    # (the CUE regex only): int(pmid) % 3 == 0 is test, so no earlier assignment moved
    module = load_export_script()
    from biored_precision import BROAD, read_pubtator

    data = shared_dir / "data" / "relations" / "biored"
    first = sorted(
        {a.pmid for split in module.SPLITS for a in read_pubtator(data / f"{split}.PubTator")
         if a.chemicals and BROAD.search(f"{a.title} {a.text}")},
        key=int,
    )
    biored = json.loads(SPLITS.read_text(encoding="utf-8"))["biored"]
    test = set(biored["test"])
    assert [s for s in first if s in test] == [s for i, s in enumerate(first) if i % 3 == 2]
    added = [s for s in gold_stems() if s not in set(first)]
    assert added, "no session-5 additions"
    assert all((s in test) == (int(s) % 3 == 0) for s in added)


def test_export_writes_title_blank_line_abstract(tmp_path):
    module = load_export_script()
    item = module.Abstract("123", title="A title of a paper.", text="First sentence. Second one.")
    # the MEDLINE period after the title is dropped: papers print titles without one
    assert module.abstract_text(item) == "A title of a paper\n\nFirst sentence. Second one.\n"
    # the script refuses to write into the repository
    assert module.main([str(ROOT / "out" / "biored")]) == 1


def test_export_selects_the_gold_abstracts_and_evidence_is_verbatim(shared_dir, tmp_path):
    module = load_export_script()
    written = module.export(shared_dir / "data" / "relations" / "biored", tmp_path)
    assert sorted((p.stem for p in written), key=int) == gold_stems()
    for path in written:
        title, _, abstract = path.read_text(encoding="utf-8").partition("\n\n")
        for record in read_records(GOLD / f"{path.stem}.jsonl"):
            assert record.evidence in (title if record.section == "title" else abstract), record.evidence
