"""Records that are no finding of the spec, dropped after the sentence rules (issue 9, precision).

Found by running the extractor over real abstracts and sentences no dev set holds (drug
mechanism, pharmacology, toxicology and physiology text; ``benchmarks/relations_precision_pool.py``),
each a class of statement, tested on sentences of our own (``tests/test_relations_precision.py``):

- *No mitophagy in the paper*: an induces/inhibits_mitophagy record says what a drug does to
  mitophagy (spec "The four effects"); in a document that never names mitophagy, autophagy or a
  protein of the mitophagy machinery, ``activation of X by D`` or ``inhibition of X with D`` says
  how D works, not what it does to mitophagy, unless X is of the machinery (``cues.json``) or the
  sentence also states an outcome (``X inhibition with D1 sensitized cells to D2``).
- *Pharmacology and physiology*: an outcome record (promotes_resistance/sensitivity) whose
  document names no tumour word and whose sentence names no resistance, sensitivity or anticancer
  word but a pharmacology or physiology one (``potency``, ``currents``, ``IC50 values``,
  ``responses``, ``susceptibility``, ``protection``; not uptake, efflux or transport, which are resistance mechanisms) is no tumour-cell finding.
- *Normal cells* (spec rule 10): an outcome record whose sentence names non-tumour cells or an
  organ toxicity (cardiomyocytes, neurons, hepatocytes, cardiotoxicity ...) and no tumour word.
- *The drug's own target*: an outcome record whose regulator the same sentence names as the
  target of that record's own therapy (``D, a selective X inhibitor, ...``, ``the X inhibitor
  D``, ``inhibition of X by D``, ``D inhibits X``) says how D works (issue 9: a drug's own target
  is no resistance factor); another drug's outcome (``the X inhibitor D1 sensitized cells to
  D2``) is kept, since its therapy is D2.
- *Stimuli and toxins*: endogenous signalling molecules and environmental toxicants are no
  therapy.
- *Cell lines read as genes*: a regulator name right before ``cells`` or ``cell line(s)``, alone or
  coordinated with other names (``AGS and MKN45 cells``, ``HEK/X cells``), names a cell line.
- *Methods and recommendations*: a sentence opening with a methods label or a procedure verb
  (``Methods: We performed RNA sequencing of D-resistant cells``) and naming no finding verb, and
  ``X might be a therapeutic target to overcome D resistance`` (spec rule 5), give no outcome record.

- *Drug mechanism through a mediator* (relprec2): in a sentence naming no resistance, sensitivity or
  mitophagy word, an outcome record whose own therapy acts on the regulator (``D decreased the amount
  of phosphorylated X``) or works through it (``D induced apoptosis via X activation``, ``D displayed
  X-dependent cleavage``, ``X activation mediates D-induced apoptosis``) says how D works; a mediator
  the study changes (``was enhanced by knockdown of X``) stays a finding.
- *Drugs named after a protein* (relprec2): ``the Smac mimetic D`` makes no record for Smac (miRNA
  mimics are the miRNA itself and keep it); inhibitors, agonists and antagonists name their target,
  which stays the regulator of another drug's outcome (dev gold: ``an agonist of OPRM1``).
- *Synergy without a tumour* (relprec2): in a text with no tumour word, a synergy word in a sentence
  with no resistance and no cell-death word (``synergistically induce X mRNA``) is gene induction.

Full-text journal PDFs (relpdf, session 7; found on the tune PDFs of the pool's ``pdfs`` part):

- *Methods sections*: a record in a section headed ``Materials and methods``, ``Methods``, ``Experimental
  procedures``, ``STAR Methods`` ... or in a section under one (``filter_records(..., sections)``).
- *Cell lines*: a regulator printed as a cell line the names read as a gene (``HEK``, ``Huh7``, ``PC3``),
  or before ``cells``/``line(s)``/``subline(s)`` with a number between (``HEK 293 cells``).
- *Physiological traits*: a sentence whose every outcome word is ``insulin sensitivity``-like.
- *Drug classes named after their target*: ``Topo II poisons D`` (with the mimetics).
- *Reported own target*: ``D, ..., which was (further) shown to target X``.
- *Regulator in a reporting clause*: ``..., it also suggests that X ...`` after the therapy's clause.
- *Expression-system inducers*: ``doxycycline-induced expression of X``, tamoxifen in ``Cre-ERT2`` mice, give
  no induces/inhibits_mitophagy record.
- *Autophagy-flux inhibitors* (bafilomycin, chloroquine, E64d/pepstatin, 3-MA) give no induces_mitophagy record.
- *Media, vehicles and inorganic salts* (balanced salt solution, DMSO, cobalt chloride) and haematopoietic growth
  factors (filgrastim) are no therapy.

The word classes are data (``models/relations/precision.json``). The checks read the record's
evidence and its argument offsets only (no Doc), so they run after the rules, on their output.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pipeline.records import Record
from pipeline.relations.conjoined_recommendations import finding_before_recommendation
from pipeline.relations.study_manipulation import inhibited_with_instrument
from pipeline.relations.host_toxicity import host_toxicity
from pipeline.relations.wild_type import wild_type_status
from pipeline.relations.scope import OUTCOME_EFFECTS, _patterns as _scope_patterns
from pipeline.resources import model_path

AGENT_EFFECTS = ("induces_mitophagy", "inhibits_mitophagy")


#: a gene symbol as printed (a capital, then at least one more capital or digit: RAF1, VEGFR2, BCR-ABL1)
_SYMBOL = r"(?-i:[A-Z](?=[A-Za-z0-9-]*[A-Z0-9])[A-Za-z0-9-]*)"


COMBINATION_MEANS = "outcome_combination_means"  # relleft12: a co-treated drug's outcome through D1's means


def _words(items: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(items) + r")(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class _Classes:
    mitophagy: re.Pattern[str]
    strong: re.Pattern[str]
    non_tumour_outcome: re.Pattern[str]
    normal: re.Pattern[str]
    tumour: re.Pattern[str]
    methods: re.Pattern[str]  # a methods label or procedure verb opening the sentence
    finding_verb: re.Pattern[str]
    target_recommendation: re.Pattern[str]
    non_therapy: re.Pattern[str]
    # the drug's own target, as the text between (and around) its two arguments
    class_after: re.Pattern[str]  # "X inhibitor" right after the regulator
    therapy_then_class_of: re.Pattern[str]  # "D, an oral inhibitor of (the) X"
    therapy_then_change: re.Pattern[str]  # "D for the inhibition of X"
    effect_of: re.Pattern[str]  # "(the inhibitory) effect of " right before the therapy, " on (the) " after it
    class_end: re.Pattern[str]  # a regulator read with its class word ("cyclin-dependent kinase inhibitor")
    therapy_then_apposition: re.Pattern[str]  # "D, a selective " + "X inhibitor"
    therapy_then_verb: re.Pattern[str]  # "D (also) inhibits (the activity of) X"
    regulator_then_class: re.Pattern[str]  # "X inhibitor(s) (, such as) D"
    regulator_then_instrument: re.Pattern[str]  # "X inhibition by D", "X by (low-dose) D" after "inhibition of"
    change_before: re.Pattern[str]  # "inhibition of (the) " right before the regulator
    # relprec2: mechanism of action, dose phrases, drugs named after a protein, synergy without tumour
    therapy_then_mechanism_verb: re.Pattern[str]  # "D (significantly) decreased the amount of phosphorylated " + X
    therapy_then_connector: re.Pattern[str]  # "D induced apoptosis in cells via " + X
    regulator_then_mediates: re.Pattern[str]  # X " ... mediate " + D + "-induced apoptosis"
    induced_after: re.Pattern[str]
    passive: re.Pattern[str]  # "was attenuated by": the mediator is the study's finding, not the drug's action
    manipulation: re.Pattern[str]
    mediator_suffix: re.Pattern[str]  # X "-dependent", "-mediated" after the drug in one clause
    regulator_then_dose: re.Pattern[str]  # X " inhibition ... at concentrations above 50 nM of " + D
    named_after_protein: re.Pattern[str]  # "Smac mimetic": a drug class named after the protein it imitates
    synergy: re.Pattern[str]
    cell_death: re.Pattern[str]
    # relpdf: full-text PDFs (methods sections, physiology, expression systems, reported targets)
    physiological: re.Pattern[str]  # "insulin sensitivity": a trait, not a tumour's response
    methods_heading: re.Pattern[str]
    inducer: re.Pattern[str]  # therapy ids of gene-expression switches (doxycycline)
    system_only_inducer: re.Pattern[str]  # real drugs that also switch constructs (tamoxifen, Cre-ERT2)
    inducer_phrase: re.Pattern[str]  # "-induced expression of", "-inducible" right after the drug
    inducer_system: re.Pattern[str]  # Tet-On, rtTA, Cre-ERT2 in the sentence
    therapy_then_reported_verb: re.Pattern[str]  # "D, ..., which was further shown to target " + X
    report_clause: re.Pattern[str]  # ", it also suggests that": a clause of its own
    flux_inhibitor: re.Pattern[str]  # therapy ids of lysosomal / autophagy inhibitors (bafilomycin)
    list_label: re.Pattern[str]  # "Keywords:", "Abbreviations:" opening the sentence
    assessment: re.Pattern[str]  # "The effect of X on D sensitivity was assessed by"


@lru_cache(maxsize=1)
def _classes() -> _Classes:
    data = json.loads((model_path("relations") / "precision.json").read_text(encoding="utf-8"))
    cls = "(?:" + "|".join(data["own_target_words"]) + ")"
    verbs = "(?:" + "|".join(data["own_target_verbs"]) + ")"
    changes = "(?:" + "|".join(data["own_target_changes"]) + ")"
    instr = "(?:" + "|".join(data["instrument_words"]) + ")"
    mverbs = "(?:" + "|".join(data["mechanism_verbs"]) + ")"
    mobjects = "(?:" + "|".join(data["mechanism_objects"]) + ")"
    connectors = "(?:" + "|".join(data["mechanism_connectors"]) + ")"
    doses = "(?:" + "|".join(data["dose_phrases"]) + ")"
    short = r"(?:\s*\([^()]{0,40}\))?"  # a bracketed short form or code after the drug
    filler = r"(?:(?!or\b|but\b|with\b|to\b)[\w-]+\s+){0,4}?"  # adjectives: potent and selective, oral
    return _Classes(
        mitophagy=_words(data["mitophagy_context"]),
        strong=_words(data["strong_outcome_words"]),
        non_tumour_outcome=_words(data["non_tumour_outcome_words"]),
        normal=_words(data["normal_cell_words"]),
        tumour=_scope_patterns()[0],
        methods=re.compile(r"\s*(?:" + "|".join(data["methods_openings"]) + r")(?!\w)", re.IGNORECASE),
        finding_verb=_words(data["finding_verbs"]),
        target_recommendation=_words(data["target_recommendations"]),
        non_therapy=re.compile(r"(?:" + "|".join(data["non_therapies"]) + r")\Z"),
        class_after=re.compile(r"\s*-?\s*" + cls + r"(?!\w)", re.IGNORECASE),
        therapy_then_class_of=re.compile(
            short + r"\s*,?\s*(?:which is\s+|is\s+)?(?:an?|the)?\s*" + filler + cls
            + r"\s+(?:of|against|for)\s+(?:both\s+|the\s+)?"
            # "an inhibitor of both BCL-2 and X": X, the second of coordinated targets
            + r"(?:[\w-]+(?:\s+[\w-]+)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+))?\Z", re.IGNORECASE),
        therapy_then_change=re.compile(
            short + r"\s*(?:for|in|by)?\s*(?:the\s+)?" + changes + r"\s+of\s+(?:the\s+)?\Z", re.IGNORECASE),
        class_end=re.compile(cls + r"\Z", re.IGNORECASE),
        effect_of=re.compile(r"(?:inhibitory|stimulatory|suppressive|activating|direct)\s+effects?\s+of\s+\Z", re.IGNORECASE),
        therapy_then_apposition=re.compile(short + r"\s*,\s*(?:an?|the)\s+" + filler + r"\Z", re.IGNORECASE),
        therapy_then_verb=re.compile(  # "D (, which) (also) inhibits X" (relleft13: the relative form)
            short + r"\s*(?:,\s*(?:which|that)\s+)?(?:\w+ly\s+|also\s+)?" + verbs + r"\s+(?:to\s+)?(?:the\s+)?"
            # "the (kinase) activity of", "the catalytic function of" (relbio11)
            + r"(?:(?:[\w-]+\s+){0,2}?(?:activit(?:y|ies)|functions?)\s+of\s+(?:the\s+)?)?"
            # "D inhibited RAF1, BRAF and X": X, the last of coordinated targets written as gene symbols (relbio11)
            + r"(?:(?:both\s+)?" + _SYMBOL + r"(?:\s*,\s*" + _SYMBOL + r")*\s*,?\s*(?:and|or)\s+)?\Z",
            re.IGNORECASE),
        regulator_then_class=re.compile(
            r"\s*-?\s*" + cls + r"\s*(?:,\s*|\(\s*)?(?:such as\s+|including\s+|e\.g\.,?\s+)?\Z", re.IGNORECASE),
        regulator_then_instrument=re.compile(
            r"\s*(?:and\s+[\w-]+\s+)?(?:signal\w*\s+|activity\s+)?" + changes + r"?\s*"
            + r"(?:(?:" + "|".join(data["agent_participles"]) + r")\s+)?" + instr + r"\s+(?:the\s+)?(?:low[- ]dose\s+)?\Z",
            re.IGNORECASE),
        change_before=re.compile(changes + r"\s+of\s+(?:the\s+)?\Z", re.IGNORECASE),
        therapy_then_mechanism_verb=re.compile(
            short + r"\s*(?:(?:\w+ly|also|may|might|can|could|did|does|was able to|were able to|to)\s+)*" + mverbs
            + r"\s+(?:the\s+)?(?:" + mobjects + r"\s+(?:of\s+)?(?:the\s+)?){0,3}\Z", re.IGNORECASE),
        therapy_then_connector=re.compile(
            r"[^;.]{0,120}?(?<!\w)" + connectors + r"\s+(?:[\w-]+\s+){0,8}?\Z", re.IGNORECASE),
        regulator_then_mediates=re.compile(r"[^;.]{0,60}?(?<!\w)mediat\w*\s+(?:the\s+)?\Z", re.IGNORECASE),
        induced_after=re.compile(r"\s*-?\s*(?:induced|triggered|elicited|mediated)\s+(?:cell\s+)?(?:apoptosis|death|"
                                 r"cytotoxicity|killing|growth inhibition)", re.IGNORECASE),
        passive=re.compile(r"(?<!\w)(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+"
                           + connectors + r"(?!\w)", re.IGNORECASE),
        manipulation=_words(data["manipulation_words"]),
        mediator_suffix=re.compile(r"\s*-\s*(?:" + "|".join(data["mediator_suffixes"]) + r")(?!\w)", re.IGNORECASE),
        regulator_then_dose=re.compile(
            r"\s*(?:signal\w*\s+|activity\s+)?" + changes + r"(?!\w)[^;]{0,120}?(?<!\w)" + doses
            + r"(?!\w)[^;]{0,40}?(?<!\w)(?:of|with)\s+(?:the\s+)?\Z", re.IGNORECASE),
        named_after_protein=re.compile(r"(?:" + "|".join(data["named_after_protein"]) + r")(?!\w)", re.IGNORECASE),
        synergy=_words(data["synergy_words"]),
        cell_death=_words(data["cell_death_words"]),
        physiological=re.compile(r"(?<!\w)(?:" + "|".join(data["physiological_sensitivities"]) + r")[\s-]+\Z", re.IGNORECASE),
        methods_heading=re.compile(r"\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:" + "|".join(data["methods_headings"]) + r")\s*[.:]?\s*\Z",
                                   re.IGNORECASE),
        inducer=re.compile(r"(?:" + "|".join(data["inducer_therapies"]) + r")\Z"),
        system_only_inducer=re.compile(r"(?:" + "|".join(data["system_only_inducers"]) + r")\Z"),
        inducer_phrase=re.compile(r"(?:" + "|".join(data["inducer_phrases"]) + r")(?!\w)", re.IGNORECASE),
        inducer_system=_words(data["inducer_systems"]),
        therapy_then_reported_verb=re.compile(
            r"[^;.]{0,200}?(?<!\w)(?:" + "|".join(data["reported_action_words"]) + r")\s+to\s+(?:\w+ly\s+|also\s+)?"
            + verbs + r"\s+(?:the\s+)?(?:activity\s+of\s+(?:the\s+)?)?\Z", re.IGNORECASE),
        list_label=re.compile(r"\s*(?:" + "|".join(data["list_labels"]) + r")", re.IGNORECASE),
        assessment=re.compile(r"(?<!\w)(?:" + "|".join(data["assessment_statements"]) + r")", re.IGNORECASE),
        flux_inhibitor=re.compile(r"(?:" + "|".join(data["flux_inhibitors"]) + r")\Z"),
        report_clause=re.compile(r"(?:" + "|".join(data["report_clause_openers"]) + r")(?!\w)", re.IGNORECASE),
    )


def mentions_mitophagy(text: str) -> bool:
    """Whether a text names mitophagy, autophagy, mitochondria or a protein of the mitophagy machinery."""
    return _classes().mitophagy.search(text) is not None


def _local(record: Record, start: int, end: int) -> tuple[int, int]:
    return start - record.start, end - record.start


def own_target(record: Record) -> bool:
    """Whether the evidence names the record's regulator as the target of the record's own therapy,
    at the record's mentions or at another mention of the same two names in the sentence
    (``D binding to X is ... renders X sensitive to D``)."""
    text = record.evidence
    rs, re_ = _local(record, record.regulator_start, record.regulator_end)
    ts, te = _local(record, record.therapy_start, record.therapy_end)
    if not (0 <= rs < re_ <= len(text) and 0 <= ts < te <= len(text)):
        return False  # a table row or an argument the offsets do not place in the sentence
    if inhibited_with_instrument(text[re_:]):
        return False  # "D activates X, and X knockdown / X inhibition with C sensitizes to D": the study changes X
    regulators = _occurrences(text, text[rs:re_]) or [(rs, re_)]
    therapies = _occurrences(text, text[ts:te]) or [(ts, te)]
    if record.therapy.lower() != text[ts:te].lower():  # a drug anaphor ("its efficacy"): the drug's own name too
        therapies += _occurrences(text, record.therapy)
    return any(_names_target(text, r, t) for r in regulators for t in therapies)


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.IGNORECASE)]


def _names_target(text: str, regulator: tuple[int, int], therapy: tuple[int, int]) -> bool:
    c = _classes()
    rs, re_ = regulator
    ts, te = therapy
    if te <= rs:  # therapy ... regulator
        gap = text[te:rs]
        if c.therapy_then_class_of.match(gap) or c.therapy_then_verb.match(gap) or c.therapy_then_change.match(gap):
            return True
        if c.therapy_then_reported_verb.match(gap) and re.search(r"(?<!\w)(?:but|whereas|while)(?!\w)", gap) is None:
            return True  # "D, a compound ..., which was further shown to target X activity"
        if re.fullmatch(r"\s+on\s+(?:the\s+)?", gap) and c.effect_of.search(text[max(0, ts - 40):ts]):
            return True  # "the inhibitory effect of D on X"
        if re.fullmatch(r"\s*\)\s*(?:(?!and\b|or\b)[\w-]+\s+){0,2}", gap) and (
                c.class_after.match(text[re_:]) or c.class_end.search(text[rs:re_])):
            return True  # "(D) active X inhibitors": the bracketed code is a member of the class
        return bool(c.therapy_then_apposition.match(gap)
                    and (c.class_after.match(text[re_:]) or c.class_end.search(text[rs:re_])))
    if re_ <= ts:  # regulator ... therapy
        gap = text[re_:ts]
        if c.regulator_then_class.match(gap) or c.regulator_then_dose.match(gap):
            return True
        if c.regulator_then_instrument.match(gap):
            changed_after = re.match(r"\s*(?:and\s+[\w-]+\s+)?(?:signal\w*\s+|activity\s+)?(?:inhibition|blockade|activation|suppression|"
                                     r"antagonism|targeting)", gap, re.IGNORECASE)
            return bool(changed_after or c.change_before.search(text[max(0, rs - 40):rs]))
    return False


_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|but|whereas|while|whilst)\b|\bwhereas\b", re.IGNORECASE)


def drug_mechanism(record: Record) -> bool:
    """Whether the sentence says how the record's own therapy works through the regulator: the therapy
    acts on it (``D decreased the amount of phosphorylated X``) or works through it (``D induced apoptosis
    via X activation``, ``D displayed X-dependent cleavage``, ``X activation mediates D-induced apoptosis``),
    at the record's mentions or another mention of the same two names. Called only for sentences that
    state no resistance, sensitivity or mitophagy; a mediator the study changes (``by knockdown of X``,
    ``was attenuated by X``) is a finding."""
    text = record.evidence
    rs, re_ = _local(record, record.regulator_start, record.regulator_end)
    ts, te = _local(record, record.therapy_start, record.therapy_end)
    if not (0 <= rs < re_ <= len(text) and 0 <= ts < te <= len(text)):
        return False
    if inhibited_with_instrument(text[re_:]):
        return False  # "... and that X inhibition with C restores D-induced apoptosis": the study changes X here
    regulators = _occurrences(text, text[rs:re_]) or [(rs, re_)]
    therapies = _occurrences(text, text[ts:te]) or [(ts, te)]
    return any(_works_through(text, r, t) for r in regulators for t in therapies)


def _works_through(text: str, regulator: tuple[int, int], therapy: tuple[int, int]) -> bool:
    c = _classes()
    rs, re_ = regulator
    ts, te = therapy
    if c.manipulation.match(text[re_:].lstrip(" -")) or c.manipulation.search(text[max(0, rs - 30):rs]):
        return False  # "X knockdown", "silencing of X": the study changes X
    if te <= rs:
        gap = text[te:rs]
        if c.therapy_then_mechanism_verb.match(gap):
            return True
        if c.passive.search(gap) is not None or c.manipulation.search(gap) is not None:
            return False
        if c.mediator_suffix.match(text, re_) and re.search(r"[;.]", gap) is None and len(gap) <= 80:
            return True  # "D displayed X-dependent cleavage", "the D-induced X-mediated expression"
        return c.therapy_then_connector.match(gap) is not None
    if re_ <= ts:
        gap = text[re_:ts]
        return bool(c.regulator_then_mediates.match(gap) and c.induced_after.match(text[te:])
                    and c.manipulation.search(gap) is None)
    return False


def _clause(record: Record) -> str:
    """The part of the evidence between the clause breaks around the record's two arguments."""
    text = record.evidence
    spans = [_local(record, record.regulator_start, record.regulator_end),
             _local(record, record.therapy_start, record.therapy_end)]
    if not all(0 <= a < b <= len(text) for a, b in spans):
        return text
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, first)), default=0)
    following = _CLAUSE_BREAK.search(text, last)
    return text[start : following.start() if following else len(text)]


