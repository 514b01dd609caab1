"""Reference-list entries: recognise them, repair them, parse them into fields.

Handles numbered entries (``1.``, ``[1]``, ``^{4.}``, a number alone) in the
Vancouver family (``Authors. Title. Journal (Year) 12(3):45-67. doi:...``,
``Journal. Year;12(3):45-67``) and author-year entries (``Smith J, Doe A
(2020). Title. Journal, 12, 45-67.``). Written by hand because the maintained
reference parsers (GROBID, CERMINE, anystyle) are services or JVM/Ruby tools
that cannot be installed from PyPI; the field grammar here is deliberately
small and tested on the review and the real PDFs of ``../shared/data/pdfs``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.document import Reference
from pipeline.ingest import reference_crf
from pipeline.ingest import not_out
from pipeline.ingest import group_authors
from pipeline.ingest.group_authors import group_words as _group_words

# -- DOIs (pipeline.ingest.doi; re-exported for callers) ------------------------

from pipeline.ingest.doi import find_doi, find_doi_span, normalize_doi  # noqa: E402,F401

# -- entry boundaries ----------------------------------------------------------

# "12. Smith", "[12] Smith", "^{4.} Zheng", "12 Smith" (number then a capitalised surname or particle).
# ... and a raised label the PDF reader gives as Unicode superscripts, with or without a space ("⁹Müller W")
_ENTRY_NUMBER = re.compile(
    r"^\s*(?:(?:\^\{\s*(?P<sup>\d{1,4})\.?\s*\}|\[(?P<square>\d{1,4})\]|\((?P<paren>\d{1,3})\)|(?P<plain>\d{1,4})[.)]?)\s+"
    r"|(?P<raised>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})\.?\s*)(?=\S)"
)
# after a raised label, a surname: a capital and a lower-case letter, or a particle (not the element "¹³C-")
_RAISED_NAME = re.compile(r"[A-Z\u00C0-\u00DE\u0100-\u024F][a-z\u00DF-\u024F'’]|(?:van|von|de|der|den|da|di|du|dos|das|des|la|le|del|della|ten|ter)\s|[A-Z]{2,}[a-z]*\s[A-Z]")
_RAISED_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# ... or a one-letter name opening a group author ("41. Q Dev Group. 2021. Q: a toolkit ...")
_LOOKS_LIKE_AUTHOR = re.compile(r"^(?:[A-Z\u00C0-\u024F][\w'’\-]+|[A-Z\u00C0-\u024F]\.|[A-Z]\s[A-Z][a-z]+\s[A-Z]|(?:da|de|van|von|der|di|le|la|el|al|dos|das|du|del|della|den|des|ten|ter)\s)")


def split_entry_number(line: str) -> tuple[int | None, str]:
    """``"12. Smith J ..."`` -> (12, ``"Smith J ..."``); (None, line) when unnumbered."""
    match = _ENTRY_NUMBER.match(line)
    if not match:
        return None, line.strip()
    rest = line[match.end() :]
    if not _LOOKS_LIKE_AUTHOR.match(rest):
        return None, line.strip()
    if match.group("raised") and not _RAISED_NAME.match(rest):
        return None, line.strip()  # "¹³C-labelled": an isotope, no label
    number = int(match.group("sup") or match.group("square") or match.group("paren") or match.group("plain")
                 or match.group("raised").translate(_RAISED_DIGITS))
    return number, rest.strip()


def looks_like_reference(text: str) -> bool:
    """An entry has authors with initials, a year, or a DOI; a sentence of prose has none of these patterns together."""
    # a year inside a DOI or web address ("https://doi.org/10.9886/int.2022.8710", the rest of an
    # entry broken across columns) is no entry's year; an entry not yet out prints "(in press)"/"(n.d.)"
    bare = re.sub(r"(?:https?://|doi:\s?|\b10\.\d{4,9}/)\S+", " ", text)
    # ... or a year the PDF reader took for a raised run ("Costa, L. J., and Huang, M.²⁰²² Title")
    has_year = re.search(r"\b(?:19|20)\d{2}[a-z]?\b|\((?:" + not_out.PATTERN + r"|n\.\s?d\.)\)|(?:¹⁹|²⁰)[⁰¹²³⁴⁵⁶⁷⁸⁹]{2}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])", bare) is not None
    # ... "Šimić GG (in press)": a Latin Extended capital, and initials right before the bracketed year
    has_initials = re.search(r"\b[A-Z\u00C0-\u00DE\u0100-\u024F][\w'’\-]+,?\s+(?:[A-Z]{1,3}|(?:[A-Z]\.\s?){1,3})"
                             r"(?:,|\.|\s+et al|\s\((?:(?:19|20)\d{2}|[Ii]n press))", text) is not None
    return (has_year and (has_initials or find_doi(text) is not None)) or (has_initials and "et al" in text)


# -- fields ----------------------------------------------------------------------

_YEAR_PAREN = re.compile(r"\((?P<year>(?:19|20)\d{2})[a-z]?\)")
_YEAR_NLM = re.compile(r"\.\s*(?P<year>(?:19|20)\d{2})[a-z]?(?:\s+[A-Z][a-z]{2})?(?:\s+\d{1,2})?\s*[;:]")
_YEAR_ANY = re.compile(r"\b(?P<year>(?:19|20)\d{2})[a-z]?\b")
_ITALIC = re.compile(r"\*(?P<journal>[^*]{2,200})\*")
_AUTHORS_END = re.compile(r"(?:\bet al\.|(?<=\b[A-Z])\.|(?<=\b[A-Z][A-Z])\.|(?<=\b[A-Z][A-Z][A-Z])\.)\s+")
_VOL_PAGES = re.compile(
    r"(?P<volume>\d+[A-Za-z]?(?:\s?\([^)]{1,20}\))?)\s*[:,]\s*(?P<pages>[A-Za-z]?\d+(?:\s?[\u2013\u2014-]\s?[A-Za-z]?\d+)?)"
)


@dataclass
class _Parts:
    authors: str = ""
    title: str = ""
    journal: str = ""
    year: int | None = None
    volume: str = ""
    pages: str = ""


def _split_authors(text: str) -> tuple[str, str]:
    """Authors run to "et al." or to the first period that closes a name's initials."""
    match = _AUTHORS_END.search(text)
    if not match:
        return "", text
    return text[: match.end()].strip(), text[match.end() :].strip()


