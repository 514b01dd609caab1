"""Strict figures of every relation dev set, tune and test apart, for one checkout or two side by side.

    python benchmarks/relations_all_sets.py OUT [--code DIR]     # run every set, write OUT/<set>.json
    python benchmarks/relations_all_sets.py --compare OUT_A OUT_B  # per set and part: P/R/F1 and tp/fp/fn, A -> B

The run calls ``benchmarks/relations_synthetic.py --dir D --json`` for each
``annotations/dev/synthetic*/`` folder and ``benchmarks/relations_dev.py --json`` (real abstracts,
BioRED, ChemProt, BC5CDR, the review), with ``--code DIR``'s ``pipeline`` package first on the
path (another checkout, e.g. the code before a change). ``--compare`` marks each line whose F1
changed with ``*``: a change is judged on the tune parts; test lines are read only to report.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_all(out: Path, code: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(code))
    jobs = [(d.name, [str(code / "benchmarks" / "relations_synthetic.py"), "--dir", str(d)])
            for d in sorted((code / "annotations" / "dev").glob("synthetic*/")) if d.is_dir()]
    jobs.append(("dev", [str(code / "benchmarks" / "relations_dev.py")]))
    for name, args in jobs:
        result = subprocess.run([sys.executable, *args, "-o", str(out / name), "--json"], cwd=code, env=env,
                                capture_output=True, text=True)
        if result.returncode:
            raise SystemExit(f"{name}: {result.stderr.strip().splitlines()[-1] if result.stderr.strip() else 'failed'}")
        (out / f"{name}.json").write_text(result.stdout, encoding="utf-8")
        print(f"{name}: {out / (name + '.json')}", file=sys.stderr)


def load(folder: Path) -> dict[tuple[str, str], tuple]:
    figures: dict[tuple[str, str], tuple] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        sets = data["sets"] if "sets" in data else {path.stem: data}
        for name, figs in sets.items():
            for part, part_figs in figs.get("parts", {}).items():
                s = part_figs["strict"]
                figures[(name, part)] = (s["precision"], s["recall"], s["f1"], s["tp"], s["fp"], s["fn"])
    return figures


def compare(a_dir: Path, b_dir: Path | None) -> None:
    a = load(a_dir)
    b = load(b_dir) if b_dir else {}
    for key in sorted(a):
        p, r, f, tp, fp, fn = a[key]
        line = f"{key[0]:12s} {key[1]:5s} P {p:.3f} R {r:.3f} F {f:.3f} tp/fp/fn {tp}/{fp}/{fn}"
        if key in b:
            line += f"   -> F {b[key][2]:.3f} tp/fp/fn {b[key][3]}/{b[key][4]}/{b[key][5]}"
            line += "  *" if b[key][2] != f else ""
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path, help="folder for the per-set JSON figures")
    parser.add_argument("--code", type=Path, default=REPO, help="checkout whose pipeline runs (default: this one)")
    parser.add_argument("--compare", nargs="+", type=Path, metavar="OUT", help="one or two folders of a former run")
    args = parser.parse_args()
    if args.compare:
        compare(args.compare[0], args.compare[1] if len(args.compare) > 1 else None)
    elif args.out:
        run_all(args.out, args.code.resolve())
        compare(args.out, None)
    else:
        parser.error("give OUT or --compare")


if __name__ == "__main__":
    main()