_NAME = r"[A-Za-z]*[A-Z0-9][\w-]*"  # a cell-line-like name: a capital letter or a digit in it
_CELL_LINE_AFTER = re.compile(r"(?:[\s-]\d[\w-]*)?(?:\s*/\s*" + _NAME + r")?(?:\s*,\s*" + _NAME + r")*(?:,?\s+(?:and|or)\s+" + _NAME
                              + r")?\s+(?:cells?|cell lines?|lines?|sublines?)(?![^\W⁰¹²³⁴⁵⁶⁷⁸⁹])")


def names_cell_line(record: Record) -> bool:
    """Whether the regulator is a cell line's name (``AGS and MKN45 cells``, ``HEK/X cells``), not a gene."""
    rs, re_ = _local(record, record.regulator_start, record.regulator_end)
    if not 0 <= rs < re_ <= len(record.evidence) or list(record.regulator_ids) == ["mitophagy"]:
        return False
    if re.sub(r"\s+", " ", record.evidence[rs:re_].strip().lower()) in _cell_line_names():
        return True  # "HEK", "Huh7", "PC3": a cell line the names read as a gene; "TMRM", "EdU": a dye
    return _CELL_LINE_AFTER.match(record.evidence, re_) is not None


@lru_cache(maxsize=1)
def _cell_line_names() -> frozenset[str]:
    data = json.loads((model_path("relations") / "precision.json").read_text(encoding="utf-8"))
    return frozenset(data["cell_line_names"]) | frozenset(data["reagent_names"])


