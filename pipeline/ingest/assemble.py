"""Blocks -> Document: the one assembler every reader feeds.

Walks the blocks in reading order and decides, for each, whether it is a
heading, a paragraph (or the continuation of one that a page break cut), a
table row, a caption, a reference entry, front matter or furniture. Then
parses references, finds citation markers, and splits sentences.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from pipeline.document import Citation, Document, Figure, Paragraph, Reference, Section, Source, Table
from pipeline.errors import NotAPaperError
from pipeline.ingest import headings as hd
from pipeline.ingest.blocks import HEADING, PAGE_BREAK, TABLE, TEXT, Block
from pipeline.ingest.author_year import Linker, find_author_year
from pipeline.ingest import not_out
from pipeline.ingest.citations import find_cell_markers, find_markers, is_reference_column
from pipeline.ingest.flat_citations import detect as detect_flat_style
from pipeline.ingest.entry_split import (ends_with_link, not_out_with_title, opens_unauthored_entry, opens_undated_entry, split_expected_number,
                                         split_glued, split_glued_number, split_run_in_back)
from pipeline.ingest.frontmatter import looks_like_affiliation, parse_front
from pipeline.ingest.references import find_doi, looks_like_reference, parse_references, split_entry_number
from pipeline.ingest.repair import repair_text
from pipeline.ingest.sentences import texts_to_sentences
from pipeline.ingest.structured_parts import PartRun
from pipeline.ingest.text_front import is_prose_block
from pipeline.ingest.unheaded_intro import ADDED_WARNING as INTRO_ADDED, TITLE as INTRO_TITLE, intro_blocks
from pipeline.ingest.tables import Caption, is_table_row, match_caption, row_cells, rows_to_table
from pipeline.resources import model_path

_FURNITURE = re.compile(
    r"^(?:(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+|(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?|[ivxlc]{1,6})$",
    re.IGNORECASE,
)
# An author-year entry whose authors carry no initials (ACL "Oren Etzioni. 2011.", corporate
# "American Psychiatric Association. (2000).") : capitalised names, then the year.
_BARE_LINK = re.compile(r"(?:https?://|www\.)\S+")
_OPENS_WITH_DOI = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|doi:\s?|DOI:?\s|10\.\d{4,9}/)", re.I)
_AUTHOR_YEAR_START = re.compile(
    r"^[A-Z][^\s.,;:()]*\.?(?:[\s,]+(?:[A-Z][^\s.,;:()]*|and|&|et al|[a-z]{1,4}(?=\s[A-Z]))\.?){0,30}"
    # a group author may give its acronym in brackets ("Test Health Organization (THO). (2012).")
    r"(?:\s\([A-Z][A-Za-z&\-]{1,9}\)\.?)?"
    # the year closed by a period or comma, or bracketed before the title (Springer, EMBO:
    # "Ingolia NT (2016) Ribosome footprint ...")
    r"[.,]?\s*(?:\(?(?:19|20)\d{2}[a-z]?\)?[.,]|\((?:19|20)\d{2}[a-z]?\)\s+(?=[A-Z\u00C0-\u024F])"
    # ... or an entry not yet out: "Novak, P. (in press). Title", "Okafor, C. (n.d.). Title"
    r"|\((?:" + not_out.LOWER + r"|n\.\s?d\.)\)[.,])"
)
_RAISED = set("⁰¹²³⁴⁵⁶⁷⁸⁹")
_PARTICLE_ENTRY = re.compile(r"(?:(?:van|von|de|der|den|da|di|du|dos|das|des|del|della|la|le|ten|ter)\s+)+[A-Z\u00C0-\u00DE][\w'’\-]+,?\s")
_ET_AL_END = re.compile(r"\bet al\.$")
# a year or a numbered marker opening a block: "(2010) reported", "(2019a, b) found", "[12] showed"
_CITATION_OPEN = re.compile(r"(?:\((?:(?:19|20)\d{2}[a-z]?|" + not_out.LOWER + r")[,;)]|\[\d{1,3}[\],–-])")
_FINISHED = re.compile(r"[.!?:](?:[\"'”’)\]]*)$|\)\.?$")


def is_furniture(text: str) -> bool:
    """A line that is only a DOI, a page number or a roman numeral is page furniture, not text."""
    return bool(_FURNITURE.match(text.strip()))


def is_finished(text: str) -> bool:
    return bool(_FINISHED.search(text.rstrip()))


def cut_mid_citation(text: str, following: str) -> bool:
    """A paragraph cut at a column or page break inside a citation, where an abbreviation's period
    ended no sentence: inside a bracket (``... (Tanaka & Bauer, 2024, pp.`` / ``198–201). Importantly
    ...``: its last bracket is open and the next block closes it before opening another), or between
    a narrative citation's names and its year or number (``... Novak et al.`` / ``(2010) reported``)."""
    tail = text.rstrip()[-200:]
    if _ET_AL_END.search(tail) and _CITATION_OPEN.match(following):
        return True
    i = tail.rfind("(")
    if i < 0 or ")" in tail[i:]:
        return False
    j, k = following.find(")"), following.find("(")
    return 0 <= j < 80 and (k < 0 or j < k)


