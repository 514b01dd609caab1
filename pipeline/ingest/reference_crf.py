"""Reference-string field tagging with a linear-chain CRF (python-crfsuite).

The method GROBID uses for its citation model: the entry is cut into tokens,
each token gets lexical, shape and position features, and a CRF trained on
GROBID's own labelled reference strings (``scripts/train_reference_crf.py``)
labels every token ``author``, ``title``, ``journal``, ``date``, ``volume``,
``issue``, ``pages``, ``booktitle``, ``publisher`` ... or ``O`` (glue
punctuation). The model file ships in ``models/references/`` and is loaded
once, without downloads. Written on python-crfsuite because no maintained
PyPI package parses reference strings offline.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import numpy as np

from pipeline.ingest import reference_title_ends, reference_titles, reference_venues
from pipeline.resources import models_dir

MODEL_NAME = "references/citation.crfsuite"
LEXICON_NAME = "references/citation-lexicon.json"

#: The fields the lexicon scores a word for (the share of its occurrences in the training
#: strings that lie inside that field), in the order of the digits stored per word.
LEXICON_FIELDS = ("journal", "title", "booktitle", "publisher", "author")

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+|[^\w\s]")
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")
_MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
}


def tokenize(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _shape(tok: str) -> str:
    # any script: upper -> X, lower -> x, caseless letters (CJK, Hangul, Arabic) -> c
    s = "".join("d" if ch.isdigit() else ("X" if ch.isupper() else "x" if ch.islower() else "c" if ch.isalpha() else ch) for ch in tok)
    return re.sub(r"(.)\1{2,}", r"\1\1", s)


def _script(tok: str) -> str:
    ch = tok[:1]
    if not ch.isalpha():
        return "-"
    if ch.isascii():
        return "latin"
    code = ord(ch)
    if 0x3040 <= code <= 0x30FF:
        return "kana"
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
        return "hangul"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
        return "han"
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    return "latin" if code < 0x0250 else "other"


def _token_features(tok: str, lexicon: dict[str, str]) -> dict[str, object]:
    low = tok.lower()
    f: dict[str, object] = {
        "w": low,
        "sh": _shape(tok),
        "p1": low[:1],
        "p2": low[:2],
        "p3": low[:3],
        "p4": low[:4],
        "s2": low[-2:],
        "s3": low[-3:],
        "s4": low[-4:],
        "len": min(len(tok), 8),
        "cap": tok[:1].isupper(),
        "upper": tok.isupper() and len(tok) > 1,
        "year": bool(_YEAR.match(tok)),
        "month": low in _MONTHS,
        "init": len(tok) == 1 and tok.isupper(),
        "script": _script(tok),
    }
    scores = lexicon.get(low)
    if scores:
        for name, digit in zip(LEXICON_FIELDS, scores):
            f[f"lex.{name}"] = digit
    else:
        f["lex.unknown"] = tok[:1].isalpha()
    return f


@lru_cache(maxsize=65536)
def _shipped_token_features(tok: str) -> dict[str, object]:
    """``_token_features`` with the lexicon in use (``_lexicon``; ``use_model`` clears this), cached per token: reference lists repeat their tokens
    (initials, punctuation, journal words, years), and building the dict was a tenth of PDF ingest.
    Callers read the dict and never change it."""
    return _token_features(tok, _lexicon())


def _segments(text: str, tokens: list[tuple[str, int, int]]) -> list[int]:
    """Segment index of each token: a new segment starts after ". " that does not close an
    initial, and at quotes and brackets -- the units a reference's fields are made of."""
    seg, out = 0, []
    for i, (tok, start, end) in enumerate(tokens):
        out.append(seg)
        prev = tokens[i - 1][0] if i else ""
        if tok == "." and (end >= len(text) or text[end] == " ") and not (len(prev) == 1 and prev.isupper()):
            seg += 1
        elif tok in "\"“”()[]":
            seg += 1
    return out


_LEX_KEYS = tuple(f"lex.{name}" for name in LEXICON_FIELDS)
_SEG_LEX_KEYS = tuple(f"seg.lex.{name}" for name in LEXICON_FIELDS)


def _token_stats(tok: str, b: dict[str, object]) -> tuple[int, ...]:
    """What token ``tok`` (own features ``b``) adds to its segment's counts in ``_segment_features``."""
    head = tok[:1]
    if head.isalpha():
        return (1, int(head.islower()), 0, int(head.isupper()), *(int(b.get(key, 0)) for key in _LEX_KEYS))
    return (0, 0, int(tok.isdigit()), 0) + (0,) * len(_LEX_KEYS)


@lru_cache(maxsize=65536)
def _shipped_token_stats(tok: str) -> tuple[int, ...]:
    """``_token_stats`` with the lexicon in use, cached per token (``use_model`` clears it)."""
    return _token_stats(tok, _shipped_token_features(tok))


