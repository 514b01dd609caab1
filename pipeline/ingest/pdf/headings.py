"""Which paragraphs are headings (font size, weight, numbering) and at what level.

A heading is a short paragraph set apart from the body by its font: larger, or
bold where the body is not, or a different face carrying a section number.
Levels come from the numbering when there is one (``2.3`` is level 2), else from
the rank of the heading's style among all heading styles of the paper (largest
and boldest first).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from pipeline.ingest.headings import is_front_label, unnumbered_kind, vocabulary
from pipeline.ingest.pdf.layout import Line
from pipeline.ingest.pdf.words import normalize_text, words_to_text
from pipeline.resources import model_path

_LAYOUT = json.loads(model_path("ingest", "pdf_headings.json").read_text(encoding="utf-8"))  # thresholds (models/ingest)

MAX_HEADING_WORDS = _LAYOUT["max_heading_words"]
KEYWORDS_RE = re.compile(r"(?i)^key\s*words?\s*[:.]\s*\S")
MIN_WORD_LETTERS = _LAYOUT["min_word_letters"]  # a heading holds a word of at least this many letters (not "a b", "N S1 R1", "0 250k")
MAX_WORD_GAP = _LAYOUT["max_word_gap"]  # font sizes: words this far apart on a heading line are figure or table columns
_LETTER_RUN_RE = re.compile(r"[^\W\d_]{%d,}" % MIN_WORD_LETTERS)
MAX_HEADING_LINES = _LAYOUT["max_heading_lines"]
BOLD_HEADING_MAX_LINES = _LAYOUT["bold_heading_max_lines"]  # a bold heading (still at most MAX_HEADING_WORDS) wrapped in a narrow column
RUN_IN_MAX_LINES = _LAYOUT["run_in_max_lines"]  # a run-in heading (at most MAX_HEADING_WORDS) may cover this many lines
SMALL_TEXT_RATIO = _LAYOUT["small_text_ratio"]  # ... and the text it runs into may be this much smaller than the body (methods type)
RUN_IN_WORD_CHARS = _LAYOUT["run_in_word_chars"]  # a one-word run-in (``Statistics.``) is at least this long with its full stop; shorter ones are labels
RUN_IN_SMALLER = _LAYOUT["run_in_smaller"]  # a bold run-in heading may be set this much smaller than the body (PNAS: 7-8 pt on 9 pt)
LARGER_RATIO = _LAYOUT["larger_ratio"]  # a font this much larger than the body's sets a heading apart
OTHER_FACE_STEP = _LAYOUT["other_face_step"]  # ... or another face at least this many points larger
SUBSECTION_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,4}\.?\s+[A-Z]")  # 2.1, 2.1.1.: never a list item's number
NUMBERED_RE = re.compile(r"^(?:(\d{1,2}(?:\.\d{1,2}){0,4})\.?|([IVX]{1,5})\.|([A-H])\.)\s+\S")
CAPTION_RE = re.compile(
    r"^(?:(?:Supplementa(?:l|ry)|SUPPLEMENTA(?:L|RY)|Extended\s+Data|EXTENDED\s+DATA)\s+)?"
    r"(?:TABLE|Table|FIGURE|Figure|FIG\.?|Fig\.?)\s*(?:S?\d+[A-Za-z]?|[IVX]+)\b"
)
END_REFERENCES_RE = re.compile(
    r"^(?:appendix|appendices|supplementary|supporting information|additional files?|figures?|tables?|"
    r"figure legends|abbreviations|acknowledge?ments?)\b",
    re.IGNORECASE,
)
# a supplementary item's label (``Additional file 1: Fig. S1``, ``Supplemental file 2``, ``S1 Text``) heads a caption
SUPPLEMENT_ITEM_RE = re.compile(
    r"(?i)^(?:(?:additional|supplementa(?:l|ry)|supporting)\s+(?:files?|data(?:\s*sets?)?|materials?|tables?|figures?|figs?\.?|"
    r"movies?|videos?|text|appendix|information)\s*S?\d+\b|S\d+\s+(?:text|figs?\.?|figures?|tables?|files?|data(?:sets?)?|movies?|videos?|appendix)\b)"
)
BACK_MATTER_SMALL = _LAYOUT["back_matter_small"]  # a back-matter title (``Funding``, ``Competing interests``) in bold may be this much smaller than the body
BACK_MATTER_SMALL_CAPS = _LAYOUT["back_matter_small_caps"]  # ... in bold capitals this much (Science's ``ACKNOWLEDGMENTS``: 6 pt on 8.7)
REFERENCES_RE = re.compile(
    r"^(?:(?:\d{1,2}\.?|[IVX]{1,5}\.)\s+)?(?:references?|bibliography|literature cited|works cited|reference list|references and notes)\s*:?$",
    re.IGNORECASE,
)

FIGURE_RUN = _LAYOUT["figure_label_run"]["min_run"]  # this many short headings in a row, no text between ...
FIGURE_LABEL_WORDS = _LAYOUT["figure_label_run"]["max_words"]  # ... each of at most this many words: figure labels

Style = tuple[float, bool, bool, bool, str]  # size, bold, italic, all capitals, font
ITALIC_TAIL_WORDS = _LAYOUT["italic_tail_words"]  # a heading's last line in italic (a species or gene name) is at most this long


def paragraph_style(para: list[Line]) -> Style:
    """Style of a paragraph; a short italic last line (``... mutants in`` / *HsMOR*) does not change it."""
    first = para[0]
    letters = [c for ln in para for c in ln.text if c.isalpha()]
    caps = bool(letters) and all(c.isupper() for c in letters)
    styled = para
    if len(para) > 1 and para[-1].italic and len(para[-1].text.split()) <= ITALIC_TAIL_WORDS:
        styled = para[:-1]
    caps_sizes = _small_caps_sizes(para) if len(para) <= 2 else None  # true small caps rank as their capitals' size
    size = caps_sizes[0] if caps_sizes else small_caps_size(first) or first.size
    return (size, all(letters_bold(ln) for ln in styled), all(ln.italic for ln in para), caps, first.font)


def _glued_initials(line: Line) -> list:
    """The larger initials of a heading in simulated small caps (``I`` + ``NTRODUCTION``): a one-letter word set
    ``ICON_SIZE_STEP`` larger than the capitals it is glued to (``ICON_GLUED_GAP``)."""
    out = []
    for a, b in zip(line.words, line.words[1:]):
        if (len(a.text) == 1 and a.text.isalpha() and a.size > b.size * (1 + ICON_SIZE_STEP) and b.x0 - a.x1 < ICON_GLUED_GAP * b.size
                and b.text[:1].isupper()):
            out.append(a)
    return out


def small_caps_size(line: Line) -> float | None:
    """The size a heading in simulated small caps is set in: its initials' (the capitals between them are smaller
    than the body, yet the heading ranks as its initials' size), or None when the line is not such a heading."""
    initials = _glued_initials(line)
    if not initials or line.words[0] is not initials[0]:
        return None
    return max(w.size for w in initials)


