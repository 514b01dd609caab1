"""The synthetic citation pages (scripts/make_synthetic_citations.py) and their scorer."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT / "scripts", ROOT / "benchmarks"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from make_synthetic_citations import generate  # noqa: E402
from pdf_synthetic_citations import align, score_one  # noqa: E402


def test_gold_cites_every_entry_and_fixes_the_split(tmp_path):
    generate(tmp_path, 3, seed=5)
    for n in (1, 2, 3):
        gold = json.loads((tmp_path / f"cite_{n:03d}.json").read_text(encoding="utf-8"))
        count = len(gold["entries"])
        cited = {i for m in gold["markers"] for i in m["cites"]}
        assert cited == set(range(1, count + 1))
        assert gold["split"] == ("test" if n % 3 == 0 else "tune")
        assert gold["classes"]["family"] == ("numeric" if n % 2 else "author_year")
        assert all(e["first_author"] and e["title"] and e["year"] for e in gold["entries"])


def test_generation_is_deterministic(tmp_path):
    generate(tmp_path / "a", 1, seed=3)
    generate(tmp_path / "b", 1, seed=3)
    assert (tmp_path / "a" / "cite_001.pdf").read_bytes() == (tmp_path / "b" / "cite_001.pdf").read_bytes()


def test_scorer_reads_a_numeric_page(tmp_path):
    generate(tmp_path, 1, seed=5)
    gold = json.loads((tmp_path / "cite_001.json").read_text(encoding="utf-8"))
    row = score_one(tmp_path / "cite_001.pdf", gold)
    assert row["gold_entries"] == len(gold["entries"]) and row["n_markers"] == len(gold["markers"])
    assert 0 <= row["right"] <= row["n_markers"] and 0.0 <= row["cited"] <= 1.0


def test_alignment_keeps_order_and_skips_extras():
    gold = [frozenset({1}), frozenset({2, 3}), frozenset({4})]
    got = [frozenset({1}), frozenset({9}), frozenset({2, 3}), frozenset({4})]
    assert align(gold, got) == [(0, 0), (1, 2), (2, 3)]


def test_set_2_cites_every_entry_once_in_body_or_legend_and_leaves_set_1_alone(tmp_path):
    generate(tmp_path / "one", 2, seed=5)
    generate(tmp_path / "two", 3, seed=5, variant=2)
    for n in (1, 2, 3):
        gold = json.loads((tmp_path / "two" / f"cite_{n:03d}.json").read_text(encoding="utf-8"))
        count = len(gold["entries"])
        body = {i for m in gold["markers"] for i in m["cites"]}
        legend = {i for m in gold["caption_markers"] for i in m["cites"]}
        assert body | legend == set(range(1, count + 1)) and not body & legend  # a legend's entries are cited nowhere else
        assert gold["classes"]["set"] == "2" and gold["split"] == ("test" if n % 3 == 0 else "tune")
        printed = [gold["numbers"].get(str(e["position"]), e["position"]) for e in gold["entries"]]
        assert printed == sorted(set(printed))  # a skipped number, never a repeated one
    # set 1 is drawn from its own stream: the same bytes with or without set 2 beside it
    generate(tmp_path / "again", 2, seed=5)
    for n in (1, 2):
        assert (tmp_path / "one" / f"cite_{n:03d}.pdf").read_bytes() == (tmp_path / "again" / f"cite_{n:03d}.pdf").read_bytes()
        assert "set" not in json.loads((tmp_path / "one" / f"cite_{n:03d}.json").read_text(encoding="utf-8"))["classes"]


def test_set_3_draws_its_own_classes_and_leaves_sets_1_and_2_alone(tmp_path):
    generate(tmp_path / "one", 1, seed=7)
    generate(tmp_path / "two", 1, seed=7, variant=2)
    generate(tmp_path / "three", 4, seed=7, variant=3)
    for n in range(1, 5):
        gold = json.loads((tmp_path / "three" / f"cite_{n:03d}.json").read_text(encoding="utf-8"))
        count = len(gold["entries"])
        body = {i for m in gold["markers"] for i in m["cites"]}
        legend = {i for m in gold["caption_markers"] for i in m["cites"]}
        cells = {i for m in gold["table_markers"] for i in m["cites"]}
        assert body | legend | cells == set(range(1, count + 1)) and not body & cells  # a table's entries are cited nowhere else
        assert gold["classes"]["set"] == "3" and gold["classes"]["list_layout"]
    # the two families draw set 3's marker classes (author-year: pinpoints, cues, semicolon years, ...)
    classes = {m["class"] for n in range(1, 5)
               for m in json.loads((tmp_path / "three" / f"cite_{n:03d}.json").read_text(encoding="utf-8"))["markers"]}
    assert classes & {"pinpoint", "cue_no_comma", "cue_trailing_words", "years_after_semicolon", "et_al_italic", "three_names"}
    assert classes & {"bracket_spaced", "bracket_other_size", "paren_other_size", "name_number", "lettered", "super_with_symbol"}
    # sets 1 and 2 keep their own streams: the same bytes with set 3 generated beside them
    generate(tmp_path / "one_again", 1, seed=7)
    generate(tmp_path / "two_again", 1, seed=7, variant=2)
    for a, b in (("one", "one_again"), ("two", "two_again")):
        assert (tmp_path / a / "cite_001.pdf").read_bytes() == (tmp_path / b / "cite_001.pdf").read_bytes()
