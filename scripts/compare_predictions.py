"""Compare two prediction folders byte for byte (a speed change must leave every record identical).

Run: ``python scripts/compare_predictions.py BEFORE_DIR AFTER_DIR``. Walks both folders
(``*.jsonl`` at any depth, e.g. ``OUT/<set>/<stem>.jsonl`` of ``benchmarks/relations_dev.py``),
prints one line per file that differs or exists on one side only, then a summary line;
exit status 0 when every file is identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def jsonl_files(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*.jsonl"))}


def compare(before: Path, after: Path) -> list[str]:
    """One line per difference (``only in before``, ``only in after``, ``differs: first at line N``)."""
    a, b = jsonl_files(before), jsonl_files(after)
    out = []
    for name in sorted(a.keys() | b.keys()):
        if name not in b:
            out.append(f"only in {before}: {name}")
        elif name not in a:
            out.append(f"only in {after}: {name}")
        else:
            old, new = a[name].read_bytes(), b[name].read_bytes()
            if old != new:
                lines_old, lines_new = old.splitlines(), new.splitlines()
                first = next((k for k, (x, y) in enumerate(zip(lines_old, lines_new), 1) if x != y),
                             min(len(lines_old), len(lines_new)) + 1)
                out.append(f"differs: {name} (first at line {first}; {len(lines_old)} -> {len(lines_new)} lines)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    for folder in (args.before, args.after):
        if not folder.is_dir():
            print(f"compare_predictions: {folder}: not a folder", file=sys.stderr)
            return 1
    differences = compare(args.before, args.after)
    for line in differences:
        print(line)
    total = len(jsonl_files(args.before).keys() | jsonl_files(args.after).keys())
    print(f"{total} files, {len(differences)} differ" + ("" if differences else ": identical"))
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
