"""Outcome rules: what a regulator does to a therapy's outcome -> ``promotes_resistance`` / ``promotes_sensitivity``.

The effect is the product of the regulator's polarity (``knockdown of X`` -> -1)
and the outcome's (``restores sensitivity`` -> -1), so ``knockdown of X restores
sensitivity to D`` gives (X, promotes_resistance, D). The regulator is the
clause's subject (its first regulator before the outcome word, with those
coordinated to it), else a drug class's target (``X inhibitors``), else a
regulator after the outcome word (``resistance to D is driven by X``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from pipeline.relations.combined_modalities import with_combined_modalities
from pipeline.relations.coordinated_outcomes import keeps_own_modality
from pipeline.relations.control_groups import names_control_group
from pipeline.relations.anaphora import possessive_sign
from pipeline.relations.anaphoric_outcomes import without_anaphoric_outcomes
from pipeline.relations.arguments import Mention, coordinated
from pipeline.relations.bracketed_short_forms import joined_through_short_form
from pipeline.relations.cell_lines import cell_lines_then_cells
from pipeline.relations.clauses import Clause
from pipeline.relations.findings import Finding, finding, inside, virtual_therapy
from pipeline.relations.mitophagy_means import mitophagy_as_means
from pipeline.relations.repeated_prepositions import repeated_preposition_therapies
from pipeline.relations.predicates import mechanism_participles, predicated_topic
from pipeline.relations.polarity import is_negated, looks_verbal, outcome_polarity, regulator_polarity
from pipeline.relations.statements import Statements
from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at
from pipeline.relations.unchanged_outcomes import states_no_change

# Windows (cues.json): therapy_after_span, tokens from an outcome word to "to/of/against D";
# mitophagy_verb_span, from a verb to the mitophagy it acts on.
_GLUED_WORD = re.compile(r"[A-Za-z]+(?=\.[A-Z]|$)")  # "ALL.Oncogene": a sentence end the splitter missed


def _next_word(doc: Doc, i: int) -> str:
    """The word at token ``i``, lower case; a word glued to the next sentence by a missing space counts alone."""
    if i >= len(doc):
        return ""
    match = _GLUED_WORD.match(doc[i].text)
    return match.group(0).lower() if match else ""


def _intro_end(doc: Doc, clause: Clause, lexicon: RelationLexicon) -> int:
    """End of an introductory ``In the context of ...,`` phrase of the clause, else its start."""
    if doc[clause.start].lower_ not in lexicon.words("context_prepositions"):
        return clause.start
    for i in range(clause.start, clause.end):
        if doc[i].text == ",":
            return i
    return clause.start


def main_outcomes(doc: Doc, clause: Clause, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon,
                  statements: Statements | None = None) -> list[Hit]:
    """The outcome words a clause states: the first one and those of the same polarity.

    Strong words (resistance, sensitivity) outrank weak ones (survival, apoptosis);
    an adjective before a cell word (``resistant cells``) or an outcome inside an
    introductory phrase (``In the context of D resistance, ...``) only sets the scene.
    """
    cells = lexicon.words("cell_words")
    adjectives = lexicon.words("descriptive_suffixes")
    intro = _intro_end(doc, clause, lexicon)
    outcomes = [
        h for h in hits
        if h.cue.label == "OUTCOME" and clause.start <= h.start < clause.end and not is_negated(doc, clause, h.start, lexicon)
    ]
    topics = lexicon.words("topic_heads")
    outcomes = [h for h in outcomes if h.end > intro and not (h.end < len(doc) and doc[h.end].lower_ in topics
                                                               and not predicated_topic(doc, h.start, h.end))]
    outcomes = [h for h in outcomes if not _stimulus_frame(doc, h, lexicon) and not _inside_a_name(doc, h, mentions, lexicon)]
    toxic = lexicon.words("toxicity_words")  # "a synergistic nephrotoxic effect": toxicity, not efficacy (spec rule 10)
    outcomes = [h for h in outcomes if not (h.end < len(doc) and doc[h.end].lower_ in toxic)]
    outcomes = [h for h in outcomes if not _neutral_role_of(doc, h, mentions, lexicon)]
    outcomes = without_anaphoric_outcomes(doc, outcomes, clause.start)  # "abolished this response and enhanced ..."
    # "D cytotoxicity was unchanged after X silencing": the outcome's own predicate states no change (rule 8)
    outcomes = [h for h in outcomes if not states_no_change(doc, h, clause.end, hits, lexicon)]
    if statements is not None:  # "plays a role in D resistance", "modulates sensitivity to D": no direction
        outcomes = [h for h in outcomes if not statements.directionless_before(h.start)]
    followers = lexicon.words("predicative_followers")
    descriptive = [  # attributive: "D-resistant cells", "D-resistant glioma"; not "resistant to D"
        h for h in outcomes
        if h.end < len(doc)
        and doc[h.end - 1].lower_.endswith(adjectives)
        and (doc[h.end].lower_ in cells or (_next_word(doc, h.end) and _next_word(doc, h.end) not in followers)
             or cell_lines_then_cells(doc, h.end, clause.end, cells))  # "D-resistant A549 and H1299 cells"
    ]
    ranked = [h for h in outcomes if h not in descriptive]
    strong = [h for h in ranked if not h.cue.weak]
    chosen = strong or ranked or descriptive
    if not chosen:
        return []
    if chosen is descriptive:  # "D-resistant cells show loss of X": only a regulator after it can be meant
        first_reg = min((m.start for m in mentions if m.kind == "REG" and inside(m, clause)), default=clause.end)
        chosen = [h for h in chosen if h.end <= first_reg]
        if not chosen:
            return []
    sign = outcome_polarity(doc, chosen[0], clause, mentions, hits, lexicon)
    return [h for h in chosen if outcome_polarity(doc, h, clause, mentions, hits, lexicon) == sign]


def _inside_a_name(doc: Doc, hit: Hit, mentions: list[Mention], lexicon: RelationLexicon) -> bool:
    """``ATP-sensitive K+ channels``, ``IgE-sensitized cells``, ``multidrug resistance-associated protein``: the
    outcome word is part of a compound adjective whose first part is no therapy (a hyphen glued to a word that no
    therapy mention ends at), or that goes on with ``-associated``/``-related`` (``compound_participles``)."""
    hyphens = lexicon.words("hyphens")
    if hit.end + 1 < len(doc) and doc[hit.end].text in hyphens and doc[hit.end + 1].lower_ in lexicon.words("compound_participles"):
        return True
    if hit.start >= 1 and doc[hit.start - 1].text in hyphens and doc[hit.end - 1].lower_.endswith(lexicon.words("descriptive_suffixes")):
        stops = {",", "(", "and", "or", "to", "in", "of", "was", "were", "is", "are", "than"}
        for t in doc[hit.end : min(len(doc), hit.end + lexicon.number("name_head_window"))]:
            if t.lower_ in stops:
                break
            if t.lower_ in lexicon.words("name_heads"):
                return True  # "thiazide-sensitive Na-Cl cotransporter", "D-sensitive channels": a protein's name
    if hit.start < 2 or doc[hit.start - 1].text not in hyphens or doc[hit.start - 1].whitespace_:
        return False
    before = doc[hit.start - 2]
    if before.whitespace_ or not before.is_alpha and not any(c.isalnum() for c in before.text):
        return False  # "cisplatin- and etoposide-resistant": a suspended hyphen
    return not any(m.kind == "THER" and (m.end == hit.start - 1 or joined_through_short_form(
        doc, m.end, hit.start, set(hyphens))) for m in mentions)  # "cisplatin (DDP)-resistant": the drug's


def _stimulus_frame(doc: Doc, hit: Hit, lexicon: RelationLexicon) -> bool:
    """``activated in response to D``: the word names D as a stimulus, not an outcome (``stimulus_frames``)."""
    frames = lexicon.words("stimulus_frames")
    return hit.start > 0 and phrase_at(doc, hit.start - 1, frames) >= hit.end - hit.start + 1


def _neutral_role_of(doc: Doc, hit: Hit, mentions: list[Mention], lexicon: RelationLexicon) -> bool:
    """``a key regulator of D resistance``: the role names no direction, so the outcome gives no effect."""
    therapy_tokens = {i for m in mentions if m.kind == "THER" for i in range(m.start, m.end)}
    i = hit.start - 1
    while i >= 0 and (i in therapy_tokens or doc[i].text in lexicon.words("hyphens")):
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in lexicon.words("neutral_roles")


def untagged_subject(
    doc: Doc, clause: Clause, first: Mention, hit: Hit, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon
) -> bool:
    """``Gankyrin induces X activation and D resistance``: the clause's subject is a name the NER missed.

    A finite verb (``induces``) before the first regulator with words but no
    entity before it means the regulator is the verb's object, not the subject
    whose outcome this is; unless the object itself acts on the outcome
    (``... initiates X, driving D resistance``, ``X, which confers``).
    Suffix tests for verb forms: the pipeline has no part-of-speech tagger.
    """
    linking = lexicon.word_set("relative_pronouns")
    if any(t.lower_.endswith("ing") or t.lower_ in linking for t in doc[first.end : hit.start]):
        return False
    intro = _intro_end(doc, clause, lexicon)
    start = intro + 1 if intro > clause.start else clause.start
    for h in hits:
        if h.cue.label != "AGENT" or not (start < h.start < first.start):
            continue
        word = doc[h.start].lower_
        if not word.endswith("s") or word.endswith(("ss", "is", "us")):
            continue
        if any(start <= m.start < h.start for m in mentions):
            return False
        return any(t.is_alpha for t in doc[start : h.start])
    return False


def _mediates_mechanism(doc: Doc, m: Mention, lexicon: RelationLexicon) -> bool:
    """``an X-mediated mechanism for D resistance``: X's role is named, its direction not."""
    words = [t.lower_ for t in doc[m.end : m.end + 3] if t.text not in lexicon.words("hyphens")]
    return len(words) >= 2 and words[0] in lexicon.words("mediation") and words[1] in lexicon.words("mechanism_nouns")


