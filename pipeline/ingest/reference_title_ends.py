"""Repairs of where the reference CRF's title run starts and ends (session 11, reftitle10).

Called last in ``reference_crf._repair_runs``. Like ``reference_titles``, each function
works on one entry's labelled runs (``[(label, start, end), ...]``) and repairs one class of
slips in place; tested on strings written for the tests
(``tests/test_reference_title_ends.py``). Chosen on the title errors of the two dev folds
of tune (``benchmarks/references_bench.py --dev MODEL --fold N --errors title``).

Several repairs weigh words by the CRF's word lexicon (``citation-lexicon.json``: each
word's share, in fifths, inside journal and title spans of the training strings): a word
is *journal-like* when at least ``journal_min`` fifths of its occurrences lie in journal
names and at most ``title_max`` in titles, and *title-like* the other way round
(thresholds and word lists in ``models/references/venue_words.json``, ``title_ends``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.ingest import reference_title_numbers
from pipeline.ingest.reference_venues import _words

_MINOR = frozenset({"of", "and", "the", "in", "on", "for", "de", "der", "des", "du", "la", "le", "et", "di",
                    "fur", "für", "und", "zur", "zum", "van", "voor", "del", "della", "&", "a", "an", "y"})


# a title never ends on one of these (reference_titles._UNFINISHED)
_FUNCTION = frozenset({"of", "and", "the", "in", "on", "for", "to", "with", "by", "from", "at", "des", "de", "der",
                       "und", "et", "la", "le", "du"})


@lru_cache(maxsize=1)
def _settings() -> dict:
    return _words().get("title_ends", {})


def _lex(word: str) -> tuple[int, int] | None:
    """(journal, title) shares in fifths of a word in the CRF's lexicon, or None."""
    from pipeline.ingest.reference_crf import _lexicon

    code = _lexicon().get(word.lower())
    return (int(code[0]), int(code[1])) if code else None


@lru_cache(maxsize=1)
def _venue_words() -> tuple[frozenset, frozenset]:
    """(every word of the venue gazetteer's names, its one-word names)."""
    from pipeline.ingest.reference_crf import _venues

    names = _venues()[0]
    return frozenset(w for name in names for w in name), frozenset(name[0] for name in names if len(name) == 1)


def _journal_like(word: str) -> bool:
    """Journal-like by the lexicon, or, for a word the lexicon lacks, a word of a journal name
    the venue gazetteer holds."""
    lex = _lex(word)
    cfg = _settings()
    if lex is None:
        return word.lower() in _venue_words()[0]
    return lex[0] >= cfg.get("journal_min", 3) and lex[1] <= cfg.get("title_max", 1)


def _title_like(word: str) -> bool:
    lex = _lex(word)
    cfg = _settings()
    return lex is not None and lex[1] >= cfg.get("journal_min", 3) and lex[0] <= cfg.get("title_max", 1)


def _strong_journal(word: str) -> bool:
    """Inside journal names nearly always (the lexicon), or, unknown to it, a one-word journal
    name of the gazetteer (``Hepatology``)."""
    lex = _lex(word)
    if lex is None:
        return word.lower() in _venue_words()[1]
    return lex[0] >= 4 and lex[1] == 0