def authors_to_list(authors: str) -> list[str]:
    authors = re.sub(r",?\s*et al\.?$", "", authors.strip()).rstrip(".")
    authors = re.sub(r"(?<=[a-z])- (?=[a-z])", "", authors)  # "Bhagavat- ula": a name hyphenated at a line end
    authors = re.sub(r"\s*(?:,\s*)?(?:&|\band\b)\s+", ", ", authors)
    if ";" in authors:
        parts = authors.split(";")
    else:
        parts = authors.split(",")
        # "Smith, J., Doe, A." splits into surname/initials pairs: re-join them.
        if len(parts) >= 2 and all(re.fullmatch(r"\s*(?:[A-Z]\.?\s?)+(?:-[A-Z]\.?)?\s*", p) for p in parts[1::2] if p.strip()):
            parts = [f"{a.strip()}, {b.strip()}" for a, b in zip(parts[0::2], parts[1::2])]
    return [p.strip() for p in parts if p.strip()]


def _journal_italic(text: str, before: int) -> re.Match[str] | None:
    """The journal is the last italic run before the year; earlier ones are italic words
    inside the title (``*via*``, ``*In vitro*``)."""
    candidates = [m for m in _ITALIC.finditer(text) if m.start() < before and m.start() > 0]
    return candidates[-1] if candidates else None


