"""PDF reader benchmark (issue 3): ``python benchmarks/pdf_bench.py [FOLDER] [--repeat=N] [--json]``.

The same as ``mitominer bench-pdf``; the work is done by :mod:`pipeline.ingest.pdf.bench`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.ingest.pdf.bench import DEFAULT_DIR, run_bench


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--repeat", type=int, default=1, help="best of N interleaved runs")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"pdf_bench: {args.folder}: no such folder", file=sys.stderr)
        return 1
    print(run_bench(args.folder, repeat=args.repeat, as_json=args.json))
    return 0


if __name__ == "__main__":
    sys.exit(main())
