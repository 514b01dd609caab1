"""Schema and provenance checks on the development gold, ``annotations/dev/**/*.jsonl``.

The dev gold was written by reading (``annotations/dev/README.md``); these tests
do not re-derive it. They check that every line obeys ``spec/relations.md``
(exactly the spec's columns, right types, enum effect), that each evidence
string is printed verbatim in its source text (skipped cleanly when
``../shared`` is absent), and that ``annotations/dev/splits.json`` puts every
gold file in exactly one split.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.records import COLUMNS, EFFECTS

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "annotations" / "dev"
SPLITS = DEV / "splits.json"
SHARED = ROOT.parent / "shared"

# Where the source text of a dev set lives under ../shared, by the set's folder
# name under annotations/dev/; "{stem}" is the gold file's name without .jsonl.
SOURCES = {
    "abstracts": "data/papers/abstracts/{stem}.txt",
}

LIST_COLUMNS = {"regulator_ids": str, "citations": int}

GOLD_FILES = sorted(DEV.glob("**/*.jsonl"))


def dev_set(path: Path) -> str:
    return path.relative_to(DEV).parts[0]


def load(path: Path) -> list[dict]:
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{lineno}: blank line"
        rows.append(json.loads(line))
    return rows


def test_there_is_dev_gold():
    assert GOLD_FILES, "no annotations/dev/**/*.jsonl file"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: str(p.relative_to(DEV)))
def test_records_have_the_spec_columns_and_types(path):
    for n, row in enumerate(load(path), 1):
        where = f"{path.name}:{n}"
        assert tuple(row) == COLUMNS, f"{where}: columns {list(row)}"
        assert row["doc_id"] == path.stem, f"{where}: doc_id {row['doc_id']!r}"
        assert row["effect"] in EFFECTS, f"{where}: effect {row['effect']!r}"
        for column, kind in LIST_COLUMNS.items():
            value = row[column]
            assert isinstance(value, list), f"{where}: {column} is not a list"
            assert all(isinstance(v, kind) and not isinstance(v, bool) for v in value), f"{where}: {column} {value!r}"
        assert row["regulator_ids"], f"{where}: empty regulator_ids"
        assert len(set(row["regulator_ids"])) == len(row["regulator_ids"]), f"{where}: repeated regulator id"
        assert row["citations"] == sorted(set(row["citations"])), f"{where}: citations not sorted and unique"
        for column in COLUMNS:
            if column not in LIST_COLUMNS:
                assert isinstance(row[column], str), f"{where}: {column} is not a string"
        for column in ("regulator", "therapy", "therapy_id", "section", "evidence"):
            assert row[column].strip() == row[column] and row[column], f"{where}: {column} empty or padded"
        assert row["therapy_id"] == row["therapy_id"].lower(), f"{where}: therapy_id not lower case"
        assert row["cancer_type"] == row["cancer_type"].lower(), f"{where}: cancer_type not lower case"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: str(p.relative_to(DEV)))
def test_no_duplicate_records(path):
    keys = [
        (tuple(sorted(r["regulator_ids"])), r["effect"], r["therapy_id"], r["section"], r["evidence"])
        for r in load(path)
    ]
    assert len(keys) == len(set(keys))


# the sets whose texts are files under ../shared; the exported sets (BioRED, BC5CDR, ChemProt) and the
# synthetic texts in the repository check their evidence in their own tests below and in
# tests/test_dev_gold_synthetic.py, so they are not parametrized here (no skip per file)
@pytest.mark.parametrize("path", [p for p in GOLD_FILES if dev_set(p) in SOURCES], ids=lambda p: str(p.relative_to(DEV)))
def test_evidence_is_printed_verbatim_in_the_source(path, shared_dir):
    pattern = SOURCES[dev_set(path)]
    source = shared_dir / pattern.format(stem=path.stem)
    assert source.is_file(), f"{path.name}: no source text {source}"
    text = source.read_text(encoding="utf-8")
    title = text.splitlines()[0] if text else ""
    for n, row in enumerate(load(path), 1):
        assert row["evidence"] in text, f"{path.name}:{n}: evidence not in {source.name}"
        if row["section"] == "title":
            assert row["evidence"] == title, f"{path.name}:{n}: section title but evidence is not the title line"
        # The as-written columns are printed in the evidence (case as printed).
        assert row["regulator"] in row["evidence"], f"{path.name}:{n}: regulator not in evidence"
        assert row["therapy"] in row["evidence"], f"{path.name}:{n}: therapy not in evidence"


def test_every_source_text_of_a_dev_set_has_a_gold_file(shared_dir):
    for name, pattern in SOURCES.items():
        if not (DEV / name).is_dir():
            continue
        folder = (shared_dir / pattern).parent
        texts = {p.stem for p in folder.glob("*.txt")}
        gold = {p.stem for p in (DEV / name).glob("*.jsonl")}
        assert texts == gold, f"{name}: texts without gold {sorted(texts - gold)}, gold without text {sorted(gold - texts)}"


def test_splits_cover_every_gold_file_exactly_once():
    splits = json.loads(SPLITS.read_text(encoding="utf-8"))
    for own in sorted(DEV.glob("*/split.json")):  # a set may keep its split in its own folder (synthetic/)
        splits.update(json.loads(own.read_text(encoding="utf-8")))
    listed: list[tuple[str, str]] = []
    for name, parts in splits.items():
        assert set(parts) == {"test", "tune"}, f"{name}: splits {sorted(parts)}"
        for stems in parts.values():
            listed.extend((name, stem) for stem in stems)
    assert len(listed) == len(set(listed)), "a gold file is listed twice"
    gold = {(dev_set(p), p.stem) for p in GOLD_FILES}
    assert set(listed) == gold, f"unlisted {sorted(gold - set(listed))}, listed without gold {sorted(set(listed) - gold)}"


def test_abstracts_test_split_is_every_third_text():
    parts = json.loads(SPLITS.read_text(encoding="utf-8")).get("abstracts")
    if parts is None:
        pytest.skip("no abstracts split")
    assert all(int(s[:2]) % 3 == 0 for s in parts["test"])
    assert all(int(s[:2]) % 3 != 0 for s in parts["tune"])



# -- chemprot/: one ChemProt sentence per gold file (scripts/export_chemprot_dev.py) --------------

CHEMPROT = DEV / "chemprot"
CHEMPROT_FILES = sorted(CHEMPROT.glob("*.jsonl"))


def _chemprot_exporter():
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("export_chemprot_dev", ROOT / "scripts" / "export_chemprot_dev.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return sys.modules[spec.name]


@pytest.fixture(scope="module")
def chemprot_sentences(shared_dir) -> dict[str, str]:
    exporter = _chemprot_exporter()
    data = shared_dir / "data" / "relations" / "chemprot"
    if not data.is_dir():
        pytest.skip("no ChemProt data under ../shared")
    return {s.doc_id: s.text for s in exporter.select_sentences(data)}


def test_chemprot_marks_are_stripped_with_their_spaces():
    strip = _chemprot_exporter().strip_marks
    assert strip("the << Ang II >>-induced rise; [[ valsartan ]], 51%") == "the Ang II-induced rise; valsartan, 51%"
    assert strip("an agonist [[[ eformoterol ]]] and << A >>>B") == "an agonist [eformoterol] and A>B"


def test_chemprot_gold_records_quote_the_exported_sentence(chemprot_sentences):
    assert CHEMPROT_FILES, "no annotations/dev/chemprot/*.jsonl"
    for path in CHEMPROT_FILES:
        assert path.stem in chemprot_sentences, f"{path.name}: not a selected ChemProt sentence"
        sentence = chemprot_sentences[path.stem]
        for n, row in enumerate(load(path), 1):
            assert row["section"] == "abstract", f"{path.name}:{n}: section {row['section']!r}"
            assert row["evidence"] == sentence, f"{path.name}:{n}: evidence is not the exported sentence"
            assert row["regulator"] in sentence and row["therapy"] in sentence, f"{path.name}:{n}: not as written"


def test_every_selected_chemprot_sentence_has_a_gold_file(chemprot_sentences):
    gold = {p.stem for p in CHEMPROT_FILES}
    assert gold == set(chemprot_sentences), (
        f"sentences without gold {sorted(set(chemprot_sentences) - gold)}, gold without sentence {sorted(gold - set(chemprot_sentences))}"
    )


def test_chemprot_test_split_is_every_third_sorted_id():
    parts = json.loads(SPLITS.read_text(encoding="utf-8")).get("chemprot")
    if parts is None:
        pytest.skip("no chemprot split")
    ids = sorted(parts["test"] + parts["tune"])
    assert parts["test"] == [d for i, d in enumerate(ids) if i % 3 == 0]
    assert parts["tune"] == [d for i, d in enumerate(ids) if i % 3 != 0]

# --- BC5CDR (annotations/dev/bc5cdr/): the texts are exported from the PubTator files, not stored as
# one file each under ../shared, so the evidence check exports them into a temporary folder first.

BC5CDR = DEV / "bc5cdr"


def _bc5cdr_exporter():
    import importlib.util

    spec = importlib.util.spec_from_file_location("export_bc5cdr_dev", ROOT / "scripts" / "export_bc5cdr_dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bc5cdr_texts(tmp_path_factory, shared_dir):
    data = shared_dir / "data" / "ner" / "bc5cdr"
    if not all((data / name).is_file() for name in ("CDR_TrainingSet.PubTator.txt", "CDR_DevelopmentSet.PubTator.txt")):
        pytest.skip("BC5CDR PubTator files absent")
    out = tmp_path_factory.mktemp("bc5cdr")
    written = _bc5cdr_exporter().export(data, out)
    return {p.stem: p.read_text(encoding="utf-8") for p in written}


def test_bc5cdr_every_selected_abstract_has_a_gold_file(bc5cdr_texts):
    gold = {p.stem for p in BC5CDR.glob("*.jsonl")}
    assert gold == set(bc5cdr_texts), f"texts without gold {sorted(set(bc5cdr_texts) - gold)}, gold without text {sorted(gold - set(bc5cdr_texts))}"


def test_bc5cdr_evidence_is_printed_verbatim_in_its_part(bc5cdr_texts):
    for path in sorted(BC5CDR.glob("*.jsonl")):
        title, _, abstract = bc5cdr_texts[path.stem].partition("\n\n")
        for n, row in enumerate(load(path), 1):
            assert row["section"] in ("title", "abstract"), f"{path.name}:{n}: section {row['section']!r}"
            if row["section"] == "title":
                assert row["evidence"] == title, f"{path.name}:{n}: section title but evidence is not the title line"
            else:
                assert row["evidence"] in abstract, f"{path.name}:{n}: evidence not in the abstract"
            assert row["regulator"] in row["evidence"] and row["therapy"] in row["evidence"], f"{path.name}:{n}"


def test_bc5cdr_split_is_pmid_mod_3():
    parts = json.loads(SPLITS.read_text(encoding="utf-8")).get("bc5cdr")
    assert parts is not None, "no bc5cdr split"
    assert sorted(parts["test"] + parts["tune"], key=int) == sorted((p.stem for p in BC5CDR.glob("*.jsonl")), key=int)
    assert all(int(s) % 3 == 0 for s in parts["test"])
    assert all(int(s) % 3 != 0 for s in parts["tune"])


def test_bc5cdr_leaves_out_the_abstracts_the_biored_set_holds(bc5cdr_texts, shared_dir):
    """A text both corpora hold belongs to one dev set only, so it can't be tune in one and test in the other."""
    exporter = _bc5cdr_exporter()
    in_biored = exporter.biored_pmids(shared_dir / "data" / "relations" / "biored")
    if not in_biored:
        pytest.skip("no BioRED data under ../shared")
    assert not in_biored & set(bc5cdr_texts)
    assert not in_biored & {p.stem for p in BC5CDR.glob("*.jsonl")}
