"""In-text citation markers: find them, expand their numbers.

Numbered styles only (Vancouver and its kin): ``(3, 4)``, ``(51–53)``,
``[12-14]``, ``(9)(p1)`` (a pinpoint page), and superscript runs such as
``resistance¹²,¹³`` or ``¹²⁻¹⁴`` (the PDF reader emits superscript numbers as
Unicode superscripts). Written by hand because no maintained library parses
numbered markers in running text with offsets; the grammar is small and is
property-tested in ``tests/test_citations.py``.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.resources import model_path

#: Largest number a marker may carry; beyond it "(2021)" or a grant number is no citation.
DEFAULT_MAX_NUMBER = 999
#: Longest range we expand: "(1–400)" is more likely a page span than a citation.
DEFAULT_MAX_RANGE = 50

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212\\-"  # escaped for use inside [...]
_NUM_ITEM = rf"\d{{1,3}}(?:\s*[{_DASHES}]\s*\d{{1,3}})?"
_NUM_LIST = rf"{_NUM_ITEM}(?:\s*(?:[,;]|,?\s+and)\s*{_NUM_ITEM})*"
# "(ref. 5)", "(refs. 3 and 4)", "(see Refs 3–5)": PNAS and others name the reference
_REF_PREFIX = r"(?:see\s+(?:also\s+)?)?[Rr]efs?\.?\s*"
# ... or words that introduce the numbers: "(reviewed in 3, 4)", "[e.g., 3, 4]", "(for review, see 12)",
# "(12, 13; reviewed in 14)"
_CUE = (r"(?:(?:e\.g\.|i\.e\.|cf\.|see(?:\s+also)?|for\s+(?:a\s+)?reviews?(?:,?\s+see)?|(?:as\s+)?reviewed\s+(?:in|by)"
        r"|summari[sz]ed\s+in)\s*,?\s*)")
_SEGMENT = rf"(?:{_CUE}{{1,2}})?(?:{_REF_PREFIX})?{_NUM_LIST}"
_CUED_LIST = rf"{_SEGMENT}(?:\s*;\s*{_SEGMENT})+|{_CUE}{{1,2}}(?:{_REF_PREFIX})?{_NUM_LIST}"

# Lettered parts of one numbered entry, in square brackets ("[12a]", "[12a,b]", "[3, 12a–c]": parts
# (a)-(c) of entry 12, as chemistry journals number them): the entry is cited, the letters go.
_LETTERED_ITEM = rf"\d{{1,3}}(?:[a-h](?:\s*[,{_DASHES}]\s*[a-h](?![\w]))*)?"
_LETTERED_LIST = rf"(?=[^\]]*\d[a-h]){_LETTERED_ITEM}(?:\s*[,{_DASHES}]\s*{_LETTERED_ITEM})*"
_PART_LETTERS = re.compile(rf"\s*[,{_DASHES}]\s*[a-h](?![\w])|(?<=\d)[a-h]")

# (3, 4)  (51–53)  (9)(p1)  [12-14]; not preceded by a letter or digit ("12(1):58" is a volume).
# Some PDFs' text carries a space inside both brackets ("( 46 )", "[ 3, 4 ]"): the same marker;
# a square bracket's space may stand on one side only ("[12 ]", "[ 12]": the glyph gap of one bracket).
_BRACKETED = re.compile(
    rf"(?<![\w(\[])(?:\((?P<psp> ?)(?P<prefix>{_REF_PREFIX})?(?P<paren>{_NUM_LIST})(?P=psp)\)(?:\s?\(p{{1,2}}\.?\s?\d+(?:[{_DASHES}]\d+)?\))?"
    rf"|\[ ?(?P<sprefix>{_REF_PREFIX})?(?P<square>{_NUM_LIST}) ?\]"
    rf"|\((?P<cued>{_CUED_LIST})\)|\[(?P<scued>{_CUED_LIST})\]|\[ ?(?P<lettered>{_LETTERED_LIST}) ?\])"
)

# "as in ref. 20", "(summarized in ref. 20)", "refs. 3,4 and 7": a number after "ref." cites
# wherever it stands; the bracketed forms above keep their own marker.
_REF_WORD = re.compile(rf"(?<![\w.])(?:[Rr]efs?\.|[Rr]efs?|[Rr]eferences?)\s?(?P<list>{_NUM_LIST})(?!\w|[.,]\d|[{_DASHES}]\d)")
# ... but not a reference sample's amount or plate ("the reference 3 µM", "a reference 12-well plate")
_AMOUNT_AFTER = re.compile(rf"\s?(?:[{_DASHES}][^\W\d_]|[%°µμ×x](?!\w)|([^\W\d_]{{1,4}})(?![\w\-]))")
# IEEE "[1]–[3]": a range written with two brackets
_BRACKET_RANGE = re.compile(rf"\s*[{_DASHES}]\s*")

_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_ASCII = str.maketrans(_SUPERSCRIPT_DIGITS + "⁻", "0123456789-")
_SUP_ITEM = rf"[{_SUPERSCRIPT_DIGITS}]{{1,3}}(?:[⁻{_DASHES}][{_SUPERSCRIPT_DIGITS}]{{1,3}})?"
# A superscript run glued to the word or punctuation it follows (not to a digit: "10⁶" is a power).
# The rest of a raised list: ",¹³", "⁻¹⁴", and the same with the space a line break left
# ("¹²,\n¹³", "¹²⁻\n¹⁴"), unless the spaced item is an isotope's mass ("¹², ¹³C"); or the separator
# opening the next line, raised ("¹³\n⁻¹⁵", "¹⁶\n,¹⁸": pdf/sup_tails.py writes a raised dash as ⁻); or a
# dash drawn on the baseline between raised numbers with space around it ("³ –⁷", "³ – ⁷").
# Items take up to four digits so that a raised date ("January²⁵,²⁰²³") stays one run, out of range.
_SUP_TAIL = (rf"(?:(?:[,⸴]|[,⸴⁻{_DASHES}]\s|\s[,⸴⁻{_DASHES}]\s?)[{_SUPERSCRIPT_DIGITS}]{{1,4}}(?:[⁻{_DASHES}][{_SUPERSCRIPT_DIGITS}]{{1,4}})?"
             rf"(?![^\W\d_]))*[,⸴]?")
# A PDF's glyph runs may leave a space before the raised run ("described previously ⁶⁴.",
# "(version 2.3.2, ⁷⁰)", a list "¹², ¹³" split across runs): after a word or punctuation and one space.
_SUPERSCRIPT = re.compile(rf"(?<![{_SUPERSCRIPT_DIGITS}⁻])(?:(?<=[^\W_])|(?<=[).,;:\]%”’\"])|(?<=[^\W\d_] )|(?<=[).,;:\]] ))(?P<sup>{_SUP_ITEM}{_SUP_TAIL})")


# ... and one right after a tool's version number ("Bowtie 2.0⁵⁸", "MEME Suite 4.12.0⁶³"): a
# number with a period in it is no base of a power, so the raised digits cite
_AFTER_VERSION = re.compile(rf"\b(?P<tool>[^\W\d_][\w\-]*)\s[vV]?\d{{1,3}}(?:\.\d{{1,3}}){{1,3}}(?P<sup>{_SUP_ITEM}(?:[,⸴][{_SUPERSCRIPT_DIGITS}⁻{_DASHES},⸴]*)?)")


@lru_cache(maxsize=1)
def _context_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words after which a raised number is no citation, element symbols, software names)."""
    data = json.loads(model_path("ingest", "superscripts.json").read_text(encoding="utf-8"))
    after = frozenset(data["units"]) | frozenset(data["amino_acids"]) | frozenset(data["software"])
    return after, frozenset(data["elements"]), frozenset(data["software"])


