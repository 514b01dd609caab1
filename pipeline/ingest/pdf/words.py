"""Word-level repairs: odd Unicode, superscript citation numbers, line joining with de-hyphenation.

Hand-written because pdfplumber stops at positioned words: deciding that a small
raised ``12`` is a citation marker, or that ``evi-`` + ``dence`` is one word while
``FoxG1-`` + ``mediated`` keeps its hyphen, needs the geometry and the document's
own vocabulary together.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from pipeline.ingest.pdf.reader import Word
from pipeline.ingest.pdf.sup_tails import raised_separator
from pipeline.resources import model_path

# Presentation forms and spaces that PDFs carry but text never should (NFKC would
# also flatten superscripts, which we want to keep, so the map is explicit).
ODD_CHARS = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st", "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "",
    "\ufeff": "", "\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u2002": " ", "\u2003": " ",
    "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ",
    "\u200a": " ", "\u202f": " ", "\u2044": "/", "\u2215": "/",
}
ODD_RE = re.compile("|".join(map(re.escape, ODD_CHARS)))
# TeX-made PDFs print an accent as a spacing character after its letter ("Dahlstro¨m").
SPACING_ACCENTS = {"¨": "\u0308", "´": "\u0301", "`": "\u0300", "ˆ": "\u0302", "˜": "\u0303", "ˇ": "\u030c", "˚": "\u030a", "¸": "\u0327"}
SPACING_ACCENT_RE = re.compile("([A-Za-z])([" + "".join(SPACING_ACCENTS) + "])([a-z])")
CID_RE = re.compile(r"\(cid:\d+\)")
# (an em dash too: some journals set raised ranges with one, "³—⁵")
SUPERSCRIPT = str.maketrans("0123456789+-–—−‒=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁻⁻⁻⁼⁽⁾")
# A raised word that is only digits, commas and dashes: a citation marker (or an exponent);
# a range or list the line end broke keeps its dash or comma ("cisplatin⁴⁻" / "⁶ in cells").
SUP_CITATION_RE = re.compile(r"^[\[(]?\d{1,4}(?:\s*[,–—\-−‒]\s*\d{1,4})*[\])]?[,.;–—\-−‒]?$")
# A raised run that also carries a footnote symbol ("†,3,4", "12,‡") or lettered parts of one entry
# ("12a", "3,12a,b": parts (a), (b) of entry 12, as chemistry journals number them): the symbol is kept,
# after the raised numbers; the letters go (what is cited is the numbered entry).
SUP_SYMBOLS = "*†‡§¶"
SUP_MIXED_RE = re.compile(rf"^(?P<pre>[{SUP_SYMBOLS}]+,?)?(?P<core>\d{{1,4}}[a-h]?(?:[,–—\-−‒](?:\d{{1,4}}[a-h]?|[a-h]))*)"
                          rf"(?P<post>,?[{SUP_SYMBOLS}]+)?[.;]?$")
_SUP_LETTERS_RE = re.compile(r"[,–—\-−‒][a-h](?!\d)|(?<=\d)[a-h]")
FULL_SIZE_SUP = json.loads(model_path("ingest", "pdf_lines.json").read_text(encoding="utf-8"))["full_size_sup"]
SUP_SIZE_RATIO = 0.86  # a superscript is at most this fraction of its line's font size
SUP_RAISE_RATIO = 0.15  # ... and its bottom sits at least this fraction of the size above the baseline
NO_SPACE_GAP_RATIO = 0.1  # words closer than this fraction of the size are one word (split by a font change)
HYPHEN_END_RE = re.compile(r"(\S*?)([A-Za-z]+)-$")
WORD_START_RE = re.compile(r"^([a-z]+)")


@lru_cache(maxsize=1 << 16)  # a pure function of the text, asked for every word of every line, most of them repeats
def normalize_text(text: str) -> str:
    """Ligatures, soft hyphens, exotic spaces and ``(cid:N)`` junk out; spacing accents composed; NFC."""
    text = CID_RE.sub("", text)
    text = ODD_RE.sub(lambda m: ODD_CHARS[m.group(0)], text)
    if SPACING_ACCENT_RE.search(text):
        text = SPACING_ACCENT_RE.sub(lambda m: m.group(1) + SPACING_ACCENTS[m.group(2)] + m.group(3), text)
    return unicodedata.normalize("NFC", text)


def to_superscript(text: str) -> str:
    """``12,13`` -> ``¹²,¹³``; brackets and a trailing period are dropped."""
    core = text.strip("[]().;")
    return core.translate(SUPERSCRIPT)


def mixed_superscript(text: str) -> str | None:
    """``†,3,4`` -> ``³,⁴†``, ``26,‡`` -> ``²⁶‡``, ``12a,b`` -> ``¹²``; None for any other raised text.

    Only runs that a footnote symbol or a part letter keeps from ``SUP_CITATION_RE``.
    """
    m = SUP_MIXED_RE.match(text)
    if m is None or not (m.group("pre") or m.group("post") or _SUP_LETTERS_RE.search(m.group("core"))):
        return None
    core = _SUP_LETTERS_RE.sub("", m.group("core")).translate(SUPERSCRIPT)
    # the symbol goes after the numbers ("†,3,4" -> "³,⁴†"): a raised run follows its word, and a symbol
    # before raised digits is an author's or affiliation's mark ("Sharma†¹"), not a citation's host
    return core + (m.group("pre") or "").rstrip(",") + (m.group("post") or "").lstrip(",")


def mark_superscripts(words: list[Word], line_size: float, baseline: float) -> None:
    """Flag words that are smaller than the line and raised above its baseline.

    A citation run in the text's size or a little larger is raised too when it sits well above the
    baseline glued to a lower-case word or punctuation (``full_size_sup`` in
    ``models/ingest/pdf_lines.json``): not the glyphs of rotated figure labels (``K17`` + ``5``),
    which follow a digit or a capital, nor a power after a number (``1:1000`` + ``11``).
    """
    for i, w in enumerate(words):
        if w.size <= line_size * SUP_SIZE_RATIO and w.bottom <= baseline - SUP_RAISE_RATIO * line_size:
            w.sup = True
        elif (i > 0 and w.size <= line_size * FULL_SIZE_SUP["size_ratio"]
              and w.bottom <= baseline - FULL_SIZE_SUP["raise_em"] * line_size and SUP_CITATION_RE.match(w.text)
              and w.x0 - words[i - 1].x1 < NO_SPACE_GAP_RATIO * line_size and _FULL_SIZE_HOST.search(words[i - 1].text)):
            w.sup = True


_FULL_SIZE_HOST = re.compile(r"(?:[a-z\u00DF-\u024F]{2}|[.,;:)\]”’\"%])$")


def words_to_text(words: list[Word], line_size: float) -> str:
    """One line's words -> text; superscript numbers become Unicode superscripts glued to the word before."""
    parts: list[str] = []
    prev: Word | None = None
    no_space = NO_SPACE_GAP_RATIO * max(line_size, 1.0)
    for i, w in enumerate(words):
        text = normalize_text(w.text)
        if not text:
            continue
        tail = raised_separator(words, i, SUP_CITATION_RE) if w.sup else None
        mixed = mixed_superscript(text) if w.sup and tail is None and not SUP_CITATION_RE.match(text) else None
        if w.sup and (mixed is not None or SUP_CITATION_RE.match(text)):
            text = mixed if mixed is not None else to_superscript(text)
            nxt = words[i + 1] if i + 1 < len(words) else None
            prefix = nxt is not None and nxt.x0 - w.x1 < no_space and prev is not None and w.x0 - prev.x1 >= no_space
            glue = not prefix  # "resistance¹²" glues back; "the ¹H NMR" is a prefix of the next word
        elif tail is not None:  # a raised list's comma or dash drawn as a run of its own (sup_tails)
            text, glue = tail
        else:
            glue = prev is not None and (w.x0 - prev.x1) < no_space
            if prev is not None and prev.sup and not glue and w.text[:1] in ",.;:)":
                glue = True
        if parts and not glue:
            parts.append(" ")
        parts.append(text)
        prev = w
    return "".join(parts).strip()


