"""Build ``models/ingest/plain_words.txt.gz``: ordinary lower-case words for the
flattened-citation rule (``pipeline/ingest/flat_citations.py``).

A run of digits glued to a word (``chemotherapy12,13``) is taken for a flattened
superscript citation only when the word without the digits is an ordinary
lower-case word. The list is the union of

- the SCOWL-based Debian word lists ``wamerican`` and ``wbritish``
  (``/usr/share/dict/american-english``, ``british-english``): words of letters
  a-z only (no apostrophes or digits), two letters or more, and proper nouns
  with one capital (``Asia``), three letters or more;
- the one-word lower-case names of the NER lexicon (``models/lexicons/names.jsonl.gz``:
  drugs, diseases, processes such as ``cisplatin``, ``apoptosis``), four letters or more,

minus every word that is a gene/protein symbol or alias on its own in
``models/lexicons/symbols.jsonl.gz`` when lower-cased (``ret``, ``met``, ``rest``
stay out; ``parkin`` as a protein name stays in).  The tokens ``word + digits``
that are symbols (``pink1``, ``park2``) go to
``models/ingest/plain_words_symbols.txt``: glued to such a word, digits are a name.

Run: ``python scripts/build_plain_words.py [DICT ...]`` (defaults to the two
Debian paths; get them without root by ``apt-get download wamerican wbritish``
and ``dpkg -x``).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "ingest" / "plain_words.txt.gz"
SYMBOLS_OUT = ROOT / "models" / "ingest" / "plain_words_symbols.txt"
DEFAULT_DICTS = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]
WORD = re.compile(r"[a-z]{2,}|[A-Z][a-z]{2,}")  # proper nouns ("Asia") kept capitalized
NAME = re.compile(r"[a-z]{4,}")
SYMBOL_TOKEN = re.compile(r"([a-z]+)(\d{1,3})")


def main(argv: list[str]) -> int:
    dicts = argv or DEFAULT_DICTS
    words: set[str] = set()
    for d in dicts:
        for line in Path(d).read_text(encoding="utf-8", errors="replace").splitlines():
            if WORD.fullmatch(line):
                words.add(line)
    with gzip.open(ROOT / "models" / "lexicons" / "names.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            pattern = json.loads(line)["pattern"]
            if NAME.fullmatch(pattern):
                words.add(pattern)
    symbols: set[str] = set()
    with gzip.open(ROOT / "models" / "lexicons" / "symbols.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            symbols.add(json.loads(line)["pattern"].lower())
    words = {w for w in words if w.lower() not in symbols}
    symbol_tokens = sorted(s for s in symbols if (m := SYMBOL_TOKEN.fullmatch(s)) and m.group(1) in words)
    symbol_tokens = sorted(set(symbol_tokens))
    data = "\n".join(sorted(words)) + "\n"
    # mtime=0: the same inputs give a byte-identical file
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(data.encode("utf-8"))
    SYMBOLS_OUT.write_text("\n".join(symbol_tokens) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT.relative_to(ROOT)}; {len(symbol_tokens)} word+digit symbols -> {SYMBOLS_OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