@dataclass
class _Entry:
    number: int | None
    text: str

    def finished(self) -> bool:
        text = self.text.rstrip()
        return find_doi(text[-80:]) is not None or text.endswith((".", ")")) or text[-1:].isdigit()


# an entry's venue: "Journal, 12(3), 45-67", "Journal 12, 45-67", "Journal. 2019;12:45"
_VENUE = re.compile(r"\b\d{1,4}\s?(?:\(\d{1,4}\))?\s?[,:]\s?[A-Za-z]?\d{1,6}(?:\s?[\u2013\-]\s?[A-Za-z]?\d{1,6})?\b")


def _carries_venue(last: str, text: str) -> bool:
    """``text`` is the venue (and DOI) of the ``last`` entry, which has none: a short block that
    holds a volume and pages or a DOI, after an entry that holds neither."""
    if len(text) > 250 or find_doi(last) is not None or _VENUE.search(last):
        return False
    return bool(_VENUE.search(text) or find_doi(text))


def _authors_only(text: str) -> bool:
    """An entry's opening that holds no year, venue or DOI: its author list alone."""
    return len(text) <= 400 and _YEAR_IN.search(text) is None and _VENUE.search(text) is None and find_doi(text) is None


_YEAR_IN = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass
class _RawTable:
    rows: list[list[str]]
    caption: Caption | None
    section: str
    order: int
    notes: list[str] = field(default_factory=list)  # footnotes the reader found under the rows
    label: str = ""  # the caption label the reader found over the rows (``Table 2``), when it found one


