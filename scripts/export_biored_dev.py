"""Write the BioRED development abstracts as text files, one per PMID, into a folder.

The development set is the BioRED train and dev abstracts that
``benchmarks/biored_precision.py --broad`` selects: text mentioning autophagy,
mitophagy, drug resistance or sensitivity, with at least one chemical
annotation. Each becomes ``<pmid>.txt``: the title line, a blank line, the
abstract. The title loses the final period MEDLINE adds to every title
(papers print their titles without one), so the file reads like a paper's
front matter. Gold records for them are in ``annotations/dev/biored/<pmid>.jsonl``.

The BioRED data may not be copied into the repository: write to a folder
outside it (the dev benchmark uses a temporary folder).

Run: ``python scripts/export_biored_dev.py OUT_DIR [--data ../shared/data/relations/biored]``.
Prints the number of files written; exits 1 with one line when the data are absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from biored_precision import BROAD, DEFAULT_DIR, Abstract, read_pubtator  # noqa: E402
from dev_export import run_cli, write_texts  # noqa: E402

SPLITS = ("Train", "Dev")


def select_abstracts(data: Path) -> list[Abstract]:
    """The selected abstracts of the train and dev files, sorted by PMID (numerically)."""
    from export_bc5cdr_dev import CUE  # the one cue regex, kept in the BC5CDR exporter

    chosen: dict[str, Abstract] = {}
    for split in SPLITS:
        path = data / f"{split}.PubTator"
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no such file")
        for item in read_pubtator(path):
            text = f"{item.title} {item.text}"
            if (item.chemicals and BROAD.search(text)) or CUE.search(text):
                chosen.setdefault(item.pmid, item)
    return sorted(chosen.values(), key=lambda a: int(a.pmid))


def abstract_text(item: Abstract) -> str:
    title = item.title.strip()
    title = title[:-1] if title.endswith(".") and not title.endswith("..") else title
    return f"{title}\n\n{item.text.strip()}\n"


def export(data: Path, out_dir: Path) -> list[Path]:
    """Write ``<pmid>.txt`` per selected abstract into ``out_dir``; return the paths written."""
    return write_texts(((item.pmid, abstract_text(item)) for item in select_abstracts(data)), out_dir)

def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, prog="export_biored_dev", description=__doc__.splitlines()[0], default_data=DEFAULT_DIR,
                   export=export, noun="abstracts")


if __name__ == "__main__":
    sys.exit(main())