def _segment_features(tokens, segs: list[int], base: list[dict[str, object]],
                      token_stats: list[tuple[int, ...]] | None = None) -> dict[int, dict[str, object]]:
    """Per segment: words, lower-case words, digits, capitalised words, then the lexicon's
    digits summed over its words, as features. ``token_stats``: each token's ``_token_stats``
    when the caller has them (integer sums: the same counts in any order)."""
    if token_stats is None:
        token_stats = [_token_stats(tok, b) for (tok, _s, _e), b in zip(tokens, base)]
    stats: dict[int, list[int]] = {}
    last: dict[int, int] = {}
    first = 0
    n = len(tokens)
    while first < n:  # a segment's tokens are consecutive (``_segments`` only counts up)
        seg = segs[first]
        end = first + 1
        while end < n and segs[end] == seg:
            end += 1
        stats[seg] = [sum(col) for col in zip(*token_stats[first:end])]
        last[seg] = end - 1
        first = end
    out = {}
    n = len(tokens)
    for seg, st in stats.items():
        words, lower, digits, caps = st[:4]
        ratio = lower / words if words else 0.0
        feats: dict[str, object] = {
            "seg.n": min(words, 12) // 3,
            "seg.low": "0" if ratio == 0 else ("1" if ratio < 0.3 else ("2" if ratio < 0.6 else "3")),
            "seg.dig": min(digits, 3),
            "seg.allcap": words > 0 and caps == words,
            "seg.i": min(seg, 8),
        }
        for key, total in zip(_SEG_LEX_KEYS, st[4:]):
            feats[key] = round(total / words) if words else -1
        end = last[seg]
        nxt = end + 1
        feats["seg.end"] = tokens[end][0] if not tokens[end][0][:1].isalnum() else "w"
        # what opens the next segment: a number (volume, year), a capitalised word, ...
        feats["seg.next"] = base[nxt]["sh"][:2] if nxt < n else "</S>"
        nxt2 = nxt + 1 if nxt < n and not tokens[nxt][0][:1].isalnum() else nxt
        feats["seg.next2"] = base[nxt2]["sh"][:2] if nxt2 < n else "</S>"
        out[seg] = feats
    return out


#: the longest venue name (in words) the gazetteer matches
_VENUE_WORDS = 8


def _venue_matches(tokens, venues: tuple[frozenset, frozenset]) -> list[str]:
    """Per token: ``B<n>``/``I<n>`` where a venue name the training labels hold (the gazetteer,
    built by the trainer) covers it, leftmost-longest, ``n`` its length in words (1, 2, 3+);
    "" elsewhere. Dictionary lookups over the entry's word tokens, no regex."""
    names, prefixes = venues
    out = [""] * len(tokens)
    if not names:
        return out
    words = [(i, tok.lower()) for i, (tok, _s, _e) in enumerate(tokens) if tok[:1].isalpha()]
    k = 0
    while k < len(words):
        best = 0
        key: tuple[str, ...] = ()
        for m in range(k, min(len(words), k + _VENUE_WORDS)):
            key = key + (words[m][1],)
            if key in names:
                best = m - k + 1
            if key not in prefixes:
                break
        if not best:
            k += 1
            continue
        size = str(min(best, 3))
        first, last = words[k][0], words[k + best - 1][0]
        out[first] = "B" + size
        for j in range(first + 1, last + 1):
            out[j] = "I" + size
        k += best
    return out


def venue_index(names) -> tuple[frozenset, frozenset]:
    """(names, prefixes) of a gazetteer given as space-joined lower-case word sequences."""
    keys = {tuple(name.split()) for name in names}
    return frozenset(keys), frozenset(key[:j] for key in keys for j in range(1, len(key)))


#: the +-3 window's feature names, built once: (offset, word key, shape key, ((own lexicon
#: key, neighbour's lexicon key), ...) for +-1)
_WINDOW = tuple(
    (off, f"{off}:w", f"{off}:sh",
     tuple((f"lex.{name}", f"{off}:lex.{name}") for name in LEXICON_FIELDS) if abs(off) == 1 else ())
    for off in (-3, -2, -1, 1, 2, 3))


def features(text: str, tokens: list[tuple[str, int, int]], lexicon: dict[str, str] | None = None,
             venues: tuple[frozenset, frozenset] | None = None) -> list[dict[str, object]]:
    n = len(tokens)
    if lexicon is None:
        lexicon = _lexicon()
    if venues is None:
        venues = _venues()
    gaz = _venue_matches(tokens, venues)
    segs = _segments(text, tokens)
    if lexicon is _lexicon():  # the lexicon in use: a token's own features are the same in every string
        base = [_shipped_token_features(t) for t, _, _ in tokens]
    else:
        base = [_token_features(t, lexicon) for t, _, _ in tokens]
    seg_feats = _segment_features(tokens, segs, base)
    out = []
    for i, place in enumerate(_places(text, tokens, base, gaz)):
        f: dict[str, object] = {"bias": 1.0, **base[i], **seg_feats[segs[i]]}
        f.update(zip(_PLACE_NAMES, place[:9]))
        gz, gz_before, gz_after = place[9:]
        if gz:
            f["gz"] = gz
        f["-1:gz"] = gz_before
        f["+1:gz"] = gz_after
        for off, w_key, sh_key, lex_keys in _WINDOW:
            j = i + off
            if 0 <= j < n:
                bj = base[j]
                f[w_key] = bj["w"]
                f[sh_key] = bj["sh"]
                for own, key in lex_keys:
                    if own in bj:
                        f[key] = bj[own]
            else:
                f[w_key] = "<S>" if j < 0 else "</S>"
        if i > 0:
            f["-1w|w"] = f"{base[i-1]['w']}|{base[i]['w']}"
        if i + 1 < n:
            f["w|+1w"] = f"{base[i]['w']}|{base[i+1]['w']}"
        out.append(f)
    return out


def model_path() -> Path:
    return models_dir() / MODEL_NAME


_override: list[Path] = []
_lexicon_override: list[Path] = []


