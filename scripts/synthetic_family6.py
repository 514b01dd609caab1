"""Synthetic family 6 (``make_synthetic_pdfs.py --family 6``, issue 10 session 13, pdfabs13): front-matter layouts real
publishers print that families 1-5 do not draw. Headings, back matter, references and the body are family 2's.

Abstract placements (``abstract``): in a shaded or boxed side column beside the author block (``side_shaded``); no label,
the body's own face and size, set off from the body only by a rule (``rule_only``); in the body columns, long enough to
run from column 1 into column 2, a keywords line under it (``columns_keywords``); after a long author and affiliation
block that itself runs from column 1 into column 2 (``authors_continue``); beside an ``Implications`` / ``Key points`` /
``Statement of significance`` box that is not the abstract (``box_beside``); followed (or preceded) by a second abstract
in another language under ``Résumé`` / ``Zusammenfassung`` / ``Resumen`` (``second_language``); alone at the head of
page 2 after a title page of title, authors and affiliations (``page2_abstract``).
Titles (``title_block``): an article-type label (``ORIGINAL ARTICLE``, ``Research Paper``) over the title
(``type_label``); the title in true small caps (``small_caps``); a long title broken over three lines with a smaller
subtitle after its colon (``three_lines``); a dedication line under the title (``dedication``); an ``Open Access``
ribbon under the title (``open_access``).

Every function takes the ``Doc`` of ``make_synthetic_pdfs`` (its random stream, filler, fonts and gold); the filler of
this family (second-language sentences, labels) is ``models/synthetic/family6.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from synthetic_text import esc, first_words, last_words

FAMILY6_AXES = {
    "abstract": ["side_shaded", "rule_only", "columns_keywords", "authors_continue", "box_beside", "second_language", "page2_abstract"],
    "title_block": ["plain", "type_label", "small_caps", "three_lines", "dedication", "open_access"],
    "authors": ["normal", "dense"],
}
VOCAB6 = Path(__file__).resolve().parent.parent / "models" / "synthetic" / "family6.json"
IN_COLUMNS = ("columns_keywords", "authors_continue")  # set in the body columns (``Doc.separate``)
OWN_PAGE = ("page2_abstract",)  # page 1 holds the title block alone


def vocab6() -> dict:
    return json.loads(VOCAB6.read_text(encoding="utf-8"))


def setup(doc) -> None:
    """Family 6's class combinations after the draw (``Doc.__init__``)."""
    c = doc.cls
    if c["abstract"] == "page2_abstract":
        c["columns"] = "one"
    if c["abstract"] in IN_COLUMNS and c["columns"] == "one":
        c["columns"] = "two"
    doc.front_blocks = []
    c["front_blocks"] = ["none"]
    for axis in ("title_form", "abstract_label"):  # family 2's front axes, drawn but not used here
        c.pop(axis, None)
    doc.v6 = vocab6()


