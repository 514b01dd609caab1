"""Two or more reference entries glued into one block: find where the next one starts.

A text reader joins consecutive lines, and a PDF line can carry the end of one
entry and the start of the next. An entry starts again after a finished entry
(it ends with ``.``, or with its DOI or address as APA entries do, and holds a year or a DOI) where either the next number of
a numbered list follows (``... 2019;12:45. 13. Smith J ...``, ACS ``(13) Smith, J.``) or, in an
unnumbered list, a first author in a list's form (``Smith, J.``, ``Smith JA,``,
``van der Berg, A.``) followed by a year within the next few hundred
characters.
"""

from __future__ import annotations

import re

from pipeline.ingest.group_authors import opens_group_entry
from pipeline.ingest import not_out

_YEAR = re.compile(r"\b(?:19|20)\d{2}[a-z]?\b")
_FIRST_AUTHOR = re.compile(
    r"(?:(?:[Vv]an|[Vv]on|[Dd]e|der|den|[Dd]a|[Dd]i|[Dd]u|dos|das|la|le|[Dd]el)\s+)*[A-Z\u00C0-\u00DE\u0100-\u024F][\w'’\-]+"
    r"(?:,\s(?:[A-Z]\.\s?-?){1,3}(?=[,\s(&]|and\b)|\s[A-Z]{1,3},|\s[A-Z]{1,3}\.\s|\s[A-Z]{1,3}(?=\s\((?:19|20)\d{2}|\s\((?:" + not_out.PATTERN + ")))"
)
_DOI = re.compile(r"10\.\d{4,9}/")
# a volume and its pages closing an entry, Springer's way: "14:1749–1760", "12(3):45-67", "8:e1002"
_ENDS_PAGES = re.compile(r"\b\d{1,4}[A-Za-z]?(?:\s?\(\d{1,4}\))?:\s?[A-Za-z]?\d{1,6}(?:\s?[\u2013\u2014-]\s?[A-Za-z]?\d{1,6})?$")
# a group author and its bracketed year ("R Core Team (2024). Title", "World Health Organization (2020).")
# (Springer prints no period after the year: "GTEx Consortium (2020) Title")
_GROUP_AUTHOR = re.compile(r"(?!(?:In|Proc|Proceedings)\s)(?:[A-Z][\w\-]*\s){1,5}\((?:(?:19|20)\d{2}[a-z]?|" + not_out.PATTERN + r")\)\.?\s+[A-Z]")
# a work not yet out has no year ("Tanaka, P., and Zhang, H. (in press). Title")
_NOT_OUT = re.compile(r"\((?:" + not_out.LOWER + r"|n\.\s?d\.)\)")
# a surname's start after a raised label: a capital and a lower-case letter ("Smith", "O'Neill", not the
# element of an isotope "¹³C-"), or a particle ("le Roux", "dos Santos")
_NAME_START = (r"(?:[A-Z\u00C0-\u00DE\u0100-\u024F][a-z\u00DF-\u024F'’]|(?:van|von|de|der|den|da|di|du|dos|la|le|del)\s"
               r"|[A-Z]{2,}[a-z]*\s[A-Z])")  # ... or a group author's capitals ("ENCODE Project Consortium")
_SUPER_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


# an APA entry ends with its DOI or address and no period ("... https://doi.org/10.1/x")
_ENDS_LINK = re.compile(r"(?:https?://|www\.|doi\.org/|doi:\s?|10\.\d{4,9}/)\S*$", re.I)


def ends_with_link(text: str) -> bool:
    """The entry ends with a DOI or web address (APA: no period after it)."""
    return bool(_ENDS_LINK.search(text.rstrip()))


def not_out_with_title(text: str) -> bool:
    """An entry not yet out that prints its title after the marker (``Smith J (in press) Title.
    Journal``): whole, though it ends with no period, pages or link (Springer)."""
    out = _NOT_OUT.search(text)
    return out is not None and len(text.rstrip()) - out.end() >= 20


def _finished_entry(text: str, min_chars: int = 40) -> bool:
    text = text.rstrip()
    return len(text) >= min_chars and (text.endswith(".") or bool(_ENDS_LINK.search(text))) and bool(
        _YEAR.search(text) or _DOI.search(text) or _NOT_OUT.search(text))


# a block that opens with the address or DOI ending the entry before it (the line broke after the
# entry's text): "https://www.example.org/data/4159 Andersen, M.E., ..." is that address, then an entry
_LEAD_LINK = re.compile(r"(?:https?://|www\.|doi:\s?|10\.\d{4,9}/)\S+")