_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _words_in(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return end


_NUMERIC = ("date", "volume", "issue", "pages")


def _title_before_numbers(found: list) -> int | None:
    """Index of the entry's first title run when a numeric run (date, volume, issue, pages) follows it,
    else None: where the repairs that look for a journal run left in the title's end start."""
    for i, (lab, _s, _e) in enumerate(found):
        if lab == "title":
            return i if i + 1 < len(found) and found[i + 1][0] in _NUMERIC else None
    return None


def _capitalised_tail(text: str, words: list[tuple[str, int, int]], stop=lambda _w: False) -> int:
    """Index in ``words`` of the first word of the capitalised run that closes them, each word after a
    space (function words of ``_MINOR`` inside the run kept, none opening it); ``stop(word)`` ends the run
    too (a title-like word). ``len(words)`` when the last word is no capitalised one."""
    k = len(words)
    while k > 0:
        w, a, _b = words[k - 1]
        if w.lower() in _MINOR and k < len(words):
            k -= 1
            continue
        if not w[:1].isupper() or stop(w) or text[a - 1 : a] != " ":
            break
        k -= 1
    while k < len(words) and words[k][0].lower() in _MINOR:
        k += 1
    return k


def journal_tail_in_title(text: str, found: list) -> None:
    """``... receptor loss in the livers of fasted rats Hepatology (2004) 12: 40``, ``... the Core of
    Test Innovation Lindvale Management Review, 30(3)``: no journal found, and the title ran on
    with no period into the journal's name just before the year or volume. The title's last
    capitalised words, back to a lower-case or title-like word, are the journal when one of
    them is a strongly journal-like word of the lexicon (``Hepatology``, ``Review``) and none is
    title-like; the title keeps four words or more."""
    if any(lab == "journal" for lab, _s, _e in found):
        return
    i = _title_before_numbers(found)
    if i is None:
        return
    lab, s, e = found[i]
    if re.search(r"[^\s,;(]", text[e : found[i + 1][1]]):
        return
    words = _words_in(text, s, e)
    if len(words) < 6 or not re.fullmatch(r"[\w'’\-]*", text[words[-1][2] : e]):
        return
    k = _capitalised_tail(text, words, stop=_title_like)
    tail = words[k:]
    if not tail or len(tail) > 6 or k < 4:
        return
    if not any(_strong_journal(w) for w, _a, _b in tail) or not _journal_like(tail[-1][0]):
        return
    # the word before the journal is the title's: lower case, a bracket, or title-like
    before = words[k - 1][0]
    if not (before[:1].islower() or _title_like(before) or text[tail[0][1] - 2 : tail[0][1] - 1] == ")"):
        return
    cut = tail[0][1]
    found[i : i + 1] = [(lab, s, _trim(text, s, cut)), ("journal", cut, e)]


def journal_sentence_in_title(text: str, found: list) -> None:
    """``... mitophagy flux in ageing muscle fibres of the rat. archives of test biology, 4, 12``,
    ``Die Rolle der Mitophagie im Muskel. Zeitschrift zur Testbiologie, Nr. 25``: no journal
    found, and the title's last sentence, before the volume or year, is a journal whose
    words the lexicon knows as journal words (lower case or foreign, so the capitalised-run
    test of ``references._journal_from_title`` misses it)."""
    if any(lab in ("journal", "booktitle") for lab, _s, _e in found):
        return
    i = _title_before_numbers(found)
    if i is None:
        return
    lab, s, e = found[i]
    title = text[s:e]
    breaks = list(re.finditer(r"(?:(?<=[^\W\d_]{3})|(?<=\)))\.\s+(?=\S)", title))
    if not breaks:
        return
    cut = breaks[-1]
    head, last = title[: cut.start()], title[cut.end() :]
    content = [w for w, _a, _b in _words_in(last, 0, len(last)) if w.lower() not in _MINOR]
    if not content or len(content) > 8 or len(head.split()) < 3 or re.search(r"\d", last):
        return
    journal = [w for w in content if _journal_like(w)]
    if not journal or any(_title_like(w) for w in content) or len(journal) * 2 < len(content):
        return
    found[i : i + 1] = [(lab, s, s + cut.start()), ("journal", s + cut.end(), e)]


def title_tail_in_journal_run(text: str, found: list) -> None:
    """``... resistance of paediatric tumours Aust | N Z J Test Oncol 2003`` (the journal's first word
    left in the title) and ``... strains from | Lindoria J Test Virol`` (the title's last word taken into
    the journal): at a title/journal boundary with only a space between, journal-like words
    closing the title go to the journal, and after a title that ends on a function word the
    journal's first word, when it is no journal word, goes back to the title."""
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        nlab, ns, ne = found[i + 1]
        if lab != "title":
            continue
        if nlab != "journal" or not re.fullmatch(r" +", text[e:ns]):
            return
        words = _words_in(text, s, e)
        jwords = _words_in(text, ns, ne)
        if len(words) < 4 or not jwords:
            return
        if words[-1][0].lower() in _FUNCTION and len(jwords) >= 2:
            w, a, b = jwords[0]
            # (a word closed by a period is an abbreviation: "Am. J.")
            if w[:1].isupper() and not _journal_like(w) and text[b : b + 1] == " ":
                found[i] = (lab, s, b)
                found[i + 1] = (nlab, jwords[1][1], ne)
            return
        k = len(words)
        while k > len(words) - 2 and words[k - 1][0][:1].isupper() and _journal_like(words[k - 1][0]):
            k -= 1
        if k == len(words) or k < 4:
            return
        before = words[k - 1][0]
        if not (before[:1].islower() or _title_like(before)):
            return
        cut = words[k][1]
        found[i] = (lab, s, _trim(text, s, cut))
        found[i + 1] = (nlab, cut, ne)
        return


_CONNECTIVE = re.compile(r"\s+(?:and|of|or|in|on|for|with|from|to|at|vs\.?|versus)\s+$")


def connective_after_title(text: str, found: list) -> None:
    """``Gauge models and SO(10), Test Phys. Lett. 12``, ``The Limits of the Test Data Act of 2001,
    7 Test L. Rev. 19 (2003)``: the title run stopped before a connective (``and``,
    ``of``, ``in``, ...) and a name or number the CRF read as a volume, issue or date; a
    title does not end before ``and``, so the short stretch up to the next comma is the
    title's (when the entry has another date for a date taken so)."""
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        if lab != "title":
            continue
        m = re.match(r"\s+(?:and|of|or|in|on|for|with|from|vs\.?|versus)\s+", text[e:])
        if not m or found[i + 1][0] not in _NUMERIC:
            return
        stop = re.search(r"[,;]\s|\.\s|$", text[e + m.end() :])
        end = e + m.end() + stop.start()
        if end - e > 25 or end <= e + m.end():
            return
        inside = [r for r in found[i + 1 :] if r[1] < end]
        if not inside or any(r[2] > end for r in inside):
            return
        if any(r[0] == "date" for r in inside) and not any(r[0] == "date" for r in found[i + 1 + len(inside) :] + found[:i]):
            return
        found[i : i + 1 + len(inside)] = [(lab, s, end)]
        return


def title_resumed_in_brackets(text: str, found: list) -> None:
    """``Notes on the genera Vanessa Hb. and Ortega Hb. (Lep. Testidae). Bull. Test Soc.``,
    ``... and the test compound (+)-4,5-bis(2,6-dioxo-1-yl)butane (TC 12) in ...``: a title
    the CRF broke inside a bracket (its abbreviations or numbers read as a publisher or a
    volume) and took up again; when the second title run closes the bracket the first left
    open, the pieces are one title."""
    for i in range(len(found) - 2):
        lab, s, e = found[i]
        if lab != "title":
            continue
        j = next((k for k in range(i + 1, min(i + 4, len(found))) if found[k][0] == "title"), None)
        if j is None:
            return
        e2 = found[j][2]
        first, whole = text[s:e], text[s:e2]
        gap = text[e : found[j][1]]
        if len(gap) > 30 or re.search(r"[^\W\d_]{4}\.\s", gap):
            return
        # a venue between: "‘Title’, in J.M. Foley (ed.), Book" (its "(ed.)" opens no bracket of the title)
        if re.search(r"(?i)\bin\b|\(eds?\b|[’”\"]", gap) or re.search(r"[’”\"]\s*$", first):
            return
        opened = first.count("(") - first.count(")") + text[e : found[j][1]].count("(")
        if opened <= 0 or whole.count("(") != whole.count(")"):
            return
        found[i : j + 1] = [("title", s, e2)]
        return


def leading_in(text: str, found: list) -> None:
    """``Seo, K. and T. Lindqvist, 2011. In Vivo Imaging of Test Receptors ...``: the title's first word
    ``In`` left out of the title run (read as a venue's ``In``); before the title, after the
    authors or the date, it can only be the title's."""
    for i in range(1, len(found)):
        lab, s, e = found[i]
        if lab in ("journal", "booktitle"):
            return
        if lab != "title":
            continue
        if found[i - 1][0] not in ("author", "date"):
            return
        m = re.search(r"(?:^|[.,:]\s+)(In)\s+$", text[found[i - 1][2] : s])
        if m and text[s : s + 1].isupper():
            found[i] = (lab, found[i - 1][2] + m.start(1), e)
        return


@lru_cache(maxsize=1)
def _report_code() -> re.Pattern[str]:
    # "CMS-PAS-HIN-16-006", "ATL -PHYS-PUB-2015-045", "EPA QA/G-9S": capitals and digits joined by
    # hyphens or slashes, at least one digit and one joiner
    return re.compile(r"[,.]\s+(?:[A-Z]{2,}\s?(?:[-/]\s?)?)+(?:[A-Z0-9]+(?:\s?[-/]\s?[A-Z0-9]+)*)\s*\[?$")


def report_code_closing_title(text: str, found: list) -> None:
    """``Jet shapes in test collisions, TST-PAS-JET-20-011``, ``Test Detector Upgrade Notes,
    TDX-NOTE-2020-017``: a report's code (capitals and digits joined by hyphens or slashes)
    after the title's last comma or period is no part of the title."""
    for i, (lab, s, e) in enumerate(found):
        if lab not in ("title", "booktitle"):
            continue
        title = text[s:e]
        m = _report_code().search(title)
        if m and re.search(r"\d", m.group(0)) and re.search(r"[-/]", m.group(0)) and len(title[: m.start()].split()) >= 3:
            found[i] = (lab, s, s + m.start())
        return


_VANCOUVER_TAIL = re.compile(r"\.\s+((?:(?:van|von|de|der|den|da|di|du|la|le|del|della|dos|das)\s)*"
                             r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?\s[A-Z]{1,3})$")


def names_after_title(text: str, found: list) -> None:
    """``Mitophagy in resistant test cells at three doses. Okafor JJ, Lindqvist A, Haas OA. 2014``
    (a title-first entry): no author run before the title, the title's last sentence is a
    Vancouver name and the names go on after a comma (a run the CRF took for editors or
    authors); the name opens the author run."""
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        if lab in ("author",):
            return
        if lab != "title":
            continue
        nlab, ns, ne = found[i + 1]
        if nlab not in ("editor", "author") or not re.fullmatch(r"\s*,\s*", text[e:ns]):
            return
        m = _VANCOUVER_TAIL.search(text[s:e])
        if not m or len(text[s : s + m.start()].split()) < 3:
            return
        found[i : i + 2] = [(lab, s, s + m.start()), ("author", s + m.start(1), ne)]
        return


def surname_before_initials_after_title(text: str, found: list) -> None:
    """``Mitophagy markers in the muscle of ageing test rats Haldane-Okafor, K.K., D.M. Lind and S.W. Moreau
    2001 Test Res. 48``: a title-first entry whose first author is written surname, initials; the
    CRF took the surname as the title's last word and the rest of the names for editors. No
    author run before the title, the next run opens with initials after a comma: the title's
    last capitalised word is that surname, and the names are the authors."""
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        if lab == "author":
            return
        if lab != "title":
            continue
        nlab, ns, ne = found[i + 1]
        if nlab not in ("editor", "author") or not re.fullmatch(r"\s*,\s*", text[e:ns]):
            return
        if not re.match(r"(?:[A-Z]\.\s?-?){1,3}(?:,|\s+(?:and|&)\s|$)", text[ns:ne]):
            return
        m = re.search(r"(?<=[a-z)])\s+((?:(?:van|von|de|der|da|di|du|la|le)\s+)*[A-Z][a-z][\w'’]*(?:-[A-Z][\w'’]+)?)$", text[s:e])
        if not m or len(text[s : s + m.start()].split()) < 4 or _title_like(m.group(1)):
            return
        found[i : i + 2] = [(lab, s, s + m.start()), ("author", s + m.start(1), ne)]
        return


# "Lindqvist A 2017 ", "Okafor P R and Haas K 1991 ": names in the Harvard physics form, then the year
_NAMES_YEAR = re.compile(r"^((?:(?:van|von|de|der|da|di|du|la|le)\s+)*[A-Z][\w'’\-]+(?:\s[A-Z]){1,3}"
                         r"(?:(?:,\s|\s(?:and|&)\s)(?:(?:van|von|de|der|da|di|du|la|le)\s+)*[A-Z][\w'’\-]+(?:\s[A-Z]){1,3})*"
                         r"(?:\set\sal\.?)?)\s+((?:1[5-9]|20)\d\d[a-z]?)\s+(?=[A-Z0-9])")


def names_and_year_open_title(text: str, found: list) -> None:
    """``Lindqvist A 2017 Notes on the kinetics of test receptors (arXiv:2101.0)``: no author
    run, and the title (or book title) opens with the names in the Harvard physics form
    (surname, initials without periods) and the year; they become the author and date runs."""
    if any(lab == "author" for lab, _s, _e in found):
        return
    for i, (lab, s, e) in enumerate(found):
        if lab not in ("title", "booktitle"):
            continue
        m = _NAMES_YEAR.match(text[s:e])
        if not m or len(text[s + m.end() : e].split()) < 3:
            return
        runs = [("author", s, s + m.end(1)), (lab, s + m.end(), e)]
        if not any(r[0] == "date" for r in found):
            runs.insert(1, ("date", s + m.start(2), s + m.end(2)))
        found[i : i + 1] = runs
        return


def _lex_share(word: str, field: int) -> int:
    from pipeline.ingest.reference_crf import _lexicon

    code = _lexicon().get(word.lower())
    return int(code[field]) if code else -1


def numbers_closing_title(text: str, found: list) -> None:
    """``Lattice models of mitophagy flux and their limits 14 083002. doi:...``: no journal,
    and the title ran on into the volume and page (or article) numbers; two or more bare
    numbers closing the title, the last of three digits or more, are no part of it (a leading
    year becomes the date when the entry has none; the rest is left unlabelled, as a volume
    with no journal is no field the parser can vouch for)."""
    if any(lab in ("journal", "volume", "pages") for lab, _s, _e in found):
        return
    for i, (lab, s, e) in enumerate(found):
        if lab not in ("title", "booktitle"):
            continue
        m = re.search(r"(?<=[^\W\d_])((?:\s+\d{1,6})+)\s*$", text[s:e])
        nums = list(re.finditer(r"\d+", m.group(1))) if m else []
        if len(nums) < 2 or len(nums[-1].group(0)) < 3 or len(text[s : s + m.start()].split()) < 3:
            return
        base = s + m.start(1)
        runs = [(lab, s, s + m.start())]
        if re.fullmatch(r"(?:1[5-9]|20)\d\d", nums[0].group(0)) and not any(r[0] == "date" for r in found):
            runs.append(("date", base + nums[0].start(), base + nums[0].end()))
        found[i : i + 1] = runs
        return


def publisher_after_comma_in_title(text: str, found: list) -> None:
    """``The Theory of the Test Process, Macmillan, 1977, pp. 396``, ``Imaging mitochondria: a primer,
    Lindvale Test Laboratory, Lindvale, March 1993``: no publisher found, and the title's last comma
    part is the publisher (its words publisher-like in the lexicon: ``Macmillan``, ``Press``,
    ``Laboratory``); it becomes the publisher run."""
    if any(lab in ("publisher", "journal") for lab, _s, _e in found):
        return
    for i, (lab, s, e) in enumerate(found):
        if lab not in ("title", "booktitle"):
            continue
        if i + 1 >= len(found) or found[i + 1][0] not in ("date", "pubplace", "pages", "url") \
                or re.search(r"[^\s,.;(]", text[e : found[i + 1][1]]):
            return
        title = text[s:e]
        cut = title.rfind(", ")
        if cut < 0:
            return
        part = title[cut + 2 :]
        words = [w for w, _a, _b in _words_in(part, 0, len(part))]
        content = [w for w in words if w.lower() not in _MINOR]
        if not content or len(words) > 5 or len(title[:cut].split()) < 3 or not all(w[:1].isupper() for w in content):
            return
        # the part's last word names a publisher (lexicon share of publisher spans >= 3/5), none
        # of its words is a title or journal word
        if _lex_share(content[-1], 3) < 3 or any(_lex_share(w, 1) >= 2 or _lex_share(w, 0) >= 2 for w in content):
            return
        found[i : i + 1] = [(lab, s, s + cut), ("publisher", s + cut + 2, e)]
        return


@lru_cache(maxsize=1)
def _meeting_word() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _settings().get("meeting_words", [])) or "(?!)"
    return re.compile(rf"(?i)\b(?:{words})\b")


