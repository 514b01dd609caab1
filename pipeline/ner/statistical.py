"""Optional statistical NERs merged into the lexicon's candidates.

Two models, trained by ``scripts/train_ner.py``: CHEMICAL / DISEASE on BC5CDR
(``models/ner_stat/model``) and GENE_OR_PROTEIN on BC2GM
(``models/ner_stat/gene_model``); whichever is present is used.

Off by default (``load_nlp(statistical=True)`` turns it on): it costs speed
and its spans carry no vocabulary id unless the lexicon knows their text.
Each trained ``ner`` runs before the lexicon and ``mitominer_stash_statistical``
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
MODEL_DIRS = {"statistical_ner": ("ner_stat", "model"), "statistical_gene_ner": ("ner_stat", "gene_model")}


def statistical_model_paths() -> dict[str, Path]:
    """Component name -> trained pipeline folder, for the models that are present."""
    paths = {name: model_path(*parts) for name, parts in MODEL_DIRS.items()}
    return {name: p for name, p in paths.items() if (p / "config.cfg").is_file()}


def add_statistical_ner(nlp: Language, before: str) -> None:
    """Source each trained ``ner`` into ``nlp``, each followed by a stash component."""
    import spacy

    paths = statistical_model_paths()
    if not paths:
        raise FileNotFoundError(f"{model_path('ner_stat')}: no trained statistical NER (run scripts/train_ner.py)")
    for name, path in paths.items():
        nlp.add_pipe("ner", name=name, source=spacy.load(path), before=before)
        nlp.add_pipe("mitominer_stash_statistical", name=f"stash_{name}", before=before)


@Language.component("mitominer_stash_statistical")
def stash_statistical(doc: Doc) -> Doc:
    """Move the model's ``doc.ents`` aside as character offsets (they survive re-tokenization)."""
    doc.user_data.setdefault(STAT_SPANS, []).extend((e.start_char, e.end_char, e.label_) for e in doc.ents)
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
