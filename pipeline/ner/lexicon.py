"""Lexicon lookup over tokens: folded symbols and lower-cased names.

Why not spaCy's PhraseMatcher: the name lexicon has ~285k entries; turning
each into a Doc at load time took 13 s and 3 GB. The names are stored
pre-tokenized (by the same tokenizer) as lookup keys, so a dict lookup from
each token does the same job in a second of load time. Symbols are matched on
a folded key (``keys.symbol_to_key``: ``HIF-1α`` == ``HIF1A``), which no
spaCy token attribute offers without rewriting NORM for the shared vocab.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterable
import gc
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from pipeline.resources import model_path
from pipeline.ner.keys import (
    NAME_SKIP_TOKENS,
    canonical_token,
    has_upper_or_digit,
    singular_token,
    symbol_to_key,
    tokens_to_name_key,
)
from pipeline.ner.resources import lexicon_file, read_jsonl

log = logging.getLogger(__name__)

SYMBOLS_FILE = "symbols.jsonl.gz"
NAMES_FILE = "names.jsonl.gz"
DERIVED_ALIASES = "derived_aliases.jsonl"  # bare forms of species-prefixed aliases (scripts/build_derived_aliases.py)
CURATED_NAME_FILES = ("modalities.jsonl", "processes.jsonl", "drug_codes.jsonl", "diseases.jsonl", "regimens.jsonl")
METALS = "metals.jsonl"  # metal names: "copper-phenanthroline" is a metal complex
SALT_WORDS = "salt_words.json"  # "imatinib mesylate" is imatinib: salt and hydrate words after a drug name
NAME_STOPLIST = "name_stoplist.jsonl"  # generic words the vocabularies list as names ("disease", "tablets")
MAX_SYMBOL_CACHE = 200_000
GREEK_SUFFIXES = frozenset("αβγδκ")
_CAPS_PLURAL = re.compile(r"[A-Z][A-Z0-9]+s$")  # an acronym with a plural s
_PROCESSED_FORM = re.compile(r"^([A-Za-z][A-Za-z0-9]*[0-9][A-Za-z]?)-I{1,2}$")
# a gene symbol glued to a protein change: "KITD816V", "EGFRT790M", "PIK3CAH1047R"
# shRNA / siRNA / sgRNA glued to the gene; the prefixes are data (models/ner/tool_prefixes.json)
_TOOL_PREFIX = re.compile(r"^(%s)([A-Z][A-Z0-9]+[A-Z0-9-]*)$" % "|".join(
    re.escape(p) for p in json.loads(model_path("ner", "tool_prefixes.json").read_text(encoding="utf-8"))["prefixes"]))
# "phospho-ULK1", "p-AMPK": a modified form of the protein; the gene is the name (models/ner/tool_prefixes.json)
_STATE_PREFIXES = frozenset(json.loads(model_path("ner", "tool_prefixes.json").read_text(encoding="utf-8"))["state_prefixes"])
_GLUED_MUTATION = re.compile(r"^([A-Z][A-Za-z0-9]{1,9}?)([ACDEFGHIKLMNPQRSTVWY][1-9][0-9]{1,3}[ACDEFGHIKLMNPQRSTVWY*])$")
_NUMBERED = re.compile(r"^([A-Za-z]{2,}?)-?[0-9]+$")


class Entry(NamedTuple):
    """One lexicon reading: label, normalized id, source and ambiguity flags.

    A NamedTuple rather than a frozen dataclass: ~70k are built at load time,
    and tuple construction is several times cheaper.
    """

    label: str
    id: str
    src: str
    pattern: str
    flags: frozenset[str] = frozenset()


# Greek letters that open names, and the Latin letters plain-text sources (PubMed, BioRED) put for them
GREEK_PREFIXES = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa",
                  "a": "alpha", "b": "beta", "g": "gamma", "d": "delta", "k": "kappa"}


class Match(NamedTuple):
    start: int  # token indices, end exclusive
    end: int
    entry: Entry
    symbol: bool = False  # matched on the folded symbol key (context rules apply)


@dataclass
class Lexicon:
    symbols: dict[str, Entry] = field(default_factory=dict)
    names: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    first_token_lengths: dict[str, int] = field(default_factory=dict)  # bit L set: a name of L tokens starts here
    metals: frozenset[str] = frozenset()  # curated/metals.jsonl, for metal complexes
    _symbol_cache: dict[str, Entry | None] = field(default_factory=dict, repr=False)
    _canonical_cache: dict[str, str] = field(default_factory=dict, repr=False)
    _singular_cache: dict[str, str | None] = field(default_factory=dict, repr=False)
    _start_lengths: dict[str, int] = field(default_factory=dict, repr=False)  # see _lengths_at

    def __len__(self) -> int:
        return len(self.symbols) + len(self.names)

    def add_symbol(self, pattern: str, entry: Entry) -> None:
        self.symbols[symbol_to_key(pattern)] = entry

    def add_name(self, key: tuple[str, ...], entry: Entry, overwrite: bool = False) -> None:
        if not key or (not overwrite and key in self.names):
            return
        self.names[key] = entry
        self.first_token_lengths[key[0]] = self.first_token_lengths.get(key[0], 0) | (1 << len(key))
        if self._start_lengths:
            self._start_lengths.clear()  # a name added after matching began

    def _canonical(self, text: str) -> str:
        """``keys.canonical_token``, cached per text."""
        try:
            return self._canonical_cache[text]
        except KeyError:
            token = canonical_token(text)
            if len(self._canonical_cache) < MAX_SYMBOL_CACHE:
                self._canonical_cache[text] = token
            return token

    def _singular(self, token: str) -> str | None:
        """``keys.singular_token``, cached per token."""
        try:
            return self._singular_cache[token]
        except KeyError:
            singular = singular_token(token)
            if len(self._singular_cache) < MAX_SYMBOL_CACHE:
                self._singular_cache[token] = singular
            return singular

    def _lengths_at(self, lower: str) -> int:
        """The name lengths (bit L: a name of L tokens) that may start at a token of canonical form ``lower``,
        the one-word plural included (``tumours``: bit 1 when ``tumour`` is listed); cached per form."""
        lengths = self.first_token_lengths.get(lower, 0)
        if not lengths & 2 and lower[-1:] == "s":  # a plural one-word name ("tumours")
            singular = self._singular(lower)
            if singular is not None and (singular,) in self.names:
                lengths |= 2
        if len(self._start_lengths) < MAX_SYMBOL_CACHE:
            self._start_lengths[lower] = lengths
        return lengths

    def symbol(self, text: str) -> Entry | None:
        """The symbol reading of one token text, cached per text."""
        try:
            return self._symbol_cache[text]
        except KeyError:
            pass
        entry = self.symbols.get(symbol_to_key(text)) if len(text) > 1 else None
        if entry is not None and _CAPS_PLURAL.match(text) and entry.pattern[-1:] != "s":
            # "HCCs", "CRCs": the plural of a capitals acronym is no symbol spelled with a final capital S
            # (HCCS); a listed plural ("CDKs", FamPlex) keeps its reading
            entry = None
        if entry is None:
            form = _PROCESSED_FORM.match(text)  # "LC3-II", "LC3B-I": lipidated / processed forms
            if form is not None:
                entry = self.symbols.get(symbol_to_key(form.group(1)))
        if len(self._symbol_cache) < MAX_SYMBOL_CACHE:
            self._symbol_cache[text] = entry
        return entry

    def split_joined(self, text: str) -> list[str] | None:
        """``ATAD3A-PINK1`` -> ``["ATAD3A", "-", "PINK1"]`` when every part is a certain entity.

        The tokenizer keeps ``Bcl-2``, ``PD-L1`` and lower-case ``x/y`` whole;
        only the lexicon knows that both halves of ``ATAD3A-PINK1`` or
        ``cisplatin/sorafenib`` are entities. Hyphens split gene symbols only;
        slashes also split one-token names.
        """
        if len(text) < 5 or self.symbol(text) is not None or (text.lower(),) in self.names:
            return None
        if text.endswith("-") and text.count("-") == 1:
            # a suspended hyphen, "cisplatin- and etoposide-induced": the name before it stands alone
            stem = text[:-1]
            known = (stem.lower(),) in self.names or (self.symbol(stem) is not None and has_upper_or_digit(stem))
            return [stem, "-"] if known else None
        sep = "/" if "/" in text else "-" if "-" in text else None
        if sep is None:
            return None
        state = self._split_state_prefix(text)
        if state:
            return state
        parts = text.split(sep)
        if len(parts) < 2 or any(len(p) < 2 for p in parts):
            return None
        for part in parts:
            entry = self.symbol(part)
            certain_gene = (entry is not None and entry.label == "GENE_OR_PROTEIN" and not entry.flags
                            and has_upper_or_digit(part))
            named = self.names.get((part.lower(),))
            # "paclitaxel-carboplatin", a regimen printed as a hyphenated pair: every part a drug name
            drug_pair = (sep == "-" and named is not None and named.label == "CHEMICAL" and len(part) >= 5
                         and part.lower() not in self.metals)  # not a metal complex, "copper-phenanthroline"
            if not certain_gene and not (sep == "/" and named is not None) and not drug_pair:
                return None
        out = [parts[0]]
        for part in parts[1:]:
            out.extend([sep, part])
        return out

    def _split_state_prefix(self, text: str) -> list[str] | None:
        """``phospho-ULK1``, ``p-AMPK`` -> ``["phospho", "-", "ULK1"]``: a modification prefix (``state_prefixes``)
        before a certain gene symbol names the modified protein; the gene is the entity."""
        prefix, _, gene = text.partition("-")
        if prefix.lower() not in _STATE_PREFIXES or len(gene) < 3 or not has_upper_or_digit(gene):
            return None
        entry = self.symbol(gene)
        if entry is None or entry.label != "GENE_OR_PROTEIN" or entry.flags - {"alias"}:
            return None
        return [prefix, "-", gene]

    def split_tool_prefix(self, text: str) -> list[str] | None:
        """``shBNIP3``, ``siPARK2``, ``sgULK1`` -> ``["sh", "BNIP3"]``: an RNAi or CRISPR tool named by its gene
        glued to the tool's prefix (``tool_prefixes``), when the rest is a certain gene symbol; the prefix then
        reads as a knockdown word before the gene (``models/relations/modifiers.jsonl``)."""
        match = _TOOL_PREFIX.match(text)
        if match is None:
            return None
        gene = match.group(2)
        entry = self.symbol(gene)
        if entry is None or entry.label != "GENE_OR_PROTEIN" or entry.flags - {"alias"} or not has_upper_or_digit(gene) \
                or self.symbol(text) is not None or len(gene) < 3:
            return None
        return [match.group(1), gene]

    def split_mutation(self, text: str) -> list[str] | None:
        """``KITD816V`` -> ``["KIT", "D816V"]``: a gene symbol written glued to its protein change
        (the tokenizer keeps one token) when the symbol is a gene's and the whole is no entry."""
        if len(text) < 6 or not text[-1].isupper() or self.symbol(text) is not None:
            return None
        for m in _GLUED_MUTATION.finditer(text):
            gene = m.group(1)
            entry = self.symbol(gene)
            # capitals glued to a capital mutation: "KIT" is the gene here even though "kit" is a word
            if entry is not None and entry.label == "GENE_OR_PROTEIN" and "ambiguous" not in entry.flags:
                return [gene, m.group(2)]
        return None

    def greek_prefixed(self, text: str) -> Entry | None:
        """``γ-secretase``, ``g-secretase`` (γ rendered as g), ``α-tocopherol``: one token whose prefix is a
        Greek letter, or the Latin letter plain-text sources put for it, read as the spelled-out name
        (``gamma secretase``) when the lexicon lists that name."""
        prefix, _, rest = text.partition("-")
        greek = GREEK_PREFIXES.get(prefix.lower()) if prefix else None
        if greek is None or len(rest) < 3 or not rest.isalpha():
            return None
        key = (self._canonical(rest),)
        entry = self.names.get((greek,) + key) or self.names.get((f"{greek}-{key[0]}",))
        return entry

    def metal_complex(self, text: str) -> Entry | None:
        """``copper-phenanthroline``: a metal joined to a listed chemical is a CHEMICAL named as written."""
        metal, sep, ligand = text.partition("-")
        if not sep or metal.lower() not in self.metals or len(ligand) < 4:
            return None
        key = (self._canonical(ligand),)
        entry = self.names.get(key)
        if entry is None and (singular := self._singular(key[0])) is not None:
            entry = self.names.get((singular,))
        if entry is None or entry.label != "CHEMICAL":
            return None
        return Entry("CHEMICAL", text.lower(), "metal-complex", text)

    def match_tokens(self, texts: list[str]) -> list[Match]:
        """All symbol matches (one token) and longest name matches starting at each token."""
        matches: list[Match] = []
        # names are compared without free-standing hyphens; keep the original indices
        kept = [i for i, t in enumerate(texts) if t not in NAME_SKIP_TOKENS]
        canonical, cached = self._canonical, self._canonical_cache
        kept_lowers = [cached[t] if t in cached else canonical(t) for t in (texts[i] for i in kept)]
        n = len(kept)
        names = self.names
        start_lengths, descending = self._start_lengths, _descending_lengths
        for k in range(n):
            lower = kept_lowers[k]
            lengths = start_lengths.get(lower)
            if lengths is None:
                lengths = self._lengths_at(lower)
            if not lengths:
                continue
            for length in descending(lengths):  # longest first
                if length > n - k:
                    continue
                key = tuple(kept_lowers[k : k + length])
                entry = names.get(key)
                if entry is None and key[-1][-1:] == "s":  # "carcinomas", "tumours": the singular is listed
                    singular = self._singular(key[-1])
                    if singular is not None:
                        entry = names.get(key[:-1] + (singular,))
                if entry is not None:
                    matches.append(Match(kept[k], kept[k + length - 1] + 1, entry))
                    break
        named = {m.start for m in matches}  # a listed name wins over the Greek-prefix reading
        symbols = self._symbol_cache
        size = len(texts)
        for i, text in enumerate(texts):
            entry = symbols[text] if text in symbols else self.symbol(text)
            if entry is not None:
                matches.append(Match(i, i + 1, entry, True))
            elif "-" in text and self.metals and (complex_ := self.metal_complex(text)) is not None:
                matches.append(Match(i, i + 1, complex_))
            if entry is not None and i + 3 < size and texts[i + 1] == "-" and texts[i + 2].lower() == "like":
                # "Bcl-2-like protein 13": HGNC's "<symbol>-like N" names a gene of its own, <symbol>L<N>
                k = i + 4 if texts[i + 3].lower() == "protein" else i + 3
                like = self.symbol(text + "L" + texts[k]) if k < size and texts[k].isdigit() else None
                if like is not None and like.label == "GENE_OR_PROTEIN" and like != entry:
                    matches.append(Match(i, k + 1, like))
            if i + 2 < size and texts[i + 1] == "/" and texts[i + 2].isdigit():
                # "ERK1/2", "JNK1/2": the members of a FamPlex family, read as the family
                stem = _NUMBERED.match(text)
                family = self.symbol(stem.group(1)) if stem else None
                if family is not None and family.src == "famplex" and family.label == "GENE_OR_PROTEIN":
                    matches.append(Match(i, i + 3, family))
            if entry is None and "-" in text and i not in named and (greek := self.greek_prefixed(text)) is not None:
                matches.append(Match(i, i + 1, greek))
            if i + 1 < size and texts[i + 1] in GREEK_SUFFIXES and has_upper_or_digit(text):
                # "HIF1 α" as PDF text extraction often leaves it
                joined = self.symbol(text + texts[i + 1])
                if joined is not None and joined != entry:
                    matches.append(Match(i, i + 2, joined))
        return matches