def place_closing_meeting(text: str, found: list) -> None:
    """``Proceedings of the 7th Test Conference on Imaging (TCI07) Lindvale, Testland - June 2-4, 2007``,
    ``Working Group Meeting #12-bis, Lindvale, 3-5 May 2021``: a title naming a meeting
    (``meeting_words``) ran on into the meeting's place, after a comma or its bracketed acronym;
    one to three capitalised words with no digit, before the place or date runs, are cut."""
    for i, (lab, s, e) in enumerate(found):
        if lab not in ("title", "booktitle"):
            continue
        nxt = found[i + 1][0] if i + 1 < len(found) else ""
        # the meeting's days before its month may be read as pages (``, 26-30 August 2019``)
        days = nxt == "pages" and i + 2 < len(found) and found[i + 2][0] == "date" and not text[found[i + 1][2] : found[i + 2][1]].strip()
        if nxt not in ("pubplace", "date", "") and not days:
            return
        title = text[s:e]
        # the place may carry its state or country in brackets, glued or not (``Lindvale (TS)``,
        # ``Lindvale (Testland)``, ``Lindvale( Testland)``, a PDF's glyph gaps)
        m = re.search(r"(?:,\s*|(?<=\))\s*)((?:[A-Z][^\W\d_]+(?:\s+|$|(?=\())){1,3})"
                      r"(?:\(\s*(?:[A-Z]{2}|[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)\s*\))?$", title)
        if not m or not _meeting_word().search(title[: m.start()]) or _meeting_word().search(m.group(1)):
            return
        if len(title[: m.start()].split()) < 2:
            return
        found[i] = (lab, s, _trim(text, s, s + m.start()))
        return