def _parse_vancouver(body: str) -> _Parts:
    parts = _Parts()
    parts.authors, rest = _split_authors(body)
    year_match = _YEAR_PAREN.search(rest) or _YEAR_NLM.search(rest)
    italic = _journal_italic(rest, year_match.start() if year_match else len(rest))
    if italic:
        parts.title = rest[: italic.start()].strip()
        parts.journal = italic.group("journal").strip()
        tail = rest[italic.end() :]
    elif year_match:
        head = rest[: year_match.start()].rstrip(" .")
        # Title ends at the last ". " before the journal; journals in NLM style carry no periods.
        cut = head.rfind(". ")
        if cut == -1:
            parts.title, parts.journal = head, ""
        else:
            parts.title, parts.journal = head[:cut], head[cut + 2 :]
        tail = rest[year_match.start() :]
    else:
        parts.title, tail = rest, ""
    if year_match:
        parts.year = int(year_match.group("year"))
    vol = _VOL_PAGES.search(tail)
    if vol:
        parts.volume = re.sub(r"\s+", "", vol.group("volume"))
        parts.pages = re.sub(r"\s+", "", vol.group("pages"))
    return parts


def _parse_author_year(body: str, year_match: re.Match[str]) -> _Parts:
    parts = _Parts(authors=body[: year_match.start()].strip(" ,."), year=int(year_match.group("year")))
    rest = body[year_match.end() :].lstrip(" .,:")
    italic = _ITALIC.search(rest)
    if italic:
        parts.title, parts.journal = rest[: italic.start()].strip(), italic.group("journal").strip()
        tail = rest[italic.end() :]
    else:
        sentences = re.split(r"(?<=[.?!])\s+(?=[A-Z])", rest, maxsplit=1)
        parts.title = sentences[0]
        tail = sentences[1] if len(sentences) > 1 else ""
        journal = re.split(r"[,.;]?\s+\d|,\s*\d", tail, maxsplit=1)[0]
        parts.journal = journal.strip(" .")
    vol = _VOL_PAGES.search(tail)
    if vol:
        parts.volume = re.sub(r"\s+", "", vol.group("volume"))
        parts.pages = re.sub(r"\s+", "", vol.group("pages"))
    return parts


_YEAR_DOTTED = re.compile(r"[.,]\s+(?P<year>(?:19|20)\d{2})[a-z]?\.\s+")
_QUOTED_TITLE = re.compile(r"[“\"](?P<title>[^”\"]{5,400}?)[,.]?[”\"]")


def _parse_quoted(body: str, quoted: re.Match[str]) -> _Parts:
    """IEEE: ``H. Lindgren, “Title,” Journal, vol. 212, no. 7, pp. 410-418, 2003.``"""
    parts = _Parts(authors=body[: quoted.start()].strip(" ,."), title=quoted.group("title"))
    tail = body[quoted.end() :].lstrip(" ,.")
    parts.journal = re.split(r",\s*(?:vol\.|no\.|pp\.|p\.|\d)|\s+\d", tail, maxsplit=1)[0].strip(" ,.")
    years = _YEAR_ANY.findall(tail)
    parts.year = int(years[-1]) if years else None
    vol = re.search(r"vol\.\s*(\w+)", tail)
    pages = re.search(r"pp?\.\s*([\w\u2013-]+)", tail)
    parts.volume = vol.group(1) if vol else ""
    parts.pages = pages.group(1) if pages else ""
    return parts


