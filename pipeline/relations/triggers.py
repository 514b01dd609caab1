"""The relation lexicon (``models/relations/``) and where its phrases occur in a spaCy Doc.

Trigger phrases, polarity modifiers and clause cues are data, one JSON object
per line (``{"label", "forms", "id", ...}``); this module reads and checks them
and matches them with a spaCy ``PhraseMatcher`` on lower-cased tokens, so the
tokenization of the phrases always equals that of the text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.attrs import LOWER
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.relations.bare_effects import flipped_bare_effects
from pipeline.resources import LexiconError, model_path

LEXICON_FILES = ("outcomes.jsonl", "agent_verbs.jsonl", "modifiers.jsonl")
CUES_FILE = "cues.json"
TABLE_ROLES_FILE = "table_roles.json"


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: a label (OUTCOME, AGENT, REG_DOWN, REG_UP, OUTCOME_FLIP) and its values."""

    label: str
    id: str
    forms: tuple[str, ...]
    value: int = 1  # polarity (OUTCOME, REG_*) or direction (AGENT)
    modality: str = ""
    weak: bool = False  # only suggests the relation (survival, apoptosis); outranked by strong words
    linked: bool = False  # counts only with a therapy linked in the text ("response to D")
    compound: bool = False  # links only the therapy right before it ("CAR-T cell persistence"), never one after
    max_gap: int = 0  # a form "A ... B" matches A, 1..max_gap tokens, then B ("survival of ... -treated mice")
    flip_only: bool = False  # counts only as the object of a flip word ("antagonized the effect of D"; bare_effects.py)


@dataclass(frozen=True)
class Hit:
    """A cue found in a Doc: token span [start, end) and the entry."""

    start: int
    end: int
    cue: Cue


@dataclass(frozen=True)
class RelationLexicon:
    cues: tuple[Cue, ...]
    settings: dict[str, Any] = field(hash=False, compare=False)
    table_roles: dict[str, tuple[str, ...]] = field(hash=False, compare=False)
    _words: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False, repr=False)

    def words(self, name: str) -> tuple[str, ...]:
        """A list setting of ``cues.json`` (lower-cased; built once per name, as the rules ask per token)."""
        cached = self._words.get(name)
        if cached is not None:
            return cached
        try:
            value = self.settings[name]
        except KeyError:
            raise LexiconError(f"{CUES_FILE} lacks the setting {name!r}") from None
        words = self._words[name] = tuple(str(v).lower() for v in value)
        return words

    def word_set(self, name: str) -> frozenset[str]:
        """``words(name)`` as a frozenset, built once per name (the rules test membership per sentence)."""
        key = "\0set:" + name
        cached = self._words.get(key)
        if cached is None:
            cached = self._words[key] = frozenset(self.words(name))
        return cached

    def number(self, name: str) -> int:
        """An integer setting of ``cues.json`` (a token or character window, a count)."""
        return int(self._setting(name))

    def value(self, name: str) -> float:
        """A real-valued setting of ``cues.json`` (a confidence)."""
        return float(self._setting(name))

    def _setting(self, name: str) -> Any:
        try:
            return self.settings[name]
        except KeyError:
            raise LexiconError(f"{CUES_FILE} lacks the setting {name!r}") from None


def _read_jsonl(path: Path) -> list[Cue]:
    cues = []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                data = json.loads(line)
                forms = tuple(str(f).lower() for f in data["forms"])
                value = int(data.get("polarity", data.get("direction", 1)))
                cue = Cue(
                    data["label"], data["id"], forms, value, data.get("modality", "") or "",
                    bool(data.get("weak")), bool(data.get("linked")), bool(data.get("compound")),
                    int(data.get("max_gap", 0)), bool(data.get("flip_only")),
                )
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise LexiconError(f"{path}:{lineno}: bad lexicon entry ({exc}); need label, id, forms") from None
            if value not in (-1, 1):
                raise LexiconError(f"{path}:{lineno}: polarity/direction {value} is not -1 or 1")
            cues.append(cue)
    return cues


def load_lexicon(directory: str | Path | None = None) -> RelationLexicon:
    """Read the relation lexicon from ``directory`` (default ``models/relations``)."""
    return _load_lexicon(str(directory or model_path("relations")))


@lru_cache(maxsize=4)
def _load_lexicon(directory: str) -> RelationLexicon:
    folder = Path(directory)
    if not folder.is_dir():
        raise LexiconError(f"relation lexicon folder {folder} does not exist")
    cues: list[Cue] = []
    for name in LEXICON_FILES:
        cues.extend(_read_jsonl(folder / name))
    settings = json.loads((folder / CUES_FILE).read_text(encoding="utf-8"))
    roles = json.loads((folder / TABLE_ROLES_FILE).read_text(encoding="utf-8"))
    table_roles = {role: tuple(s.lower() for s in names) for role, names in roles.items()}
    return RelationLexicon(tuple(cues), settings, table_roles)


GAP = "..."  # the gap marker inside a form