@dataclass
class _Assembly:
    front: list[str] = field(default_factory=list)
    front_roles: list[str] = field(default_factory=list)  # the reader's role of each front block
    title_hint: str = ""
    parts: PartRun = field(default_factory=PartRun)  # a structured abstract's part labels set as headings
    sections: list[Section] = field(default_factory=list)
    last_number: tuple[int, ...] | None = None
    first_number: tuple[int, ...] | None = None  # a first heading number the next one confirms (``4.2`` .. ``4.3``)
    refs_mode: bool = False
    refs_seen: bool = False
    refs_suspended: bool = False  # an unknown heading interrupted the list (a running header "Article")
    entries: list[_Entry] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    row_caption: Caption | None = None
    bare_caption: Caption | None = None  # a table label printed on a line of its own (``TABLE 2``): the next text is its caption
    raw_tables: list[_RawTable] = field(default_factory=list)
    table_captions: list[tuple[Caption, int]] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    last_paragraph: Paragraph | None = None
    clean_gap: bool = False  # only furniture, tables, captions or entries since last_paragraph
    order: int = 0
    back_parent: tuple[Section, int] | None = None  # an empty back-matter heading and the reader's level for it

    # -- helpers -------------------------------------------------------
    @property
    def current(self) -> Section | None:
        return self.sections[-1] if self.sections else None

    def _section_key(self) -> str:
        return self.current.key if self.current else ""

    def _flush_rows(self) -> None:
        if self.rows:
            self.raw_tables.append(_RawTable(self.rows, self.row_caption, self._section_key(), self.order))
            self.rows, self.row_caption = [], None

    def _open_section(self, number: str, title: str, kind: str, level: int | None = None) -> None:
        if number:
            level, parent = hd.level_of(number), hd.parent_of(number)
            self.last_number = hd.parse_number(number)
        else:
            given = level
            level, parent = 1 if kind == "back" else (level or 1), None
            container = self.back_parent
            if (kind == "back" and given and container is not None and given > container[1]
                    and (not container[0].paragraphs or hd.holds_back_matter(container[0].title)) and container[0] is self._last_top()):
                level = 2  # ``Declarations`` / ``Author information`` over ``Funding``, ``Competing interests``
            elif kind == "back" and given and given > 1 and self._nests(title, given):
                level = given  # ``Materials availability`` beside ``Lead contact``, ``Data availability`` closing Methods
            elif kind == "back" and given:
                self.back_parent = (None, given)  # set to the section below, once appended
        self.sections.append(Section(number=number, title=hd.heading_title(title), level=level, parent=parent, kind=kind))
        if self.back_parent is not None and self.back_parent[0] is None:
            self.back_parent = (self.sections[-1], self.back_parent[1])
        self.refs_suspended = self.refs_mode and kind == "body" and not number and bool(self.entries)
        self.refs_mode = kind == "references"
        self.refs_seen = self.refs_seen or self.refs_mode
        if self.refs_mode:
            self.sections[-1].kind = "back"
        self.clean_gap = False

    def _nests(self, title: str, given: int) -> bool:
        """A back-matter title the reader set below level 1 stays a subsection when the section before it sits at
        that depth or deeper (a sibling: Cell's ``Lead contact`` / ``Materials availability``, ASM's methods
        ``Data availability``) or is an empty heading above it (PeerJ's ``Additional information and
        declarations`` / ``Funding``); ``Acknowledgements`` and the like are always sections of their own."""
        prev = self.current
        if prev is None or hd.always_top(title) or hd.unnumbered_kind(prev.title) == "references":
            return False
        return prev.level >= given or not prev.paragraphs

    def _last_top(self) -> Section | None:
        return next((s for s in reversed(self.sections) if s.level == 1), None)

    # -- block kinds -----------------------------------------------------
    def add(self, block: Block) -> None:
        self.order += 1
        if block.kind == PAGE_BREAK:
            return
        bare, self.bare_caption = self.bare_caption, None
        if block.kind == TABLE:
            self._flush_rows()
            rows = [[repair_text(c) for c in row] for row in block.rows if any(c.strip() for c in row)]
            if rows:
                # a table the reader labelled without a "Table N" caption (Cell's key resources table) keeps its label
                own = Caption("Table", block.text, "") if block.text and not block.text.startswith(("Table", "TABLE")) else None
                label = block.text if own is None else ""
                self.raw_tables.append(_RawTable(rows, own, self._section_key(), self.order, [repair_text(n) for n in block.notes], label))
            return
        if block.kind == TEXT and is_table_row(block.text):
            caption = match_caption(block.text)
            if caption and caption.header:
                self._flush_rows()
                self.row_caption, self.rows = caption, [[repair_text(c) for c in caption.header]]
            else:
                self.rows.append([repair_text(c) for c in row_cells(block.text)])
            return
        self._flush_rows()
        text = repair_text(block.text)
        if text and self.refs_mode and self.entries and _OPENS_WITH_DOI.match(text) and is_furniture(text) \
                and find_doi(self.entries[-1].text) is None:
            # a DOI alone on the last line of an entry that has none (a list with space between its
            # entries sets that line apart): the entry's, not the page's own DOI
            self.entries[-1].text = f"{self.entries[-1].text} {text}"
            return
        if not text or is_furniture(text):
            self.bare_caption = bare  # a running header between the label and its caption text
            return
        if bare is not None and self._caption_text(block, text):
            bare.text = text
            return
        if block.kind == HEADING and not (self.refs_mode and self._heading_is_entry(text)):
            self._heading(text, block.level)
            return
        if self.current is None and self.parts.text(len(text.split())):
            self._give_back_parts()
        if block.role == "abstract" and self.current is None:
            self.front.append(text)
            self.front_roles.append("abstract")
            return
        caption = match_caption(text)
        bare_label = _BARE_TABLE_LABEL.match(text) if caption is None else None
        if bare_label:
            caption = Caption("Table", f"Table {bare_label.group(1)}", "")
        if caption:
            self._caption(caption)
            if caption.kind == "Table" and not caption.text and not caption.header:
                self.bare_caption = caption
            return
        if self.refs_mode and self.entries:
            run_in = split_run_in_back(text, lambda t: hd.unnumbered_kind(t) == "back")
            if run_in:
                self.add(Block(kind=TEXT, text=run_in[0]))
                self._open_section("", run_in[1], "back")
                self._paragraph(run_in[2])
                return
        if self.refs_mode and len(text) > 80:
            last = self.entries[-1] if self.entries else None
            continues = (last is not None and text[:1].islower() and not last.finished()
                         and re.search(r"\b(?:19|20)\d{2}", last.text) is not None)
            pieces = split_glued(text, self._next_entry_number(text), continues)
            if len(pieces) > 1:
                for piece in pieces:
                    if not self._reference(piece):
                        self._paragraph(piece)
                return
        if self.refs_suspended:
            self.refs_suspended = False
            if not self.current.paragraphs and self._resumes_list(text):
                self.sections.pop()  # the "heading" was page furniture inside the list
                self.refs_mode = True
        if self.refs_seen and self._reference(text):
            return
        if self._text_heading(text):
            return
        self._paragraph(text)

    @staticmethod
    def _caption_text(block: Block, text: str) -> bool:
        """The block after a bare table label is its caption: a paragraph, or a title line the reader took
        for a heading that is no section's (not numbered, no known section name); never another caption."""
        if match_caption(text) or is_table_row(text) or len(text.split()) > _BARE_CAPTION_WORDS:
            return False  # another caption, a row, or a body paragraph (longer than captions run)
        if block.kind == HEADING:
            return hd.match_numbered(text) is None and hd.unnumbered_kind(text) is None
        return block.kind == TEXT

    def _caption(self, caption: Caption) -> None:
        if caption.kind == "Figure":
            self.figures.append(Figure(label=caption.label, caption=caption.text, section=self._section_key()))
        else:
            self.table_captions.append((caption, self.order))

    def _heading(self, text: str, level: int | None) -> None:
        numbered = hd.match_numbered(text)
        if numbered:
            self._open_section(numbered[0], numbered[1], "body")
            return
        if not self.sections and self.parts.heading(text):
            self._front(text.strip().rstrip(":.") + ":")  # ``Methods`` over its text: the abstract's part
            return
        kind = hd.unnumbered_kind(text)
        if (kind is None or self._front_block_after_abstract(text)) and hd.is_front_label(text) and not self.sections:
            self.parts.label(hd._key(text))
            self._front(text)
            return
        if kind is None and not self.sections and not self.title_hint and not self.front:
            self.title_hint = text  # a first, unnamed top heading (Markdown "# Title") is the title
            return
        self._open_section("", text, kind or "body", level)

    def _text_heading(self, text: str) -> bool:
        numbered = hd.match_numbered(text)
        if numbered and not self.sections and looks_like_affiliation(text):
            numbered = None  # "1 Department of Biology, University of ...": front matter, not section 1
        number = hd.parse_number(numbered[0]) if numbered else None
        confirmed = self.last_number is None and number is not None and number == self.first_number
        if numbered and (confirmed or hd.follows(self.last_number, number)):
            self._open_section(numbered[0], numbered[1], "body")
            return True
        kind = hd.unnumbered_kind(text)
        if kind and (kind != "body" or len(text.split()) <= 4):
            self._open_section("", text, kind)
            return True
        return False

    def _resumes_list(self, text: str) -> bool:
        """Does ``text`` carry on the reference list (the next number, or another author-year entry)?"""
        number, _ = split_entry_number(text)
        last = self.entries[-1].number
        if last is not None:
            return number == last + 1
        return number is None and bool(looks_like_reference(text) or _AUTHOR_YEAR_START.match(text))

    def _heading_is_entry(self, text: str) -> bool:
        """In the reference list, a line set in bold (Nature: ``1. Surname, I. et al. Title``) that
        the reader took for a heading is the next entry when it carries the next number or
        reads as an entry, and is no known section title."""
        if hd.unnumbered_kind(text) is not None:
            return False
        number, rest = split_entry_number(text)
        expected = (self.entries[-1].number or 0) + 1 if self.entries else 1
        if number is not None:
            return number == expected
        numbered = any(e.number is not None for e in self.entries)
        return not numbered and bool(looks_like_reference(text) or _AUTHOR_YEAR_START.match(text))

    def _next_entry_number(self, text: str) -> int | None:
        """The number a glued next entry would carry; None in an unnumbered list."""
        if self.entries:
            last = self.entries[-1].number
            if last is None:
                return None
            # the block may continue the last entry or open the next one
            number, _ = split_entry_number(text)
            return (number if number is not None else last) + 1
        number, _ = split_entry_number(text)
        return number + 1 if number is not None else None

    def _reference(self, text: str) -> bool:
        """Handle ``text`` as part of the reference list if it is one; True when consumed."""
        number, rest = split_entry_number(text)
        expected = (self.entries[-1].number or 0) + 1 if self.entries else 1
        if number is None and self.refs_mode and self.entries and self.entries[-1].number is not None:
            # "100.Mayer MP, ..."; "3. 10x Genomics. ...", "4. de Bruin EC": the expected number
            glued = split_glued_number(text, expected) or split_expected_number(text, expected)
            if glued:
                number, rest = expected, glued
        # under a References heading the next number opens an entry whatever its style
        # ("11. Weitz JI: ...", "[1] E. Braunwald, ...", "7. Dictionary of Natural Products ...")
        if number is not None and number != expected and number == self._first_gap():
            expected = number  # the entries a glued block's run of later numbers skipped (column order)
        in_sequence = self.refs_mode and number == expected
        if number is not None and (in_sequence or looks_like_reference(rest)) and (self.refs_mode or number == expected):
            self.entries.append(_Entry(number, rest))
            self.refs_mode = True
            return True
        if not self.refs_mode:
            return False
        last = self.entries[-1] if self.entries else None
        if last is not None and (_OPENS_WITH_DOI.match(text) or _BARE_LINK.fullmatch(text.strip())):
            # no entry opens with its DOI, and no entry is an address alone: the tail of the last one,
            # carried to the next column or line (never the rest of a paragraph: prose has no DOI)
            last.text = f"{last.text} {text}"
            return True
        if text[0].islower() and self.last_paragraph and not is_finished(self.last_paragraph.text) and not (
                _PARTICLE_ENTRY.match(text) and looks_like_reference(text)):  # "dos Santos, G., ... (2013)." opens an entry
            if last is None or last.finished():
                self._continue_paragraph(text)
                return True
        # an APA entry ends with its address and no period; a next block that opens an entry
        # is the next entry, not the rest of the address
        if last is not None and not last.finished() and not (
                (ends_with_link(last.text) or not_out_with_title(last.text))
                and (looks_like_reference(text) or _AUTHOR_YEAR_START.match(text))):
            last.text = f"{last.text} {text}"
            return True
        numbered_list = any(e.number is not None for e in self.entries)
        if (last is not None and last.number is not None and _authors_only(last.text)
                and split_entry_number(text)[0] is None and _carries_venue(last.text, text)):
            # a numbered entry broken after its authors ("[30] Singh, D. C., Ibáñez, C. & Nakamura, J." /
            # "Title. Journal 38, 8539–8554 (2015). https://doi..."): in a numbered list the rest, which
            # carries no number, is that entry's, however much it reads like an entry of its own
            last.text = f"{last.text} {text}"
            return True
        if last is not None and _carries_venue(last.text, text) and not (
                looks_like_reference(text) or (not numbered_list and _AUTHOR_YEAR_START.match(text))):
            # the rest of an entry carried to the next column after its title's period or its authors
            # ("... lysosome tumour." / "Autophagy Res, 119(8), 766–783. https://doi.org/...";
            # "³⁰Ben-David, P. H., ... et al." / "Title. Redox Cancer 155, 1809–1815 (2008).")
            last.text = f"{last.text} {text}"
            return True
        if (looks_like_reference(text) or _AUTHOR_YEAR_START.match(text) or opens_undated_entry(text)
                or (last is not None and opens_unauthored_entry(text))) and not numbered_list:
            self.entries.append(_Entry(None, text))
            return True
        if last is not None and text[0].islower():
            last.text = f"{last.text} {text}"
            return True
        return False

    def _first_gap(self) -> int | None:
        """The lowest number a numbered list skipped, below its last number (None without one)."""
        numbers = {e.number for e in self.entries if e.number is not None}
        if not numbers:
            return None
        gap = next(n for n in range(1, max(numbers) + 2) if n not in numbers)
        return gap if gap < max(numbers) else None

    def _continue_paragraph(self, text: str) -> None:
        assert self.last_paragraph is not None
        self.last_paragraph.text = f"{self.last_paragraph.text} {text}"

    def _give_back_parts(self) -> None:
        """The headings taken as a structured abstract's part labels were the body's sections (a part's text
        ran too long): from the first of them on, the front blocks become those sections and their text."""
        taken, self.parts.taken = self.parts.taken, []
        labels = [t.strip().rstrip(":.") + ":" for t in taken]
        start = next((i for i, t in enumerate(self.front) if t == labels[0]), None) if labels else None
        if start is None:
            return
        blocks, roles = self.front[start:], self.front_roles[start:]
        self.front, self.front_roles = self.front[:start], self.front_roles[:start]
        heads = iter(taken)
        for text, role in zip(blocks, roles):
            if labels and text == labels[0]:
                labels.pop(0)
                self._open_section("", next(heads), hd.unnumbered_kind(text.rstrip(":")) or "body")
            elif role == "abstract":  # the reader's abstract stays the abstract
                self.front.append(text)
                self.front_roles.append(role)
            else:
                self._paragraph(text)

    def _front_block_after_abstract(self, text: str) -> bool:
        """A label that names front matter and back matter alike (``Abbreviations``) heading a block after the
        abstract and before any section: the block is front matter, not a section (at the back it stays one)."""
        if hd._key(text) not in hd.vocabulary().front_blocks:
            return False
        return "abstract" in self.front_roles or any(hd._key(t) in ("abstract", "summary") for t in self.front)

    def _front(self, text: str) -> None:
        self.front.append(text)
        self.front_roles.append("")

    def _paragraph(self, text: str) -> None:
        if self.current is None:
            self._front(text)
            return
        last = self.last_paragraph
        if last is not None and ((not is_finished(last.text) and (text[0].islower() or self.clean_gap))
                                 or cut_mid_citation(last.text, text)):
            self._continue_paragraph(text)
            self.clean_gap = False
            return
        paragraph = Paragraph(text=text)
        self.current.paragraphs.append(paragraph)
        self.last_paragraph = paragraph
        self.clean_gap = True

    # -- the end ---------------------------------------------------------
    def tables(self) -> list[Table]:
        used: set[int] = set()
        tables = []
        for i, raw in enumerate(self.raw_tables, 1):
            caption = raw.caption
            if caption is None:
                before = [k for k, (c, order) in enumerate(self.table_captions) if order < raw.order and k not in used]
                after = [k for k, (c, order) in enumerate(self.table_captions) if order > raw.order and k not in used]
                pick = before[-1] if before else (after[0] if after else None)
                # the caption the PDF reader found over these rows, where reading order put another caption
                # nearer (tables in two columns: the right column's caption read before the left one's table)
                named = [k for k in before + after if raw.label and self.table_captions[k][0].label == raw.label]
                pick = named[0] if named else pick
                if raw.label.startswith("Table ") and not named:
                    # the reader read this table's own label (a bare ``TABLE 2`` line over a caption paragraph
                    # matches no caption): another table's caption is not this one's
                    pick, caption = None, Caption("Table", raw.label, "")
                if pick is not None:
                    used.add(pick)
                    caption = self.table_captions[pick][0]
            if len(raw.rows) >= 2:
                table = rows_to_table(raw.rows, caption, raw.section, f"Table {i}")
                table.footnotes = raw.notes
                tables.append(table)
        return tables

    def references(self) -> list[Reference]:
        entries = self.entries
        numbers = [e.number for e in entries]
        restart = next((k for k in range(1, len(numbers)) if numbers[k] == 1 and (numbers[k - 1] or 0) > 1), None)
        if restart is not None:
            # supplementary material printed after the paper lists again, from 1, entries of
            # the main list: the repeats are no new entries
            seen = {_entry_key(e.text) for e in entries[:restart]}
            tail = entries[restart:]
            if tail and all(_entry_key(e.text) in seen for e in tail):
                entries = entries[:restart]
                numbers = numbers[:restart]
        if None not in numbers and len(set(numbers)) == len(numbers):
            # a run a glued block carried ahead of its place goes back into the list's order
            entries = sorted(entries, key=lambda e: e.number)
        refs = parse_references([(entry.text, entry.number if entry.number is not None else i)
                                 for i, entry in enumerate(entries, 1)])
        return refs