def keep(record: Record, document_text: str, has_mitophagy: bool, has_tumour: bool) -> bool:
    """Whether a sentence record states a finding the spec records (see the module docstring)."""
    c = _classes()
    if c.non_therapy.match(record.therapy_id or "") or names_cell_line(record):
        return False
    if c.list_label.match(record.evidence):
        return False  # "Keywords: mitophagy; PINK1; cisplatin resistance": a list, not prose (rule 8)
    if record.effect == "induces_mitophagy" and c.flux_inhibitor.match(record.therapy_id or ""):
        return False  # "bafilomycin A1 increased BNIP3 levels": accumulation under a blocked lysosome
    if record.effect in AGENT_EFFECTS:
        return not switches_construct(record)  # the rest is judged in filter_records, after the outcome records
    if record.effect not in OUTCOME_EFFECTS:
        return True
    sentence = record.evidence
    if c.methods.match(sentence) and c.finding_verb.search(sentence) is None:
        return False  # what was done, no finding
    if c.assessment.search(sentence) and c.finding_verb.search(sentence) is None:
        return False  # "the effect of X on D sensitivity was assessed by": what was measured (rule 8)
    recommendation = c.target_recommendation.search(sentence)
    if recommendation and not finding_before_recommendation(record, recommendation.start()):
        return False  # spec rule 5: a recommendation (not one conjoined after the finding)
    rs, re_ = _local(record, record.regulator_start, record.regulator_end)
    mirna = any(i.lower().startswith(("hsa-", "mir")) for i in record.regulator_ids)
    if 0 <= rs < re_ <= len(sentence) and not mirna and any(
            c.named_after_protein.match(sentence, end) for name in _regulator_names(record, sentence[rs:re_])
            for _, end in _occurrences(sentence, name)):
        return False  # "the Smac mimetic D", "Topo II poisons D": a drug named after a protein, not the protein
    if regulator_in_a_report_clause(record):
        return False  # "D is cytotoxic, it also suggests that X is recruited": X is not in D's clause
    if physiological_only(sentence):
        return False  # "insulin sensitivity": a physiological trait, not a tumour's response to a therapy
    if wild_type_status(record):
        return False  # "patients with wild-type X tumours benefited from D": a status, no direction
    if host_toxicity(record):
        return False  # "variant carriers were more sensitive to the toxic effects of D": an adverse reaction
    if c.strong.search(sentence) is None and not mentions_mitophagy(sentence):
        if not has_tumour and c.synergy.search(sentence) and c.cell_death.search(sentence) is None:
            return False  # "synergistically induce X mRNA": gene induction, no tumour-cell outcome
        if drug_mechanism(record) and record.rule != COMBINATION_MEANS:
            return False  # how the drug works, not what changes its effect
    sentence_tumour = c.tumour.search(sentence) is not None
    if not has_tumour and c.strong.search(sentence) is None and c.non_tumour_outcome.search(sentence):
        return False  # potency, currents, responses, protection: pharmacology or physiology
    if not sentence_tumour and c.normal.search(_clause(record)) is not None:
        return False
    # the spec's mitophagy route (``D activates X-mediated mitophagy to trigger apoptosis``) keeps X
    mitophagy = list(record.regulator_ids) == ["mitophagy"]
    # "D1 enhances D2 cytotoxicity through X activation": X is D1's means, and the record is D2's (combination_means)
    return mitophagy or mentions_mitophagy(sentence) or record.rule == COMBINATION_MEANS or not own_target(record)


