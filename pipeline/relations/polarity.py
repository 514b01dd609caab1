"""Polarity composition: inhibition words flip a regulator, flip words flip an outcome.

``inhibition/knockdown/loss of X`` (or ``X knockdown``) gives X polarity -1;
``overcomes/reverses/reduces resistance`` gives the outcome polarity -1; the
effect is their product, so double negatives cancel (``loss of X abolished
resistance to D`` -> X promotes resistance to D).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.relations.anaphoric_outcomes import flip_has_anaphoric_object
from pipeline.relations.arguments import Mention
from pipeline.relations.clauses import Clause
from pipeline.relations.conjunct_objects import coordinated_modifier, object_before_join
from pipeline.relations.triggers import Hit, RelationLexicon, phrase_at

REGULATOR_WINDOW = 5  # tokens before a regulator searched for inhibition words
PASSIVE_WINDOW = 6  # tokens after an outcome word searched for "was reversed by"
OUTCOME_WINDOW = 5  # tokens before an outcome word searched for flip words


def _window_start(position: int, size: int, clause: Clause, mentions: list[Mention], hits: list[Hit]) -> int:
    """Start of the look-back window: not past the clause, a previous argument or trigger."""
    lo = max(clause.start, position - size)
    for m in mentions:
        if m.end <= position:
            lo = max(lo, m.end)
    for h in hits:
        if h.cue.label in ("OUTCOME",) and h.end <= position:
            lo = max(lo, h.end)
    return lo


def regulator_polarity(
    doc: Doc,
    reg: Mention,
    clause: Clause,
    mentions: list[Mention],
    hits: list[Hit],
    lexicon: RelationLexicon,
    default: int = 1,
) -> int:
    """+1 or -1: the product of inhibition words just before the regulator and right after its name.

    ``default`` is returned when no modifier is found (a coordinated regulator
    shares the modifier of the first one: ``loss of A and B``).
    """
    others = [m for m in mentions if m != reg]
    lo = _window_start(reg.start, REGULATOR_WINDOW, clause, others, hits)
    sign = 1
    modified = False
    last_down = -1
    owned = _post_nominal_of_previous(doc, lo, others, lexicon)
    for h in hits:
        if h.cue.label in ("REG_DOWN", "REG_UP") and lo <= h.start and h.end <= reg.start and h.start != owned:
            if object_before_join(doc, h.end, reg.start):
                continue  # "D suppressed colony formation and X depletion ...": the word has its own object
            modified = True
            if h.cue.label == "REG_DOWN" and not coordinated_modifier(doc, last_down, h.start):
                sign = -sign  # "inhibition or knockdown of X" flips X once
            if h.cue.label == "REG_DOWN":
                last_down = h.end
    after = lexicon.words("reg_down_after")
    position = reg.core_end if reg.core_end >= 0 else reg.end
    if reg.via_mitophagy:
        position = reg.end  # "X-mediated mitophagy inhibition": the word after mitophagy
    name_end = position
    while position < clause.end and doc[position].text in lexicon.words("hyphens"):
        position += 1
    # "X-silenced cells", "X-depleted xenografts": a participle glued by a hyphen modifies the name; without the
    # hyphen it may be the name's verb ("miR-N silenced X"), so only the glued form counts
    glued = position > name_end and phrase_at(doc, position, lexicon.words("reg_down_after_hyphen"))
    if position < clause.end and (phrase_at(doc, position, after) or glued):
        sign = -sign
        modified = True
    elif not modified and _predicate_down(doc, position, clause, hits, lexicon):
        sign, modified = -1, True  # "X is frequently downregulated in tumours with poor response to D"
    if not modified and _mutated_suppressor(doc, reg, clause, lexicon):
        return -1
    return sign if modified else default


def _post_nominal_of_previous(doc: Doc, lo: int, others: list[Mention], lexicon: RelationLexicon) -> int:
    """``PTEN loss and activation of IGF1R``: a post-nominal down word right after the previous name (the window's
    start) is that name's modifier, not the next one's; its token index, else -1."""
    if not any(m.end == lo for m in others):
        return -1
    i = lo
    while i < len(doc) and doc[i].text in lexicon.words("hyphens"):
        i += 1
    return i if i < len(doc) and phrase_at(doc, i, lexicon.words("reg_down_after")) else -1


def _predicate_down(doc: Doc, position: int, clause: Clause, hits: list[Hit], lexicon: RelationLexicon) -> bool:
    """``X is (frequently) downregulated / silenced / lost``: a down word as the predicate right after the name
    (an auxiliary and adverbs between); ``by`` after it (``X was reduced by D``) says what D does, not X's state.
    A measured quantity may stand between the name and the auxiliary (``X expression / levels / protein was
    lower``: ``cues.json`` ``measure_nouns``)."""
    auxiliaries = lexicon.word_set("passive_auxiliaries")
    measures = lexicon.words("measure_nouns")
    while position < clause.end - 1 and doc[position].lower_ in measures:
        position += 1
    if position >= clause.end or doc[position].lower_ not in auxiliaries:
        return False
    i = position + 1
    while i < clause.end and doc[i].is_alpha and doc[i].lower_.endswith("ly"):
        i += 1
    for h in hits:
        if h.start == i and h.cue.label == "REG_DOWN" and h.end < clause.end:
            return doc[h.end].lower_ != "by"
    return False


def _mutated_suppressor(doc: Doc, reg: Mention, clause: Clause, lexicon: RelationLexicon) -> bool:
    """``mutations in tumor suppressor genes such as X``, ``the mutated tumour suppressor X``: a tumour
    suppressor's mutation is read as its loss (an activating mutation of an oncogene is not)."""
    mutations = lexicon.word_set("mutation_words")
    phrases = lexicon.words("suppressor_phrases")
    for i in range(max(clause.start, reg.start - 8), reg.start):
        n = phrase_at(doc, i, phrases)
        if not n or reg.start - (i + n) > 4:
            continue
        before = {t.lower_ for t in doc[max(clause.start, i - 4) : i]}
        between = {t.lower_ for t in doc[i + n : reg.start]}
        if before & mutations or between & mutations:
            return True
    return False


