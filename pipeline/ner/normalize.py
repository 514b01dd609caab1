"""From candidate matches to final entities with ids.

Steps, each a pure function over plain tuples:
1. ``select_spans``: longest match wins, then source rank (curated > miRNA
   regex > lexicon > compound-code regex); no overlaps.
2. ``apply_abbreviations``: a short form defined in the text takes its long
   form's label and id everywhere (``TME``, ``PINK1``); a gene reading of a
   short form whose long form is not a gene is dropped when it is ambiguous
   or only an alias (``ER`` defined as endoplasmic reticulum); a short
   disease acronym (<= 3 letters) counts only where the paper defines it.
3. ``relabel_class_names`` / ``gene_classes``: named drug classes
   (``PARP inhibitors``, ``HIF1α inhibitors``) are THERAPY with the lower-cased
   text as id; the gene-headed ones overlap their gene and are kept apart.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache

GENE = "GENE_OR_PROTEIN"
CLASS_HEADS = frozenset({"inhibitor", "inhibitors", "antagonist", "antagonists", "agonist", "agonists",
                         "blocker", "blockers", "activator", "activators", "degrader", "degraders"})
# Heads of gene-headed classes (``doc.spans["drug_classes"]``): the vocabulary class heads plus
# the activating ones a gene or miRNA takes (``PINK1 inducers``), which name no vocabulary entry.
# ``EGFR TKIs``, ``ALK-TKIs``: tyrosine kinase inhibitors named by their target's gene.
GENE_CLASS_HEADS = CLASS_HEADS | frozenset({"inducer", "inducers", "enhancer", "enhancers", "tki", "tkis"})
# Source ranks for equally long spans: curated lists, then gene symbols (a one-token
# "Beclin1" is BECN1 before it is a drug-dictionary peptide), then vocabulary names.
_RANK = {"curated": 0, "regex-mirna": 1, "famplex": 2, "hgnc": 2, "hgnc-previous": 3, "abbreviation": 3,
         "hgnc-alias": 4, "statistical": 5, "regex-code": 6, "regex-inn": 7, "regex-ncrna": 1,
         "gene-shape": 8}
DEFAULT_RANK = 3
_WEAK_GENE_SOURCES = frozenset({"hgnc-alias", "hgnc-previous", "gene-shape"})
_LONG_FORM_GENE_WORDS = frozenset({"kinase", "protein", "factor", "receptor", "ligase", "gene", "homolog",
                                   "subunit", "domain", "containing", "interacting", "associated", "phosphatase"})


@dataclass(frozen=True)
class Candidate:
    start: int  # token indices, end exclusive
    end: int
    label: str
    id: str
    src: str
    flagged: bool = False

    @property
    def rank(self) -> int:
        return _RANK.get(self.src, DEFAULT_RANK) + (1 if self.flagged else 0)


def select_spans(cands: list[Candidate]) -> list[Candidate]:
    """Greedy non-overlapping choice: longer first, then better rank, then earlier."""
    taken: list[Candidate] = []
    used: set[int] = set()
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.rank, c.start, c.label, c.id)):
        span = range(c.start, c.end)
        if any(i in used for i in span):
            continue
        used.update(span)
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)


@dataclass(frozen=True)
class Abbreviation:
    short_start: int
    short_end: int
    long_start: int
    long_end: int
    long_lowers: tuple[str, ...]
    drug: bool = False  # defined by ``drug_short_forms``: the drug name wins over a gene reading of the short form


_DRUG_SHORT_FORM = re.compile(r"^[A-Z][A-Za-z0-9-]{1,7}$")


def drug_short_forms(ents: list[Candidate], texts: list[str], known: set[str]) -> list[Abbreviation]:
    """``cyclophosphamide (CTX)``, ``cisplatin (DDP)``: a drug name with a short form in brackets right
    after it defines that form, also when its letters do not spell the name (so the
    letter-matching detector, scispacy's, finds no definition). Every occurrence of the
    short form then reads as the drug (``apply_abbreviations``), before any gene reading."""
    out: list[Abbreviation] = []
    defined: dict[str, Candidate] = {}
    for e in ents:
        i = e.end
        if e.label != "CHEMICAL" or i + 2 >= len(texts) or texts[i] != "(" or texts[i + 2] != ")":
            continue
        short = texts[i + 1]
        if _DRUG_SHORT_FORM.match(short) and short not in known and short not in defined:
            defined[short] = e
    if not defined:
        return out
    for k, text in enumerate(texts):
        e = defined.get(text)
        if e is not None:
            out.append(Abbreviation(k, k + 1, e.start, e.end, tuple(t.lower() for t in texts[e.start:e.end]), True))
    return out


_CODE_SHAPE = re.compile(r"^[A-Z]{1,5}[- ]?\d{2,7}[A-Za-z]?$")


def code_names(ents: list[Candidate], texts: list[str]) -> list[Candidate]:
    """``AC220 (quizartinib)``, ``ABT-199 (venetoclax)``: a development code with the drug's name in
    brackets right after it is that drug; every occurrence of the code takes the drug's id."""
    named: dict[str, str] = {}
    for k, e in enumerate(ents):
        if e.label != "CHEMICAL" or e.end - e.start != 1 or not _CODE_SHAPE.match(texts[e.start]):
            continue
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (nxt is None or nxt.label != "CHEMICAL" or nxt.start != e.end + 1 or texts[e.end] != "("
                or nxt.end >= len(texts) or texts[nxt.end] != ")" or nxt.id == e.id
                or _CODE_SHAPE.match(texts[nxt.start]) or nxt.src.startswith("regex")):
            continue
        named.setdefault(texts[e.start], nxt.id)
    if not named:
        return ents
    return [replace(e, id=named[texts[e.start]]) if e.label == "CHEMICAL" and e.end - e.start == 1
            and texts[e.start] in named else e for e in ents]


def apply_abbreviations(
    ents: list[Candidate], abbrs: list[Abbreviation], tentative: list[Candidate] = ()
) -> list[Candidate]:
    """Give every short-form occurrence the reading of its long form (see module doc).

    ``tentative`` holds gene readings the context rules turned down ("ATM" with no gene
    word nearby); one counts where the paper defines it with a gene-like long form
    ("ataxia telangiectasia mutated kinase (ATM)").
    """
    if not abbrs:
        return [e for e in ents if not (e.label in ("CANCER", "DISEASE") and e.flagged)]
    by_span = {(e.start, e.end): e for e in ents}
    # the entity that covers the long form (or its last tokens: "the PTEN-induced kinase 1")
    readings: dict[tuple[int, int], Candidate | None] = {}
    for a in abbrs:
        best = None
        for e in ents:
            if e.end == a.long_end and e.start >= a.long_start and (e.end - e.start) * 2 >= (a.long_end - a.long_start):
                best = e
                break
        readings[(a.long_start, a.long_end)] = best
    # A certain gene reading of a defined short form ("AMPK" -> FamPlex) beats another label on
    # its long form (MeSH files "AMP-activated protein kinases" as a chemical): the long form
    # then takes the gene reading instead.
    for a in abbrs:
        short = by_span.get((a.short_start, a.short_end))
        long_reading = readings[(a.long_start, a.long_end)]
        if short is None or short.label != GENE or short.flagged or a.drug or short.src == "gene-shape":
            continue
        gene_words = bool(_LONG_FORM_GENE_WORDS & set(a.long_lowers))
        # "sirolimus (SRL)", "lamotrigine (LTG)": a one-word drug name (or a drug defining a gene alias)
        # keeps its drug reading, and the short form follows it; "interleukin-6 (IL-6)" stays the gene
        drug_kept = (long_reading is not None and long_reading.label == "CHEMICAL" and not gene_words
                     and ((len(a.long_lowers) == 1 and a.long_lowers[0].isalpha()) or short.src in _WEAK_GENE_SOURCES))
        # "neoadjuvant chemotherapy (NACT)": a long form read as a therapy (a modality, a class) names a treatment,
        # so the short form follows it, not the gene alias it spells (NaCT)
        drug_kept = drug_kept or (long_reading is not None and long_reading.label == "THERAPY" and not gene_words)
        # "O6-methylguanine-DNA methyltransferase (MGMT)": a gene reading over the long form's last words only
        # (a family noun, "methyltransferase") is less than the defined name; the short form's own gene wins
        partial_family = (long_reading is not None and long_reading.label == GENE and long_reading.id != short.id
                          and long_reading.start > a.long_start and short.src not in _WEAK_GENE_SOURCES)
        if partial_family:
            readings[(a.long_start, a.long_end)] = replace(short, start=a.long_start, end=a.long_end)
            by_span.pop((long_reading.start, long_reading.end), None)
            by_span[(a.long_start, a.long_end)] = readings[(a.long_start, a.long_end)]
        elif long_reading is not None and long_reading.label != GENE and not drug_kept:
            readings[(a.long_start, a.long_end)] = replace(short, start=a.long_start, end=a.long_end)
            by_span.pop((long_reading.start, long_reading.end), None)
            by_span[(a.long_start, a.long_end)] = readings[(a.long_start, a.long_end)]
        elif long_reading is None and gene_words and a.long_end - a.long_start > 1:
            # "Fms-like tyrosine kinase 3 (FLT3)": a gene's full name no lexicon lists is that gene,
            # not the genes or chemicals its words spell ("Fms" is an alias of CSF1R); a disease
            # inside ("von Hippel-Lindau tumor suppressor protein") stays, the long form then too
            inside = [k for k in by_span if k[0] < a.long_end and a.long_start < k[1]]
            if any(by_span[k].label in ("CANCER", "DISEASE") or k[0] < a.long_start or k[1] > a.long_end
                   for k in inside):
                continue
            for k in inside:
                del by_span[k]
            readings[(a.long_start, a.long_end)] = replace(short, start=a.long_start, end=a.long_end)
            by_span[(a.long_start, a.long_end)] = readings[(a.long_start, a.long_end)]
    out = {k: v for k, v in by_span.items()}
    pending = {(c.start, c.end): c for c in tentative}
    defined = {(a.short_start, a.short_end) for a in abbrs}
    for key in [k for k, v in out.items() if v.label in ("CANCER", "DISEASE") and v.flagged and k not in defined]:
        del out[key]  # "TAM", "PD": a short disease acronym counts only where the paper defines it
    for a in abbrs:
        long_reading = readings[(a.long_start, a.long_end)]
        key = (a.short_start, a.short_end)
        current = out.get(key)
        if long_reading is not None:
            if current is None or current.label != long_reading.label or current.id != long_reading.id:
                # drop any entity overlapping the short form, then place the long form's reading
                for k in [k for k in out if k[0] < a.short_end and a.short_start < k[1]]:
                    del out[k]
                out[key] = replace(long_reading, start=a.short_start, end=a.short_end, src="abbreviation")
        elif current is not None and current.label == GENE and (current.flagged or current.src in _WEAK_GENE_SOURCES):
            if not (_LONG_FORM_GENE_WORDS & set(a.long_lowers)):
                del out[key]  # "X-linked hypophosphatemia (XLH)": the alias of PHEX is not meant
        elif current is None and key in pending and _LONG_FORM_GENE_WORDS & set(a.long_lowers):
            if not any(k[0] < a.short_end and a.short_start < k[1] for k in out):
                out[key] = pending[key]
    return sorted(out.values(), key=lambda c: c.start)


@lru_cache(maxsize=1)
def _organisms() -> tuple[frozenset[str], tuple[str, ...]]:
    from pipeline.resources import model_path

    raw = json.loads(model_path("lexicons", "curated", "organisms.json").read_text(encoding="utf-8"))
    return frozenset(raw["genera"]), tuple(raw["genus_suffixes"])


def drop_organisms(cands: list[Candidate], texts: list[str]) -> list[Candidate]:
    """``Saccharomyces cerevisiae``, ``Lactobacillus casei``: the drug dictionary lists organisms
    (probiotics, extracts) as chemicals. A CHEMICAL of two or more words whose first word is a genus
    (``curated/organisms.json``) and whose second is written in lower case is no entity."""
    genera, suffixes = _organisms()
    out = []
    for c in cands:
        if c.label == "CHEMICAL" and c.end - c.start >= 2:
            genus, epithet = texts[c.start].lower(), texts[c.start + 1]
            if (genus in genera or genus.endswith(suffixes)) and epithet.isalpha() and epithet.islower():
                continue
        out.append(c)
    return out


def relabel_class_names(ents: list[Candidate], lowers: list[str], span_text) -> list[Candidate]:
    """A vocabulary name for a drug class (``PARP inhibitors`` is a MeSH entry term) is a THERAPY.

    Its id is the lower-cased text as written (spec/relations.md). ``span_text(start, end)``
    gives the text of a token range.
    """
    return [
        replace(e, label="THERAPY", id=span_text(e.start, e.end).lower(), src="drug-class")
        if e.label == "CHEMICAL" and lowers[e.end - 1] in CLASS_HEADS else e
        for e in ents
    ]


@lru_cache(maxsize=1)
def _class_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from pipeline.resources import model_path

    raw = json.loads(model_path("lexicons", "curated", "drug_class_words.json").read_text(encoding="utf-8"))
    return frozenset(raw["class_chemicals"]), frozenset(raw["class_nouns"]), frozenset(raw["based_heads"])


@lru_cache(maxsize=1)
def _regimen_joiners() -> frozenset[str]:
    from pipeline.resources import model_path

    raw = json.loads(model_path("lexicons", "curated", "drug_class_words.json").read_text(encoding="utf-8"))
    return frozenset(raw["regimen_joiners"])


MAX_REGIMEN_GAP = 3  # joining tokens between two drugs of a regimen ("combined with", ", and")


def _letters_in_order(short: str, name: str) -> bool:
    """Whether the letters of ``short`` occur in order in ``name`` (``PTZ`` in pentetrazol: its own short form)."""
    rest = iter(name.lower())
    return all(ch in rest for ch in short.lower() if ch.isalpha())


def regimen_short_forms(ents: list[Candidate], texts: list[str]) -> tuple[list[Candidate], set[int]]:
    """``gemcitabine plus cisplatin (GC)``: a short form in brackets right after two or more drugs
    joined by ``plus``/``and``/``with``/``+`` names that regimen, when it starts with the first
    drug's letter and is no short form of the last drug alone (``..., pentetrazol (PTZ)``).

    Returns a THERAPY span per occurrence of the short form (the definition's too), id the
    members' ids joined by `` + `` in their order, and the token positions of those
    occurrences (a gene reading there is not meant: ``GC`` is also a gene symbol).
    The regimen spans go to ``doc.spans["regimens"]``, not ``doc.ents``: which member a finding
    concerns is the relation rules' call.
    """
    joiners = _regimen_joiners()
    chems = [e for e in ents if e.label == "CHEMICAL"]
    defined: dict[str, tuple[str, ...]] = {}
    for k, e in enumerate(chems):
        i = e.end
        if i + 2 >= len(texts) or texts[i] != "(" or texts[i + 2] != ")" or not _DRUG_SHORT_FORM.match(texts[i + 1]):
            continue
        members = [e]
        j = k
        while j > 0:
            prev = chems[j - 1]
            gap = texts[prev.end : members[0].start]
            if not gap or len(gap) > MAX_REGIMEN_GAP or not all(t.lower() in joiners for t in gap):
                break
            members.insert(0, prev)
            j -= 1
        short = texts[i + 1]
        if (len(members) >= 2 and short not in defined and short[0].lower() == texts[members[0].start][0].lower()
                and not _letters_in_order(short, " ".join(texts[e.start : e.end]))):
            defined[short] = tuple(dict.fromkeys(m.id for m in members))
    spans: list[Candidate] = []
    positions: set[int] = set()
    for k, text in enumerate(texts):
        ids = defined.get(text)
        if ids is not None:
            spans.append(Candidate(k, k + 1, "THERAPY", " + ".join(ids), "regimen"))
            positions.add(k)
    return spans, positions


def merge_class_phrases(ents: list[Candidate], lowers: list[str], span_text) -> list[Candidate]:
    """Drug classes named by a class chemical (``curated/drug_class_words.json``).

    ``platinum agents``, ``taxane derivatives`` -> one THERAPY, the lower-cased text as id
    (a named drug class, spec/relations.md); ``platinum-based chemotherapy`` -> the
    modality the phrase ends in (the class only says which chemotherapy).
    """
    chemicals, nouns, based = _class_words()
    by_start = {e.start: e for e in ents}
    drop: set[int] = set()
    out: list[Candidate] = []
    for e in ents:
        if e.start in drop:
            continue
        text = span_text(e.start, e.end).lower()
        if e.label != "CHEMICAL" or not (e.id.lower() in chemicals or text in chemicals):
            out.append(e)
            continue
        k = e.end
        if k < len(lowers) and lowers[k] in nouns and k not in by_start:
            out.append(Candidate(e.start, k + 1, "THERAPY", span_text(e.start, k + 1).lower(), "drug-class"))
            continue
        head = by_start.get(k + 2)
        if (k + 2 < len(lowers) and lowers[k] in ("-", "–") and lowers[k + 1] == "based" and head is not None
                and head.label == "THERAPY" and lowers[head.end - 1] in based):
            out.append(Candidate(e.start, head.end, "THERAPY", head.id, "drug-class"))
            drop.add(head.start)
            continue
        out.append(e)
    return out


def gene_classes(ents: list[Candidate], lowers: list[str], span_text) -> list[Candidate]:
    """``<gene, family or miRNA> inhibitor(s)`` -> a THERAPY span over both words, id the lower-cased text.

    These overlap the gene entity, which stays in ``doc.ents`` (it is the regulator
    in ``DRP1 inhibitors sensitize ...``); the classes go to ``doc.spans``. A class
    followed by a named drug in apposition (``the mTOR inhibitor rapamycin``) only
    describes that drug and is skipped.
    """
    starts = {e.start: e for e in ents}
    out = []
    for e in ents:
        head = e.end
        hyphen = head + 1 < len(lowers) and lowers[head] in ("-", "–") and lowers[head + 1] in GENE_CLASS_HEADS
        if hyphen:  # "HDAC-inhibitors" (the tokenizer splits the hyphen off): the class of "HDAC inhibitors"
            head += 1
        if e.label not in (GENE, "MIRNA") or head >= len(lowers) or lowers[head] not in GENE_CLASS_HEADS:
            continue
        follower = head + 1
        if follower < len(lowers) and lowers[follower] == ",":
            follower += 1
        nxt = starts.get(follower)
        if nxt is not None and nxt.label in ("CHEMICAL", "THERAPY"):
            continue
        text = span_text(e.start, e.end) + " " + lowers[head] if hyphen else span_text(e.start, head + 1)
        out.append(Candidate(e.start, head + 1, "THERAPY", text.lower(), "drug-class"))
    return out
