"""The curator's report: pages and links on a real run, conflicts, escaping, safe file names,
and (where Chromium is installed) that the overview renders with its table and chart."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pyarrow.parquet as pq
import pytest

from conftest import ROOT, REVIEW_HTML_TEXT, REVIEW_PDF_TEXT
from pipeline.aggregate import conflict_groups, pair_rows
from pipeline.batch.dataset import rows_to_table, write_table_files
from pipeline.batch.schema import TABLE_NAMES
from pipeline.report import build_report
from pipeline.report.render import page_name


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "href" in attrs:
            self.hrefs.append(attrs["href"])
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _check_links(report: Path) -> int:
    """Every relative link of every page points at a file of the report, and its anchor exists."""
    pages = sorted(report.rglob("*.html"))
    parsed = {p: _parse(p) for p in pages}
    checked = 0
    for page, links in parsed.items():
        for href in links.hrefs:
            url = urlparse(href)
            if url.scheme in {"http", "https"}:
                assert url.netloc == "doi.org", href  # the only external links: DOIs
                continue
            target = (page.parent / unquote(url.path)).resolve() if url.path else page
            assert target.is_file(), f"{page.name}: broken link {href}"
            if url.fragment:
                assert url.fragment in parsed[target].ids, f"{page.name}: missing anchor {href}"
            checked += 1
    return checked


def _write_dataset(out: Path, tables: dict[str, list[dict]]) -> None:
    folder = out / "dataset"
    folder.mkdir(parents=True)
    for name in TABLE_NAMES:
        write_table_files(folder, name, rows_to_table(name, tables.get(name, [])))


def _record(doc, rid, reg, effect, therapy, cancer="", evidence="", cites=()):
    return {
        "record_id": rid, "doc_id": doc, "regulator": reg, "regulator_ids": [reg], "effect": effect,
        "therapy": therapy, "therapy_id": therapy, "cancer_type": cancer, "citations": list(cites),
        "section": "abstract", "evidence": evidence or f"{reg} changes the response to {therapy}.",
        "confidence": 0.7, "rule": "test",
    }


@pytest.fixture(scope="module")
def review_run(tmp_path_factory) -> Path:
    """``mitominer run`` with the real stages on the review's two text renditions and one bad file."""
    from pipeline.batch.runner import RunOptions, StageUnavailableError, check_stages, run_batch
    from pipeline.batch.task import Stages

    try:
        check_stages(Stages())
    except StageUnavailableError as exc:
        pytest.skip(f"a real stage is missing: {exc}")
    root = tmp_path_factory.mktemp("report")
    corpus = root / "corpus"
    corpus.mkdir()
    for source in (REVIEW_PDF_TEXT, REVIEW_HTML_TEXT):
        shutil.copy(source, corpus / source.name)
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    run_batch(corpus, root / "out", RunOptions(workers=0, quiet=True))
    return root / "out"


def test_report_of_a_real_run_has_every_page_and_no_broken_link(review_run: Path) -> None:
    summary = build_report(review_run)
    report = Path(summary.folder)
    documents = pq.read_table(review_run / "dataset" / "documents.parquet").to_pylist()
    relations = pq.read_table(review_run / "dataset" / "relations.parquet").to_pylist()
    assert (summary.papers, summary.failures, summary.records) == (2, 1, len(relations)) and relations
    assert sorted(p.name for p in (report / "papers").iterdir()) == sorted(page_name(d["doc_id"]) for d in documents)
    assert _check_links(report) > len(relations)  # each record links its paper, citations link references
    overview = (report / "index.html").read_text(encoding="utf-8")
    assert "<svg" in overview and "empty.txt" in overview and 'id="papers"' in overview
    # Each paper page lists exactly its records, each with its evidence.
    for d in documents:
        page = (report / "papers" / page_name(d["doc_id"])).read_text(encoding="utf-8")
        own = [r for r in relations if r["doc_id"] == d["doc_id"]]
        assert page.count('<tr id="rec-') == len(own) == d["n_relations"]
    # The pairs table of the dataset is the same aggregation the report shows.
    pairs = pq.read_table(review_run / "dataset" / "pairs.parquet").to_pylist()
    assert [(p["regulator_id"], p["therapy_id"]) for p in pairs] == [
        (p["regulator_id"], p["therapy_id"]) for p in pair_rows(relations)
    ]
    assert summary.pairs == len(pairs)
    # Building again replaces the report whole.
    assert build_report(review_run).folder == summary.folder and not list(report.parent.glob("*.tmp-report"))