SMALL_CAPS_RATIO = _LAYOUT["small_caps_ratio"]  # [low, high]: small capitals are set at this share of the capitals' size


def _small_caps_sizes(lines: list[Line]) -> tuple[float, float] | None:
    """(capitals' size, small capitals' size) of lines set in true small caps: every letter a capital, the
    words in two sizes, the smaller ``SMALL_CAPS_RATIO`` of the larger, a word of two letters or more among the
    smaller ones (``M`` + ``ETABOLIC REWIRING``, ``RNA`` + ``SEQUENCING``), else None."""
    words = [w for ln in lines for w in ln.words if not w.sup and any(c.isalpha() for c in w.text)]
    if len(words) < 2 or not all(c.isupper() for w in words for c in w.text if c.isalpha()):
        return None
    big = max(w.size for w in words)
    small = [w for w in words if SMALL_CAPS_RATIO[0] * big <= w.size <= SMALL_CAPS_RATIO[1] * big]
    if not small or len(small) + sum(abs(w.size - big) < 0.3 for w in words) < len(words):
        return None
    if not any(sum(c.isalpha() for c in w.text) >= 2 for w in small):
        return None
    return big, max(w.size for w in small)


def is_small_caps(para: list[Line]) -> bool:
    """The paragraph set in true small caps (see ``_small_caps_sizes``)."""
    return _small_caps_sizes(para) is not None


def small_caps_lines(para: list[Line]) -> list[str]:
    """A small-caps paragraph's lines in the case they stand for: the small capitals lower-cased, the full-size
    ones kept (an initial, an acronym or gene symbol: ``RNA sequencing``, ``Metabolic rewiring``)."""
    sizes = _small_caps_sizes(para)
    if sizes is None:
        return [ln.text for ln in para]
    big = sizes[0]
    from dataclasses import replace

    out = []
    for ln in para:
        words = [replace(w, text=w.text.lower()) if not w.sup and abs(w.size - big) >= 0.3 else w for w in ln.words]
        out.append(words_to_text(sorted(words, key=lambda w: w.x0), ln.size))
    tokens = [t for t in " ".join(out).split() if any(c.isalpha() for c in t)]
    if all(t[0].isupper() or not t[0].isalpha() for t in tokens):
        return [ln.text for ln in para]  # every word led by a full-size capital (``M``+``ATERIALS`` ``A``+``ND``): no case to read
    return out


def letters_bold(line: Line) -> bool:
    """Bold in every word that holds a letter: a symbol from a regular font (Cell's ``STAR★METHODS`` star,
    a regular ``+``) does not make a bold heading line regular."""
    if line.bold:
        return True
    words = [w for w in line.words if not w.sup and any(c.isalpha() for c in normalize_text(w.text))]  # (``(cid:1)``: an unmapped symbol)
    return bool(words) and all(w.bold for w in words)


_AFFILIATION_MARK_RE = re.compile(r"^(?:[*†‡§¶#⁰¹²³⁴⁵⁶⁷⁸⁹]|[a-z\d]{1,2}(?=[A-Z]))")


@lru_cache(maxsize=1)
def _rules() -> dict:
    data = json.loads(model_path("ingest", "heading_rules.json").read_text(encoding="utf-8"))

    def words(key: str) -> re.Pattern:
        return re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in data[key]) + r")(?![^\W\d_])")

    return {
        "affiliation": words("affiliation_words"),
        "correspondence": words("correspondence_cues"),
        "equation": re.compile("|".join(re.escape(c) for c in data["equation_chars"])),
        "label_run_ins": frozenset(data["label_run_ins"]),
        "colon_run_in_min_words": data["colon_run_in_min_words"],
        "keyword_line": re.compile(r"(?:[^%s]+\s[%s]\s){%d,}[^%s]+" % ((re.escape("".join(data["keyword_separators"])),) * 2
                                                                        + (data["keyword_min_items"] - 1, re.escape("".join(data["keyword_separators"]))))),
    }


