"""Pages of lines -> :class:`~pipeline.ingest.blocks.Block` s: the thin driver of the PDF reader."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import replace as _replace
from pathlib import Path

from pipeline.errors import InputError, NoTextLayerError
from pipeline.ingest.blocks import CAPTION, HEADING, PAGE_BREAK, TABLE, TEXT, Block
from pipeline.ingest.frontmatter import front_block_label, is_later_structured_part, is_structured_part
from pipeline.ingest.pdf.front import (
    BANNER_MAX_WORDS,
    JOURNAL_BANNER_RE,
    TITLE_SMALLER,
    abstract_tail,
    beside_label,
    is_picture_block_label,
    drop_repository_front,
    join_letter_spaced,
    side_column_to_notes,
    split_body_size_title,
    title_line_text,
    unlabelled_structured,
)
from pipeline.ingest.pdf.back_run_ins import split_back_run_ins
from pipeline.ingest.pdf.drop_caps import join_drop_caps
from pipeline.ingest.pdf.glyphs import apply_glyph_maps
from pipeline.ingest.pdf.furniture import body_style, drop_ornaments, line_key, remove_furniture, words_in_boxes
from pipeline.ingest.pdf.gc_pause import collector_paused
from pipeline.ingest.pdf.headings import (
    CAPTION_RE,
    is_small_caps,
    small_caps_lines,
    END_REFERENCES_RE,
    ITALIC_TAIL_WORDS,
    MAIN_SECTION_RE,
    MAX_HEADING_WORDS,
    RUN_IN_MAX_LINES,
    REFERENCES_RE,
    back_matter_title,
    letters_bold,
    figure_label_runs,
    figure_page_headings,
    heading_faces,
    is_heading,
    known_title,
    number_level,
    numbered_list_runs,
    join_supplement_lists,
    Style,
    paragraph_style,
    prose_face_sentences,
    split_heading_line,
    LevelStack,
    split_run_in,
    ENUMERATOR_RE,
    LOWER_LED_NAME_RE,
    NUMBERED_RE,
    enumerated_parts,
    strip_enumerator,
    strip_heading_icons,
    style_levels,
    style_ranks,
)
from pipeline.ingest.pdf.layout import (
    MIN_COLUMN_ROWS,
    SPAN,
    Line,
    join_split_ligatures,
    lines_to_reading_order,
    page_to_lines,
    split_aligned_columns,
)
from pipeline.ingest.pdf.note_blocks import block_decisions
from pipeline.ingest.pdf.number_bars import drop_number_bars
from pipeline.ingest.pdf.paragraphs import SENTENCE_END_RE, Columns, lines_to_entries, lines_to_paragraphs
from pipeline.ingest.pdf.reader import Page, font_is_bold, open_pdf, pdf_to_pages
from pipeline.ingest.pdf.tables import CONTINUED_RE, join_continued, page_tables, same_columns, table_to_line
from pipeline.ingest.pdf.title_parts import is_masthead, is_subtitle
from pipeline.ingest.pdf.words import hyphen_vocabulary, join_lines
from pipeline.ingest.unheaded_refs import unheaded_reference_paragraphs
from pipeline.resources import model_path

log = logging.getLogger(__name__)

FOOTNOTE_RATIO = 0.92  # footnotes are set smaller than the body
PAGE1_FOOT_ZONE = json.loads(model_path("ingest", "pdf_front.json").read_text(encoding="utf-8"))["page1_foot_zone"]  # share of page 1's height under which small print past the body is front matter
STRIP_PAGES = json.loads(model_path("ingest", "pdf_front.json").read_text(encoding="utf-8"))["margin_strip_pages"]  # a margin strip of small print on pages 2 .. this many is metadata, dropped
STRIP_WIDTH = json.loads(model_path("ingest", "pdf_front.json").read_text(encoding="utf-8"))["margin_strip_max_width"]  # ... when no wider than this share of the page
TITLE_RATIO = 1.3
FRAGMENT_CHARS = 12  # a paragraph this short, of at most three tokens, is a scrap
FRAGMENT_RUN = 3  # ... and this many scraps in a row are figure-internal text
MIN_PROSE_WORDS = 40
FRONT_LABEL_RE = re.compile(r"^(?:abstract|summary|key\s*words?|highlights|graphical abstract)\b", re.IGNORECASE)
ABSTRACT_LABEL_RE = re.compile(r"^(?:abstract|summary)\s*[:.]?$", re.IGNORECASE)
ABSTRACT_RUN_IN_RE = re.compile(r"^(?:ABSTRACT|SUMMARY|Abstract|Summary)(?:\s*[:.\-–—]\s*|\s+(?=[A-Z]))\S")
LEAD_MIN_WORDS = 60  # an unlabelled abstract (Nature's bold lead paragraph) is at least this long
LEAD_LARGER = 0.8  # points above the body size that set a lead paragraph apart
LEAD_FACE_SIZE = 0.8  # points: a lead in a face of its own is set about the body size (Science: 8 pt over 8.7)
LEAD_PROSE_SHARE = 0.35  # a lead paragraph is prose: at least this share of its words start in lower case
START_RE = re.compile(r"^(?:abstract|summary|background|introduction|1\.?\s+introduction|i\.\s+introduction)\b", re.IGNORECASE)  # the largest text on page 1, at least this much above the body size, is the title


def pages_to_lines(pages: list[Page]) -> list[Line]:
    """Every page's lines in reading order, tables cut out and placed as pseudo-lines."""
    out: list[Line] = []
    had_table = False
    for p in pages:
        lines, gutter = page_to_lines(p.words, p.width, p.number)
        tables = page_tables(p.plumber, lines, gutter, p.n_hlines, had_table) if p.plumber is not None else []
        if tables:
            inside = {id(w) for w in words_in_boxes(p.words, [t.bbox for t in tables])}
            p.words = [w for w in p.words if id(w) not in inside]
            lines, gutter = page_to_lines(p.words, p.width, p.number, gutter, detect=False)
            lines = lines_to_reading_order(lines + [table_to_line(t, gutter, p.number) for t in tables])
        # the next page may go on with the page's lowest table: its column count (an unruled part at the
        # next page's top must match it), 0 for none
        lowest = max(tables, key=lambda t: t.bbox[3], default=None)
        had_table = 0 if lowest is None else max(len(lowest.rows[0]) if lowest.rows else 0, 1)
        split = split_aligned_columns(lines)  # the same list when no column pair shares baselines
        out.extend(lines if split is lines else lines_to_reading_order(split))
    return out


