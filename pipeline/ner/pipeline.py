"""``load_nlp()``: the NER pipeline, built once per process from the committed files."""

from __future__ import annotations

import functools
import gc
import logging

import spacy
from spacy.language import Language

from pipeline.ner import abbreviations as _abbreviations  # noqa: F401  (registers the factories)
from pipeline.ner import components as _components  # noqa: F401
from pipeline.ner import parts as _parts  # noqa: F401
from pipeline.ner.statistical import add_statistical_ner
from pipeline.ner.tokenizer import build_tokenizer

log = logging.getLogger(__name__)

PIPE_NAMES = ("mitominer_split_joined", "mitominer_abbreviations", "mitominer_lexicon_ner", "mitominer_regex_entities",
              "mitominer_gene_shapes", "mitominer_normalizer", "mitominer_fragments")


def build_nlp(use_built_lexicons: bool = True, statistical: bool = False) -> Language:
    """A fresh pipeline: scispacy tokenizer, joined-symbol splitter, abbreviations,
    lexicon, regex, normalizer, fragments (``parts.py``).

    ``statistical`` adds the BC5CDR-trained NER before the lexicon (``statistical.py``).
    """
    nlp = spacy.blank("en")
    nlp.tokenizer = build_tokenizer(nlp)  # scispacy's builder needs the default tokenizer first
    # no sentencizer: nothing reads the pass's sentence starts (units are split by the ingest
    # sentencizer over the pass's tokens, pipeline.annotate), and it walked every token
    nlp.add_pipe("mitominer_abbreviations")
    nlp.add_pipe("mitominer_lexicon_ner", config={"use_built_lexicons": use_built_lexicons})
    nlp.add_pipe("mitominer_regex_entities")
    nlp.add_pipe("mitominer_gene_shapes")  # unlisted gene and ncRNA names by shape and cue (shapes.py)
    nlp.add_pipe("mitominer_normalizer")
    nlp.add_pipe("mitominer_split_joined", first=True)  # shares the lexicon, so added after it
    nlp.add_pipe("mitominer_fragments")  # names inside joined tokens and class heads (parts.py), always last
    if statistical:
        add_statistical_ner(nlp, before="mitominer_lexicon_ner")
    return nlp


def load_nlp(use_built_lexicons: bool = True, statistical: bool = False) -> Language:
    """The shared pipeline, loaded once per process (and per flag combination)."""
    return _cached_nlp(bool(use_built_lexicons), bool(statistical))


@functools.lru_cache(maxsize=4)
def _cached_nlp(use_built_lexicons: bool, statistical: bool) -> Language:
    # one cache key per flag combination, however the caller spells the call
    nlp = build_nlp(use_built_lexicons, statistical)
    # The lexicons are ~430k long-lived objects; every full collection of the cyclic garbage collector
    # walked them all (150 ms CPU, about once per hundred abstracts). Frozen, the collector skips them;
    # the load's own garbage is collected first.
    gc.collect()
    gc.freeze()
    log.info("NER pipeline loaded: %s", ", ".join(nlp.pipe_names))
    return nlp