def _parse_dotted_year(body: str, year: re.Match[str]) -> _Parts:
    """ASM / ACL: ``Authors. 2017. Title. Journal 12:45-67.`` or ``Title. In Venue.``"""
    parts = _Parts(authors=body[: year.start()].strip(" ,."), year=int(year.group("year")))
    rest = body[year.end() :]
    sentences = re.split(r"(?<=[a-z0-9)?])[.?]\s+(?=[A-Z])", rest, maxsplit=1)
    parts.title = sentences[0]
    tail = sentences[1] if len(sentences) > 1 else ""
    tail = re.sub(r"^In\s+(?:Proceedings of\s+(?:the\s+)?)?", "", tail)
    parts.journal = re.split(r"[,.;]?\s+\d|,\s*\d|\s*\(", tail, maxsplit=1)[0].strip(" .,")
    vol = _VOL_PAGES.search(tail)
    if vol:
        parts.volume = re.sub(r"\s+", "", vol.group("volume"))
        parts.pages = re.sub(r"\s+", "", vol.group("pages"))
    return parts


def _clean(text: str) -> str:
    text = text.replace("*", "")
    text = re.sub(r"\s+", " ", text)
    return text.strip(" .,;")


def _parse_crf(raw: str, spans: dict[str, tuple[int, int]]) -> _Parts:
    def text(label: str) -> str:
        span = spans.get(label)
        return raw[span[0] : span[1]] if span else ""

    parts = _Parts(authors=text("author"), title=text("title"), journal=text("journal"))
    if not parts.title and not parts.journal:
        parts.title = text("booktitle")
    elif not parts.journal:
        # a proceedings paper: its venue is the journal ("In Proceedings of the X" -> "X")
        parts.journal = re.sub(r"^(?:In:?\s+)?(?:Proceedings of\s+(?:the\s+)?)?", "", text("booktitle"))
    year = _YEAR_ANY.search(text("date"))
    parts.year = int(year.group("year")) if year else None
    parts.volume = re.sub(r"\s+", "", text("volume"))
    issue = re.sub(r"\s+", "", text("issue"))
    if parts.volume and issue and re.fullmatch(r"\s*\(\s*", raw[spans["volume"][1] : spans["issue"][0]]):
        parts.volume = f"{parts.volume}({issue})"  # the convention of the rule parser: "26(4)"
    parts.pages = re.sub(r"\s+", "", text("pages"))
    if "pages" in spans:  # an article number "eabc1234", "e1002", "S12": its letters belong to it
        s, e = spans["pages"]
        while s > 0 and raw[s - 1].isalpha():
            s -= 1
        glued = raw[s : spans["pages"][0]]
        if glued and re.fullmatch(r"e[a-z]{0,4}|[A-Z]", glued) and (s == 0 or not raw[s - 1].isalnum()):
            parts.pages = re.sub(r"\s+", "", raw[s:e])
    return parts


_JOURNAL_WORDS = re.compile(r"^(?:[A-Z][\w'’&.\-]*|of|and|the|in|for|&|de|et)(?:\s+(?:[A-Z(][\w'’&.()\-]*|of|and|the|in|for|&|de|et))*$")


_EDITION = re.compile(r"(?i),\s*(?:\d+\s?(?:st|nd|rd|th)|second|third|fourth|fifth|revised|new)\s+(?:edn|ed|edition)\.?\s*$")