def merge_continued_tables(paras: list[list[Line]]) -> list[list[Line]]:
    """A table continued on the next page joins the one before it.

    It continues when it has no caption of its own (or a ``Table N (continued)``
    caption with the same label) and its header repeats or its columns line up.
    """
    out: list[list[Line]] = []
    last_table: Line | None = None
    last_page = -1
    for para in paras:
        ln = para[0]
        if ln.rows is None and last_table is not None and _continued_caption(ln.text, last_table.text):
            continue  # "Table 2 (continued)": the rows join the table, the caption goes
        if ln.rows is not None:
            same_label = bool(ln.text) and ln.text == last_table.text if last_table is not None else False
            if (
                last_table is not None
                and (not ln.text or same_label)
                and ln.page == last_page + 1
                and (same_label or same_columns(last_table.rows, ln.rows) or ln.rows[0] == last_table.rows[0])
            ):  # a part under its own "Table N (continued)" caption joins even when too few rows left its columns unsplit
                last_table.rows = join_continued(last_table.rows, ln.rows)
                last_table.notes += ln.notes
                last_page = ln.page
                continue
            last_table, last_page = ln, ln.page
        out.append(para)
    return out


def _is_fragment(para: list[Line], body_size: float) -> bool:
    if para[0].rows is not None or para[0].size > body_size + 0.3 or len(para) > 2:
        return False
    text = " ".join(ln.text for ln in para)
    tokens = text.split()
    if CAPTION_RE.match(text) or not tokens:
        return False
    scraps = len(tokens) <= 8 and all(len(t) <= 3 for t in tokens)  # "22 11 17 25 26", "HO", "N"
    return scraps or (len(text) <= FRAGMENT_CHARS and len(tokens) <= 3)


def drop_figure_text(paras: list[list[Line]], body_size: float) -> list[list[Line]]:
    """Drop runs of tiny fragments (axis labels, atom labels of a drawn structure): figure-internal text.

    Text over an image is already gone (``furniture.words_in_boxes``); a vector
    figure leaves its labels in the flow as a run of one- to three-word scraps.
    """
    out: list[list[Line]] = []
    run: list[list[Line]] = []
    for para in paras + [[]]:
        if para and _is_fragment(para, body_size):
            run.append(para)
            continue
        if len(run) < FRAGMENT_RUN:
            out.extend(run)
        run = []
        if para:
            out.append(para)
    return out


def _continued_caption(text: str, label: str) -> bool:
    return bool(label) and text.startswith(label) and bool(CONTINUED_RE.search(text[len(label) : len(label) + 20]))


def pdf_to_blocks(path: str | Path, data: bytes | None = None) -> list[Block]:
    """Read a PDF (from ``data`` when given, else from ``path``) into blocks in reading order.

    Bad PDFs raise :mod:`pipeline.errors` subclasses naming ``path``.
    """
    path = Path(path)
    with collector_paused(), open_pdf(path, data=data) as pdf:  # gc_pause: the collector walked the reader's records for nothing
        pages = pdf_to_pages(pdf, path)
        if not any(p.words for p in pages):
            raise NoTextLayerError(path, f"no text layer on any of its {len(pages)} page(s): scanned PDF, OCR not available")
        try:
            for p in pages:
                p.words = join_split_ligatures(apply_glyph_maps(p.words))
            drop_repository_front(pages)
            join_letter_spaced(pages)
            running = remove_furniture(pages)
            drop_ornaments(pages)
            join_drop_caps(pages)
            lines = pages_to_lines(pages)
            return lines_to_blocks(lines, pages, running)
        except Exception as exc:  # a layout this reader cannot follow: one line for the user, details in the log
            log.debug("layout analysis failed on %s", path, exc_info=True)
            raise InputError(path, f"PDF layout analysis failed ({type(exc).__name__}: {exc})") from None


