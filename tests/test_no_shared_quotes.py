"""No text of ``../shared/data`` is copied into the repo (``scripts/check_shared_quotes.py``).

The repo-wide check runs the scanner over every tracked file against the real shared data
(skipped when ``../shared`` is absent) and fails on any hit outside the classes
``models/provenance/shared_quotes.json`` allows (gold under ``annotations/``, the shipped
review, stock publisher phrases). The other tests run the scanner on small invented repos
and shared folders, one per class of input it must handle.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"

_spec = importlib.util.spec_from_file_location("check_shared_quotes", ROOT / "scripts" / "check_shared_quotes.py")
csq = importlib.util.module_from_spec(_spec)
sys.modules["check_shared_quotes"] = csq
_spec.loader.exec_module(csq)

CLASSES = {
    "window": 8,
    "shipped_corpus": ["corpus/*.txt"],
    "skip": [{"glob": "models/lexicons/*", "why": "names"}],
    "report_only": [{"class": "gold-evidence", "glob": "annotations/*.jsonl", "why": "gold"}],
    "stock_phrases": {"why": "furniture", "phrases": ["The authors declare that no conflict of interest of any kind exists."]},
}

# an invented "shared" paper
PAPER = ("Quokka kinase 7 phosphorylates the outer membrane anchor and thereby slows the clearance of swollen "
         "mitochondria in kidney tubule cells exposed to lithium. The authors declare that no conflict of "
         "interest of any kind exists. Table 2 lists 1 2 3 4 5 6 7 8 9 10.")


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _scan(tmp_path: Path, repo_files: dict[str, str], shared_files: dict[str, str] | None = None) -> list:
    shared = _tree(tmp_path / "shared", shared_files or {"papers/p1.txt": PAPER})
    repo = _tree(tmp_path / "repo", repo_files)
    return csq.scan(repo, shared, CLASSES)


def test_repo_holds_no_text_copied_from_the_shared_data():
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent (fresh clone without the shared data)")
    start = time.process_time()  # CPU seconds: the bound holds however loaded the machine is
    hits = csq.scan(ROOT, SHARED_DATA)
    elapsed = time.process_time() - start
    copies = [h.line() for h in hits if h.fails]
    assert not copies, ("text of ../shared/data copied into the repo; replace it by an invented example of the same "
                        "class (scripts/check_shared_quotes.py):\n" + "\n".join(copies))
    assert elapsed < 20, f"scan took {elapsed:.1f} CPU s"


def test_quote_in_a_code_comment_spread_over_lines_is_found_with_its_line_range(tmp_path):
    code = ("def f():\n"
            "    # Quokka kinase 7 phosphorylates the outer membrane\n"
            "    # anchor and thereby slows the clearance of swollen mitochondria\n"
            "    return 1\n")
    hits = _scan(tmp_path, {"pipeline/x.py": code})
    assert [(h.path, h.first_line, h.last_line, h.kind) for h in hits] == [("pipeline/x.py", 2, 3, "copy")]
    assert hits[0].sources == ["papers/p1.txt"]


def test_seven_shared_words_in_a_row_are_no_hit(tmp_path):
    hits = _scan(tmp_path, {"tests/t.py": 'S = "the outer membrane anchor and thereby slows"\n'})
    assert hits == []


def test_quote_with_xml_tags_and_escapes_matches_the_plain_shared_text(tmp_path):
    xml = ('X = "<p>Quokka kinase 7 <italic>phosphorylates</italic> the outer membrane anchor and\\n'
           'thereby slows the clearance</p>"\n')
    hits = _scan(tmp_path, {"tests/t.py": xml})
    assert [h.kind for h in hits] == ["copy"]


def test_plain_quote_matches_shared_jats_markup(tmp_path):
    shared = {"jats/a.nxml": "<article><body><p>Quokka kinase 7 <italic>phosphorylates</italic> the outer "
                             "membrane anchor and thereby slows the clearance</p></body></article>"}
    hits = _scan(tmp_path, {"README.md": "Example: Quokka kinase 7 phosphorylates the outer membrane anchor.\n"}, shared)
    assert [h.kind for h in hits] == ["copy"]


def test_shared_markup_alone_is_no_quote(tmp_path):
    markup = '<ref id="b1"><mixed-citation publication-type="journal"><person-group person-group-type="author">'
    shared = {"jats/a.nxml": f"<article>{markup}<name><surname>Quist</surname></name></article>"}
    hits = _scan(tmp_path, {"tests/t.py": f"X = '{markup}<name><surname>Okafor</surname></name>'\n"}, shared)
    assert hits == []


def test_window_of_numbers_only_is_no_quote(tmp_path):
    hits = _scan(tmp_path, {"tests/t.py": "M = [1, 2, 3, 4, 5, 6, 7, 8, 9]\n"})
    assert hits == []


def test_gold_evidence_is_its_own_class_and_does_not_fail(tmp_path):
    gold = json.dumps({"evidence": "Quokka kinase 7 phosphorylates the outer membrane anchor and thereby slows it."})
    hits = _scan(tmp_path, {"annotations/dev/x/p1.jsonl": gold + "\n"})
    assert [(h.kind, h.fails) for h in hits] == [("gold-evidence", False)]


def test_stock_phrase_does_not_fail_but_text_around_it_does(tmp_path):
    hits = _scan(tmp_path, {"scripts/gen.py": 'A = "Competing: The authors declare that no conflict of interest of any kind exists."\n'})
    assert [h.kind for h in hits] == ["stock-phrase"]
    hits = _scan(tmp_path / "b", {"scripts/gen.py": 'A = "exposed to lithium. The authors declare that no conflict"\n'})
    assert [h.kind for h in hits] == ["copy"]


def test_text_also_in_the_shipped_review_does_not_fail(tmp_path):
    repo = {"corpus/review.txt": "Intro. Quokka kinase 7 phosphorylates the outer membrane anchor and thereby slows it.\n",
            "tests/t.py": 'S = "Quokka kinase 7 phosphorylates the outer membrane anchor and"\n'}
    hits = _scan(tmp_path, repo)
    assert [(h.path, h.kind) for h in hits] == [("tests/t.py", "shipped-review")]


def test_skipped_lexicon_file_is_not_scanned(tmp_path):
    hits = _scan(tmp_path, {"models/lexicons/names.jsonl": "Quokka kinase 7 phosphorylates the outer membrane anchor and thereby\n"})
    assert hits == []


def test_command_without_shared_folder_says_so_and_passes(tmp_path, capsys):
    assert csq.main(["--repo", str(tmp_path), "--shared", str(tmp_path / "absent")]) == 0
    assert "no shared data folder" in capsys.readouterr().out
