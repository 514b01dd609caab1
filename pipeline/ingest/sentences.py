"""Sentence splitting for scientific prose, as a spaCy component.

spaCy's ``sentencizer`` splits after every ``.``; scientific text needs it not
to split at ``et al.``, ``e.g.``, ``Fig.``, ``vs.``, decimal numbers, or inside
parentheses, and a trained parser is too slow for ingestion. This component
keeps the sentencizer's idea (punctuation ends a sentence) and adds those
exceptions; abbreviations are data (``DEFAULT_ABBREVIATIONS`` may be replaced
through the component config).
"""

from __future__ import annotations

import json
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.document import Sentence
from pipeline.ingest.tokenguard import tokenizable
from pipeline.resources import model_path

DEFAULT_ABBREVIATIONS = (
    "al", "e.g", "eg", "i.e", "ie", "fig", "figs", "vs", "etc", "approx", "ca", "cf", "dr", "no", "nos",
    "eq", "eqs", "ref", "refs", "resp", "suppl", "sp", "spp", "vol", "pp", "p", "mr", "ms", "prof",
    "inc", "ltd", "co", "st", "viz", "et", "min", "max", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec",
)  # fmt: skip
TERMINALS = (".", "!", "?")
#: lower-case Greek letters (U+03B1-U+03C9, and the micro sign U+00B5 that fonts print for mu)
GREEK_LOWER = frozenset(chr(c) for c in range(0x3B1, 0x3CA)) | {"\u00b5"}
_OPEN, _CLOSE = "([{", ")]}"


@lru_cache(maxsize=1)
def unit_abbreviations() -> frozenset[str]:
    """Units that end a sentence after a number (``for 24 h. Cells ...``), though a single letter or ``min``
    before a period is otherwise an abbreviation (``models/ingest/text_limits.json``)."""
    data = json.loads(model_path("ingest", "text_limits.json").read_text(encoding="utf-8"))
    return frozenset(data.get("unit_abbreviations", ()))


def _unit_after_number(texts: list[str], i: int) -> bool:
    """Token ``i`` closes a unit that follows a number with a period: ``24 h.``, ``30 min.``."""
    units = unit_abbreviations()
    if texts[i] == ".":  # "min" "." after the number
        return i >= 2 and texts[i - 1].lower() in units and texts[i - 2].replace(".", "").replace(",", "").isdigit()
    # "h." kept as one token by the tokenizer's exceptions
    return (texts[i].endswith(".") and texts[i][:-1].lower() in units
            and texts[i - 1].replace(".", "").replace(",", "").isdigit())


@lru_cache(maxsize=1)
def max_bracket_tokens() -> int:
    """How many tokens an open bracket may keep sentence ends suppressed (``models/ingest/text_limits.json``)."""
    return int(json.loads(model_path("ingest", "text_limits.json").read_text(encoding="utf-8"))["max_bracket_tokens"])


def _ends_with_abbreviation(token_text: str, abbreviations: frozenset[str]) -> bool:
    word = token_text.rstrip(".").lower()
    return word in abbreviations or (len(word) == 1 and word.isalpha())


def _is_gene_like(word: str) -> bool:
    """``miR-21``, ``mTOR``, ``p53``, ``siRNA``: lower-case first letter, yet a name that may open a sentence;
    also a Greek-letter prefix before a hyphen (``β-catenin``, ``α-synuclein``, ``γ-secretase``), which
    only names a molecule and is never how a sentence continues after a stop."""
    if len(word) > 2 and word[1] == "-" and word[0] in GREEK_LOWER:
        return True
    return len(word) > 1 and word[0].islower() and any(c.isupper() or c.isdigit() for c in word[1:])


def _greek_prefix(texts: list[str], i: int) -> bool:
    """Token ``i`` is a lower-case Greek letter that the tokenizer cut off a hyphenated name (``β`` ``-``
    ``catenin``, ``α`` ``-`` ``Tubulin``): the name opens a sentence after a stop like ``miR-21`` does."""
    return texts[i] in GREEK_LOWER and i + 2 < len(texts) and texts[i + 1] == "-" and texts[i + 2][:1].isalnum()


def _split_variant_tail(texts: list[str], i: int) -> bool:
    """The stop at ``texts[i]`` follows one capital letter that the tokenizer cut off a protein-change or
    variant name ending in a digit (``T790M``, ``V600E`` -> ``T790`` + ``M``): no initial, a sentence end."""
    if i < 2:
        return False
    letter, stem = texts[i - 1], texts[i - 2]
    return len(letter) == 1 and letter.isupper() and len(stem) >= 2 and stem[-1].isdigit() and stem[0].isalpha()