def lines_to_blocks(lines: list[Line], pages: list[Page], running: frozenset[str] = frozenset()) -> list[Block]:
    """``running``: the recurring header/footer texts (``furniture.line_key``) the furniture pass removed."""
    body_font, body_size = body_style(_body_lines(lines))
    body_bold = font_is_bold(body_font)
    lines = footnotes_to_page_end(lines, body_size, pages[0].height if pages else None)
    if pages:
        lines = side_column_to_notes(lines, pages[0].width)
    cols = Columns(lines)
    whole, hyphenated = hyphen_vocabulary(ln.text for ln in lines)
    paras = drop_figure_text(merge_continued_tables(lines_to_paragraphs(lines, cols)), body_size)
    paras = split_body_size_title(join_split_headings(join_bare_numbers(drop_number_bars(join_over_notes(paras)))), body_size)
    # small print of page 1 (affiliations, correspondence, licence, a journal sidebar) is front matter
    first_page = paras[0][0].page if paras else 1
    # a margin strip of small print on the pages after it (PLOS: data availability, funding and competing
    # interests beside the text of page 2) is the article's metadata, read neither as front matter nor as text
    paras = drop_margin_strips(paras, first_page, pages[0].width if pages else 612.0, body_size)
    page1_notes = [p for p in paras if p[0].note and p[0].page == first_page]
    if page1_notes:
        ids = {id(p) for p in page1_notes}
        paras = [p for p in paras if id(p) not in ids]
        at = front_matter_end(paras, body_size)
        paras = paras[:at] + page1_notes + paras[at:]
    front_end = front_matter_end(paras, body_size)
    paras = paras[:front_end] + join_run_in_titles(join_supplement_lists(split_back_run_ins(paras[front_end:], body_bold)), body_size, body_bold)
    strip_heading_icons(paras[front_end:])
    faces = heading_faces(paras[front_end:], body_size, body_font)
    paras = paras[:front_end] + split_heading_line(
        split_stacked_headings(paras[front_end:], cols, lambda p: is_heading(p, body_size, body_font, body_bold, faces)),
        lambda p: is_heading(p, body_size, body_font, body_bold, faces),
        lambda p: split_run_in(p, body_size, body_font, body_bold, faces),
    )
    heads = [p for p in paras[front_end:] if is_heading(p, body_size, body_font, body_bold, faces)]
    labels = figure_label_runs(paras[front_end:], {id(p) for p in heads}) | prose_face_sentences(paras, {id(p) for p in heads})
    labels |= figure_page_headings(paras, {id(p) for p in heads}, body_font, body_size)
    labels |= numbered_list_runs(paras[front_end:], {id(p) for p in heads})
    heads = [p for p in heads if id(p) not in labels]
    head_ids = {id(p) for p in heads}
    # run-in headings count only after the first section heading (not in a structured abstract)
    # (a standalone section name in body type, Nature's "Results", also starts the article body)
    first_head = next(
        (
            i
            for i, p in enumerate(paras)
            if (id(p) in head_ids and not FRONT_LABEL_RE.match(p[0].text))
            or (i >= front_end and len(p) == 1 and p[0].rows is None and MAIN_SECTION_RE.match(p[0].text.strip().rstrip(":")))
        ),
        len(paras),
    )
    run_ins: dict[int, tuple[str, Style]] = {}
    for k, p in enumerate(paras[first_head:], first_head):
        if id(p) in head_ids or p[0].rows is not None:
            continue
        # a heading cut by a column or page break (``... in gastric cancer and`` / ``predicts the response ...``)
        continued = k > first_head and id(paras[k - 1]) in head_ids and bool(_FUNCTION_END.search(paras[k - 1][-1].text.rstrip()))
        parts = split_run_in(p, body_size, body_font, body_bold, faces, continued)
        if parts:
            head = join_lines(parts, whole, hyphenated)
            w = p[0].words[0]
            run_ins[id(p)] = (head, (w.size, w.bold, w.italic, head.isupper(), w.font))
    # styles of unnumbered headings in document order; front labels (Abstract, Keywords) have
    # their own style and do not rank section levels
    styles = []
    for p in paras[front_end:]:
        if id(p) in run_ins:
            styles.append(run_ins[id(p)][1])
        elif id(p) in head_ids and number_level(p[0].text) is None and not FRONT_LABEL_RE.match(p[0].text):
            styles.append(paragraph_style(p))
    main = {paragraph_style(p) for p in heads if MAIN_SECTION_RE.match(p[0].text.strip().rstrip(":"))}
    levels = style_levels(styles, main)
    # stand-alone headings take their level from the headings open above them (numbered ones included in the ranks)
    ranks = style_ranks(styles + [paragraph_style(p) for p in heads if number_level(p[0].text) is not None])
    top = min((ranks[s] for s in main if s in ranks), default=0)
    # one type for every heading: nothing stand-alone set below the section names, and the unknown titles in that
    # type outnumber the run-ins (else the run-ins are the subsections: PNAS)
    flat = bool(main) and not any(
        ranks[paragraph_style(p)] > top for p in heads
        if number_level(p[0].text) is None and not FRONT_LABEL_RE.match(p[0].text)
    ) and sum(1 for p in heads if not known_title(p[0].text)) > len(run_ins)
    stack = LevelStack(ranks, top, flat=flat)
    # styles that only back-matter titles use (Elsevier's ``CRediT ...`` / ``Data availability`` in small caps, colour
    # or bold capitals at the body size): such a title ranked under the section names is still a section of its own
    # (the title read over all its lines: ``CRediT authorship contribution`` / ``statement`` in a narrow column)
    back_texts = {id(p): " ".join(ln.text.strip() for ln in p) for p in heads}
    back_only = {paragraph_style(p) for p in heads if back_matter_title(back_texts[id(p)])} - {
        paragraph_style(p) for p in heads if not back_matter_title(back_texts[id(p)]) and not REFERENCES_RE.match(p[0].text.strip())}
    title = _title_paragraphs(paras, body_size, running)
    title_ids = {id(p) for p in title}
    # pages whose body is set in columns: there a lead paragraph set across the gutter stands apart
    in_columns: dict[int, int] = {}
    for ln in lines:
        if ln.side != SPAN and abs(ln.size - body_size) <= 0.3:
            in_columns[ln.page] = in_columns.get(ln.page, 0) + 1
    column_pages = frozenset(p for p, n in in_columns.items() if n >= MIN_COLUMN_ROWS)
    abstract = abstract_paragraphs(paras[:first_head], head_ids | title_ids, body_size, body_bold, body_font, column_pages)
    paras = _place_after(paras, abstract, abstract_tail(paras, abstract, head_ids | title_ids, body_font))
    abstract_ids = {id(p) for p in abstract}

    blocks: list[Block] = []
    if title:
        # the title leads the stream as a heading: the assembler takes a first heading for the title
        lines_of_title = [ln for p in title for ln in p]
        texts = [ln.text for ln in lines_of_title[:-1]] + [title_line_text(lines_of_title[-1])]
        if any(is_small_caps(p) for p in title):  # a title in true small caps: the small capitals read lower case
            texts = [t for p in title for t in (small_caps_lines(p) if is_small_caps(p) else
                                                [ln.text.lower() for ln in p] if _small_caps_goes_on(title[0], p) else [ln.text for ln in p])]
        text = join_lines(texts, whole, hyphenated)
        blocks.append(Block(HEADING, text=text, level=1, page=title[0][0].page))
    page = paras[0][0].page if paras else 1
    ref_lines: list[Line] = []

    def flush_refs() -> None:
        for entry in lines_to_entries(ref_lines, cols):
            blocks.append(Block(TEXT, join_lines([ln.text for ln in entry], whole, hyphenated), page=entry[0].page))
        ref_lines.clear()

    in_refs = False
    head_level, head_style, head_text = 0, None, ""  # level, type and text of the last heading on a line of its own
    back_container = None  # the level of an empty back-matter heading the headings under it nest in
    enum_parent = 0  # level of the last heading on a line of its own that is not an enumerated one
    run_in_level = 0  # level of the last run-in heading under it (the parent of enumerated run-ins)
    run_in_styles: dict[Style, int] = {}  # the run-in styles under it and their levels (bold run-ins over italic ones)
    # a list in small print with no References heading (PNAS): taken out of the flow, put last
    unheaded = [] if any(p[0].rows is None and REFERENCES_RE.match(p[0].text.strip()) for p in paras) else (
        unheaded_reference_paragraphs(paras, body_size))
    unheaded_ids = {id(paras[i]) for i in unheaded}
    for para in paras:
        if id(para) in unheaded_ids:
            continue
        first = para[0]
        if first.page != page and not in_refs:
            blocks.append(Block(PAGE_BREAK, page=first.page))
        page = first.page
        if first.rows is not None:
            blocks.append(Block(TABLE, text=first.text, rows=first.rows, page=first.page, notes=list(first.notes)))
            continue
        text = join_lines([ln.text for ln in para], whole, hyphenated)
        if not text:
            continue
        if in_refs:
            if CAPTION_RE.match(text) or (id(para) in head_ids and ends_references(para, text, ref_lines)) or (
                id(para) in run_ins and back_matter_title(run_ins[id(para)][0])  # Science: ``Funding:`` after the list
            ):
                flush_refs()
                in_refs = False
            else:
                ref_lines.extend(para)
                continue
        if REFERENCES_RE.match(text):
            blocks.append(Block(HEADING, text=text, level=1, page=first.page))
            head_level, head_style = 1, None
            stack.reset()
            in_refs = True
            continue
        if id(para) in title_ids:
            continue
        if id(para) in abstract_ids:
            blocks.append(Block(TEXT, text=text, page=first.page, role="abstract"))
            continue
        if id(para) in head_ids:
            if is_small_caps(para):
                text = join_lines(small_caps_lines(para), whole, hyphenated)
            numbered = number_level(text)
            enumerated = not numbered and head_level and bool(ENUMERATOR_RE.match(text))
            if numbered:
                level = stack.numbered(paragraph_style(para), numbered)
            elif enumerated:  # ``(ii) Cell lines`` on a line of its own: a level under the heading the list is in
                text = strip_enumerator(text)
                level = stack.numbered(paragraph_style(para), min(enum_parent + 1, 3))
            elif FRONT_LABEL_RE.match(text):
                level = levels.get(paragraph_style(para), 1)  # Abstract, Keywords: no section level
            else:
                level = stack.unnumbered(paragraph_style(para), text)
                if blocks and blocks[-1].kind == HEADING and back_matter_title(blocks[-1].text) and blocks[-1].level < level:
                    back_container = blocks[-1].level  # an empty back-matter heading over it (BMC's ``Declarations``)
                elif back_container is not None and level <= back_container:
                    back_container = None
                if level > 1 and paragraph_style(para) in back_only and back_matter_title(text) and back_container is None:
                    stack.open = [(stack.open[-1][0], 1)]
                    level = 1
            blocks.append(Block(HEADING, text=text, level=level, page=first.page))
            head_level, head_style = level, (None if number_level(text) else paragraph_style(para))  # numbered: a parent
            head_text = text
            enum_parent = level if not enumerated else enum_parent
            run_in_level = 0
            run_in_styles = {}
        elif CAPTION_RE.match(text):
            blocks.append(Block(CAPTION, text=text, page=first.page))
        elif id(para) in run_ins and text.startswith(run_ins[id(para)][0]):
            head, style = run_ins[id(para)]
            for part in enumerated_parts(head):  # ``Pipeline development. (i) Pipeline overview.``: two headings
                title = strip_enumerator(part).rstrip(".:—–").strip()  # ``Library construction—``: the dash leads into the text
                if title != part.rstrip(".:—–").strip() and run_in_level:
                    level = min(run_in_level + 1, 3)  # ``(ii) Title.``: under the run-in it enumerates
                else:
                    # a run-in heading sits one level under the last heading on a line of its own, or beside it in its type
                    # (only when one of the two is a run-in title on lines of its own: this one filling its lines, a
                    # stand-alone heading read into its text (Nature's results), or that one closed by a run-in's ``:``/``.``
                    # (bioRxiv); a title with its text beside it on its line, under a heading with no such stop, is a
                    # true run-in, a level under it, unless it is a back-matter title: PNAS's ``Data ... Availability.``
                    # run in after the last methods subsection is that subsection's sibling, not a part of it), or that one
                    # ends open (``... drugs in`` at a page's foot: the run-in is its rest, joined to it later)
                    sibling = head_style is not None and head_style[3:] == style[3:] and abs(head_style[0] - style[0]) <= 0.3 \
                        and (_ends_its_line(head, para) or head_text.rstrip()[-1:] in (".", ":") or back_matter_title(title)
                             or bool(_FUNCTION_END.search(head_text.rstrip())))
                    if sibling and stack.flat and stack.parent and head_level == 1 and not known_title(title):
                        sibling = False  # one face for every heading: an unknown title under Results is its subsection
                    level = number_level(title) or (
                        (head_level if sibling else min(head_level + 1, 3)) if head_level else levels.get(style, 1))
                    level = _under_run_ins(style, level, run_in_styles) if not number_level(title) and head_level else level
                    run_in_level = level
                    run_in_styles.setdefault(style, level)
                blocks.append(Block(HEADING, text=title, level=level, page=first.page))
            blocks.append(Block(TEXT, text=text[len(head) :].strip().lstrip(".:—–").strip(), page=first.page))
        elif any(c.isalpha() for c in text):  # letterless scraps ("1 2" affiliation marks) are no text
            if len(para) == 1 and MAIN_SECTION_RE.match(text.strip().rstrip(":")):
                # a section name in body type (the assembler makes it a level-1 heading): the run-ins under it are level 2
                head_level, head_style = 1, None
                stack.open_section(text)
            blocks.append(Block(TEXT, text=text, page=first.page))
    flush_refs()
    if unheaded:
        blocks.append(Block(HEADING, text="References", level=1, page=paras[unheaded[0]][0].page))
        ref_lines.extend(ln for i in unheaded for ln in paras[i])
        flush_refs()
    return join_broken_headings(blocks)


