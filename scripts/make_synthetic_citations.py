"""Reference-heavy synthetic pages with exact citation gold (issue 11).

    python scripts/make_synthetic_citations.py OUT_DIR [--count N] [--seed N] [--set 1|2|3]

Each document (``cite_NNN.pdf`` + ``cite_NNN.json``) is body text in one or two
columns citing a reference list, drawn with reportlab in the styles journals
print: numbered markers (``[1]``, ``[1,3-5]``, ``[1–3]``, ``(1, 2)``, raised
numbers incl. ranges and after punctuation, ``ref. 12``, ``refs 3 and 4``,
``(reviewed in 7)``) or author-year markers (``(Smith et al., 2019)``, without
the comma, ``Smith & Lee (2020)``, ``Smith and colleagues (2019)``, cued lists,
``(Smith, 2019, 2021)``, ``2019a, b``, group authors, ``in press``); lists
labelled ``1.`` / ``[1]`` / ``1`` / a raised number, or unnumbered with or
without a hanging indent, in one or two (smaller) columns, entries broken across
columns and pages, DOIs and addresses wrapped over lines; and sentences whose
numbers are no citation (units, isotopes, powers, residues, figure panels,
enumerations, years, p values, charges).

The gold names every entry's fields (first author's surname, year, title, DOI)
and, for every marker in reading order, the entry positions it cites (1-based,
the numbers a numbered list prints); every entry is cited. The split is fixed
here: document number % 3 == 0 is TEST. Words come from
``models/synthetic/vocabulary.json`` and ``models/synthetic/citations.json``.

Set 2 (``--set 2``, session 9) draws, from its own random stream, the classes set 1 lacks (set 1
documents stay byte-identical): raised lists with thin spaces, em-dash and hyphen ranges, raised
numbers after a comma or a closing bracket, ``(ref. 12)`` / ``(refs. 4 and 7)`` / ``refs. 3–5``;
possessive (``Smith's work (2018)``), narrative-years (``Smith et al. (2019, 2020)``) and no-space
letter forms, cited names spelled otherwise than the list prints them, figure legends that are an
entry's only citation (gold ``caption_markers``); two entries glued in one paragraph, a figure inside
the list, a numbered list that skips a number (gold ``numbers``: position -> printed number).

Set 3 (``--set 3``, session 12) draws, from its own random stream, the classes sets 1-2 lack
(``citation_set3.py`` holds its marker and entry forms): raised numbers after closing quotes, mixed
with footnote symbols, lettered sub-references (``12a``), spaced bracket ranges, markers set in
another size, name-and-number hybrids (``Smith et al. [12]``); author-year pinpoints, cues with no
comma and trailing words, italic ``et al.``, three narrative names, years after a semicolon,
letters a-d, ``submitted``, ``Anonymous`` entries, names the list prints without their accents;
entry numbers set in the margin.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak, PageTemplate, Paragraph

sys.path.insert(0, str(Path(__file__).resolve().parent))
import citation_set3 as set3  # noqa: E402
from make_synthetic_pdfs import FigureBox, build_with_retries, write_gold  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
VOCABULARY = ROOT / "models" / "synthetic" / "vocabulary.json"
CITE_VOCABULARY = ROOT / "models" / "synthetic" / "citations.json"
# DejaVu covers the Greek, superscript and Latin Extended letters the classes need; Vera (shipped
# with reportlab) is its subset and the fallback
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu")]

NUMERIC_STYLES = ("bracket", "paren", "superscript")
NUMERIC_FORMATS = ("vancouver", "nature")
AUTHOR_YEAR_FORMATS = ("apa", "cell", "springer")
LABELS = ("period", "square", "bare", "raised")
# set 2 (``--set 2``, cites11): classes set 1 lacks, from their own random stream (set 1 stays byte-identical);
# list layouts cycled by document number (numeric lists with printed labels also skip a number)
VARIANT2_LIST_LAYOUTS = ("glued", "figure_in_list", "plain")


def register_fonts() -> tuple[str, str, str]:
    """(regular, bold, italic) font names."""
    for d in FONT_DIRS:
        files = {"CiteSerif": "DejaVuSerif.ttf", "CiteSerif-Bold": "DejaVuSerif-Bold.ttf", "CiteSerif-Italic": "DejaVuSerif-Italic.ttf"}
        if all((d / f).is_file() for f in files.values()):
            if "CiteSerif" not in pdfmetrics.getRegisteredFontNames():
                for name, f in files.items():
                    pdfmetrics.registerFont(TTFont(name, str(d / f)))
                pdfmetrics.registerFontFamily("CiteSerif", normal="CiteSerif", bold="CiteSerif-Bold", italic="CiteSerif-Italic",
                                              boldItalic="CiteSerif-Bold")
            return "CiteSerif", "CiteSerif-Bold", "CiteSerif-Italic"
    import reportlab
    vera = Path(reportlab.__file__).parent / "fonts"
    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        for name, f in (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf"), ("Vera-Italic", "VeraIt.ttf")):
            pdfmetrics.registerFont(TTFont(name, str(vera / f)))
        pdfmetrics.registerFontFamily("Vera", normal="Vera", bold="Vera-Bold", italic="Vera-Italic", boldItalic="Vera-Bold")
    return "Vera", "Vera-Bold", "Vera-Italic"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


@dataclass
class Entry:
    authors: list  # [(surname, initials)] or [group name]
    group: bool
    year: str  # "2019" or "in press"
    letter: str = ""
    title: str = ""
    journal: str = ""
    volume: str = ""
    pages: str = ""
    doi: str = ""
    url: str = ""
    name_class: str = "plain"
    et_al_list: bool = False  # the list prints "et al." after the first authors
    text_first: str = ""  # set 3: the first surname as the text spells it, when the list prints it otherwise

    @property
    def first(self) -> str:
        return self.authors[0] if self.group else self.authors[0][0]


@dataclass
class Doc:
    n: int
    seed: int
    vocab: dict
    cv: dict
    attempt: int = 0
    variant: int = 1  # 2: the classes of VARIANT2 (set 2), drawn from their own random stream
    markers: list = field(default_factory=list)
    traps: list = field(default_factory=list)
    caption_markers: list = field(default_factory=list)
    table_markers: list = field(default_factory=list)  # set 3: a table cell the only place citing its entries

    def __post_init__(self):
        stream = f"cites-{self.seed}-{self.n}-{self.attempt}" if self.variant == 1 else f"cites-v{self.variant}-{self.seed}-{self.n}-{self.attempt}"
        self.rng = random.Random(stream)
        self.printed: dict[int, int] = {}  # set 2: entry position -> the number the list prints (a skipped number)
        r = self.rng
        self.family = "numeric" if self.n % 2 else "author_year"
        self.cls = {
            "family": self.family,
            "body_columns": r.choice(("one", "two")),
            "ref_columns": r.choice(("one", "two")),
        }
        if self.family == "numeric":
            self.cls["marker_style"] = NUMERIC_STYLES[(self.n // 2) % 3]
            self.cls["format"] = r.choice(NUMERIC_FORMATS)
            self.cls["label"] = LABELS[(self.n // 6) % 4] if self.cls["marker_style"] != "superscript" or r.random() < 0.7 else "raised"
        else:
            self.cls["format"] = AUTHOR_YEAR_FORMATS[(self.n // 2) % 3]
            self.cls["label"] = r.choice(("hanging", "flush"))
        self.cls["ref_font"] = "small" if self.cls["ref_columns"] == "two" or r.random() < 0.4 else "body"
        if self.variant == 2:
            self.cls["set"] = "2"
            layouts = VARIANT2_LIST_LAYOUTS + (("skipped_number",) if self.family == "numeric" and self.cls["label"] != "raised" else ())
            self.cls["list_layout"] = layouts[(self.n // 2) % len(layouts)]
        if self.variant == 3:
            set3.classes(self)

    # -- entries --------------------------------------------------------------

    def _initials(self) -> str:
        r = self.rng
        k = r.choice((1, 1, 2, 2, 3))
        return "".join(r.choice("ABCDEFGHJKLMNPRSTW") for _ in range(k))

    def _surname(self) -> tuple[str, str]:
        r = self.rng
        u = r.random()
        for cls, p in (("particle", 0.08), ("apostrophe", 0.05), ("diacritic", 0.10), ("hyphen", 0.07)):
            if u < p:
                return r.choice(self.cv[f"surnames_{cls}"]), cls
            u -= p
        return r.choice(self.vocab["surnames"]), "plain"

    def _title(self) -> str:
        v, r = self.vocab, self.rng
        t = r.choice(v["title_patterns"])
        genes = r.sample(v["genes"], 2)
        t = t.format(gene=genes[0], gene2=genes[1], process=r.choice(v["processes"]), effect=r.choice(v["effects"]),
                     drug=r.choice(v["drugs"]), cancer=r.choice(v["cancers"]), outcome=r.choice(v["outcomes"]))
        return t[0].upper() + t[1:]

    def _doi(self, year: str) -> str:
        r = self.rng
        if r.random() < 0.35:  # a long DOI that wraps over lines
            return f"10.{r.randint(1000, 9999)}/{r.choice(('j.molcel', 'j.celrep', 'journal.pone', 's41467'))}.{year if year.isdigit() else 2025}.{r.randint(10, 99)}.{r.randint(100000, 999999)}"
        return f"10.{r.randint(1000, 9999)}/{r.choice(('mcr', 'onc', 'cdd', 'aut'))}.{r.randint(1000, 99999)}"

    def make_entries(self) -> list[Entry]:
        r, v = self.rng, self.vocab
        count = r.randint(24, 60)
        entries: list[Entry] = []
        while len(entries) < count:
            u = r.random()
            year = str(r.randint(1995, 2025))
            if u < 0.05:
                e = Entry([r.choice(self.cv["group_authors"])], True, year, name_class="group")
            else:
                n_auth = r.choice((1, 2, 2, 3, 4, 5, 7, 9))
                first, cls = self._surname()
                authors = [(first, self._initials())] + [(r.choice(v["surnames"]), self._initials()) for _ in range(n_auth - 1)]
                e = Entry(authors, False, year, name_class=cls, et_al_list=n_auth > 6 and r.random() < 0.6)
            if r.random() < 0.04:
                e.year, e.name_class = "in press", e.name_class if e.name_class != "plain" else "in_press"
            if self.variant == 3:
                e = set3.vary_entry(self, e)
            self._fill(e)
            entries.append(e)
            if self.family == "author_year" and not e.group and e.year.isdigit() and len(entries) < count:
                w = r.random()
                if w < 0.08:  # the same authors, same year: 2019a, 2019b (set 3: up to 2019d)
                    e.name_class = "year_letter"
                    for _ in range(r.choice((2, 3)) if self.variant == 3 else 1):
                        twin = Entry(list(e.authors), False, e.year, name_class="year_letter")
                        self._fill(twin)
                        entries.append(twin)
                elif w < 0.16:  # the same authors, another year: (Smith, 2019, 2021)
                    later = Entry(list(e.authors), False, str(min(2025, int(e.year) + r.randint(1, 4))), name_class="same_authors")
                    e.name_class = "same_authors"
                    self._fill(later)
                    entries.append(later)
                elif w < 0.22:  # another first author of the same surname, other initials
                    other = Entry([(e.authors[0][0], self._initials())] + e.authors[1:2], False, str(max(1995, int(e.year) - r.randint(1, 5))),
                                  name_class="shared_surname")
                    if other.authors[0][1] == e.authors[0][1]:
                        other.authors[0] = (other.authors[0][0], other.authors[0][1] + "Q")
                    e.name_class = "shared_surname"
                    self._fill(other)
                    entries.append(other)
        if self.family == "author_year":
            # a citation names the first author and the year: two different author lists with
            # the same first surname and year would be ambiguous in print, so the later one moves on
            seen: dict[tuple[str, str], list] = {}
            for e in entries:
                while e.year.isdigit() and seen.get((e.first, e.year), e.authors) != e.authors:
                    e.year = str(int(e.year) + 1) if int(e.year) < 2025 else str(int(e.year) - 7)
                seen.setdefault((e.first, e.year), e.authors)
            from unicodedata import normalize
            def key(e: Entry):
                name = normalize("NFKD", e.first).encode("ascii", "ignore").decode().lower()
                for p in ("van der ", "van ", "de la ", "de ", "dos ", "von ", "di ", "le "):
                    if name.startswith(p):
                        name = name[len(p):]
                return (name, len(e.authors) > 2, [a[0] for a in e.authors[1:2]] if not e.group else [], e.year != "in press", e.year)
            entries.sort(key=key)
            # letters for the same authors and year, in list order
            for i, e in enumerate(entries):
                same = [x for x in entries if x.authors == e.authors and x.year == e.year and e.year.isdigit()]
                if len(same) > 1:
                    e.letter = "abcdef"[same.index(e)]
        return entries

    def _fill(self, e: Entry) -> None:
        r, v = self.rng, self.vocab
        e.title = self._title()
        e.journal = r.choice(v["journal_names"] if self.cls["format"] in ("apa", "cell") else v["journals"])
        e.volume = str(r.randint(1, 180))
        start = r.randint(1, 9000)
        e.pages = f"{start}–{start + r.randint(3, 20)}"
        if r.random() < 0.7:
            e.doi = self._doi(e.year)
        elif r.random() < 0.25:
            e.url = f"https://www.{r.choice(('example', 'datarepo', 'cancerportal'))}.org/{r.choice(('resources', 'data', 'reports'))}/{r.randint(1000, 99999)}"

    # -- entry text (reportlab markup) ----------------------------------------

    def _names(self, e: Entry, fmt: str) -> str:
        if e.group:
            return esc(e.authors[0])
        authors = e.authors
        if fmt == "vancouver":
            shown = authors[:6]
            text = ", ".join(f"{s} {i}" for s, i in shown)
            return esc(text + (", et al" if len(authors) > 6 else ""))
        dotted = [(s, (". " if fmt in ("nature", "apa") else ".").join(i) + ".") for s, i in authors]
        dotted = [(s, i.strip()) for s, i in dotted]
        if fmt == "springer":
            parts = [f"{s} {i.replace('.', '')}" for s, i in dotted]
            return esc(", ".join(parts))
        if e.et_al_list:
            return esc(", ".join(f"{s}, {i}" for s, i in dotted[:3]) + (" et al." if fmt == "nature" else ", et al."))
        parts = [f"{s}, {i}" for s, i in dotted]
        if len(parts) == 1:
            return esc(parts[0])
        joiner = {"nature": " & ", "apa": ", & ", "cell": ", and "}[fmt]
        return esc(", ".join(parts[:-1]) + joiner + parts[-1])

    def entry_markup(self, e: Entry) -> str:
        fmt = self.cls["format"]
        names = self._names(e, fmt)
        year = e.year + e.letter
        link = ""
        if e.doi:
            link = {"vancouver": f" doi:{e.doi}", "nature": f" https://doi.org/{e.doi}", "apa": f" https://doi.org/{e.doi}",
                    "cell": f" https://doi.org/{e.doi}.", "springer": f" https://doi.org/{e.doi}"}[fmt]
        elif e.url:
            link = f" Available at: {e.url}" if fmt == "vancouver" else f" {e.url}"
        title, journal = esc(e.title), esc(e.journal)
        if fmt == "vancouver":
            tail = f"{year};{e.volume}:{e.pages}." if e.year.isdigit() else f"{e.year.capitalize()}."
            return f"{names}. {title}. {journal}. {tail}{esc(link)}"
        if fmt == "nature":
            tail = f"<b>{e.volume}</b>, {e.pages} ({year})." if e.year.isdigit() else f"({e.year})."
            return f"{names} {title}. <i>{journal}</i> {tail}{esc(link)}"
        if fmt == "apa":
            tail = f"<i>{journal}, {e.volume}</i>, {e.pages}." if e.year.isdigit() else f"<i>{journal}</i>."
            return f"{names} ({year}). {title}. {tail}{esc(link)}"
        if fmt == "cell":
            tail = f"{journal} <i>{e.volume}</i>, {e.pages}." if e.year.isdigit() else f"{journal}."
            return f"{names} ({year}). {title}. {tail}{esc(link)}"
        tail = f"{journal} {e.volume}:{e.pages}" if e.year.isdigit() else f"{journal}"
        return f"{names} ({year}) {title}. {tail}{esc(link)}"

    # -- markers ---------------------------------------------------------------

    def _num_spec(self, nums: list[int], dash: str) -> str:
        """"1, 3–5" from [1, 3, 4, 5]."""
        out, i = [], 0
        nums = sorted(nums)
        while i < len(nums):
            j = i
            while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
                j += 1
            out.append(str(nums[i]) if j == i else (f"{nums[i]},{nums[j]}" if j == i + 1 else f"{nums[i]}{dash}{nums[j]}"))
            i = j + 1
        return ",".join(out)

    def numeric_marker(self, nums: list[int]) -> tuple[str, str, str]:
        """(markup before the sentence's period, markup after it, class)."""
        if self.variant == 2:
            return self.numeric_marker2([self.printed.get(k, k) for k in nums])
        if self.variant == 3:
            return set3.numeric_marker(self, nums)
        r = self.rng
        style = self.cls["marker_style"]
        u = r.random()
        if u < 0.06 and len(nums) == 1:
            return f" (see ref. {nums[0]})", "", "ref_word"
        if u < 0.10 and len(nums) == 2:
            return f", as described in refs {nums[0]} and {nums[1]}", "", "refs_and"
        if u < 0.13 and len(nums) == 1:
            return f" (reviewed in {nums[0]})", "", "reviewed_in"
        if style == "bracket":
            dash = r.choice(("-", "–"))
            spec = self._num_spec(nums, dash)
            spaced = spec.replace(",", ", ") if r.random() < 0.5 else spec
            cls = "bracket_range_endash" if "–" in spec else "bracket_range" if "-" in spec else "bracket_list" if "," in spec else "bracket"
            return f" [{spaced}]", "", cls
        if style == "paren":
            spec = self._num_spec(nums, "–").replace(",", ", ")
            return f" ({spec})", "", "paren_range" if "–" in spec else "paren_list" if "," in spec else "paren"
        spec = self._num_spec(nums, "–")
        cls = "super_range" if "–" in spec else "super_list" if "," in spec else "super"
        if r.random() < 0.4:
            return "", f"<super>{spec}</super>", cls + "_after_period"
        return f"<super>{spec}</super>", "", cls

    def numeric_marker2(self, nums: list[int]) -> tuple[str, str, str]:
        """Set 2's numeric forms (``nums`` are the printed numbers)."""
        r = self.rng
        style = self.cls["marker_style"]
        u = r.random()
        if u < 0.05 and len(nums) == 1:
            return f" (ref. {nums[0]})", "", "ref_dot_paren"
        if u < 0.10 and len(nums) == 2:
            return f" (refs. {nums[0]} and {nums[1]})", "", "refs_dot_and"
        if u < 0.13 and len(nums) >= 3 and nums == list(range(nums[0], nums[-1] + 1)):
            return f", as reviewed in refs. {nums[0]}–{nums[-1]}", "", "refs_dot_range"
        if style == "bracket":
            dash = r.choice(("-", "–", "—"))
            spec = self._num_spec(nums, dash).replace(",", ", ")
            cls = "bracket_range_emdash" if "—" in spec else "bracket_range_list" if "," in spec and (dash in spec) else "bracket_range" if dash in spec else "bracket_list" if "," in spec else "bracket"
            return f" [{spec}]", "", cls
        if style == "paren":
            dash = r.choice(("–", "—"))
            spec = self._num_spec(nums, dash).replace(",", ", ")
            return f" ({spec})", "", "paren_range_emdash" if "—" in spec else "paren_list" if "," in spec else "paren"
        dash = r.choice(("–", "—", "-"))
        spec = self._num_spec(nums, dash)
        cls = "super_emdash" if "—" in spec else "super_hyphen" if "-" in spec else "super_list" if "," in spec else "super"
        if "," in spec and r.random() < 0.5:
            spec, cls = spec.replace(",", ",\u2009"), cls + "_thin_space"
        w = r.random()
        if w < 0.25:  # after a comma inside the sentence
            return f",<super>{spec}</super> {esc(r.choice(self.cv['set2_clauses']))}", "", cls + "_after_comma"
        if w < 0.45:  # after a closing bracket
            return f" ({esc(r.choice(self.cv['set2_asides']))})<super>{spec}</super>", "", cls + "_after_paren"
        if w < 0.65:
            return "", f"<super>{spec}</super>", cls + "_after_period"
        return f"<super>{spec}</super>", "", cls

    def caption_marker(self, g: list[int], entries: list[Entry]) -> str:
        if self.family == "numeric":
            spec = self._num_spec([self.printed.get(k, k) for k in g], "–").replace(",", ", ")
            style = self.cls["marker_style"]
            return f" [{spec}]" if style == "bracket" else f" ({spec})" if style == "paren" else f"<super>{spec.replace(' ', '')}</super>"
        picked = [entries[i - 1] for i in g]
        when = lambda x: (x.year + x.letter) if x.year.isdigit() else x.year  # noqa: E731
        if all(x.authors == picked[0].authors for x in picked):
            return f" ({esc(self._cite_name(picked[0], False))}, {', '.join(when(x) for x in picked)})"
        return " (" + "; ".join(f"{esc(self._cite_name(x, False))}, {when(x)}" for x in picked) + ")"

    def _text_name(self, name: str, e: Entry) -> tuple[str, str]:
        """Set 2: a cited surname spelled otherwise than the list spells it, and its class."""
        r = self.rng
        if e.group or r.random() < 0.5:
            return name, ""
        if e.name_class == "diacritic":
            from unicodedata import normalize
            folded = normalize("NFKD", e.first.replace("Ł", "L").replace("ł", "l").replace("Ø", "O").replace("ø", "o")).encode("ascii", "ignore").decode()
            return name.replace(e.first, folded, 1), "text_folded"
        if e.name_class == "apostrophe":
            return name.replace("'", "’", 1), "text_curly_apostrophe"
        if e.name_class == "particle" and e.first[0].islower():
            return name.replace(e.first, e.first[0].upper() + e.first[1:], 1), "text_particle_capital"
        if len(e.authors) == 2 and r.random() < 0.5:
            return f"{e.first} et al.", "et_al_two_authors"
        return name, ""

    def author_year_marker2(self, idx: list[int], entries: list[Entry]) -> tuple[str, str, str]:
        """Set 2's author-year forms."""
        r = self.rng
        picked = [entries[i - 1] for i in idx]
        e = picked[0]
        when = lambda x: (x.year + x.letter) if x.year.isdigit() else "in press"  # noqa: E731
        name, spelled = self._text_name(self._cite_name(e, False), e)
        if len(idx) == 1:
            u = r.random()
            if u < 0.3 and e.year.isdigit():
                return f". {esc(name)}'s work ({when(e)}) showed a similar effect", "", spelled or "possessive"
            if u < 0.55:
                return f". {esc(name)} ({when(e)}) reported a similar effect", "", spelled or "narrative"
            if u < 0.7 and e.year.isdigit():
                return f" ({esc(name)} {when(e)})", "", spelled or "paren_no_comma"
            return f" ({esc(name)}, {when(e)})", "", spelled or "paren_comma"
        if all(x.authors == e.authors for x in picked):
            if all(x.year == e.year for x in picked):
                letters = ",".join(x.letter for x in picked)
                if r.random() < 0.5:
                    return f" ({esc(name)} {e.year}{letters})", "", spelled or "year_letters_no_space"
                return f". {esc(name)} ({e.year}{letters}) reported similar effects", "", spelled or "narrative_letters"
            return f". {esc(name)} ({', '.join(when(x) for x in picked)}) reported similar effects", "", spelled or "narrative_years"
        items = [f"{esc(self._text_name(self._cite_name(x, False), x)[0])}, {when(x)}" for x in picked]
        if len(items) == 2 and r.random() < 0.5:
            return f" (e.g. {items[0]}; see also {items[1]})", "", "cue_eg_see_also"
        return f" ({'; '.join(items)})", "", "paren_multi"

    def _cite_name(self, e: Entry, narrative: bool) -> str:
        r = self.rng
        if e.group:
            return e.authors[0]
        if len(e.authors) == 1:
            return e.first
        if len(e.authors) == 2:
            amp = r.random() < 0.4
            return f"{e.first} {'&' if amp else 'and'} {e.authors[1][0]}"
        return f"{e.first} et al."

    def author_year_marker(self, idx: list[int], entries: list[Entry]) -> tuple[str, str, str]:
        if self.variant == 2:
            return self.author_year_marker2(idx, entries)
        if self.variant == 3:
            return set3.author_year_marker(self, idx, entries)
        r = self.rng
        picked = [entries[i - 1] for i in idx]
        e = picked[0]
        when = lambda x: (x.year + x.letter) if x.year.isdigit() else "in press"  # noqa: E731
        if len(idx) == 1:
            u = r.random()
            cls = e.name_class if e.name_class not in ("plain", "same_authors", "year_letter") else "paren_comma"
            if u < 0.25:
                name = self._cite_name(e, True)
                if len(e.authors) >= 3 and not e.group and r.random() < 0.4:
                    return f". {esc(e.first)} and colleagues ({when(e)}) reported a similar effect", "", "and_colleagues"
                return f". {esc(name)} ({when(e)}) reported a similar effect", "", "narrative" if cls == "paren_comma" else cls
            if u < 0.4 and e.year.isdigit():
                return f" ({esc(self._cite_name(e, False))} {when(e)})", "", "paren_no_comma" if cls == "paren_comma" else cls
            if u < 0.5:
                return f" (e.g., {esc(self._cite_name(e, False))}, {when(e)})", "", "cue_eg" if cls == "paren_comma" else cls
            return f" ({esc(self._cite_name(e, False))}, {when(e)})", "", cls
        # the same authors: (Smith, 2019, 2021) / (Smith et al., 2019a, b)
        if all(x.authors == e.authors for x in picked):
            if all(x.year == e.year for x in picked):
                return f" ({esc(self._cite_name(e, False))}, {e.year}{', '.join(x.letter for x in picked)})", "", "year_letters"
            return f" ({esc(self._cite_name(e, False))}, {', '.join(when(x) for x in picked)})", "", "same_authors_years"
        items = [f"{esc(self._cite_name(x, False))}, {when(x)}" for x in picked]
        if r.random() < 0.3 and len(items) == 2:
            return f" (e.g., {items[0]}; see also {items[1]})", "", "cue_see_also"
        return f" ({'; '.join(items)})", "", "paren_multi"

    # -- body -------------------------------------------------------------------

    def sentence(self) -> str:
        v, r = self.vocab, self.rng
        t = r.choice(v["sentences"])
        genes = r.sample(v["genes"], 2)
        return t.format(gene=genes[0], gene2=genes[1], process=r.choice(v["processes"]), effect=r.choice(v["effects"]),
                        drug=r.choice(v["drugs"]), cancer=r.choice(v["cancers"]), outcome=r.choice(v["outcomes"]),
                        cell=r.choice(v["cell_lines"]), drug_class=r.choice(v["drug_classes"]))

    def trap(self) -> tuple[str, str]:
        r = self.rng
        traps = self.cv["traps"] | (self.cv["set3_traps"] if self.variant == 3 else {})
        cls = r.choice(sorted(traps))
        t = r.choice(traps[cls]).replace("{gene}", r.choice(self.vocab["genes"])).replace("{drug}", r.choice(self.vocab["drugs"]))
        return cls, t

    def groups_to_cite(self, entries: list[Entry]) -> list[list[int]]:
        """Which entry positions each marker cites, in reading order; every entry at least once."""
        r, n = self.rng, len(entries)
        groups: list[list[int]] = []
        if self.family == "numeric":
            nxt = 1
            while nxt <= n:
                if groups and r.random() < 0.2:  # cite again what was cited
                    k = r.randint(1, min(3, nxt - 1))
                    groups.append(sorted(r.sample(range(1, nxt), k)))
                    continue
                k = min(n - nxt + 1, r.choice((1, 1, 1, 2, 2, 3, 4)))
                g = list(range(nxt, nxt + k))
                if k >= 2 and r.random() < 0.3 and nxt > 3:
                    g = [r.randint(1, nxt - 2)] + g  # "1,3-5"
                groups.append(sorted(set(g)))
                nxt += k
            return groups
        order = list(range(1, n + 1))
        r.shuffle(order)
        done: set[int] = set()
        for i in order:
            if i in done:
                continue
            e = entries[i - 1]
            kin = [j for j in range(1, n + 1) if j != i and entries[j - 1].authors == e.authors and not e.group]
            if kin and r.random() < 0.8:
                g = sorted([i] + kin)
            elif r.random() < 0.3:
                other = r.randint(1, n)
                g = [i] if other == i or entries[other - 1].authors == e.authors else [i, other]
            else:
                g = [i]
            groups.append(g)
            done.update(g)
        return groups

    def body_paragraphs(self, entries: list[Entry]) -> list[str]:
        r = self.rng
        groups = self.groups_to_cite(entries)
        # an opening of filler with no marker, so the list starts after page 1 as in a paper
        paras: list[str] = [" ".join(esc(self.sentence()) + "." for _ in range(r.randint(6, 9))) for _ in range(4)]
        cur: list[str] = []
        gi = 0
        while gi < len(groups) or len(cur) > 0:
            if (self.variant in (2, 3) and gi < len(groups) and len(self.caption_markers) < 2 and r.random() < 0.06
                    and not any(set(groups[gi]) & set(x) for k, x in enumerate(groups) if k != gi)):
                # a figure legend that is the only place citing its entries (set 2)
                g = groups[gi]
                gi += 1
                self.caption_markers.append({"cites": g, "class": "caption_only"})
                if cur:
                    paras.append(" ".join(cur))
                    cur = []
                paras.append(("figure", f"{esc(self.sentence())}{self.caption_marker(g, entries)}."))
                continue
            if (self.variant == 3 and gi < len(groups) and len(self.table_markers) < 2 and r.random() < 0.05
                    and not any(set(groups[gi]) & set(x) for k, x in enumerate(groups) if k != gi)):
                g = groups[gi]
                gi += 1
                self.table_markers.append({"cites": g, "class": "table_cell"})
                if cur:
                    paras.append(" ".join(cur))
                    cur = []
                paras.append(("table", set3.table_rows(self, g, entries)))
                continue
            if gi < len(groups) and r.random() < 0.75:
                g = groups[gi]
                gi += 1
                if self.family == "numeric":
                    before, after, cls = self.numeric_marker(g)
                else:
                    before, after, cls = self.author_year_marker(g, entries)
                self.markers.append({"cites": g, "class": cls})
                cur.append(esc(self.sentence()) + before + "." + after)
            elif r.random() < 0.35:
                cls, t = self.trap()
                self.traps.append({"class": cls, "text": t.replace("<super>", "").replace("</super>", "")})
                cur.append(t.replace("&", "&amp;").replace(" < ", " &lt; ") + ".")
            else:
                cur.append(esc(self.sentence()) + ".")
            if len(cur) >= r.randint(4, 8) or (gi >= len(groups) and cur):
                paras.append(" ".join(cur))
                cur = []
        return paras

    # -- layout ------------------------------------------------------------------

    def build(self, path: Path) -> dict:
        regular, bold, italic = register_fonts()
        r, c = self.rng, self.cls
        entries = self.make_entries()
        self.entries = entries
        if self.variant == 2 and c["list_layout"] == "skipped_number":  # the list skips one number
            skip = r.randint(len(entries) // 3, 2 * len(entries) // 3)
            self.printed = {i: i + 1 for i in range(skip, len(entries) + 1)}
        paras = self.body_paragraphs(entries)
        pw, ph = r.choice((A4, LETTER))
        mx, my = r.uniform(45, 60), r.uniform(50, 65)
        full_w, body_h = pw - 2 * mx, ph - 2 * my
        # set 3's margin numbers stand in the gutter of a two-column list: a journal that sets them there widens it
        gut = r.uniform(12, 18) + (16 if c.get("list_layout") == "margin_number" else 0)
        size = r.uniform(8.8, 10.2)
        body = ParagraphStyle("body", fontName=regular, fontSize=size, leading=size * 1.25, alignment=r.choice((TA_JUSTIFY, TA_LEFT)),
                              firstLineIndent=r.choice((0, 10)), spaceAfter=r.choice((0, 3)))
        head = ParagraphStyle("head", fontName=bold, fontSize=size + 1.5, leading=size * 1.6, spaceBefore=8, spaceAfter=4)
        title = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=8)
        rsize = size - r.uniform(1.2, 2.0) if c["ref_font"] == "small" else size
        hang = 12 if c["label"] in ("period", "square", "bare", "hanging") else 0
        margin = c.get("list_layout") == "margin_number"  # set 3: the entry numbers stand in the margin, the text flush
        ref = ParagraphStyle("ref", fontName=regular, fontSize=rsize, leading=rsize * 1.22, leftIndent=0 if margin else hang,
                             firstLineIndent=-14 if margin else -hang,
                             spaceAfter=r.choice((0, 1.5, 3)) if c["label"] != "flush" else r.choice((2, 4)), alignment=TA_LEFT)

        def frames(n_cols: int, tag: str, y0: float = my, h: float = body_h) -> list[Frame]:
            if n_cols == 1:
                return [Frame(mx, y0, full_w, h, 0, 0, 0, 0, id=f"{tag}0")]
            w = (full_w - gut) / 2
            return [Frame(mx + i * (w + gut), y0, w, h, 0, 0, 0, 0, id=f"{tag}{i}") for i in range(2)]

        bcols = 1 if c["body_columns"] == "one" else 2
        rcols = 1 if c["ref_columns"] == "one" else 2
        front_h = 150

        def furniture(canv, doc):
            canv.saveState()
            canv.setFont(regular, 7.5)
            canv.drawString(mx, ph - my + 18, f"J Synth Cit Stud ({2020 + self.n % 6}) {10 + self.n}:{100 + 7 * self.n}")
            canv.drawRightString(pw - mx, my - 22, str(doc.page))
            canv.restoreState()

        first = PageTemplate("first", [Frame(mx, ph - my - front_h, full_w, front_h, 0, 0, 0, 0, id="front")]
                             + frames(bcols, "f", my, body_h - front_h - 8), onPage=furniture)
        later = PageTemplate("body", frames(bcols, "b"), onPage=furniture)
        refs_t = PageTemplate("refs", frames(rcols, "r"), onPage=furniture)
        story = [NextPageTemplate("body"),
                 Paragraph(esc(self._title()), title),
                 Paragraph(f"{esc(r.choice(self.vocab['given']))} {esc(r.choice(self.vocab['surnames']))} and "
                           f"{esc(r.choice(self.vocab['given']))} {esc(r.choice(self.vocab['surnames']))}", body),
                 Paragraph("<b>Abstract</b> " + " ".join(esc(self.sentence()) + "." for _ in range(3)), body),
                 FrameBreak()]
        heads = ["Introduction", "Results", "Discussion"]
        per = max(1, len(paras) // len(heads) + 1)
        caption = ParagraphStyle("caption", parent=body, fontSize=size - 1, leading=(size - 1) * 1.2, firstLineIndent=0, spaceAfter=6)
        figures = 0

        def figure(col_w: float, text: str) -> list:
            nonlocal figures
            figures += 1
            panels = [("ABC"[k], r.choice(("Viability (%)", "LC3-II/actin", "Mito mass")), r.choice(("Dose", "Time (h)", "Cell line")))
                      for k in range(1 if col_w < 300 else 2)]
            # a figure and its legend stay together (journals never break a legend away from its figure)
            return [KeepTogether([FigureBox(col_w, r.uniform(90, 130), r, panels, regular), Paragraph(f"<b>Figure {figures}.</b> {text}", caption)])]

        body_w = full_w if bcols == 1 else (full_w - gut) / 2
        tables = 0
        for k, p in enumerate(paras):
            if k % per == 0:
                story.append(Paragraph(heads[min(k // per, 2)], head))
            if isinstance(p, tuple) and p[0] == "table":
                tables += 1
                story += set3.table(p[1], body_w, caption, regular, size - 1, tables)
            else:
                story += figure(body_w, p[1]) if isinstance(p, tuple) else [Paragraph(p, body)]
        if rcols != bcols:
            story += [NextPageTemplate("refs"), PageBreak()]
        story.append(Paragraph("References", head))
        layout = c.get("list_layout", "")
        glued = set(r.sample(range(2, len(entries)), 2)) if layout == "glued" else set()  # entries run on after the one before
        fig_after = r.randint(len(entries) // 3, 2 * len(entries) // 3) if layout == "figure_in_list" else 0
        for i, e in enumerate(entries, 1):
            num = self.printed.get(i, i)
            label = {"period": f"{num}. ", "square": f"[{num}] ", "bare": f"{num} ", "raised": f"<super>{num}</super>",
                     "hanging": "", "flush": ""}[c["label"]]
            if i in glued and i - 1 not in glued:
                story[-1] = Paragraph(story[-1].text + " " + label + self.entry_markup(e), ref)
            else:
                story.append(Paragraph(label + self.entry_markup(e), ref))
            if i == fig_after:  # a figure (or a figure placed by the journal) inside the list; the list goes on after it
                story += figure(full_w if rcols == 1 else (full_w - gut) / 2, esc(self.sentence()) + ".")
        doc = BaseDocTemplate(str(path), pagesize=(pw, ph), pageTemplates=[first, later, refs_t], invariant=1,
                              title="", author="", creator="mitominer synthetic citations")
        doc.build(story)
        return {
            "split": "test" if self.n % 3 == 0 else "tune",
            "classes": self.cls,
            "entries": [{"position": i, "first_author": e.first, "year": e.year, "title": e.title, "doi": e.doi.lower(),
                         "name_class": e.name_class, "url": bool(e.url), "long_doi": len(e.doi) > 30}
                        for i, e in enumerate(entries, 1)],
            "markers": self.markers,
            "traps": self.traps,
        } | ({"numbers": {str(k): v for k, v in self.printed.items()}, "caption_markers": self.caption_markers}
             | ({"table_markers": self.table_markers} if self.variant == 3 else {}) if self.variant in (2, 3) else {})


def load_vocabularies() -> tuple[dict, dict]:
    return (json.loads(VOCABULARY.read_text(encoding="utf-8")), json.loads(CITE_VOCABULARY.read_text(encoding="utf-8")))


def generate(out: Path, count: int, seed: int = 0, variant: int = 1) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    vocab, cv = load_vocabularies()
    paths = []
    for n in range(1, count + 1):
        pdf = out / f"cite_{n:03d}.pdf"
        gold = build_with_retries(pdf, lambda attempt: Doc(n, seed, vocab, cv, attempt, variant).build(pdf))
        write_gold(out / f"cite_{n:03d}.json", gold)
        paths.append(pdf)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="folder for cite_NNN.pdf + cite_NNN.json (created)")
    ap.add_argument("-n", "--count", type=int, default=36)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--set", type=int, choices=(1, 2, 3), default=1, dest="variant",
                    help="2: the classes of VARIANT2_* (numeric ranges with em dashes and thin spaces, raised numbers after a comma or "
                         "bracket, refs. forms, possessive / narrative-years / no-space letters, names spelled otherwise in the text, "
                         "legend-only citations, glued entries, a figure inside the list, a skipped number); 3: the classes of "
                         "scripts/citation_set3.py (quotes, footnote symbols, lettered and spaced markers, hybrids, pinpoints, "
                         "three names, letters a-d, submitted, Anonymous, unaccented list names, margin numbers)")
    args = ap.parse_args(argv)
    if args.out.exists() and not args.out.is_dir():
        print(f"make_synthetic_citations: {args.out}: not a folder", file=sys.stderr)
        return 1
    paths = generate(args.out, args.count, args.seed, args.variant)
    print(f"wrote {len(paths)} PDFs and gold JSON into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