class ScientificSentencizer:
    """Set sentence starts: after terminal punctuation, outside parentheses, not after an abbreviation."""

    def __init__(self, abbreviations: list[str], max_bracket: int | None = None):
        self.abbreviations = frozenset(a.lower().rstrip(".") for a in abbreviations)
        # An open bracket suppresses sentence ends for at most this many tokens: one never closed
        # (``(`` before a list that runs on, nested-parenthesis junk) would otherwise make the rest
        # of the paragraph one sentence, and everything downstream scales with sentence length.
        self.max_bracket = max_bracket if max_bracket is not None else max_bracket_tokens()

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # The flags are written at once at the end: setting ``token.is_sent_start`` token by
        # token makes spaCy re-check the whole doc each time (quadratic on a long paragraph).
        starts = self.starts(doc)
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
        return doc

    def starts(self, doc) -> numpy.ndarray:
        """Per token of ``doc`` (a Doc, or a Span of one: a text unit inside a longer Doc), 1 where a
        sentence starts, else -1; the first token starts one."""
        texts, spaces = token_columns(doc)
        return self.starts_of(texts, spaces)

    def starts_of(self, texts: list[str], spaces: list[int]) -> numpy.ndarray:
        """``starts`` over the tokens' texts and ``is_space`` flags (read off the token arrays: iterating
        a Doc makes a Token object per word, which was most of the splitter's time)."""
        starts = numpy.full(len(texts), -1, dtype="int64")
        if not len(texts):
            return starts
        starts[0] = 1
        depth = opened_at = 0
        boundary_pending = False
        for i in range(1, len(texts)):
            if depth and i - opened_at > self.max_bracket:
                depth = 0  # taken as never closed: its closing brackets, if any, are ignored
            text = texts[i]
            starts_new = boundary_pending and depth == 0 and (
                text[0].isupper() or text[0].isdigit() or text[0] in "[(\"'“" or _is_gene_like(text)
                or _greek_prefix(texts, i)
            )
            if boundary_pending and text in (")", "]", "\"", "”", "’"):
                # closing quote or bracket right after the stop stays in the sentence
                starts_new = False
            if starts_new:
                starts[i] = 1
                boundary_pending = False
            elif not spaces[i]:
                boundary_pending = False
            if text.isalnum():
                continue  # a plain word opens no bracket and ends no sentence (what _after would say)
            was_open = depth
            depth, pending = self._after(texts[i - 1], text, depth)
            if not pending and depth == 0 and text == "." and _split_variant_tail(texts, i):
                pending = True  # "... without T790M. These": the tokenizer's "T790" + "M", no initial
            pending = pending or (depth == 0 and _unit_after_number(texts, i))  # "within 24 h. AMPK ..."
            if depth and not was_open:
                opened_at = i
            boundary_pending = boundary_pending or pending
        return starts

    def _after(self, prev: str, text: str, depth: int) -> tuple[int, bool]:
        """Bracket depth after a token ``text`` (``prev``: the token before it) and whether it ends a
        sentence (a boundary is pending)."""
        for char in text:
            if char in _OPEN:
                depth += 1
            elif char in _CLOSE and depth:
                depth -= 1
        if depth == 0 and (text in TERMINALS or (text.endswith(".") and len(text) > 1 and not text[:-1].replace(".", "").isdigit())):
            abbreviation = (text == "." and _ends_with_abbreviation(prev, self.abbreviations)) or (
                text != "." and text not in TERMINALS and _ends_with_abbreviation(text, self.abbreviations)
            )
            return depth, not abbreviation
        return depth, False


def token_columns(doc, attrs=(ORTH, IS_SPACE)) -> tuple[list, ...]:
    """The tokens' texts and further ``attrs`` columns of a Doc or a Span, from the Doc's token arrays."""
    whole = doc.doc if isinstance(doc, Span) else doc
    array = whole.to_array(list(attrs))
    if isinstance(doc, Span):
        array = array[doc.start : doc.end]
    strings = whole.vocab.strings
    columns = array.T.tolist()
    return ([strings[o] for o in columns[0]], *columns[1:])


@Language.factory(
    "scientific_sentencizer",
    default_config={"abbreviations": list(DEFAULT_ABBREVIATIONS)},
    assigns=["token.is_sent_start"],
)
def make_scientific_sentencizer(nlp: Language, name: str, abbreviations: list[str]) -> ScientificSentencizer:
    return ScientificSentencizer(abbreviations)


@lru_cache(maxsize=1)
def sentence_splitter() -> Language:
    """A tokenizer-only English pipeline with the scientific sentencizer, built once per process."""
    nlp = spacy.blank("en")
    nlp.add_pipe("scientific_sentencizer")
    return nlp


def span_to_sentences(text: str, span, base: int = 0) -> list[Sentence]:
    """Sentences of ``text`` from ``span``, tokens some other pipeline already made of it (``base``: the
    character offset of ``text`` in the span's Doc), split as ``text_to_sentences`` splits: the NER pass
    reuses its tokens rather than tokenizing the text a second time (``pipeline.annotate``)."""
    if not text.strip() or not len(span):
        return []
    texts, spaces, idx = token_columns(span, (ORTH, IS_SPACE, IDX))
    flags = sentence_splitter().get_pipe("scientific_sentencizer").starts_of(texts, spaces)
    bounds = [max(0, idx[i] - base) for i in range(len(texts)) if flags[i] == 1] + [len(text)]
    bounds[0] = 0
    out = [_span_to_sentence(text, a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]
    return out


def text_to_sentences(text: str) -> list[Sentence]:
    """Sentences of one paragraph, with character offsets into it (whitespace trimmed)."""
    if not text.strip():
        return []
    doc = sentence_splitter()(tokenizable(text))
    return [_span_to_sentence(text, s.start_char, s.end_char) for s in doc.sents if text[s.start_char : s.end_char].strip()]


def texts_to_sentences(texts: list[str]) -> list[list[Sentence]]:
    """Like :func:`text_to_sentences` for many paragraphs, through ``nlp.pipe``."""
    out: list[list[Sentence]] = []
    safe = [tokenizable(t) for t in texts]
    for text, doc in zip(texts, sentence_splitter().pipe(safe, batch_size=256)):
        out.append([_span_to_sentence(text, s.start_char, s.end_char) for s in doc.sents if text[s.start_char : s.end_char].strip()])
    return out


def _span_to_sentence(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(text=text[start:end], start=start, end=end)