def use_model(path: Path | None, lexicon: Path | None = None) -> None:
    """Tag with the model at ``path`` and its lexicon (None: the shipped ones); for training
    and benchmarks."""
    _override[:] = [path] if path else []
    _lexicon_override[:] = [lexicon] if lexicon else []
    _tagger.cache_clear()
    _model.cache_clear()
    _token_blocks.cache_clear()
    _vectors.clear()
    _gaz_vector.cache_clear()
    _segment_vector.cache_clear()
    _fixed_vectors.cache_clear()
    _edge_blocks.cache_clear()
    _context_block.cache_clear()
    _lexicon.cache_clear()
    _venues.cache_clear()
    _shipped_token_features.cache_clear()
    reference_title_ends._venue_words.cache_clear()
    _shipped_token_stats.cache_clear()


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    """word -> one digit 0-4 per field of LEXICON_FIELDS (the share of the word's occurrences
    inside that field in the training strings, in fifths); built by the trainer."""
    path = _lexicon_override[0] if _lexicon_override else models_dir() / LEXICON_NAME
    if not path.is_file():
        return {}
    import json

    return json.loads(path.read_text(encoding="utf-8"))["words"]


@lru_cache(maxsize=1)
def _venues() -> tuple[frozenset, frozenset]:
    """The venue gazetteer stored beside the lexicon (``venues``: journal names the training
    labels hold, as lower-case word sequences); empty when the file has none."""
    path = _lexicon_override[0] if _lexicon_override else models_dir() / LEXICON_NAME
    if not path.is_file():
        return frozenset(), frozenset()
    import json

    return venue_index(json.loads(path.read_text(encoding="utf-8")).get("venues", []))


@lru_cache(maxsize=1)
def _tagger():
    path = _override[0] if _override else model_path()
    if not path.is_file():
        return None
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@lru_cache(maxsize=1)
def _model():
    """The model in use read into numpy (``crf_model``): the labels ``_tagger`` gives, faster."""
    path = _override[0] if _override else model_path()
    if not path.is_file():
        return None
    from pipeline.ingest.crf_model import CRFModel

    return CRFModel.read(path)


def available() -> bool:
    return _model() is not None


def tag(text: str) -> list[tuple[str, int, int, str]]:
    """(token, start, end, label) for every token of ``text``; [] when the model is absent."""
    done = _primed.get(text)
    if done is not None:
        return list(done)
    model = _model()
    tokens = tokenize(text)
    if model is None or not tokens:
        return []
    # scores summed per cached group are crfsuite's up to rounding; a path whose choices all
    # win by far more than that is crfsuite's path; a closer one is scored in crfsuite's order
    labels = model.viterbi(_grouped_scores(text, tokens), margin=_MARGIN)
    if labels is None:
        labels = model.viterbi(model.scores(*encode(text, tokens)))
    return [(t, s, e, lab) for (t, s, e), lab in zip(tokens, labels)]


def tag_many(texts: list[str]) -> list[list[tuple[str, int, int, str]]]:
    """``tag`` of each of ``texts``, the grouped scores of all decoded together
    (``CRFModel.viterbi_many``): the same labels, fewer numpy steps for a reference list."""
    model = _model()
    tokens = [tokenize(text) for text in texts]
    if model is None:
        return [[] for _ in texts]
    todo = [k for k, toks in enumerate(tokens) if toks]
    decoded = model.viterbi_many([_grouped_scores(texts[k], tokens[k]) for k in todo], margin=_MARGIN)
    out: list[list[tuple[str, int, int, str]]] = [[] for _ in texts]
    for k, labels in zip(todo, decoded):
        if labels is None:  # a close choice: scored in crfsuite's order, as ``tag`` does
            labels = model.viterbi(model.scores(*encode(texts[k], tokens[k])))
        out[k] = [(t, s, e, lab) for (t, s, e), lab in zip(tokens[k], labels)]
    return out


#: text -> its ``tag``, for the texts of an open ``primed`` block
_primed: dict[str, list[tuple[str, int, int, str]]] = {}


@contextmanager
def primed(texts: list[str]):
    """Inside the block ``tag`` (and so ``runs``, ``fields``) of any of ``texts`` is read from
    one ``tag_many`` over all of them (a paper's reference list); emptied on leaving."""
    texts = [t for t in dict.fromkeys(texts) if t not in _primed]
    _primed.update(zip(texts, tag_many(texts)))
    try:
        yield
    finally:
        for t in texts:
            _primed.pop(t, None)


#: how far every choice of the grouped scores' best path must win for it to stand: rounding
#: moves a score by ~1e-13 (a hundred float64 sums of weights below 10 per token)
_MARGIN = 1e-6


def tag_crfsuite(text: str) -> list[tuple[str, int, int, str]]:
    """``tag`` through python-crfsuite's Tagger over the ``features`` dicts: the reference
    ``tag`` must equal (tests, benchmarks/references_bench.py --speed)."""
    tagger = _tagger()
    tokens = tokenize(text)
    if tagger is None or not tokens:
        return []
    labels = tagger.tag(features(text, tokens))
    return [(t, s, e, lab) for (t, s, e), lab in zip(tokens, labels)]


# -- the features of ``features`` as the model's attribute ids, in the same order -----------
#
# python-crfsuite turns a feature dict into attributes: a string value v of key k is the
# attribute "k:v" with value 1, a number (or bool) is the attribute "k" with that value.
# ``encode`` builds, per token, exactly the attributes ``features`` gives, in its order, but
# from blocks cached per token (its own features, its features as a neighbour), so a
# reference list's repeated tokens are looked up once; unknown attributes and zero values
# (which add nothing) are left out.