@lru_cache(maxsize=1)
def _amounts() -> frozenset[str]:
    """Units of amount besides ``units`` (``µM``, ``bp``) after which ``reference 3`` is a sample's amount."""
    data = json.loads(model_path("ingest", "superscripts.json").read_text(encoding="utf-8"))
    return frozenset(data.get("amounts", ()))


_WORD_BEFORE = re.compile(r"([^\W\d_][\w\-]*)\s?$")
_SHORT_WORD_BEFORE = re.compile(r"(?<![\w\-])[^\W\d_]{1,4} $")  # "day ", "mL ": a unit's place
_ELEMENT_AFTER = re.compile(r"([A-Z][a-z]?)(?![a-z])")


def superscript_fits(text: str, start: int, end: int) -> bool:
    """Is the raised number at ``text[start:end]`` a citation here?

    Not after a unit (``cm²``, ``Å²``), a residue (``Tyr³⁶⁹``), a software name
    (``Prism⁸``) or a one-letter symbol (``R²``, ``χ²``); not before a charge
    (``Ca²⁺``) or an element symbol (``¹³C``, ``³²P``); not after a digit
    (``10⁵``, excluded by the pattern itself).
    """
    after, elements, software = _context_lists()
    following = text[end : end + 3]
    if following[:1] in "⁺⁻+−" and not following[:1] == "" and not re.match(r"[⁻][⁰¹²³⁴⁵⁶⁷⁸⁹]", following):
        return False
    element = _ELEMENT_AFTER.match(text, end)
    if element and element.group(1) in elements:
        return False
    token = text[max(0, start - 40) : start].split()[-1:] or [""]
    if re.fullmatch(r"[(\[]?(?:\d+(?:[.,]\d+)?)?[×x·]?\d+(?:[.,]\d+)?", token[0]) \
            and not re.fullmatch(r"[(\[]?(?:19|20)\d{2}", token[0]):
        return False  # a power: "10⁵", "×10⁶", "2.5⁴"; not a year ("(Inkscape Project, 2020⁶⁹)")
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if before:
        word = before.group(1)
        if word in after or word.split("-")[-1] in after:
            return False
        if len(word) == 1 and not text[start - 1 : start] in ".,;:)]":
            return False
    # "version 2" printed raised after a software name with a space: "Prism ⁸"
    prev_words = text[max(0, start - 30) : start].split()
    if prev_words and prev_words[-1] in software:
        return False
    return True