def join_run_in_titles(paras: list[list[Line]], body_size: float, body_bold: bool) -> list[list[Line]]:
    """A bold run-in heading that fills its last line (``Co-immunoprecipitation.`` in a narrow column, a long title
    over four lines) has its text start on the next line, and the paragraph rules cut it there (a short line with a
    full stop): a paragraph all in bold at the body's size, ending in a full stop, with an unindented paragraph in
    the body face on the very next line of its column goes on with that paragraph, so it is read as a run-in."""
    out: list[list[Line]] = []
    for para in paras:
        prev = out[-1] if out else None
        if prev is not None and _run_in_title(prev, body_size, body_bold) and para[0].rows is None and not para[0].note \
                and para[0].page == prev[-1].page and para[0].side == prev[-1].side and para[0].words \
                and not para[0].words[0].bold and abs(para[0].size - prev[-1].size) <= 0.5 \
                and 0 < para[0].top - prev[-1].top <= RUN_IN_TITLE_PITCH * prev[-1].size and para[0].x0 <= prev[-1].x0 + 1.0 \
                and _filled(prev[-1], para):
            out[-1] = prev + para
            continue
        out.append(para)
    return out


def _filled(last: Line, para: list[Line]) -> bool:
    """``last`` ends where the text's next word could not have followed on its line (the lines of ``para`` reach the
    column's edge): a run-in title that filled its line, not a sentence heading on a line of its own."""
    first = para[0].words[0]
    edge = max(ln.x1 for ln in para[:3])
    return last.x1 + (first.x1 - first.x0) + 0.3 * last.size > edge


def _run_in_title(para: list[Line], body_size: float, body_bold: bool) -> bool:
    text = " ".join(ln.text for ln in para).strip()
    return (not body_bold and para[0].rows is None and not para[0].note and len(para) <= RUN_IN_MAX_LINES
            and all(letters_bold(ln) for ln in para) and abs(para[0].size - body_size) <= 0.5
            and text.endswith(".") and 0 < len(text.split()) <= MAX_HEADING_WORDS and not CAPTION_RE.match(text))


def join_broken_headings(blocks: list[Block]) -> list[Block]:
    """A heading that a column or page break cut (``... in gastric cancer and`` at a column's foot, ``predicts the
    response ...`` at the next one's head, often run in there): two headings in a row at one level, the first
    ending in a function word or a comma and the second starting in lower case, are one heading."""
    out: list[Block] = []
    for block in blocks:
        between = [b.kind for b in reversed(out)]
        between = between[:next((i for i, k in enumerate(between) if k not in (PAGE_BREAK, TABLE, CAPTION)), len(between))]
        prev = out[-1 - len(between)] if len(between) < len(out) else None
        # a float placed between the two parts (a table at the next column's head): a lower-case word goes on the
        # heading before it whatever that heading's last word; else it must end open (a function word, ``5-FU``)
        floated = TABLE in between or CAPTION in between
        goes_on = block.text[:1].islower() and not LOWER_LED_NAME_RE.match(block.text) if floated else (
            block.text[:1].islower() or block.text[:1].isdigit() and not NUMBERED_RE.match(block.text)) and bool(
            _FUNCTION_END.search(prev.text.rstrip()) if prev is not None else False)
        if (block.kind == HEADING and prev is not None and prev.kind == HEADING and prev.level == block.level and goes_on
                and len(prev.text.split()) + len(block.text.split()) <= MAX_HEADING_WORDS):
            prev.text = f"{prev.text.rstrip()} {block.text.strip().rstrip('.')}"
            continue
        out.append(block)
    return out