def _regulator_names(record: Record, mention: str) -> list[str]:
    """The regulator as printed, its last word (``inhibitor of X`` -> ``X``) and its ids."""
    words = mention.split()
    return list(dict.fromkeys([mention, *(words[-1:] if len(words) > 1 else []), *record.regulator_ids]))


def regulator_in_a_report_clause(record: Record) -> bool:
    """Whether the therapy sits before a reporting clause (``, it also suggests that``) and the regulator
    only in it, and that clause names no resistance, sensitivity or cell-death word."""
    c = _classes()
    text = record.evidence
    rs, re_ = _local(record, record.regulator_start, record.regulator_end)
    ts, te = _local(record, record.therapy_start, record.therapy_end)
    if not (0 <= rs < re_ <= len(text) and 0 <= ts < te <= len(text)) or te > rs:
        return False
    opener = c.report_clause.search(text, te, rs)
    if opener is None or any(start < opener.start() for start, _ in _occurrences(text, text[rs:re_])):
        return False
    rest = text[opener.end():]
    return c.strong.search(rest) is None and c.cell_death.search(rest) is None


def physiological_only(sentence: str) -> bool:
    """Whether every resistance/sensitivity word of the sentence names a physiological trait
    (``insulin sensitivity``, ``leptin resistance``, ``glucose tolerance``)."""
    c = _classes()
    found = list(c.strong.finditer(sentence))
    return bool(found) and all(c.physiological.search(sentence, max(0, m.start() - 30), m.start()) for m in found)