def back_matter_title(text: str) -> bool:
    """A back-matter section's name (``Funding``, ``Authors' contributions``, ``Review history``), alone or before ``:``/``.``."""
    return unnumbered_kind(text.strip().rstrip(".:").strip()) == "back"


def not_a_section_title(text: str) -> bool:
    """Affiliation, correspondence, equation and keyword lines that can share a heading's face.

    ``²Department of Biology, ...``, ``*Correspondence: ...``, ``m = P R + h``, ``autophagy | PINK1 | Parkin``;
    a back-matter title made of a cue (``Corresponding Author``) is a section title.
    """
    if back_matter_title(text):
        return False
    rules = _rules()
    if "@" in text or rules["correspondence"].search(text) or rules["equation"].search(text):
        return True
    if rules["keyword_line"].fullmatch(text.strip()):
        return True  # a keyword line with no label, its terms between bars (PNAS: ``mitophagy | cisplatin | PINK1``)
    marked = bool(_AFFILIATION_MARK_RE.match(text))  # "¹Department", "1Department", "*Institute"
    return bool(rules["affiliation"].search(text)) and ("," in text or marked)


HEADING_FACE_MIN = _LAYOUT["heading_face_min"]  # paragraphs in a face ...
HEADING_FACE_SHORT = _LAYOUT["heading_face_short"]  # ... this share of them short lines on their own: the face is a heading face
ITALIC_FACE_SMALL = _LAYOUT["italic_face_small"]  # an italic heading face may be this much smaller than the body
ITALIC_FACE_SHORT = _LAYOUT["italic_face_short"]  # ... and is a heading face when this share of its paragraphs are short lines of their own


def heading_faces(paras: list[list[Line]], body_size: float, body_font: str) -> set[str]:
    """Faces at body size, other than the body's, used only for short stand-alone lines.

    Word manuscripts embed a bold face as ``CIDFont+F3``: nothing in its name says
    bold, but a face that sets nothing except short lines on their own is a
    heading face.
    """
    total: dict[str, int] = {}
    short: dict[str, int] = {}
    italic: set[str] = set()
    for para in paras:
        first = para[0]
        if first.rows is not None or first.font == body_font or first.note:
            continue
        text = " ".join(ln.text for ln in para)
        if first.italic and (CAPTION_RE.match(text) or SUPPLEMENT_ITEM_RE.match(text) or _italic_prose(text)):
            continue  # italic legends and blurbs (an eTOC summary, a teaser) say nothing of the italic face's other uses
        # an italic heading face may be set a little smaller than the body (EMBO, Science: 8.5 pt on 9 pt),
        # or a little larger (short of the ``LARGER_RATIO`` that sets any heading apart)
        low = body_size * ITALIC_FACE_SMALL if first.italic else body_size - 0.3
        high = body_size * LARGER_RATIO if first.italic else body_size + 0.3
        if not low <= first.size <= high or any(ln.font != first.font for ln in para):
            continue
        if first.italic:
            italic.add(first.font)
        total[first.font] = total.get(first.font, 0) + 1
        # a heading wraps over up to MAX_HEADING_LINES lines in a narrow column (three columns)
        if len(para) <= MAX_HEADING_LINES and len(text.split()) <= MAX_HEADING_WORDS and not (first.italic and text.endswith(".")):
            short[first.font] = short.get(first.font, 0) + 1
    # an italic face also sets names and quotations on lines of their own: a face used for little else
    need = {f: (ITALIC_FACE_SHORT if f in italic else HEADING_FACE_SHORT) for f in total}
    return {f for f, n in total.items() if n >= HEADING_FACE_MIN and short.get(f, 0) >= need[f] * n}


ITALIC_PROSE = _LAYOUT["italic_prose"]


def _italic_prose(text: str) -> bool:
    """Running prose: two or more sentences, closed by a full stop, ``min_words`` words or more."""
    return text.rstrip().endswith(".") and len(text.split()) >= ITALIC_PROSE["min_words"] and len(
        re.findall(r"[a-z0-9)\]][.!?]\s+[A-Z]", text)) >= ITALIC_PROSE["min_sentences"] - 1


SENTENCE_HEADING_WORDS = _LAYOUT["sentence_heading_min_words"]
_INNER_STOP_RE = re.compile(r"[.!?;:]\s+[A-Z(]")  # a second sentence (abbreviations end in a lower-case word's dot)


def sentence_heading(text: str) -> bool:
    """A bold paragraph of its own that is one sentence with its full stop (bioRxiv, Cell: ``Loss of X
    sensitizes Y to Z.``): a results heading, not a bold label (``Alignment.``) or a run of sentences."""
    return len(text.split()) >= SENTENCE_HEADING_WORDS and not _INNER_STOP_RE.search(text[:-1])