def _second_modifier_of(doc: Doc, before: int, reg_ends: set[int], lexicon: RelationLexicon) -> bool:
    """``X depletion or (pharmacological) inhibition``: the word at ``before + 1`` is coordinated with a
    post-nominal down word right after a regulator (``modifier_adjectives`` may stand between)."""
    i = before
    while i >= 0 and doc[i].lower_ in lexicon.words("modifier_adjectives"):
        i -= 1
    if i < 1 or doc[i].lower_ not in lexicon.words("conjunct_joins"):
        return False
    n = phrase_at(doc, i, lexicon.words("reg_down_after"), backwards=True)  # the down word ending before it
    return bool(n) and i - n in reg_ends


def _adjective_elsewhere(doc: Doc, flip: Hit, hit: Hit, lexicon: RelationLexicon) -> bool:
    """A flip adjective (``poor``, ``low``) modifies the noun right after it: one further from the outcome word
    (more than ``adjective_flip_max_gap`` tokens between) modifies another noun (``poor prognosis and ...``)."""
    if doc[flip.start : flip.end].text.lower() not in lexicon.words("adjective_flips"):
        return False
    return hit.start - flip.end > lexicon.number("adjective_flip_max_gap")


def _verb_of_another_conjunct(doc: Doc, start: int, end: int, named: set[int], lexicon: RelationLexicon) -> bool:
    """A conjunction then a verb form between a flip word and the outcome (``reduced X and increased resistance``):
    the outcome is the second verb's object, not the flip's (suffix test: the pipeline has no tagger)."""
    joins = lexicon.words("conjunct_joins")
    for i in range(start, end):
        if doc[i].lower_ in joins and any(
                j not in named and doc[j].is_alpha and looks_verbal(doc[j].lower_) for j in range(i + 1, end)):
            return True
    return False


