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
    expand_records,
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
    p = [rec("X", "promotes_resistance", "d", [1]), rec("X", "promotes_resistance", "d", [1], evidence="t")]
    # one gold, two predictions of it in two places: tp 1, the second is an fp
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
    # scored per id: gold X(g0), Y(g0), X(g1); pred x, y. x takes X(g1) (same evidence), y takes
    # Y(g0): the false negative is g0's X
    assert score([g0, g1], [p0]).strict.false_negatives == (replace(g0, regulator_ids=("X",)),)


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
    gold = expand_records(read_records(GOLD_FILE))
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


# -- scoring per regulator id (spec "Scoring": every record expanded into one per id) --


def test_one_record_for_an_axis_scores_like_one_record_per_member():
    axis = [rec(["FOXG1", "BNIP3"], "promotes_sensitivity", "cisplatin", [3])]
    members = [rec("FOXG1", "promotes_sensitivity", "cisplatin", [3]), rec("BNIP3", "promotes_sensitivity", "cisplatin", [3])]
    # gold as one record, prediction as two (and the other way round): 2 expanded records each, tp 2
    for g, p in ((axis, members), (members, axis)):
        s = score(g, p)
        assert (s.gold_n, s.pred_n) == (2, 2)
        assert (s.strict.tp, s.strict.fp, s.strict.fn) == (2, 0, 0)
    # a prediction naming one member of the axis: tp 1 of 2 -> R 1/2, P 1
    s = score(axis, members[:1])
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (1, 0, 1)
    assert s.strict.recall == pytest.approx(0.5) and s.strict.precision == 1.0


def test_expanded_duplicates_are_counted_once():
    # the axis and the member record of the same sentence expand to FOXG1 twice: counted once
    g = [
        rec(["FOXG1", "BNIP3"], "promotes_sensitivity", "cisplatin", [3], evidence="s"),
        rec("foxg1", "promotes_sensitivity", "Cisplatin", [3], evidence=" S"),
    ]
    assert [r.regulator_ids for r in expand_records(g)] == [("FOXG1",), ("BNIP3",)]
    # an id listed twice in one record is one id
    assert len(expand_records([rec(["PRKN", "PRKN"], "induces_mitophagy", "d")])) == 1
    # the same finding in another place (rule 7), or with other citations, is another record
    other_place = rec("FOXG1", "promotes_sensitivity", "cisplatin", [3], section="3", evidence="t")
    other_cites = rec("FOXG1", "promotes_sensitivity", "cisplatin", [4], evidence="s")
    assert len(expand_records(g + [other_place, other_cites])) == 4
    s = score(g, [rec("FOXG1", "promotes_sensitivity", "cisplatin", [3], evidence="s")])
    # gold 2 (FOXG1, BNIP3), pred 1: tp 1, fn 1 (BNIP3)
    assert (s.gold_n, s.pred_n, s.strict.tp, s.strict.fn) == (2, 1, 1, 1)
    assert [r.regulator_ids for r in s.strict.false_negatives] == [("BNIP3",)]


def test_expanded_ids_must_be_equal_not_merely_shared():
    g = [rec("PRKN", "promotes_resistance", "sorafenib", [41])]
    p = [rec(["PINK1", "PRKN"], "promotes_resistance", "sorafenib", [41])]
    s = score(g, p)
    # pred expands to PINK1 and PRKN: PRKN matches, PINK1 is a false positive -> P 1/2, R 1
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (1, 1, 0)
    assert [r.regulator_ids for r in s.strict.false_positives] == [("PINK1",)]


# -- folder mode: files paired by stem, micro-averaged, split parts, warnings --


