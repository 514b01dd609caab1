"""Flattened superscript citations: ``standard of care1,2.``, ``cytotoxic drugs4-6.``.

Plain text (and text other tools extract from PDFs) loses the raised style, so a
superscript citation arrives glued to its word: ``chemotherapy12,13``. Digits glued
to a word are usually a name (``BNIP3``, ``p53``, ``CD44``, ``Ser65``), so a run is
accepted only with strong evidence, at two levels:

- the run (``candidates``): 1-3 digit numbers, comma lists and ranges, glued to a
  word, to ``)`` or to ``.``, followed by space, punctuation or the end (not by a
  letter, digit, ``/``, ``-``, ``+``, ``%``: ``H2O2``, ``G2/M``, ``IL-6``); the word
  without the digits is an ordinary lower-case word (``models/ingest/plain_words.txt.gz``,
  built by ``scripts/build_plain_words.py``), not a unit, a label that takes a number
  (``phase3``, ``exon2``) or a word+digit gene symbol (``pink1``); after ``)`` the
  bracket holds words without digits and is not glued to a name (``mitoK(ATP)``,
  ``Ca(OH)2``); every number falls within the reference list;
- the document (``detect``): the paper uses the style, i.e. at least ``min_runs``
  such runs, and the runs' first appearances go up roughly in order (1,2 then 3
  then 4-6 ...; each new number at most ``order_slack`` beyond the largest seen so
  far, counted together with the document's other markers) for ``min_in_order`` of
  them. Decided once per document; a paper without the style gets no such markers.

Thresholds and word lists: ``models/ingest/flat_citations.json`` (README there).
Written by hand: no library recognises citations whose superscript was lost.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from pipeline.ingest.citations import Marker, expand_numbers, find_markers
from pipeline.resources import model_path

_ITEM = r"\d{1,3}(?:[\u2013\-]\d{1,3})?"
# Digits not followed by what continues a name or a number: "H2O2", "G2/M", "2-fold", "5%", "1.5".
_RUN = re.compile(rf"(?P<run>{_ITEM}(?:,{_ITEM})*)(?![\w/+\-\u2013%°]|\.\d)")
_HOST = re.compile(r"([A-Za-z][A-Za-z\-]*)$")


@dataclass(frozen=True)
class _Data:
    words: frozenset[str]
    symbol_tokens: frozenset[str]
    excluded: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    suffix_min_length: int
    min_host_length: int
    min_proper_noun_length: int
    jump_slack: int
    min_runs: int
    min_in_order: float
    order_slack: int
    max_number_without_list: int


@lru_cache(maxsize=1)
def _data() -> _Data:
    cfg = json.loads(model_path("ingest", "flat_citations.json").read_text(encoding="utf-8"))
    sup = json.loads(model_path("ingest", "superscripts.json").read_text(encoding="utf-8"))
    with gzip.open(model_path("ingest", "plain_words.txt.gz"), "rt", encoding="utf-8") as fh:
        words = frozenset(fh.read().split())
    symbols = frozenset(model_path("ingest", "plain_words_symbols.txt").read_text(encoding="utf-8").split())
    excluded = frozenset(cfg["label_words"]) | frozenset(cfg["name_words"]) | frozenset(sup["units"]) | frozenset(w.lower() for w in sup["software"])
    return _Data(
        words=words, symbol_tokens=symbols, excluded=excluded,
        prefixes=tuple(cfg["prefixes"]), suffixes=tuple(cfg["suffixes"]),
        suffix_min_length=int(cfg["suffix_min_length"]), min_host_length=int(cfg["min_host_length"]),
        min_proper_noun_length=int(cfg["min_proper_noun_length"]), jump_slack=int(cfg["jump_slack"]),
        min_runs=int(cfg["min_runs"]), min_in_order=float(cfg["min_in_order"]),
        order_slack=int(cfg["order_slack"]), max_number_without_list=int(cfg["max_number_without_list"]),
    )


def is_plain_word(word: str) -> bool:
    """An ordinary lower-case word: in the word list, or a known prefix / plural / suffix of one."""
    d = _data()
    if re.fullmatch(r"[A-Z][a-z]+", word):  # a proper noun the word list prints capitalized ("Asia")
        return len(word) >= d.min_proper_noun_length and word in d.words and word.lower() not in d.excluded
    if not re.fullmatch(r"[a-z]+", word) or word in d.excluded:
        return False
    if word in d.words:
        return True
    for stem in (word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if len(stem) >= 4 and stem in d.words:
            return True
    for prefix in d.prefixes:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 4 and (rest in d.words or is_plain_word(rest)):
            return True
    return len(word) >= d.suffix_min_length and word.endswith(d.suffixes)


def _host_fits(text: str, start: int, run: str) -> bool:
    """Is the text just before ``text[start:]`` a place a flattened citation is glued to?"""
    d = _data()
    prev = text[start - 1 : start]
    if prev == ")":
        open_ = text.rfind("(", max(0, start - 80), start)
        if open_ < 0 or (open_ > 0 and not text[open_ - 1].isspace()):
            return False  # "mitoK(ATP)", "Ca(OH)2", or no bracket in sight
        inside = text[open_ + 1 : start - 1]
        last = re.search(r"([A-Za-z]+)\W*$", inside)
        # "(see review)3" yes; "(BMPR)1", "(Hsp)27", "(CCTTT)14", "(n = 3)2" no
        return last is not None and not re.search(r"\d", inside) and is_plain_word(last.group(1))
    end = start - 1 if prev == "." else start
    host = _HOST.search(text, max(0, end - 60), end)
    if host is None or host.end() != end:
        return False
    token = text[:host.start()].rsplit(None, 1)[-1] if text[:host.start()].strip() else ""
    if host.start() > 0 and not text[host.start() - 1].isspace() and re.search(r"\d", token):
        return False  # "p53-dependent3": a token that already carries digits
    *head, word = host.group(1).split("-")
    if any(not re.fullmatch(r"[A-Za-z][a-z]*", seg) for seg in head):
        return False  # "TGF-beta1", "AMP-alpha2": the digits belong to a name
    if len(word) < d.min_host_length:
        return False
    if prev != "." and (word.lower() + run.split(",")[0].split("-")[0].split("\u2013")[0]) in d.symbol_tokens:
        return False  # "pink1", "park2"
    return is_plain_word(word)


def candidates(text: str, max_number: int) -> list[Marker]:
    """Every run in ``text`` that passes the run-level guards, in order."""
    out = []
    for m in _RUN.finditer(text):
        start = m.start()
        prev = text[start - 1 : start]
        if not prev or not (prev.isalpha() or prev in ").") or (prev == "." and not text[start - 2 : start - 1].isalpha()):
            continue
        if prev == "." and text[m.end() : m.end() + 1] == ".":
            continue  # "... glucose.4. Next": a numbered item glued to the previous sentence
        run = m.group("run")
        if not _host_fits(text, start, run):
            continue
        numbers = expand_numbers(run)
        if numbers and all(0 < n <= max_number for n in numbers):
            out.append(Marker(run, start, m.end(), tuple(numbers)))
    return out


@dataclass(frozen=True)
class FlatStyle:
    """A document's decision: does it print citations as flattened superscripts?"""

    accepted: bool
    max_number: int
    runs: int = 0
    in_order: float = 0.0
    #: (hash of the text, start) of runs that jump far ahead of the order ("Cal27" among 1-9)
    jumps: frozenset[tuple[int, int]] = frozenset()

    def markers(self, text: str) -> list[Marker]:
        """The flattened markers of ``text`` (none unless the document uses the style)."""
        if not self.accepted:
            return []
        key = hash(text)
        return [m for m in candidates(text, self.max_number) if (key, m.start) not in self.jumps]


