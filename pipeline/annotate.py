"""Annotate once: Document -> AnnotatedDocument, the one NER pass every later stage reads.

Every text unit (``places.document_units``: title, abstract, paragraphs, table
captions and rows, figure captions) is joined with blank lines into one text
and tagged by ONE ``nlp.pipe`` call, so an abbreviation defined anywhere
resolves its bare uses everywhere (scispacy's detector runs over the whole
document). A paper longer than half of ``nlp.max_length`` is cut into chunks
of whole units, all in the same ``nlp.pipe`` call.

What reads it:

* ``entities()``: the entity mentions with their ``Place`` (the ``entities`` table);
* ``sentence_doc(unit, sentence)``: a sentence (or a table cell) as its own
  ``Doc``, with the document pass's entities, drug classes and fragment
  readings (``ner/parts.py``) copied in, token indices local to the sentence;
  relation rules read these, never running the NER themselves;
* ``abbreviations()``: the document's ``long form (SHORT)`` pairs.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field, replace

import numpy
from spacy.attrs import ORTH, DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LENGTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.document import Document, Sentence
from pipeline.ingest.sentences import span_to_sentences, text_to_sentences
from pipeline.ingest.tokenguard import tokenizable
from pipeline.places import SEPARATOR, Place, TextUnit, document_units

SPAN_GROUPS = ("drug_classes", "regimens")  # span groups of the NER copied into sentence Docs
TOKEN_EXTENSIONS = ("token_parts",)  # Doc extensions keyed by token index
SPAN_EXTENSIONS = ("class_heads",)  # Doc extensions keyed by (start, end) token spans


@dataclass(frozen=True)
class Entity:
    text: str
    label: str
    id: str
    section: str  # section key, ``title``, ``abstract``, or a table / figure label
    paragraph: int  # paragraph index in its section; for tables the row index; -1 for captions
    start: int  # character offsets into the paragraph (table row, caption) text
    end: int
    section_position: int = -1  # index in Document.sections; -1 outside sections
    sentence: int = -1  # sentence index in the unit
    column: int = -1  # table cell column

    @property
    def place(self) -> Place:
        return Place(self.section_position, self.section, self.paragraph, self.column, self.sentence,
                     self.start, self.end)

    def to_dict(self) -> dict:
        return asdict(self)


THERAPY_LABELS = ("CHEMICAL", "THERAPY")  # the NER labels a relation therapy comes from (relations/mention.py)


@dataclass(frozen=True)
class _TokenIndex:
    positions: list[int]  # sorted token indices

    def any_between(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.positions, start)
        return k < len(self.positions) and self.positions[k] < end


@dataclass
class _Chunk:
    doc: Doc
    starts: list[int]  # character offset of each unit in ``doc.text``
    units: list[TextUnit]
    _array: tuple | None = None
    _annotations: dict | None = None
    _therapies: _TokenIndex | None = None

    def annotations(self) -> dict:
        """The span groups and extensions ``_copy_annotations`` copies, sorted by start token, built once
        (read whole for every sentence, they made slicing a document's sentences quadratic)."""
        if self._annotations is None:
            self._annotations = _indexed_annotations(self.doc)
        return self._annotations

    def therapy_index(self) -> _TokenIndex:
        """Token positions where a therapy may sit (see ``AnnotatedDocument.may_hold_therapy``), built once."""
        if self._therapies is None:
            head, array, _ = self.array()  # entity tokens off the ENT arrays: ``doc.ents`` makes a Span per entity
            # equality tests, not ``numpy.isin``: on a sentence-sized array isin's set-up costs more than the test
            iob, types = array[:, head.index(ENT_IOB)], array[:, head.index(ENT_TYPE)]
            therapy = (iob == 1) | (iob == 3)  # 1 = I, 3 = B
            is_label = numpy.zeros(len(types), dtype=bool)
            for label in THERAPY_LABELS:
                is_label |= types == array.dtype.type(self.doc.vocab.strings.add(label))
            therapy &= is_label
            positions = set(numpy.flatnonzero(therapy).tolist())
            for key in SPAN_GROUPS:
                if key in self.doc.spans:
                    positions.update(i for s in self.doc.spans[key] for i in range(s.start, s.end))
            for name in TOKEN_EXTENSIONS:
                if Doc.has_extension(name) and self.doc._.get(name):
                    positions.update(self.doc._.get(name))
            for name in SPAN_EXTENSIONS:
                if Doc.has_extension(name) and self.doc._.get(name):
                    positions.update(i for a, b in self.doc._.get(name) for i in range(a, b))
            self._therapies = _TokenIndex(sorted(positions))
        return self._therapies

    def array(self) -> tuple:
        """The Doc's token attributes, computed once (``Span.as_doc`` would compute them per call), and
        which of them any token sets (``_slice_doc`` copies only those)."""
        if self._array is None:
            head = self.doc._get_array_attrs()
            array = self.doc.to_array(head)
            self._array = (head, array, tuple(array.any(axis=0).tolist()))
        return self._array


@dataclass
class AnnotatedDocument:
    document: Document
    units: list[TextUnit]
    chunks: list[_Chunk] = field(repr=False)
    _where: dict[int, tuple[int, int]] = field(default_factory=dict, repr=False)  # id(unit) -> (chunk, start)

    def __post_init__(self) -> None:
        for c_index, chunk in enumerate(self.chunks):
            for unit, start in zip(chunk.units, chunk.starts):
                self._where[id(unit)] = (c_index, start)

    # -- places ----------------------------------------------------------
    def unit_span(self, unit: TextUnit, start: int, end: int) -> Span | None:
        """The tokens of the NER pass covering [start, end) of ``unit``'s text (expanded to whole tokens)."""
        c_index, base = self._where[id(unit)]
        doc = self.chunks[c_index].doc
        return doc.char_span(base + start, base + end, alignment_mode="expand")

    # -- what later stages read -------------------------------------------
    def entities(self) -> list[Entity]:
        """Every entity of the pass, mapped back to its unit (one crossing a unit boundary is dropped)."""
        out: list[Entity] = []
        for chunk in self.chunks:
            for ent in chunk.doc.ents:
                k = bisect.bisect_right(chunk.starts, ent.start_char) - 1
                unit, base = chunk.units[k], chunk.starts[k]
                if ent.end_char > base + len(unit.text):
                    continue  # crosses a unit boundary: not a real mention
                place = unit.place_of(ent.start_char - base, ent.end_char - base)
                out.append(Entity(ent.text, ent.label_, ent.kb_id_, place.section, place.paragraph, place.start,
                                  place.end, place.section_position, place.sentence, place.column))
        return out

    def sentence_doc(self, unit: TextUnit, sentence: Sentence) -> tuple[Doc, int]:
        """``sentence`` (offsets into ``unit``'s text) as a Doc of its own; see ``text_doc``."""
        return self.text_doc(unit, sentence.start, sentence.end)

    def text_doc(self, unit: TextUnit, start: int, end: int) -> tuple[Doc, int]:
        """[start, end) of ``unit``'s text as a Doc of its own, with the pass's annotations (see module doc),
        and the offset of the Doc's first character in the unit's text (``start`` unless a token straddles it)."""
        c_index, base = self._where[id(unit)]
        chunk = self.chunks[c_index]
        span = chunk.doc.char_span(base + start, base + end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return Doc(chunk.doc.vocab, words=[]), start
        head, array, used = chunk.array()
        out = _slice_doc(chunk.doc, span, head, array, used)
        _copy_annotations(chunk.annotations(), span, out)
        return out, span.start_char - base

    def may_hold_therapy(self, unit: TextUnit, start: int, end: int, stems: tuple[str, ...]) -> bool:
        """Whether [start, end) of ``unit`` may name a therapy, read off the pass without building a Doc: a
        CHEMICAL or THERAPY entity, a drug class, a name inside a joined token, or a word the relation rules
        read as a therapy (the lower-cased text holds one of ``stems``: ``chemo``, ``radi``, ``inhibitor`` ...)."""
        if any(stem in unit.text[start:end].lower() for stem in stems):
            return True
        c_index, base = self._where[id(unit)]
        chunk = self.chunks[c_index]
        span = chunk.doc.char_span(base + start, base + end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        return chunk.therapy_index().any_between(span.start, span.end)

    def abbreviations(self) -> dict[str, str]:
        """Short form -> long form of every definition the abbreviation detector found (first one wins)."""
        pairs: dict[str, str] = {}
        for chunk in self.chunks:
            if not Doc.has_extension("abbreviations"):
                continue
            for short in chunk.doc._.abbreviations or ():
                long = getattr(short._, "long_form", None)
                if long is not None and short.text not in pairs:
                    pairs[short.text] = long.text
        return pairs

    def regimens(self) -> dict[str, tuple[str, ...]]:
        """Short form -> its drugs' ids, for every regimen the NER found defined (``doc.spans["regimens"]``,
        id ``"gemcitabine + cisplatin"``); first definition wins, over the whole document."""
        out: dict[str, tuple[str, ...]] = {}
        for chunk in self.chunks:
            if "regimens" not in chunk.doc.spans:
                continue
            for span in chunk.doc.spans["regimens"]:
                if span.text not in out:
                    out[span.text] = tuple(span.kb_id_.split(" + "))
        return out

    def abbreviation_spans(self) -> list[tuple[str, Span]]:
        """(short form, long-form Span) of every definition, in document order."""
        out = []
        for chunk in self.chunks:
            if not Doc.has_extension("abbreviations"):
                continue
            for short in chunk.doc._.abbreviations or ():
                long = getattr(short._, "long_form", None)
                if long is not None:
                    out.append((short.text, long))
        return out


def _slice_doc(source: Doc, span: Span, head: list, array, used: tuple | None = None) -> Doc:
    """``span.as_doc`` without its per-call walk over every entity of ``source`` (quadratic over a
    document's sentences): tokens and token attributes, entities included, from the cached array.

    An entity cut by the span's edge is dropped, as ``as_doc`` does. ``used``: per column of ``array``,
    whether any token of ``source`` sets it; a column no token sets keeps the new Doc's zeros and is not
    written (no tagger runs, so TAG, POS, LEMMA and MORPH are all zero, and ``Doc.from_array`` looked up
    the morphology table once per token for MORPH alone: two thirds of this function's time).
    """
    lo, hi = span.start, span.end
    part = array[lo:hi].copy()
    strings = source.vocab.strings  # the words from the array: no Token object per word
    words = [strings[o] for o in part[:, head.index(ORTH)].tolist()]
    spaces = [bool(x) for x in part[:, head.index(SPACY)].tolist()]
    out = Doc(source.vocab, words=words, spaces=spaces)
    iob = head.index(ENT_IOB)
    outside = 2  # spaCy's ENT_IOB codes: 1 = I, 2 = O, 3 = B
    if part[0, iob] == 1:  # the span starts inside an entity
        i = 0
        while i < len(part) and part[i, iob] == 1:
            part[i, iob] = outside
            i += 1
    if hi < len(source) and array[hi, iob] == 1:  # the span ends inside an entity
        i = len(part) - 1
        while i >= 0 and part[i, iob] in (1, 3):
            last = part[i, iob]
            part[i, iob] = outside
            i -= 1
            if last == 3:
                break
    for k, attr in enumerate(head):
        if attr in (ENT_TYPE, ENT_KB_ID, ENT_ID):
            part[part[:, iob] == outside, k] = 0
    keep = [k for k, a in enumerate(head)
            if a not in (LENGTH, SPACY, HEAD, DEP) and (used is None or used[k])]  # no parser: no heads to move
    out.from_array([head[k] for k in keep], part[:, keep])
    return out


def _indexed_annotations(source: Doc) -> dict:
    """Per span group and extension of ``source``: (sorted start tokens, (position, item) in that order);
    ``position`` keeps the source's own order in the copies."""
    def index(items: list, start) -> tuple[list[int], list]:
        ordered = sorted(enumerate(items), key=lambda x: start(x[1]))
        return [start(item) for _, item in ordered], ordered

    out: dict = {}
    for key in SPAN_GROUPS:
        if key in source.spans:
            out[("group", key)] = index([(s.start, s.end, s.label_, s.kb_id_) for s in source.spans[key]],
                                        lambda x: x[0])
    for name in TOKEN_EXTENSIONS:
        if Doc.has_extension(name) and source._.get(name) is not None:
            out[("token", name)] = index(list(source._.get(name).items()), lambda x: x[0])
    for name in SPAN_EXTENSIONS:
        if Doc.has_extension(name) and source._.get(name) is not None:
            out[("span", name)] = index(list(source._.get(name).items()), lambda x: x[0][0])
    return out


def _copy_annotations(indexed: dict, span: Span, out: Doc) -> None:
    """Copy span groups and token-keyed extensions of the source Doc inside ``span`` into ``out`` (shifted);
    ``indexed``: ``_indexed_annotations`` of the source."""
    lo, hi = span.start, span.end

    def inside(kind: str, name: str) -> list:
        starts, ordered = indexed[(kind, name)]
        return [item for _, item in sorted(ordered[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)])]

    for key in SPAN_GROUPS:
        if ("group", key) in indexed:
            out.spans[key] = [Span(out, a - lo, b - lo, label=label, kb_id=kb)
                              for a, b, label, kb in inside("group", key) if b <= hi]
    for name in TOKEN_EXTENSIONS:
        if ("token", name) in indexed:
            out._.set(name, {i - lo: v for i, v in inside("token", name)})
    for name in SPAN_EXTENSIONS:
        if ("span", name) in indexed:
            out._.set(name, {(a - lo, b - lo): v for (a, b), v in inside("span", name) if b <= hi})


def units_to_chunks(units: list[TextUnit], max_chars: int) -> list[list[TextUnit]]:
    """Consecutive units grouped so that each joined group stays under ``max_chars`` (spaCy's max_length)."""
    chunks: list[list[TextUnit]] = [[]]
    size = 0
    for unit in units:
        extra = len(unit.text) + len(SEPARATOR)
        if chunks[-1] and size + extra > max_chars:
            chunks.append([])
            size = 0
        chunks[-1].append(unit)
        size += extra
    return [c for c in chunks if c]


def annotate(document: Document, nlp: Language | None = None) -> AnnotatedDocument:
    """The one NER pass over ``document`` (``nlp``: by default ``pipeline.ner.load_nlp()``)."""
    if nlp is None:
        from pipeline.ner.pipeline import load_nlp

        nlp = load_nlp()
    units = document_units(document, split=False)  # sentences not stored are split below, on the pass's tokens
    groups = units_to_chunks(units, max(1, nlp.max_length // 2))
    texts, offsets = [], []
    for group in groups:
        starts, pos = [], 0
        for unit in group:
            starts.append(pos)
            pos += len(unit.text) + len(SEPARATOR)
        texts.append(SEPARATOR.join(u.text for u in group))
        offsets.append(starts)
    # Over-long runs broken for the tokenizer (same length: offsets hold; pipeline.ingest.tokenguard).
    safe = [tokenizable(t) for t in texts]
    longest = max((len(t) for t in safe), default=0)
    limit = nlp.max_length
    if longest >= limit:  # one unit alone over spaCy's guard: allowed (the worker's memory cap bounds it)
        nlp.max_length = longest + 1
    from pipeline.ner.tokenizer import warm_cache  # here: pipeline.ner imports this module

    warm_cache(nlp.tokenizer, safe)  # the tokenizer's chunk cache, which spaCy stops filling (ner/tokenizer.py)
    try:
        docs = list(nlp.pipe(safe)) if safe else []
    finally:
        nlp.max_length = limit
    groups = [[_with_sentences(unit, doc, start) for unit, start in zip(group, starts)]
              for doc, starts, group in zip(docs, offsets, groups)]
    chunks = [_Chunk(doc, starts, group) for doc, starts, group in zip(docs, offsets, groups)]
    return AnnotatedDocument(document, [u for group in groups for u in group], chunks)


def _with_sentences(unit: TextUnit, doc: Doc, base: int) -> TextUnit:
    """``unit`` with the sentences the document does not store (title, abstract, captions), split by the
    ingest sentencizer over the NER pass's own tokens (``places.document_units`` would tokenize the text
    a second time for that; the splits are the same)."""
    if unit.sentences or not unit.text.strip():
        return unit
    span = doc.char_span(base, base + len(unit.text), alignment_mode="expand")
    if span is None:
        return replace(unit, sentences=tuple(text_to_sentences(unit.text)))
    return replace(unit, sentences=tuple(span_to_sentences(unit.text, span, base)))