def switches_construct(record: Record) -> bool:
    """Whether the agent record's drug only switches on a gene-expression system (``doxycycline-induced
    expression of X``, ``X was induced with D in Tet-On cells``, tamoxifen in ``Cre-ERT2`` mice)."""
    c = _classes()
    therapy = record.therapy_id or ""
    if c.inducer_system.search(record.evidence):
        return bool(c.inducer.match(therapy) or c.system_only_inducer.match(therapy))
    if not c.inducer.match(therapy):
        return False
    ts, te = _local(record, record.therapy_start, record.therapy_end)
    if not 0 <= ts < te <= len(record.evidence):
        return False
    return c.inducer_phrase.match(record.evidence, te) is not None


def methods_sections(sections) -> set[int]:
    """Positions of the sections that describe procedures: a methods heading, or a section under one
    (the sections are flat, so a deeper section belongs to the last shallower one before it)."""
    c = _classes()
    found: set[int] = set()
    parents: list[tuple[int, bool]] = []  # (level, is methods) of the open ancestors
    for position, section in enumerate(sections or ()):
        level = getattr(section, "level", 1) or 1
        while parents and parents[-1][0] >= level:
            parents.pop()
        methods = c.methods_heading.match(getattr(section, "title", "") or "") is not None
        methods = methods or any(m for _, m in parents)
        if getattr(section, "kind", "body") != "body":
            methods = False
        if methods:
            found.add(position)
        parents.append((level, methods))
    return found