@functools.lru_cache(maxsize=4096)
def _descending_lengths(lengths: int) -> tuple[int, ...]:
    """The set bits of ``lengths`` (bit L: L tokens), longest first."""
    return tuple(length for length in range(lengths.bit_length() - 1, 0, -1) if lengths >> length & 1)


def _entry(row: dict, default_src: str) -> Entry:
    return Entry(label=row["label"], id=row["id"], src=row.get("src", default_src), pattern=row["pattern"],
                 flags=frozenset(row.get("flags", ())))


def _salts_to_parent(lex: Lexicon, readings: Iterable[Entry]) -> None:
    """A drug dictionary reading whose id is a salt of a listed drug (``imatinib mesylate``,
    ``erlotinib hydrochloride``) takes that drug's id: the therapy is the drug, whatever salt."""
    raw = json.loads(lexicon_file(SALT_WORDS, curated=True).read_text(encoding="utf-8"))
    salts = frozenset(raw["salts"])
    not_drugs = frozenset(raw["cations"]) | frozenset(r["pattern"] for r in read_jsonl(lexicon_file(METALS, curated=True)))
    parent: dict[int, Entry] = {}
    for entry in readings:
        words = entry.id.split(" ")
        if entry.label != "CHEMICAL" or len(words) < 2 or words[-1] not in salts or words[0] in not_drugs:
            continue
        base = lex.names.get(tuple(words[:-1]))
        if base is not None and base.label == "CHEMICAL" and base.id != entry.id:
            parent[id(entry)] = entry._replace(id=base.id)
    if parent:
        for key, entry in lex.names.items():
            new = parent.get(id(entry))
            if new is not None:
                lex.names[key] = new


