"""Derive bare gene aliases from species-prefixed HGNC aliases: ``hCTR1`` (SLC31A1) -> ``CTR1``.

Papers drop the species letter of an alias (``hCTR1`` is written ``CTR1``); HGNC lists the prefixed form
for one gene, while the bare form is missing from the lexicon (never listed, or dropped at build as an
alias two genes share). This script reads the committed ``models/lexicons/symbols.jsonl.gz`` (nothing
is downloaded) and the rules of ``models/ner/alias_derivation.json``, and writes
``models/lexicons/derived_aliases.jsonl``: one row per bare form whose key no symbol row holds, that
keeps a digit (``ALP`` from ``hALP`` is alkaline phosphatase, not NAT10) and that one gene alone
yields. The rows are flagged ``derived``: the NER reads them only with gene context, like an alias
that is an English word (``pipeline/ner/context.py``). Deterministic (sorted rows).

    python scripts/build_derived_aliases.py [--check]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ner.keys import symbol_to_key  # noqa: E402

SYMBOLS = ROOT / "models" / "lexicons" / "symbols.jsonl.gz"
RULES = ROOT / "models" / "ner" / "alias_derivation.json"
OUT = ROOT / "models" / "lexicons" / "derived_aliases.jsonl"
GENE = "GENE_OR_PROTEIN"


def derive(rows: list[dict], rules: dict) -> list[dict]:
    """The derived rows (sorted by key) from the symbol rows."""
    keys = {r["key"] for r in rows}
    prefixes = sorted(rules["species_prefixes"], key=len, reverse=True)
    shape = re.compile(r"^(?:%s)([A-Z][A-Za-z0-9-]+)$" % "|".join(map(re.escape, prefixes)))
    found: dict[str, set[tuple[str, str]]] = {}
    for r in rows:
        if r["label"] != GENE or r.get("src") not in ("hgnc-alias", "hgnc-previous"):
            continue
        m = shape.match(r["pattern"])
        if m is None:
            continue
        rest = m.group(1)
        key = symbol_to_key(rest)
        if sum(c.isalpha() for c in rest) < rules["min_rest_letters"]:
            continue
        if key in keys or len(rest) < rules["min_rest_chars"] or (rules["rest_needs_digit"] and not any(c.isdigit() for c in rest)):
            continue
        found.setdefault(key, set()).add((r["id"], rest, r["pattern"]))
    out = []
    for key in sorted(found):
        genes = {g for g, _, _ in found[key]}
        if len(genes) != 1:
            continue  # two genes' prefixed aliases give the same bare form: no safe reading
        gene, rest, source = sorted(found[key])[0]
        out.append({"label": GENE, "pattern": rest, "id": gene, "src": rules["src"], "key": key,
                    "flags": sorted(rules["flags"]), "from": source})
    return out


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed file differs from a rebuild")
    args = parser.parse_args()
    with gzip.open(SYMBOLS, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    text = render(derive(rows, json.loads(RULES.read_text(encoding="utf-8"))))
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.relative_to(ROOT)}: {'up to date' if same else 'differs from a rebuild'}")
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {text.count(chr(10))} rows")


if __name__ == "__main__":
    main()
