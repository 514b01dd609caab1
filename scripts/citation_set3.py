"""Set 3 of the synthetic citation pages (``make_synthetic_citations.py --set 3``, session 12).

The marker, entry and layout forms sets 1-2 lack, as journals print them, drawn from set 3's own
random stream (``Doc.rng``; sets 1-2 never call this module, so their documents stay
byte-identical). Numeric: a raised number after a closing quote, raised numbers mixed with a
footnote symbol (``¹²,*``), lettered parts of one entry (raised ``12a``, ``[12a,b]``: entry 12), bracket
ranges with spaces round the dash (``[12 – 15, 18]``), markers set in another size than the
text, name-and-number hybrids (``Smith et al. [12]``, ``Smith and Lee¹²``). Author-year: a page
pinpoint (``(Smith 2019, p. 12)``), cues with no comma (``(e.g., Smith 2019)``) and with words
after the work (``(see Smith and Lee 2020 for review)``), italic ``et al.``, three narrative names
(``Smith, Lee and Chen (2019)``), later years after a semicolon (``(Smith et al. 2019; 2020)``),
letters a-d, works ``submitted``, ``Anonymous`` entries, and names the list prints without the
accents the text gives them (``Müller`` cited, ``Muller`` listed). Layout: entry numbers set in
the margin (text flush with the column, the number outside it).
"""

from __future__ import annotations

import html
from unicodedata import normalize

from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

# list layouts cycled by document number; margin numbers only where the list prints labels
LAYOUTS = ("margin_number", "figure_in_list", "glued", "plain")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def fold(name: str) -> str:
    name = name.replace("Ł", "L").replace("ł", "l").replace("Ø", "O").replace("ø", "o")
    return normalize("NFKD", name).encode("ascii", "ignore").decode()


