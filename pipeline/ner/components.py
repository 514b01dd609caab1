"""The spaCy components of the NER pipeline; thin wrappers around the pure modules.

``mitominer_split_joined`` splits ``ATAD3A-PINK1`` right after the tokenizer;
``mitominer_lexicon_ner`` and ``mitominer_regex_entities`` collect candidate
readings in ``doc._.ner_candidates``; ``mitominer_normalizer`` chooses among
them, applies abbreviations and drug classes, and writes ``doc.ents`` with the
normalized id in ``kb_id_`` (gene-headed drug classes go to
``doc.spans["drug_classes"]``).
"""

from __future__ import annotations

from spacy.attrs import ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.ingest.flat_citations import split_glued
from pipeline.ner.context import GENE, PROTEIN_CHANGE, is_flagged, symbol_counts
from pipeline.ner.fragments import extend_fragments
from pipeline.ner.lexicon import Lexicon, load_lexicon
from pipeline.ner.normalize import (
    Abbreviation,
    Candidate,
    apply_abbreviations,
    code_names,
    drop_organisms,
    drug_short_forms,
    gene_classes,
    merge_class_phrases,
    regimen_short_forms,
    relabel_class_names,
    select_spans,
)
from pipeline.ner.regex_entities import find_regex_entities
from pipeline.ner.resources import curated_words
from pipeline.ner.doc_names import doc_name_candidates, own_metabolite_ids
from pipeline.ner.shapes import SRC as SHAPE_SRC
from pipeline.ner.shapes import defined_gene_spans, descriptor_positions, ncrna_tokens, shape_spans
from pipeline.ner.statistical import STAT_SPANS, span_id, statistical_spans

CANDIDATES = "ner_candidates"
DRUG_CLASSES = "drug_classes"  # doc.spans key: gene-headed drug classes ("DRP1 inhibitors")
REGIMENS = "regimens"  # doc.spans key: short forms of regimens the paper defines ("gemcitabine plus cisplatin (GC)")
TOKENS = "ner_tokens"  # (texts, lowers) of the tokens, shared by the components of one call
SHORT_DISEASE_ACRONYM = 3  # "TAM", "PD": such disease acronyms count only where the paper defines them
TENTATIVE = "ner_tentative"  # gene readings turned down by context; an abbreviation definition can restore them


def _ensure_extension() -> None:
    for name in (CANDIDATES, TOKENS, TENTATIVE):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def token_texts(doc: Doc) -> list[str]:
    """The tokens' texts, read from the Doc's ORTH array (iterating the Doc makes one Token object per word)."""
    strings = doc.vocab.strings
    return [strings[o] for o in doc.to_array(ORTH).tolist()]


def doc_text(doc: Doc) -> str:
    """``doc.text`` from the ORTH and SPACY arrays: ``Doc.text`` builds a Token object per word,
    which over a whole paper was a sixth of the NER pass."""
    strings = doc.vocab.strings
    return "".join([strings[o] + " " if sp else strings[o] for o, sp in doc.to_array([ORTH, SPACY]).tolist()])


def span_text(doc: Doc, texts: list[str]):
    """``(start, end) -> doc[start:end].text`` from the tokens' texts and trailing spaces (``Span.text``
    builds a Token object per word; the normalizer asks for thousands of spans)."""
    spaces = doc.to_array(SPACY).tolist()

    def text(start: int, end: int) -> str:
        end = min(end, len(texts))
        if end - start == 1:
            return texts[start]
        return "".join(texts[i] + " " if spaces[i] and i < end - 1 else texts[i] for i in range(start, end))

    return text


def _candidates(doc: Doc) -> list[Candidate]:
    if doc._.get(CANDIDATES) is None:
        doc._.set(CANDIDATES, [])
    return doc._.get(CANDIDATES)