def _ids(items, attributes: dict[str, int]) -> tuple[tuple[int, ...], tuple[float, ...]]:
    ids, values = [], []
    for key, value in items:
        if isinstance(value, str):
            key, value = f"{key}:{value}", 1.0
        else:
            value = float(value)
        aid = attributes.get(key)
        if aid is not None and value:
            ids.append(aid)
            values.append(value)
    return tuple(ids), tuple(values)


@lru_cache(maxsize=65536)
def _token_blocks(tok: str):
    """A token's own features (``_token_features``), then its features as the neighbour at
    each offset of ``_WINDOW``, each as (ids, values)."""
    attributes = _model().attributes
    base = _shipped_token_features(tok)
    blocks = [_ids(base.items(), attributes)]
    for _off, w_key, sh_key, lex_keys in _WINDOW:
        items = [(w_key, base["w"]), (sh_key, base["sh"])]
        items += [(key, base[own]) for own, key in lex_keys if own in base]
        blocks.append(_ids(items, attributes))
    return tuple(blocks)


@lru_cache(maxsize=1)
def _edge_blocks():
    """Per offset of ``_WINDOW``: the (ids, values) of a neighbour before the start or past the end."""
    attributes = _model().attributes
    return tuple(_ids([(w_key, "<S>" if off < 0 else "</S>")], attributes) for off, w_key, _sh, _lex in _WINDOW)


@lru_cache(maxsize=65536)
def _context_block(pos, idx, periods, commas, paren, quote, year_seen, space_before, space_after, gz, gz_before, gz_after):
    """The features of a token's place in the entry (``features``, after the segment's) as
    (ids, values); few distinct combinations, so cached."""
    items = [("pos", pos), ("idx", idx), ("periods", periods), ("commas", commas), ("paren", paren),
             ("quote", quote), ("yearseen", year_seen), ("spacebefore", space_before), ("spaceafter", space_after)]
    if gz:
        items.append(("gz", gz))
    items += [("-1:gz", gz_before), ("+1:gz", gz_after)]
    return _ids(items, _model().attributes)


def _places(text: str, tokens: list[tuple[str, int, int]], base: list[dict[str, object]],
            gaz: list[str] | None = None) -> list[tuple]:
    """Per token, the arguments of ``_context_block``: its place in the entry as ``features``
    counts it (position, periods and commas before it, brackets, quotes, a year before it,
    spaces, the gazetteer's marks; ``gaz``: the marks when the caller has them)."""
    n = len(tokens)
    if gaz is None:
        gaz = _venue_matches(tokens, _venues())
    length = max(len(text), 1)
    out = []
    periods = commas = depth = 0
    quote = year_seen = False
    for i, (tok, start, end) in enumerate(tokens):
        out.append((int(10 * start / length), min(i, 6), min(periods, 5), min(commas, 6), depth > 0, quote, year_seen,
                    start > 0 and text[start - 1] == " ", end < len(text) and text[end : end + 1] == " ",
                    gaz[i], gaz[i - 1] if i else "<S>", gaz[i + 1] if i + 1 < n else "</S>"))
        if tok == ".":
            periods += 1
        elif tok == ",":
            commas += 1
        elif tok in "([":
            depth += 1
        elif tok in ")]":
            depth = max(0, depth - 1)
        elif tok in "\"“”":
            quote = not quote if tok == '"' else tok == "“"
        if base[i]["year"]:
            year_seen = True
    return out


def _bigrams(base: list[dict[str, object]], attributes: dict[str, int]) -> tuple[list, list]:
    """Per token, the attribute id of its ``-1w|w`` and of its ``w|+1w`` feature (None: none)."""
    words = [b["w"] for b in base]
    pairs = [attributes.get(f"-1w|w:{a}|{b}") for a, b in zip(words, words[1:])]
    after = [attributes.get(f"w|+1w:{a}|{b}") for a, b in zip(words, words[1:])]
    return [None] + pairs, after + [None]


def encode(text: str, tokens: list[tuple[str, int, int]]) -> tuple[list[int], list[float], list[int]]:
    """(attribute ids, values, each token's first index): ``features(text, tokens)`` with the
    lexicon and gazetteer in use, in its order, as ``CRFModel.scores`` reads it."""
    attributes = _model().attributes
    bias = attributes.get("bias")
    edges = _edge_blocks()
    n = len(tokens)
    segs = _segments(text, tokens)
    base = [_shipped_token_features(t) for t, _, _ in tokens]
    blocks = [_token_blocks(t) for t, _, _ in tokens]
    seg_blocks = {seg: _ids(feats.items(), attributes) for seg, feats in _segment_features(tokens, segs, base).items()}
    before, after = _bigrams(base, attributes)
    ids: list[int] = []
    values: list[float] = []
    starts: list[int] = []
    window = [(k + 1, off) for k, (off, *_rest) in enumerate(_WINDOW)]
    for i, place in enumerate(_places(text, tokens, base)):
        starts.append(len(ids))
        if bias is not None:
            ids.append(bias)
            values.append(1.0)
        for block in (blocks[i][0], seg_blocks[segs[i]], _context_block(*place)):
            ids.extend(block[0])
            values.extend(block[1])
        for k, off in window:
            j = i + off
            nb = blocks[j][k] if 0 <= j < n else edges[k - 1]
            ids.extend(nb[0])
            values.extend(nb[1])
        for aid in (before[i], after[i]):
            if aid is not None:
                ids.append(aid)
                values.append(1.0)
        if len(ids) == starts[-1]:  # no attribute the model knows: a zero row (reduceat needs one)
            ids.append(0)
            values.append(0.0)
    return ids, values, starts