def _place_after(paras: list[list[Line]], abstract: list[list[Line]], tail: list[list[Line]]) -> list[list[Line]]:
    """Move the abstract's displaced paragraphs (``front.abstract_tail``) right after it, and into it."""
    if not tail:
        return paras
    ids = {id(p) for p in tail}
    rest = [p for p in paras if id(p) not in ids]
    at = next(i for i, p in enumerate(rest) if p is abstract[-1]) + 1
    abstract.extend(tail)
    return rest[:at] + tail + rest[at:]


def _words(para: list[Line]) -> int:
    return sum(len(ln.text.split()) for ln in para)


def abstract_paragraphs(
    front: list[list[Line]], heads: set[int], body_size: float, body_bold: bool, body_font: str = "",
    column_pages: frozenset[int] = frozenset(),
) -> list[list[Line]]:
    """The abstract's paragraphs, found by layout before the first section heading.

    After an ``Abstract``/``Summary`` label (alone, or run in: ``ABSTRACT The ...``)
    the paragraphs in the first one's type, up to a heading, another label or a
    change of type.  Without a label: the lead paragraph of Nature/Cell/Science
    layouts, at least ``LEAD_MIN_WORDS`` words set bold (where the body is not),
    larger than the body or in another face at body size (Nature's semibold
    face, not named bold) or set across the gutter of a page whose body is in
    columns (``column_pages``, RSC), and what follows it in the same type; never the text
    after a front-matter label (``Significance``, ``Highlights``).  Nothing found:
    nothing marked (the assembler then falls back on its text cues).
    """
    start = None
    for i, para in enumerate(front):
        if para[0].rows is not None:
            continue
        text = para[0].text.strip()
        if para[0].note:  # page-1 small print: only a run-in "ABSTRACT: ..." set small starts an abstract there
            if ABSTRACT_RUN_IN_RE.match(text) and _run_words(front, i) >= 20:
                start = i
                break
            continue
        if ABSTRACT_LABEL_RE.match(text) and len(para) == 1:
            # the label in a side column beside its text (OUP/NAR: the text may come first in reading order)
            start = beside_label(front, i)
            if start is None:
                start = next((j for j in range(i + 1, len(front)) if front[j][0].rows is None and not front[j][0].note), None)
            break
        if (ABSTRACT_RUN_IN_RE.match(text) or (ABSTRACT_LABEL_RE.match(text) and len(para) > 1)) and _run_words(front, i) >= 20:
            start = i  # "ABSTRACT Microcins are ..." (a short first line of its own, or the label's, counts with what follows)
            break
    if start is None:
        start = unlabelled_structured(front, heads)  # "Objectives. ..." with no Abstract label above it (Hindawi)
    if start is None:
        for i, para in enumerate(front):
            if id(para) in heads or para[0].rows is not None or para[0].note or _run_words(front, i) < LEAD_MIN_WORDS:
                continue
            if not _prose(para):
                continue  # a long bold author or affiliation list (every word capitalised) is no lead
            # the paragraph before it in the text (page-1 small print moved there is not: a correspondence line or an
            # abbreviations footnote is no label over the lead)
            before = next((front[j][0].text for j in range(i - 1, -1, -1) if not front[j][0].note), "")
            if (FRONT_LABEL_RE.match(before) or front_block_label(before)) and not is_picture_block_label(before):
                continue
            # a lead face: bold (by the font's name: a line with a glyph from another font is still the
            # bold lead, PNAS), another face at body size (Nature's semibold), or larger than the body
            bold = not body_bold and (all(ln.bold for ln in para) or font_is_bold(para[0].font))
            other_face = bool(body_font) and all(ln.font != body_font for ln in para) and abs(para[0].size - body_size) <= LEAD_FACE_SIZE
            # set across the gutter: every line, or every line but a short last one (it may end left of the gutter)
            spanning = (para[0].page in column_pages and all(ln.side == SPAN for ln in para[:-1]) and (len(para) >= 3 or para[-1].side == SPAN)
                        and para[0].size >= body_size - 0.3)
            if bold or other_face or spanning or para[0].size >= body_size + LEAD_LARGER:
                start = i
                break
    if start is not None and ABSTRACT_RUN_IN_RE.match(front[start][0].text.strip()):
        # ``Summary: ...`` run in after an unlabelled ``Background: ...`` in its face: the abstract starts at the first part
        while (start > 0 and not front[start - 1][0].note and front[start - 1][0].rows is None and id(front[start - 1]) not in heads
               and is_structured_part(front[start - 1][0].text) and _same_face(front[start - 1], front[start])):
            start -= 1
    if start is None or (id(front[start]) in heads and not ABSTRACT_RUN_IN_RE.match(front[start][0].text.strip())):
        return []  # (a bold run-in "ABSTRACT The ..." that the heading rules took for a heading is still the abstract)
    first = front[start]
    size, bold = first[0].size, all(ln.bold for ln in first)
    structured = is_structured_part(first[0].text)
    out = [first]
    for para in front[start + 1 :]:
        if para[0].note:
            continue  # page-1 small print moved to the page end
        text = para[0].text
        later = structured and is_later_structured_part(text)  # ``Summary:``, ``Key Messages:`` after ``Background:``
        if id(para) in heads or para[0].rows is not None or (FRONT_LABEL_RE.match(text) and not later) or CAPTION_RE.match(text):
            break
        if front_block_label(text) and not (structured and (is_structured_part(text) or later)):
            break  # "IMPORTANCE ...", "Significance": a front block of its own follows the abstract
        if _page_end_note(para, out[-1], size):
            continue  # footnotes at the foot of the page an unfinished abstract continues after
        if para[0].page > out[-1][0].page + 1 or abs(para[0].size - size) > 0.3:
            break
        if para[0].font == first[0].font:
            out.append(para)  # the same face: bold or not line by line (glyphs from other fonts)
            continue
        if all(ln.bold for ln in para) != bold or first[0].font != body_font:
            break  # the lead face ends: the introduction starts
        out.append(para)
    return out


def _prose(para: list[Line]) -> bool:
    words = [w for ln in para for w in ln.text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].islower() for w in words) >= LEAD_PROSE_SHARE * len(words)


def _same_face(a: list[Line], b: list[Line]) -> bool:
    return a[0].font == b[0].font and abs(a[0].size - b[0].size) <= 0.3


def _run_words(front: list[list[Line]], i: int) -> int:
    """Words of ``front[i]`` and the paragraphs that follow it in its face (one block split by glyphs or pitch)."""
    n = _words(front[i])
    for para in front[i + 1 :]:
        if para[0].rows is not None or para[0].note != front[i][0].note or not _same_face(para, front[i]):
            break
        n += _words(para)
    return n


def _unfinished(para: list[Line]) -> bool:
    return not re.search(r"[.!?▪■][\"'”’)\]]*$", para[-1].text.rstrip())