def is_heading(para: list[Line], body_size: float, body_font: str, body_bold: bool, faces: set[str] = frozenset()) -> bool:
    """A short paragraph whose font sets it apart from the body text."""
    if para[0].rows is not None or len(para) > BOLD_HEADING_MAX_LINES:
        return False
    if len(para) > MAX_HEADING_LINES and (body_bold or not all(letters_bold(ln) for ln in para) or para[-1].text.rstrip().endswith(".")):
        return False  # more lines than a heading's: only a bold title wrapped in a narrow column (its words still counted)
    text = " ".join(ln.text for ln in para)
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS or CAPTION_RE.match(text) or SUPPLEMENT_ITEM_RE.match(text):
        return False
    if KEYWORDS_RE.match(text) or text.endswith("-"):
        return False  # "Key words: a; b" is front matter; a line ending in a hyphen runs on
    if not_a_section_title(text):
        return False
    if not _LETTER_RUN_RE.search(text) or text.endswith((",", ";")):
        return False  # panel letters, tick values, mutation names: figure text
    if any(b.x0 - a.x1 > MAX_WORD_GAP * ln.size for ln in para for a, b in zip(ln.words, ln.words[1:])) and not (
        len(para) == 1 and text.endswith(".") and para[0].bold and back_matter_title(text)
    ):
        # words spread over a row: axis labels or table cells (not a justified line holding only a bold
        # run-in back-matter title, ``Author   contributions.``, whose text starts on the next line)
        return False
    if not (text[0].isalnum() or text[0] in "\"“‘'(") or (text[0] == "(" and text.endswith(")")):
        return False  # bullets and symbols start list items, not headings; ``(hrs)`` is an axis unit
    numbered = NUMBERED_RE.match(text)
    if numbered and not text[numbered.end() - 1].isupper() and not text[numbered.end() - 1].isdigit():
        return False  # "1. the organization of ..." is a list item
    size, bold, italic, _, _ = paragraph_style(para)
    if len(para) <= 2 and not text.endswith(".") and (caps := _small_caps_sizes(para)) and caps[0] >= body_size - 0.3:
        return True  # true small caps (``M`` + ``ETABOLIC REWIRING``), capitals at the body's size or larger: a heading
    if size < body_size * 0.9:
        # back matter in small print under small bold titles (BMC: 7.5 pt ``Funding`` on a 9.8 pt body)
        small = BACK_MATTER_SMALL_CAPS if text.isupper() else BACK_MATTER_SMALL
        return bold and not body_bold and size >= body_size * small and back_matter_title(text)
    if size >= body_size * LARGER_RATIO:
        return True
    if bold and not body_bold:
        # a run-in back-matter title alone on its line (``Author contributions.`` filling a narrow column's line)
        return not text.endswith(".") or bool(NUMBERED_RE.match(text)) or sentence_heading(text) or (len(para) == 1 and back_matter_title(text))
    other_face = all(ln.font != body_font for ln in para) and not italic
    if faces and all(ln.font in faces for ln in para) and not text.endswith("."):
        return True  # a face set only on short lines of their own (italic ones: only such lines)
    if other_face and size >= body_size + OTHER_FACE_STEP and not text.endswith("."):
        return True
    if all(ln.font != body_font for ln in para) and SUBSECTION_NUMBER_RE.match(text) and not text.endswith("."):
        return True  # ``2.1.1 Cisplatin exposure`` in italic: a subsection number says heading whatever the face
    if other_face and bool(NUMBERED_RE.match(text)) and not text.endswith("."):
        return True
    # ``A. Cell culture``, ``2) Survival`` in italic (IEEE): a number in an italic face of its own, on one or two lines
    return italic and len(para) <= 2 and all(ln.font != body_font for ln in para) and bool(NUMBERED_RE.match(text)) and not text.endswith(".")


def number_level(text: str) -> int | None:
    """``2.3 Title`` -> 2; ``IV. TITLE`` -> 1; ``B. Title`` -> 2; unnumbered -> None."""
    m = NUMBERED_RE.match(text)
    if not m:
        return None
    if m.group(1):
        return m.group(1).count(".") + 1
    return 1 if m.group(2) else 2


MAIN_SECTION_RE = re.compile(
    r"^(?:introduction|background|(?:materials? and )?methods?|results(?: and discussion)?|discussion|conclusions?)$",
    re.IGNORECASE,
)


def style_levels(styles: list[Style], main: set[Style] = frozenset()) -> dict[Style, int]:
    """Heading styles (in document order) -> levels 1, 2, 3 (capped).

    Ranked largest first, then all capitals, bold, upright; styles that tie on all
    of these (two bold faces of one size) rank by first use, since a paper's first
    heading is a section, not a subsection.  ``main`` holds the styles of the
    standard section names: the highest of them is level 1.
    """
    first_use: dict[Style, int] = {}
    for i, s in enumerate(styles):
        first_use.setdefault(s, i)
    ranked = sorted(first_use, key=lambda s: (-s[0], not s[3], not s[1], s[2], first_use[s]))
    # the style of "Introduction", "Methods" ... is level 1; larger ones (boxes, a second title) too
    top = min((ranked.index(s) for s in main if s in first_use), default=0)
    return {s: min(max(i - top, 0) + 1, 3) for i, s in enumerate(ranked)}