def split_glued(text: str, next_number: int | None, continues: bool = False) -> list[str]:
    """``text`` cut into entries; ``next_number`` is the number the next entry of a numbered
    list would carry (None for an unnumbered list). ``continues``: ``text`` carries on an open
    entry that holds its year (a list set with a first-line indent: the reader's block ends one
    entry and opens the next, ``culture and mice. J. Cell Biol. 100, 0–9. Lindqvist, A. B., ...``),
    so its first piece need only end like an entry."""
    pieces: list[str] = []
    start = 0

    def finished(head: str, min_chars: int = 40) -> bool:
        return _finished_entry(head, min_chars) or (start == 0 and (
            (continues and head.rstrip().endswith((".", ")"))) or _LEAD_LINK.fullmatch(head.strip()) is not None))
    if next_number is not None:
        number, prefix = next_number, ""
        # "... 45. 13. Smith", "(13) Smith", "[13] Smith"; and the next number raised and glued to the
        # last entry's end when the reader took a list's number for a superscript ("...2412³ Park CE")
        # A list set with raised labels opens each entry with one, a space before it or none after it
        # ("... (2015). https://doi.org/10.1/x ⁶Ibáñez, P., ..."): a raised number before a capital
        # ... a number after an entry that ends with its DOI or address ("...onc.81287 12 von Arnim, F.")
        found = list(re.finditer(r"(?:(?:(?<=\.)|(?<=[\w/\-]))\s+(?:(\d{1,4})(\.?)|\((\d{1,3})\)|\[(\d{1,4})\])(?=\s+\S)"
                                 r"|(?<=[\w.])(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})(?=\s+\S)"
                                 rf"|(?:(?<=[\w./)]\s)|(?<=[\w./)]))(?P<lead>[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,4}})(?=\s?{_NAME_START}))", text))
        # a plain number after a word (not after a period) opens an entry only after a link
        found = [m for m in found if m.group("sup") or m.group("lead") or text[m.start() - 1 : m.start()] == "."
                 or ends_with_link(text[max(0, m.start() - 300) : m.start()])]
        capital = [bool(re.match(r"\s+(?:[A-Z\u00C0-\u00DE\u0100-\u024F]|(?:van|von|de|der|den|da|di|du|dos|la|le|del)\s)", text[m.end():]))
                   or bool(m.group("lead")) for m in found]
        # an entry opening with no capital ("10x Genomics", "de Bruin") only at a numeral with a period
        marks = [m for m, cap in zip(found, capital) if cap or m.group(2) or m.group(3) or m.group(4)]
        capital = [cap for m, cap in zip(found, capital) if cap or m.group(2) or m.group(3) or m.group(4)]
        values = [int(m.group(1) or m.group(3) or m.group(4) or (m.group("sup") or m.group("lead")).translate(_SUPER_DIGITS))
                  for m in marks]
        for k, m in enumerate(marks):
            value = values[k]
            if not capital[k] and value != number:
                continue
            # the reader may join a column's last entry with a later column's run of entries
            # ("... (2005). 81. Rodriguez ... (2000). 82. Sharpe ..."): a number ahead of the
            # expected one opens an entry when the next mark carries the number after it
            ahead = value > number and k + 1 < len(values) and values[k + 1] == value + 1 and not marks[k].group("sup")
            # a short entry ("Anonymous. Editorial. BMJ. 2018;1:2.") ends before the expected number
            if (value == number or ahead) and finished(text[start : m.start()], 40 if ahead else 24):
                pieces.append(prefix + text[start : m.start()].strip())
                start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
                prefix = ""
                if m.group("sup") or m.group("lead"):  # the raised number is the list's: "³ Park CE" is entry "3. Park CE"
                    start, prefix = m.end(), f"{value}. "
                number = value + 1
        pieces.append(prefix + text[start:].strip())
        return [p for p in pieces if p]
    for m in re.finditer(r"(?<=\S)\s+(?=[A-Z\u00C0-\u00DE\u0100-\u024Fvdl])", text):
        head = text[start : m.start()]
        tail = text[m.end() :]
        # Springer's entries end at their pages with no period ("... Mol Cancer 14:1749–1760 Björk EG, ...")
        ends = finished(head) or (len(head) >= 40 and _ENDS_PAGES.search(head) is not None and bool(_YEAR.search(head)))
        # ... and an entry not yet out ends at its journal ("Smith J (in press) Title. Autophagy Res Lee K, ...")
        ends = ends or not_out_with_title(head)
        if not ends or not (_FIRST_AUTHOR.match(tail) or _GROUP_AUTHOR.match(tail) or opens_group_entry(tail)):
            continue
        if not (_YEAR.search(tail[:300]) or _NOT_OUT.search(tail[:300])):
            continue
        pieces.append(head.strip())
        start = m.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