def therapies_for(
    doc: Doc, hit: Hit, clause: Clause, mentions: list[Mention], lexicon: RelationLexicon, agents: tuple[Mention, ...] = ()
) -> tuple[list[Mention], bool]:
    """The therapy an outcome word is about, and whether the text links them directly.

    Direct: its own modality, ``to D``, ``D resistance``. Otherwise the clause's
    drugs for a strong outcome word; for a weak one (protection, apoptosis) only
    a drug the clause says acts on mitophagy (``D-induced mitophagy confers
    protection``), since ``D protects neurons`` is the drug's own effect.
    """
    links = lexicon.word_set("therapy_links")
    candidates = [m for m in mentions if m.kind == "THER" and inside(m, clause) and not m.excluded]
    if hit.cue.modality:
        # spec rule 9: "chemoresistance" names chemotherapy only when the clause names no drug or class
        # ... a drug used as the instrument of a mitophagy verb ("inhibition with D") is not that therapy
        instruments = lexicon.words("instrument_prepositions")
        named = [m for m in candidates if not m.modality and not m.context
                 and not (m.start > 0 and doc[m.start - 1].lower_ in instruments)]
        return (named, False) if named else ([virtual_therapy(doc, hit)], True)
    if _caused_by_non_therapy(doc, hit, candidates, lexicon):
        return [], False
    after = [m for m in candidates if hit.end <= m.start < hit.end + lexicon.number("therapy_after_span")]
    chosen: list[Mention] = []
    if _about_a_named_non_therapy(doc, hit, mentions):
        return [], False
    between_regs = after and any(
        m.kind == "REG" and hit.end <= m.start and m.end <= after[0].start for m in mentions
    )
    if after and any(t.text in (",", ";") for t in doc[hit.end : after[0].start]):
        after = []  # "rescued resistance in X cells, and the Y inhibitor D ...": D belongs to the next phrase
    if hit.cue.compound:
        after = []  # "persistence of D-tolerant cells": the word is the therapy's own only as "D persistence"
    if after and _treated_context(doc, after[0], lexicon) and _compound_before(doc, hit, candidates, lexicon):
        after = []  # "restored D1 resistance in D2-treated cells": D2 treats the cells, the outcome is D1's
    ends_linked = hit.end > hit.start + 1 and doc[hit.end - 1].lower_ in lexicon.words("therapy_links_final")  # "progression on D"
    qualifiers = lexicon.words("therapy_line_qualifiers")
    if after and not between_regs and (
        any(t.lower_ in links for t in doc[hit.end : after[0].start])
        or (ends_linked and all(t.lower_ in qualifiers for t in doc[hit.end : after[0].start]))  # "relapse on adjuvant D"
    ):
        chosen = coordinated(doc, mentions, after[0], lexicon=lexicon)
        chosen += repeated_preposition_therapies(doc, after[0], chosen[-1], clause, mentions)  # "to D1 ... and to D2"
    else:
        joiners = lexicon.word_set("agent_participles_up") | lexicon.word_set("agent_fillers") | lexicon.word_set("hyphens")
        joiners |= lexicon.word_set("possessive_marks")  # "D's effect", "cisplatin's efficacy"
        named = {i for o in mentions for i in range(o.start, o.end)}
        before = [  # "D resistance", "D-resistant", "D-induced apoptosis"; "D/Y-induced apoptosis" (a second stimulus)
            m for m in candidates
            if m.end <= hit.start
            and (hit.start - m.end <= 3 and all(t.lower_ in joiners for t in doc[m.end : hit.start])
                 or joined_through_short_form(doc, m.end, hit.start, joiners)  # "cisplatin (DDP)-resistant"
                 or _slash_stimulus(doc, m, hit, joiners, named)
                 or _coordinated_readout(doc, m, hit, joiners, named, lexicon))
            and (m.end < hit.start or not _looks_verbal(doc[hit.end - 1].lower_)
                 or (hit.end < len(doc) and doc[hit.end].lower_ == "of"))  # "D killing of blasts": a noun
        ]
        if not before and hit.cue.compound:
            before = _cell_therapy_subject(doc, hit, candidates, lexicon)
        if before:
            chosen = coordinated(doc, mentions, before[-1], backwards=True, lexicon=lexicon)
    direct = bool(chosen)
    if not chosen and hit.cue.linked:
        return [], False
    if not chosen and hit.cue.weak:
        acting = {(a.start, a.end) for a in agents}
        regs = [m for m in mentions if m.kind == "REG"]
        cell_therapies = lexicon.words("cell_therapy_ids")
        candidates = [  # "X-deficient CAR-T cells showed reduced cytotoxicity": the cells' killing is the therapy's
            m for m in candidates  # efficacy, so a cell therapy may be the weak outcome's subject
            if (m.start, m.end) in acting or not _subject_of(m, hit, regs)
            or (m.therapy_id in cell_therapies and hit.cue.value < 0)  # killing, not the cells' own survival
        ]
    if not chosen:
        drugs = [m for m in candidates if not m.modality and not m.context]
        drugs = with_combined_modalities(doc, mentions, drugs, candidates, lexicon)  # "after D plus irradiation"
        chosen = drugs or [m for m in candidates if not m.context] or candidates
    chosen = [m for m in chosen if not _toxicity_of(doc, m, lexicon)]
    chosen = [e for m in chosen for e in (_named_examples(doc, m, mentions, lexicon) or [m])]
    candidates = candidates + [m for m in chosen if m not in candidates]
    spans = {(m.start, m.end) for m in chosen}  # "D1/D2" kept in one token: both therapies
    return [m for m in candidates if (m.start, m.end) in spans], direct