def style_ranks(styles: list[Style]) -> dict[Style, int]:
    """Heading styles -> rank (0 = highest), ordered as ``style_levels`` orders them; equal styles share a rank."""
    first_use: dict[Style, int] = {}
    for i, s in enumerate(styles):
        first_use.setdefault(s, i)
    ranked = sorted(first_use, key=lambda s: (-s[0], not s[3], not s[1], s[2], first_use[s]))
    return {s: i for i, s in enumerate(ranked)}


PARENT_SECTIONS = frozenset(_LAYOUT["parent_sections"])  # sections whose unknown-titled followers in their own type are subsections


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().rstrip(".:")).lower()


def known_title(text: str) -> bool:
    """A standard section, back-matter or figure/supplement title: a section of its own, never a subsection by position."""
    key = text.strip().rstrip(".:")
    return (unnumbered_kind(key) is not None or is_front_label(key) or key.lower() in vocabulary().front_blocks or bool(MAIN_SECTION_RE.match(key)) or bool(END_REFERENCES_RE.match(key))
            or bool(re.match(r"(?i)supplement", key)) or bool(REFERENCES_RE.match(key)) or _key(key) in PARENT_SECTIONS)


class LevelStack:
    """Levels of stand-alone headings from their style's rank and the headings open above them.

    A heading's level is one more than the number of open headings ranked above
    it, not its rank among all the paper's styles: a style used once between two
    others (a one-off ``STAR+METHODS`` caps line, a boxed label) then does not push
    every subsection one level down.  Headings ranked at or above the standard
    section names' style (``top``) are level 1.  A numbered heading takes its
    number's level and holds it for the unnumbered headings under it.
    """

    def __init__(self, ranks: dict[Style, int], top: int | None, cap: int = 3, flat: bool = False):
        self.ranks, self.top, self.cap = ranks, top, cap
        self.open: list[tuple[int, int]] = []  # (rank, level) of the open headings, outermost first
        # ``flat``: no stand-alone heading is set below the section names' style (a Word manuscript sets
        # every heading in one bold face); then an unknown title under ``Results``/``Methods`` is its subsection
        self.flat = flat
        self.parent = False  # the open level-1 heading is a section that holds subsections (Results, Methods)

    def reset(self) -> None:
        self.open.clear()

    def open_section(self, text: str = "") -> None:
        """A section name set in body type (``Results`` as a plain line: the assembler makes it a level-1 heading)
        opens a level-1 section at the section names' rank: the headings set below that rank are its subsections."""
        self.open = [(self.top if self.top is not None else -1, 1)]
        self.parent = _key(text) in PARENT_SECTIONS

    def numbered(self, style: Style, level: int) -> int:
        rank = self.ranks.get(style, len(self.ranks))
        while self.open and self.open[-1][1] >= level:
            self.open.pop()
        self.open.append((rank, level))
        return level

    def unnumbered(self, style: Style, text: str = "") -> int:
        rank = self.ranks.get(style, len(self.ranks))
        if self.top is not None and rank <= self.top:
            if self.flat and self.parent and rank == self.top and not known_title(text):
                self.open = self.open[:1] + [(rank, 2)]
                return 2
            self.open = [(rank, 1)]
            self.parent = _key(text) in PARENT_SECTIONS
            return 1
        while self.open and self.open[-1][0] >= rank:
            self.open.pop()
        level = min(self.open[-1][1] + 1, self.cap) if self.open else 1
        self.open.append((rank, level))
        return level


# ``(ii) Title.`` (ASM), ``1) Title:`` / ``a) Title`` (IEEE): an enumerated sub-heading, below the heading it follows
_ENUMERATOR = _LAYOUT["enumerator"]
ENUMERATOR_RE = re.compile(r"^" + _ENUMERATOR + r"(?=[A-Z])")
_INNER_ENUMERATOR_RE = re.compile(r"^(.+?[.:])\s+(" + _ENUMERATOR + r"[A-Z].*)$")


def strip_enumerator(text: str) -> str:
    return ENUMERATOR_RE.sub("", text, count=1)


def enumerated_parts(head: str) -> list[str]:
    """A run-in heading followed by its first enumerated one (``Pipeline development. (i) Pipeline overview.``)
    -> both; any other run-in -> itself."""
    m = _INNER_ENUMERATOR_RE.match(head)
    return [m.group(1), m.group(2)] if m else [head]


# a name led by lower-case letters (``iPSC-derived``, ``mTOR``, ``siRNA``, ``scRNA-seq``) may open a heading
LOWER_LED_NAME_RE = re.compile(r"^[a-z]{1,3}[A-Z]")


def split_run_in(
    para: list[Line], body_size: float, body_font: str, body_bold: bool, faces: set[str] = frozenset(), continued: bool = False
) -> list[str] | None:
    """A run-in heading: the paragraph starts in a heading face and goes on in the body font.

    The heading face is a larger other face (``Search strategy`` then the text), or
    bold at body size where the body is not bold (ASM's ``Quantification of ... of
    pe-``/``lagic Crenarchaeota.`` then the text); it may run over a line end.
    Returns the heading's part of each line it covers, or None.
    A back-matter title may run into text as small as ``BACK_MATTER_SMALL`` of the body (Science's
    acknowledgments at 6.2 pt on 8.7: ``Funding:``, ``Author contributions:``). ``continued``: the paragraph
    goes on with a heading a column or page break cut (``join_broken_headings``), so it may start in lower case.
    """
    if is_small_caps(para[:1]):
        return None  # a heading in small caps: its full-size capitals (``RNA`` + ``SEQUENCING``) lead into nothing
    parts = _split_run_in(para, body_size, body_font, body_bold, faces, SMALL_TEXT_RATIO, continued)
    if parts is None and BACK_MATTER_SMALL < SMALL_TEXT_RATIO:
        parts = _split_run_in(para, body_size, body_font, body_bold, faces, BACK_MATTER_SMALL)
        if parts is not None and not (back_matter_title(" ".join(parts)) and parts[-1].endswith((":", "."))):
            return None  # (``Funding:`` in Science's small print; Nature's end-note labels run in with no stop are no sections)
    return parts