def hyphen_vocabulary(texts: Iterable[str]) -> tuple[set[str], set[str]]:
    """Words seen whole and hyphenated words seen mid-line, lower-cased: the document's own lexicon.

    The first and last token of every line are left out: they may be halves of a
    word broken at a line end.
    """
    whole: set[str] = set()
    hyphenated: set[str] = set()
    for t in texts:
        for tok in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", t)[1:-1]:
            low = tok.lower()
            if "-" in low:
                hyphenated.add(low)
                whole.update(low.split("-"))
            else:
                whole.add(low)
    return whole, hyphenated


def join_hyphenated(left: str, right: str, whole: set[str] = frozenset(), hyphenated: set[str] = frozenset()) -> str:
    """Join two lines where ``left`` ends in a hyphen: drop it for a broken word, keep a real one.

    The hyphen stays when the part before it holds a digit, a slash or an
    upper-case letter after its first (``FoxG1-``, ``SBI-``, ``PINK1/Parkin-``), when
    the next line starts with a capital or digit, when the document prints the
    hyphenated form elsewhere, or when both halves are words the document uses
    on their own (``non-small-`` + ``cell``, ``tumor-`` + ``associated``). It goes
    when the joined word occurs in the document, or when a half is no word of it
    (``evi-`` + ``dence``, ``life-threa-`` + ``tening``).
    """
    m = _hyphen_end(left)
    start = WORD_START_RE.match(right)
    if m is None or start is None:
        return left + right  # keep the hyphen: "SBI-" + "0206965", "anti-" + "PD-1"
    prefix, stem = m.group(1), m.group(2)
    rest = start.group(1)
    whole_word = (stem + rest).lower()
    hyph_word = f"{stem}-{rest}".lower()
    if re.search(r"[0-9/]", prefix) or re.search(r"[A-Z]", stem[1:]) or (prefix and prefix[-1].isalnum()):
        return left + right
    if whole_word in whole and hyph_word not in hyphenated:
        return left[:-1] + right
    if hyph_word in hyphenated or (stem.lower() in whole and rest.lower() in whole):
        return left + right
    tails = _compound_tails()
    if len(stem) >= tails[0] and rest.lower() in tails[1]:
        return left + right  # ``drug-`` + ``resistant``: a compound's second part (models/ingest/hyphen_compounds.json)
    return left[:-1] + right


