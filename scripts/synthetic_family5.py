"""Synthetic family 5 (``make_synthetic_pdfs.py --family 5``, issue 10 session 12, pdfleft12): front-matter and
heading classes families 1-4 do not draw, taken from what the litqa publishers and other common ones print.

Front matter (``abstract``): an ``Abstract`` label after a dense author / affiliation block, a licence paragraph and a
``Received / Accepted / Published`` history line (Ivyspring, Impact Journals); run-in labels ``Abstract.`` / ``ABSTRACT``
without punctuation / ``ABSTRACT:`` / ``Abstract—`` (Spandidos, ASM with its ``IMPORTANCE`` block, ACS); an unlabelled
abstract in the body's own regular face and size across the page after the affiliations; the label white on a coloured
cell left of the text; the abstract beside a right-hand ``ARTICLE HISTORY`` / ``KEYWORDS`` column (Taylor & Francis); a
long abstract in one column running onto page 2 with the body after it; structured abstracts whose parts are
``Introduction:`` ... (Frontiers), ``Background: / Summary: / Key Messages:`` (Karger), ``Purpose: / Experimental Design:``
(AACR), run in as one paragraph (``BACKGROUND:``, ``Background.``) or one paragraph a part. Around it (``extra``): a
``Keywords`` block before the abstract (Karger); ``Key words:`` glued to an ``Abbreviations:`` line; ``[Keywords: ...]``
and ``Received ...; revised version accepted ...`` (CSHL); ``KEY WORDS:`` and ``Received ...; Accepted ...`` (Company of
Biologists); a boxed ``Translational Relevance`` / ``Statement of Significance`` / ``Key points`` block (AACR).
Titles (``title_block``): a journal banner much larger than the title with an issue line and an article-type line
(Ivyspring); a title set in two sizes (the subtitle smaller).
Headings: ``1 | INTRODUCTION`` / ``2.1 | Cell culture`` (Wiley); ``■ INTRODUCTION`` with run-in subheadings (ACS);
``1 Introduction`` / ``2.1 Cell culture`` without full stops (Springer, Frontiers, RSC); centred ``I. INTRODUCTION`` and
``A. Sub`` (IEEE-like); colour as the only cue (regular weight); small caps at the body size; three columns with long
bold level-2 headings (Science-like pages). Back matter (``back_matter``): level-2 items under a ``Declarations`` heading
(BMC, Springer), headed in the level-1 style, or run in as bold capitals with no punctuation (ASM).

Every function takes the ``Doc`` of ``make_synthetic_pdfs`` (its random stream, filler, fonts and gold).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from synthetic_text import esc, first_words, last_words

FAMILY5_AXES = {
    "abstract": ["history_label", "runin_variants", "unlabelled_plain", "label_bar", "history_right", "long_continued",
                 "structured_variants"],
    "extra": ["none", "keywords_before", "kw_abbrev_glued", "kw_bracket_history", "key_words_caps_history", "translational"],
    "title_block": ["plain", "two_sizes", "banner_big"],
    "authors": ["normal", "dense"],
    "headings": ["pipe_numbered", "square_bullet", "springer_numbered", "roman_caps", "colour_only", "smallcaps_body",
                 "wrapped_three"],
    "back_matter": ["declarations", "headed", "runin_caps"],
}
STRUCTURED_PARTS = [["Introduction", "Methods", "Results", "Discussion"], ["Background", "Summary", "Key Messages"],
                    ["Purpose", "Experimental Design", "Results", "Conclusions"], ["Objectives", "Methods", "Results", "Conclusions"]]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
CAPS_SCHEMES = ("pipe_numbered", "square_bullet", "roman_caps", "wrapped_three")
SQUARE = '<font name="ZapfDingbats">n</font>&nbsp;'  # ACS's black square before a level-1 heading


def setup(doc) -> None:
    """Family 5's class combinations after the draw (``Doc.__init__``)."""
    c = doc.cls
    if c["headings"] == "wrapped_three":
        c["columns"] = "three"
    if c["abstract"] == "long_continued":
        c["columns"] = "one"
    if c["abstract"] == "history_right":
        c["extra"] = "none" if c["extra"] != "translational" else c["extra"]  # its side column holds history and keywords
    if c["title_block"] == "banner_big" and c["running"] == "preprint":
        c["running"] = "journal_page"
    doc.front_blocks = []
    c["front_blocks"] = ["none"]