def _page_end_note(para: list[Line], last: list[Line], size: float) -> bool:
    """Smaller print below an unfinished abstract on its page (footnotes before the page turns)."""
    return _unfinished(last) and para[0].page == last[0].page and para[0].size < size - 0.3 and para[0].top > last[-1].bottom


# a line ending in one of these words (or a comma, a hyphen) goes on: ``... resistance to`` / ``cisplatin``
_FUNCTION_END = re.compile(r"(?i)(?:\b(?:%s)|[,\-–])$" % "|".join(
    re.escape(w) for w in json.loads(model_path("ingest", "heading_rules.json").read_text(encoding="utf-8"))["open_end_words"]))


_FUNCTION_START = re.compile(r"(?i)^(?:of|and|or|in|on|for|with|to|by|from|into|via|between)\s")


def _same_type(a: Line, b: Line) -> bool:
    return a.font == b.font  # the dominant face (a line with an italic name in it is still not all bold)


def _italic_tail(prev: Line, para: list[Line]) -> bool:
    """The heading's last line is a short italic name (``... mutants in`` / *HsMOR*): another font, same size.

    Only after a line that ends in a function word, so a body paragraph never joins.
    """
    return (
        len(para) == 1
        and len(para[0].text.split()) <= ITALIC_TAIL_WORDS
        and any(w.italic for w in para[0].words)
        and bool(_FUNCTION_END.search(prev.text))
    )


def _run_in_continues(prev: list[Line], para: list[Line]) -> bool:
    """A run-in heading wrapped over a line end: a line all in the heading face, then a line
    that starts in it and goes on in the body font (PNAS: ``... Storage and Faster`` /
    ``Glucose Uptake. The insulin ...``)."""
    first = para[0].words[0] if para[0].words else None
    return (
        first is not None
        and all(letters_bold(ln) for ln in prev)  # (a symbol from a regular font, ``p44/42``'s slash, leaves it bold)
        and first.bold
        and first.font == prev[-1].font
        and abs(first.size - prev[-1].size) < 0.3
        and not para[0].bold
    )


_BARE = json.loads(model_path("ingest", "pdf_headings.json").read_text(encoding="utf-8"))["bare_number"]
BARE_NUMBER_RE = re.compile(_BARE["pattern"])
# a bold run-in title that filled its line: its text goes on within this many font sizes below it (``join_run_in_titles``)
RUN_IN_TITLE_PITCH = json.loads(model_path("ingest", "pdf_headings.json").read_text(encoding="utf-8"))["run_in_title_pitch"]


def join_bare_numbers(paras: list[list[Line]]) -> list[list[Line]]:
    """A section number alone on its line (``2.3.``) over its title on the next (Word manuscripts, some
    journals' heading styles): the number goes in front of the title's first line, so the heading is read as
    numbered. The title must follow within ``max_gap`` line heights in the same column, in the number's size,
    start with a capital and be short (``max_title_words``)."""
    out: list[list[Line]] = []
    i = 0
    while i < len(paras):
        para = paras[i]
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        ln = para[0]
        if (nxt is not None and len(para) == 1 and ln.rows is None and not ln.note and nxt[0].rows is None and not nxt[0].note
                and BARE_NUMBER_RE.match(ln.text.strip()) and nxt[0].page == ln.page
                and abs(nxt[0].x0 - ln.x0) < 2 and abs(nxt[0].size - ln.size) <= _BARE["size_tol"]
                and 0 <= nxt[0].top - ln.bottom < _BARE["max_gap"] * ln.size and nxt[0].text[:1].isupper()
                and len(nxt[0].text.split()) <= _BARE["max_title_words"]):
            out.append([_number_before(ln, nxt[0])] + nxt[1:])
            i += 2
            continue
        out.append(para)
        i += 1
    return out


def _number_before(number: Line, head: Line) -> Line:
    """``head`` with ``number``'s words in front of it (one line of its page and side)."""
    shift = number.x1 - head.x0 + 0.25 * head.size  # move the title right of the number, as if on one line
    words = [_replace(w, top=head.top + (w.top - number.top), bottom=head.bottom + (w.bottom - number.bottom)) for w in number.words]
    rest = [_replace(w, x0=w.x0 + shift, x1=w.x1 + shift) for w in head.words]
    out = Line(words + rest, side=head.side).finish()
    out.page = head.page
    return out


def join_split_headings(paras: list[list[Line]]) -> list[list[Line]]:
    """A heading wrapped over two lines that the paragraph rules cut (``... estimation of`` / ``marine locations``).

    Joined when both parts are short, in the same type, on consecutive lines of one
    column, and the first is visibly unfinished: it ends in a function word, a
    comma or a hyphen, or the second starts in lower case.
    """
    out: list[list[Line]] = []
    for para in paras:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev[0].rows is None
            and para[0].rows is None
            and not prev[0].note
            and not para[0].note
            and len(prev) <= 2
            and prev[-1].page == para[0].page
            and (prev[-1].side == para[0].side or abs(prev[-1].x0 - para[0].x0) < 2)
            and (
                (
                    (_same_type(prev[-1], para[0]) or _italic_tail(prev[-1], para))
                    and abs(prev[-1].size - para[0].size) < 0.3
                    and (_FUNCTION_END.search(prev[-1].text) or para[0].text[:1].islower() or _FUNCTION_START.match(para[0].text))
                    and len(" ".join(ln.text for ln in prev).split()) + len(para[0].text.split()) <= 20
                )
                or _run_in_continues(prev, para)  # its heading part is held to the word limit by split_run_in
            )
            and 0 <= para[0].top - prev[-1].bottom < 0.8 * max(para[0].size, prev[-1].size)
            and not SENTENCE_END_RE.search(prev[-1].text)
        ):
            prev.extend(para)
            continue
        out.append(para)
    return out


STACK_SLACK = 2.0  # font sizes of room beyond the next line's first word: that line was not wrapped


def split_stacked_headings(paras: list[list[Line]], cols: Columns, heading) -> list[list[Line]]:
    """Two headings on consecutive lines in one face (a section title, then its first subsection's) are two.

    A heading never wraps over a column or page break (the paragraph rules join a
    heading left at a column's foot, its text moved away as small print, to the
    heading that opens the next column).  And it wraps only when its next word does not fit: a line that stops short of
    the column's right edge by more than the next line's first word is complete, so
    a capitalised next line is another heading (``Structural modeling of the complex``
    / ``All-atom molecular dynamics simulations``).
    """
    out: list[list[Line]] = []
    for para in paras:
        if len(para) < 2 or para[0].rows is not None or not heading(para):
            out.append(para)
            continue
        start = 0
        for i in range(1, len(para)):
            prev, ln = para[i - 1], para[i]
            if ln.page != prev.page or (ln.side != prev.side and abs(ln.x0 - prev.x0) >= 2):
                # a heading never wraps over a column break: two headings (a spanning first line over a short
                # second one on the same left edge, ``... from the diverse`` / ``marine locations``, is one heading)
                out.append(para[start:i])
                start = i
                continue
            if not ln.words or not ln.text[:1].isupper() or _FUNCTION_END.search(prev.text) or _FUNCTION_START.match(ln.text):
                continue
            if ln.text.isupper():
                continue  # in capitals every line starts upper case: no cue
            right = max(cols.edges(prev)[1], cols.edges(ln)[1])  # a short line and a spanning one: the wider edge
            first = ln.words[0]
            if prev.x1 + (first.x1 - first.x0) + STACK_SLACK * prev.size < right:
                out.append(para[start:i])
                start = i
        out.append(para[start:])
    return out