def _split_run_in(
    para: list[Line], body_size: float, body_font: str, body_bold: bool, faces: set[str], small_ratio: float,
    continued: bool = False,
) -> list[str] | None:
    # the text the heading runs into may be the methods' smaller type (PNAS: 9 pt on a 10 pt body)
    # (a subscript inside the heading, ``Na``\ :sub:`v`, in the text's face but smaller, says nothing of that size)
    text_size = next((w.size for w in para[0].words if not w.bold and not w.sup
                      and body_size * small_ratio <= w.size <= body_size + 0.3), body_size)

    body_italic = bool(para[0].words) and sum(w.italic for w in para[-1].words) * 2 > len(para[-1].words)

    def set_apart(w) -> bool:
        larger = w.font != body_font and w.size >= body_size + OTHER_FACE_STEP
        bold = w.bold and not body_bold and text_size * RUN_IN_SMALLER <= w.size <= body_size + 0.3
        # a heading face not named bold (Nature's methods run-ins), in the text's own size
        face = w.font in faces and not w.italic and abs(w.size - text_size) <= 0.3
        return larger or bold or face

    def italic_word(w) -> bool:
        """An italic lead-in in the text's size (``*Cell culture.* HeLa cells ...``): a run-in only if it ends with its full stop."""
        return w.italic and not body_italic and w.font != body_font and abs(w.size - text_size) <= 0.3

    # the paragraph's first word says which kind of lead-in it is: a bold or larger one, or an italic one
    first_words = [w for w in para[0].words if not w.sup]
    heading_word = italic_word if first_words and not set_apart(first_words[0]) else set_apart

    def run_length(words) -> int:
        """Heading words from the line's start; a symbol glyph from another font (``Acrp30 / Adiponectin``) inside is kept."""
        n = 0
        while n < len(words):
            if heading_word(words[n]):
                n += 1
            elif n and n + 1 < len(words) and heading_word(words[n + 1]) and not _LETTER_RUN_RE.search(normalize_text(words[n].text)):
                n += 1
            else:
                break
        return n

    parts: list[str] = []
    count = 0
    smaller = False
    for k, ln in enumerate(para[:RUN_IN_MAX_LINES]):  # (a long run-in in a narrow column: up to 20 words on 4-6 lines)
        words = [w for w in ln.words if not w.sup]
        n = run_length(words)
        smaller = smaller or any(w.size < text_size - 0.3 for w in words[:n])
        if 0 < n < len(words) and k + 1 < len(para) and all(w.italic and abs(w.size - words[0].size) <= 0.3 for w in words[n:]):
            n = len(words)  # the heading ends in an italic name (``... of the`` *B. bigelowii*) at the line's end
            parts.append(words_to_text(words, ln.size))
            count += n
            break
        if n:
            parts.append(words_to_text(words[:n], ln.size))
            count += n
        if n < len(words) or n == 0:
            break
    else:
        return None  # heading face all through: a heading paragraph, not a run-in
    parts = [p for p in parts if p]
    if not parts or count > MAX_HEADING_WORDS:
        return None
    last = parts[-1]
    text = " ".join(parts)
    enumerated = bool(ENUMERATOR_RE.match(text)) and last.endswith((".", ":"))  # ``1) Imaging:`` in italic (IEEE)
    if heading_word is italic_word and not (last.endswith(".") or back_matter_title(text) or enumerated):
        return None  # an italic name or phrase opening a sentence (``*In vivo*, ...``, ``*E. coli* strains``) heads nothing
    if CAPTION_RE.match(text) or SUPPLEMENT_ITEM_RE.match(text) or text.endswith(",") or not (
        text[0].isupper() or LOWER_LED_NAME_RE.match(text) or ENUMERATOR_RE.match(text) or (continued and text[0].islower())
    ):
        return None
    if not _LETTER_RUN_RE.search(text):
        return None  # a bold panel letter before a figure's label text (``C`` / ``Flt3``) heads nothing
    if back_matter_title(text):
        return parts  # ``Funding:`` / ``Competing interests.`` run in to their statement
    if last.endswith(":") and not last.endswith(".:") and not enumerated and not (heading_word is set_apart and colon_run_in(text, para, count)):
        return None  # "Background:" / "Data curation:" are labels, not headings
    if last.endswith(".") and count < 2 and len(text) < RUN_IN_WORD_CHARS:
        return None  # "Objectives." is a label
    if smaller and not last.endswith("."):
        return None  # a run-in in bold smaller than the body (PNAS) ends with its full stop
    return parts


