"""Optional statistical NER (BC5CDR-trained CHEMICAL / DISEASE) merged into the lexicon's candidates.

Off by default (``load_nlp(statistical=True)`` turns it on): it costs speed
and its spans carry no vocabulary id unless the lexicon knows their text.
The trained ``ner`` component (``models/ner_stat/model``, built by
``scripts/train_ner.py``) runs before the lexicon; ``mitominer_statistical_candidates``
stashes its ``doc.ents``; the lexicon component adds them to the candidates,
keeping only spans that overlap no lexicon candidate (they fill gaps, never
override a vocabulary).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.ner.keys import tokens_to_name_key
from pipeline.resources import model_path

STAT_SPANS = "statistical_ner"  # doc.user_data key where the raw model output waits for the merge
MODEL_DIR = ("ner_stat", "model")


def statistical_model_path() -> Path:
    return model_path(*MODEL_DIR)


def add_statistical_ner(nlp: Language, before: str) -> None:
    """Source the trained ``ner`` into ``nlp`` (as ``statistical_ner``) and add the stash component."""
    import spacy

    path = statistical_model_path()
    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(f"{path}: no trained statistical NER (run scripts/train_ner.py)")
    trained = spacy.load(path)
    nlp.add_pipe("ner", name="statistical_ner", source=trained, before=before)
    nlp.add_pipe("mitominer_stash_statistical", before=before)


@Language.component("mitominer_stash_statistical")
def stash_statistical(doc: Doc) -> Doc:
    """Move the model's ``doc.ents`` aside as character offsets (they survive re-tokenization)."""
    doc.user_data[STAT_SPANS] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    doc.ents = []
    return doc


def statistical_spans(doc: Doc) -> list[Span]:
    """The stashed model spans, re-aligned to the current tokens (misaligned ones dropped)."""
    out = []
    for start, end, label in doc.user_data.pop(STAT_SPANS, []):
        span = doc.char_span(start, end, label=label, alignment_mode="strict")
        if span is not None:
            out.append(span)
    return out


def span_id(span: Span, lexicon) -> str:
    """The lexicon's id for the span's text when it has one for that label, else CHEMICAL: the lower text."""
    entry = lexicon.names.get(tokens_to_name_key([t.text for t in span]))
    if entry is None and len(span) == 1:
        entry = lexicon.symbol(span.text)
    if entry is not None and (entry.label == span.label_ or {entry.label, span.label_} <= {"DISEASE", "CANCER"}):
        return entry.id
    return span.text.lower() if span.label_ == "CHEMICAL" else ""