#: token -> its ``_token_blocks`` summed into scores per label, (7, labels); emptied when
#: it reaches _VECTORS_MAX tokens (memory stays bounded over a long batch)
_vectors: dict[str, np.ndarray] = {}
_VECTORS_MAX = 65536


def _token_vectors(toks: list[str]) -> np.ndarray:
    """(tokens, 7, labels): each token's ``_token_blocks`` as scores; the tokens not seen
    before are scored together, in one numpy pass."""
    new = list(dict.fromkeys(t for t in toks if t not in _vectors))
    if new:
        if len(_vectors) + len(new) > _VECTORS_MAX:
            _vectors.clear()
            new = list(dict.fromkeys(toks))
        rows = _model().blocks([block for t in new for block in _token_blocks(t)])
        for k, t in enumerate(new):
            _vectors[t] = rows[7 * k : 7 * k + 7]
    return np.stack([_vectors[t] for t in toks])


@lru_cache(maxsize=65536)
def _segment_vector(items: tuple) -> np.ndarray:
    """The scores of a segment's features (``_segment_features``' items): few distinct ones, so
    cached; ``CRFModel.blocks`` of the one block, the numbers it gives inside a batch."""
    model = _model()
    return model.blocks([_ids(items, model.attributes)])[0]


@lru_cache(maxsize=4096)
def _gaz_vector(gz: str, before: str, after: str):
    """The scores of a token's gazetteer marks (its own, its neighbours')."""
    items = ([("gz", gz)] if gz else []) + [("-1:gz", before), ("+1:gz", after)]
    return _model().block(*_ids(items, _model().attributes))


#: the features of a token's place whose names are fixed (their values vary), in
#: ``_places``'s order
_PLACE_NAMES = ("pos", "idx", "periods", "commas", "paren", "quote", "yearseen", "spacebefore", "spaceafter")


@lru_cache(maxsize=1)
def _fixed_vectors():
    """The bias's scores, the scores of a neighbour past each edge of the entry (per
    ``_WINDOW`` offset), the state weights with a zero row appended (for "no bigram") and
    the weights of ``_PLACE_NAMES`` (a zero row for a name the model lacks)."""
    model = _model()
    zeros = np.zeros(len(model.labels))
    bias = model.attributes.get("bias")
    bias_vec = model.state[bias].copy() if bias is not None else zeros
    edges = model.blocks(_edge_blocks())
    place = np.stack([model.state[model.attributes[name]] if name in model.attributes else zeros for name in _PLACE_NAMES])
    return bias_vec, edges, np.vstack([model.state, zeros]), place


def _grouped_scores(text: str, tokens: list[tuple[str, int, int]]) -> np.ndarray:
    """The state scores of ``encode``'s attributes, summed per cached group (a token's own
    features, its features as each neighbour, its segment's, its place's, its bigrams) and
    the groups added with numpy: the same scores up to rounding (see ``tag``)."""
    model = _model()
    bias_vec, edges, padded, place_weights = _fixed_vectors()
    n = len(tokens)
    segs = _segments(text, tokens)
    base = [_shipped_token_features(t) for t, _, _ in tokens]
    seg_feats = _segment_features(tokens, segs, base, [_shipped_token_stats(t) for t, _, _ in tokens])
    order = list(seg_feats)
    seg_rows = np.stack([_segment_vector(tuple(seg_feats[seg].items())) for seg in order])
    tv = _token_vectors([t for t, _, _ in tokens])  # (n, 7, labels)
    state = tv[:, 0] + bias_vec
    state += seg_rows[[order.index(seg) for seg in segs]]
    places = _places(text, tokens, base)
    state += np.array([place[:9] for place in places], dtype=float) @ place_weights
    state += np.stack([_gaz_vector(*place[9:]) for place in places])
    for k, (off, *_rest) in enumerate(_WINDOW, start=1):
        # token i reads token i + off as its neighbour at off
        if off < 0:
            state[-off:] += tv[: n + off, k] if n + off > 0 else 0
            state[: min(-off, n)] += edges[k - 1]
        else:
            state[: max(n - off, 0)] += tv[off:, k]
            state[max(n - off, 0) :] += edges[k - 1]
    zero = len(padded) - 1
    before, after = _bigrams(base, model.attributes)
    state += padded[[zero if a is None else a for a in before]]
    state += padded[[zero if a is None else a for a in after]]
    return state


def runs(text: str) -> list[tuple[str, int, int]]:
    """(label, start, end) of every run of one label, in order (``O`` glue tokens inside a
    run do not break it)."""
    out: list[tuple[str, int, int]] = []
    for _tok, s, e, lab in tag(text):
        if lab == "O":
            continue
        if out and out[-1][0] == lab:
            out[-1] = (lab, out[-1][1], e)
        else:
            out.append((lab, s, e))
    return out