@dataclass(frozen=True)
class Marker:
    text: str
    start: int
    end: int
    numbers: tuple[int, ...]
    pair: bool = False  # "(3 and 5)": two numbers joined by "and" alone; cites only what the list holds


@lru_cache(maxsize=1)
def _counted_nouns() -> frozenset[str]:
    """Nouns before ``(1 and 2)`` that make the pair a count (``groups``, ``lanes``), not two citations."""
    data = json.loads(model_path("ingest", "superscripts.json").read_text(encoding="utf-8"))
    return frozenset(data.get("counted_nouns", ()))


_NOUN_BEFORE = re.compile(r"([^\W\d_][\w\-]*)\s*$")


def _pair_fits(text: str, start: int) -> bool:
    """``(3 and 5)`` cites unless it opens the text or follows a counted noun (``the two groups (1 and 2)``)."""
    before = _NOUN_BEFORE.search(text[max(0, start - 40) : start])
    if not text[:start].strip():
        return False
    return before is None or before.group(1).lower() not in _counted_nouns()


def expand_numbers(spec: str, max_range: int = DEFAULT_MAX_RANGE) -> list[int]:
    """``"2, 6, 7"`` -> [2, 6, 7]; ``"51–53"`` -> [51, 52, 53]; order kept, duplicates dropped.

    Returns [] when a range runs backwards or spans more than ``max_range``
    numbers, since such a span is not a citation.
    """
    spec = spec.translate(_SUPER_TO_ASCII)
    numbers: list[int] = []
    for item in re.split(r"\s*(?:,?\s+and\s+|[,;⸴])\s*", spec.strip()):  # "3, 4, and 7": the serial comma
        if not item:
            continue
        parts = re.split(rf"\s*[{_DASHES}⁻]\s*", item)
        if len(parts) == 1:
            values = [int(parts[0])]
        else:
            low, high = int(parts[0]), int(parts[1])
            if high < low or high - low >= max_range:
                return []
            values = list(range(low, high + 1))
        for v in values:
            if v not in numbers:
                numbers.append(v)
    return numbers


