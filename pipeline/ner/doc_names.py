"""Names no lexicon lists, read from the paper's own context (data: ``models/ner/doc_names.json``).

Active metabolites the drug dictionary files under their parent drug (``SN-38`` -> irinotecan) keep
their own id, and a formulation (``nab-paclitaxel``, ``liposomal doxorubicin``) the drug's INN
(``models/ner/metabolites.json``). Four readings, each a weak one (ranked below every lexicon reading, so they only fill gaps):

* a code name after a class word (``the compound QZ-12``, ``the SIRT1 inhibitor AB-52``) or in
  apposition with one (``QZ-12, a small-molecule PINK1 activator,``): CHEMICAL, id the lower-cased code (the compound-code regex wants three digits or a long word before the hyphen);
* a short form printed before its long form (``TOMAR (tumour mitophagy-activating RNA)``), the
  long form ending in a gene head word (``definition_heads`` of ``gene_shapes.json``) and holding the
  short form's letters in order, first letter first: a gene (scispacy's detector finds only
  ``long form (SHORT)``);
* a gene-shaped name in apposition with a gene or ncRNA noun (``KORAL1, a previously
  uncharacterized lncRNA,``);
* a gene-symbol shape opening a sentence (or after ``that``, or after the comma of an introductory
  phrase: ``In these cells, ZQR7 promoted ...``, session 13) as the subject of an outcome frame
  (``ZQR7 promotes resistance to D``, ``ZQR7 expression was associated with D resistance``): a verb
  or a change noun right after it and an outcome word before the sentence ends. Protein-name shapes
  (``Zantorin``) are left out here: an unlisted protein name is most often a known protein under an
  alias the lexicon lacks, whose printed name is a wrong id (and natural compounds end in ``-in`` too).

Then every reading a cue gave once in the document (these and ``shapes.shape_spans``) holds at
every other occurrence of the same printed name in the document (the pass is one Doc per paper):
``The lncRNA X ... . X promotes ...``.

Hand-written over the token texts the earlier components already made (one pass, set lookups), as
``shapes.py`` is, for the same reason (a Matcher would re-read every token's attributes).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

from pipeline.ner.normalize import Candidate
from pipeline.ner.shapes import ShapeData, gene_shaped, shape_data
from pipeline.resources import model_path

GENE = "GENE_OR_PROTEIN"
CHEMICAL = "CHEMICAL"
SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";"})
MAX_LONG_FORM = 8  # tokens inside the brackets of a reversed definition


@dataclass(frozen=True)
class NameData:
    code: re.Pattern
    code_cues: frozenset[str]
    code_not_before: frozenset[str]
    apposition_nouns: frozenset[str]
    apposition_window: int
    frame_verbs: frozenset[str]
    frame_outcome: re.Pattern
    frame_window: int
    frame_after: frozenset[str]
    frame_openers: frozenset[str]
    frame_opener_window: int
    frame_weak_verbs: frozenset[str]
    frame_copula_causal: frozenset[str]


@lru_cache(maxsize=1)
def metabolite_ids() -> dict[str, str]:
    """Active metabolites the drug dictionary files under the parent drug (``models/ner/metabolites.json``)."""
    raw = json.loads(model_path("ner", "metabolites.json").read_text(encoding="utf-8"))
    return {k.lower(): v for k, v in raw["names"].items()}


@lru_cache(maxsize=1)
def formulation_prefixes() -> tuple[str, ...]:
    raw = json.loads(model_path("ner", "metabolites.json").read_text(encoding="utf-8"))
    return tuple(sorted(raw["formulation_prefixes"], key=len, reverse=True))


@lru_cache(maxsize=1)
def name_data() -> NameData:
    raw = json.loads(model_path("ner", "doc_names.json").read_text(encoding="utf-8"))
    return NameData(
        code=re.compile(raw["code_shape"]),
        code_cues=frozenset(raw["code_cues"]),
        code_not_before=frozenset(raw["code_not_before"]),
        apposition_nouns=frozenset(raw["apposition_nouns"]),
        apposition_window=int(raw["apposition_window"]),
        frame_verbs=frozenset(raw["frame_verbs"]),
        frame_outcome=re.compile(raw["frame_outcome"]),
        frame_window=int(raw["frame_window"]),
        frame_after=frozenset(raw["frame_after"]),
        frame_openers=frozenset(raw.get("frame_openers", ())),
        frame_opener_window=int(raw.get("frame_opener_window", 0)),
        frame_weak_verbs=frozenset(raw.get("frame_weak_verbs", ())),
        frame_copula_causal=frozenset(raw.get("frame_copula_causal", ())),
    )


def own_metabolite_ids(out: list, texts: list[str], lowers: list[str], taken: set[int]) -> set[int]:
    """Give the CHEMICAL candidates of ``out`` that name a listed metabolite its own id (in place), and add
    the listed one-token names no candidate covers; returns the tokens added."""
    ids = metabolite_ids()
    prefixes = formulation_prefixes()
    for k, c in enumerate(out):
        if c.label == CHEMICAL:
            key = " ".join(texts[c.start : c.end]).lower() if c.end - c.start > 1 else lowers[c.start]
            if key in ids or key.replace(" ", "") in ids:
                out[k] = replace(c, id=ids.get(key) or ids[key.replace(" ", "")])
                continue
            key = key.replace(" - ", "-")
            rest = next((key[len(p):] for p in prefixes if key.startswith(p)), "")
            if rest.isalpha():  # "nab-paclitaxel", "liposomal doxorubicin": the drug's INN
                out[k] = replace(c, id=rest)
    added = set()
    for i, low in enumerate(lowers):
        if low in ids and i not in taken:
            out.append(Candidate(i, i + 1, CHEMICAL, ids[low], "curated"))
            added.add(i)
    return added


def _sentence_start(texts: list[str], lowers: list[str], i: int, data: NameData) -> bool:
    if i == 0:
        return True
    prev = texts[i - 1]
    return (prev in SENTENCE_ENDS or prev.isspace() or lowers[i - 1] in data.frame_after
            or (prev == "," and _after_opener(texts, lowers, i - 1, data)))


def _after_opener(texts: list[str], lowers: list[str], comma: int, data: NameData) -> bool:
    """The comma closes an introductory phrase (``In these cells, X ...``, ``Mechanistically, X ...``):
    the sentence began, at most ``frame_opener_window`` tokens before, with an opener word and no other
    comma stands between, so the name after the comma is the main clause's subject."""
    for j in range(comma - 1, max(-1, comma - 1 - data.frame_opener_window), -1):
        if texts[j] == "," or texts[j] in SENTENCE_ENDS:
            return False
        if j == 0 or texts[j - 1] in SENTENCE_ENDS or texts[j - 1].isspace():
            two = f"{lowers[j]} {lowers[j + 1]}" if j + 1 < comma else lowers[j]
            return lowers[j] in data.frame_openers or two in data.frame_openers
    return False