def fields(text: str) -> dict[str, tuple[int, int]]:
    """Label -> (start, end) of its first run, after two repairs of the CRF's known slips:
    a year tagged as volume (MDPI ``Cancers 2022, 14, 3120``) is the date, a book title
    before the journal is the article title, and a
    "journal" before the title with no author tagged is a group author
    (``Cancer Genome Atlas Research Network. Title. Nature. 2013``)."""
    found = runs(text)
    labels = [lab for lab, _, _ in found]
    if "date" not in labels:
        for i, (lab, s, e) in enumerate(found):
            glued = re.match(r"((?:1[5-9]|20)\d\d)\s*[,;]\s*(?=\w)", text[s:e])
            if lab == "volume" and _YEAR.match(text[s:e]):
                found[i] = ("date", s, e)
                break
            if lab == "volume" and glued:
                found[i : i + 1] = [("date", s, s + len(glued.group(1))), ("volume", s + glued.end(), e)]
                break
    # ... and "Nechipurenko IV (2020). Title": a lone author before the year, read as a journal
    head_journal = len(found) >= 2 and found[0][0] == "journal" and (
        found[1][0] == "title" or (found[1][0] == "date" and len(found) >= 3 and found[2][0] == "title"
                                   # a newspaper that names itself again at the end stays the journal
                                   and text[found[0][1] : found[0][2]] not in text[found[0][2] :]))
    if "author" not in labels and head_journal:
        found[0] = ("author", found[0][1], found[0][2])
    labels = [lab for lab, _, _ in found]
    if "title" not in labels and "booktitle" in labels and "journal" in labels:
        b, j = labels.index("booktitle"), labels.index("journal")
        if b < j:  # "Title. Journal 44:3-10": a title the CRF took for a book title
            found[b] = ("title", found[b][1], found[b][2])
    _repair_runs(text, found)
    out: dict[str, tuple[int, int]] = {}
    for lab, s, e in found:
        out.setdefault(lab, (s, e))
    return out


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_CJK_NAMES = re.compile(rf"((?:[{_CJK}]{{2,4}}\s*,\s*)*[{_CJK}]{{2,4}})\s*\.\s+(?=\S)")
_ENDS_INITIAL = re.compile(r"(?:\b[A-Z]\.?|\bJr\.?|\bet al\.?|\bSr\.?)$")
_INITIALS_FIRST = re.compile(r"^(?:[A-Z]\.\s?-?)+\s?[A-Z][^\W\d_]")
_HEAD_SEP = re.compile(r"(?:[,;]\s+|\.\s*|\s+(?:and|&)\s+)")
_YEAR_LEAD = re.compile(r"((?:1[5-9]|20)\d\d)[a-z]?[.,]?\s+(?=[^\W\d_])")


def _title_head_in_authors(text: str, found: list, i: int) -> None:
    """``Ishii T, Nakai K. DBTBS: a database ...``: the part of a title before its colon,
    run into the author list; it goes back to the title."""
    lab, s, e = found[i]
    nxt_lab, ns, ne = found[i + 1]
    if not re.fullmatch(r"\s*:\s*", text[e:ns]):
        return
    authors = text[s:e]
    if _ENDS_INITIAL.search(authors):
        return
    cuts = list(_HEAD_SEP.finditer(authors))
    if not cuts:
        return
    cut = cuts[-1]
    head = authors[cut.end() :]
    if not head or len(head.split()) > 6 or not head[:1].isalnum():
        return
    # a name with its initials ("Kwon HM, Handler JS:", "Smith, JA:") is no title head; after
    # a period a lone capital run is ("Wu LC. ZAS: zinc finger proteins")
    if re.search(r"(?:^|\s)[A-Z]{1,3}\.?$", head) and not (cut.group(0).startswith(".") and " " not in head):
        return
    # initials-first names: the word after an initial is a surname ("C. J. Joachin: Title")
    if cut.group(0).startswith(".") and _INITIALS_FIRST.match(authors) and re.search(r"\b[A-Z]$", authors[: cut.start()]):
        return
    end = s + cut.start()
    while end > s and text[end - 1] in " ,;":
        end -= 1
    if end - s < 3:
        return
    found[i] = (lab, s, end + (1 if text[end : end + 1] == "." and re.search(r"\b[A-Z]$", text[s:end]) else 0))
    found[i + 1] = (nxt_lab, s + cut.end(), ne)


# a group author ("LCTPC Collaboration") after the names is an author, not a title
_GROUP = re.compile(r"(?i)\b(?:collaboration|consortium|group|network|team|investigators)\b")
# a surname with its particles ("Van der Berg"), then the title
_SURNAME = re.compile(r"((?:(?:[Vv]an|[Vv]on|[Dd]e[rl]?|[Dd]a|[Dd]i|[Ll]a|[Ll]e)\s+)*[A-Z][^\W\d_'’-]+(?:-[A-Z][^\W\d_]+)?)[\s,]+(?=\S)")
_SURNAME_FIRST = re.compile(r"^[^\W\d_][\w'’-]+(?:\s[\w'’-]+){0,2},\s?[A-Z]\.")
# (the title's second letter may be an accented one: "FERREIRA, L. Células-tronco ...")
_TITLE_AFTER_INITIAL = re.compile(r"(?<=\b[A-Z]\.)\s+(?P<rest>[A-Z][a-zß-öø-ÿ][^,;]*\s[^,;]+(?:[,;][^,;]+)*)$")


_ONE_NAME_THEN_TITLE = re.compile(r"(?:[A-Z]\.\s?-?)+\s?[A-Z][\w'’\-]+\.(?=\s+[A-Z][\w'’\-]*\s+[a-z])")