# a caption taken from the paragraph after a bare label is at most this many words (models/ingest/pdf_tables.json)
_BARE_CAPTION_WORDS = json.loads(model_path("ingest", "pdf_tables.json").read_text(encoding="utf-8"))["tables"]["bare_caption_words"]
_BARE_TABLE_LABEL = re.compile(r"^(?:TABLE|Table)\s+(\d+[A-Za-z]?|[IVX]+)\.?$")  # ``TABLE 2`` alone, its caption on the next line(s)


def _entry_key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())[:120]


def _citations(doc: Document, author_year: bool = False) -> list[Citation]:
    """Numbered markers, or for an unnumbered (author-year) list, author-year markers whose
    ``numbers`` are the linked entries' 1-based positions in the list."""
    known = {r.number for r in doc.references}
    out: list[Citation] = []
    linker = Linker(doc.references) if author_year else None
    flat = None if author_year else detect_flat_style(
        [p.text for s in doc.sections if s.kind == "body" for p in s.paragraphs]
        + [f.caption for f in doc.figures] + [c for t in doc.tables for row in t.rows for c in row],
        n_references=len(doc.references))

    def add(text: str, section: str, paragraph: int = -1, row: int = -1, column: int = -1,
            back: str | None = None, reference_column: bool = False) -> None:
        # ``back``: a back-matter statement (hd.back_citations) cites only what the list holds;
        # ``reference_column``: a cell under a ``Ref.`` header, whose bare numbers cite
        if linker is not None:
            # a table cell may list works with no brackets ("Milev, 1994; Grumet, 1994")
            for m in find_author_year(text, bare=row >= 0):
                numbers, unlinked = [], []
                for work in m.works:
                    refs = linker.link_all(work)
                    if not refs:
                        # a bare item, or an "n.d." ("WT, n.d.": not determined), that links to nothing is no citation
                        if not m.bare and not back and work.year != "n.d.":
                            unlinked.append(f"{' '.join(work.surnames[:2])} {work.year}{work.letter}")
                    for ref in refs:
                        if ref.number not in numbers:
                            numbers.append(ref.number)
                if (m.bare or back or all(w.year == "n.d." for w in m.works)) and not numbers:
                    continue
                out.append(
                    Citation(text=m.text, numbers=numbers, section=section, start=m.start, end=m.end,
                             paragraph=paragraph, row=row, column=column, unlinked=unlinked)
                )
            return
        if row >= 0:
            found = find_cell_markers(text, reference_column=reference_column)  # also "Langmead et al. 70", a raise the table lost
        else:
            found = find_markers(text, flat=flat if back not in ("bracketed", "note") else None, superscripts=back != "bracketed",
                                 pairs=True)
            if back == "note":
                # a table note's raised run glued to a word cites ("... by two-sided t test²⁸."); one that
                # opens the note or a space sets off is a note's label ("¹ Significant", "(2); ¹ ratio")
                found = [m for m in found if m.text[:1] not in _RAISED or (m.start > 0 and not text[m.start - 1].isspace())]
        for m in found:
            if (back or m.pair or (row >= 0 and m.text[:1].isdigit())) and not (known and all(n in known for n in m.numbers)):
                continue  # a back-matter statement, a bare cell number or a pair "(3 and 5)" cites only what the list holds
            unresolved = [n for n in m.numbers if known and n not in known]
            out.append(
                Citation(text=m.text, numbers=list(m.numbers), section=section, start=m.start, end=m.end,
                         paragraph=paragraph, row=row, column=column, unresolved=unresolved)
            )

    if doc.abstract and (doc.references or doc.source.format == "text"):
        # an introduction the front-matter reader took into the abstract (PNAS, ACS: no heading
        # above it) keeps its markers; a real abstract rarely cites, and then it cites the list.
        # A plain text has no page furniture to mistake for markers, and is often an abstract or
        # an introduction saved without its reference list: its markers are read all the same.
        add(doc.abstract, "abstract", paragraph=0)
    for section in doc.sections:
        back = hd.back_citations(section.title) if section.kind == "back" else None
        if section.kind != "body" and back is None:
            continue
        for i, paragraph in enumerate(section.paragraphs):
            add(paragraph.text, section.key, paragraph=i, back=back)
    for figure in doc.figures:
        add(figure.caption, figure.label)
    for table in doc.tables:
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                add(cell, table.label, row=r, column=c,
                    reference_column=c < len(table.columns) and is_reference_column(table.columns[c]))
        for note in table.footnotes:
            # "ᵃ Data from Okafor et al. (12)": a table's notes cite like its cells, only the list's numbers
            add(note, table.label, back="note" if linker is None else "all")
    return out