class LexiconNER:
    """Lexicon lookup plus the context rules for ambiguous symbols."""

    def __init__(self, nlp: Language, name: str, use_built_lexicons: bool, context_window: int,
                 lexicon: Lexicon | None = None):
        _ensure_extension()
        self.name = name
        self.lexicon = lexicon if lexicon is not None else load_lexicon(nlp.tokenizer, built=use_built_lexicons)
        self.stoplist = curated_words("stoplist.jsonl")
        self.context_words = curated_words("gene_context.jsonl")
        self.cell_words = curated_words("cell_words.jsonl")
        self.window = context_window

    def __call__(self, doc: Doc) -> Doc:
        texts = token_texts(doc)
        lowers = [t.lower() for t in texts]
        doc._.set(TOKENS, (texts, lowers))
        matches = extend_fragments(self.lexicon.match_tokens(texts), texts, self.lexicon)  # "carbonyl cyanide m-..."
        solid_genes = {
            m.start for m in matches if m.entry.label == GENE and not is_flagged(m.entry) and m.end - m.start == 1
            and texts[m.start] not in self.stoplist
        }
        out = _candidates(doc)
        tentative = []
        for m in matches:
            entry = m.entry
            if m.end - m.start == 1 and m.symbol and not symbol_counts(
                texts, lowers, m.start, entry, stoplist=self.stoplist, context_words=self.context_words,
                gene_positions=solid_genes, window=self.window, cell_words=self.cell_words,
            ):
                text = texts[m.start]
                if entry.label == GENE and text not in self.stoplist and (text == entry.pattern or text.isupper()):
                    tentative.append(Candidate(m.start, m.end, entry.label, entry.id, entry.src, True))
                continue
            flagged = is_flagged(entry) or (entry.src == "name-acronym" and entry.label in ("CANCER", "DISEASE")
                                            and len(texts[m.start]) <= SHORT_DISEASE_ACRONYM)
            out.append(Candidate(m.start, m.end, entry.label, entry.id, entry.src, flagged))
        doc._.set(TENTATIVE, tentative)
        if STAT_SPANS in doc.user_data:
            self._add_statistical(doc, out)
        return doc

    def _add_statistical(self, doc: Doc, out: list[Candidate]) -> None:
        taken = {i for c in out for i in range(c.start, c.end)}
        for span in statistical_spans(doc):
            if not any(i in taken for i in range(span.start, span.end)):
                out.append(Candidate(span.start, span.end, span.label_, span_id(span, self.lexicon), "statistical"))


TOOL_PREFIXES = frozenset({"sh", "si", "sg"})  # glued RNAi / CRISPR prefixes (lexicon.split_tool_prefix)
MAX_SPLIT_CACHE = 200_000  # token texts whose split is memoized (bounds a long batch's memory)


class JoinedSplitter:
    """Split ``ATAD3A-PINK1`` and ``cisplatin/sorafenib`` into their members (``Lexicon.split_joined``).

    Runs right after the tokenizer: later components keep token-indexed spans
    (abbreviations), which a re-tokenization would invalidate.
    """

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._parts: dict[str, tuple[str, ...] | None] = {}  # token text -> its split, cached (a bounded memo)

    def parts(self, text: str) -> tuple[str, ...] | None:
        """The members ``text`` splits into, else None."""
        try:
            return self._parts[text]
        except KeyError:
            pass
        parts = None
        if "-" in text or "/" in text:
            parts = self.lexicon.split_joined(text) or None
        if not parts and text[-1:].isdigit():
            parts = split_glued(text) or None  # "cisplatin8,9", "resistance¹²"
        if not parts and text[-1:].isupper() and text[:1].isupper():
            parts = self.lexicon.split_mutation(text) or None  # "KITD816V": the gene and its mutation
        if not parts and text[:2] in TOOL_PREFIXES:
            parts = self.lexicon.split_tool_prefix(text) or None  # "shBNIP3": the tool and its gene
        found = tuple(parts) if parts else None
        if len(self._parts) < MAX_SPLIT_CACHE:
            self._parts[text] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        splits = [(i, list(parts)) for i, text in enumerate(token_texts(doc))
                  if ("-" in text or "/" in text or text[-1:].isdigit() or (text[-1:].isupper() and text[:1].isupper())
                      or text[:2] in TOOL_PREFIXES)
                  and (parts := self.parts(text))]
        if splits:
            with doc.retokenize() as retokenizer:
                for i, parts in splits:
                    token = doc[i]
                    retokenizer.split(token, parts, heads=[(token, k) for k in range(len(parts))])
        return doc


@Language.factory(
    "mitominer_split_joined",
    default_config={"lexicon_component": "mitominer_lexicon_ner"},
    retokenizes=True,
)
def make_split_joined(nlp: Language, name: str, lexicon_component: str) -> JoinedSplitter:
    """Shares the lexicon of ``lexicon_component``, which must be added to ``nlp`` first."""
    if lexicon_component not in nlp.pipe_names:
        raise ValueError(f"mitominer_split_joined: component {lexicon_component!r} not in the pipeline "
                         f"{nlp.pipe_names}; add it before this one")
    return JoinedSplitter(nlp.get_pipe(lexicon_component).lexicon)