def _history(doc, style: str) -> str:
    text = {"ivy": "Received: 2026.03.02; Accepted: 2026.06.09; Published: 2026.06.30",
            "impact": "Received: March 02, 2026\u2003\u2003Accepted: June 09, 2026\u2003\u2003Published: June 30, 2026",
            "cshl": "Received March 2, 2026; revised version accepted June 9, 2026.",
            "cob": "Received 2 March 2026; Accepted 9 June 2026"}[style]
    doc.furniture.append(text.replace("\u2003", " "))
    return text


def front(doc, full_w: float, st) -> tuple[list, list]:
    """(flowables over the full width, page-1 footnotes): title block, authors, affiliations, the abstract and its blocks."""
    r, c, v, f, h = doc.rng, doc.cls, doc.vocab, doc.fonts, doc.hfonts
    size = st.body.fontSize
    flow, notes = [], []
    title = doc.fill.fill(r.choice(v["title_patterns"]))
    title = title[0].upper() + title[1:]
    tsize = r.choice([15, 17, 19])
    if c["title_block"] == "banner_big":  # the journal's name far larger than the title, an issue line, the article type
        big = tsize + r.choice([9, 12, 15])
        flow.append(Paragraph(esc(doc.running_strings()[0]), ParagraphStyle("jb5", fontName=h[1], fontSize=big, leading=big * 1.15,
                                                                          textColor=doc.colour, spaceAfter=3)))
        issue = f"2026; {r.randint(3, 30)}({r.randint(1, 12)}): {r.randint(100, 900)}-{r.randint(901, 999)}. doi: 10.{r.randint(1000, 9999)}/synth.{doc.n}"
        doc.furniture.append(issue)
        flow.append(Paragraph(esc(issue), ParagraphStyle("jb5i", fontName=f[0], fontSize=8, leading=10, spaceAfter=8)))
        flow.append(Paragraph(r.choice(["Research Paper", "Original Article", "Research Article"]),
                              ParagraphStyle("jb5t", fontName=h[1], fontSize=10, leading=13, textColor=doc.colour, spaceAfter=6)))
    tstyle = ParagraphStyle("t5", fontName=h[1], fontSize=tsize, leading=tsize * 1.2, spaceAfter=8)
    if c["title_block"] == "two_sizes":  # the main title large, its subtitle smaller on the next line
        sub = doc.fill.fill(r.choice(v["subtitles"]))
        small = round(tsize * 0.72, 1)
        flow.append(Paragraph(esc(title) + ":", ParagraphStyle("t5a", parent=tstyle, spaceAfter=2)))
        flow.append(Paragraph(esc(sub[0].upper() + sub[1:]), ParagraphStyle("t5b", parent=tstyle, fontSize=small, leading=small * 1.25)))
        title = f"{title}: {sub[0].upper() + sub[1:]}"
    else:
        flow.append(Paragraph(esc(title), tstyle))
    doc.gold["title"] = title
    dense = c["authors"] == "dense"
    n_aff = r.randint(5, 8) if dense else r.randint(1, 4)
    affs = [f"{r.choice(v['departments'])}, {a}" if dense else a for a in
            (r.sample(v["institutes"], min(n_aff, len(v["institutes"]))) + r.sample(v["institutes"], max(0, n_aff - len(v["institutes"]))))]
    names = []
    for i in range(r.randint(9, 16) if dense else r.randint(2, 8)):
        sup = ",".join(str(x) for x in sorted(r.sample(range(1, n_aff + 1), r.randint(1, min(3 if dense else 2, n_aff)))))
        names.append(f"{esc(r.choice(v['given']))} {esc(r.choice(v['surnames']))}<super>{sup}{'*' if i == 0 else ''}</super>")
    flow.append(Paragraph(", ".join(names), ParagraphStyle("au5", fontName=f[0], fontSize=10 if dense else 10.5, leading=12.5, spaceAfter=5)))
    aff_style = ParagraphStyle("af5", fontName=f[2], fontSize=7.5, leading=9.2, spaceAfter=0.5)
    corr = f"*Correspondence: {r.choice(v['given']).lower()}.{r.choice(v['surnames']).lower().replace(chr(39), '')}@univ-mail.org"
    corr = esc(corr.encode("ascii", "ignore").decode())
    aff_flow = [Paragraph(f"<super>{i + 1}</super>{esc(a)}", aff_style) for i, a in enumerate(affs)]
    if c["page1_footnotes"] == "none" or dense:
        flow += aff_flow + [Paragraph(corr, aff_style)]
    else:
        flow += aff_flow
        notes.append(Paragraph(corr, aff_style))
    flow.append(Spacer(1, 6))
    kind, extra = c["abstract"], c["extra"]
    if kind == "history_label":  # Ivyspring / Impact Journals: licence and history over the abstract
        if r.random() < 0.6:
            lic = ("\u00a9 The author(s). This is an open access article distributed under the terms of a Creative Commons "
                   "licence that permits reuse with credit to the authors. See the journal site for the full terms.")
            doc.furniture.append("This is an open access article distributed under the terms of a Creative Commons")
            flow.append(Paragraph(esc(lic), ParagraphStyle("lic5", parent=aff_style, fontName=f[0], spaceAfter=3)))
        flow.append(Paragraph(esc(_history(doc, r.choice(["ivy", "impact"]))), ParagraphStyle("his5", parent=aff_style, fontName=f[0], spaceAfter=6)))
    if extra == "keywords_before":  # Karger: the keywords block before the abstract
        kws = r.sample(v["keywords"], 5)
        doc.gold.setdefault("front_matter", []).append({"kind": "Keywords", "first_words": first_words(" \u00b7 ".join(kws))})
        flow += [Paragraph("Keywords", ParagraphStyle("kb5", fontName=h[1], fontSize=size, leading=size + 3, spaceAfter=1)),
                 Paragraph(esc(" \u00b7 ".join(kws)), ParagraphStyle("kt5", fontName=f[0], fontSize=size - 0.5, leading=size + 2, spaceAfter=6))]
    after = _after_blocks(doc, st, full_w, extra)
    boxed = [b for b in after if getattr(b, "_before", False)]
    after = [b for b in after if not getattr(b, "_before", False)]
    return flow + boxed + abstract(doc, full_w, st) + after, notes