def _journal_from_title(parts: _Parts) -> None:
    """``Title. Autophagy`` with no journal found: a short run of capitalised words after
    the title's last period, just before the year or volume, is the journal."""
    title = parts.title.rstrip(" .")
    # a CJK title and journal parted by an ideographic comma ("...耐性の関係、細胞誌")
    cjk_pair = re.fullmatch(r"(.*[\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff]{4,})[、，]\s*([\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff]{2,12})", title)
    if cjk_pair and not parts.journal and ". " not in title:
        parts.title, parts.journal = cjk_pair.group(1), cjk_pair.group(2)
        return
    # a title closed by "?" or "!" ("... a target in resistant tumours? Autophagy Research ...")
    mark = next(re.finditer(r"(?<=[^\W\d_])[?!]\s+(?=[A-Z])", title[max(title.rfind(". "), 0) :]), None) if title else None
    if parts.journal or (". " not in parts.title and not mark):
        return
    head, _, last = title.rpartition(". ")
    if mark:
        marks = list(re.finditer(r"(?<=[^\W\d_])[?!]\s+(?=[A-Z])", title))
        head, last = title[: marks[-1].start() + 1], title[marks[-1].end() :]
    # the volume the title ran on into ("... sampling. Probab. Theory Related Fields 121")
    volume = re.search(r"\s+(\d{1,4})$", last) if not parts.volume else None
    if volume:
        last = last[: volume.start()]
    # an abbreviated journal spans several period-closed words ("Probab. Theory ...")
    while head and ". " in head:
        before, _, word = head.rpartition(". ")
        if not re.fullmatch(r"[A-Z][a-z]{1,7}", word) or len(before.split()) < 3:
            break
        head, last = before, f"{word}. {last}"
    # (a CJK journal may hold a space the extraction put in: "東海腫瘤 研究")
    cjk = re.fullmatch(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af][\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af ]{0,20}[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]", last)
    # "Proc. Natl. Acad. Sci. USA", "Proc. 12th Int. Mitophagy Conference": a venue standing as
    # the title (a proceedings volume cited whole) is all abbreviations; a title has a word
    words = head.split()
    if len(words) >= 2 and all(w.endswith(".") or w[:1].isdigit() for w in words[:-1]):
        return
    if head and (cjk or (len(last.split()) <= 12 and _JOURNAL_WORDS.match(last.replace(", ", " ")))):
        parts.title, parts.journal = head, last
        if volume:
            parts.volume = volume.group(1)


def _italic_journal(raw: str, parts: _Parts) -> None:
    """Where the entry marks the journal in italics (``*Cell Rep*``), that run is the journal."""
    year = _YEAR_PAREN.search(raw) or _YEAR_NLM.search(raw)
    italic = _journal_italic(raw, year.start() if year else len(raw))
    if not italic:
        return
    journal = italic.group("journal").strip()
    title = parts.title.rstrip(" .")
    # the title ran into the journal's first words ("... treatment. Aging (" before "*Aging (Albany NY)*")
    head = next((journal[:k] for k in range(len(journal) - 1, 2, -1) if title.endswith(journal[:k].rstrip())), "")
    if head and len(title) > len(head) and title[: -len(head.rstrip())].rstrip().endswith("."):
        parts.title = title[: -len(head.rstrip())].rstrip(" .,")
        parts.journal = journal
    elif title.endswith(journal) and len(title) > len(journal):
        parts.title = title[: -len(journal)].rstrip(" .,")
        parts.journal = journal
    elif not parts.journal or parts.journal in journal:
        parts.journal = journal


def _group_author_from_title(parts: _Parts) -> None:
    """``Cancer Genome Atlas Research Network. Title ...`` with no author found: a first
    sentence of capitalised words ending in a group word (Network, Consortium, Group ...)
    is the group author."""
    head, sep, rest = parts.title.partition(". ")
    if not sep or not rest or len(head.split()) > 10:
        return
    words = head.split()
    last = words[-1].lower().strip(",;")
    last2 = " ".join(words[-2:]).lower()
    if words[0][:1].isupper() and (last in _group_words() or last2 in _group_words()):
        parts.authors, parts.title = head, rest


def _group_author_from_head(parts: _Parts, text: str) -> None:
    """``Test Health Organization (THO). (2012). Title. Place: THO.`` with no author found and the
    title read inside the group's name and acronym (the CRF drops the real title then) or from its
    name on: the group is the author, the sentence after its year the title."""
    head = group_authors.group_head(text)
    title = parts.title.rstrip(" .")
    if head is None or (title and title not in text[: head[1]] and not title.startswith(text[: head[1]].rstrip(" ."))):
        return
    title = re.split(r"(?<=[.?!])\s", text[head[1]:].strip(), maxsplit=1)[0].rstrip(" .")
    if len(title.split()) >= 2:
        parts.authors, parts.title = head[0], title


