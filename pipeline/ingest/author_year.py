"""Author-year citation markers and their link to the reference list.

Finds ``(Smith et al., 2019)``, ``(Smith and Lee, 2020)``, ``(Smith, 2019a;
Lee et al., 2020)``, ``(see Smith 2019, 2020)``, ``[Smith 2019]`` and the
narrative ``Smith and Lee (2020)``, ``Smith et al. (2019a, b)``; each cited
work (surname(s), year, letter) is linked to the entry whose first author's
surname and year agree (``2019a``/``2019b`` by the letter the list prints, else
by the number of authors). Hand-written: no maintained library finds
author-year markers with offsets and resolves them against a parsed list.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.document import Reference
from pipeline.ingest import not_out
from pipeline.resources import models_dir

# capitals of Latin-1 and Latin Extended-A/B ("Łukasik", "Šimić", "Đorđević"); ``re`` has no \p{Lu}
_CAPS = "A-Z\u00C0-\u00D6\u00D8-\u00DE" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
# particles, also capitalised at a sentence's start ("Van der Berg et al. (2019)")
_PARTICLE = (r"(?:(?:van|von|de|der|den|da|di|du|la|le|del|della|dos|des|ten|ter|St\.?|Mc|O'"
             r"|Van|Von|De|Der|Den|Da|Di|Du|La|Le|Del|Della|Dos|Des|Ten|Ter)\s+)")
# up to four capitalised words: "Smith", "Ó Súilleabháin", a group author "World Health Organization",
# which may join its words by "of", "for", "on", "the" ("International Agency for Research on Cancer")
_SURNAME = (rf"{_PARTICLE}*[{_CAPS}][\w'’\-]*"
            rf"(?:\s+(?:(?:of|for|on|the)\s+)?[{_CAPS}][a-z\u00DF-\u00FF\u0100-\u024F][\w'’\-]*){{0,5}}")
# a year, or a work not yet out: "in press", "submitted", ... (not_out.py), "n.d." (no date, APA)
_YEAR = rf"(?:19|20)\d{{2}}[a-z]?|{not_out.LOWER}|n\.\s?d\."
# "2019a, b"; not the "p" of a pinpoint page ("2019, p. 45")
_YEARS = rf"(?:{_YEAR})(?:[\u2013\-][a-z]\b)?(?:\s*,\s*(?:(?:{_YEAR})|[a-z])(?![\w.]))*"
# "et al." also after a comma ("Polle, et al., 2017"); "Smith and colleagues" is "Smith et al."
_ET_AL = r"(?:\s*,)?\s+(?:et\s+al\.?|(?:and|&)\s+(?:colleagues|coworkers|co-workers))"
# Initials printed after a cited surname ("(Zhang Y et al., 2019)", "Li Y and Chen Z, 2021")
_INITIALS_AFTER = r"(?:\s+[A-Z]{1,2}\.?(?=\s+et\s+al|\s*,|\s+(?:and|&)\s|\s+\(?(?:19|20)\d{2}))?"
_SNAME = rf"{_SURNAME}{_INITIALS_AFTER}"
_NAMES = (
    rf"(?P<names>{_SNAME}(?:{_ET_AL}|(?:\s*,\s*{_SNAME})*\s*(?:,\s*)?(?:and|&)\s+{_SNAME})?)"
)
# One cited work inside brackets: "Smith et al., 2019a", "Smith and Lee 2020", "WHO, 2021".
# The comma before the year may have no space after it ("Chammas et al.,1994").
# A group author may give its acronym in brackets before the year ("World Health Organization [WHO],
# 2020", APA's first mention): the acronym is no part of the name the list prints.
_ACRONYM_AFTER = r"(?:\s+\[[A-Z][A-Za-z&\-]{1,9}\])?"
_ITEM = re.compile(rf"{_NAMES}{_ACRONYM_AFTER}(?:\s*,\s*|\s+)(?P<years>{_YEARS})")
# Narrative: "Smith et al. (2019)", "Smith and Lee [2020a, b]", "Smith & Lee, (2013)".
# ... and a possessive: "Smith et al.'s (2019) screen", "Smith's (2019)", with up to two lower-case
# words before the year ("Smith's work (2018)", "Lee et al.'s recent screen (2020)").
_NARRATIVE = re.compile(rf"(?<![\w(])(?P<names>{_SNAME}(?:{_ET_AL}|(?:\s*,\s*{_SNAME})*\s*,?\s+(?:and|&)\s+{_SNAME})?)(?:['’]s(?:\s+[a-z][a-z\-]+){{0,2}})?(?:\s+|,\s*)[(\[](?P<years>{_YEARS})[)\]]")
_YEARS_ONLY = re.compile(rf"\s*(?P<years>{_YEARS})\s*")
_BRACKET = re.compile(r"\(([^()]{4,400})\)|\[([^\[\]]{4,400})\]")


@dataclass
class Work:
    surnames: tuple[str, ...]  # as printed: ("Smith",) or ("Smith", "Lee")
    et_al: bool
    year: str  # "2019" or "in press"
    letter: str  # "a" of "2019a", "" when none
    start: int
    end: int


@dataclass
class AuthorYearMarker:
    text: str
    start: int
    end: int
    works: list[Work] = field(default_factory=list)
    bare: bool = False  # no brackets: a table cell's "Smith, 2019; Lee et al., 2020"


def _works(names: str, years: str, start: int, end: int) -> list[Work]:
    et_al = bool(re.search(r"\bet\s+al\b|\s(?:and|&)\s+(?:colleagues|coworkers|co-workers)$", names))
    names = re.sub(rf"{_ET_AL}", "", names)
    names = re.sub(r"['’]s$", "", names)
    # "(Zhang Y et al., 2019)": initials after a cited surname are no part of it
    names = re.sub(r"(?<=[a-z\u00DF-\u00FF])\s+[A-Z]{1,2}\.?(?=\s*(?:,|$|\s(?:and|&)\s))", "", names)
    surnames = tuple(s.strip() for s in re.split(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", names) if s.strip())
    out, year = [], ""
    for item in re.split(r"\s*,\s*", years):
        m = re.fullmatch(r"((?:19|20)\d{2})([a-z]?)(?:[\u2013\-]([a-z]))?", item)
        if m and m.group(3) and m.group(2) and m.group(2) < m.group(3):
            # "2019a–c": the letters a to c
            year = m.group(1)
            for code in range(ord(m.group(2)), ord(m.group(3)) + 1):
                out.append(Work(surnames, et_al, year, chr(code), start, end))
        elif m:
            year = m.group(1)
            out.append(Work(surnames, et_al, year, m.group(2), start, end))
        elif re.fullmatch(r"[a-z]", item) and year:
            out.append(Work(surnames, et_al, year, item, start, end))
        elif item in not_out.WORDS or re.fullmatch(r"n\.\s?d\.", item):
            out.append(Work(surnames, et_al, item if item[0] != "n" else "n.d.", "", start, end))
    return out


def find_author_year(text: str, bare: bool = False) -> list[AuthorYearMarker]:
    """Every author-year marker of ``text``, in order, with the works it cites. With ``bare``
    (a table cell, where lists print ``Milev, 1994, 1997; Grumet, 1994`` with no brackets),
    items outside brackets count too, marked ``bare``: the caller keeps only those that link."""
    markers: list[AuthorYearMarker] = []
    taken: list[tuple[int, int]] = []
    for m in _BRACKET.finditer(text):
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        offset = m.start() + 1
        works: list[Work] = []
        names = ""
        for part in re.finditer(r"[^;]+", inner):
            found = False
            for item in _ITEM.finditer(part.group(0)):
                names, found = item.group("names"), True
                works += _works(names, item.group("years"), offset + part.start() + item.start(), offset + part.start() + item.end())
            years = _YEARS_ONLY.fullmatch(part.group(0))
            if not found and names and years:
                # "(Nilsson et al., 1997; 2004)": years alone after a semicolon are the same authors'
                works += _works(names, years.group("years"), offset + part.start() + years.start("years"),
                                offset + part.start() + years.end("years"))
        if works:
            markers.append(AuthorYearMarker(m.group(0), m.start(), m.end(), works))
            taken.append((m.start(), m.end()))
    for m in _NARRATIVE.finditer(text):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
            continue
        names, start = m.group("names"), m.start()
        if names.split()[0] in _NOT_NAMES:
            # "In Siegel et al. (2018)", "As Smith (2019) showed": the sentence's first word goes
            rest = re.match(rf"\S+\s+(?=[{_CAPS}])", names)
            if rest is None or rest.end() >= len(names) or names[rest.end():].split()[0] in _NOT_NAMES:
                continue
            names, start = names[rest.end():], start + rest.end()
        works = _works(names, m.group("years"), start, m.end())
        if works:
            markers.append(AuthorYearMarker(text[start : m.end()], start, m.end(), works))
            taken.append((start, m.end()))
    if bare:
        for m in _ITEM.finditer(text):
            glued = m.start() > 0 and text[m.start() - 1].isalnum()  # "30nM, 2019"
            if glued or any(s <= m.start() < e or s < m.end() <= e for s, e in taken) or m.group("names").split()[0] in _NOT_NAMES:
                continue
            works = _works(m.group("names"), m.group("years"), m.start(), m.end())
            if works:
                markers.append(AuthorYearMarker(m.group(0), m.start(), m.end(), works, bare=True))
    markers.sort(key=lambda mk: mk.start)
    return markers


# Capitalised words that start a sentence before "(2019)" but are no surname.
_NOT_NAMES = {"In", "The", "This", "These", "Since", "From", "Until", "Before", "After", "During", "By", "Of",
              "Figure", "Fig", "Table", "Supplementary", "Data", "Here", "As", "At", "On", "For", "And", "But"}


# -- linking -----------------------------------------------------------------------


# letters NFKD does not take apart; Elsevier's text layer prints "Ramı´rez" (dotless i, spacing accent)
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                                "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th"})


def fold(name: str) -> str:
    """Lower case, accents and punctuation off: ``"Müller-Ott"`` -> ``"mullerott"``."""
    name = unicodedata.normalize("NFKD", name.translate(_PLAIN_LETTERS))
    return re.sub(r"[^a-z]", "", "".join(c for c in name if not unicodedata.combining(c)).lower())


_INITIALS = re.compile(r"^(?:[A-Z]\.?-?){1,4}$|^(?:[A-Z]\.\s?)+$")


def _is_initials(token: str) -> bool:
    """``JA``, ``J.A.``, ``J.-P.``, and initials with diacritics (``Ž``, ``Ł.``)."""
    if _INITIALS.match(token):
        return True
    letters = [c for c in token if c.isalpha()]
    return 0 < len(letters) <= 3 and all(c.isupper() for c in letters) and all(c.isalpha() or c in ".-" for c in token)


def surname(author: str) -> str:
    """The surname of one author as the list prints it: ``"Smith J"``, ``"Smith, J. A."``,
    ``"J. A. Smith"``, ``"Ann Lee"``, ``"van der Berg AB"``."""
    author = author.strip()
    if "," in author:
        return author.split(",", 1)[0].strip()
    tokens = author.split()
    if len(tokens) <= 1:
        return author
    if _is_initials(tokens[-1]):
        # "Smith JA", "van der Berg AB", "Avsec Ž": everything before the initials
        i = len(tokens) - 1
        while i > 1 and _is_initials(tokens[i - 1]):
            i -= 1
        return " ".join(tokens[:i])
    # "J. A. Smith", "Ann Lee", "Ann van der Berg": the last name with its particles
    i = len(tokens) - 1
    while i > 0 and re.fullmatch(r"(?:van|von|de|der|den|da|di|du|la|le|del|della|dos|des|ten|ter)", tokens[i - 1]):
        i -= 1
    return " ".join(tokens[i:])


def _raw_surnames(raw: str) -> list[str]:
    """Folded surnames read off an entry's opening when the parser found no authors (an entry
    with no year, ``van der Berg, B., & Wang, R. C. (n.d.). Title``): the names before the
    bracketed year, initials dropped."""
    head = re.match(rf"([^()]{{2,300}}?)\s*\((?:(?:19|20)\d{{2}}[a-z]?|{not_out.PATTERN}|n\.\s?d\.)\)", raw)
    if head is None:
        return []
    parts = re.split(r"\s*(?:,|;|&|\band\b)\s*", head.group(1))
    return [fold(surname(p)) for p in parts if p.strip() and not _is_initials(p.strip()) and fold(surname(p))]


# words that join a group author's name and give no letter to its acronym
_JOINERS = {"of", "for", "on", "the", "and", "in", "&"}

_NOT_OUT = re.compile(rf"\b(?:{not_out.PATTERN})\b|\bn\.\s?d\.")

_NOT_OUT_YEARS = not_out.WORDS + ("n.d.",)
_LINKS = re.compile(r"(?:https?://|doi:\s?|\b10\.\d{4,9}/)\S+", re.I)

_YEAR_LETTER = re.compile(r"\b((?:19|20)\d{2})([a-z])\b")


def year_letter(ref: Reference) -> str:
    """The letter the list prints after the year (``2019a``), "" when none."""
    if ref.year is None:
        return ""
    for m in _YEAR_LETTER.finditer(ref.raw):
        if int(m.group(1)) == ref.year:
            return m.group(2)
    return ""


class Linker:
    """Resolves works to reference entries; built once per document."""

    def __init__(self, references: list[Reference]):
        self.references = references
        self.also: list[Reference] = []  # the other entries the last link fitted equally
        self.keys = []
        self.not_out: list[str] = []  # "in press" / "forthcoming" / "n.d." where the entry prints it
        for ref in references:
            names = [fold(surname(a)) for a in ref.authors] or _raw_surnames(ref.raw)
            printed = _NOT_OUT.search(ref.raw[:300])
            year = str(ref.year) if ref.year else ""
            if printed and year and year not in _LINKS.sub(" ", ref.raw):
                year = ""  # "Okafor P (submitted) Title. https://doi.org/10.1/j.cell.2025.01": the DOI's year is none the text cites
            self.keys.append((names, year, year_letter(ref)))
            self.not_out.append("n.d." if printed and printed.group(0)[0] == "n" else printed.group(0).lower() if printed else "")

    def link_all(self, work: Work) -> list[Reference]:
        """The entries ``work`` cites: one, or every entry it fits equally when the list prints
        two of the same first author and year with no letters; [] when none."""
        self.also = []
        ref = self.link(work)
        return [ref, *self.also] if ref is not None else []

    def link(self, work: Work) -> Reference | None:
        self.also = []
        ref = self._link(work)
        if ref is None and work.surnames and len(work.surnames) == 1:
            ref = self._group(work) or self._acronym(work)
        if ref is None and work.surnames and " " in work.surnames[0]:
            # "Recently Smith et al. (2019)": a capitalised word before the surname
            last = work.surnames[0].split()[-1]
            ref = self._link(Work((last, *work.surnames[1:]), work.et_al, work.year, work.letter, work.start, work.end))
        if ref is None and len(work.surnames) >= 2 and (" " in work.surnames[0] or work.surnames[0].isupper()):
            # "(Gated Tree Encoder, Varga and Holm, 2011)", "(KELP, Moreau et al.,
            # 2018)": a label names the method before its authors
            ref = self._link(Work(work.surnames[1:], work.et_al, work.year, work.letter, work.start, work.end))
        if ref is None and len(work.surnames) >= 3:
            # "However, Smith and Lee (2019)": the three-name form took the sentence's first word
            ref = self._link(Work(work.surnames[1:], work.et_al, work.year, work.letter, work.start, work.end))
        if ref is None and work.surnames and not work.letter:
            ref = self._near(work)
        return ref

    def _near(self, work: Work) -> Reference | None:
        """No entry has the cited name and year: the one entry whose first author is the cited
        name a year off (online-first vs issue year: ``Marchant et al., 2022`` for the list's
        2021), or, in the cited year, whose first surname differs by a typing slip
        (``Kreigshauser`` for ``Kriegshauser``). Only a single such entry links."""
        limits = _near_limits()
        first = fold(work.surnames[0])
        if len(first) < limits["min_name_year_off"] or not work.year.isdigit():
            return None
        year = int(work.year)
        near = []
        for ref, (names, ref_year, _letter) in zip(self.references, self.keys):
            if not names or not ref_year.isdigit():
                continue
            off = abs(int(ref_year) - year)
            if (0 < off <= limits["year_off"] and _same_name(names[0], first)) or (
                    off == 0 and len(first) >= limits["min_name_slip"] and _one_slip(names[0], first)):
                near.append(ref)
        return near[0] if len(near) == 1 else None

    def _group(self, work: Work) -> Reference | None:
        """A group author the parser left out of ``authors`` (``World Health Organization
        (2021). Report ...``): the entry whose text opens with the cited name and has its year."""
        name = fold(work.surnames[0])
        if len(name) < 6 or " " not in work.surnames[0]:
            return None
        for ref, (_names, year, _letter), printed in zip(self.references, self.keys, self.not_out):
            raw = re.sub(r"^(?:The|THE)\s+", "", ref.raw)  # "The UniProt Consortium (2023)" cited as "UniProt Consortium"
            # "(Gene Ontology Consortium, in press)": the group's entry that prints it, or one with no year
            when = year == work.year or (work.year in _NOT_OUT_YEARS and (printed == work.year or not year and not printed))
            if when and fold(raw[: len(work.surnames[0]) + 8]).startswith(name):
                return ref
        return None

    def _acronym(self, work: Work) -> Reference | None:
        """A group author cited by its initials (``(TCGA Research Network, 2014)``, ``(IARC,
        2020)``) that the list spells out (``The Cancer Genome Atlas Research Network (2014)``,
        ``International Agency for Research on Cancer, 2020``): the entry of that year whose
        opening words' initials, joining words aside, spell the acronym, the rest of the cited
        name following them."""
        tokens = work.surnames[0].split()
        acronym = tokens[0]
        if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
            return None
        rest = fold("".join(tokens[1:]))
        found = []
        for ref, (_names, year, _letter) in zip(self.references, self.keys):
            if year != work.year:
                continue
            words = re.findall(r"[\w'’\-]+|[^\w\s]", ref.raw[:200])
            # "TCGA" spells "The Cancer Genome Atlas", "CGA" the same words without their article
            if any(self._spells(words[skip:], acronym, rest) for skip in ((0, 1) if words[:1] == ["The"] else (0,))):
                found.append(ref)
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _spells(words: list[str], acronym: str, rest: str) -> bool:
        initials, i = "", 0
        while i < len(words) and len(initials) < len(acronym):
            word = words[i]
            if word in _JOINERS and initials:
                i += 1
                continue
            if not word[:1].isupper():
                break
            initials += word[0]
            i += 1
        if initials != acronym:
            return False
        after = words[i:]
        if rest:
            return fold("".join(after[:8])).startswith(rest)
        # "WHO" is "World Health Organization (2020)", not "World Health Organization Europe"
        return not after or after[0] in (".", ",", "(", ":")

    def _link(self, work: Work) -> Reference | None:
        first = fold(work.surnames[0]) if work.surnames else ""
        if not first:
            return None
        candidates = []
        for ref, (names, year, letter), printed in zip(self.references, self.keys, self.not_out):
            if not names or year != work.year:
                # "(Smith, in press)", "(Smith, n.d.)": the entry that prints it, or one with no year
                # (a year the parser took from the entry's DOI is none the text could cite)
                if not (work.year in _NOT_OUT_YEARS and names and (printed == work.year or not year and not printed)):
                    continue
            if not _same_name(names[0], first):
                continue
            candidates.append((ref, names, letter))
        if not candidates:
            return None
        exact = [c for c in candidates if c[1][0] == first]
        if exact and len(exact) < len(candidates):
            # "Garcia et al. (2013)": the entry of that very surname, not a compound one that opens with it
            # (García-López), whatever the author counts say
            candidates = exact
        if work.letter:
            lettered = [c for c in candidates if c[2] == work.letter]
            if lettered:
                return lettered[0][0]
            index = ord(work.letter) - ord("a")
            exact = [c for c in candidates if c[1][0] == first]
            if not any(c[2] for c in candidates) and len(exact) >= 2 and 0 <= index < len(exact):
                # the text letters "2019a"/"2019b" but the list prints none: a, b are the order in
                # the list of the entries with that very surname
                return exact[index][0]
        if len(work.surnames) >= 2:
            second = fold(work.surnames[1])
            paired = [c for c in candidates if len(c[1]) >= 2 and _same_name(c[1][1], second)]
            if paired:
                return paired[0][0]
        if len(candidates) > 1:
            if work.et_al:
                many = [c for c in candidates if len(c[1]) >= 3]
                if many:
                    candidates = many
            elif len(work.surnames) == 1:
                single = [c for c in candidates if len(c[1]) == 1]
                if single:
                    candidates = single
        if len(candidates) > 1 and not any(c[2] for c in candidates):
            # two entries of one first author and year that the list gives no letters
            # ("Yang et al., 1999" twice): the marker cites both, as a reader would take it,
            # when both print that very surname and as many authors as the citation shows
            def fits(names: list[str]) -> bool:
                count = 3 if work.et_al else len(work.surnames)
                return names[0] == first and (len(names) >= 3 if count >= 3 else len(names) == count)
            same = [c[0] for c in candidates if fits(c[1])]
            if len(same) > 1 and same[0] is candidates[0][0]:
                self.also = same[1:]
        return candidates[0][0]


@lru_cache(maxsize=1)
def _near_limits() -> dict[str, int]:
    """Thresholds of near-miss linking (models/references/author_year_linking.json); with the
    file absent, near misses do not link."""
    path = models_dir() / "references" / "author_year_linking.json"
    if not path.is_file():
        return {"year_off": 0, "min_name_year_off": 10**6, "min_name_slip": 10**6}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: int(data[k]) for k in ("year_off", "min_name_year_off", "min_name_slip")}


def _one_slip(listed: str, cited: str) -> bool:
    """The two names differ by one swap of neighbours, one letter changed, added or dropped."""
    if listed == cited or abs(len(listed) - len(cited)) > 1:
        return False
    if len(listed) == len(cited):
        diff = [i for i, (a, b) in enumerate(zip(listed, cited)) if a != b]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and listed[diff[0]] == cited[diff[1]] and listed[diff[1]] == cited[diff[0]])
    short, long_ = sorted((listed, cited), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _same_name(listed: str, cited: str) -> bool:
    # "vanderberg" in the list, "berg" or "vanderberg" cited; compound names cited by their first part
    return listed == cited or (len(cited) >= 3 and (listed.endswith(cited) or listed.startswith(cited)))
