"""Benchmark of the JATS reader: structure found per file, speed, and time to refuse malicious XML.

    python benchmarks/jats_bench.py [FOLDER ...] [--repeat N]

Default folders: ``../shared/data/jats/pmc`` and ``../shared/data/jats/elife``.
Per file: sections, paragraphs, references, bibr xrefs linked / in the XML
(counted here with lxml, independently of the reader; linked = the xref's rid
is a reference of the list and its position is among the marker's numbers),
tables, figures, seconds (best of N). Then the seconds to refuse each
malicious input class (billion laughs, quadratic blow-up, external entity,
remote DTD via a parameter entity, deep nesting), with network access
blocked for the whole run.
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.errors import InputError  # noqa: E402
from pipeline.ingest import ingest_path  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "jats"
TAIL = "<article><front><article-meta><title-group><article-title>T</article-title></title-group></article-meta></front><body><p>&{};</p></body></article>"
MALICIOUS = {
    "billion laughs": '<?xml version="1.0"?><!DOCTYPE article [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + "]>" + TAIL.format("lol9"),
    "quadratic blow-up": '<?xml version="1.0"?><!DOCTYPE article [<!ENTITY a "' + "x" * 100_000 + '">]>'
    + TAIL.format("a;&a;&a" * 1000),
    "external entity": '<?xml version="1.0"?><!DOCTYPE article [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + TAIL.format("x"),
    "remote DTD (parameter entity)": '<?xml version="1.0"?><!DOCTYPE article [<!ENTITY % d SYSTEM "http://127.0.0.1:9/e.dtd"> %d;]>'
    + TAIL.format("x"),
    "deep nesting (100k)": TAIL.replace("<p>&{};</p>", "<p>" + "<italic>" * 100_000 + "x" + "</italic>" * 100_000 + "</p>"),
}


def _no_network(*args, **kwargs):
    raise RuntimeError("network access attempted")


def xml_xrefs(path: Path) -> tuple[list[str], dict[str, int]]:
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)).getroot()
    parts = "/article/front|/article/body|/article/back|/article/floats-group"
    rids = [rid for x in root.xpath(f"({parts})//xref[@ref-type='bibr']") for rid in x.get("rid", "").split()]
    positions = {r.get("id"): i for i, r in enumerate(root.xpath("/article/back//ref-list//ref"), 1)}
    return rids, positions


def bench_file(path: Path, repeat: int) -> dict:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        doc = ingest_path(path)
        best = min(best, time.perf_counter() - start)
    rids, positions = xml_xrefs(path)
    linked = sum(
        1 for c in doc.citations for rid in c.targets if rid in positions and positions[rid] in c.numbers
    )
    return {
        "file": path.name,
        "sections": len(doc.sections),
        "paragraphs": sum(len(s.paragraphs) for s in doc.sections),
        "references": len(doc.references),
        "dois": sum(1 for r in doc.references if r.doi),
        "xrefs": f"{linked}/{len(rids)}",
        "tables": len(doc.tables),
        "rows": sum(len(t.rows) for t in doc.tables),
        "figures": len(doc.figures),
        "seconds": best,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[SHARED / "pmc", SHARED / "elife"])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    socket.socket.connect = _no_network  # type: ignore[method-assign]
    files = [f for folder in args.folders for f in sorted(folder.glob("*")) if f.suffix.lower() in (".xml", ".nxml")]
    if not files:
        print(f"no .xml/.nxml files in {', '.join(map(str, args.folders))}", file=sys.stderr)
        return 1
    header = f"{'file':28} {'sect':>4} {'para':>4} {'refs':>4} {'doi':>4} {'xrefs linked':>12} {'tabs':>4} {'rows':>4} {'figs':>4} {'s':>6}"
    print(header)
    total, linked_all, xrefs_all = 0.0, 0, 0
    for path in files:
        r = bench_file(path, args.repeat)
        total += r["seconds"]
        linked, count = map(int, r["xrefs"].split("/"))
        linked_all, xrefs_all = linked_all + linked, xrefs_all + count
        print(f"{r['file'][:28]:28} {r['sections']:4} {r['paragraphs']:4} {r['references']:4} {r['dois']:4} {r['xrefs']:>12} "
              f"{r['tables']:4} {r['rows']:4} {r['figures']:4} {r['seconds']:6.3f}")
    size = sum(f.stat().st_size for f in files)
    print(f"{len(files)} files, {size / 1e6:.2f} MB: xrefs linked {linked_all}/{xrefs_all}, {total:.2f} s "
          f"({size / 1e6 / total:.2f} MB/s, best of {args.repeat})")
    print("\nmalicious input                 refused as            seconds")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in MALICIOUS.items():
            path = Path(tmp) / "bad.xml"
            path.write_text(text, encoding="utf-8")
            start = time.perf_counter()
            try:
                ingest_path(path)
                outcome = "ACCEPTED (!)"
            except InputError as exc:
                outcome = exc.reason_code
            print(f"{name:31} {outcome:20} {time.perf_counter() - start:8.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