_SURNAME_COLON = re.compile(r"((?:(?:van|von|de|der|da|di|du|la|le)\s+)*[A-Z][^\W\d_'’\-]+(?:-[A-Z][^\W\d_]+)?):\s+(?=[A-Z0-9\"“])")


def surname_colon_in_title(text: str, found: list) -> None:
    """``A. Okafor, T. Lindqvist: A Reward Scheme for Test Clinics ...``: initials-first names whose
    last surname, before the colon that closes the list, the CRF took as the title's first
    word; it goes back to the authors."""
    from pipeline.ingest.reference_crf import _INITIALS_FIRST

    for i in range(len(found) - 1):
        lab, s, e = found[i]
        nlab, ns, ne = found[i + 1]
        if lab != "author" or nlab != "title":
            continue
        authors = text[s:e]
        if not _INITIALS_FIRST.match(authors) or not re.search(r"\b[A-Z]\.?$", authors):
            return
        if text[e:ns].strip(" ") not in ("", "."):
            return
        m = _SURNAME_COLON.match(text[ns:ne])
        if m and ne - (ns + m.end()) >= 10:
            found[i] = (lab, s, ns + m.end(1))
            found[i + 1] = (nlab, ns + m.end(), ne)
        return


_INITIALS_NAME = re.compile(r"(?:[A-Z]\.\s?-?)+\s?(?:(?:van|von|de|der|da|di|du|la|le)\s+)*[A-Z][^\W\d_'’\-]+(?:-[A-Z][^\W\d_]+)?")
_NOT_A_TITLE_HEAD = re.compile(r"(?i)^(?:and|&|et al|jr|sr|ii|iii|eds?|editors?|hrsg|dir)\b")


