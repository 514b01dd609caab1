"""What the dev-set exporters share: write one text file per item into a folder, and the command line.

``export_biored_dev.py``, ``export_bc5cdr_dev.py`` and ``export_chemprot_dev.py`` each select texts
from a corpus under ``../shared`` and write them where the relation bench can read them; the
data may not be copied into the repository, so the command refuses a folder inside it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_texts(items: Iterable[tuple[str, str]], out_dir: Path) -> list[Path]:
    """Write ``<name>.txt`` holding ``text`` for every ``(name, text)`` into ``out_dir``; return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in items:
        path = out_dir / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def run_cli(argv: list[str] | None, *, prog: str, description: str, default_data: Path,
            export: Callable[[Path, Path], list[Path]], noun: str) -> int:
    """``prog OUT_DIR [--data DIR]``: export, print how many ``noun`` were written; one line and 1 on refusal or absent data."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--data", type=Path, default=default_data)
    args = parser.parse_args(argv)
    if args.out_dir.resolve().is_relative_to(ROOT):
        print(f"{prog}: {args.out_dir}: inside the repository; the data may not be copied there", file=sys.stderr)
        return 1
    try:
        written = export(args.data, args.out_dir)
    except FileNotFoundError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 1
    print(f"{len(written)} {noun} written to {args.out_dir}")
    return 0
