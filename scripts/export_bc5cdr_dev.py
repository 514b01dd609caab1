"""Write the BC5CDR development abstracts for relation extraction as text files, one per PMID, into a folder.

The set is the BC5CDR training and development abstracts whose title + abstract
match ``CUE`` (below): words of a therapy's outcome (resistance, resistant,
sensitize/sensitise, sensitive/sensitivity, refractory, synergism, potentiate,
chemo-/radio-resistance) or of (mito)autophagy. The selection reads only the
source text, never an extractor's output. Each abstract becomes
``<pmid>.txt``: the title line (without MEDLINE's final period), a blank line,
the abstract, exactly as ``scripts/export_biored_dev.py`` writes BioRED.
Gold records for them are in ``annotations/dev/bc5cdr/<pmid>.jsonl``.

BioRED reuses some BC5CDR abstracts. A PMID that the BioRED export also
selects (``scripts/export_biored_dev.py``, same text) belongs to that set only,
so that one text never sits in the tune part of one set and the test part of
the other; when the BioRED files are absent nothing is left out.

``CUE`` is also the extra selection of ``scripts/export_biored_dev.py`` (the
BioRED abstracts it matches are added to that set).

The data may not be copied into the repository: write to a folder outside it.

Run: ``python scripts/export_bc5cdr_dev.py OUT_DIR [--data ../shared/data/ner/bc5cdr]``.
Prints the number of files written; exits 1 with one line when the data are absent.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from biored_precision import Abstract, read_pubtator  # noqa: E402
from dev_export import run_cli, write_texts  # noqa: E402
from export_biored_dev import abstract_text  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "data" / "ner" / "bc5cdr"
BIORED_DIR = ROOT.parent / "shared" / "data" / "relations" / "biored"
FILES = ("CDR_TrainingSet.PubTator.txt", "CDR_DevelopmentSet.PubTator.txt")
CUE = re.compile(
    r"resistan|sensiti[szv]|refractor|synergi|potentiat|(?:chemo|radio)-?resist|mitophag|autophag",
    re.IGNORECASE,
)


def biored_pmids(biored: Path = BIORED_DIR) -> set[str]:
    """The PMIDs of the BioRED relation dev set (empty when its files are absent)."""
    from export_biored_dev import select_abstracts as select_biored

    try:
        return {a.pmid for a in select_biored(biored)}
    except FileNotFoundError:
        return set()


def select_abstracts(data: Path, biored: Path = BIORED_DIR) -> list[Abstract]:
    """The abstracts of both files whose title + abstract match ``CUE`` and that the BioRED set does not hold, sorted by PMID."""
    in_biored = biored_pmids(biored)
    chosen: dict[str, Abstract] = {}
    for name in FILES:
        path = data / name
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no such file")
        for item in read_pubtator(path):
            if item.pmid not in in_biored and CUE.search(f"{item.title} {item.text}"):
                chosen.setdefault(item.pmid, item)
    return sorted(chosen.values(), key=lambda a: int(a.pmid))


def export(data: Path, out_dir: Path) -> list[Path]:
    """Write ``<pmid>.txt`` per selected abstract into ``out_dir``; return the paths written."""
    return write_texts(((item.pmid, abstract_text(item)) for item in select_abstracts(data)), out_dir)

def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, prog="export_bc5cdr_dev", description=__doc__.splitlines()[0], default_data=DEFAULT_DIR,
                   export=export, noun="abstracts")


if __name__ == "__main__":
    sys.exit(main())