def join_over_notes(paras: list[list[Line]]) -> list[list[Line]]:
    """A paragraph cut by a page turn, with only moved small print between, is joined again.

    The continuation must start in lower case, in the same font size, after a line
    that does not end a sentence: the cue the assembler uses, applied over the notes
    it cannot see past.
    """
    out: list[list[Line]] = []
    notes: list[list[Line]] = []
    for para in paras:
        if para[0].note:
            notes.append(para)
            continue
        prev = out[-1] if out else None
        if (
            notes
            and prev is not None
            and prev[0].rows is None
            and para[0].rows is None
            and para[0].page == prev[-1].page + 1
            and para[0].text[:1].islower()
            and abs(para[0].size - prev[-1].size) < 0.3
            and not SENTENCE_END_RE.search(prev[-1].text)
            # ... unless the small print itself breaks off in the continuation's size (a reference list set
            # in a column the reader moved: "... (2004b) Ferroptosis as a" / "determinant of ..."): the
            # continuation is the small print's, and follows it
            and not (abs(notes[-1][-1].size - para[0].size) < 0.3 and not SENTENCE_END_RE.search(notes[-1][-1].text))
        ):
            prev.extend(para)
            continue
        out.extend(notes)
        notes = []
        out.append(para)
    out.extend(notes)
    return out


def drop_margin_strips(paras: list[list[Line]], first_page: int, width: float, body_size: float) -> list[list[Line]]:
    """The paragraphs of a margin strip on pages 2 .. ``STRIP_PAGES`` (PLOS: data availability, funding, competing
    interests beside the text of page 2): small print in a column with no body text (``Line.strip``), no wider
    than ``STRIP_WIDTH`` of the page, at the x where page 1 has a strip too, with body text to its right.
    Small-type methods set in a column of their own are none of these and stay."""
    strips = [p for p in paras if p[0].note and first_page < p[0].page < first_page + STRIP_PAGES and all(ln.strip for ln in p)
              and max(ln.x1 for ln in p) - min(ln.x0 for ln in p) <= STRIP_WIDTH * width]
    if not strips:
        return paras
    page1_x = [ln.x0 for p in paras if p[0].note and p[0].page == first_page for ln in p if ln.strip]
    drop = set()
    for p in strips:
        x0, x1 = min(ln.x0 for ln in p), max(ln.x1 for ln in p)
        beside = any(ln.page == p[0].page and not ln.note and ln.x0 > x1 and abs(ln.size - body_size) <= 0.3 for q in paras for ln in q)
        if beside and any(abs(x - x0) <= 3.0 for x in page1_x):
            drop.add(id(p))
    return [p for p in paras if id(p) not in drop]


def footnotes_to_page_end(lines: list[Line], body_size: float, page1_height: float | None = None) -> list[Line]:
    """Small print under the last body line of a column (footnotes, affiliations), or in a column
    with no body text beside one that has it (a margin sidebar), moves to the page's end.

    Otherwise a footnote at the foot of the left column would cut the paragraph that
    runs on into the right column.
    """
    lowest: dict[tuple[int, str], float] = {}
    for ln in lines:
        if ln.rows is None and abs(ln.size - body_size) <= 0.3:
            key = (ln.page, ln.side)
            lowest[key] = max(lowest.get(key, 0.0), ln.bottom)
    body_after: set[int] = set()  # indices of lines followed, on their page, by a body-size line
    seen_body_on: int | None = None
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        if seen_body_on == ln.page:
            body_after.add(i)
        if ln.rows is None and abs(ln.size - body_size) <= 0.3:
            seen_body_on = ln.page
    body_pages = {page for page, _ in lowest}
    # page 1's foot under all of its body text (a licence or copyright box, footnotes set across the
    # columns): front matter even when reading order already put it last; only in the page's foot zone
    # (methods in small type under the introduction, PNAS, are text)
    first_page = min((ln.page for ln in lines), default=1)
    page1_floor = max((b for (page, _), b in lowest.items() if page == first_page), default=float("inf"))
    if page1_height:
        page1_floor = max(page1_floor, PAGE1_FOOT_ZONE * page1_height)
    out: list[Line] = []
    notes: list[Line] = []
    in_refs = False  # inside a reference list: from its heading to the next line in body size or larger
    smalls: list[bool] = []
    moved: list[bool] = []
    strips: list[bool] = []
    heads: set[int] = set()  # reference-list headings
    for i, ln in enumerate(lines):
        small = ln.rows is None and ln.size < FOOTNOTE_RATIO * body_size
        if ln.rows is None and REFERENCES_RE.match(ln.text.strip()):
            in_refs = True
            heads.add(i)
        elif in_refs and (not small or END_REFERENCES_RE.match(ln.text)):
            in_refs = False
        # a reference list in small print under the column's last body line, or in a column beside one
        # with body text (three-column reference pages), is the list, not footnotes
        below_body = not in_refs and i in body_after and ln.top > lowest.get((ln.page, ln.side), float("inf"))
        sidebar = not in_refs and ln.side != SPAN and (ln.page, ln.side) not in lowest and ln.page in body_pages
        page1_foot = ln.page == first_page and ln.top > page1_floor
        smalls.append(small)
        moved.append(small and (below_body or sidebar or page1_foot))
        strips.append(sidebar and not below_body)
    # a block of small print wrapped over lines of different sides goes or stays whole (``pdf/note_blocks.py``)
    moved = block_decisions(lines, smalls, moved)
    for i, ln in enumerate(lines):
        if i in heads:
            out.extend(notes)  # the page's small print so far (back matter under the body) stays before the list
            notes = []
        if moved[i]:
            ln.note = True
            ln.strip = strips[i]
            notes.append(ln)
        else:
            out.append(ln)
        if notes and (i + 1 == len(lines) or lines[i + 1].page != ln.page):
            out.extend(notes)
            notes = []
    return out


def _body_lines(lines: list[Line]) -> list[Line]:
    """The lines before the reference list (small print there would outvote the body font)."""
    starts = [i for i, ln in enumerate(lines) if ln.rows is None and REFERENCES_RE.match(ln.text)]
    if starts and starts[-1] > 0.3 * len(lines):
        return lines[: starts[-1]]
    return lines


def front_matter_end(paras: list[list[Line]], body_size: float) -> int:
    """Index where the article proper starts: an Abstract/Introduction/``1`` heading or running prose.

    What precedes it (journal name, authors, affiliations, e-mails) is front
    matter, set in assorted fonts, and is never taken for a heading.
    """
    for i, para in enumerate(paras):
        if para[0].rows is not None:
            continue
        text = " ".join(ln.text for ln in para)
        if START_RE.match(text):
            return i
        if len(para) >= 3 and abs(para[0].size - body_size) <= 0.6 and len(text.split()) >= MIN_PROSE_WORDS:
            return i
    return 0


