"""The evaluator (``pipeline.evaluate``, ``mitominer evaluate``) on hand-made gold/prediction pairs.

Every expected figure below is computed by hand in the comment beside it.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate import (
    EvaluationError,
    match_records,
    pair_view,
    records_match,
    score,
)
from pipeline.records import Record, read_records, records_to_jsonl

GOLD_FILE = Path(__file__).resolve().parent.parent / "annotations" / "relations.jsonl"
runner = CliRunner()


def rec(ids, effect, therapy, citations=(), *, doc="doc", section="1", evidence="s", cancer=""):
    ids = (ids,) if isinstance(ids, str) else tuple(ids)
    return Record(
        doc_id=doc,
        regulator=ids[0],
        regulator_ids=ids,
        effect=effect,
        therapy=therapy,
        therapy_id=therapy,
        cancer_type=cancer,
        citations=tuple(citations),
        section=section,
        evidence=evidence,
    )


# gold: A, B, C; pred: A exact, B with the wrong effect, C with a wrong citation, W spurious
GOLD = [
    rec("X", "promotes_resistance", "d", [1], evidence="a", cancer="osteosarcoma"),
    rec("Y", "promotes_sensitivity", "e", [2], evidence="b"),
    rec("Z", "induces_mitophagy", "f", [3], evidence="c"),
]
PRED = [
    rec("X", "promotes_resistance", "d", [1], evidence="a", cancer="osteosarcoma"),
    rec("Y", "promotes_resistance", "e", [2], evidence="b"),
    rec("Z", "induces_mitophagy", "f", [4], evidence="c", cancer="breast cancer"),
    rec("W", "promotes_resistance", "g", [5], evidence="w"),
]


def test_identical_files_score_one():
    s = score(GOLD, GOLD)
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (3, 0, 0)
    assert s.strict.precision == s.strict.recall == s.strict.f1 == 1.0
    assert s.alignment is None


def test_strict_and_pair_counts_by_hand():
    s = score(GOLD, PRED)
    # strict: only A matches -> tp 1; fp = B', C', W = 3; fn = B, C = 2
    # P = 1/4 = 0.25, R = 1/3, F1 = 2 * 0.25 * (1/3) / (0.25 + 1/3) = (1/6) / (7/12) = 2/7
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (1, 3, 2)
    assert s.strict.precision == pytest.approx(0.25)
    assert s.strict.recall == pytest.approx(1 / 3)
    assert s.strict.f1 == pytest.approx(2 / 7)
    # pair: effect and citations ignored -> A, B, C match; W is the only fp
    # P = 3/4, R = 3/3, F1 = 2 * 0.75 * 1 / 1.75 = 6/7
    assert (s.pair.tp, s.pair.fp, s.pair.fn) == (3, 1, 0)
    assert s.pair.precision == pytest.approx(0.75)
    assert s.pair.recall == pytest.approx(1.0)
    assert s.pair.f1 == pytest.approx(6 / 7)
    assert [r.regulator for r in s.strict.false_negatives] == ["Y", "Z"]
    assert [r.regulator for r in s.strict.false_positives] == ["Y", "Z", "W"]
    assert [r.regulator for r in s.pair.false_positives] == ["W"]


def test_column_agreement_on_pair_matches():
    agreement = {a.column: a for a in score(GOLD, PRED).agreement}
    # pair matches: A-A', B-B', C-C' (3)
    # effect agrees on A and C (B' has the wrong effect): 2/3
    # citations equal on A and B (C' cites 4 for 3): 2/3
    # cancer_type equal on A and B (C' adds breast cancer): 2/3
    for column in ("effect", "citations", "cancer_type"):
        assert (agreement[column].agree, agreement[column].total) == (2, 3)
        assert agreement[column].rate == pytest.approx(2 / 3)


def test_each_gold_record_matches_at_most_one_prediction():
    g = [rec("X", "promotes_resistance", "d", [1])]
    p = [rec("X", "promotes_resistance", "d", [1]), rec("X", "promotes_resistance", "d", [1])]
    # one gold, two identical predictions: tp 1, the duplicate is an fp
    s = score(g, p)
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (1, 1, 0)
    # and the other way round: two gold, one prediction: tp 1, fn 1
    s = score(p, g)
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (1, 0, 1)


def test_best_first_prefers_the_same_place_over_file_order():
    g0 = rec(["X", "Y"], "promotes_resistance", "d", [1], section="1", evidence="first sentence")
    g1 = rec("X", "promotes_resistance", "d", [1], section="2", evidence="second  sentence")
    p0 = rec(["x", "y"], "promotes_resistance", "d", [1], section="2", evidence="Second sentence")
    # p0 meets the conditions with both gold records and shares more ids with g0 (2 vs 1);
    # the same evidence (whitespace and case normalized) still ranks g1 first, so g0 is
    # the false negative although it comes first and shares more ids
    assert match_records([g0, g1], [p0]) == [(1, 0)]
    assert score([g0, g1], [p0]).strict.false_negatives == (g0,)


def test_greedy_is_not_a_maximum_matching():
    g0 = rec("X", "promotes_resistance", "d", [1, 2])
    g1 = rec("X", "promotes_resistance", "d", [1])
    p0 = rec("X", "promotes_resistance", "d", [1, 2])
    p1 = rec("X", "promotes_resistance", "d", [2])
    # candidates: g0-p0 (2 shared numbers), g0-p1 (1), g1-p0 (1); g1-p1 share none.
    # best first takes g0-p0; g1 can then only take p0, which is used: tp 1, although
    # g0-p1 + g1-p0 would give 2. The spec asks for greedy, so 1.
    assert match_records([g0, g1], [p0, p1]) == [(0, 0)]


def test_ids_and_therapy_compare_case_insensitively():
    g = rec("PRKN", "promotes_resistance", "Sorafenib ", [41])
    p = rec(["prkn", "PINK1"], "promotes_resistance", "sorafenib", [41])
    assert records_match(g, p, "strict")
    # no shared id -> no match, whatever else agrees
    assert not records_match(g, rec("PINK1", "promotes_resistance", "sorafenib", [41]), "strict")


def test_empty_citations_match_only_empty_citations_in_strict_mode():
    g = rec("mitophagy", "promotes_resistance", "cisplatin", [])
    assert records_match(g, rec("mitophagy", "promotes_resistance", "cisplatin", []), "strict")
    assert not records_match(g, rec("mitophagy", "promotes_resistance", "cisplatin", [3]), "strict")
    assert records_match(g, rec("mitophagy", "promotes_resistance", "cisplatin", [3]), "pair")


def test_pair_mode_counts_a_pair_once_per_place():
    g = [
        rec("X", "induces_mitophagy", "d", [1], evidence="s"),
        rec("X", "promotes_resistance", "d", [1], evidence="s"),
        rec("X", "promotes_resistance", "d", [2], section="3", evidence="t"),
    ]
    p = [rec("X", "promotes_resistance", "d", [1], evidence="s")]
    s = score(g, p)
    # strict: p matches the second gold record: tp 1, fn 2 -> P 1, R 1/3
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (1, 0, 2)
    # pair: gold collapses to 2 places (s, t), pred to 1: tp 1, fn 1 (place t) -> R 1/2
    assert len(pair_view(g)) == 2
    assert (s.pair.tp, s.pair.fp, s.pair.fn) == (1, 0, 1)
    assert s.pair.recall == pytest.approx(0.5)
    # agreement pairs p with the same-effect gold record of its sentence: 1/1
    effect = next(a for a in s.agreement if a.column == "effect")
    assert (effect.agree, effect.total) == (1, 1)


def test_pair_mode_does_not_reward_two_wrong_effects_twice():
    g = [rec("X", "promotes_resistance", "d", [1])]
    p = [rec("X", "promotes_sensitivity", "d", [1]), rec("X", "inhibits_mitophagy", "d", [1])]
    s = score(g, p)
    # strict: nothing matches: tp 0, fp 2, fn 1; pair: p collapses to one pair: tp 1, fp 0
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (0, 2, 1)
    assert (s.pair.tp, s.pair.fp, s.pair.fn) == (1, 0, 0)


def test_single_documents_are_aligned_and_reported():
    g = [rec("X", "promotes_resistance", "d", [1], doc="review")]
    p = [rec("X", "promotes_resistance", "d", [1], doc="review-pdf"), rec("Q", "promotes_resistance", "d", [9], doc="review-pdf")]
    s = score(g, p)
    assert s.alignment == ("review", "review-pdf")
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (1, 1, 0)
    # the false positive is reported under the doc_id it was predicted with
    assert [r.doc_id for r in s.strict.false_positives] == ["review-pdf"]


def test_several_documents_match_only_within_a_doc_id():
    g = [rec("X", "promotes_resistance", "d", [1], doc="a"), rec("X", "promotes_resistance", "d", [1], doc="b")]
    p = [rec("X", "promotes_resistance", "d", [1], doc="a"), rec("X", "promotes_resistance", "d", [1], doc="c")]
    s = score(g, p)
    # gold has two documents: no alignment; a-a matches, b is missed, c is spurious
    assert s.alignment is None
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (1, 1, 1)
    assert [r.doc_id for r in s.strict.false_negatives] == ["b"]


def test_zero_divisions_give_zero_and_none():
    s = score([], [])
    assert (s.strict.precision, s.strict.recall, s.strict.f1) == (0.0, 0.0, 0.0)
    assert all(a.rate is None and a.total == 0 for a in s.agreement)


def test_unknown_mode_is_refused():
    with pytest.raises(EvaluationError, match="mode 'loose' is not one of strict, pair"):
        records_match(GOLD[0], GOLD[0], "loose")


def test_the_gold_matches_itself_one_to_one():
    gold = read_records(GOLD_FILE)
    s = score(gold, gold)
    assert s.strict.tp == len(gold) and s.strict.fp == s.strict.fn == 0
    assert s.pair.tp == len(pair_view(gold)) < len(gold)


@pytest.fixture()
def files(tmp_path):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(records_to_jsonl(GOLD), encoding="utf-8")
    pred.write_text(records_to_jsonl([replace(r, doc_id="other") for r in PRED]), encoding="utf-8")
    return gold, pred


def test_cli_json(files):
    gold, pred = files
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    # same figures as test_strict_and_pair_counts_by_hand, after aligning "other" to "doc"
    assert {k: data["strict"][k] for k in ("tp", "fp", "fn")} == {"tp": 1, "fp": 3, "fn": 2}
    assert data["strict"]["f1"] == pytest.approx(2 / 7)
    assert {k: data["pair"][k] for k in ("tp", "fp", "fn")} == {"tp": 3, "fp": 1, "fn": 0}
    assert data["pair"]["precision"] == pytest.approx(0.75)
    assert data["alignment"] == {"gold": "doc", "pred": "other"}
    assert data["agreement"]["effect"]["rate"] == pytest.approx(2 / 3)


def test_cli_table_shows_figures_and_misses(files):
    gold, pred = files
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "aligned documents" in out and "strict" in out and "pair" in out
    assert "false negatives (strict: gold records not found): 2" in out
    assert "[1] W {W}  promotes_resistance  g  (5)" in out


def test_cli_bad_file_gives_one_line(files, tmp_path):
    gold, _ = files
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "doc", "regulator": "X"\n', encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(bad)])
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"mitominer: {bad}:1: ")
    missing = runner.invoke(app, ["evaluate", "--gold", str(tmp_path / "none.jsonl"), "--pred", str(gold)])
    assert missing.exit_code == 1
    assert missing.stderr.strip() == f"mitominer: {tmp_path / 'none.jsonl'}: No such file or directory"
