"""Checks on the synthetic development sets, ``annotations/dev/synthetic/`` and
``annotations/dev/synthetic2/``, ``annotations/dev/synthetic3/``, ``annotations/dev/synthetic4/``
(research-paper introductions), ``annotations/dev/synthetic5/`` (review-body passages under
numbered headings, some with a table), ``annotations/dev/synthetic6/`` (research-paper titles +
abstracts, half of them structured) and ``annotations/dev/synthetic7/`` (research-paper Results and
Discussion passages: a title, one section heading, no abstract) and ``annotations/dev/synthetic8/``
(structured, non-native, citation-dense and cohort abstracts, some with an introduction) and
``annotations/dev/synthetic9/`` (drug-response abstracts that are not mitophagy papers) and
``annotations/dev/synthetic10/`` (abstracts in the phrasing of primary research papers) and
``annotations/dev/synthetic11/`` (less-covered phrasing: colon titles, statistics, nulls, British spelling); fast, no NER.

The texts and their gold were written by reading (each folder's ``README.md``);
these tests do not re-derive the gold. They check that every text has a gold file and
vice versa, that every record obeys ``spec/relations.md`` (the spec's columns in order,
types, enum effect, normalized-looking ids), that each evidence string is printed verbatim
in its text (a title record's evidence is the title line, and the regulator and therapy
as written occur in the evidence), that the citations of a record are numbers the text's
reference list has, and that ``split.json`` puts every text in exactly one part, with
``number % 3 == 0`` in test. ``synthetic2`` (introduction-heavy) also keeps every text at
250-500 words with an ``Introduction`` and a ``References`` list; ``synthetic4`` (research-paper
introductions with a two-sentence abstract) at 180-500 words with both.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.records import COLUMNS, EFFECTS

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "annotations" / "dev"
# set name -> (number of texts, fewest words without the references, needs an Introduction)
SETS = {
    "synthetic": (30, 150, False),
    "synthetic2": (18, 250, True),
    "synthetic3": (24, 140, False),
    "synthetic4": (24, 180, True),
    "synthetic5": (24, 150, False),
    "synthetic6": (24, 110, False),
    "synthetic7": (24, 120, False),
    "synthetic8": (24, 100, False),
    "synthetic9": (18, 90, False),
    "synthetic10": (24, 80, False),
    "synthetic11": (24, 75, False),
}
#: sets whose texts are a title, a blank line and one section heading (no abstract): body excerpts
EXCERPT_SETS = {"synthetic7"}
EXCERPT_HEADINGS = {"Results", "Discussion"}
#: a numbered section heading (``3.2 Mitophagy in radioresistance``) and a table caption (``Table 1. ...``)
NUMBERED_HEADING = re.compile(r"^(\d+(?:\.\d+)*)\s+[A-Z]")
TABLE_CAPTION = re.compile(r"^(Table \d+)\.\s")
GOLD = sorted(p for name in SETS for p in (DEV / name).glob("*.jsonl"))


def texts(name: str) -> list[Path]:
    return sorted((DEV / name).glob("*.txt"))


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def armless(mirna_id: str, evidence: str) -> bool:
    """An miRNA printed without its arm keeps its printed name as the id (spec: no normal form)."""
    return bool(re.fullmatch(r"miR-\d+[a-z]?", mirna_id)) and mirna_id.lower() in evidence.lower()


def reference_count(text: str) -> int:
    """Entries after the ``References`` heading (one per non-empty line)."""
    if "\nReferences\n" not in text:
        return 0
    return sum(1 for line in text.split("\nReferences\n", 1)[1].splitlines() if line.strip())


@pytest.mark.parametrize("name", SETS)
def test_every_text_has_a_gold_file(name):
    own = texts(name)
    assert len(own) == SETS[name][0]
    assert {p.stem for p in own} == {p.stem for p in (DEV / name).glob("*.jsonl")}


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_records_follow_the_spec_and_their_text(path):
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    title = text.splitlines()[0]
    n_refs = reference_count(text)
    headings = {line for line in text.splitlines() if line in ("Introduction", "Results", "Discussion")}
    for line in text.split("\nReferences\n")[0].splitlines():
        found = NUMBERED_HEADING.match(line) or TABLE_CAPTION.match(line)
        if found:
            headings.add(found.group(1))
    for n, row in enumerate(records(path), 1):
        where = f"{path.name}:{n}"
        assert tuple(row) == COLUMNS, f"{where}: columns {list(row)}"
        assert row["doc_id"] == path.stem, where
        assert row["effect"] in EFFECTS, where
        assert row["regulator_ids"] and all(isinstance(i, str) and i for i in row["regulator_ids"]), where
        assert len(set(row["regulator_ids"])) == len(row["regulator_ids"]), where
        assert all(isinstance(c, int) and not isinstance(c, bool) for c in row["citations"]), where
        assert row["citations"] == sorted(set(row["citations"])), where
        assert all(1 <= c <= n_refs for c in row["citations"]), f"{where}: citation outside the reference list"
        assert row["therapy_id"] == row["therapy_id"].lower() and row["cancer_type"] == row["cancer_type"].lower(), where
        for column in ("regulator", "therapy", "therapy_id", "section", "evidence"):
            assert isinstance(row[column], str) and row[column] and row[column] == row[column].strip(), where
        # a table row's evidence is its cells joined by " | "; the text prints them tab-separated
        printed = row["evidence"].replace(" | ", "\t") if row["section"].startswith("Table ") else row["evidence"]
        assert printed in text, f"{where}: evidence not printed in the text"
        assert row["regulator"] in row["evidence"] and row["therapy"] in row["evidence"], where
        assert row["section"] in {"title", "abstract"} | headings, f"{where}: section {row['section']!r}"
        if row["section"] == "title":
            assert row["evidence"] == title, where
        else:
            assert row["evidence"] not in title, where
        if row["section"] == "Introduction":
            assert row["evidence"] in text.split("\nIntroduction\n", 1)[1], where
        mirnas = [i for i in row["regulator_ids"] if i.lower().startswith(("mir", "hsa-mir"))]
        assert all(re.fullmatch(r"hsa-miR-\d+[a-z]?-[35]p", i) or armless(i, row["evidence"]) for i in mirnas), (
            f"{where}: miRNA id {mirnas}"
        )


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_no_duplicate_records(path):
    keys = [
        (tuple(sorted(r["regulator_ids"])), r["effect"], r["therapy_id"], r["section"], r["evidence"])
        for r in records(path)
    ]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("name", SETS)
def test_texts_are_in_the_text_paper_format(name):
    _, fewest, introduction = SETS[name]
    for path in texts(name):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        if name in EXCERPT_SETS:
            heading = lines[2] in EXCERPT_HEADINGS or NUMBERED_HEADING.match(lines[2])
            assert lines[1] == "" and heading and lines[3] == "", path.name
        else:
            assert lines[1] == "" and lines[2] == "Abstract" and lines[3] == "", path.name
        words = len(text.split("\nReferences\n")[0].split())
        assert fewest <= words <= 500, f"{path.name}: {words} words"
        if introduction:
            assert "\nIntroduction\n" in text and "\nReferences\n" in text, path.name
            assert reference_count(text) > 0, path.name


@pytest.mark.parametrize("name", SETS)
def test_split_is_every_third_text(name):
    split = json.loads((DEV / name / "split.json").read_text(encoding="utf-8"))[name]
    assert set(split) == {"tune", "test"}
    assert sorted(split["tune"] + split["test"]) == sorted(p.stem for p in texts(name))
    assert all(int(s[:2]) % 3 == 0 for s in split["test"])
    assert all(int(s[:2]) % 3 != 0 for s in split["tune"])


def test_the_benchmark_reads_each_sets_own_split():
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("relations_synthetic", ROOT / "benchmarks" / "relations_synthetic.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    for name, (n_texts, _, _) in SETS.items():
        parts = module.parts(DEV / name)
        assert len(parts["tune"]) + len(parts["test"]) == n_texts
        assert parts["test"] == sorted(p.stem for p in texts(name) if int(p.stem[:2]) % 3 == 0)