def abstract(doc, full_w: float, st) -> list:
    """Family 5's abstract kinds; the gold abstract written on the way."""
    r, c, h, f = doc.rng, doc.cls, doc.hfonts, doc.fonts
    kind, size = c["abstract"], st.body.fontSize
    astyle = ParagraphStyle("a5", parent=st.body, fontSize=size + 0.3, leading=(size + 0.3) * 1.25, firstLineIndent=0, spaceAfter=6)
    label_style = ParagraphStyle("al5", fontName=h[1], fontSize=size + 1.5, leading=size + 5, spaceAfter=3)
    n = (22, 28) if kind == "long_continued" else (5, 9)
    sents = [doc.fill.sentence() + "." for _ in range(r.randint(*n))]
    plain = " ".join(sents)
    gold = {"label": "Abstract", "first_words": first_words(plain), "last_words": last_words(plain), "structured": False}
    doc.gold["abstract"] = gold
    text = doc.fill.markup(plain)
    if kind in ("history_label", "long_continued"):
        label = r.choice(["Abstract", "ABSTRACT"]) if kind == "history_label" else "Abstract"
        gold["label"] = label
        return [Paragraph(label, label_style), Paragraph(text, astyle)]
    if kind == "runin_variants":
        label = r.choice(["Abstract.", "ABSTRACT", "ABSTRACT:", "Abstract\u2014"])
        gold["label"] = label.strip(".:\u2014")
        out = [Paragraph(f"<b>{esc(label)}</b>{'' if label.endswith(chr(0x2014)) else '&nbsp;'} {text}", astyle)]
        if label == "ABSTRACT" and r.random() < 0.7:  # ASM: IMPORTANCE run in the same way after it
            imp = " ".join(doc.fill.sentence() + "." for _ in range(3))
            doc.gold.setdefault("front_matter", []).append({"kind": "Importance", "first_words": first_words(imp)})
            out.append(Paragraph(f"<b>IMPORTANCE</b>&nbsp; {doc.fill.markup(imp)}", astyle))
        return out
    if kind == "unlabelled_plain":  # no label: the body's regular face and size, across the page
        gold["label"] = ""
        inset = full_w * 0.05 if r.random() < 0.5 else 0
        return [Paragraph(text, ParagraphStyle("up5", parent=st.body, firstLineIndent=0, leftIndent=inset, rightIndent=inset, spaceAfter=10))]
    if kind == "label_bar":  # the label white on a coloured cell left of the text
        label = r.choice(["Abstract", "ABSTRACT"])
        gold["label"] = label
        side = 78.0
        cell = Paragraph(label, ParagraphStyle("lb5", parent=label_style, textColor=colors.white))
        tbl = Table([[cell, Paragraph(text, astyle)]], colWidths=[side, full_w - side],
                    style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (0, 0), doc.colour),
                                      ("LEFTPADDING", (0, 0), (0, 0), 6), ("LEFTPADDING", (1, 0), (1, 0), 10), ("RIGHTPADDING", (1, 0), (1, 0), 0),
                                      ("TOPPADDING", (0, 0), (-1, -1), 4)]))
        return [tbl, Spacer(1, 6)]
    if kind == "history_right":  # Taylor & Francis: ABSTRACT on the left, ARTICLE HISTORY and KEYWORDS on the right
        gold["label"] = "ABSTRACT"
        kws = r.sample(doc.vocab["keywords"], 4)
        doc.gold.setdefault("front_matter", []).append({"kind": "Keywords", "first_words": first_words(" ".join(kws))})
        head = ParagraphStyle("hr5", fontName=h[1], fontSize=7.5, leading=10, spaceBefore=2, textColor=doc.colour)
        item = ParagraphStyle("hi5", fontName=f[0], fontSize=7.5, leading=9.5)
        side = [Paragraph("ARTICLE HISTORY", head)] + [Paragraph(esc(t), item) for t in _history(doc, "cob").split("; ")] + \
               [Spacer(1, 4), Paragraph("KEYWORDS", head)] + [Paragraph(esc(k[0].upper() + k[1:]), item) for k in kws]
        side_w = full_w * 0.3
        tbl = Table([[[Paragraph("ABSTRACT", label_style), Paragraph(text, astyle)], side]], colWidths=[full_w - side_w, side_w],
                    style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 14),
                                      ("LINEBEFORE", (1, 0), (1, 0), 0.5, colors.grey), ("LEFTPADDING", (1, 0), (1, 0), 8)]))
        return [tbl, Spacer(1, 6)]
    # structured_variants
    parts = r.choice(STRUCTURED_PARTS)
    k = len(parts)
    cut = [round(i * len(sents) / k) for i in range(k + 1)]
    texts = [" ".join(sents[cut[i]:cut[i + 1]]) for i in range(k)]
    form = r.choice(["caps_colon_inline", "stop_inline", "paras_colon"])
    labelled = r.random() < 0.7
    doc.gold["abstract"] = {"label": "Abstract" if labelled else "", "first_words": first_words(texts[0]), "last_words": last_words(texts[-1]),
                            "structured": True}
    out = [Paragraph("Abstract", label_style)] if labelled else []
    if form == "paras_colon":
        return out + [Paragraph(f"<b>{esc(p)}:</b> {doc.fill.markup(t)}", ParagraphStyle("sp5", parent=astyle, spaceAfter=2)) for p, t in zip(parts, texts)]
    lab = (lambda p: f"<b>{esc(p.upper())}:</b>") if form == "caps_colon_inline" else (lambda p: f"<b>{esc(p)}.</b>")
    return out + [Paragraph(" ".join(f"{lab(p)} {doc.fill.markup(t)}" for p, t in zip(parts, texts)), astyle)]


