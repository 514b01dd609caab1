"""The expensive hostile inputs, timed: seconds, seconds per MB and peak memory for each.

    python benchmarks/hostile_bench.py [--sizes 60,120,240] [--timeout 120]
    python benchmarks/hostile_bench.py --ingest-only [--root CHECKOUT] [--cap-mb 6144] --only stream-bomb.pdf --sizes 2300

Each input is built in a temporary folder and run through ``mitominer run`` (a
subprocess per input, 1 worker, real stages) with ``--timeout`` and the default
memory cap; the row gives the wall seconds, the failure code (or ``ok``), the
worker's peak RSS as the cache entry reports it, and seconds per MB of input.
Growing sizes show whether a path is linear. Not a test: figures for the README.

``--ingest-only`` times ingestion alone (``pipeline.ingest.ingest_bytes``: PDF
reading, blocks, sentences) in a child process started in ``--root`` (default
this checkout; give an older checkout for "before" figures), under an
address-space cap (``--cap-mb``) and ``--timeout``, so that a bomb cannot take the
machine down; the row gives the child's CPU seconds and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import base64
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def nested_parens(kb: int) -> bytes:
    unit = "Mitophagy protects cells ((((((((((((((((((((cisplatin)))))))))))))))))))) here. "
    return ("Title\n\n" + "(" * (kb * 512) + unit * (kb * 6)).encode()


def long_paragraph(kb: int) -> bytes:
    sentence = "Loss of PINK1 sensitizes hepatocellular carcinoma cells to sorafenib (12). "
    return ("A long paragraph\n\nAbstract\n\n" + sentence * (kb * 1024 // len(sentence))).encode()


def unclosed_citations(kb: int) -> bytes:
    return ("Title\n\nAbstract\n\nPINK1 promotes resistance (" + ", ".join(str(i) for i in range(kb * 200)) + "\n").encode()


def one_page_pdf(content: bytes, filters: tuple[str, ...] = ("FlateDecode",), extra_objects: list[bytes] = ()) -> bytes:
    """A one-page PDF whose content stream is ``content`` encoded with ``filters`` (outermost first)."""
    stream = content
    for name in reversed(filters):
        stream = {"FlateDecode": lambda b: zlib.compress(b, 9), "ASCIIHexDecode": lambda b: b.hex().encode() + b">",
                  "ASCII85Decode": lambda b: base64.a85encode(b) + b"~>"}[name](stream)  # fmt: skip
    filter_entry = b"/Filter [%s] " % b" ".join(b"/" + f.encode() for f in filters) if filters else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d %s>>\nstream\n" % (len(stream), filter_entry) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *extra_objects,
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def tiny_words_pdf(kb: int) -> bytes:
    words = b"".join(b"BT /F1 1 Tf %d %d Td (a) Tj ET\n" % (i % 600, (i // 600) % 780) for i in range(kb * 800))
    return one_page_pdf(words)


def drawing_operators_pdf(kb: int) -> bytes:
    return one_page_pdf(b"".join(b"%d %d m %d %d l S\n" % (i % 600, i % 700, i % 500, i % 400) for i in range(kb * 1000)))


def stream_bomb_pdf(kb: int) -> bytes:
    return one_page_pdf(b" " * (kb * 1024 * 1024))  # compresses ~1000:1


INPUTS = {
    "nested-parens.txt": nested_parens,
    "long-paragraph.txt": long_paragraph,
    "unclosed-citations.txt": unclosed_citations,
    "tiny-words.pdf": tiny_words_pdf,
    "drawing-operators.pdf": drawing_operators_pdf,
    "stream-bomb.pdf": stream_bomb_pdf,
}


def run_one(name: str, data: bytes, timeout: float, root: Path = ROOT) -> dict:
    with tempfile.TemporaryDirectory(prefix="mitominer-hostile-") as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        corpus.mkdir()
        (corpus / name).write_bytes(data)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(out), "--quiet", "--timeout", str(timeout)],
            cwd=root, capture_output=True, text=True, timeout=timeout * 3 + 120,
        )
        seconds = time.perf_counter() - start
        result = {"status": f"exit {done.returncode}", "rss_mb": 0.0, "cpu": 0.0}
        for entry in (out / "cache").glob("*.json"):
            cached = json.loads(entry.read_text(encoding="utf-8"))
            result["status"] = "ok" if cached["status"] == "ok" else cached["reason_code"]
            result["rss_mb"] = cached.get("worker", {}).get("peak_rss_kb", 0) / 1024
            result["cpu"] = sum(v for k, v in cached.get("timings", {}).items() if k.endswith("_cpu"))
        return {"seconds": seconds, **result}


_INGEST_CHILD = """
import json, sys
from pathlib import Path
from pipeline.errors import InputError
from pipeline.ingest import ingest_bytes
path = Path(sys.argv[1])
data = path.read_bytes()
try:
    doc = ingest_bytes(path, data, "0" * 64)
    status = "ok (%d sentences)" % sum(len(p.sentences) for s in doc.sections for p in s.paragraphs)
