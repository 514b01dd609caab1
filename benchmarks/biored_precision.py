"""Precision check of the relation extractor on text its rules never saw: BioRED abstracts.

Selects the abstracts of a BioRED PubTator file (default: the dev split in
``../shared/data/relations/biored/Dev.PubTator``) whose text mentions autophagy or
mitophagy and that carry at least one chemical annotation, runs
``extract_records`` over each (title + abstract as one paragraph), and writes the
records, one JSON object per line with the evidence sentence, to the output file
for a person to judge. ``--broad`` also takes abstracts that mention drug
resistance or sensitivity, for a larger sample. Prints counts per rule.

Run: ``python benchmarks/biored_precision.py [-o RECORDS.jsonl] [--split Train] [--broad]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.document import Document, Paragraph, Section, Source
from pipeline.ingest.sentences import text_to_sentences
from pipeline.records import records_to_jsonl
from pipeline.relations import extract_records

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "relations" / "biored"
TOPIC = re.compile(r"autophag|mitophag", re.IGNORECASE)
BROAD = re.compile(r"autophag|mitophag|resistan|sensiti[sz]", re.IGNORECASE)


@dataclass
class Abstract:
    pmid: str
    title: str = ""
    text: str = ""
    chemicals: list[str] = field(default_factory=list)


def read_pubtator(path: Path) -> list[Abstract]:
    """Abstracts of a PubTator file: title, abstract and the chemical mentions."""
    abstracts: dict[str, Abstract] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if "|t|" in line[:20] or "|a|" in line[:20]:
                pmid, kind, text = line.split("|", 2)
                item = abstracts.setdefault(pmid, Abstract(pmid))
                if kind == "t":
                    item.title = text
                else:
                    item.text = text
            elif line.count("\t") >= 4:
                parts = line.split("\t")
                if len(parts) >= 5 and parts[1].isdigit() and parts[4] == "ChemicalEntity":
                    abstracts.setdefault(parts[0], Abstract(parts[0])).chemicals.append(parts[3])
    return list(abstracts.values())


def abstract_to_document(item: Abstract) -> Document:
    text = f"{item.title} {item.text}".strip()
    paragraph = Paragraph(text, text_to_sentences(text))
    return Document(
        doc_id=f"pmid:{item.pmid}",
        source=Source(f"biored/{item.pmid}", "text", ""),
        title=item.title,
        sections=[Section("abstract", "Abstract", 1, None, [paragraph])],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--split", default="Dev", help="Dev or Train")
    parser.add_argument("--broad", action="store_true", help="also abstracts on drug resistance/sensitivity")
    parser.add_argument("-o", "--output", type=Path, default=Path("biored_precision_records.jsonl"))
    args = parser.parse_args(argv)
    path = args.data / f"{args.split}.PubTator"
    if not path.is_file():
        print(f"biored_precision: {path}: no such file", file=sys.stderr)
        return 1
    topic = BROAD if args.broad else TOPIC
    chosen = [a for a in read_pubtator(path) if a.chemicals and topic.search(f"{a.title} {a.text}")]
    records = []
    for item in chosen:
        records.extend(extract_records(abstract_to_document(item)))
    args.output.write_text(records_to_jsonl(records), encoding="utf-8")
    rules = Counter(r.rule for r in records)
    summary = {"file": str(path), "abstracts": len(chosen), "records": len(records), "by_rule": dict(sorted(rules.items()))}
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