def _title_in_authors(text: str, found: list) -> None:
    """``H. Lamb, Hydrodynamics (Cambridge ...)``, ``Vogt, F. Dendritic Molecules; VCH``: no
    title found, and the author run ends in one after its last complete name."""
    _lab, s, e = found[0]
    authors = text[s:e]
    start = None
    if _INITIALS_FIRST.match(authors):
        cut = authors.rfind(",")
        one = _ONE_NAME_THEN_TITLE.match(authors) if cut < 0 else None
        if one:  # "I. ELLIOTT. Dibenzopyrrocoline alkaloids": one name, its period, the title
            cut = one.end() - 1
        piece = authors[cut + 1 :].strip() if cut > 0 else ""
        if (piece[:1].isupper() and not re.match(r"(?:[A-Z]\s?\.|and\b|&|et al|Jr\b)", piece) and re.search(r"[a-z]", piece)
                and not _GROUP.search(piece)):
            start = s + cut + 1 + (len(authors[cut + 1 :]) - len(authors[cut + 1 :].lstrip()))
    elif _SURNAME_FIRST.match(authors):
        rest = _TITLE_AFTER_INITIAL.search(authors)
        if rest and not re.search(r"\b[A-Z]\.", rest.group("rest")):  # more names ("Shen and S. L. Zhu")
            start = s + rest.start("rest")
    if start is None:
        return
    # "M. Neubert, Eur. Phys. J. C40", "Morfill, JETP Lett. 82": a journal name with no title
    # before it, closed by its volume or carried on by the next run
    after = text[e:]
    if re.match(r"\s*\.?\s*,?\s*\d", after) or (len(found) > 1 and found[1][0] == "journal" and re.fullmatch(r"[\s.]*", text[e : found[1][1]])):
        return
    end = start
    while end > s and text[end - 1] in " ,;":
        end -= 1
    found[0] = ("author", s, end)
    found.insert(1, ("title", start, e))


# Vancouver names: "Van Rees EP", "Lightfoot R Jr", "Wynford-Thomas D"
_VANCOUVER_NAME = (r"(?:(?:van|von|de|der|den|da|di|du|la|le|del|della|dos|das|ten|ter)\s)*"  # "van der Wal TK"
                   r"(?:[A-Z][\w'’\-]+\s){1,2}[A-Z]{1,3}(?:\s(?:Jr|Sr|2nd|3rd))?")
_VANCOUVER_THEN_TITLE = re.compile(rf"^(?:{_VANCOUVER_NAME},\s)+{_VANCOUVER_NAME}\.\s+(?=[A-Z0-9\u00C0-\u024F(“\"'])")


def _title_after_vancouver_names(text: str, found: list) -> None:
    """``Okafor T, Lindqvist P, Haas W. Ferritin (FTL) - ein neuer ...``: a Vancouver
    list (surnames, initials without periods, commas) ends at the period after its last
    initials; the words after it that the author run took are the title's head."""
    if not found or found[0][0] != "author":
        return
    _lab, s, e = found[0]
    m = _VANCOUVER_THEN_TITLE.match(text[s:e])
    if not m:
        return
    rest = text[s + m.end() : e]
    # "Duvall R, Harriet M. Quist, Owen A. Brandt": the list goes on in another style
    if len(rest) < 3 or re.match(r"(?i)et\s+al\b", rest) or re.search(r",|\s(?:and|&)\s", rest):
        return
    # "Kessler MW, Amato LS. Brandt MA. 1999. Title": a stray period inside the list; the
    # rest is one more name
    if re.fullmatch(rf"{_VANCOUVER_NAME}\.?", rest.strip()):
        return
    cut = s + m.end()
    found[0] = ("author", s, s + len(text[s:cut].rstrip()))  # with its period, as _title_head_in_authors
    nxt = found[1] if len(found) > 1 else None
    if nxt and nxt[0] == "title" and re.fullmatch(r"[\s.,:;()\-–]*", text[e : nxt[1]]):
        found[1] = ("title", cut, nxt[2])
    else:
        found.insert(1, ("title", cut, e))


# "L. Cox, A Constructive Procedure ...": an article with no period after an initials-first list
_ARTICLE_AFTER_NAMES = re.compile(r",\s+(?P<head>(?:A|An)\s+[A-Z][a-z][\w'’\-]*)$")


def _article_in_authors(text: str, found: list) -> None:
    """``T. Marsh, A Recursive Method for ...``: in an initials-first list whose initials
    carry periods, a bare ``A``/``An`` and a word after the last comma open the title."""
    if len(found) < 2 or found[0][0] != "author" or found[1][0] != "title":
        return
    _lab, s, e = found[0]
    authors = text[s:e]
    m = _ARTICLE_AFTER_NAMES.search(authors)
    if not m or not _INITIALS_FIRST.match(authors) or text[e : found[1][1]].strip():
        return
    found[0] = ("author", s, s + m.start())
    found[1] = ("title", s + m.start("head"), found[1][2])


# "P. YU. KORVIN. Kinet. Katal. 12": a last surname in capitals, then its period, then the journal
_CAPS_SURNAME_HEAD = re.compile(r"(?P<name>[A-Z][A-Z'’\-]+)\.\s+(?=[A-Z])")


def _caps_surname_in_journal(text: str, found: list) -> None:
    """``L. B. MARENKO et P. YU. KORVIN. Kinet. Katal. 12, 3344``: the last surname of a
    list written in capitals, taken into the journal run after it, goes back to the authors."""
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        nlab, ns, ne = found[i + 1]
        if lab != "author" or nlab != "journal":
            continue
        m = _CAPS_SURNAME_HEAD.match(text[ns:ne])
        if (m and re.fullmatch(r"[\s,.]*", text[e:ns]) and re.search(r"\b[A-Z]{1,2}\.?$", text[s:e])
                and len(m.group("name")) >= 3 and ne - (ns + m.end()) >= 3):
            found[i] = (lab, s, ns + m.end("name"))
            found[i + 1] = (nlab, ns + m.end(), ne)
        return