def _after_blocks(doc, st, full_w: float, extra: str) -> list:
    """The lines and boxes of ``extra`` set after the abstract (a box flagged ``_before`` goes before it)."""
    r, v, f, h = doc.rng, doc.vocab, doc.fonts, doc.hfonts
    size = st.body.fontSize
    fm = doc.gold.setdefault("front_matter", [])
    small = ParagraphStyle("s5", fontName=f[0], fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0)
    kws = r.sample(v["keywords"], 5)
    if extra == "kw_abbrev_glued":  # the two lines touch: no space between them, the same small type
        abbr = "; ".join(f"{a}, {b}" for a, b in r.sample(v["abbreviations"], 5))
        fm += [{"kind": "Keywords", "first_words": first_words("; ".join(kws))}, {"kind": "Abbreviations", "first_words": first_words(abbr)}]
        tag = r.choice(["b", "i"])
        return [Paragraph(f"<b>{r.choice(['Key words:', 'Keywords:'])}</b> {esc('; '.join(kws))}", ParagraphStyle("kg5", parent=small, spaceBefore=4)),
                Paragraph(f"<{tag}>Abbreviations:</{tag}> {esc(abbr)}.", ParagraphStyle("ag5", parent=small, spaceAfter=8))]
    if extra == "kw_bracket_history":
        fm.append({"kind": "Keywords", "first_words": first_words("; ".join(kws))})
        out = [Paragraph(f"[<i>Keywords</i>: {esc('; '.join(kws))}]", ParagraphStyle("kb5", parent=small, fontSize=size, spaceBefore=3, spaceAfter=3))]
        if r.random() < 0.5:
            doc.furniture.append("Supplemental material is available for this article")
            out.append(Paragraph("Supplemental material is available for this article.", small))
        return out + [Paragraph(esc(_history(doc, "cshl")), ParagraphStyle("hb5", parent=small, spaceAfter=8))]
    if extra == "key_words_caps_history":
        fm.append({"kind": "Keywords", "first_words": first_words(", ".join(kws))})
        return [Paragraph(f"<b>KEY WORDS:</b> {esc(', '.join(kws))}", ParagraphStyle("kc5", parent=small, spaceBefore=4, spaceAfter=3)),
                Paragraph(f"<i>{esc(_history(doc, 'cob'))}</i>", ParagraphStyle("hc5", parent=small, spaceAfter=8))]
    if extra == "translational":
        label = r.choice(v["front_boxes"])
        text = " ".join(doc.fill.sentence() + "." for _ in range(3))
        fm.append({"kind": label, "first_words": first_words(text)})
        box = Table([[[Paragraph(label, ParagraphStyle("tb5", fontName=h[1], fontSize=size, leading=size + 3, textColor=doc.colour)),
                       Paragraph(doc.fill.markup(text), ParagraphStyle("tt5", parent=small, fontSize=size - 0.5, leading=(size - 0.5) * 1.25))]]],
                    colWidths=[full_w], style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.94, 0.93, 0.88)),
                                                          ("BOX", (0, 0), (-1, -1), 0.5, doc.colour)]))
        spacer = Spacer(1, 6)
        if r.random() < 0.5:
            box._before = spacer._before = True
        return [spacer, box, Spacer(1, 6)]
    return []


