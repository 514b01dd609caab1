"""Dataset folder -> the report's HTML pages (Jinja2 templates in ``templates/``, autoescaped)."""

from __future__ import annotations

import hashlib
import re
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from pipeline.aggregate import conflict_groups, pair_rows
from pipeline.atomic import atomic_path
from pipeline.records import EFFECTS
from pipeline.report.chart import bar_chart
from pipeline.report.highlight import segments
from pipeline.report.load import dataset_folder, read_tables

_SAFE_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
TOP_N = 15


@dataclass
class ReportSummary:
    folder: str
    papers: int
    failures: int
    records: int
    pairs: int
    conflicts: int


def page_name(doc_id: str) -> str:
    """The file name of a paper's page: the doc id when it is a plain token, else a hash of it.

    Never derived from document contents (titles, paths), so a paper cannot
    choose where its page is written.
    """
    doc_id = str(doc_id)
    if _SAFE_NAME.fullmatch(doc_id):
        return f"{doc_id}.html"
    return hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:16] + ".html"


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("pipeline.report", "templates"),
        autoescape=True,  # every paper text is data: titles and sentences may hold <script>
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        Path(tmp).write_text(text, encoding="utf-8")


def _top(counter: Counter, n: int = TOP_N) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def _record_view(record: dict[str, Any], entities: list[dict[str, Any]]) -> dict[str, Any]:
    view = dict(record)
    view["segments"] = segments(record, entities)
    view["citations"] = list(record.get("citations") or [])
    view["regulator_ids"] = list(record.get("regulator_ids") or [])
    return view


def build_report(out_dir: Path, dest: Path | None = None) -> ReportSummary:
    """Write the report for ``OUT_DIR``'s dataset into ``dest`` (default ``OUT_DIR/report``)."""
    folder = dataset_folder(Path(out_dir))
    dest = Path(dest) if dest is not None else Path(out_dir) / "report"
    tables = read_tables(folder)
    documents = sorted(tables["documents"], key=lambda d: str(d.get("doc_id")))
    relations = tables["relations"]
    env = _environment()

    names = {str(d["doc_id"]): page_name(d["doc_id"]) for d in documents}
    titles = {str(d["doc_id"]): str(d.get("title") or d.get("path") or d["doc_id"]) for d in documents}
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for record in sorted(relations, key=lambda r: (str(r.get("doc_id")), str(r.get("section")), str(r.get("record_id")))):
        by_doc[str(record["doc_id"])].append(record)
    refs: dict[str, dict[int, dict]] = defaultdict(dict)
    for ref in tables["references"]:
        if ref.get("number") is not None:
            refs[str(ref["doc_id"])][int(ref["number"])] = ref
    ents: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for entity in tables["entities"]:
        ents[(str(entity["doc_id"]), str(entity.get("section") or ""))].append(entity)

    pairs = pair_rows(relations)
    conflicts = conflict_groups(pairs, relations)
    effects = Counter(str(r.get("effect")) for r in relations)
    regulators = Counter(i for r in relations for i in dict.fromkeys(r.get("regulator_ids") or []))
    therapies = Counter(str(r.get("therapy_id")) for r in relations)
    common = {"titles": titles, "pages": names, "effects": EFFECTS}

    tmp_dest = dest.with_name(dest.name + ".tmp-report")
    if tmp_dest.exists():
        shutil.rmtree(tmp_dest)
    overview = env.get_template("index.html.j2").render(
        root="",
        documents=documents,
        failures=sorted(tables["failures"], key=lambda f: str(f.get("path"))),
        n_records=len(relations),
        effect_counts=[(e, effects.get(e, 0)) for e in EFFECTS],
        chart=bar_chart([(e.replace("_", " "), effects.get(e, 0)) for e in EFFECTS]),
        regulators=_top(regulators),
        therapies=_top(therapies),
        n_pairs=len(pairs),
        n_conflicts=len(conflicts),
        **common,
    )
    _write(tmp_dest / "index.html", overview)
    _write(
        tmp_dest / "pairs.html",
        env.get_template("pairs.html.j2").render(root="", pairs=pairs, conflicts=conflicts, **common),
    )
    for document in documents:
        doc_id = str(document["doc_id"])
        records = [_record_view(r, ents.get((doc_id, str(r.get("section") or "")), [])) for r in by_doc.get(doc_id, [])]
        cited = sorted({n for r in records for n in r["citations"]})
        page = env.get_template("paper.html.j2").render(
            root="../",
            document=document,
            records=records,
            cited=[(n, refs[doc_id].get(n)) for n in cited],
            **common,
        )
        _write(tmp_dest / "papers" / names[doc_id], page)
    # Swap the finished report in whole: a reader never sees half of a new one.
    if dest.exists():
        old = dest.with_name(dest.name + ".old-report")
        if old.exists():
            shutil.rmtree(old)
        dest.rename(old)
        tmp_dest.rename(dest)
        shutil.rmtree(old)
    else:
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp_dest.rename(dest)
    return ReportSummary(
        folder=str(dest),
        papers=len(documents),
        failures=len(tables["failures"]),
        records=len(relations),
        pairs=len(pairs),
        conflicts=len(conflicts),
    )