def detect(texts: Iterable[str], n_references: int = 0) -> FlatStyle:
    """Decide for one document (its paragraphs, captions and cells, in reading order)."""
    d = _data()
    limit = n_references if n_references > 0 else d.max_number_without_list
    sequence: list[tuple[int, int, bool, tuple[int, ...], int]] = []
    for i, text in enumerate(texts):
        key = hash(text)
        sequence += [(i, m.start, False, m.numbers, key) for m in find_markers(text)]
        sequence += [(i, m.start, True, m.numbers, key) for m in candidates(text, limit)]
    sequence.sort()
    seen: set[int] = set()
    max_seen = 0
    runs = new_runs = ordered = 0
    jumps = set()
    for _, start, flat, numbers, key in sequence:
        new = [n for n in numbers if n not in seen]
        if flat:
            runs += 1
            if new:
                new_runs += 1
                ordered += min(new) <= max_seen + d.order_slack
                if min(new) > max_seen + d.jump_slack:
                    jumps.add((key, start))
                    continue  # out of the order: no citation, and it moves nothing
        seen.update(numbers)
        max_seen = max(max_seen, *numbers)
    in_order = ordered / new_runs if new_runs else 0.0
    accepted = new_runs >= d.min_runs and in_order >= d.min_in_order
    return FlatStyle(accepted=accepted, max_number=limit, runs=runs, in_order=round(in_order, 3), jumps=frozenset(jumps))


_SUP = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
_GLUED_TOKEN = re.compile(
    rf"(?P<word>[A-Za-z](?:[A-Za-z\-]*[A-Za-z])?)"
    rf"(?P<num>\d{{1,3}}(?:[,\u2013\-]\d{{1,3}})*|[{_SUP}]{{1,3}}(?:[,\u2013\-\u207b][{_SUP}]{{1,3}})*)"
)


def split_glued(token: str) -> list[str] | None:
    """``["cisplatin", "8,9"]`` for the token ``cisplatin8,9`` (and ``resistance¹²,¹³``), so that the
    NER reads the word; None for a name (``BNIP3``, ``pink1``, ``Ser65``) or anything else.

    For the tokenizer only: whether the digits are a citation is decided by ``detect``.
    Digits are split off only where the word is one the run rule accepts (``_host_fits``),
    and raised digits after any word of letters, since no name ends in them.
    """
    m = _GLUED_TOKEN.fullmatch(token)
    if m is None:
        return None
    word, num = m.group("word"), m.group("num")
    if num[0] in _SUP:
        return [word, num]
    return [word, num] if _host_fits(word, len(word), num) else None