def _confirmed_first_number(blocks: list[Block]) -> tuple[int, ...] | None:
    """The first numbered heading line of a text rendition when the next one follows it (``hd.confirmed_start``)."""
    numbers: list[tuple[int, ...]] = []
    for block in blocks:
        if block.kind != TEXT or "\n" in block.text.strip():
            continue
        numbered = hd.match_numbered(block.text)
        if numbered and not looks_like_affiliation(block.text):
            numbers.append(hd.parse_number(numbered[0]))
            if len(numbers) == 2:
                break
    if numbers and hd.confirmed_start(numbers[0], numbers[1] if len(numbers) > 1 else None):
        return numbers[0]
    return None


def blocks_to_document(blocks: list[Block], source: Source, path_for_errors: str = "") -> Document:
    """Assemble a Document from a reader's blocks; raises NotAPaperError when nothing is recognisable."""
    # text renditions only: a PDF's first numbered lines may be furniture, and its numbering rules stay as they were
    state = _Assembly(first_number=_confirmed_first_number(blocks) if source.format != "pdf" else None)
    for block in blocks:
        state.add(block)
    state._flush_rows()
    # a PDF's abstract is found by its layout (label, lead paragraph) or not at all: no longest-prose guess
    front = parse_front(state.front, state.title_hint, state.front_roles, prose_fallback=source.format != "pdf")
    references = state.references()
    author_year = bool(state.entries) and all(e.number is None for e in state.entries)
    intro = intro_blocks([t for t, r in zip(state.front, state.front_roles) if r != "abstract"],
                         [front.title, front.abstract] + [b["text"] for b in front.blocks], references, author_year)
    if intro and not any(s.key == INTRO_TITLE for s in state.sections):
        state.sections.insert(0, Section(number="", title=INTRO_TITLE, level=1, parent=None,
                                         paragraphs=[Paragraph(text=t) for t in intro]))
        front.warnings.append(INTRO_ADDED)
    if not state.sections and not references and not front.abstract:
        # no heading, abstract or reference list (a short communication, a printed abstract): the
        # abstract stays empty, never guessed, but the prose is kept as an unheaded section, so the
        # paper is read rather than refused
        used = {front.title, *(b["text"] for b in front.blocks)}
        prose = [t for t in state.front if t not in used and is_prose_block(t)]
        if prose:
            state.sections.append(Section(number="", title=INTRO_TITLE, level=1, parent=None,
                                          paragraphs=[Paragraph(text=t) for t in prose]))
            front.warnings.append(INTRO_ADDED)
    doc = Document(
        doc_id=source.sha256[:16],
        source=source,
        title=front.title,
        abstract=front.abstract,
        keywords=front.keywords,
        sections=state.sections,
        tables=state.tables(),
        figures=state.figures,
        references=references,
        front_matter=front.blocks,
        warnings=front.warnings,
    )
    if not doc.sections and not doc.references and not doc.abstract:
        raise NotAPaperError(path_for_errors or source.path, "no recognizable structure: no headings, abstract or reference list")
    paragraphs = [p for s in doc.sections for p in s.paragraphs]
    for paragraph, sentences in zip(paragraphs, texts_to_sentences([p.text for p in paragraphs])):
        paragraph.sentences = sentences
    doc.citations = _citations(doc, author_year=author_year)
    return doc
