"""Names inside one token or one entity, read in the same NER pass: ``doc._.token_parts``, ``doc._.class_heads``.

The NER labels whole tokens and whole spans; two kinds of names stay hidden:

* the members of a joined token the splitter left whole (``PINK1/X``,
  ``A-B`` when not every part is certain): ``doc._.token_parts`` maps the
  token's index to the ``(label, text, id)`` of the entities found when its
  parts are read as ``A / B``;
* the head of a multi-word THERAPY entity (``PARP inhibitors`` is one
  vocabulary entry): ``doc._.class_heads`` maps the entity's (start, end) token
  span to the entities of the words before its last word (the class's target).

Both are read by the pipeline's own earlier components on the fragment's
text, so a fragment is tagged exactly as a short text of its own would be,
and relation rules never run the NER themselves (they read these
extensions). Hand-written because spaCy has no sub-token entities.
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

TOKEN_PARTS = "token_parts"
CLASS_HEADS = "class_heads"
JOINED = re.compile(r"[/\-–]")  # what joins two names inside one token
NAME_LIKE = re.compile(r"[A-Z0-9]")
MIN_JOINED_CHARS = 4  # shorter tokens (``a-b``) are no joined names

Part = tuple[str, str, str]  # (label, text, id)


def _ensure_extensions() -> None:
    for name in (TOKEN_PARTS, CLASS_HEADS):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def ent_id(ent) -> str:
    """The normalized id: ``kb_id_`` (the NER contract), else an EntityRuler pattern ``id``, else the text."""
    return (ent.kb_id_ or ent.ent_id_ or ent.text).strip()


def joined_parts(text: str) -> list[str] | None:
    """The parts of a token that may join several names (``cisplatin/sorafenib``, ``ATAD3A-PINK1``), else None."""
    if len(text) < MIN_JOINED_CHARS or not JOINED.search(text):
        return None
    parts = [p for p in JOINED.split(text) if p]
    if len(parts) < 2 or not ("/" in text or all(NAME_LIKE.search(p) for p in parts)):
        return None
    return parts


MAX_JOINED_CACHE = 200_000  # token texts whose joined_parts are kept (bounds a long batch's memory)


class FragmentReader:
    """Reads joined tokens and class heads with the components before it in ``nlp``."""

    def __init__(self, nlp: Language, name: str):
        _ensure_extensions()
        self.nlp = nlp
        self.name = name
        self._cache: dict[str, tuple[Part, ...]] = {}
        self._joined: dict[str, list[str] | None] = {}  # token text -> joined_parts, every token asks

    def read(self, text: str) -> tuple[Part, ...]:
        """(label, text, id) of the entities of ``text``, tagged by the earlier components."""
        found = self._cache.get(text)
        if found is None:
            doc = self.nlp.make_doc(text)
            for name, proc in self.nlp.pipeline:
                if name == self.name:
                    break
                doc = proc(doc)
            found = tuple((e.label_, e.text, ent_id(e)) for e in doc.ents)
            if len(self._cache) < 4096:
                self._cache[text] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        ents = doc.ents  # a Span object per entity each time it is read: read once
        covered = {i for e in ents for i in range(e.start, e.end)}
        parts = {}
        strings = doc.vocab.strings  # texts from the ORTH array: no Token object per word
        joined = self._joined
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            if i in covered:
                continue
            text = strings[orth]
            if text in joined:
                split = joined[text]
            else:
                split = joined_parts(text)
                if len(joined) < MAX_JOINED_CACHE:
                    joined[text] = split
            if split:
                found = self.read(" / ".join(split))
                if found:
                    parts[i] = found
        heads = {}
        for ent in ents:
            words = ent.text.split()
            if ent.label_ == "THERAPY" and len(words) >= 2:
                found = self.read(" ".join(words[:-1]))
                if found:
                    heads[(ent.start, ent.end)] = found
        doc._.set(TOKEN_PARTS, parts)
        doc._.set(CLASS_HEADS, heads)
        return doc


@Language.factory("mitominer_fragments", default_config={}, assigns=[f"doc._.{TOKEN_PARTS}", f"doc._.{CLASS_HEADS}"])
def make_fragment_reader(nlp: Language, name: str) -> FragmentReader:
    return FragmentReader(nlp, name)


_ensure_extensions()