except InputError as exc:
    status = "%s: %s" % (exc.reason_code, exc.reason[:80])
except MemoryError:
    status = "MemoryError"
print(json.dumps({"status": status}))
"""


def ingest_one(name: str, data: bytes, timeout: float, root: Path, cap_mb: int) -> dict:
    """Ingestion alone, in a child process under an address-space cap and a timeout: CPU seconds and peak RSS."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap_mb * 1024 * 1024, cap_mb * 1024 * 1024))

    with tempfile.TemporaryDirectory(prefix="mitominer-hostile-") as tmp:
        paper, out_file, err_file = Path(tmp) / name, Path(tmp) / "out", Path(tmp) / "err"
        paper.write_bytes(data)
        with out_file.open("w") as out, err_file.open("w") as err:
            proc = subprocess.Popen([sys.executable, "-c", _INGEST_CHILD, str(paper)], cwd=root, preexec_fn=cap, stdout=out, stderr=err)
        deadline, killed = time.monotonic() + timeout, False
        while True:  # wait4, not Popen.wait: this child's own peak RSS, not the maximum over all children
            pid, code, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline and not killed:
                proc.kill()
                killed = True
            time.sleep(0.05)
        lines, err_lines = out_file.read_text().strip().splitlines(), err_file.read_text().strip().splitlines()
    try:
        row = json.loads(lines[-1])
    except (ValueError, IndexError):
        row = {"status": f"killed at the {timeout:g} s timeout" if killed else f"exit {code}: {(err_lines or [''])[-1][:80]}"}
    row["cpu"] = usage.ru_utime + usage.ru_stime
    return {"status": row["status"], "cpu": row["cpu"], "rss_mb": usage.ru_maxrss / 1024}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="60,120,240", help="input sizes to build, in KB of the generator's unit")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--only", default="", help="comma-separated input names")
    parser.add_argument("--ingest-only", action="store_true", help="time ingestion alone, in a capped child process")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose pipeline runs (an older one for before figures)")
    parser.add_argument("--cap-mb", type=int, default=6144, help="address-space cap of the --ingest-only child")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    names = [n for n in INPUTS if not args.only or n in args.only.split(",")]
    if args.ingest_only:
        print(f"load average {os.getloadavg()[0]:.2f}; ingestion only, {args.root}; timeout {args.timeout:g} s; cap {args.cap_mb} MB")
        print(f"{'input':24} {'size':>6} {'MB':>7} {'cpu_s':>7} {'peak_rss_mb':>11}  result")
        for name in names:
            for kb in sizes:
                data = INPUTS[name](kb)
                row = ingest_one(name, data, args.timeout, args.root.resolve(), args.cap_mb)
                cpu = f"{row['cpu']:.1f}" if row["cpu"] is not None else "-"
                print(f"{name:24} {kb:>6} {len(data) / 1e6:>7.2f} {cpu:>7} {row['rss_mb']:>11.0f}  {row['status']}", flush=True)
        return 0
    print(f"load average {os.getloadavg()[0]:.2f}; timeout {args.timeout:g} s per paper; 1 worker, real stages")
    print(f"{'input':24} {'size':>6} {'MB':>7} {'seconds':>8} {'s/MB':>7} {'stage_cpu_s':>11} {'peak_rss_mb':>11}  result")
    for name in names:
        for kb in sizes:
            data = INPUTS[name](kb)
            row = run_one(name, data, args.timeout, args.root.resolve())
            mb = len(data) / 1e6
            print(f"{name:24} {kb:>6} {mb:>7.2f} {row['seconds']:>8.1f} {row['seconds'] / mb:>7.1f} {row['cpu']:>11.1f} {row['rss_mb']:>11.0f}  {row['status']}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