def _treated_context(doc: Doc, m: Mention, lexicon: RelationLexicon) -> bool:
    """``D-treated cells``, ``D-exposed tumours``: the drug, a hyphen and a participle of treatment."""
    j = m.end + (1 if m.end < len(doc) and doc[m.end].text in lexicon.words("hyphens") else 0)
    return j < len(doc) and doc[j].lower_ in lexicon.words("context_participles")


def _compound_before(doc: Doc, hit: Hit, candidates: list[Mention], lexicon: RelationLexicon) -> bool:
    """A therapy compounded with the outcome word (``D resistance``, ``D-induced apoptosis``)."""
    hyphens = lexicon.words("hyphens")
    return any(m.end == hit.start or (m.end + 1 == hit.start and doc[m.end].text in hyphens) for m in candidates)


def _coordinated_readout(doc: Doc, m: Mention, hit: Hit, joiners: set[str], named: set[int],
                         lexicon: RelationLexicon) -> bool:
    """``D-induced DNA damage and apoptosis``: the drug's participle governs a short read-out and, after
    ``and``, the outcome word (``cues.json``: ``readout_coordination_max`` words of read-out)."""
    i = m.end
    while i < hit.start and doc[i].lower_ in lexicon.words("hyphens"):
        i += 1
    if i >= hit.start or doc[i].lower_ not in lexicon.words("agent_participles_up") or doc[hit.start - 1].lower_ != "and":
        return False
    readout = doc[i + 1 : hit.start - 1]
    return 0 < len(readout) <= lexicon.number("readout_coordination_max") and all(
        t.i not in named and t.is_alpha for t in readout)