def _title(doc, full_w: float) -> list:
    r, c, v, h = doc.rng, doc.cls, doc.vocab, doc.hfonts
    kind = c["title_block"]
    title = doc.fill.fill(r.choice(v["title_patterns"]))
    title = title[0].upper() + title[1:]
    tsize = r.choice([15, 17, 19])
    tstyle = ParagraphStyle("t6", fontName=h[1], fontSize=tsize, leading=tsize * 1.2, spaceAfter=8)
    flow: list = []
    if kind == "type_label":
        label = r.choice(doc.v6["article_types"])
        flow.append(Paragraph(esc(label), ParagraphStyle("ty6", fontName=h[1], fontSize=r.choice([8.5, 9.5, 11]), leading=13,
                                                         textColor=doc.colour if r.random() < 0.6 else colors.black, spaceAfter=r.choice([4, 8, 12]))))
    if kind == "small_caps":
        flow.append(Paragraph(doc.smallcaps(title, tsize), tstyle))
    elif kind == "three_lines":  # a long title, a line break after each third, its subtitle smaller after the colon
        title += doc.fill.fill(r.choice([" in {cell} cells and patient-derived models of {cancer}",
                                         " through the {gene}-{gene2} axis in {drug}-treated tumours"]))
        words = title.split()
        k = len(words)
        lines = [" ".join(words[: k // 3]), " ".join(words[k // 3: 2 * k // 3]), " ".join(words[2 * k // 3:])]
        sep = r.choice([":", "\u2014"])
        sub = doc.fill.fill(r.choice(v["subtitles"]))
        sub = sub[0].upper() + sub[1:]
        small = round(tsize * r.uniform(0.62, 0.8), 1)
        flow.append(Paragraph("<br/>".join(esc(x) for x in lines) + esc(sep), ParagraphStyle("t6a", parent=tstyle, spaceAfter=2)))
        flow.append(Paragraph(esc(sub), ParagraphStyle("t6b", parent=tstyle, fontSize=small, leading=small * 1.25)))
        title = f"{title}{sep} {sub}"
    else:
        flow.append(Paragraph(esc(title), tstyle))
    if kind == "dedication":
        ded = r.choice(doc.v6["dedications"]).replace("{given}", r.choice(v["given"])).replace("{surname}", r.choice(v["surnames"]))
        flow.append(Paragraph(f"<i>{esc(ded)}</i>", ParagraphStyle("de6", fontName=doc.fonts[2], fontSize=r.choice([8.5, 9.5]), leading=12, spaceAfter=8)))
    elif kind == "open_access":
        cell = Paragraph("<b>OPEN ACCESS</b>" if r.random() < 0.5 else "<b>Open Access</b>",
                         ParagraphStyle("oa6", fontName=h[1], fontSize=8, leading=10, textColor=colors.white))
        flow.append(Table([[cell]], colWidths=[72], hAlign="LEFT", style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), doc.colour),
                                                                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])))
        flow.append(Spacer(1, 8))
    doc.gold["title"] = title
    return flow


def _authors(doc, long_block: bool = False) -> list:
    """The author line, affiliations and the correspondence line (all flowables)."""
    r, v, f = doc.rng, doc.vocab, doc.fonts
    dense = doc.cls["authors"] == "dense" or long_block
    n_aff = r.randint(9, 13) if long_block else r.randint(5, 8) if dense else r.randint(1, 4)
    pool = v["institutes"]
    affs = [f"{r.choice(v['departments'])}, {a}" if dense else a for a in (r.sample(pool, min(n_aff, len(pool))) + r.sample(pool, max(0, n_aff - len(pool))))]
    names = []
    for i in range(r.randint(10, 18) if dense else r.randint(2, 8)):
        sup = ",".join(str(x) for x in sorted(r.sample(range(1, n_aff + 1), r.randint(1, min(3, n_aff)))))
        names.append(f"{esc(r.choice(v['given']))} {esc(r.choice(v['surnames']))}<super>{sup}{'*' if i == 0 else ''}</super>")
    aff_style = ParagraphStyle("af6", fontName=f[2], fontSize=7.5, leading=9.2, spaceAfter=0.5)
    corr = f"*Correspondence: {r.choice(v['given']).lower()}.{r.choice(v['surnames']).lower().replace(chr(39), '')}@univ-mail.org"
    corr = esc(corr.encode("ascii", "ignore").decode())
    return ([Paragraph(", ".join(names), ParagraphStyle("au6", fontName=f[0], fontSize=10 if dense else 10.5, leading=12.5, spaceAfter=5))]
            + [Paragraph(f"<super>{i + 1}</super>{esc(a)}", aff_style) for i, a in enumerate(affs)] + [Paragraph(corr, aff_style)])


def _text(doc, n: tuple[int, int]) -> str:
    return " ".join(doc.fill.sentence() + "." for _ in range(doc.rng.randint(*n)))