# a word processor's wide number with no space after it ("100.Mayer MP, Bukau B: ...")
_GLUED_NUMBER = re.compile(r"^\s*(\d{1,4})\.(?=[A-Z\u00C0-\u00DE][\w'’\-]+[\s,])")


# the expected number of a numbered list before an entry that opens with no capital
# ("3. 10x Genomics. Cell Ranger ...", "4. de Bruin EC, ...", "[5] [No authors listed]. ...")
_ANY_START_NUMBER = re.compile(r"^\s*(?:\[(\d{1,4})\]|\((\d{1,3})\)|(\d{1,4})[.)])\s+(?=\S)")


def split_expected_number(text: str, expected: int) -> str | None:
    """The entry after the expected number, whatever it opens with; None otherwise."""
    m = _ANY_START_NUMBER.match(text)
    if m is None or int(m.group(1) or m.group(2) or m.group(3)) != expected:
        return None
    return text[m.end():].strip()


def split_glued_number(text: str, expected: int) -> str | None:
    """The entry after ``expected``'s number when the number is glued to the first author
    (``100.Mayer MP``); None unless the number is the expected one."""
    m = _GLUED_NUMBER.match(text)
    if m is None or int(m.group(1)) != expected:
        return None
    return text[m.end():].strip()


_URL = re.compile(r"https?://|www\.", re.I)
#: An entry with no author is short: a web page's title and address.
MAX_UNAUTHORED_CHARS = 400


def opens_unauthored_entry(text: str) -> bool:
    """In an unnumbered list, a separate block that is a whole entry with no author: a web
    page or report cited by its title and address (``Beer Market Size, Industry Share.
    https://www.example.com/report.``). A capital opens it, it is short, it carries an
    address and it ends like an entry."""
    text = text.strip()
    return (bool(text) and text[0].isupper() and len(text) <= MAX_UNAUTHORED_CHARS
            and bool(_URL.search(text)) and text.endswith((".", "/")))



# One author as an author-year list prints it: "Lind, T.", "van der Berg, A. B.", "Okafor, P.-J."
_LIST_AUTHOR = (r"(?:(?:van|von|de|der|den|da|di|du|dos|das|la|le|del|ten|ter)\s+)*[A-Z\u00C0-\u00DE\u0100-\u024F][\w'’\-]+"
                r",\s(?:[A-Z\u00C0-\u00DE\u0100-\u024F]\.\s?-?){1,3}")
# ... a whole author list, then the title's first word: "Lind, T., and Berg, K. TestTool: ..."
_UNDATED_OPENING = re.compile(rf"{_LIST_AUTHOR}(?:,\s{_LIST_AUTHOR})*(?:,?\s(?:et\s+al\.|(?:and|&)\s{_LIST_AUTHOR}))?\s+[A-Z0-9\u00C0-\u024F]")
MAX_UNDATED_CHARS = 600


def opens_undated_entry(text: str) -> bool:
    """In an unnumbered list, a block that is a whole entry printing no year: a software page, a
    manual or a work in press whose date the list leaves out (``Lind, T., and Berg, K. TestTool: a
    program ... https://...``; ``Quist, T. Title. Journal, in press.``). It opens with an author
    list in the list's ``Surname, I.`` form right before a capitalised title word, is short, and
    ends like an entry (a period, or an address)."""
    text = text.strip()
    return (len(text) <= MAX_UNDATED_CHARS and _UNDATED_OPENING.match(text) is not None
            and (text.endswith(".") or bool(_URL.search(text.rsplit(None, 1)[-1]))))


# an upper-case run of words ("ACKNOWLEDGMENTS", "DATA AND MATERIALS AVAILABILITY")
_CAPS_RUN = re.compile(r"(?<![\w\-])[A-Z][A-Z’'\-]+(?:\s+[A-Z][A-Z’'\-]+)*(?![\w\-])")


def split_run_in_back(text: str, is_back_title) -> tuple[str, str, str] | None:
    """Science and others print their back matter run in after the last entry, its heading in
    capitals on the same line (``... doi: 10.5281/zenodo.1234567 ACKNOWLEDGMENTS We are grateful to ...``):
    (entry, heading, rest), or None. ``is_back_title`` says whether words are a back-matter
    heading; the heading must follow some text, and the words after it are the statement."""
    for m in _CAPS_RUN.finditer(text):
        title = " ".join(m.group(0).split())  # the whole capitals run: "NOTES ON THE GENUS" is a title's
        if len(title) >= 5 and is_back_title(title):
            before, after = text[: m.start()].rstrip(), text[m.end():].lstrip(" :.")
            if len(before) >= 20 and after:
                return before, title, after
    return None