def _repair_runs(text: str, found: list) -> None:
    """Repairs of a few classes of the CRF's slips at run level (each tested on strings
    written for the test, ``tests/test_reference_repairs.py``)."""
    reference_venues.title_resumed(text, found)
    _title_after_vancouver_names(text, found)
    _article_in_authors(text, found)
    _caps_surname_in_journal(text, found)
    labels = [lab for lab, _s, _e in found]
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        nxt_lab, ns, ne = found[i + 1]
        if lab == "author" and nxt_lab in ("title", "booktitle"):
            _title_head_in_authors(text, found, i)
            lab, s, e = found[i]
            nxt_lab, ns, ne = found[i + 1]
            authors, title = text[s:e], text[ns:ne]
            # "Q. Lin, D. J. Vance Wave modes ...": initials-first names, the last surname
            # taken for the title's first word
            if (_INITIALS_FIRST.match(authors) and re.search(r"\b[A-Z]\.?$", authors)
                    # ... also across the initial's period the run left out ("and S. Lindqvist Tracking")
                    and (not text[e:ns].strip(" ") or (text[e:ns].strip() == "." and re.search(r"\b[A-Z]$", authors)))
                    and _SURNAME.match(title)):
                surname = _SURNAME.match(title)
                found[i] = (lab, s, ns + len(surname.group(1)))
                found[i + 1] = (nxt_lab, ns + surname.end(), ne)
            # CJK author lists cut before their last names ("師哲, 馬曉峰. 辛開苦降法 ...")
            elif re.fullmatch(r"\s*,\s*", text[e:ns]) and re.search(rf"[{_CJK}]$", authors):
                names = _CJK_NAMES.match(title)
                if names and names.end() < len(title):
                    found[i] = (lab, s, ns + len(names.group(1)))
                    found[i + 1] = (nxt_lab, ns + names.end(), ne)
    if found and found[0][0] == "author" and not {"title", "booktitle"} & set(labels):
        _title_in_authors(text, found)
        labels = [lab for lab, _s, _e in found]
    if not {"title", "journal", "booktitle"} & set(labels):
        # "Br. J. Cancer (1994), 70, 212-218" (a how-to-cite line), "Hale MJ et al. Bone 51:
        # 12-19": no title anywhere, so the name before the date or volume is the journal
        for i in range(len(found) - 1):
            lab, s, e = found[i]
            after = found[i + 1][0]
            # a publisher before a year is a book's ("Springer, 2002"); before a volume it is not
            then = found[i + 2][0] if i + 2 < len(found) else ""
            name = text[s:e]
            # an author list has commas, "et al.", initials first or CJK names; a journal none
            journal_like = ("," not in name and "et al" not in name and not re.match(r"[A-Z]\.\s", name)
                            and not re.search(f"[{_CJK}]", name))
            if (lab in ("pubplace", "publisher") and after in ("volume", "issue")) or (
                    lab == "author" and i == 0 and journal_like
                    and (after == "volume" or (after == "date" and then in ("volume", "issue", "pages")))):
                found[i] = ("journal", s, e)
                break
    for i, (lab, s, e) in enumerate(found):
        # "Lund P R and Osei K T 1991 Lowest order ...": the year in front of the title
        lead = _YEAR_LEAD.match(text[s:e]) if lab == "title" else None
        # ... but with its date elsewhere the entry's year is no lead: "et al. 2017 ACC guideline
        # for ...", "(2015). 2015 survey of ..." (session 12, reftitle12)
        if lead and e - s > lead.end() + 10 and not ("date" in labels and lead.group(0)[4:5] in (" ", "")):
            found[i] = (lab, s + lead.end(), e)
            if "date" not in labels:
                found.insert(i, ("date", s, s + len(lead.group(1))))
            break
    found[:] = [run for run in found if run[0] != "O" and run[2] > run[1]]
    # venues: a quoted title's end, a venue or series the title ran into, editors before a
    # book title, a year and journal at the end of the title (pipeline/ingest/reference_venues.py)
    reference_venues.quoted_title(text, found)
    reference_venues.venue_in_title(text, found)
    reference_venues.series_after_title(text, found)
    reference_venues.subtitle_as_book(text, found)
    reference_venues.place_as_journal(text, found)
    reference_venues.editors_in_venue(text, found)
    reference_venues.year_journal_in_title(text, found, {lab for lab, _s, _e in found})
    reference_venues.untagged_journal(text, found)
    reference_venues.title_in_publisher(text, found)
    reference_venues.journal_tail(text, found)
    reference_venues.series_as_venue(text, found)
    reference_venues.publisher_as_journal(text, found)
    reference_venues.venue_head_in_title(text, found)
    reference_venues.book_title_as_journal(text, found)
    # around the title (session 9, pipeline/ingest/reference_titles.py)
    reference_titles.cjk_title_in_authors(text, found)
    reference_titles.title_in_journal(text, found)
    reference_titles.vancouver_name_in_title(text, found)
    reference_titles.report_in_title(text, found)
    reference_titles.dangling_in(text, found)
    reference_titles.journal_head_in_title(text, found)
    reference_titles.unfinished_title(text, found)
    reference_titles.word_cut_title(text, found)
    reference_titles.group_as_title(text, found)
    reference_titles.untagged_title(text, found)
    reference_titles.maker_in_title(text, found)
    reference_titles.group_opens_title(text, found)
    reference_titles.status_closing_title(text, found)
    reference_titles.venue_tail_in_title(text, found)
    reference_titles.title_head_in_journal(text, found)
    reference_titles.title_in_journal_by_name(text, found)
    # where the title starts and ends (session 11, pipeline/ingest/reference_title_ends.py)
    reference_title_ends.repair(text, found)
    found[:] = [run for run in found if run[2] > run[1]]