def _gold(doc, plain: str, label: str) -> None:
    doc.gold["abstract"] = {"label": label, "first_words": first_words(plain), "last_words": last_words(plain), "structured": False}


def _foreign(doc, label: str) -> str:
    pool = doc.v6["second_language"][label]
    return " ".join(doc.fill.fill(t) + "." for t in doc.rng.sample(pool, doc.rng.randint(3, 5)))


def front(doc, full_w: float, st) -> tuple[list, list]:
    """(flowables over the full width, page-1 footnotes); the abstracts set in the columns go to ``doc.separate``."""
    r, c, h, f = doc.rng, doc.cls, doc.hfonts, doc.fonts
    size = st.body.fontSize
    kind = c["abstract"]
    flow = _title(doc, full_w)
    label = r.choice(["Abstract", "ABSTRACT", "Summary"])
    label_style = ParagraphStyle("al6", fontName=h[1], fontSize=size + 1, leading=size + 4, spaceAfter=3)
    astyle = ParagraphStyle("a6", parent=st.body, fontSize=size + 0.3, leading=(size + 0.3) * 1.25, firstLineIndent=0, spaceAfter=6)
    fm = doc.gold.setdefault("front_matter", [])
    if kind == "side_shaded":  # the author block on the left, the abstract in a shaded (or boxed) column on the right
        plain = _text(doc, (4, 6))
        _gold(doc, plain, label)
        small = ParagraphStyle("ss6", parent=astyle, fontSize=size - 0.5, leading=(size - 0.5) * 1.25, alignment=0)
        side_w = full_w * r.uniform(0.4, 0.5)
        shade = r.random() < 0.6
        ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 14),
              ("LEFTPADDING", (1, 0), (1, 0), 8), ("RIGHTPADDING", (1, 0), (1, 0), 8), ("TOPPADDING", (1, 0), (1, 0), 6), ("BOTTOMPADDING", (1, 0), (1, 0), 8)]
        ts.append(("BACKGROUND", (1, 0), (1, 0), colors.Color(0.92, 0.93, 0.95)) if shade else ("BOX", (1, 0), (1, 0), 0.6, doc.colour))
        tbl = Table([[_authors(doc), [Paragraph(label, label_style), Paragraph(doc.fill.markup(plain), small)]]],
                    colWidths=[full_w - side_w, side_w], style=TableStyle(ts))
        return flow + [tbl, Spacer(1, 8)], []
    if kind == "rule_only":  # no label, the body's face and size, a rule under it (sometimes over it too)
        plain = _text(doc, (5, 8))
        _gold(doc, plain, "")
        flow += _authors(doc) + [Spacer(1, 8)]
        para = Paragraph(doc.fill.markup(plain), ParagraphStyle("ro6", parent=st.body, firstLineIndent=0, spaceAfter=0))
        ts = [("LINEBELOW", (0, 0), (-1, 0), 0.7, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
              ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]
        if r.random() < 0.5:
            ts.append(("LINEABOVE", (0, 0), (-1, 0), 0.7, colors.black))
            ts.append(("TOPPADDING", (0, 0), (-1, -1), 6))
        return flow + [Table([[para]], colWidths=[full_w], style=TableStyle(ts)), Spacer(1, 6)], []
    if kind == "columns_keywords":  # in the columns: label, a long abstract running into column 2, a keywords line
        plain = _text(doc, (10, 14))
        _gold(doc, plain, label)
        kws = r.sample(doc.vocab["keywords"], 5)
        fm.append({"kind": "Keywords", "first_words": first_words("; ".join(kws))})
        kwline = Paragraph(f"<b>{r.choice(['Keywords:', 'Key words:', 'KEYWORDS:'])}</b> {esc('; '.join(kws))}",
                           ParagraphStyle("kw6", parent=st.small, fontSize=size - 1, spaceBefore=2, spaceAfter=2))
        rule = Table([[""]], colWidths=[st.small.fontSize * 20], rowHeights=[2], hAlign="LEFT",
                     style=TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black)]))
        doc.separate = [Paragraph(label, label_style), Paragraph(doc.fill.markup(plain), astyle), kwline, rule, Spacer(1, 6)]
        return flow + _authors(doc) + [Spacer(1, 4)], []
    if kind == "authors_continue":  # a long affiliation block in the columns, from column 1 into 2, then the abstract
        plain = _text(doc, (5, 7))
        _gold(doc, plain, label)
        blocks = _authors(doc, long_block=True)
        doc.separate = blocks[1:] + [Spacer(1, 6), Paragraph(label, label_style), Paragraph(doc.fill.markup(plain), astyle), Spacer(1, 6)]
        return flow + blocks[:1] + [Spacer(1, 2)], []
    if kind == "box_beside":  # the abstract on the left, an Implications-like box on the right: the box is its own block
        plain = _text(doc, (5, 7))
        _gold(doc, plain, label)
        box_label = r.choice(doc.v6["side_boxes"])
        box_text = _text(doc, (2, 3))
        fm.append({"kind": box_label, "first_words": first_words(box_text)})
        side_w = full_w * r.uniform(0.3, 0.38)
        small = ParagraphStyle("bb6", parent=astyle, fontSize=size - 0.8, leading=(size - 0.8) * 1.25, alignment=0)
        box = [Paragraph(esc(box_label), ParagraphStyle("bl6", parent=label_style, fontSize=size, textColor=doc.colour)),
               Paragraph(doc.fill.markup(box_text), small)]
        left = r.random() < 0.3  # the box left of the abstract
        cells = [box, [Paragraph(label, label_style), Paragraph(doc.fill.markup(plain), astyle)]] if left else \
                [[Paragraph(label, label_style), Paragraph(doc.fill.markup(plain), astyle)], box]
        bi = 0 if left else 1
        widths = [side_w, full_w - side_w] if left else [full_w - side_w, side_w]
        ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (bi, 0), (bi, 0), colors.Color(0.94, 0.93, 0.88)),
              ("LEFTPADDING", (1 - bi, 0), (1 - bi, 0), 0 if not left else 12), ("RIGHTPADDING", (1 - bi, 0), (1 - bi, 0), 12 if not left else 0),
              ("LEFTPADDING", (bi, 0), (bi, 0), 7), ("RIGHTPADDING", (bi, 0), (bi, 0), 7), ("TOPPADDING", (bi, 0), (bi, 0), 5), ("BOTTOMPADDING", (bi, 0), (bi, 0), 7)]
        return flow + _authors(doc) + [Spacer(1, 8), Table([cells], colWidths=widths, style=TableStyle(ts)), Spacer(1, 8)], []
    if kind == "second_language":  # a second abstract in another language, after (or before) the English one
        plain = _text(doc, (5, 7))
        _gold(doc, plain, label)
        other = r.choice(sorted(doc.v6["second_language"]))
        foreign = _foreign(doc, other)
        fm.append({"kind": other, "first_words": first_words(foreign)})
        eng = [Paragraph(label, label_style), Paragraph(doc.fill.markup(plain), astyle)]
        alt = [Paragraph(esc(other), label_style), Paragraph(esc(foreign), ParagraphStyle("fl6", parent=astyle, fontName=f[2] if r.random() < 0.5 else f[0]))]
        return flow + _authors(doc) + [Spacer(1, 8)] + (alt + eng if r.random() < 0.3 else eng + alt) + [Spacer(1, 4)], []
    # page2_abstract: a title page of title, authors, affiliations; the abstract heads page 2, the body after it
    plain = _text(doc, (6, 9))
    _gold(doc, plain, label)
    return flow + _authors(doc) + [PageBreak(), Paragraph(label, label_style), Paragraph(doc.fill.markup(plain), astyle), Spacer(1, 8)], []