# -- headings -------------------------------------------------------------------------------------------


def _style(doc, level: int, st, name: str) -> ParagraphStyle:
    scheme, h, f = doc.cls["headings"], doc.hfonts, doc.fonts
    size = st.body.fontSize
    font, fsize, colour, align = h[1], size + (1.5 if level == 1 else 0.5), colors.black, TA_LEFT
    if level >= 3:
        font, fsize = f[2], size
    elif scheme == "pipe_numbered" and level == 2:
        font = h[3]
    elif scheme == "roman_caps":
        font, fsize, align = (h[0], size + 0.5, TA_CENTER) if level == 1 else (f[2], size + 0.5, TA_LEFT)
    elif scheme == "colour_only":
        font, colour = (h[0], doc.colour) if level == 1 else (f[2], doc.colour)
    elif scheme == "smallcaps_body":
        font, fsize = (f[0], size) if level == 1 else (f[2], size)
    return ParagraphStyle(name, fontName=font, fontSize=fsize, leading=fsize + 3, spaceBefore=size * (0.9 if level == 1 else 0.6),
                          spaceAfter=size * 0.35, textColor=colour, alignment=align, keepWithNext=1)


def _level1_text(doc, title: str, number: str, st) -> str:
    scheme = doc.cls["headings"]
    printed = title.upper() if scheme in CAPS_SCHEMES else title
    text = doc.smallcaps(printed, st.body.fontSize) if scheme == "smallcaps_body" else esc(printed)
    if scheme == "square_bullet":
        return SQUARE + text
    if not number:
        return text
    return {"pipe_numbered": f"{number} | {text}", "springer_numbered": f"{number}&nbsp;&nbsp;{text}",
            "roman_caps": f"{number}. {text}"}.get(scheme, text)