def _cell_therapy_subject(doc: Doc, hit: Hit, candidates: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """``X-deficient CAR-T cells lost / showed reduced persistence``: a cell therapy a few change words before a
    word it owns (``compound`` cues, else only ``CAR-T cell persistence``) is that word's therapy."""
    cells = lexicon.words("cell_therapy_ids")
    gap = lexicon.words("cell_therapy_outcome_gap")
    return [m for m in candidates if m.end < hit.start and m.therapy_id in cells
            and hit.start - m.end <= lexicon.number("cell_therapy_outcome_max_gap")
            and all(t.lower_ in gap for t in doc[m.end : hit.start])][-1:]


def _slash_stimulus(doc: Doc, m: Mention, hit: Hit, joiners: set[str], named: set[int]) -> bool:
    """``radiation/TNFa-induced cell death``: the therapy, a slash, another named stimulus, then the joiners."""
    if m.end >= hit.start or doc[m.end].text != "/" or hit.start - m.end > 6:
        return False
    gap = doc[m.end + 1 : hit.start]
    return any(t.i in named for t in gap) and all(t.i in named or t.lower_ in joiners for t in gap)


def _named_examples(doc: Doc, m: Mention, mentions: list[Mention], lexicon: RelationLexicon) -> list[Mention]:
    """``several anti-cancer drugs such as D1, D2 and D3``: the named drugs stand for the class (spec conventions)."""
    links = lexicon.words("example_links")
    i = m.end
    while i < len(doc) and doc[i].text in (",", "("):
        i += 1
    n = phrase_at(doc, i, links)
    if not n:
        return []
    first = next((t for t in mentions if t.kind == "THER" and not t.excluded and i + n <= t.start <= i + n + 1), None)
    if first is None:
        return []
    return coordinated(doc, mentions, first, lexicon=lexicon)


def _about_a_named_non_therapy(doc: Doc, hit: Hit, mentions: list[Mention]) -> bool:
    """``insulin sensitivity``, ``TNF resistance``: a named non-therapy right before the outcome word owns it."""
    if hit.start == 0 or _looks_verbal(doc[hit.end - 1].lower_):
        return False  # "PHB2 protects": the name is the verb's subject
    therapy_tokens = {i for m in mentions if m.kind == "THER" for i in range(m.start, m.end)}
    before = hit.start - 1
    named = ("GENE_OR_PROTEIN", "MIRNA", "CHEMICAL")
    return before not in therapy_tokens and any(e.start <= before < e.end for e in doc.ents if e.label_ in named)


_looks_verbal = looks_verbal  # shared with agent_rules (polarity.py)


def _subject_of(ther: Mention, hit: Hit, regs: list[Mention]) -> bool:
    """``D protects neurons``: a therapy before the outcome word with no regulator between is its subject."""
    return ther.end <= hit.start and not any(ther.end <= r.start and r.end <= hit.start for r in regs)


def _toxicity_of(doc: Doc, m: Mention, lexicon: RelationLexicon) -> bool:
    """``sensitized to D-induced cardiotoxicity``: the outcome is the drug's toxicity, not its efficacy."""
    words = lexicon.words("toxicity_words")
    i = m.end
    while i < len(doc) and (doc[i].text in lexicon.words("hyphens") or doc[i].lower_ in lexicon.words("agent_participles_up")):
        i += 1
    return i < len(doc) and doc[i].lower_ in words


def _caused_by_non_therapy(doc: Doc, hit: Hit, therapies: list[Mention], lexicon: RelationLexicon) -> bool:
    """``hypoxia-induced resistance``: the outcome has a stated cause that is not a therapy. A mechanism
    (``autophagy-mediated resistance to D``, ``predicates.mechanism_participles``) names how, not a cause."""
    i = hit.start - 1
    mechanism = mechanism_participles()
    participles = tuple(w for w in lexicon.words("agent_participles_up") if w not in mechanism)
    if i < 1:
        return False
    if "-" in doc[i].text[1:]:  # kept as one token: "hypoxia-induced"
        return doc[i].lower_.rsplit("-", 1)[1] in participles and not any(m.start == i for m in therapies)
    if doc[i].lower_ not in participles or doc[i - 1].text not in lexicon.words("hyphens"):
        return False
    ents = {t for e in doc.ents for t in range(e.start, e.end)}
    for e in {m.end for m in therapies}:  # "radiation/TNFa-induced": a slash-joined therapy still causes it
        if e == i - 1 or (e < i - 1 and i - 1 - e <= 4 and doc[e].text == "/"
                          and all(t in ents or doc[t].text == "/" for t in range(e, i - 1))):
            return False
    return True


def _drug_target(doc: Doc, reg: Mention, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon) -> Mention | None:
    """``D inhibits (the enzyme) E``: a gene right after a drug and its verb is the drug's own target.

    Mitophagy through E (``D blocks E-mediated mitophagy``) is not meant: that is the
    convention's ``D blocks X-mitophagy and kills`` (two records). Returns the drug, else None.
    """
    if reg.is_mitophagy or reg.via_mitophagy or reg.label == "CLASS":
        return None
    verbs = {i for h in hits if h.cue.label in ("REG_DOWN", "REG_UP", "AGENT") for i in range(h.start, h.end)}
    targets = lexicon.word_set("target_verbs")
    fillers = lexicon.word_set("coordination_fillers") | lexicon.word_set("non_therapy_words") | {"an", "its"}
    for t in mentions:
        if t.kind != "THER" or t.modality or t.end > reg.start or reg.start - t.end > 4:
            continue
        gap = doc[t.end : reg.start]
        if not any(tok.i in verbs or tok.lower_ in targets for tok in gap):
            continue
        if all(tok.i in verbs or tok.lower_ in targets or tok.lower_ in fillers for tok in gap):
            return t
    return None


CLASS_DESCRIPTION_SPAN = 6  # tokens around a drug searched for "the X inhibitor D" / "D, a X inhibitor,"


def _modality_linked(doc: Doc, hit: Hit, therapies: list[Mention], mentions: list[Mention],
                     lexicon: RelationLexicon) -> bool:
    """``the chemosensitivity of X cells to D via ...``: a modality outcome word (spec rule 9) whose named drug
    follows it through a link word (``to``, ``of``) with no regulator, comma or semicolon between, as for a
    plain outcome word; its mechanism preposition then names the outcome's mediators too."""
    if not hit.cue.modality:
        return False
    links = lexicon.word_set("therapy_links")
    span = lexicon.number("therapy_after_span")
    for ther in therapies:
        if ther.modality or not (hit.end <= ther.start < hit.end + span):
            continue
        between = doc[hit.end : ther.start]
        if any(t.text in (",", ";") for t in between):
            continue
        if any(m.kind == "REG" and hit.end <= m.start and m.end <= ther.start for m in mentions):
            continue
        if any(t.lower_ in links for t in between):
            return True
    return False


def mechanism_mediators(doc: Doc, hit: Hit, clause: Clause, mentions: list[Mention], lexicon: RelationLexicon,
                        means: bool = False) -> list[Mention]:
    """``resistance to D through X signalling``, ``via the X/Y axis``, ``through X-dependent mitophagy``: the
    regulators a mechanism preposition (``cues.json``: ``mechanism_prepositions``) names after the outcome word,
    as a pathway (``mechanism_heads``), an axis or mitophagy through them."""
    prepositions = lexicon.word_set("mechanism_prepositions")
    means_words = lexicon.word_set("means_prepositions")
    targets = lexicon.word_set("means_target_verbs")
    if means:  # a drug subject: "D1 enhanced sensitivity to D2 by inhibiting X-mediated mitophagy"
        prepositions |= means_words
    heads = lexicon.word_set("mechanism_heads")
    hyphens = lexicon.word_set("hyphens")
    window = lexicon.number("mechanism_preposition_window")
    out: list[Mention] = []
    regs = [m for m in mentions if m.kind == "REG" and not m.excluded and inside(m, clause) and m.start >= hit.end]
    for m in regs:
        if out and m.start == out[-1].end + 1 and doc[out[-1].end].lower_ in ("and", "or", ","):
            out.append(m)  # "through X and Y signalling"
            continue
        # any subject: "Y confers resistance to D by enhancing X-dependent mitophagy" (the means is mitophagy
        # through X, which then carries the outcome; a bare "by X" after a regulator subject is not read)
        found = [i for i in range(max(hit.end, m.start - window), m.start)
                 if doc[i].lower_ in prepositions or ((m.via_mitophagy or m.is_mitophagy) and doc[i].lower_ in means_words)]
        if not found:
            continue
        if any(o.end <= m.start and o.start > found[-1] for o in mentions if o is not m):
            continue  # another argument between the preposition and X
        if any(doc[j].lower_ in targets for j in range(found[-1] + 1, m.start)):
            continue  # "by targeting X-driven mitophagy": X is the subject's target, not a carrier
        i = m.end
        while i < clause.end and doc[i].text in hyphens:
            i += 1
        if m.via_mitophagy or (means and m.is_mitophagy) or len(m.ids) > 1 or (i < clause.end and doc[i].lower_ in heads):
            out.append(m)
        elif mitophagy_as_means(doc, found[-1], m):  # "X promotes D resistance by promoting mitophagy"
            out.append(m)
    return out


def _described_as_inhibitor_of(doc: Doc, ther: Mention, reg: Mention, lexicon: RelationLexicon) -> bool:
    """``the SIRT1 inhibitor D``, ``D, a selective SIRT1 antagonist,``: the text names X as D's own target
    (the regulator's name right before a class word that sits next to D, or in D's apposition)."""
    if reg.is_mitophagy or reg.via_mitophagy:
        return False  # "the mitophagy inhibitor D" acts on mitophagy: the agent rules read it
    names = {reg.text.lower(), *(i.lower() for i in reg.ids)}
    suffixes = lexicon.word_set("class_suffixes")
    hyphens = lexicon.word_set("hyphens")
    before = range(max(0, ther.start - 2), ther.start)  # "the X inhibitor D", "X inhibitor, D"
    after = range(ther.end, min(len(doc), ther.end + CLASS_DESCRIPTION_SPAN))  # "D, a novel X inhibitor,"
    apposition = ther.end < len(doc) and doc[ther.end].text == ","
    for i in [*before, *(after if apposition else ())]:
        if doc[i].lower_ not in suffixes:
            continue
        j = i - 1
        while j >= 0 and doc[j].text in hyphens:
            j -= 1
        if j >= 0 and (doc[j].lower_ in names or doc[max(0, j - 2) : j + 1].text.lower() in names):
            return True
    return False


def _modifier_words(hits: list[Hit]) -> frozenset[str]:
    return frozenset(f for h in hits if h.cue.label in ("REG_DOWN", "REG_UP") for f in h.cue.forms)


def _class_regulator(m: Mention) -> Mention:
    """The target of ``X inhibitor`` as a regulator written ``X``."""
    head, of, target = m.text.partition(" of ")
    # "inhibitors of X" / "X inhibitors" / "X-inhibitors"
    text = target if of and " " not in head else re.sub(r"[\s\-–]+[^\s\-–]+$", "", m.text) or m.text
    return replace(m, kind="REG", ids=m.class_target, label="CLASS", text=text)


def _topic_list(doc: Doc, reg: Mention, hit: Hit, mentions: list[Mention], lexicon: RelationLexicon) -> bool:
    """The regulator and the outcome word are items of a topic list (a review's title or heading): only
    therapy names, fillers and a joiner (``and``, ``:``) lie between them (``cues.json``: ``topic_joiners``,
    ``topic_fillers``), no verb saying what the regulator does."""
    if hit.start <= reg.end or looks_verbal(doc[hit.end - 1].lower_):
        return False  # "X and D synergized": the outcome word is the verb of both
    therapy = {i for m in mentions if m.kind == "THER" for i in range(m.start, m.end)}
    between = [doc[i].lower_ for i in range(reg.end, hit.start) if i not in therapy]
    joiners, fillers = lexicon.words("topic_joiners"), lexicon.words("topic_fillers")
    return any(w in joiners for w in between) and all(w in joiners or w in fillers for w in between)


def subject_regulators(
    doc: Doc, hit: Hit, clause: Clause, mentions: list[Mention], hits: list[Hit], other_therapy: bool,
    lexicon: RelationLexicon | None = None,
) -> tuple[list[Mention], str]:
    """The regulators whose outcome this is, and the rule that chose them."""
    extra = _modifier_words(hits)
    regs = [m for m in mentions if m.kind == "REG" and inside(m, clause) and not m.excluded]
    classes = [
        m for m in mentions
        if m.kind == "THER" and m.class_target and inside(m, clause) and m.end <= hit.start and other_therapy
    ]
    before = [m for m in regs if m.end <= hit.start]
    if classes and (not before or classes[0].start < before[0].start):
        return [_class_regulator(classes[0])], "outcome_class"
    if before:
        group = coordinated(doc, mentions, before[0], extra=extra, lexicon=lexicon)
        return [m for m in group if inside(m, clause)], "outcome_subject"
    after = [m for m in regs if m.start >= hit.end]
    if after:
        group = coordinated(doc, mentions, after[0], extra=extra, lexicon=lexicon)
        return [m for m in group if inside(m, clause)], "outcome_object"
    return [], ""


def _which_mitophagy(doc: Doc, subject: Mention, hit: Hit, mentions: list[Mention], lexicon: RelationLexicon) -> Mention | None:
    """``X promotes mitophagy, which confers resistance``: the mitophagy mention a relative pronoun right
    after it (a comma between) makes the subject of the outcome, a claim about mitophagy itself."""
    pronouns = lexicon.words("relative_pronouns")
    for m in mentions:
        if not (m.is_mitophagy and subject.end <= m.start and m.end <= hit.start) or m.excluded:
            continue
        i = m.end + (1 if m.end < len(doc) and doc[m.end].text == "," else 0)
        if i < hit.start and doc[i].lower_ in pronouns:
            return m
    return None


def mitophagy_objects(doc: Doc, subject: Mention, hit: Hit, mentions: list[Mention], hits: list[Hit],
                      lexicon: RelationLexicon):
    """(mitophagy mention, sign) for ``S inhibits mitophagy, thereby <outcome>``: the verb's direction."""
    hyphens, span = lexicon.words("hyphens"), lexicon.number("mitophagy_verb_span")
    agents = [
        h for h in hits
        if h.cue.label == "AGENT" and not (h.start > 0 and doc[h.start - 1].text in hyphens)
    ]
    for m in mentions:
        if not (m.is_mitophagy and subject.end <= m.start and m.end <= hit.start):
            continue
        verbs = [h for h in agents if subject.end <= h.start and 0 <= m.start - h.end <= span]
        if verbs:
            yield m, verbs[-1].cue.value


def outcome_findings(
    doc: Doc,
    clause: Clause,
    mentions: list[Mention],
    hits: list[Hit],
    lexicon: RelationLexicon,
    inherited: tuple[list[Mention], list[Mention]] = ([], []),
    agents: tuple[Mention, ...] = (),
    statements: Statements | None = None,
) -> list[Finding]:
    """What the clause's regulator does to a therapy's outcome (``agents``: drugs acting on mitophagy here)."""
    found: list[Finding] = []
    main = main_outcomes(doc, clause, mentions, hits, lexicon, statements)
    # a weak outcome outranked by a strong one still concerns a drug acting on mitophagy here:
    # "D exploits mitophagy for chemosensitization and pro-apoptotic effects" -> (mitophagy, sensitivity, D)
    main_sign = outcome_polarity(doc, main[0], clause, mentions, hits, lexicon) if main else 0
    extra = [  # ... of the same direction: "protects cells from D-induced apoptosis" is one outcome, not two
        h for h in hits
        if agents and h.cue.label == "OUTCOME" and h.cue.weak and h not in main
        and clause.start <= h.start < clause.end and not is_negated(doc, clause, h.start, lexicon)
        and (not main or outcome_polarity(doc, h, clause, mentions, hits, lexicon) == main_sign)
    ]
    linked = [(h, *therapies_for(doc, h, clause, mentions, lexicon, agents)) for h in main]
    for hit in main + extra:
        if hit in extra:
            therapies, direct = list(agents), False
        else:
            therapies, direct = next((t, d) for h, t, d in linked if h is hit)
            if hit.cue.modality and not direct and keeps_own_modality(doc, hit, linked, lexicon):
                therapies, direct = [virtual_therapy(doc, hit)], True  # "D resistance and radioresistance"
        if not therapies and not hit.cue.weak:
            therapies = inherited[1]
        other = any(not t.class_target for t in therapies)
        regulators, rule = subject_regulators(doc, hit, clause, mentions, hits, other, lexicon)
        own_subject = any(
            m.kind == "THER" and inside(m, clause) and m.end <= hit.start and m not in therapies for m in mentions
        )
        drug_subject = own_subject and not any(m.kind == "REG" and inside(m, clause) and m.end <= hit.start for m in mentions)
        mediators = (mechanism_mediators(doc, hit, clause, mentions, lexicon, drug_subject)
                     if therapies and (direct or _modality_linked(doc, hit, therapies, mentions, lexicon))
                     and hit.cue.id not in lexicon.words("subject_only_outcomes") else [])
        out_sign = outcome_polarity(doc, hit, clause, mentions, hits, lexicon)
        for med in mediators:  # "... promotes resistance to D through X signalling": X carries the outcome
            # (also after a drug subject: "D1 enhanced sensitivity to D2 by inhibiting X-mediated mitophagy")
            sign = out_sign * regulator_polarity(doc, med, clause, mentions, hits, lexicon)
            effect = "promotes_resistance" if sign > 0 else "promotes_sensitivity"
            found.extend(finding(med, effect, ther, "outcome_mechanism", clause, hit.cue.weak) for ther in therapies
                         if not (ther.start < med.end and med.start < ther.end))
        if rule == "outcome_subject" and _topic_list(doc, regulators[-1], hit, mentions, lexicon):
            continue  # "Mitophagy and resistance to D", "X in D therapy: resistance and ...": topics, no direction
        if rule == "outcome_object" and hit.cue.id in lexicon.words("subject_only_outcomes"):
            continue  # "D1 and D2 synergize ... through inhibition of X": X is how the drugs act, not a resistance factor
        if rule == "outcome_object" and (not direct or own_subject):
            continue  # "D protects neurons ... X": the drug acts; nothing links X to an outcome of D
        if rule == "outcome_object" and is_negated(doc, Clause(hit.end, regulators[0].start), regulators[0].start, lexicon):
            continue  # "D resistance was not reversed by X knockdown" (spec rule 8)
        if regulators and (
            _mediates_mechanism(doc, regulators[0], lexicon)
            or untagged_subject(doc, clause, regulators[0], hit, mentions, hits, lexicon)
        ):
            continue
        if not regulators and inherited[0] and not own_subject and not names_control_group(doc, clause.start, hit.start):
            # "..., whereas parental cells remained sensitive": the control group, no inherited regulator
            regulators, rule = inherited[0], "outcome_inherited"
        if not regulators or not therapies:
            continue
        first_sign = regulator_polarity(doc, regulators[0], clause, mentions, hits, lexicon, regulators[0].class_sign or 1)
        signed = [(regulators[0], first_sign, rule)]
        signed += [(r, regulator_polarity(doc, r, clause, mentions, hits, lexicon, first_sign), rule) for r in regulators[1:]]
        if _shared_post_nominal(doc, regulators, lexicon):  # "X and Y knockdown": the last one's word is both
            last = signed[-1][1]
            signed = [(r, last if regulator_polarity(doc, r, clause, mentions, hits, lexicon, 0) == 0 else s, why)
                      for r, s, why in signed]
        possessive, modifier = (possessive_sign(doc, regulators[-1], hit, hits, lexicon)
                                if rule in ("outcome_subject", "outcome_inherited") else (0, -1))
        if possessive:  # "X ... and its depletion restores D-induced apoptosis": the modifier is X's
            signed = [(r, possessive, why) for r, _, why in signed]
            out_sign = outcome_polarity(doc, hit, clause, mentions, hits, lexicon, ignore=modifier)
        if rule == "outcome_subject":
            objects = list(mitophagy_objects(doc, regulators[-1], hit, mentions, hits, lexicon))
            antecedent = _which_mitophagy(doc, regulators[-1], hit, mentions, lexicon)
            if antecedent is not None and not any(m == antecedent for m, _ in objects):
                role = statements is not None and any(
                    regulators[-1].end <= a < antecedent.start for a, _ in statements.directionless)
                # "X regulates mitophagy, which ...": X's role has no direction, mitophagy is the subject;
                # "X drives mitophagy, which ...": both
                signed = [(antecedent, 1, "outcome_which")] + ([] if role else signed)
            signed += [(m, s, "outcome_which" if m == antecedent else "outcome_mitophagy_object") for m, s in objects]
        for reg, reg_sign, why in signed:
            drug = _drug_target(doc, reg, mentions, hits, lexicon)
            effect = "promotes_resistance" if out_sign * reg_sign > 0 else "promotes_sensitivity"
            for ther in therapies:
                if ther.start < reg.end and reg.start < ther.end:
                    continue
                if drug is not None and (ther is drug or ther.therapy_id == drug.therapy_id):
                    continue  # "D inhibits enzyme E and kills ...": E says how D works, not what resists D
                # "D1 inhibits E and sensitizes cells to D2": E's change helps D2, so E carries D2's outcome
                # (spec: inhibition of X restores sensitivity to D -> X promotes_resistance D)
                if _described_as_inhibitor_of(doc, ther, reg, lexicon):
                    continue  # "the X inhibitor D": X is D's own target, not what resists D
                found.append(finding(reg, effect, ther, why, clause, hit.cue.weak))
    return found


def _shared_post_nominal(doc: Doc, regulators: list[Mention], lexicon: RelationLexicon) -> bool:
    """``X and Y knockdown``, ``X, Y and Z degradation``: coordinated names (only commas and coordination words
    between them) followed by one post-nominal down word (``reg_down_after``), which modifies every name."""
    if len(regulators) < 2:
        return False
    words = lexicon.word_set("coordination_words") | {","}
    ordered = sorted(regulators, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:]):
        if b.start <= a.end or not all(t.lower_ in words for t in doc[a.end : b.start]):
            return False
    i = ordered[-1].end
    while i < len(doc) and doc[i].text in lexicon.words("hyphens"):
        i += 1
    return bool(phrase_at(doc, i, lexicon.words("reg_down_after")))