def write_folder(folder: Path, files: dict[str, list[Record]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for stem, records in files.items():
        (folder / f"{stem}.jsonl").write_text(records_to_jsonl(records), encoding="utf-8")
    return folder


@pytest.fixture()
def folders(tmp_path):
    gold = write_folder(
        tmp_path / "gold",
        {
            "p1": [rec("X", "promotes_resistance", "d", [1], doc="p1"), rec("Y", "promotes_sensitivity", "e", [], doc="p1")],
            "p2": [rec(["A", "B"], "induces_mitophagy", "f", [], doc="p2")],
            "p3": [rec("Z", "promotes_resistance", "g", [2], doc="p3")],
            "p4": [],
        },
    )
    pred = write_folder(
        tmp_path / "pred",
        {
            # doc_ids as an extractor writes them (a hash): aligned per file
            "p1": [rec("X", "promotes_resistance", "d", [1], doc="h1")],
            "p2": [rec("A", "induces_mitophagy", "f", [], doc="h2"), rec("Q", "induces_mitophagy", "f", [], doc="h2")],
            # p3 has no prediction file: all misses
            "p4": [rec("W", "promotes_resistance", "d", [], doc="h4")],
            "extra": [rec("V", "promotes_resistance", "d", [], doc="h5")],
        },
    )
    return gold, pred


def test_folders_pair_files_by_stem_and_micro_average(folders):
    gold, pred = folders
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    # p1: gold 2 pred 1 tp 1 fn 1; p2: gold 2 (A, B) pred 2 (A, Q) tp 1 fp 1 fn 1;
    # p3: gold 1, no prediction: fn 1; p4: gold 0 pred 1: fp 1; "extra" has no gold: not scored
    # total tp 2, fp 2, fn 3 -> P 2/4, R 2/5, F1 2*0.5*0.4/0.9 = 4/9
    assert (data["gold_records"], data["pred_records"]) == (5, 4)
    assert {k: data["strict"][k] for k in ("tp", "fp", "fn")} == {"tp": 2, "fp": 2, "fn": 3}
    assert data["strict"]["precision"] == pytest.approx(0.5)
    assert data["strict"]["recall"] == pytest.approx(0.4)
    assert data["strict"]["f1"] == pytest.approx(4 / 9)
    papers = {p["paper"]: p for p in data["papers"]}
    assert sorted(papers) == ["p1", "p2", "p3", "p4"]
    assert (papers["p1"]["gold"], papers["p1"]["pred"], papers["p1"]["tp"]) == (2, 1, 1)
    assert papers["p1"]["recall"] == pytest.approx(0.5)
    assert (papers["p3"]["fn"], papers["p3"]["has_prediction"]) == (1, False)
    assert (papers["p4"]["fp"], papers["p4"]["precision"]) == (1, 0.0)
    assert data["unscored_predictions"] == ["extra"]
    # the missed gold record of p2 is B; the false positives are Q (p2) and W (p4)
    assert [r["regulator_ids"] for r in data["strict"]["false_negatives"]] == [["Y"], ["B"], ["Z"]]
    assert [r["regulator_ids"] for r in data["strict"]["false_positives"]] == [["Q"], ["W"]]
    # a gold file with no prediction file is named on stderr, one line
    assert "1 gold file(s) have no prediction file" in result.stderr


def test_folder_table_has_one_line_per_paper_and_the_errors(folders):
    gold, pred = folders
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "over 4 papers (micro-average)" in out
    assert "  p1  2  1  1  1.000  0.500  0.667" in out
    assert "  p3  1  0  0  0.000  0.000  0.000  (no prediction file)" in out
    assert "false negatives (strict: gold records not found): 3" in out
    assert "[1] W {W}  promotes_resistance  d  (no citation)" in out


def test_folder_split_scores_one_part(folders, tmp_path):
    gold, pred = folders
    splits = tmp_path / "splits.json"
    splits.write_text(json.dumps({"other": {"test": ["zz"], "tune": []}, "mine": {"test": ["p1", "p3"], "tune": ["p2", "p4"]}}))
    # the named split is found by the gold stems it lists; test part: p1 + p3 -> tp 1, fp 0, fn 2
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--split", str(splits), "--part", "test", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [p["paper"] for p in data["papers"]] == ["p1", "p3"]
    assert {k: data["strict"][k] for k in ("tp", "fp", "fn")} == {"tp": 1, "fp": 0, "fn": 2}
    # tune part: p2 + p4 -> tp 1, fp 2, fn 1; pair the same here
    result = runner.invoke(
        app, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--split", str(splits), "--split-key", "mine", "--part", "tune", "--json"]
    )
    data = json.loads(result.stdout)
    assert {k: data["strict"][k] for k in ("tp", "fp", "fn")} == {"tp": 1, "fp": 2, "fn": 1}
    # an unknown part or split is one line on stderr
    bad = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--split", str(splits), "--split-key", "none"])
    assert bad.exit_code == 1
    assert bad.stderr.strip() == f"mitominer: {splits}: no split named 'none' (has: mine, other)"


def test_warnings_for_empty_sides_and_unaligned_documents(tmp_path):
    g = write_folder(tmp_path / "g", {"a": []})
    p = write_folder(tmp_path / "p", {"b": [rec("X", "promotes_resistance", "d")]})
    result = runner.invoke(app, ["evaluate", "--gold", str(g), "--pred", str(p)])
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    # no stem in common; no gold record; and nothing predicted for the scored stem
    assert f"mitominer: warning: {p}: no prediction file shares a stem with the gold files in {g}" in lines
    assert f"mitominer: warning: {g}: no gold records" in lines
    assert f"mitominer: warning: {p}: no predicted records" in lines
    # single files: two documents on each side, none in common -> one warning line
    gf, pf = tmp_path / "g.jsonl", tmp_path / "p.jsonl"
    gf.write_text(records_to_jsonl([rec("X", "promotes_resistance", "d", doc=d) for d in ("a", "b")]))
    pf.write_text(records_to_jsonl([rec("X", "promotes_resistance", "d", doc=d) for d in ("c", "e")]))
    result = runner.invoke(app, ["evaluate", "--gold", str(gf), "--pred", str(pf)])
    assert result.exit_code == 0
    assert result.stderr.strip() == f"mitominer: warning: {pf}: no document of the prediction aligns with a gold document (doc_ids differ)"
    # a file and a folder do not mix
    mixed = runner.invoke(app, ["evaluate", "--gold", str(gf), "--pred", str(p)])
    assert mixed.exit_code == 1 and mixed.stderr.startswith("mitominer: ")