def title_head_in_initials_first_authors(text: str, found: list) -> None:
    """``K.L. Okafor, Achilles. Paradigms of the Test Hero ...``, ``H. Moreau, T. Lind, Written Tests,
    Spoken Tests: ...``: every name of an initials-first list has its initials, so a last part
    after its comma with none (one to three capitalised words, no period inside) that the CRF
    took into the authors is the head of the title run right after it."""
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        nlab, ns, ne = found[i + 1]
        if lab != "author" or nlab not in ("title", "booktitle"):
            continue
        parts = text[s:e].split(", ")
        if len(parts) < 2 or not all(_INITIALS_NAME.fullmatch(p.strip()) for p in parts[:-1]):
            return
        last = parts[-1].strip()
        if re.search(r"[A-Z]\.", last) or _NOT_A_TITLE_HEAD.match(last) \
                or not re.fullmatch(r"[A-Z][^\W\d_'’]+(?:\s+[A-Z]?[^\W\d_'’]+){0,2}", last):
            return
        if text[e:ns].strip(" ") not in (".", ",", ""):
            return
        # names go on in the "title" ("A. Lind, Karl Haas, Olivia Moreau et al, Test Phys.")
        if re.search(r"\bet\.?\s?al\b", text[ns:ne]) or len(text[ns:ne].split()) < 3:
            return
        head = e - len(parts[-1])
        found[i] = (lab, s, _trim(text, s, head))
        found[i + 1] = (nlab, head + len(parts[-1]) - len(parts[-1].lstrip()), ne)
        return