def _flip_shared_with(doc: Doc, reg: Mention, hit: Hit, hits: list[Hit], named: set[int]) -> bool:
    """``reduced mitophagy and clonogenic survival``: the regulator is the first object of a flip word right
    before it, and the outcome the second, joined by ``and`` with at most two plain words (no verb, no
    argument) between; the flip acts on both."""
    gap = range(reg.end + 1, hit.start)
    if reg.end >= hit.start or doc[reg.end].lower_ != "and" or len(gap) > 2:
        return False
    if any(j in named or not doc[j].is_alpha or looks_verbal(doc[j].lower_) for j in gap):
        return False
    if looks_verbal(doc[hit.start].lower_):
        return False  # "reduced mitophagy and sensitized cells to D": a second verb, with its own sign
    before = reg.start - 1 if reg.start and doc[reg.start - 1].lower_ != "the" else reg.start - 2
    return before >= 0 and any(h.cue.label == "OUTCOME_FLIP" and h.end == before + 1 for h in hits)


def _effect_of_on(doc: Doc, reg: Mention, lexicon: RelationLexicon) -> bool:
    """``the effect of X on`` (``cues.json`` ``effect_of_openers`` / ``effect_of_closers``) around a regulator."""
    return bool(phrase_at(doc, reg.start, lexicon.words("effect_of_openers"), backwards=True)) \
        and reg.end < len(doc) and doc[reg.end].lower_ in lexicon.words("effect_of_closers")


def outcome_polarity(
    doc: Doc, hit: Hit, clause: Clause, mentions: list[Mention], hits: list[Hit], lexicon: RelationLexicon,
    ignore: int = -1,
) -> int:
    """+1 (resistance side) or -1 (sensitivity side), flipped by a flip word just before the outcome.

    ``ignore``: a token read as the regulator's modifier (``its loss has been linked to resistance``)."""
    reg_ends = {m.end for m in mentions if m.kind == "REG"}
    participles = lexicon.word_set("agent_participles_up") | lexicon.word_set("agent_participles_down")
    hyphens = lexicon.words("hyphens")
    named = {i for m in mentions for i in range(m.start, m.end)}
    anchor = hit.start  # the window counts from the start of a stimulus before the word ("blocks D/Y-induced death")
    while anchor > clause.start and (doc[anchor - 1].text in hyphens or doc[anchor - 1].text == "/"
                                     or doc[anchor - 1].lower_ in participles or anchor - 1 in named):
        anchor -= 1
    for m in mentions:  # "reversed the effect of X on D sensitivity": the window counts from "effect of"
        if m.kind == "REG" and m.end + 1 == anchor and _effect_of_on(doc, m, lexicon):
            anchor = m.start - phrase_at(doc, m.start, lexicon.words("effect_of_openers"), backwards=True)
    lo = max(clause.start, anchor - OUTCOME_WINDOW)
    for m in mentions:
        if m.kind == "REG" and m.end <= hit.start:  # flips before the regulator belong to it
            if m.end + 1 < hit.start and doc[m.end].text in hyphens and doc[m.end + 1].lower_ in participles:
                continue  # "blocks radiation/TNFa-induced death": a stimulus qualifying the outcome, no regulator here
            if _effect_of_on(doc, m, lexicon):
                continue  # "Y reversed the effect of X on D sensitivity": X names the effect Y's flip acts on
            if _flip_shared_with(doc, m, hit, hits, named):
                continue  # "X knockdown reduced mitophagy and clonogenic survival after D": one flip, two objects
            lo = max(lo, m.end)
    sign = hit.cue.value
    # "X knockdown reduced mitochondrial mass and prolonged survival of D-treated mice": an outcome that opens
    # with its own verb after a conjunction is that conjunct's, and an earlier flip verb had its own object
    verbal_hit = anchor == hit.start and hit.start not in named and doc[hit.start].is_alpha \
        and doc[hit.start].lower_.endswith("ed") and looks_verbal(doc[hit.start].lower_)
    joins = lexicon.words("conjunct_joins")
    for h in hits:
        if h.cue.label == "OUTCOME_FLIP" and lo <= h.start and h.end <= hit.start and h.start != ignore:
            if verbal_hit and any(doc[i].lower_ in joins for i in range(h.end, hit.start)):
                continue
            before = h.start - 1
            while before >= 0 and doc[before].text in lexicon.words("hyphens"):
                before -= 1
            nominal = phrase_at(doc, h.start, lexicon.words("reg_down_after"))
            if nominal and before + 1 in reg_ends:  # "X inhibition enhances ...": the word belongs to X
                continue
            if nominal and _second_modifier_of(doc, before, reg_ends, lexicon):
                continue  # "X depletion or (pharmacological) inhibition restores ...": X's second loss word
            if _adjective_elsewhere(doc, h, hit, lexicon):
                continue  # "poor prognosis and chemoresistance": the adjective belongs to another noun
            if _verb_of_another_conjunct(doc, h.end, anchor, named, lexicon):
                continue  # "eliminated persisters and enhanced the efficacy of D": the flip had its own object
            if flip_has_anaphoric_object(doc, h, hits, hit.start):
                continue  # "abolished this response and enhanced D-induced apoptosis": the flip's object is the anaphor
            sign = -sign
            break
    # passive: "resistance to D was reversed by X"; not across a comma ("X reduced D sensitivity, an effect that
    # was reversed by Y knockdown": the reversal is Y's, of X's whole finding, and X's outcome keeps its sign)
    auxiliaries = lexicon.words("passive_auxiliaries")
    for h in hits:
        # (<=: an outcome form ending in its auxiliary, "its benefit is | limited by X")
        if h.cue.label == "OUTCOME_FLIP" and hit.end <= h.start <= hit.end + PASSIVE_WINDOW and h.start < clause.end \
                and not any(t.text == "," for t in doc[hit.end : h.start]):
            if doc[h.start - 1].lower_ in auxiliaries and h.end < len(doc) and doc[h.end].lower_ == "by":
                sign = -sign
                break
    return sign