class CueMatcher:
    """PhraseMatcher over lower-cased tokens for every lexicon form, built once per vocab."""

    def __init__(self, vocab, lexicon: RelationLexicon):
        self.lexicon = lexicon
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self.by_key: dict[int, list[Cue]] = {}
        self._vocab = vocab
        self.gapped: list[tuple[tuple[str, ...], tuple[str, ...], Cue]] = []  # (head, tail, cue)

    def add(self, make_doc) -> CueMatcher:
        for index, cue in enumerate(self.lexicon.cues):
            key = f"{cue.label}:{index}"
            plain = [form for form in cue.forms if GAP not in form.split()]
            for form in cue.forms:
                if form not in plain:
                    head, tail = (part.strip() for part in form.split(f" {GAP} ", 1))
                    self.gapped.append((tuple(t.lower_ for t in make_doc(head)),
                                        tuple(t.lower_ for t in make_doc(tail)), cue))
            if plain:
                self.matcher.add(key, [make_doc(form) for form in plain])
            self.by_key[self._vocab.strings[key]] = [cue]
        return self

    def _gapped_hits(self, doc: Doc, labels: tuple[str, ...] | None) -> list[Hit]:
        """Hits of the "A ... B" forms: a short scan, as a PhraseMatcher takes no gaps and a token Matcher
        pattern per form would need the gap spelled out per length."""
        found = []
        lowers = token_lowers(doc)
        for head, tail, cue in self.gapped:
            if labels is not None and cue.label not in labels:
                continue
            n, m = len(head), len(tail)
            for i in range(len(lowers) - n + 1):
                if tuple(lowers[i:i + n]) != head:
                    continue
                for j in range(i + n + 1, min(i + n + cue.max_gap, len(lowers) - m) + 1):
                    if tuple(lowers[j:j + m]) == tail:
                        found.append(Hit(i, j + m, cue))
                        break
        return found

    def hits(self, doc: Doc, labels: tuple[str, ...] | None = None) -> list[Hit]:
        """All cue hits, longest first at each start, sorted by position."""
        found = []
        for key, start, end in self.matcher(doc):
            for cue in self.by_key[key]:
                if labels is None or cue.label in labels:
                    found.append(Hit(start, end, cue))
        if self.gapped:
            found.extend(self._gapped_hits(doc, labels))
        if any(h.cue.flip_only for h in found):
            found = flipped_bare_effects(found, token_lowers(doc), self.lexicon.word_set("cell_words"))
        return longest_hits(found)


def longest_hits(hits: list[Hit]) -> list[Hit]:
    """Per label, drop hits contained in a longer hit of the same label."""
    kept = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start), h.cue.label, h.cue.id)):
        if any(k.cue.label == hit.cue.label and k.start <= hit.start and hit.end <= k.end for k in kept):
            continue
        kept.append(hit)
    return sorted(kept, key=lambda h: (h.start, h.end, h.cue.label))


_MATCHERS: dict[int, tuple[Any, RelationLexicon, CueMatcher]] = {}


def cue_matcher(nlp, lexicon: RelationLexicon) -> CueMatcher:
    """The cached matcher for this pipeline and lexicon (phrases tokenized by ``nlp.make_doc``)."""
    key = id(nlp)
    cached = _MATCHERS.get(key)
    if cached is None or cached[0] is not nlp or cached[1] is not lexicon:
        matcher = CueMatcher(nlp.vocab, lexicon).add(nlp.make_doc)
        _MATCHERS[key] = (nlp, lexicon, matcher)
        return matcher
    return cached[2]


@lru_cache(maxsize=512)
def _phrase_index(phrases: tuple[str, ...], backwards: bool) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases keyed by the word next to the anchor (first word, or last one going backwards), longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=lambda p: -len(p.split())):
        words = tuple(phrase.split())
        if words:
            index.setdefault(words[-1] if backwards else words[0], []).append(words)
    return {key: tuple(value) for key, value in index.items()}


#: id(doc) -> (doc, its tokens' lower-case texts) of the last few Docs read (``token_lowers``); the Doc is
#: held, so its id cannot be reused while cached
_LOWERS: dict[int, tuple[Doc, list[str]]] = {}
_LOWERS_MAX = 8


def token_lowers(doc: Doc) -> list[str]:
    """``[t.lower_ for t in doc]``, kept for the last few Docs: the rules ask for one sentence's words per
    token of it, and each ``doc[i]`` makes a Token object. The relation rules never retokenize a Doc; a Doc
    whose length changed is read again. Callers must not change the list."""
    cached = _LOWERS.get(id(doc))
    if cached is not None and cached[0] is doc and len(cached[1]) == len(doc):
        return cached[1]
    if len(_LOWERS) >= _LOWERS_MAX:
        _LOWERS.clear()
    strings = doc.vocab.strings
    lowers = [strings[x] for x in doc.to_array(LOWER).tolist()] if len(doc) else []
    _LOWERS[id(doc)] = (doc, lowers)
    return lowers


def phrase_at(doc: Doc, start: int, phrases: tuple[str, ...], backwards: bool = False) -> int:
    """Length in tokens of the first of ``phrases`` found at token ``start`` (or ending before it), else 0.

    The longest phrase wins; an index by anchor word (cached per phrase tuple)
    keeps this a dictionary look-up, since it runs for every token of every clause.
    """
    anchor = start - 1 if backwards else start
    lowers = token_lowers(doc)
    if not 0 <= anchor < len(lowers):
        return 0
    candidates = _phrase_index(phrases, backwards).get(lowers[anchor], ())
    for words in candidates:
        n = len(words)
        lo = start - n if backwards else start
        if lo < 0 or lo + n > len(lowers):
            continue
        if all(lowers[lo + k] == w for k, w in enumerate(words)):
            return n
    return 0