def heading(doc, title: str, level: int, path: list[int] | None, st, back: bool = False) -> tuple[list, str]:
    """(flowables, run-in markup) of one heading in family 5's schemes; back matter by ``back_matter``."""
    scheme = doc.cls["headings"]
    if back:
        return _back_heading(doc, title, st)
    numbered = scheme in ("pipe_numbered", "springer_numbered", "roman_caps") and path
    if level == 1:
        number = (ROMAN[path[0] - 1] if scheme == "roman_caps" else str(path[0])) if numbered else ""
        printed = title.upper() if scheme in CAPS_SCHEMES else title
        doc.headings.append({"text": printed, "level": 1, "number": number})
        return [Paragraph(_level1_text(doc, title, number, st), _style(doc, 1, st, "h5a"))], ""
    number = ""
    if numbered:
        number = "ABCDEFGH"[path[-1] - 1] if scheme == "roman_caps" and level == 2 else ".".join(map(str, path))
    runin = level >= 3 or scheme == "square_bullet"  # run in: bold level 2 (ACS), italic level 3; printed unnumbered
    if runin:
        number = ""
    doc.headings.append({"text": title, "level": level, "number": number})
    if runin:
        tag = "b" if level == 2 else "i"
        return [], f"<{tag}>{esc(title)}.</{tag}> "
    text = esc(title)
    if number:
        text = {"pipe_numbered": f"{number} | {text}", "springer_numbered": f"{number}&nbsp;&nbsp;{text}", "roman_caps": f"{number}. {text}"}[scheme]
    return [Paragraph(text, _style(doc, 2, st, "h5b"))], ""


def _back_heading(doc, title: str, st) -> tuple[list, str]:
    """Back matter: under a ``Declarations`` heading (level 2), in the level-1 style, or run in as bold capitals."""
    bm, scheme = doc.cls["back_matter"], doc.cls["headings"]
    out: list = []
    if title == "References" or bm == "headed":
        printed = title.upper() if scheme in CAPS_SCHEMES else title
        doc.headings.append({"text": printed, "level": 1, "number": ""})
        return [Paragraph(_level1_text(doc, title, "", st), _style(doc, 1, st, "h5r"))], ""
    if bm == "declarations":
        if not getattr(doc, "_declared", False):
            doc._declared = True
            printed = "DECLARATIONS" if scheme in CAPS_SCHEMES else "Declarations"
            doc.headings.append({"text": printed, "level": 1, "number": ""})
            out.append(Paragraph(_level1_text(doc, "Declarations", "", st), _style(doc, 1, st, "h5d")))
        doc.headings.append({"text": title, "level": 2, "number": ""})
        if scheme == "square_bullet":
            return out, f"<b>{esc(title)}.</b> "
        return out + [Paragraph(esc(title), _style(doc, 2, st, "h5e"))], ""
    doc.headings.append({"text": title.upper(), "level": 1, "number": ""})  # runin_caps (ASM)
    return [], f"<b>{esc(title.upper())}</b>&nbsp; "