NOMINAL_CHANGE_GAP = 3  # ``high levels of X``: tokens between the change word and the regulator


def expression_in_described_cells(
    doc: Doc, clause: Clause, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon
) -> list[Finding]:
    """``X expression was elevated in D-resistant cells`` -> (X, promotes_resistance, D) (spec conventions:
    raised in resistant cells -> promotes_resistance, lowered -> promotes_sensitivity).

    The regulator comes first, then an up or down word and ``in``/``among`` (or the change word comes
    first: ``upregulation of X was found in``), then the attributive outcome word (``D-resistant``, ``D-sensitive``) before a cell word.
    """
    adjectives = lexicon.words("descriptive_suffixes")
    cells = lexicon.word_set("cell_words")
    found: list[Finding] = []
    for h in hits:
        if h.cue.label != "OUTCOME" or not (clause.start <= h.start < clause.end):
            continue
        if not doc[h.end - 1].lower_.endswith(adjectives) or is_negated(doc, clause, h.start, lexicon):
            continue
        if _inside_a_name(doc, h, mentions, lexicon):
            continue  # "castration-resistant prostate cancer": no therapy's resistance
        if not any(t.lower_ in cells for t in doc[h.end : min(h.end + 4, clause.end)]) \
                and not cell_lines_then_cells(doc, h.end, clause.end, cells):
            continue
        regs = [m for m in mentions if m.kind == "REG" and inside(m, clause) and not m.excluded and m.end <= h.start]
        if not regs:
            continue
        reg = regs[-1]
        changes = [x for x in hits if x.cue.label in ("REG_UP", "REG_DOWN") and reg.end <= x.start and x.end <= h.start]
        if not changes:  # the nominal form: ``upregulation of X was observed in D-resistant cells``
            changes = [x for x in hits if x.cue.label in ("REG_UP", "REG_DOWN") and clause.start <= x.start
                       and x.end <= reg.start and reg.start - x.end <= NOMINAL_CHANGE_GAP][-1:]
        if len(changes) != 1 or h.start - reg.end > 10:
            continue
        gap = [t.lower_ for t in doc[max(reg.end, changes[0].end) : h.start]]
        if not any(w in ("in", "among") for w in gap):
            continue
        therapies, direct = therapies_for(doc, h, clause, mentions, lexicon)
        if not direct:
            continue
        sign = (1 if changes[0].cue.label == "REG_UP" else -1) * h.cue.value
        effect = "promotes_resistance" if sign > 0 else "promotes_sensitivity"
        group = coordinated(doc, mentions, regs[0], lexicon=lexicon) if len(regs) > 1 else [reg]
        for r in group:
            for ther in therapies:
                found.append(finding(r, effect, ther, "outcome_expression", clause))
    return found