@Language.factory(
    "mitominer_lexicon_ner",
    default_config={"use_built_lexicons": True, "context_window": 2},
    assigns=[f"doc._.{CANDIDATES}"],
)
def make_lexicon_ner(nlp: Language, name: str, use_built_lexicons: bool, context_window: int) -> LexiconNER:
    return LexiconNER(nlp, name, use_built_lexicons, context_window)


@Language.factory("mitominer_regex_entities", default_config={}, assigns=[f"doc._.{CANDIDATES}"])
def make_regex_entities(nlp: Language, name: str):
    _ensure_extension()

    def regex_entities(doc: Doc) -> Doc:
        out = _candidates(doc)
        for hit in find_regex_entities(doc_text(doc)):
            span = doc.char_span(hit.start, hit.end, alignment_mode="contract")
            if span is None or len(span) == 0:
                continue
            src = hit.src or ("regex-mirna" if hit.label == "MIRNA" else "regex-code")
            if src == "regex-code" and len(span) > 1 and PROTEIN_CHANGE.match(span[-1].text):
                continue  # "KITD816V", split into the gene and its protein change: no compound code
            out.append(Candidate(span.start, span.end, hit.label, hit.id, src))
        return doc

    return regex_entities


class GeneShapes:
    """Unlisted gene and ncRNA names by shape and cue (``shapes.py``); drops family words in apposition."""

    def __init__(self, name: str, lexicon=None):
        _ensure_extension()
        self.name = name
        self.stoplist = curated_words("stoplist.jsonl")
        self.lexicon = lexicon  # the lexicon NER's: a cued name the lexicon lists as a gene takes its id

    def _gene_id(self, text: str) -> str:
        """A cued gene's id: the lexicon's when it lists the printed name as a gene (an alias whose
        context words were too far for the lexicon pass, ``In these cells, NIX promoted ...`` ->
        BNIP3L), else the printed name (an unlisted gene, as the spec says)."""
        entry = self.lexicon.symbol(text) if self.lexicon is not None else None
        return entry.id if entry is not None and entry.label == GENE else text

    def _flagged(self, text: str) -> bool:
        """Whether the lexicon reads ``text`` as a gene symbol it flags (an English word, a short or
        ambiguous form, a derived alias): such a name needs a stronger cue (``doc_names``)."""
        entry = self.lexicon.symbol(text) if self.lexicon is not None else None
        return entry is not None and entry.label == GENE and is_flagged(entry)

    def __call__(self, doc: Doc) -> Doc:
        out = _candidates(doc)
        cached = doc._.get(TOKENS)
        if cached is not None and len(cached[0]) == len(doc):
            texts, lowers = cached
        else:
            texts = token_texts(doc)
            lowers = [t.lower() for t in texts]
        for i in ncrna_tokens(texts, lowers):
            out.append(Candidate(i, i + 1, GENE, texts[i], "regex-ncrna"))
        genes = [(c.start, c.end, c.flagged) for c in out if c.label == GENE]
        drop = descriptor_positions(texts, lowers, genes)
        if drop:
            out[:] = [c for c in out if not (c.label == GENE and c.start in drop)]
        taken = {i for c in out for i in range(c.start, c.end)}
        certain = {c.start for c in out if c.label == GENE and c.end - c.start == 1}
        shaped = shape_spans(texts, lowers, taken, certain, self.stoplist)
        for i in shaped:
            out.append(Candidate(i, i + 1, GENE, self._gene_id(texts[i]), SHAPE_SRC))
        taken |= own_metabolite_ids(out, texts, lowers, taken)  # a metabolite's id, not its parent drug's
        # names read from the paper's context, and every cued name at its other occurrences (doc_names.py);
        # an ambiguous alias the lexicon accepted in a gene context is cued too (one sense per paper:
        # "loss of NIX ... In these cells, NIX promoted ...")
        cued = shaped + [c.start for c in out if c.label == GENE and c.flagged and c.end - c.start == 1
                         and c.start not in shaped and texts[c.start].isupper()]
        for i, label in doc_name_candidates(texts, lowers, taken | set(shaped), cued, self.stoplist, self._flagged):
            out.append(Candidate(i, i + 1, label, self._gene_id(texts[i]) if label == GENE else texts[i].lower(),
                                 SHAPE_SRC if label == GENE else "regex-code"))
        return doc