def classes(doc) -> None:
    doc.cls["set"] = "3"
    labelled = doc.family == "numeric" and doc.cls["label"] in ("period", "bare")
    layouts = LAYOUTS if labelled else LAYOUTS[1:]
    doc.cls["list_layout"] = layouts[(doc.n // 2) % len(layouts)]


def vary_entry(doc, e):
    """An ``Anonymous`` entry, a work ``submitted``, or a list name printed without its accents."""
    r = doc.rng
    u = r.random()
    if u < 0.03:
        e.authors, e.group, e.name_class = ["Anonymous"], True, "anonymous"
    elif u < 0.06:
        e.year, e.name_class = "submitted", "submitted"
    elif e.name_class == "diacritic" and not e.group and r.random() < 0.6 and fold(e.first) != e.first:
        e.text_first = e.first
        e.authors = [(fold(e.first), e.authors[0][1])] + e.authors[1:]
        e.name_class = "list_unaccented"
    return e


def _when(e) -> str:
    return (e.year + e.letter) if e.year.isdigit() else e.year


def _name(doc, e, italic: bool) -> tuple[str, str]:
    """The cited name (markup) and its class: the text's spelling, italic ``et al.`` sometimes."""
    r = doc.rng
    first = e.text_first or e.first
    if e.group:
        return esc(first), ""
    if len(e.authors) == 1:
        return esc(first), "list_unaccented" if e.text_first else ""
    if len(e.authors) == 2:
        return esc(f"{first} {'&' if r.random() < 0.3 else 'and'} {e.authors[1][0]}"), "list_unaccented" if e.text_first else ""
    if italic and r.random() < 0.5:
        return f"{esc(first)} <i>et al.</i>", "et_al_italic"
    return esc(f"{first} et al."), "list_unaccented" if e.text_first else ""


def numeric_marker(doc, nums: list[int]) -> tuple[str, str, str]:
    """(markup before the sentence's period, markup after it, class); ``nums`` are entry positions."""
    r = doc.rng
    style = doc.cls["marker_style"]
    printed = [doc.printed.get(k, k) for k in nums]
    spec = doc._num_spec(printed, "–")
    u = r.random()
    if u < 0.12 and len(nums) == 1:  # a name-and-number hybrid
        e = doc.entries[nums[0] - 1]
        name, _ = _name(doc, e, True)
        mark = {"bracket": f" [{spec}]", "paren": f" ({spec})"}.get(style, f"<super>{spec}</super>")
        return f". {name}{mark} reported a similar effect", "", "name_number"
    if u < 0.2 and len(nums) == 1 and style != "paren":  # a lettered part of one entry: ¹²ᵃ / [12a,b] (not "(12a)": a compound's label)
        letters = "a" if r.random() < 0.5 else "a,b"
        if style == "superscript":
            return f"<super>{spec}{letters}</super>", "", "lettered"
        return f" [{spec}{letters}]", "", "lettered"
    if style == "bracket":
        if "–" in spec or "," in spec:
            spaced = spec.replace("–", " – ").replace(",", ", ")
            return f" [{spaced}]", "", "bracket_spaced"
        if r.random() < 0.4:
            return f' <font size="{r.choice((6.5, 7, 12))}">[{spec}]</font>', "", "bracket_other_size"
        return f" [{spec}]", "", "bracket"
    if style == "paren":
        if r.random() < 0.3:
            return f' <font size="{r.choice((6.5, 7))}">({spec.replace(",", ", ")})</font>', "", "paren_other_size"
        return f" ({spec.replace(',', ', ')})", "", "paren"
    w = r.random()
    if w < 0.25:  # after a closing quote
        term = r.choice(doc.cv["set3_quoted"])
        return f", the so-called “{esc(term)}”<super>{spec}</super>", "", "super_after_quote"
    if w < 0.45:  # with a footnote symbol in the same raised run
        sym = r.choice(("*", "†", "‡"))
        run = f"{spec},{sym}" if r.random() < 0.5 else f"{sym},{spec}"
        return f"<super>{run}</super>", "", "super_with_symbol"
    if w < 0.6:  # raised, in a size other than the document's raised numbers
        return f'<super><font size="{r.choice((5, 9, 10))}">{spec}</font></super>', "", "super_other_size"
    if w < 0.75:
        return "", f"<super>{spec}</super>", "super_after_period"
    return f"<super>{spec}</super>", "", "super"


def author_year_marker(doc, idx: list[int], entries: list) -> tuple[str, str, str]:
    r = doc.rng
    picked = [entries[i - 1] for i in idx]
    e = picked[0]
    name, spelled = _name(doc, e, True)
    if len(idx) == 1:
        u = r.random()
        if u < 0.15 and len(e.authors) == 3 and not e.group:
            three = f"{esc(e.text_first or e.first)}, {esc(e.authors[1][0])} and {esc(e.authors[2][0])}"
            return f". {three} ({_when(e)}) reported a similar effect", "", "three_names"
        if u < 0.3 and e.year.isdigit():
            page = r.randint(2, 400)
            return f" ({name} {_when(e)}, p. {page})" if r.random() < 0.5 else f" ({name}, {_when(e)}, pp. {page}–{page + 3})", "", spelled or "pinpoint"
        if u < 0.45:
            return f" (e.g., {name} {_when(e)})" if e.year.isdigit() else f" (e.g., {name}, {_when(e)})", "", spelled or "cue_no_comma"
        if u < 0.6:
            return f" (see {name} {_when(e)} for review)" if e.year.isdigit() else f" (see {name}, {_when(e)}, for review)", "", spelled or "cue_trailing_words"
        if u < 0.75:
            return f". {name} ({_when(e)}) reported a similar effect", "", spelled or "narrative"
        return f" ({name}, {_when(e)})", "", spelled or ("anonymous" if e.name_class == "anonymous" else "submitted" if e.year == "submitted" else "paren_comma")
    if all(x.authors == e.authors for x in picked):
        if all(x.year == e.year for x in picked):
            letters = [x.letter for x in picked]
            run = f"{letters[0]}–{letters[-1]}" if len(letters) > 2 and r.random() < 0.5 else ", ".join(letters)
            return f" ({name}, {e.year}{run})", "", "letters_a_to_d" if len(letters) > 2 else "year_letters"
        return f" ({name} {'; '.join(_when(x) for x in picked)})", "", "years_after_semicolon"
    items = [f"{_name(doc, x, True)[0]}, {_when(x)}" for x in picked]
    return f" ({'; '.join(items)})", "", "paren_multi"


def table_rows(doc, g: list[int], entries: list) -> list[list[str]]:
    """A small results table; one row's reference cell cites ``g`` (numbers as the style prints them
    in a cell, or the works with no brackets), the others cite nothing."""
    r, v = doc.rng, doc.vocab
    if doc.family == "numeric":
        spec = doc._num_spec([doc.printed.get(k, k) for k in g], "–").replace(",", ", ")
        cite = {"bracket": f"[{spec}]", "paren": f"({spec})"}.get(doc.cls["marker_style"], spec)
    else:
        picked = [entries[i - 1] for i in g]
        cite = "; ".join(f"{_name(doc, x, False)[0]}, {_when(x)}" for x in picked)
    rows = [["Model", "Treatment", "Effect", "Reference"]]
    hit = r.randrange(3)
    for k in range(3):
        rows.append([esc(r.choice(v["cell_lines"])), esc(r.choice(v["drugs"])), esc(r.choice(("resistance", "sensitivity", "no change"))),
                     cite if k == hit else "this study"])
    return rows


def table(rows: list[list[str]], width: float, caption_style, font: str, size: float, number: int) -> list:
    """The table under its caption, ruled, kept together."""
    cells = [[Paragraph(c, caption_style) for c in row] for row in rows]
    t = Table(cells, colWidths=[width * f for f in (0.22, 0.22, 0.22, 0.34)])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONT", (0, 0), (-1, -1), font, size),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [KeepTogether([Paragraph(f"<b>Table {number}.</b> Responses of the models tested.", caption_style), t])]