def _letters_in_order(short: str, long_words: list[str]) -> bool:
    letters = [c for c in short.lower() if c.isalpha()]
    text = " ".join(long_words)
    if not letters or not text or text[0] != letters[0]:
        return False
    pos = 0
    for c in letters:
        pos = text.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _is_name(texts, i, taken, shapes: ShapeData, stoplist, allow_words=False) -> bool:
    return i not in taken and gene_shaped(texts[i], False, shapes, stoplist, allow_words=allow_words)


def _apposition_names(texts: list[str], lowers: list[str], i: int, words, window: int) -> bool:
    """``X, a ... WORD``: one of ``words`` within ``window`` tokens after ``X, a``, before the apposition's
    comma or the sentence's end."""
    for j in range(i + 3, min(len(texts), i + 3 + window)):
        if lowers[j] in words:
            return True
        if texts[j] in SENTENCE_ENDS or texts[j] == ",":
            return False
    return False


def doc_name_candidates(texts: list[str], lowers: list[str], taken: set[int], cued_genes: list[int],
                        stoplist: frozenset[str] = frozenset(),
                        word_alias: Callable[[str], bool] | None = None) -> list[tuple[int, str]]:
    """(token index, label) of the names this module reads (see the module doc), propagation included.

    ``taken``: tokens any earlier reading covers; ``cued_genes``: one-token gene names a cue gave
    (``shapes.shape_spans``, ncRNA prefixes), propagated with this module's own finds; ``word_alias``:
    whether the lexicon lists a name as an alias it flags as a word or a non-gene abbreviation's
    double (``NIX``, ``MRI``, ``HAT``): such a subject needs a causal frame verb, not a copula
    (``frame_weak_verbs``: ``MRI was used to assess resistance`` is no gene) unless a causal adjective
    follows it (``frame_copula_causal``: ``NIX was required for ...``).
    """
    data, shapes = name_data(), shape_data()
    n = len(texts)
    found: dict[int, str] = {}
    for i in range(1, n):
        low = lowers[i]
        # code after a class word: "the compound QZ-12"
        if lowers[i - 1] in data.code_cues and i not in taken and data.code.match(texts[i]) \
                and any(c.isdigit() for c in texts[i]) and (i + 1 >= n or lowers[i + 1] not in data.code_not_before):
            found[i] = CHEMICAL
            continue
        # reversed definition: "TOMAR (tumour mitophagy-activating RNA)"
        if low == "(" and i + 2 < n and _is_name(texts, i - 1, taken, shapes, stoplist, allow_words=True):
            close = next((j for j in range(i + 2, min(n, i + 2 + MAX_LONG_FORM)) if texts[j] == ")"), None)
            if close is not None and close - i > 2:
                words = lowers[i + 1 : close]
                if words[-1] in shapes.definition_heads and _letters_in_order(texts[i - 1], words):
                    found[i - 1] = GENE
                    continue
    for i in range(n - 2):
        # a code in apposition with a class word: "QZ-12, a small-molecule PINK1 activator,"
        if texts[i + 1] == "," and lowers[i + 2] in ("a", "an") and i not in taken and i not in found \
                and data.code.match(texts[i]) and any(c.isdigit() for c in texts[i]):
            if _apposition_names(texts, lowers, i, data.code_cues, data.apposition_window):
                found[i] = CHEMICAL
                continue
        # apposition: "KORAL1, a previously uncharacterized lncRNA"
        if texts[i + 1] == "," and lowers[i + 2] in ("a", "an") and _is_name(texts, i, taken, shapes, stoplist):
            if _apposition_names(texts, lowers, i, data.apposition_nouns, data.apposition_window):
                found[i] = GENE
        # subject of an outcome frame: "Zantorin promotes resistance to D"
        if i in taken or i in found or lowers[i + 1] not in data.frame_verbs or not _sentence_start(texts, lowers, i, data):
            continue
        if not gene_shaped(texts[i], False, shapes, stoplist):  # symbol shapes only (see the module doc)
            continue
        if (lowers[i + 1] in data.frame_weak_verbs and word_alias is not None and word_alias(texts[i])
                and not (i + 2 < n and lowers[i + 2] in data.frame_copula_causal)):
            continue  # "MRI was used to assess resistance"; "NIX was required for resistance" stays
        for j in range(i + 1, min(n, i + 1 + data.frame_window)):
            if texts[j] in SENTENCE_ENDS:
                break
            if data.frame_outcome.match(lowers[j]):
                found[i] = GENE
                break
    # every name a cue gave once holds at its other occurrences in the document
    names = {texts[i]: label for i, label in found.items()}
    for i in cued_genes:
        names.setdefault(texts[i], GENE)
    if names:
        for i, t in enumerate(texts):
            if t in names and i not in taken and i not in found:
                found[i] = names[t]
    return sorted(found.items())