def ends_references(para: list[Line], text: str, ref_lines: list[Line]) -> bool:
    """A heading inside the reference list ends it only when it is larger or names what follows.

    (Some journals set every entry's authors in bold, which looks like a heading.)
    """
    if END_REFERENCES_RE.match(text) or REFERENCES_RE.match(text):
        return True
    if not ref_lines:
        return True
    sizes = sorted(ln.size for ln in ref_lines)
    return para[0].size >= sizes[len(sizes) // 2] + 0.5


def _ends_its_line(head: str, para: list[Line]) -> bool:
    """The run-in title ``head`` takes whole lines of ``para``: its text starts on a line of its own."""
    want, have = len(re.sub(r"\s+", "", head)), 0
    for ln in para[:-1]:
        have += len(re.sub(r"\s+", "", ln.text.rstrip().rstrip("-\u00ad")))  # a hyphen at a line end may be dropped
        if have >= want - 1:
            return abs(have - want) <= 1  # a dash or stop read with the title, a kept hyphen
    return False


def _under_run_ins(style: Style, level: int, seen: dict[Style, int]) -> int:
    """A run-in heading's level among the run-ins under one heading: an italic (not bold) run-in after bold run-ins of
    about its size is one level under them (bold ``Cell culture.`` over italic ``Reagents.``); else ``level``. (Only
    the bold/italic contrast counts: bold run-ins whose first glyph comes from another font or size stay siblings.)"""
    size, bold, italic = style[0], style[1], style[2]
    if bold or not italic:
        return level
    above = [lv for s, lv in seen.items() if s[1] and abs(s[0] - size) <= 0.5]
    return min(max(above) + 1, 3) if above else level


def _title_paragraphs(paras: list[list[Line]], body_size: float, running: frozenset[str] = frozenset()) -> list[list[Line]]:
    """The largest text of page 1 (bold first when sizes tie), at least three words: the title.

    A one-line masthead set larger than the title is not the title: a journal's name by its wording
    (``JOURNAL_BANNER_RE``) or as the running header/footer text of the other pages (``running``).

    Centred title lines can come out as separate paragraphs; those that follow
    in the same font join it.
    """
    first_page = [p for p in paras if p[0].page == paras[0][0].page and p[0].rows is None] if paras else []
    candidates = [p for p in first_page if len(" ".join(ln.text for ln in p).split()) >= 3]
    if not candidates:
        return []
    top = max(_shown_size(p) for p in candidates)
    # a journal's name in one line set larger than the title (a masthead) is not the title
    headers = [f" {_bare_key(k)} " for k in running]
    after = {id(p): first_page[i + 1] if i + 1 < len(first_page) else None for i, p in enumerate(first_page)}
    banners = [p for p in candidates if _shown_size(p) >= top - 0.5
               and (len(p) == 1 and (JOURNAL_BANNER_RE.search(p[0].text.strip()) or _in_running(p[0], headers))
                    or is_masthead(p, after[id(p)], body_size))]
    if banners and any(_shown_size(p) >= TITLE_RATIO * body_size and _shown_size(p) < top - 0.5 for p in candidates):
        ids = {id(p) for p in banners}
        candidates = [p for p in candidates if id(p) not in ids]
        top = max(_shown_size(p) for p in candidates)
    if top < TITLE_RATIO * body_size:
        return []
    biggest = [p for p in candidates if _shown_size(p) >= top - 0.5]
    chosen = next((p for p in biggest if all(ln.bold for ln in p)), biggest[0])
    out = [chosen]
    for p in first_page[first_page.index(chosen) + 1 :]:
        # a title line with a glyph from another face ("Acrp30/adiponectin") is not all bold: same face suffices
        if _small_caps_goes_on(chosen, p):
            out.append(p)
            continue
        if abs(_shown_size(p) - _shown_size(chosen)) > 0.3 or (p[0].bold != chosen[0].bold and p[0].font != chosen[0].font):
            if _title_goes_on_smaller(out[-1], p, body_size) or is_subtitle(out[-1], p, body_size):
                out.append(p)
            break
        out.append(p)
    return out


TITLE_MAX_SMALL_CAPS_LINES = int(json.loads(model_path("ingest", "pdf_front.json").read_text(encoding="utf-8"))["small_caps_title_max_lines"])  # a longer small-caps paragraph is no title


def _small_caps_goes_on(chosen: list[Line], p: list[Line]) -> bool:
    """A small-caps title's next line with no full-size capital in it (``SENSITIVITY TO DOXORUBICIN`` all in small
    capitals): all capitals, in the title's face, at the size of its small capitals."""
    if _shown_size(chosen) == chosen[0].size or len(p) > 1:
        return False
    letters = [c for c in p[0].text if c.isalpha()]
    return (bool(letters) and all(c.isupper() for c in letters) and p[0].font == chosen[0].font
            and abs(p[0].size - chosen[-1].size) <= 0.3 and 0 <= p[0].top - chosen[-1].bottom < p[0].size)


def _shown_size(p: list[Line]) -> float:
    """A paragraph's size as the eye reads it: a line set in true small caps by its capitals (the small capitals,
    most of its letters, make its median size ~0.78 of that: a small-caps title fell under ``TITLE_RATIO``)."""
    if len(p) > TITLE_MAX_SMALL_CAPS_LINES or not is_small_caps(p):
        return p[0].size
    return max(w.size for ln in p for w in ln.words if not w.sup)


def _in_running(ln: Line, headers: list[str]) -> bool:
    """A short line (``BANNER_MAX_WORDS``) whose words run, in order, inside a running header/footer line."""
    if len(ln.text.split()) > BANNER_MAX_WORDS:
        return False
    key = f" {_bare_key(line_key(ln.text))} "
    return key.strip() != "" and any(key in h for h in headers)


def _bare_key(key: str) -> str:
    """A running-text key without its numbers and punctuation (``# cell stress and therapy``, a page number first)."""
    return " ".join(re.sub(r"[#\W_]+", " ", key).split())


def _title_goes_on_smaller(last: list[Line], p: list[Line], body_size: float) -> bool:
    """The title's last line set smaller to fit (20 pt, then 17 pt): the same face, still display size,
    right under the title at its left edge, the title unfinished (no full stop)."""
    a, b = last[-1], p[0]
    return (
        len(p) == 1 and b.font == a.font and b.bold == a.bold and b.page == a.page
        and TITLE_SMALLER["min_ratio"] * a.size <= b.size < a.size and b.size >= TITLE_RATIO * body_size
        and 0 <= b.top - a.bottom <= TITLE_SMALLER["max_gap"] * a.size
        and abs(b.x0 - a.x0) <= TITLE_SMALLER["x_tolerance"]
        and not a.text.rstrip().endswith(".")
    )