def colon_run_in(text: str, para: list[Line], count: int) -> bool:
    """A bold run-in heading ending with a colon (bioRxiv methods: ``Worm strains and culture: Animals were kept ...``):
    two words or more, no label (``label_run_ins``: CRediT roles ``Data curation:``, abstract parts, ``Note:``), and a
    paragraph of running text after it (``colon_run_in_min_words``), where a role or a label heads a line of names."""
    rules = _rules()
    if count < 2 or re.sub(r"\s+", " ", text.rstrip(":").strip()).lower() in rules["label_run_ins"]:
        return False
    return sum(len(ln.words) for ln in para) - count >= rules["colon_run_in_min_words"]


ICON_SIZE_STEP = _LAYOUT["icon_size_step"]  # a glyph this share larger or smaller than its line is an icon, not a word
ICON_GLUED_GAP = _LAYOUT["icon_glued_gap"]  # font sizes: a glyph this close to the next word is that word's first letter
LIST_BULLETS = frozenset(_LAYOUT["list_bullets"])  # glyphs that open a list item: never an icon to drop


def strip_heading_icons(paras: list[list[Line]]) -> None:
    """Icons before a bold heading (ACS's ``*sı Supporting Information``: a pictograph glyph and a small
    ``sı`` badge) are dropped from the line, so the rest is judged, and printed, as the heading.

    An icon is one of the line's first two words, at most two characters, not a letter
    and digit word of the line's size (a symbol, or set ``ICON_SIZE_STEP`` larger or
    smaller); what follows starts upper case and is bold.  A larger capital set flush
    against the next word (``ICON_GLUED_GAP``) is no icon: it is the first letter of a
    heading in simulated small caps (``I`` + ``NTRODUCTION``).
    """
    for para in paras:
        ln = para[0]
        if para[0].rows is not None or len(para) > MAX_HEADING_LINES or len(ln.words) < 2:
            continue
        initials = [w for w in _glued_initials(ln) if w.text.islower()]
        if initials and small_caps_size(ln):
            for w in initials:  # ``a`` + ``ND``: the small-caps word is ``AND``
                w.text = w.text.upper()
            ln.finish()
        n = 0
        while n < min(2, len(ln.words) - 1):
            w = ln.words[n]
            text = normalize_text(w.text)
            odd_size = abs(w.size - ln.size) > ICON_SIZE_STEP * ln.size
            glued = ln.words[n + 1].x0 - w.x1 < ICON_GLUED_GAP * ln.size and text.isalpha()
            if text in LIST_BULLETS:
                n = 0  # ``• Flow cytometry of cells``: a list item keeps its bullet (and is no heading)
                break
            if len(text) <= 2 and not glued and (odd_size or not any(c.isalnum() for c in text)):
                n += 1
            else:
                break
        rest = ln.words[n:]
        if not n or not rest[0].text[:1].isupper() or not all(w.bold for w in rest):
            continue
        if not _LETTER_RUN_RE.search(" ".join(w.text for w in rest)):
            continue
        ln.words = rest
        ln.finish()


HEAD_LINE_SHORT = _LAYOUT["head_line_short"]  # font sizes short of the paragraph's right edge: a heading line on its own, not a wrapped run-in


def split_heading_line(paras: list[list[Line]], heading, run_in) -> list[list[Line]]:
    """A heading line stacked on a run-in heading's paragraph (``RESULTS`` / ``Survey of X. We ...``) is a paragraph of its own.

    The line is a heading by itself (``heading``), stops well short of the
    paragraph's edge (a run-in heading wrapped over a line end fills it), and the
    lines under it start with a run-in heading (``run_in``).
    """
    out: list[list[Line]] = []
    for para in paras:
        first = para[0]
        if (
            len(para) >= 2
            and first.rows is None
            and not first.note
            and first.x1 < max(ln.x1 for ln in para[1:]) - HEAD_LINE_SHORT * first.size
            and heading([first])
            and run_in(para[1:])
        ):
            out.extend([[first], para[1:]])
        else:
            out.append(para)
    return out


def prose_face_sentences(paras: list[list[Line]], head_ids: set[int]) -> set[int]:
    """Sentence headings (``sentence_heading``) set in a face that also sets prose on their page, a paragraph
    longer than a heading (a bold summary's last sentence at the top of the next column): not headings.
    A paragraph's face is the one most of its letters are set in, so a paragraph that opens with a bold
    run-in heading filling its first line is body prose, not bold prose."""
    prose = {(p[0].page, _main_font(p)) for p in paras if p[0].rows is None and (
        len(p) > MAX_HEADING_LINES or sum(len(ln.text.split()) for ln in p) > MAX_HEADING_WORDS)}
    out: set[int] = set()
    for p in paras:
        text = " ".join(ln.text for ln in p).strip()
        if id(p) in head_ids and (p[0].page, p[0].font) in prose and text.endswith(".") and not NUMBERED_RE.match(text):
            out.add(id(p))
    return out


def _main_font(para: list[Line]) -> str:
    """The font most of the paragraph's letters are set in (each line counted in its dominant font)."""
    fonts: dict[str, int] = {}
    for ln in para:
        fonts[ln.font] = fonts.get(ln.font, 0) + len(ln.text)
    return max(fonts, key=lambda f: (fonts[f], f))


FIGURE_PAGE = _LAYOUT["figure_page"]