def find_markers(text: str, max_number: int = DEFAULT_MAX_NUMBER, superscripts: bool = True, flat=None,
                 pairs: bool = False) -> list[Marker]:
    """Every numbered citation marker in ``text``, with offsets, in order; ``flat``, a
    document's ``flat_citations.FlatStyle``, adds flattened superscripts (``drugs4-6``). With ``pairs``
    (a document whose list the caller checks the numbers against), ``(3 and 5)`` too, marked ``pair``."""
    markers: list[Marker] = list(flat.markers(text)) if flat is not None else []
    for match in _BRACKETED.finditer(text):
        spec = match.group("paren") or match.group("square")
        if match.group("lettered"):
            spec = _PART_LETTERS.sub("", match.group("lettered"))
        cued = match.group("cued") or match.group("scued")
        if cued:
            spec = re.sub(rf"{_CUE}|{_REF_PREFIX}", " ", cued).strip(" ;,")
            if not re.fullmatch(rf"{_NUM_LIST}(?:\s*;\s*{_NUM_LIST})*", spec):
                continue
        pair = False
        if not cued and re.search(r"\band\b", spec) and not (match.group("prefix") or match.group("sprefix")) \
                and not re.search(rf"[,;{_DASHES}]", spec):
            # "(1 and 2)" alone may be two panels or groups; "(3, 4 and 7)" cites. A pair in square
            # brackets ("[3 and 5]") or, where the list is known, after no counted noun, cites too
            if match.group("paren") and not (pairs and _pair_fits(text, match.start())):
                continue
            pair = True
        numbers = expand_numbers(spec)
        if numbers and all(0 < n <= max_number for n in numbers):
            markers.append(Marker(match.group(0), match.start(), match.end(), tuple(numbers), pair))
    markers = _join_bracket_ranges(text, markers)
    covered = [(m.start, m.end) for m in markers]
    for match in _REF_WORD.finditer(text):
        if any(s <= match.start() < e for s, e in covered):
            continue
        amount = _AMOUNT_AFTER.match(text, match.end())
        if amount and (amount.group(1) is None or amount.group(1) in _context_lists()[0] or amount.group(1) in _amounts()):
            continue
        numbers = expand_numbers(match.group("list"))
        if numbers and all(0 < n <= max_number for n in numbers):
            markers.append(Marker(match.group(0), match.start(), match.end(), tuple(numbers)))
    if superscripts:
        for match in _SUPERSCRIPT.finditer(text):
            raw = match.group("sup").rstrip(",⸴" + _DASHES + "⁻")
            numbers = expand_numbers(raw)
            if not superscript_fits(text, match.start(), match.start() + len(raw)):
                continue
            if text[match.start() - 1 : match.start()] == " " and (
                    (raw in ("¹", "²", "³") and _SHORT_WORD_BEFORE.search(text, 0, match.start()))
                    or re.match(r"\w", text[match.start() + len(raw) : match.start() + len(raw) + 1])):
                continue  # spaced: not a small power after a unit ("day ¹)": a lost minus) nor a label ("²Shenzhen")
            if numbers and all(0 < n <= max_number for n in numbers):
                markers.append(Marker(raw, match.start(), match.start() + len(raw), tuple(numbers)))
        starts = {m.start for m in markers}
        for match in _AFTER_VERSION.finditer(text):
            # a tool is named with a capital ("Bowtie", "MACS", "pClamp"); "a 2.5² fold" is a square
            if match.start("sup") in starts or match.group("tool").islower():
                continue
            raw = match.group("sup").rstrip(",⸴" + _DASHES + "⁻")
            numbers = expand_numbers(raw)
            if numbers and all(0 < n <= max_number for n in numbers):
                markers.append(Marker(raw, match.start("sup"), match.start("sup") + len(raw), tuple(numbers)))
    markers.sort(key=lambda m: m.start)
    return _drop_enumerations(text, markers)


# Cell's key resources table prints "Langmead et al.⁷⁰"; table readers often lose the raise and
# give "Langmead et al. 70": in a cell, numbers right after "et al." cite.
_CELL_ET_AL = re.compile(rf"\bet\s+al\.?,?\s?(?P<list>{_NUM_LIST})\s*$")


@lru_cache(maxsize=1)
def _reference_columns() -> frozenset[str]:
    """Column headers that name the references a row cites (``Ref.``, ``References``)."""
    data = json.loads(model_path("ingest", "superscripts.json").read_text(encoding="utf-8"))
    return frozenset(data.get("reference_columns", ()))


def is_reference_column(header: str) -> bool:
    return header.strip().lower() in _reference_columns()


_BARE_CELL = re.compile(rf"\s*(?P<list>{_NUM_LIST})\s*")


def find_cell_markers(cell: str, max_number: int = DEFAULT_MAX_NUMBER, reference_column: bool = False) -> list[Marker]:
    """A table cell's markers: those of running text, a cell that ends in "et al. 70", or, under a
    column headed ``Ref.`` / ``References`` (``reference_column``), a cell that is only numbers
    (``12``, ``3, 4``, ``5–7``: the table's own way of citing)."""
    markers = find_markers(cell, max_number=max_number)
    if not markers and reference_column and (bare := _BARE_CELL.fullmatch(cell)):
        numbers = expand_numbers(bare.group("list"))
        if numbers and all(0 < n <= max_number for n in numbers):
            return [Marker(bare.group("list"), bare.start("list"), bare.end("list"), tuple(numbers))]
    if not markers:
        match = _CELL_ET_AL.search(cell)
        numbers = expand_numbers(match.group("list")) if match else []
        if numbers and all(0 < n <= max_number for n in numbers):
            start = match.start("list")
            markers = [Marker(match.group("list"), start, match.end("list"), tuple(numbers))]
    return markers


