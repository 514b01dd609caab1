"""Write the ChemProt development sentences as text files, one per sentence, into a folder.

The development set is the distinct sentences of the ChemProt train and dev
files (``../shared/data/relations/chemprot/{train,dev}.jsonl``) that match
``CUE`` (a therapy-outcome word: resistance, sensitivity, synergy ...). A
ChemProt line is one sentence with one chemical-gene pair marked ``<< X >>``
and ``[[ Y ]]`` (a marker, one space, the mention, one space, a marker); the
same sentence recurs once per pair. The markers are removed (the mark is not
the annotation: the gold reads the whole sentence), the sentences are
de-duplicated (train first, then dev, each in line order), and each keeps the
place of its first occurrence as its id: ``chemprot-<train|dev>-<line, 1-based,
5 digits>``. Selection reads only the text: no extractor output.

Each sentence becomes ``<doc_id>.txt``: the line ``Abstract``, a blank line,
the sentence. The text ingest reads the label as the abstract's heading, so the
document has an empty title (no ``title`` place, no invented title) and an
abstract whose only paragraph is the sentence: gold records are in section
``abstract`` (``annotations/dev/chemprot/<doc_id>.jsonl``).

The ChemProt data may not be copied into the repository: write to a folder
outside it (the dev benchmark uses a temporary folder).

Run: ``python scripts/export_chemprot_dev.py OUT_DIR [--data ../shared/data/relations/chemprot]``.
Prints the number of files written; exits 1 with one line when the data are absent.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
DEFAULT_DIR = ROOT.parent / "shared" / "data" / "relations" / "chemprot"

from dev_export import run_cli, write_texts  # noqa: E402
SPLITS = ("train", "dev")

#: The selection: a word for a therapy's outcome (the regex cannot tell ``insulin
#: sensitivity`` from drug sensitivity; reading does). Covers resistance/resistant,
#: sensitize/sensitise/sensitivity/sensitive (and chemo-/radio- forms), refractory,
#: synergy/synergistic, potentiate/potentiation, mitophagy, tolerance/tolerant.
CUE = re.compile(r"(?i)resistan|sensiti[sz]|sensitiv|refractor|synergi|potentiat|mitophag|toleran")

_CHEMICAL_MARK = re.compile(r"<< (.+?) >>")
_GENE_MARK = re.compile(r"\[\[ (.+?) \]\]")

#: The label line above the sentence: the ingest reads it as the abstract heading.
LABEL = "Abstract"


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    text: str


def strip_marks(text: str) -> str:
    """The sentence without ChemProt's pair markers (``the << Ang II >>-induced`` -> ``the Ang II-induced``)."""
    return _GENE_MARK.sub(r"\1", _CHEMICAL_MARK.sub(r"\1", text))


def distinct_sentences(data: Path) -> list[Sentence]:
    """Every distinct sentence of the train and dev files, with the id of its first occurrence."""
    first: dict[str, str] = {}
    for split in SPLITS:
        path = data / f"{split}.jsonl"
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no such file")
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    first.setdefault(strip_marks(json.loads(line)["text"]), f"chemprot-{split}-{number:05d}")
    return [Sentence(doc_id, text) for text, doc_id in first.items()]


def select_sentences(data: Path) -> list[Sentence]:
    """The selected sentences, sorted by doc id."""
    return sorted((s for s in distinct_sentences(data) if CUE.search(s.text)), key=lambda s: s.doc_id)


def sentence_text(sentence: Sentence) -> str:
    return f"{LABEL}\n\n{sentence.text.strip()}\n"


def export(data: Path, out_dir: Path) -> list[Path]:
    """Write ``<doc_id>.txt`` per selected sentence into ``out_dir``; return the paths written."""
    return write_texts(((s.doc_id, sentence_text(s)) for s in select_sentences(data)), out_dir)

def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, prog="export_chemprot_dev", description=__doc__.splitlines()[0], default_data=DEFAULT_DIR,
                   export=export, noun="sentences")


if __name__ == "__main__":
    sys.exit(main())