@lru_cache(maxsize=1)
def _compound_tails() -> tuple[int, frozenset[str]]:
    data = json.loads(model_path("ingest", "hyphen_compounds.json").read_text(encoding="utf-8"))
    return data["min_head_letters"], frozenset(data["tails"])


def _hyphen_end(left: str) -> re.Match[str] | None:
    """``HYPHEN_END_RE.search(left)``'s groups, read from ``left``'s last whitespace-free run only.

    The match holds no whitespace and ends at the end (or before a final newline), so it lies in that
    run, and search's leftmost match starts where the run does. Searching the whole of ``left`` (a
    paragraph joined so far) tried every position of it: quadratic over a paragraph's lines.
    """
    body = left[:-1] if left.endswith("\n") else left
    if not body.endswith("-"):
        return None
    return HYPHEN_END_RE.search(body.rsplit(None, 1)[-1])  # str.split's whitespace is re's \s (both Py_UNICODE_ISSPACE)


# a word cut after its ligature glyph by a space (``signifi cant``, ``fl uorescence``: ACS/OUP fonts
# whose ligature is drawn with its own advance); "ffi"/"ffl" before "fi"/"fl"/"ff"
LIGATURE_SPLIT_RE = re.compile(r"\b([A-Za-z]*(?:ffi|ffl|fi|fl|ff)) ([a-z]+)\b")
LIGATURES = frozenset({"fi", "fl", "ff", "ffi", "ffl"})
LIGATURE_MIN_REST = 4  # letters after the space when neither piece is a known word ("Soufi et" stays)