def figure_page_headings(paras: list[list[Line]], head_ids: set[int], body_font: str, body_size: float) -> set[int]:
    """Heading paragraphs on a figure page: a page (a manuscript's figures at its end) with almost no words in the
    body's font and size (``body_share``) and no paragraph of running text (``prose_words``), whose large or bold
    labels (``IP:Elution``, ``Horseshoe intermediate``, ``Proposed model``) look like headings.  Numbered headings
    and known section names (``References``, ``Acknowledgements``) stay headings."""
    words: dict[int, int] = {}
    body: dict[int, int] = {}
    prose: set[int] = set()
    for p in paras:
        page = p[0].page
        n = 0
        for ln in p:
            k = len(ln.words)
            n += k
            words[page] = words.get(page, 0) + k
            if ln.font == body_font and abs(ln.size - body_size) <= 0.3:
                body[page] = body.get(page, 0) + k
        if p[0].rows is not None or (id(p) not in head_ids and n >= FIGURE_PAGE["prose_words"]):
            prose.add(page)  # running text or a table (Cell's key resources table under ``STAR★METHODS``)
    figure_pages = {pg for pg, n in words.items() if pg not in prose and body.get(pg, 0) < FIGURE_PAGE["body_share"] * n}
    out: set[int] = set()
    for p in paras:
        if id(p) in head_ids and p[0].page in figure_pages:
            text = " ".join(ln.text for ln in p).strip()
            if not NUMBERED_RE.match(text) and not known_title(text):
                out.add(id(p))
    return out


def figure_label_runs(paras: list[list[Line]], head_ids: set[int]) -> set[int]:
    """Heading paragraphs that are a figure's labels: ``FIGURE_RUN`` or more headings in a row with no text
    between them, each of at most ``FIGURE_LABEL_WORDS`` words, unnumbered and no known section name
    (``Chaperone`` / ``CCT1`` / ``CCT8`` / ``Key``: the bold labels of a figure drawn as vector text).
    Sections never stack that many bare one-to-three-word titles."""
    def label(p: list[Line]) -> bool:
        text = " ".join(ln.text for ln in p).strip()
        return (len(text.split()) <= FIGURE_LABEL_WORDS and not NUMBERED_RE.match(text)
                and unnumbered_kind(text.rstrip(":")) is None and not REFERENCES_RE.match(text))

    out: set[int] = set()
    run: list[int] = []
    for p in paras + [[]]:
        if p and id(p) in head_ids and label(p):
            run.append(id(p))
            continue
        if len(run) >= FIGURE_RUN:
            out.update(run)
        run = []
    return out


def _list_number(text: str) -> int | None:
    """The number of a top-level numbered line (``3. Cells were seeded`` -> 3, ``C. Drugs`` -> 3), else None."""
    m = NUMBERED_RE.match(text)
    if not m or (m.group(1) and "." in m.group(1)):
        return None
    if m.group(1):
        return int(m.group(1))
    return ord(m.group(3)) - ord("A") + 1 if m.group(3) else None


# a supplementary materials list's item (Science's box: ``Materials and Methods`` / ``Figs. S1 to S9`` / ``Tables S1 to S3``)
SUPPLEMENT_LIST_RE = re.compile(r"(?i)^(?:figs?\.|figures?|tables?|movies?|videos?|data|texts?|appendix)\s+S\d+\b")


LIST_ITEM_MAX_WORDS = 6  # a supplementary list's item is a short line (``MDAR Reproducibility Checklist``)


def _short_line(p: list[Line]) -> bool:
    return len(p) == 1 and p[0].rows is None and len(p[0].text.split()) <= LIST_ITEM_MAX_WORDS


def join_supplement_lists(paras: list[list[Line]]) -> list[list[Line]]:
    """A supplementary materials list set one item a line (Science's box: ``Materials and Methods`` / ``Figs. S1
    to S9`` / ``Tables S1 to S3`` / ``MDAR Reproducibility Checklist``) is one paragraph: its first item, a known
    section title, is no heading. A run of short lines joins when its second starts with a supplementary item."""
    out: list[list[Line]] = []
    in_list = False
    for i, p in enumerate(paras):
        prev = out[-1] if out else None
        same_place = prev is not None and p[0].page == prev[-1].page and p[0].rows is None
        if same_place and _short_line(p) and (SUPPLEMENT_LIST_RE.match(p[0].text.strip()) and _short_line(prev[-1:]) or in_list):
            out[-1] = prev + p
            in_list = True
            continue
        in_list = False
        out.append(p)
    return out


def numbered_list_runs(paras: list[list[Line]], head_ids: set[int]) -> set[int]:
    """Heading paragraphs that are a numbered list's items: ``FIGURE_RUN`` or more headings in a row, nothing between
    them, numbered one after the other at the top level (``1. Cells were seeded`` / ``2. Drugs were added`` /
    ``3. ...`` in bold).  Sections follow each other with their text between; subsections change the level."""
    out: set[int] = set()
    run: list[int] = []
    last = None
    for p in paras + [[]]:
        number = _list_number(" ".join(ln.text for ln in p).strip()) if p and id(p) in head_ids else None
        if number is not None and run and last is not None and number == last + 1:
            run.append(id(p))
        else:
            if len(run) >= FIGURE_RUN:
                out.update(run)
            run = [id(p)] if number is not None else []
        last = number
    return out
