"""Entity spans of one sentence Doc -> relation arguments (regulators and therapies).

The NER gives single names; a relation argument is often a phrase around them:
an axis (``A/B axis``, ``A-B/C``) is one regulator with every member id; ``X-mediated
mitophagy`` and ``mitophagy regulated by X`` make X the regulator; ``X inhibitors``
is a named drug class (a therapy); ``..., which targets Y`` makes Y a mere target.
Phrase assembly is hand-written over token positions because no spaCy component
composes entities into such argument phrases.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.attrs import LOWER
from spacy.tokens import Doc

from pipeline.ner.components import DRUG_CLASSES
from pipeline.relations.class_short_forms import short_form_mentions
from pipeline.relations.complementizer_that import complementizer_before
from pipeline.relations.compounds import class_targets, compound_mentions
from pipeline.relations.doses import dose_mentions, quantity_misreads
from pipeline.relations.radiation_words import radiation_mentions
from pipeline.relations.lesion_nouns import names_a_lesion
from pipeline.relations.mention import (  # noqa: F401  (re-exported: the rules import them from here)
    MITOPHAGY_ID,
    REGULATOR_LABELS,
    THERAPY_LABELS,
    Mention,
    ent_id,
    therapy_key,
)
from pipeline.relations.triggers import RelationLexicon, load_lexicon, phrase_at

_CODE_SHAPE = re.compile(r"(?=.*\d)(?=.*[A-Z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")


def names_cell_line(doc: Doc, start: int, end: int, heads: frozenset[str]) -> bool:
    """A code-shaped name (a capital and a digit: ``SGC-7901``, ``KYSE-150``) right before a cell-line head
    word, also over a ``/SUFFIX`` (``SGC-7901/DDP cells``), names a cell line, not a compound. The caller asks
    only for names no lexicon normalized (``DDP`` -> cisplatin is a drug); a name after ``/`` is a suffix
    naming the drug of a resistant line (``HCT116/5-FU cells``) and is kept."""
    if end - start != 1 or not _CODE_SHAPE.fullmatch(doc[start].text) or (start and doc[start - 1].text == "/"):
        return False
    j = end
    if j + 1 < len(doc) and doc[j].text == "/":
        j += 2
    return j < len(doc) and doc[j].lower_ in heads


def ents_to_mentions(doc: Doc, lexicon: RelationLexicon) -> list[Mention]:
    """Raw mentions from ``doc.ents`` plus mitophagy words the NER did not tag."""
    processes = lexicon.words("regulator_processes")
    non_therapies = lexicon.word_set("non_therapies")
    vague = lexicon.word_set("vague_therapies")
    modalities = lexicon.word_set("modalities")
    combined = lexicon.settings["combined_modalities"]
    protein_words = lexicon.word_set("non_therapy_words")
    cell_heads = lexicon.word_set("cell_line_heads")
    mentions: list[Mention] = []
    for ent in doc.ents:
        label = ent.label_
        ident = ent_id(ent)
        if label in REGULATOR_LABELS:
            mentions.append(Mention("REG", ent.start, ent.end, ent.text, (ident,), label))
        elif label == "PROCESS" and ident.lower() in processes:
            mentions.append(Mention("REG", ent.start, ent.end, ent.text, (ident.lower(),), label))
        elif label in THERAPY_LABELS:
            lowered = ident.lower()
            if lowered in non_therapies or ent.text.lower() in non_therapies or ent.text.lower() in vague:
                continue
            if any(w in protein_words for w in re.split(r"[\s-]+", f"{ent.text} {lowered}".lower())):
                continue  # an enzyme or receptor tagged as a chemical is not a therapy
            if lowered == ent.text.lower() and names_cell_line(doc, ent.start, ent.end, cell_heads):
                continue  # "SGC-7901/DDP cells", "KYSE-150 xenografts": a code-shaped name of a cell line
            lowered = therapy_key(lowered)
            # "chemoradiotherapy" names two modalities (spec rule 9, judgment call 16): one mention per modality
            for ident in combined.get(ent.text.lower(), (lowered,)):
                mentions.append(
                    Mention("THER", ent.start, ent.end, ent.text, (ident,), label, modality=ident in modalities)
                )
    taken = {i for m in mentions for i in range(m.start, m.end)}
    words = lexicon.words("mitophagy_words")
    firsts = {w.split()[0] for w in words if w.split()}
    strings = doc.vocab.strings  # lower-cased texts from the LOWER array: no Token object per word
    starts = [k for k, x in enumerate(doc.to_array(LOWER).tolist()) if strings[x] in firsts]
    i = 0
    for start in starts:  # only where a mitophagy phrase can begin
        if start < i:
            continue
        i = start
        n = phrase_at(doc, i, words)
        if n and not any(j in taken for j in range(i, i + n)):
            mentions.append(Mention("REG", i, i + n, doc[i : i + n].text, (MITOPHAGY_ID,), "PROCESS"))
            i += n
        else:
            i += 1
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _between(doc: Doc, a: Mention, b: Mention) -> list[str]:
    return [t.lower_ for t in doc[a.end : b.start]]


def mentions_to_classes(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """``X inhibitors`` -> a therapy named as written (lower case); a class naming the drug after it is dropped.

    Which ``X <suffix>`` is a drug class is the NER's call (``doc.spans["drug_classes"]``)
    when the pass made that span group; a pipeline without it (test stand-ins) falls back
    to the class suffixes of the relation lexicon.
    """
    suffixes = lexicon.words("class_suffixes")
    ner_classes = {(s.start, s.end) for s in doc.spans[DRUG_CLASSES]} if DRUG_CLASSES in doc.spans else None
    out: list[Mention] = []
    starts = {m.start: m for m in mentions if m.kind == "THER"}
    for m in mentions:
        at = m.end  # the class word: "X inhibitors", or "X-inhibitors" with the hyphen split off
        if at + 1 < len(doc) and doc[at].text in lexicon.words("hyphens") and doc[at + 1].lower_ in suffixes:
            at += 1
        if m.kind == "REG" and not m.is_mitophagy and at < len(doc) and doc[at].lower_ in suffixes:
            end = at + 1
            if end in starts and not _cotreated(starts[end], mentions):
                continue  # "HSP90 inhibitor geldanamycin": the class only describes the drug
            # "the SIRT3 inhibitor D1 sensitized cells to D2": D1 is a tool of the experiment; the class stays
            # (``mark_descriptors`` excludes it as a therapy) so its target reads as the inhibited regulator
            if end not in starts and ner_classes is not None and (m.start, end) not in ner_classes:
                out.append(m)  # the NER read no class here ("X inhibitor, D": the class describes D)
                continue
            text = doc[m.start : end].text
            sign = -1 if doc[at].lower_ in lexicon.words("class_suffixes_down") else 1
            head = doc[at].text + ("s" if doc[at].lower_ + "s" in suffixes else "")  # "PARP inhibitor resistance": plural
            key = therapy_key(f"{doc[m.start : m.end].text} {head}")  # spec: "PARP-inhibitors" -> "parp inhibitors"
            out.append(Mention("THER", m.start, end, text, (key,), "CLASS", class_target=m.ids, class_sign=sign))
        else:
            out.append(m)
    return out


def _cotreated(drug: Mention, mentions: list[Mention]) -> bool:
    """Another named drug or modality than ``drug`` is in the sentence (the outcome may be that one's)."""
    return any(m.kind == "THER" and m is not drug and (m.label == "CHEMICAL" or m.modality) for m in mentions)


def mentions_to_axes(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """Merge regulators joined only by axis separators (``A/B``, ``A-B/C``) into one regulator."""
    separators = lexicon.word_set("axis_separators")
    heads = lexicon.words("axis_heads")
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.kind == "REG"
            and prev.kind == "REG"
            and not m.is_mitophagy
            and not prev.is_mitophagy
            and 0 < m.start - prev.end <= 1
            and all(t in separators for t in _between(doc, prev, m))
            and not doc[prev.end - 1].whitespace_
        ):
            ids = tuple(dict.fromkeys(prev.ids + m.ids))
            out[-1] = replace(prev, end=m.end, text=doc[prev.start : m.end].text, ids=ids, core_end=m.end)
            continue
        out.append(m)
    # an "A/B axis" keeps its head word inside the phrase (for citation attachment)
    result = []
    for m in out:
        n = phrase_at(doc, m.end, heads) if m.kind == "REG" and not m.is_mitophagy else 0
        result.append(replace(m, end=m.end + n) if n else m)
    return result


def _core(m: Mention) -> Mention:
    return m if m.core_start >= 0 else replace(m, core_start=m.start, core_end=m.end)


def mentions_to_mediators(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """``X-mediated mitophagy`` and ``mitophagy (,) regulated by X`` -> X, absorbing the mitophagy word."""
    mediation = lexicon.words("mediation")
    mentions = [_core(m) for m in mentions]
    absorbed: set[int] = set()
    out: list[Mention] = []
    for idx, m in enumerate(mentions):
        if idx in absorbed:
            continue
        nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
        if m.kind == "REG" and not m.is_mitophagy and nxt is not None and nxt.is_mitophagy:
            gap = [t.lower_ for t in doc[m.end : nxt.start]]
            words = [w for w in gap if w not in lexicon.words("hyphens")]
            if words and words[0] in mediation and len(words) <= lexicon.number("mediation_max_words"):
                out.append(replace(m, end=nxt.end, via_mitophagy=True))
                absorbed.add(idx + 1)
                continue
        if m.is_mitophagy and nxt is not None and nxt.kind == "REG" and not nxt.is_mitophagy:
            gap = [t.lower_ for t in doc[m.end : nxt.start] if t.lower_ not in lexicon.words("mediation_gap_skip")]
            if (len(gap) == 2 and gap[0] in mediation and gap[1] == "by") or (
                len(gap) == 1 and gap[0] in lexicon.words("mediation_prepositions")):
                out.append(replace(nxt, start=m.start, via_mitophagy=True))
                absorbed.add(idx + 1)
                continue
        out.append(m)
    return out


def _drug_antecedent(doc: Doc, m: Mention, before: list[Mention], pronouns: frozenset[str]) -> bool:
    """``D, which targets X, ...``: the relative pronoun right after a comma closing a named drug."""
    j = next((j for j in range(m.start - 1, max(-1, m.start - 5), -1) if doc[j].lower_ in pronouns), None)
    if j is None or j < 2 or doc[j - 1].text != ",":
        return False
    return any(o.kind == "THER" and not o.modality and o.end == j - 1 for o in before)


def mark_targets(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """A regulator after ``which/that targets`` or ``an inhibitor of`` is only a target, not a regulator; after
    ``D, which targets`` (a named drug) it stays, read as ``D, which inhibits X`` (session 14)."""
    pronouns = lexicon.word_set("relative_pronouns")
    verbs = lexicon.word_set("target_verbs")
    drug_verbs = lexicon.word_set("drug_target_verbs")  # "D, which targets X, ...": X read as D's inhibited target
    classes = lexicon.word_set("class_suffixes")
    out = []
    asides = lexicon.words("contrast_asides")
    for m in mentions:
        before = [t.lower_ for t in doc[max(0, m.start - 4) : m.start]]
        if m.kind == "REG" and any(w in verbs for w in before) and any(w in pronouns for w in before):
            if not (any(w in drug_verbs for w in before) and _drug_antecedent(doc, m, out, pronouns)):
                m = replace(m, excluded=True)
        elif m.kind == "REG" and any(phrase_at(doc, j, asides) for j in range(max(0, m.start - 4), m.start)):
            m = replace(m, excluded=True)  # "X, but not Y, ...": the finding is not Y's
        elif m.kind == "REG" and len(before) >= 2 and before[-1] in ("of", "against") and before[-2] in classes:
            class_start = m.start - 2
            named = any(o.kind == "THER" and o.label == "CHEMICAL" and 0 <= class_start - o.end <= 4 for o in mentions)
            if (named or before[-1] == "against") and not m.is_mitophagy:  # "a kinase inhibitor against X" describes
                m = replace(m, excluded=True)  # "D, an agonist of X,": X is the drug's target
            else:  # "inhibitors of X": a drug class, as "X inhibitors"; "D, an inhibitor of mitophagy," describes D
                text = doc[class_start : m.end].text
                sign = -1 if before[-2] in lexicon.words("class_suffixes_down") else 1
                m = Mention("THER", class_start, m.end, text, (therapy_key(text),), "CLASS",
                            class_target=m.ids, class_sign=sign)
        elif m.kind == "REG" and out and out[-1].kind == "REG" and out[-1].excluded and not m.excluded and all(
                t.lower_ in (",", "and", "or") for t in doc[out[-1].end : m.start]) and m.start > out[-1].end:
            m = replace(m, excluded=True)  # "an inhibitor of X and Y": both are targets
        out.append(m)
    return out


def mark_descriptors(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """A class word that only describes a named drug adds no therapy; a mitophagy word that only
    describes a protein (``the mitophagy receptor X``) is no regulator.

    ``D, a common chemotherapeutic agent`` (apposition) and ``proteasome inhibitor D``
    (a class right before the drug), per the spec's therapy conventions.
    """
    out = list(mentions)
    heads = lexicon.words("mitophagy_descriptor_heads")
    for i, m in enumerate(out):
        if _elided_class_member(doc, m, out, lexicon):
            out[i] = replace(m, excluded=True)  # "BRAF and MEK inhibitors": BRAF names a drug class, no regulator
            continue
        if m.is_mitophagy:
            j = m.end
            while j < len(doc) and doc[j].text in lexicon.words("hyphens"):
                j += 1
            if j < len(doc) and doc[j].lower_ in heads:
                out[i] = replace(m, excluded=True)  # "the mitophagy receptor X", "mitophagy-related genes"
            continue
        if m.kind != "THER":
            continue
        following = out[i + 1] if i + 1 < len(out) else None
        if following is not None and following.modality and _based_on(doc, m, following, lexicon):
            # "cisplatin-based chemotherapy", "DDP-containing regimens": the modality only describes the named
            # drug, which is the therapy (spec: a class word describing a named drug adds no modality record);
            # a class qualifying it ("platinum-based chemotherapy") is one THERAPY entity, the modality
            out[i + 1] = replace(following, excluded=True)
            continue
        if (
            m.label != "CHEMICAL"
            and following is not None
            and following.kind == "THER"
            and following.label == "CHEMICAL"
            and following.start == m.end
        ):  # "proteasome inhibitor D", "the platinum drug D": the class names the drug after it
            out[i] = replace(m, excluded=True)
            continue
        before = [t.lower_ for t in doc[max(0, m.start - 4) : m.start]]
        drug_before = any(o.kind == "THER" and o.label == "CHEMICAL" and 0 < m.start - o.end <= 4 for o in out[:i])
        if drug_before and "," in before and any(w in lexicon.words("apposition_openers") for w in before):
            out[i] = replace(m, excluded=True)  # "D, a macrolide antibiotic,", "D1 and D2, two other PARP inhibitors,"
            continue
        if m.kind == "THER" and not m.modality and names_a_lesion(doc, m.end):
            out[i] = replace(m, excluded=True)  # "O6-methylguanine lesions": DNA damage, no therapy
            continue
        if m.modality and phrase_at(doc, m.start, lexicon.words("anaphoric_determiners"), backwards=True) \
                and not complementizer_before(doc, m.start):  # "we found that irradiation ...": a clause opens
            out[i] = replace(m, excluded=True)  # "this chemotherapeutic agent" refers back to a drug
            continue
        prepositions = lexicon.words("context_prepositions")
        opens = m.start >= 1 and (m.start == 1 or doc[m.start - 2].is_punct)
        at_start = opens and doc[m.start - 1].lower_ in prepositions
        if at_start and m.end < len(doc) and doc[m.end].text == ",":
            out[i] = replace(m, context=True)
    return out


def _elided_class_member(doc: Doc, m: Mention, mentions: list[Mention], lexicon: RelationLexicon) -> bool:
    """A gene right before ``and``/``or``/``/`` and a drug class ending in a class word (``BRAF and MEK
    inhibitors``, ``CDK4/6 inhibitors``): the class word is shared, the gene names a class too."""
    if m.kind != "REG" or m.is_mitophagy or m.end + 1 >= len(doc):
        return False
    if m.core_start > m.start or (m.start > 0 and doc[m.start - 1].lower_ in ("of", "with", "by")):
        return False  # "Loss of NIX and PARP inhibitors": the gene is manipulated, a regulator
    if doc[m.end].lower_ not in ("and", "or", "/"):
        return False
    nxt = next((o for o in mentions if o.kind == "THER" and o.start == m.end + 1), None)
    return nxt is not None and nxt.end - nxt.start >= 2 and doc[nxt.end - 1].lower_ in lexicon.words("class_suffixes")


def _based_on(doc: Doc, drug: Mention, modality: Mention, lexicon: RelationLexicon) -> bool:
    """``D-based chemotherapy``, ``D-containing regimens``: a named drug right before the modality, joined by a
    qualifying participle."""
    words = [t.lower_ for t in doc[drug.end : modality.start] if t.text not in lexicon.words("hyphens")]
    return len(words) == 1 and words[0] in lexicon.words("qualifier_participles")


_MIRNA_TOOL = re.compile(r"^((?:hsa-)?mi(?:r|rna)-?\S+?)[\s-]+(inhibitors?|antagomirs?|mimics?|antagonists?)$", re.I)


def mirna_tools(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """``a miR-N inhibitor``, ``miR-N mimics``: oligonucleotides that lower or raise the miRNA, tools of an
    experiment, not therapies: the miRNA is the regulator (``inhibitor`` after its name flips it)."""
    out = []
    for m in mentions:
        match = _MIRNA_TOOL.match(m.text) if m.kind == "THER" else None
        if match is None:
            out.append(m)
            continue
        name = match.group(1)
        ident = name if name.lower().startswith("hsa-") else f"hsa-{name}"
        n = len(doc[m.start : m.end]) - 1
        core_end = m.start + max(1, n)
        while core_end > m.start + 1 and doc[core_end - 1].text in lexicon.words("hyphens"):
            core_end -= 1
        out.append(Mention("REG", m.start, m.end, name, (ident,), "MIRNA", core_start=m.start, core_end=core_end))
    return out


HEAD_NOUN_GAP = 1  # common-noun tokens allowed between a class noun and the name (``E3 ligase MUL1``)


def merge_with_next(mentions: list[Mention], merge) -> list[Mention]:
    """Each mention with the one after it: where ``merge(m, next)`` gives a mention, that one stands for both
    (the next is consumed, so a merged mention is not merged again); else ``m`` stays as it is."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        merged = merge(m, mentions[k + 1]) if k + 1 < len(mentions) else None
        out.append(m if merged is None else merged)
        k += 1 if merged is None else 2
    return out


def head_nouns_before_names(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """``the mitochondrial phosphatase PPTC7``, ``the E3 ligase MUL1``: a family noun the NER tags as a
    regulator, right before a named one, describes that name: it is dropped and the name's mention
    starts at it (so ``loss of the phosphatase X`` still reaches X's modifier window). Between them at most
    one family noun (``cues.json``: ``anaphor_heads``); with none, the tagged noun is lower case or itself a family
    noun (``the circRNA circX``, ``the lncRNA LINC-X``: the NER tags the type word as a gene). The process
    word before a family noun only describes the name too (``loss of the mitophagy receptor X``)."""
    heads = lexicon.word_set("anaphor_heads")  # family nouns: "ligase", "kinase", "receptor" ...

    def merge(m: Mention, nxt: Mention) -> Mention | None:
        if (
            m.kind == "REG" == nxt.kind and (not m.is_mitophagy or m.end < nxt.start)
            and 0 <= nxt.start - m.end <= HEAD_NOUN_GAP
            and all(t.lower_ in heads for t in doc[m.end : nxt.start])
            and (m.end < nxt.start or (m.text.isalpha() and m.text.islower()) or m.text.lower() in heads
                 or _spelled_out_name(m))  # "Mitochondrial fission factor DRP1": a full name describing the symbol
            and not nxt.text.islower()
        ):
            core = nxt.core_start if nxt.core_start >= 0 else nxt.start
            return replace(nxt, start=m.start, core_start=core, core_end=nxt.core_end if nxt.core_end >= 0 else nxt.end)
        return None

    return merge_with_next(mentions, merge)


def _spelled_out_name(m: Mention) -> bool:
    """A regulator written as words (``Mitochondrial fission factor``), not a symbol: two or more alphabetic
    words, every one after the first in lower case."""
    words = m.text.split()
    return len(words) >= 2 and all(w.isalpha() for w in words) and all(w.islower() for w in words[1:])


def parenthetical_synonyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``D (CODE-123)``, ``CODE-123 (D)``: one drug named twice; it keeps the name without digits (the INN,
    spec: therapies normalize to the INN) at the first name's place, and the bracketed name is no second therapy."""

    def merge(m: Mention, nxt: Mention) -> Mention | None:
        if (m.kind == "THER" and nxt.kind == "THER" and not m.modality and not nxt.modality
                and nxt.start == m.end + 1 and doc[m.end].text == "(" and nxt.end < len(doc) and doc[nxt.end].text == ")"
                and m.ids != nxt.ids):
            digits = [any(c.isdigit() for c in x.therapy_id) for x in (m, nxt)]
            if digits[0] != digits[1]:  # a code and a name: the name is the id
                return replace(m, ids=nxt.ids) if digits[0] else m
        return None

    return merge_with_next(mentions, merge)


def doc_to_mentions(doc: Doc, lexicon: RelationLexicon, class_forms: dict[str, str] | None = None) -> list[Mention]:
    """All relation arguments of one sentence Doc, in text order.

    Names hidden inside one token and the targets of drug classes come from
    what the NER pass recorded on the Doc (``compounds.py``); ``class_forms``: the
    document's drug-class short forms (``class_short_forms.py``).
    """
    mentions = parenthetical_synonyms(doc, head_nouns_before_names(doc, ents_to_mentions(doc, lexicon), lexicon))
    mentions = quantity_misreads(doc, mentions)  # "At 10 uM, D ...": no drug AT-10
    mentions = dose_mentions(doc, mentions)  # "sensitized cells to 6 Gy": a dose as the radiotherapy
    mentions = radiation_mentions(doc, mentions, lexicon.word_set("cell_words"))  # "irradiated cells", "after IR"
    mentions = short_form_mentions(doc, mentions, class_forms or {})
    mentions = class_targets(doc, compound_mentions(doc, mentions, lexicon), lexicon)
    mentions = mentions_to_classes(doc, mentions, lexicon)
    mentions = mentions_to_axes(doc, mentions, lexicon)
    mentions = mentions_to_mediators(doc, mentions, lexicon)
    mentions = mark_targets(doc, mentions, lexicon)
    mentions = mark_descriptors(doc, mentions, lexicon)
    mentions = mirna_tools(doc, mentions, lexicon)
    mentions = mark_surface_markers(doc, mentions, lexicon)
    mentions = mark_antibody_targets(doc, mentions, lexicon)
    mentions = mark_imitated_proteins(doc, mentions, lexicon)
    mentions = mark_not_received(doc, mentions, lexicon)
    mentions = mark_bracketed_drug_short_forms(doc, mentions)
    return [_core(m) for m in mentions]


def mark_bracketed_drug_short_forms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``the antiemetic drug 4-ethyl-2-benzyl-3-(2H)-oxazolone (velanorex, VLX)``: a name right after a drug
    and a comma, closing the brackets, is the drug's short form, no gene (a gene lexicon may hold the letters)."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.kind != "REG" or m.is_mitophagy or m.start < 3 or m.end >= len(doc) or doc[m.end].text != ")":
            continue
        if doc[m.start - 1].text != ",":
            continue
        drug = next((o for o in out if o.kind == "THER" and not o.modality and o.end == m.start - 1), None)
        if drug is not None and drug.start > 0 and doc[drug.start - 1].text == "(":
            out[k] = replace(m, excluded=True)
    return out


def mark_not_received(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """``patients unfit for intensive chemotherapy``: a therapy the patients cannot receive is no therapy of the
    finding (``cues.json``: ``non_receipt_before``, up to two words such as ``intensive`` between)."""
    phrases = lexicon.words("non_receipt_before")
    out = []
    for m in mentions:
        if m.kind == "THER" and any(phrase_at(doc, k, phrases, backwards=True) for k in range(max(0, m.start - 2), m.start + 1)
                                    if all(t.is_alpha and t.is_lower for t in doc[k : m.start])):
            m = replace(m, excluded=True)
        out.append(m)
    return out


def mark_imitated_proteins(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """``the Smac mimetic D induces XIAP degradation``: a protein named before ``mimetic`` names what the drug
    imitates, no regulator, so the clause's subject is the next one (``cues.json``: ``imitated_protein_heads``)."""
    heads = lexicon.words("imitated_protein_heads")
    hyphens = lexicon.words("hyphens")
    out = []
    for m in mentions:
        i = m.end
        while i < len(doc) and doc[i].text in hyphens:
            i += 1
        if m.kind == "REG" and not m.is_mitophagy and i < len(doc) and doc[i].lower_ in heads:
            m = replace(m, excluded=True)
        out.append(m)
    return out


def mark_antibody_targets(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """``Anti-HER2 antibodies``, ``anti-EGFR therapy``: a name written after ``anti-`` is what an agent acts against,
    no regulator (``cues.json``: ``against_prefixes``, matched on the mention's text or the tokens before it); so is
    a name an antibody is said to be against (``a monoclonal antibody (directed) against HER2``) and a name glued to
    a targeting participle before an agent word (``HER2-targeted antibodies``, ``the HER2-directed antibody D``):
    a drug's own target is no resistance factor (``antibody_target_links``, ``targeting_participles``)."""
    prefixes = tuple(lexicon.words("against_prefixes"))
    hyphens = lexicon.words("hyphens")
    out = []
    for m in mentions:
        s = m.start
        glued = m.text.lower().startswith(prefixes)
        split = s >= 2 and doc[s - 1].text in hyphens and doc[s - 2].lower_ + "-" in prefixes
        if m.kind == "REG" and not m.is_mitophagy and (
                glued or split or _antibody_against(doc, m, lexicon) or _targeted_by_name(doc, m, mentions, lexicon)):
            m = replace(m, excluded=True)
        out.append(m)
    return out


def _antibody_against(doc: Doc, m: Mention, lexicon: RelationLexicon) -> bool:
    """``an antibody against X``, ``antibodies directed against the X receptor``: an antibody word, then a link."""
    s = m.start - (1 if m.start and doc[m.start - 1].lower_ == "the" else 0)
    n = phrase_at(doc, s, lexicon.words("antibody_target_links"), backwards=True)
    return bool(n) and s - n >= 1 and doc[s - n - 1].lower_ in lexicon.word_set("antibody_words")


def _targeted_by_name(doc: Doc, m: Mention, mentions: list[Mention], lexicon: RelationLexicon) -> bool:
    """``HER2-targeted antibodies``, ``HER2-directed therapy with D``: the name, a hyphen and a targeting participle,
    then an agent word or a therapy mention within ``targeting_agent_window`` tokens."""
    e = m.end
    if e + 1 >= len(doc) or doc[e].text not in lexicon.words("hyphens") or doc[e + 1].lower_ not in lexicon.word_set(
            "targeting_participles"):
        return False
    window = range(e + 2, min(len(doc), e + 2 + lexicon.number("targeting_agent_window")))
    agents = lexicon.word_set("antibody_words") | lexicon.word_set("targeting_agent_words")
    return any(doc[i].lower_ in agents for i in window) or any(
        o.kind == "THER" and o.start in window for o in mentions)


def mark_surface_markers(doc: Doc, mentions: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """``CD138+ cells``, ``CD34+ progenitors``, ``CD8+ T cells``: a marker sign glued to the name makes it a cell
    population's label, no regulator (``cues.json``: ``marker_signs``, ``marker_population_words``)."""
    signs = lexicon.words("marker_signs")
    heads = lexicon.word_set("cell_words") | lexicon.word_set("marker_population_words")
    out = []
    for m in mentions:
        e = m.end
        if (m.kind == "REG" and not m.is_mitophagy and e + 1 < len(doc) and doc[e].text in signs
                and not doc[e - 1].whitespace_ and doc[e + 1].lower_ in heads):
            m = replace(m, excluded=True)
        out.append(m)
    return out


def _is_marker_token(text: str, lexicon: RelationLexicon) -> bool:
    return text in lexicon.words("marker_tokens") or text.isdigit()


def coordinated(
    doc: Doc, mentions: list[Mention], first: Mention, backwards: bool = False, extra: frozenset[str] = frozenset(),
    lexicon: RelationLexicon | None = None,
) -> list[Mention]:
    """``first`` and the mentions of the same kind coordinated with it (``A, B and C``, ``A (7) or loss of B``).

    ``extra`` words (modifiers such as ``silencing``) may follow the conjunction. The
    coordination words come from the relation lexicon (``cues.json``; the default one if none is given).
    """
    lexicon = lexicon if lexicon is not None else load_lexicon()
    words = lexicon.word_set("coordination_words")
    fillers = lexicon.words("coordination_fillers")
    if first.kind == "THER":  # "resensitized cells to D1 and to D2": the repeated preposition
        fillers = fillers + lexicon.words("therapy_coordination_fillers")
        words |= lexicon.word_set("therapy_coordination_words")  # "paclitaxel-carboplatin", a hyphenated regimen
    max_tokens = lexicon.number("coordination_max_tokens")
    same = [m for m in mentions if m.kind == first.kind and not m.excluded]
    group = [first]
    ordered = sorted(same, key=lambda m: m.start, reverse=backwards)
    current = first
    for m in ordered:
        if (not backwards and m.start < current.end) or (backwards and m.end > current.start):
            continue
        gap = doc[current.end : m.start] if not backwards else doc[m.end : current.start]
        tokens = [t.lower_ for t in gap if not _is_marker_token(t.text, lexicon) or t.text == ","]
        if first.kind == "THER" and len(gap) == 1 and gap[0].text in words and not gap.text_with_ws.endswith(" "):
            tokens = [gap[0].text]  # "paclitaxel-carboplatin": a hyphen the marker tokens would drop
        if not tokens and m.ids == current.ids and any(t.text == "(" for t in gap):
            current = m  # "doxorubicin (DOX), taxol ...": the short form in brackets repeats the name
            continue
        joined = any(t in words - {","} for t in tokens) or (tokens and all(t == "," for t in tokens))
        rest = [t for t in tokens if t not in words]
        if joined and 0 < len(tokens) <= max_tokens and all(t in extra or t in fillers for t in rest):
            group.append(m)
            current = m
        else:
            break
    return group