_WORD_AFTER_LAST_INITIALS = re.compile(r"(?<=[^\W\d_]),\s+(?:[A-Z]\.\s?-?)+\s+([A-Z][^\W\d_'’]+)$")
_SURNAME_FIRST = re.compile(r"^(?:(?:van|von|de|der|da|di|du|la|le)\s+)*[A-Z][^\W\d_'’]+(?:-[A-Z][^\W\d_]+)?,\s+[A-Z]\.")


def title_word_after_surname_first_authors(text: str, found: list) -> None:
    """``Okafor, B. and Lind, K. Hello, is it mitophagy? ...``: in a surname-first list each name
    ends with its initials, so a capitalised word after the last name's initials (``Lind, K.``)
    that the CRF took into the authors opens the title run after it."""
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        nlab, ns, _ne = found[i + 1]
        if lab != "author" or nlab not in ("title", "booktitle"):
            continue
        authors = text[s:e]
        m = _WORD_AFTER_LAST_INITIALS.search(authors)
        if not m or not _SURNAME_FIRST.match(authors) or _NOT_A_TITLE_HEAD.match(m.group(1)):
            return
        if text[e:ns].strip(" ") not in (",", ".", ":", ""):
            return
        head = s + m.start(1)
        found[i] = (lab, s, s + len(authors[: m.start(1)].rstrip()))  # the initials keep their period
        found[i + 1] = (nlab, head, found[i + 1][2])
        return


def _venue_name(words: list[str]) -> bool:
    """Whether ``words`` (in order) are a whole journal name of the venue gazetteer."""
    from pipeline.ingest.reference_crf import _venues

    return tuple(w.lower() for w in words) in _venues()[0]