@Language.factory("mitominer_gene_shapes", default_config={}, assigns=[f"doc._.{CANDIDATES}"])
def make_gene_shapes(nlp: Language, name: str) -> GeneShapes:
    lexicon = nlp.get_pipe("mitominer_lexicon_ner").lexicon if "mitominer_lexicon_ner" in nlp.pipe_names else None
    return GeneShapes(name, lexicon)


class Normalizer:
    """Choose non-overlapping entities and give them their final ids."""

    def __init__(self, name: str, use_abbreviations: bool, drug_classes: bool):
        _ensure_extension()
        self.name = name
        self.use_abbreviations = use_abbreviations
        self.drug_classes = drug_classes

    def __call__(self, doc: Doc) -> Doc:
        cands = doc._.get(CANDIDATES) or []
        if cands:
            cached = doc._.get(TOKENS)
            texts = cached[0] if cached is not None and len(cached[0]) == len(doc) else token_texts(doc)
            cands = drop_organisms(cands, texts)
        ents = select_spans(cands)
        if cands:
            ents = code_names(ents, texts)
        regimens: list[Candidate] = []
        if self.use_abbreviations:
            cached = doc._.get(TOKENS)
            texts = cached[0] if cached is not None and len(cached[0]) == len(doc) else token_texts(doc)
            regimens, at = regimen_short_forms(ents, texts)
            if at:  # "GC" defined as a regimen is not the gene GC, nor its last drug
                ents = [e for e in ents if e.start not in at]
        if self.use_abbreviations and Doc.has_extension("abbreviations"):
            found = [
                Abbreviation(a.start, a.end, a._.long_form.start, a._.long_form.end,
                             tuple(t.lower_ for t in a._.long_form))
                for a in doc._.abbreviations if hasattr(a._.long_form, "start")
            ]
            known = {doc[a.short_start : a.short_end].text for a in found}
            cached = doc._.get(TOKENS)
            texts = cached[0] if cached is not None and len(cached[0]) == len(doc) else token_texts(doc)
            found += drug_short_forms(ents, texts, known)
            ents = apply_abbreviations(ents, found, doc._.get(TENTATIVE) or [])
            extra = []
            if found:  # short forms defined as a gene no lexicon lists
                taken = {i for c in ents for i in range(c.start, c.end)}
                lows = cached[1] if cached is not None and len(cached[1]) == len(doc) else [t.lower() for t in texts]
                taken_long = {i for c in ents if c.label != "PROCESS" for i in range(c.start, c.end)}
                extra = defined_gene_spans(
                    texts, lows, [(a.short_start, a.short_end, a.long_start, a.long_end) for a in found], taken,
                    taken_long=taken_long)
            if extra:
                ents = sorted(ents + [Candidate(i, i + 1, GENE, texts[i], SHAPE_SRC) for i in set(extra)],
                              key=lambda c: c.start)
            if regimens:
                at = {c.start for c in regimens}
                ents = [e for e in ents if e.start not in at]
        cached = doc._.get(TOKENS)
        if cached is not None and len(cached[0]) == len(doc):
            texts, lowers = cached
        else:
            texts = token_texts(doc)
            lowers = [t.lower() for t in texts]
        text = span_text(doc, texts)
        ents = relabel_class_names(ents, lowers, text)
        ents = merge_class_phrases(ents, lowers, text)
        doc.ents = [self._span(doc, c) for c in ents]
        if self.drug_classes:
            classes = gene_classes(ents, lowers, text)
            doc.spans[DRUG_CLASSES] = [self._span(doc, c) for c in classes]
        doc.spans[REGIMENS] = [self._span(doc, c) for c in regimens]
        doc._.set(CANDIDATES, None)
        doc._.set(TOKENS, None)
        doc._.set(TENTATIVE, None)
        return doc

    @staticmethod
    def _span(doc: Doc, c: Candidate):
        return Span(doc, c.start, c.end, label=c.label, kb_id=c.id)  # what doc[a:b] with label_, kb_id_ set gives


@Language.factory(
    "mitominer_normalizer",
    default_config={"use_abbreviations": True, "drug_classes": True},
    assigns=["doc.ents", "doc.spans"],
)
def make_normalizer(nlp: Language, name: str, use_abbreviations: bool, drug_classes: bool) -> Normalizer:
    return Normalizer(name, use_abbreviations, drug_classes)