def join_ligature_splits(text: str, whole: set[str] = frozenset()) -> str:
    """``traffi cking`` -> ``trafficking``: rejoin a word split by a space after a ligature.

    Joined when the joined word is an ordinary word (``models/ingest/plain_words.txt.gz``) or one
    the document prints whole (``whole``), and the two pieces are not both words (``off set``
    stays; a bare ligature piece such as ``fl`` counts as no word); or when neither piece is a word
    and LIGATURE_MIN_REST letters follow (``fl occulating``; a surname before ``et`` stays)."""
    if " " not in text or not LIGATURE_SPLIT_RE.search(text):
        return text
    from pipeline.ingest.flat_citations import is_plain_word  # the shared ordinary-word list (lazy: loads data)

    def repl(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        joined = left + right
        low = joined.lower()
        left_word = left.lower() not in LIGATURES and is_plain_word(left.lower())
        right_word = is_plain_word(right)
        if is_plain_word(low) or low in whole:
            return m.group(0) if left_word and right_word else joined
        # no known word either way: joined when neither piece is a word (``fl occulating``)
        return joined if not left_word and not right_word and len(right) >= LIGATURE_MIN_REST else m.group(0)

    return LIGATURE_SPLIT_RE.sub(repl, text)


def join_lines(lines: list[str], whole: set[str] = frozenset(), hyphenated: set[str] = frozenset()) -> str:
    """The lines of one paragraph -> its text, repairing end-of-line hyphenation and ligature splits."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith("-") and not out.endswith(" -") and not out.endswith("--"):
            out = join_hyphenated(out, line, whole, hyphenated)
        elif out.endswith("/") or _breaks_inside_doi(out, line):
            out = out + line
        else:
            out = out + " " + line
    return join_ligature_splits(out, whole)


def _breaks_inside_doi(left: str, right: str) -> bool:
    """A DOI or URL broken at the line end (``doi:10.1016/j.`` + ``tiv.2023``) joins without a space."""
    last = left.rsplit(" ", 1)[-1]
    if not re.search(r"(?:10\.\d{4,9}/|https?://|www\.)\S*$", last):
        return False
    first = right.split(" ", 1)[0]
    if not re.match(r"^[\w.()/;:-]+$", first) or first[:1].isupper():
        return False
    # "10.1016/j." + "tiv.2023", "10.1016/0022-3956" + "(75)90026-6"; not a numbered list's next label
    # after an entry that ends with its DOI ("10.1/onc.81287" + "12 von Arnim, F. ...", "12 Smith J")
    if last.endswith((".", "/", "-", "_")) or first[:1] == "(":
        return True
    return first[:1].isdigit() and not last.endswith(")") and not _NEXT_LABEL.match(right)


# "12 Smith, J." / "12 Smith J," / "12. Smith JA." / "12 von Arnim" / "12 Di Marco, B." / "12 Cancer Genome
# Atlas Research Network": a label and the next entry's first author, or a group author's two capitalised words
_NEXT_LABEL = re.compile(r"\d{1,4}\.?\s+(?:[A-Z\u00C0-\u00DE\u0100-\u024F][\w'’\-]*(?:,|\s[A-Z]{1,3}[,.\s])"
                         r"|(?:van|von|de|der|den|da|di|du|dos|la|le|del|Van|Von|De|Der|Da|Di|Du|Dos|La|Le|Del)\s"
                         r"|[A-Z][a-z]+\s+[A-Z][a-z]+\s)")
