"""PDF reading speed side by side (issue 13): our ingest vs the engines' bare text extraction.

For every PDF, in one run and interleaved (the machine is shared), ms per page of:

- ``ingest``: ``ingest_path`` (the PDF reader with the default engine, then the
  assembler: sections, sentences, references, citations);
- ``reader``: ``pdf_to_blocks`` alone (the PDF reader, no assembler);
- ``plumber``: pdfplumber's ``extract_words(extra_attrs=["fontname", "size"])`` over all pages
  (what the reader called before issue 13);
- ``pdfium``: pypdfium2's bare character extraction: every character's Unicode
  value and box through the raw API (``FPDFText_GetUnicode``, ``FPDFText_GetCharBox``);
- ``pdftotext``: poppler's ``pdftotext -layout`` (when installed), a subprocess.

One untimed warm-up run first (imports, the spaCy pipeline).  Times are CPU seconds of the work (``time.process_time``; the children's CPU for
``pdftotext``), which other jobs on a shared machine disturb far less than
wall-clock time; the wall-clock total is printed too.  Ratios are over the
pages of all PDFs: ``ingest/plumber`` (issue 13's target <= 0.3) and
``ingest/pdfium`` (target <= 4).

Run: ``mitominer bench-pdf FOLDER --speed-only [--speed-extra DIR ...]`` or
``python benchmarks/pdf_speed.py DIR [DIR ...] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import ctypes
import logging
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

TOOLS = ("ingest", "reader", "plumber", "pdfium", "pdftotext")


@dataclass
class SpeedRow:
    pdf: str
    pages: int = 0
    cpu: dict[str, float] = field(default_factory=dict)  # tool -> CPU seconds (best of N)
    wall: dict[str, float] = field(default_factory=dict)  # tool -> wall seconds (best of N)
    error: str = ""


def _ingest(path: Path) -> None:
    from pipeline.ingest import ingest_path

    ingest_path(path)


def _reader(path: Path) -> None:
    from pipeline.ingest.pdf import pdf_to_blocks

    pdf_to_blocks(path)


def _plumber(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words(extra_attrs=["fontname", "size"])
        return len(pdf.pages)


def _pdfium(path: Path) -> None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as R

    doc = pdfium.PdfDocument(str(path))
    try:
        l, b, r, t = (ctypes.c_double() for _ in range(4))
        for i in range(len(doc)):
            page = doc[i]
            tp = R.FPDFText_LoadPage(page.raw)
            for k in range(R.FPDFText_CountChars(tp)):
                R.FPDFText_GetUnicode(tp, k)
                R.FPDFText_GetCharBox(tp, k, l, r, b, t)
            R.FPDFText_ClosePage(tp)
            page.close()
    finally:
        doc.close()


def _pdftotext(path: Path) -> None:
    subprocess.run(["pdftotext", "-layout", str(path), "-"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _timed(fn, path: Path, child: bool = False) -> tuple[float, float]:
    wall0, cpu0, ch0 = time.perf_counter(), time.process_time(), _children_cpu()
    fn(path)
    wall = time.perf_counter() - wall0
    cpu = (_children_cpu() - ch0) if child else (time.process_time() - cpu0)
    return cpu, wall


def speed_rows(paths: list[Path], repeat: int = 1, only: tuple[str, ...] = TOOLS) -> list[SpeedRow]:
    """One row per PDF: CPU and wall seconds of every tool (of ``only``), best of ``repeat`` interleaved runs."""
    from pipeline.errors import InputError

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    tools = {"ingest": _ingest, "reader": _reader, "plumber": _plumber, "pdfium": _pdfium}
    tools = {k: v for k, v in tools.items() if k in only}
    have_pdftotext = "pdftotext" in only and shutil.which("pdftotext") is not None
    if paths:  # warm-up, untimed: imports, the spaCy sentencizer, pdfplumber's and PDFium's first load
        for fn in tools.values():
            try:
                fn(paths[0])
            except Exception:  # the timed run reports it
                pass
        if "ingest" in tools or "reader" in tools:
            # what a batch worker loads before its first paper (``preload_ingest``, ``preload_loaders``): the
            # cached loaders the first PDF did not reach (``scipy.ndimage`` of the furniture filter, about 0.5 s
            # of CPU, was counted in the first PDF with vector drawings), so ms/page is the steady per-page cost
            from pipeline.batch.task import preload_ingest, preload_loaders

            preload_ingest()
            preload_loaders()
    rows = []
    for path in paths:
        row = SpeedRow(pdf=path.name)
        try:
            import pypdfium2 as pdfium

            row.pages = len(pdfium.PdfDocument(str(path)))
            for _ in range(max(1, repeat)):
                for name, fn in tools.items():
                    cpu, wall = _timed(fn, path)
                    row.cpu[name] = min(cpu, row.cpu.get(name, cpu))
                    row.wall[name] = min(wall, row.wall.get(name, wall))
                if have_pdftotext:
                    cpu, wall = _timed(_pdftotext, path, child=True)
                    row.cpu["pdftotext"] = min(cpu, row.cpu.get("pdftotext", cpu))
                    row.wall["pdftotext"] = min(wall, row.wall.get("pdftotext", wall))
        except InputError as exc:
            row.error = exc.reason
        except Exception as exc:  # a tool that cannot read the file: the row says so, the run goes on
            row.error = f"{type(exc).__name__}: {exc}"
        rows.append(row)
    return rows


def machine_line() -> str:
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    return f"machine: {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, load average {load}"


def speed_table(rows: list[SpeedRow]) -> str:
    """ms/page (CPU) per tool and PDF, the totals and the ratios."""
    present = [t for t in TOOLS if any(t in r.cpu for r in rows)]
    head = f"{'pdf':<40} {'pages':>5} " + " ".join(f"{t + '_ms/pg':>14}" for t in present)
    out = [head]
    for r in rows:
        if r.error:
            out.append(f"{r.pdf[:40]:<40} error: {r.error}")
            continue
        out.append(f"{r.pdf[:40]:<40} {r.pages:>5} " + " ".join(f"{1000 * r.cpu[t] / max(r.pages, 1):>14.1f}" for t in present))
    ok = [r for r in rows if not r.error]
    pages = sum(r.pages for r in ok)
    tot = {t: sum(r.cpu.get(t, 0.0) for r in ok) for t in present}
    walls = {t: sum(r.wall.get(t, 0.0) for r in ok) for t in present}
    out.append(f"{'all (' + str(len(ok)) + ' PDFs)':<40} {pages:>5} " + " ".join(f"{1000 * tot[t] / max(pages, 1):>14.1f}" for t in present))
    out.append("wall-clock s: " + ", ".join(f"{t} {walls[t]:.1f}" for t in present))

    def ratio(a: str, b: str) -> str:
        return f"{tot[a] / tot[b]:.3f}" if tot.get(a) is not None and tot.get(b) else "n/a"  # a tool left out by --tools: n/a

    out.append(
        f"ratios (CPU, all pages): ingest/plumber {ratio('ingest', 'plumber')} (target <= 0.3), "
        f"ingest/pdfium {ratio('ingest', 'pdfium')} (target <= 4), reader/pdfium {ratio('reader', 'pdfium')}"
        + (f", ingest/pdftotext {ratio('ingest', 'pdftotext')}" if "pdftotext" in tot else ", pdftotext not installed")
    )
    return "\n".join(out)


def pdfs_in(folders: list[Path]) -> list[Path]:
    out: list[Path] = []
    for f in folders:
        out.extend(sorted(f.glob("*.pdf")) if f.is_dir() else [f])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--repeat", type=int, default=1, help="best of N interleaved runs")
    ap.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset of " + ",".join(TOOLS) + " (all by default)")
    args = ap.parse_args(argv)
    only = tuple(t.strip() for t in args.tools.split(",") if t.strip())
    print(machine_line())
    print(speed_table(speed_rows(pdfs_in(args.folders), args.repeat, only)))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