def journal_head_in_title(text: str, found: list) -> None:
    """``... at three test doses, The Northern, Coastal, and Island Review of Test Science, 2(1)``
    (a journal whose own name holds a comma) and ``H. Moreau, The test bootstrap for resistant
    cell lines, Stochastic Testing. Appl. 65`` (an abbreviated journal split at its first
    period): the CRF ended the title at the journal's own comma or abbreviation period and
    kept the journal's first words, after the title's last comma (or closing quote), in the
    title. That short capitalised tail moves to the journal
    - across a comma, when the journal run goes on with a comma of its own (``Coastal, and
      Island ...``; ``... the test river, Lindvale, Test Water Res.`` stays) and no tail word
      is title-like;
    - across a period, when the tail and the journal run together are a journal name of the
      venue gazetteer, or the entry is comma-separated (a comma before the title), the
      journal run is abbreviations only and the tail is one to three capitalised words, the
      last of four letters or more (``, Part II. Test Biochem. J.`` stays)."""
    for i in range(len(found) - 1):
        lab, s, e = found[i]
        if lab != "title":
            continue
        nlab, ns, ne = found[i + 1]
        if nlab != "journal":
            return
        gap = text[e:ns]
        if not re.fullmatch(r"[.,]\s+", gap):
            return
        title = text[s:e]
        m = None
        for m in re.finditer(r"(?:,|[’”\"'])\s+(?=[A-Z])", title):
            pass
        if m is None:
            return
        tail = _words_in(text, s + m.end(), e)
        quoted = m.group(0)[0] != ","
        if not tail or len(tail) > (8 if quoted else 4) or len(title[: m.start()].split()) < 3 or re.search(r"\d", title[m.end() :]):
            return
        words = [w for w, _a, _b in tail]
        journal = text[ns:ne]
        jwords = _words_in(text, ns, ne)
        if not jwords or not jwords[0][0][:1].isupper():
            return
        if gap.startswith(","):
            # the journal's own comma: "Coastal, and Island Review"
            ok = bool(re.search(r"\w,\s", journal)) and not any(_title_like(w) for w in words if w.lower() not in _MINOR)
        else:
            # comma-separated entry (authors, title, journal) whose journal is abbreviations only
            abbreviated = all(text[b : b + 1] == "." or len(w) <= 2 for w, _a, b in jwords)
            before = text[: s].rstrip()
            capitalised = all(w[:1].isupper() for w in words) and len(words) <= 3 and len(words[-1]) >= 4
            ok = _venue_name(words + [w for w, _a, _b in jwords]) or (
                abbreviated and capitalised and before.endswith(",") and not quoted)
        if ok:
            found[i : i + 2] = [(lab, s, _trim(text, s, s + m.start() + 1)), (nlab, s + m.end(), ne)]
        return


_QUOTED = re.compile(r"[\"“„]([^\"“”„]{3,}?)[\"”]")


def quoted_title_in_authors(text: str, found: list) -> None:
    """``"Test Resins", H. Moreau, K.L. Okafor, Test Verlag, 1971`` and ``Hansl Moreau "Colour
    Testing", Test Verlag (1989)``: a title in quotes before or after the names, with no period
    between, taken into the author run; the entry has no title run. Names are never in quotes:
    the quoted words are the title, and the names before or after them stay the authors."""
    if any(lab == "title" for lab, _s, _e in found):
        return
    for i, (lab, s, e) in enumerate(found):
        if lab != "author":
            continue
        for m in _QUOTED.finditer(text):
            qs, qe = m.span(1)
            if qs >= e or qe <= s or qs < s - 1 or qe > e + 1:
                continue
            before = text[s : max(s, m.start())]
            after = text[min(e, m.end()) : e]
            if not re.search(r"[^\W\d_]", m.group(1)):
                return
            if not before.strip(" ,;:") and re.search(r"[A-Z]", after):
                head = re.match(r"[\s,;:]*", after).end()
                found[i : i + 1] = [("title", qs, qe), ("author", m.end() + head, e)]
            elif not after.strip(" ,;:") and re.search(r"[A-Z]", before):
                found[i : i + 1] = [("author", s, s + len(before.rstrip(" ,;:"))), ("title", qs, qe)]
            return
        return


_VANCOUVER_SOURCE = re.compile(r"\s*\(?\d{4}[a-z]?\)?\s*[;:]?\s*\d+\s*(?:\(\s*\w+\s*\)\s*)?:\s*[A-Za-z]?\d")


def journal_before_vancouver_source(text: str, found: list) -> None:
    """``... in the same test patient Gt Lindvale Med J 1954; 8: 118-29``, ``... Okafor (Lindvale)
    Test Milieu 1994; 44: 199``, ``... of the region: a test experience. Test causes and control
    1998; 9: 131-6``: no journal run, and the title runs up to a Vancouver source (year; volume:
    pages), which a journal's name always opens. The title's last sentence (after its last
    period), or else its capitalised tail back to a lower-case word or a bracket, is the
    journal, when it has at most six words, none title-like, no digit, and the title keeps
    three words or more."""
    if any(lab in ("journal", "booktitle") for lab, _s, _e in found):
        return
    i = _title_before_numbers(found)
    if i is None:
        return
    lab, s, e = found[i]
    if not _VANCOUVER_SOURCE.match(text, e):
        return
    title = text[s:e]
    breaks = list(re.finditer(r"(?:(?<=[^\W\d_]{3})|(?<=\)))\.\s+(?=[A-Za-z])", title))
    if breaks:
        cut = s + breaks[-1].end()
        head_end = s + breaks[-1].start()
    else:
        words = _words_in(text, s, e)
        k = _capitalised_tail(text, words)
        if k == len(words) or k == 0:
            return
        before = words[k - 1]
        if not (before[0][:1].islower() or text[before[2] : words[k][1]].strip() == ")"):
            return
        cut = words[k][1]
        head_end = _trim(text, s, cut)
    tail = [w for w, _a, _b in _words_in(text, cut, e)]
    content = [w for w in tail if w.lower() not in _MINOR]
    if not content or len(tail) > 6 or len(text[s:head_end].split()) < 3 or re.search(r"\d", text[cut:e]):
        return
    if any(_title_like(w) for w in content):
        return
    found[i : i + 1] = [(lab, s, head_end), ("journal", cut, e)]