def _join_bracket_ranges(text: str, markers: list[Marker]) -> list[Marker]:
    """``[1]–[3]`` (IEEE) is one marker citing 1, 2 and 3."""
    out: list[Marker] = []
    for m in sorted(markers, key=lambda k: k.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.text.startswith("[") and m.text.startswith("[") and len(prev.numbers) == 1
                and len(m.numbers) == 1 and _BRACKET_RANGE.fullmatch(text, prev.end, m.start)
                and 0 < m.numbers[0] - prev.numbers[0] < DEFAULT_MAX_RANGE):
            out[-1] = Marker(text[prev.start : m.end], prev.start, m.end,
                             tuple(range(prev.numbers[0], m.numbers[0] + 1)))
            continue
        out.append(m)
    return out


# Before an enumeration item "(2)": start, ":", ";", ",", or a word that introduces a list.
_ITEM_BEFORE = re.compile(r"(?:^|[:;,.]|\b(?:and|or|then|were|are|is|was|include|includes|including|namely|whether|to|that|both|either|by|of))\s*$", re.I)
_ITEM_AFTER = re.compile(r"\s+[^\W\d_]")


def _is_item(text: str, m: Marker) -> bool:
    """An item marker introduces words; from (2) on it also follows a list cue ("(1) x, (2) y")."""
    return (re.fullmatch(r"\( ?\d{1,2} ?\)", m.text) is not None
            and (m.numbers == (1,) or _ITEM_BEFORE.search(text[max(0, m.start - 30) : m.start]) is not None)
            and _ITEM_AFTER.match(text, m.end) is not None)


def _drop_enumerations(text: str, markers: list[Marker]) -> list[Marker]:
    """``we asked (1) whether ..., (2) how ...``: a run (1), (2), ... of items that each
    introduce words after a list cue is an enumeration, not citations; so is a run counting up from
    ``(1)`` inside one sentence (``_sentence_runs``)."""
    items = [m for m in markers if _is_item(text, m)]
    run: set[int] = set()
    expected = 1
    for m in items:
        if m.numbers == (expected,):
            run.add(m.start)
            expected += 1
    if expected <= 2:  # a lone "(1)" is kept: it may be a citation
        run = set()
    run |= _sentence_runs(text, markers)
    if not run:
        return markers
    return [m for m in markers if m.start not in run]


# a one-digit item that introduces a word or an amount, with or without a space ("(1) 50 mM", "(1)PINK1")
_DIGIT_ITEM = re.compile(r"\( ?\d ?\)")
_ITEM_INTRODUCES = re.compile(r"\s?[^\W_]")
# ... but not a conjunction: "Mitophagy (1) and pexophagy (2) remove ..." cites
_CONJUNCTION_AFTER = re.compile(r"\s?(?:and|or|but|nor|as well as)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z(\[])")
_MIN_UNCUED_RUN = 3  # a run (1) (2) (3) in one sentence needs no list cue; a run of two needs one before (1)


def _sentence_runs(text: str, markers: list[Marker]) -> set[int]:
    """Starts of the markers of enumerations inside one sentence: one-digit items ``(1)``, ``(2)``, ...
    counting up from 1, each introducing a word or an amount (not a conjunction), three or more, or two
    when ``(1)`` follows a list cue or opens the sentence (``were: (1) the receptor binds LC3 (2) the
    kinase ...``). A citation ``(1)`` closing a clause (``tumours (1), and ...``) introduces nothing."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    out: set[int] = set()
    by_sentence: dict[int, list[Marker]] = {}
    for m in markers:
        if not _DIGIT_ITEM.fullmatch(m.text) or not _ITEM_INTRODUCES.match(text, m.end) \
                or _CONJUNCTION_AFTER.match(text, m.end):
            continue
        by_sentence.setdefault(bisect.bisect_right(ends, m.start), []).append(m)
    for k, items in by_sentence.items():
        run, expected = [], 1
        for m in items:
            if m.numbers == (expected,):
                run.append(m)
                expected += 1
        if len(run) >= _MIN_UNCUED_RUN:
            out.update(m.start for m in run)
        elif len(run) == 2:
            start = ends[k - 1] if k else 0
            before = text[start : run[0].start]
            if not before.strip() or _ITEM_BEFORE.search(before[-30:]):
                out.update(m.start for m in run)
    return out