def filter_records(keyed: Iterable[tuple[tuple, Record]], document_text: str, sections=()) -> list[tuple[tuple, Record]]:
    """The sentence records of one document that state a finding (``keep``), in their order; records in
    a methods section (``sections``: the document's, to find them) state what was done, no finding."""
    keyed = list(keyed)
    if not keyed:
        return keyed
    methods = methods_sections(sections)
    if methods:
        keyed = [(key, r) for key, r in keyed if r.section_position not in methods]
    has_mitophagy = mentions_mitophagy(document_text)
    has_tumour = _classes().tumour.search(document_text) is not None
    kept = [(key, r) for key, r in keyed if keep(r, document_text, has_mitophagy, has_tumour)]
    if has_mitophagy:
        return kept
    machinery = set(machinery_ids())
    with_outcome = {_place(r) for _, r in kept if r.effect in OUTCOME_EFFECTS}
    return [(key, r) for key, r in kept
            if r.effect not in AGENT_EFFECTS
            or list(r.regulator_ids) == ["mitophagy"] or machinery.intersection(r.regulator_ids)
            or _place(r) in with_outcome]


def _place(record: Record) -> tuple:
    return (record.section, record.section_position, record.paragraph, record.sentence)


@lru_cache(maxsize=1)
def machinery_ids() -> tuple[str, ...]:
    """The proteins of the mitophagy machinery (``cues.json``), by their normalized ids."""
    data = json.loads((model_path("relations") / "cues.json").read_text(encoding="utf-8"))
    return tuple(data["mitophagy_machinery"])