def meeting_word_closing_title(text: str, found: list) -> None:
    """``Title of the paper. Pro-ceedings | of the 2019 Test Conference on ...``: the venue's first
    word, alone after the title's last sentence break (often hyphenated across a line, which hides
    it from the CRF's lexicon), was taken into the title; a word naming a meeting or its proceedings
    (``meeting_words``) goes to the venue run right after it."""
    for i, (lab, s, e) in enumerate(found):
        if lab != "title" or i + 1 >= len(found) or found[i + 1][0] not in ("booktitle", "journal"):
            continue
        nlab, ns, ne = found[i + 1]
        if text[e:ns].strip():
            return
        m = re.search(r"(?<=[^\W\d_]{2})\.\s+([A-Z][^\W\d_]*(?:-[^\W\d_]+)?)\.?$", text[s:e])
        if not m or not _meeting_word().fullmatch(m.group(1).replace("-", "")) or len(text[s : s + m.start()].split()) < 2:
            return
        found[i : i + 2] = [(lab, s, s + m.start()), (nlab, s + m.start(1), ne)]
        return


def subtitle_in_journal_run(text: str, found: list) -> None:
    """``Receptor turnover in test cells ;a new approach Test Rep. Phys. 65 12-30``: the journal run
    opened after the title's semicolon or colon with a lower-case article, the subtitle's first
    word; no journal's name opens so. The words up to the run's first capitalised one are the
    title's (a journal of at least one word is left)."""
    for i, (lab, s, e) in enumerate(found):
        if lab != "title" or i + 1 >= len(found) or found[i + 1][0] != "journal":
            continue
        _nlab, ns, ne = found[i + 1]
        if not re.fullmatch(r"\s*[;:]\s*", text[e:ns]):
            return
        m = re.match(r"(?:a|an|the)\s(?:[^\W\d_]+\s+)*?(?=[A-Z])", text[ns:ne])
        if not m or not text[ns + m.end() : ne].strip():
            return
        found[i : i + 2] = [(lab, s, _trim(text, s, ns + m.end())), ("journal", ns + m.end(), ne)]
        return


def glued_in_opening_venue(text: str, found: list) -> None:
    """``Okafor, K. 2015, inTest Society Meeting Abstracts, Vol. 12``: the ``in`` before a venue glued
    to its first word by the text layer opened the venue run; it is no part of the venue's name.
    Lower case only: a capital ``In`` glued so is a name's own (``InGrid``, ``InTech``)."""
    for i, (lab, s, e) in enumerate(found):
        if lab in ("booktitle", "journal") and re.match(r"in(?=[A-Z][a-z])", text[s:e]) and e - s > 6:
            found[i] = (lab, s + 2, e)


def repair(text: str, found: list) -> None:
    """All of this module's repairs, in order."""
    title_resumed_in_brackets(text, found)
    connective_after_title(text, found)
    leading_in(text, found)
    surname_colon_in_title(text, found)
    title_head_in_initials_first_authors(text, found)
    title_word_after_surname_first_authors(text, found)
    title_tail_in_journal_run(text, found)
    journal_head_in_title(text, found)
    quoted_title_in_authors(text, found)
    journal_tail_in_title(text, found)
    journal_sentence_in_title(text, found)
    journal_before_vancouver_source(text, found)
    meeting_word_closing_title(text, found)
    subtitle_in_journal_run(text, found)
    glued_in_opening_venue(text, found)
    report_code_closing_title(text, found)
    names_after_title(text, found)
    surname_before_initials_after_title(text, found)
    names_and_year_open_title(text, found)
    numbers_closing_title(text, found)
    publisher_after_comma_in_title(text, found)
    place_closing_meeting(text, found)
    # numbers at the title's edges: a glued year, a span of years, an edition, a volume count (session 12)
    reference_title_numbers.repair(text, found)
    # a meeting's month or place, a proceedings volume after ", in" (session 12; imports this module)
    from pipeline.ingest import reference_title_meetings

    reference_title_meetings.repair(text, found)
    found[:] = [run for run in found if run[2] > run[1]]