def cause_list_findings(
    doc: Doc, clause: Clause, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon
) -> list[Finding]:
    """``Mechanisms of D resistance include elevated X and loss of Y`` -> (X, promotes_resistance, D),
    (Y, promotes_sensitivity, D): a list of causes after a resistance word and ``include``/``involve``
    (``cues.json``: ``cause_list_verbs``, at most ``cause_list_max_gap`` tokens after it); each listed
    regulator takes the direction of its own change word (``elevated``, ``loss of``)."""
    verbs = lexicon.words("cause_list_verbs")
    max_gap = lexicon.number("cause_list_max_gap")
    found: list[Finding] = []
    for h in hits:
        if h.cue.label != "OUTCOME" or h.cue.weak or h.cue.value < 0 or not (clause.start <= h.start < clause.end):
            continue
        if is_negated(doc, clause, h.start, lexicon):
            continue
        verb = next((i for i in range(h.end, min(clause.end, h.end + max_gap + 1)) if phrase_at(doc, i, verbs)), None)
        if verb is None:
            continue
        therapies, direct = therapies_for(doc, h, clause, mentions, lexicon)
        if not direct:
            continue
        regs = [m for m in mentions if m.kind == "REG" and not m.excluded and verb < m.start and m.end <= clause.end]
        for reg in regs:
            sign = regulator_polarity(doc, reg, clause, mentions, hits, lexicon)
            effect = "promotes_resistance" if sign > 0 else "promotes_sensitivity"
            found.extend(finding(reg, effect, ther, "outcome_cause_list", clause) for ther in therapies)
    return found