def load_lexicon(tokenize, built: bool = True) -> Lexicon:
    """Read the built lexicons (unless ``built`` is False) and the curated files.

    ``tokenize`` is the pipeline's tokenizer; only the small curated files are
    tokenized at load time, the built names carry their token keys.
    """
    gc_was_enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of small objects, no cycles: skip the collector's passes
    try:
        return _load_lexicon(tokenize, built)
    finally:
        if gc_was_enabled:
            gc.enable()


def _load_lexicon(tokenize, built: bool) -> Lexicon:
    lex = Lexicon()
    for name in CURATED_NAME_FILES:  # curated first: they win over the vocabularies
        rows = list(read_jsonl(lexicon_file(name, curated=True), ("label", "pattern", "id")))
        for row, doc in zip(rows, tokenize.pipe([r["pattern"] for r in rows])):
            entry = _entry(row, "curated")
            lex.add_name(tokens_to_name_key([t.text for t in doc]), entry)
            if len(doc) == 1 and row["label"] == "CHEMICAL":
                lex.add_symbol(row["pattern"], entry)
    if built:
        shared: dict[tuple[str, str, str], Entry] = {}  # ~285k names share far fewer readings
        for row in read_jsonl(lexicon_file(NAMES_FILE), ("label", "pattern", "id"), check_all=False):
            reading = (row["label"], row["id"], row["src"])
            entry = shared.get(reading)
            if entry is None:
                entry = shared[reading] = Entry(reading[0], reading[1], reading[2], "")
            lex.add_name(tuple((row.get("tokens") or row["pattern"]).split(" ")), entry)
        _salts_to_parent(lex, shared.values())
        for row in read_jsonl(lexicon_file(SYMBOLS_FILE), ("label", "pattern", "id", "key"), check_all=False):
            if row["key"] not in lex.symbols:
                lex.symbols[row["key"]] = _entry(row, "symbols")
        derived = lexicon_file(DERIVED_ALIASES)
        if derived.is_file():  # ranked below every built symbol: a key the build holds keeps its reading
            for row in read_jsonl(derived, ("label", "pattern", "id", "key")):
                lex.symbols.setdefault(row["key"], _entry(row, "derived-alias"))
        lex.metals = frozenset(r["pattern"] for r in read_jsonl(lexicon_file(METALS, curated=True)))
        for row in read_jsonl(lexicon_file(NAME_STOPLIST, curated=True)):
            lex.names.pop(tuple(row["pattern"].split(" ")), None)
    log.info("lexicon: %d symbols, %d names", len(lex.symbols), len(lex.names))
    return lex


def lexicon_from_rows(tokenize, rows: Iterable[dict]) -> Lexicon:
    """A small lexicon from inline rows (tests); ``kind`` "symbol" or "name"."""
    lex = Lexicon()
    for row in rows:
        entry = _entry(row, "test")
        if row.get("kind") == "symbol":
            lex.add_symbol(row["pattern"], entry)
        else:
            lex.add_name(tokens_to_name_key([t.text for t in tokenize(row["pattern"])]), entry)
    return lex