def test_pairs_count_effects_per_regulator_id_and_flag_conflicts() -> None:
    rows = [
        _record("d1", "r1", "PINK1", "promotes_resistance", "cisplatin", "lung cancer"),
        _record("d2", "r2", "pink1", "promotes_sensitivity", "cisplatin", "breast cancer"),
        _record("d2", "r3", "PINK1", "induces_mitophagy", "cisplatin"),
        _record("d1", "r4", "BNIP3", "induces_mitophagy", "sorafenib"),
    ]
    rows[3]["regulator_ids"] = ["BNIP3", "BNIP3L"]  # an axis counts for each member
    pairs = {(p["regulator_id"], p["therapy_id"]): p for p in pair_rows(rows)}
    assert set(pairs) == {("PINK1", "cisplatin"), ("BNIP3", "sorafenib"), ("BNIP3L", "sorafenib")}
    pink = pairs[("PINK1", "cisplatin")]
    assert (pink["n_records"], pink["n_papers"], pink["n_promotes_resistance"], pink["n_promotes_sensitivity"]) == (3, 2, 1, 1)
    assert pink["conflict"] == "resistance" and pink["cancer_types"] == ["breast cancer", "lung cancer"]
    assert pairs[("BNIP3", "sorafenib")]["conflict"] == ""
    (group,) = conflict_groups(pairs.values(), rows)
    assert [cancer for cancer, _ in group["by_cancer"]] == ["breast cancer", "lung cancer"]  # induces r3 is not shown


def test_html_in_titles_and_sentences_renders_as_text(tmp_path: Path) -> None:
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    doc = {"doc_id": "abc123", "title": f"Mitophagy {evil}", "path": f"{evil}.txt", "format": "text",
           "n_relations": 1, "n_entities": 0, "n_references": 1}
    record = _record("abc123", "r1", "PINK1", "promotes_resistance", "cisplatin", evidence=f"PINK1 {evil} protects from cisplatin (1).", cites=[1])
    reference = {"doc_id": "abc123", "reference_id": "x", "number": 1, "authors": [evil], "title": evil,
                 "journal": evil, "doi": '10.1/"><script>alert(2)</script>'}
    failure = {"path": f"bad/{evil}.pdf", "reason_code": "corrupt", "reason": evil, "stage": "ingest"}
    _write_dataset(tmp_path / "out", {"documents": [doc], "relations": [record], "references": [reference], "failures": [failure]})
    report = Path(build_report(tmp_path / "out").folder)
    for page in report.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img" not in html, page.name
        assert all("alert" not in script for script in _parse(page).scripts)  # only our own script runs
    assert "&lt;script&gt;alert" in (report / "papers" / "abc123.html").read_text(encoding="utf-8")


def test_page_names_come_from_doc_ids_never_from_contents(tmp_path: Path) -> None:
    docs = [
        {"doc_id": "../../outside", "title": "../../etc/passwd", "path": "a.txt", "format": "text"},
        {"doc_id": "0123abcd", "title": "index", "path": "b.txt", "format": "text"},
    ]
    _write_dataset(tmp_path / "out", {"documents": docs})
    report = Path(build_report(tmp_path / "out", tmp_path / "rep").folder)
    names = sorted(p.name for p in (report / "papers").iterdir())
    assert "0123abcd.html" in names and len(names) == 2
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+\.html", n) for n in names)
    assert sorted(p.name for p in report.iterdir()) == ["index.html", "pairs.html", "papers"]
    assert not (tmp_path / "outside.html").exists()


def test_report_of_a_folder_without_a_dataset_is_a_one_line_error(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["report", str(tmp_path)])
    assert result.exit_code == 1
    assert "no dataset" in result.output and str(tmp_path) in result.output and "Traceback" not in result.output


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "chromium-headless-shell"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("Chromium is not installed (`apt-get install chromium`; .ci/run installs it when it can)")


def _headless(browser: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1100", *args],
        capture_output=True, text=True, timeout=120,
    )


def test_overview_renders_in_headless_chromium_with_table_and_chart(review_run: Path, tmp_path: Path) -> None:
    browser = _chromium()
    report = Path(build_report(review_run, tmp_path / "report").folder)
    dom = _headless(browser, "--dump-dom", (report / "index.html").as_uri())
    assert dom.returncode == 0, dom.stderr[-500:]
    assert '<table id="papers"' in dom.stdout and "<svg" in dom.stdout and 'class="bar"' in dom.stdout
    from PIL import Image

    shots = {}
    for name, page in (("overview", report / "index.html"), ("pairs", report / "pairs.html"),
                       ("paper", sorted((report / "papers").iterdir())[0])):
        png = tmp_path / f"report-{name}.png"
        done = _headless(browser, f"--screenshot={png}", page.as_uri())
        assert done.returncode == 0 and png.is_file(), done.stderr[-500:]
        with Image.open(png) as image:
            colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
            assert image.size == (1280, 1100) and colours is not None and len(colours) > 20  # not a blank page
        shots[name] = png
    # `MITOMINER_SCREENSHOTS=docs/report pytest tests/test_report.py` refreshes the README's pictures.
    target = os.environ.get("MITOMINER_SCREENSHOTS")
    if target:
        folder = ROOT / target
        folder.mkdir(parents=True, exist_ok=True)
        for name, png in shots.items():
            shutil.copy(png, folder / png.name)