def _contains_phrase(doc: Doc, start: int, end: int, phrases: tuple[str, ...]) -> int:
    for i in range(start, end):
        if phrase_at(doc, i, phrases):
            return i
    return -1


def is_negated(doc: Doc, clause: Clause, upto: int, lexicon: RelationLexicon) -> bool:
    """A negation word in the clause before ``upto`` (``not only`` and the like excepted)."""
    exceptions = lexicon.words("negation_exceptions")
    negations = lexicon.words("negation")
    for i in range(clause.start, min(upto, clause.end)):
        if phrase_at(doc, i, exceptions):
            continue
        if phrase_at(doc, i, negations) and not phrase_at(doc, i - 1 if i else i, exceptions):
            if _negated_aside(doc, i, upto, lexicon):
                continue  # "Silencing of X, but not of Y, reduced ...": the negation is the aside's
            return True
    return False


def _negated_aside(doc: Doc, i: int, upto: int, lexicon: RelationLexicon) -> bool:
    """``, but not (of) Y,`` closed by a comma before ``upto``: a contrast aside (``cues.json``: ``contrast_asides``,
    ``contrast_aside_max_tokens``), not a negation of what follows it."""
    if i < 2 or doc[i].lower_ != "not" or doc[i - 2].text != "," or not phrase_at(doc, i - 1, lexicon.words("contrast_asides")):
        return False
    end = min(upto, i + 1 + lexicon.number("contrast_aside_max_tokens"))
    return any(doc[j].text == "," for j in range(i + 1, end))


def is_recommendation(doc: Doc, clause: Clause, lexicon: RelationLexicon) -> bool:
    """Recommendations and future directions are not findings (spec rule 5)."""
    return _contains_phrase(doc, clause.start, clause.end, lexicon.words("recommendation")) >= 0


def looks_verbal(word: str) -> bool:
    """``D protects``/``D sensitizes``/``D killed``: a verb after the drug makes it the subject, not a compound
    like ``D resistance``. Suffix test, because the pipeline has no part-of-speech tagger; callers pass the
    outcome word's last token, so a prefixed form (``re-sensitized``, three tokens) reads as its verb."""
    if word.endswith(("ss", "is", "us")):
        return False
    return word.endswith(("s", "ed", "ing", "ize", "ise"))