def parse_references(entries: list[tuple[str, int]]) -> list[Reference]:
    """``parse_reference(entry, number)`` of each (entry, number), the CRF tagging all the
    entries at once (``reference_crf.primed``): the same references, faster for a list."""
    with reference_crf.primed([_crf_text(re.sub(r"\s+", " ", entry).strip()) for entry, _ in entries]):
        return [parse_reference(entry, number=number) for entry, number in entries]


def _crf_text(raw: str) -> str:
    """The text of an entry the CRF tags."""
    return raw.replace("*", "")  # italics markup of the text reader; the CRF never saw it


def parse_reference(entry: str, number: int | None = None) -> Reference:
    """Parse one entry (its number already split off, or given) into a :class:`Reference`."""
    raw = re.sub(r"\s+", " ", entry).strip()
    if number is None:
        number, raw = split_entry_number(raw)
    doi = find_doi(raw)
    plain = _crf_text(raw)
    spans = reference_crf.fields(plain)
    if spans:
        parts = _parse_crf(plain, spans)
        _italic_journal(raw, parts)
        # a book cited whole (a place or publisher, no volume or pages) has no journal to find
        # in its title ("Ovid: After the Elegies. New Work on ..., Utrecht 1994")
        if not ({"pubplace", "publisher"} & spans.keys() and not {"volume", "pages", "issue"} & spans.keys()):
            _journal_from_title(parts)
        # "Classical Electrodynamics, 3rd edn": the edition is not part of the title
        parts.title = _EDITION.sub("", parts.title)
        if not parts.authors:
            _group_author_from_title(parts)
        if not parts.authors:
            _group_author_from_head(parts, plain)
        if not parts.authors:
            # one author the CRF took for the title ("Blagosklonny MV. Cancer prevention ..."):
            # the rule that authors end at the period closing a name's initials
            authors, rest = _split_authors(plain)
            if authors and re.fullmatch(r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?,?\s(?:[A-Z]{1,3}|(?:[A-Z]\.\s?){1,3})\.?", authors):
                parts.authors = authors
                if parts.title.startswith(authors.rstrip(".")):
                    parts.title = parts.title[len(authors.rstrip(".")) :].lstrip(" .")
        if parts.year is None:
            any_year = _YEAR_ANY.search(raw)
            parts.year = int(any_year.group("year")) if any_year else None
        return _reference(number, parts, doi, raw)
    span = find_doi_span(raw) if doi else None
    body = (raw[: span[0]] + raw[span[1] :]) if span else raw
    body = re.sub(r"(?i)\b(?:available (?:from|at)|https?://)\S*", "", body).strip(" .")
    year = _YEAR_PAREN.search(body)
    authors, rest = _split_authors(body)
    dotted = _YEAR_DOTTED.search(body[:600])
    quoted = _QUOTED_TITLE.search(body)
    if quoted and (not year or quoted.start() < year.start()) and quoted.start() < 400:
        parts = _parse_quoted(body, quoted)
    elif dotted and (not year or dotted.start() < year.start()):
        parts = _parse_dotted_year(body, dotted)
    # Author-year style: the parenthesised year follows the names directly.
    elif year and (not authors or year.start() <= len(authors) or rest.startswith(year.group(0))):
        parts = _parse_author_year(body, year)
    else:
        parts = _parse_vancouver(body)
    if parts.year is None:
        any_year = _YEAR_ANY.search(body)
        parts.year = int(any_year.group("year")) if any_year else None
    return _reference(number, parts, doi, raw)


def _reference(number: int | None, parts, doi: str, raw: str) -> Reference:
    """The parsed fields as a :class:`Reference` (text fields cleaned, authors split)."""
    return Reference(
        number=number if number is not None else 0,
        authors=authors_to_list(parts.authors),
        year=parts.year,
        title=_clean(parts.title),
        journal=_clean(parts.journal),
        doi=doi,
        raw=raw,
        volume=parts.volume,
        pages=parts.pages,
    )
