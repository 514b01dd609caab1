"""Short forms a document defines for a drug class: ``PARP inhibitors (PARPi)``, ``proteasome inhibitors (PIs)``.

The NER pass tags no entity on such a short form when the long form is a gene name plus a class
word (the relation rules, not the NER, read ``X inhibitors`` as a class: ``arguments.mentions_to_classes``).
The document's own ``long form (SHORT)`` pairs (``AnnotatedDocument.abbreviations``, scispacy's
detector) say what the short form means; every later use of it (``PARPi``, ``PARPi-resistant``,
the singular ``PI``) is then that class, as a therapy named as written (spec: a named drug class
is a therapy, in lower case, in the plural as the class id).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from pipeline.relations.mention import Mention, therapy_key
from pipeline.relations.triggers import RelationLexicon

_SHORT = re.compile(r"^[A-Z][A-Za-z0-9]{1,7}$")


def class_short_forms(abbreviations: dict[str, str], lexicon: RelationLexicon) -> dict[str, str]:
    """Short form (and its singular or plural) -> the class's therapy id, for the long forms ending in a class word."""
    suffixes = lexicon.words("class_suffixes")
    out: dict[str, str] = {}
    for short, long in sorted(abbreviations.items()):
        words = re.sub(r"[-–]", " ", long).split()
        if len(words) < 2 or words[-1].lower() not in suffixes or not _SHORT.match(short):
            continue
        head = words[-1] + ("s" if words[-1].lower() + "s" in suffixes else "")
        key = therapy_key(" ".join(words[:-1] + [head]))
        stem = short[:-1] if short.endswith("s") else short
        for form in (short, stem, stem + "s"):
            out.setdefault(form, key)
    return out


def short_form_mentions(doc: Doc, mentions: list[Mention], forms: dict[str, str]) -> list[Mention]:
    """Add a therapy mention on every token that is a defined class short form and no other mention covers.

    The definition itself (``(PARPi)`` right after its long form) adds none. A gene right before the short
    form names the class's target (``EGFR TKIs``, ``EGFR-TKI``): gene and short form are one class, named
    as written in the plural (``egfr tkis``), and the gene is no regulator there."""
    if not forms:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    ends = {m.end: m for m in mentions if m.kind == "REG" and not m.is_mitophagy}
    out = list(mentions)
    for t in doc:
        if t.text not in forms or t.i in covered:
            continue
        if 0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")":
            continue  # the definition
        at = t.i - 1 if t.i > 0 and doc[t.i - 1].text in ("-", "–") else t.i
        gene = ends.get(at)
        if gene is not None:
            plural = t.text if t.text.endswith("s") else t.text + "s"
            key = therapy_key(f"{doc[gene.start:gene.end].text} {plural}")
            out.remove(gene)
            out.append(Mention("THER", gene.start, t.i + 1, doc[gene.start : t.i + 1].text, (key,), "CLASS"))
        else:
            out.append(Mention("THER", t.i, t.i + 1, t.text, (forms[t.text],), "CLASS"))
    return sorted(out, key=lambda m: (m.start, m.end))


def modality_short_forms(abbreviations: dict[str, str], lexicon: RelationLexicon) -> dict[str, tuple[str, ...]]:
    """Short form -> its modalities, for the long forms that name two (``concurrent chemoradiotherapy (CCRT)``:
    chemotherapy and radiotherapy, like the long form itself; ``combined_modalities`` in cues.json). The NER
    gives the short form the long form's one id, so without this it names chemotherapy only."""
    combined = lexicon.settings["combined_modalities"]
    out: dict[str, tuple[str, ...]] = {}
    for short, long in sorted(abbreviations.items()):
        words = long.lower().split()
        for n in range(min(3, len(words)), 0, -1):  # the long form ends in the combined name (``concurrent ...``)
            if " ".join(words[-n:]) in combined and _SHORT.match(short):
                out[short] = tuple(combined[" ".join(words[-n:])])
                break
    return out


def split_modality_short_forms(mentions: list[Mention], forms: dict[str, tuple[str, ...]]) -> list[Mention]:
    """Each therapy mention written as a short form in ``forms`` becomes one mention per modality."""
    if not forms or not any(m.kind == "THER" and m.text in forms for m in mentions):
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.kind == "THER" and m.text in forms:
            out.extend(replace(m, ids=(ident,), modality=True) for ident in forms[m.text])
        else:
            out.append(m)
    return out
