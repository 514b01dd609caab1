"""The PDFium word layer gives the records pdfplumber gave (issue 13): same words, boxes, fonts, rules, images."""

from __future__ import annotations

import numpy as np
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.ingest.pdf.pdfium_words import RawChars, chars_to_words
from pipeline.ingest.pdf.reader import open_pdf, pdf_engine, pdf_to_pages


def _page(c: canvas.Canvas) -> None:
    c.setFont("Times-Roman", 10)
    c.drawString(72, 760, "Mitophagy removes damaged mitochondria in resistant tumour cells.")
    c.drawString(72, 746, "A second line, with a superscript citation")
    c.setFont("Times-Roman", 6)
    c.drawString(72 + c.stringWidth("A second line, with a superscript citation", "Times-Roman", 10) + 0.5, 750, "12,13")
    c.setFont("Times-Bold", 12)
    c.drawString(72, 700, "2. Methods")
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(300, 700, "Italic words set tightly")
    c.saveState()
    c.translate(20, 300)
    c.rotate(90)
    c.setFont("Helvetica", 7)
    c.drawString(0, 0, "Downloaded from a journal site on a date")  # rotated margin text: dropped
    c.restoreState()
    c.setLineWidth(0.5)
    c.line(72, 650, 520, 650)  # a rule
    c.rect(72, 600, 448, 1, stroke=0, fill=1)  # a hairline rectangle rule
    c.rect(72, 400, 200, 150, stroke=1, fill=0)  # a box, no rule
    c.setFont("Times-Roman", 10)
    c.drawString(80, 380, "Words beside the box keep their order and spacing.")


def _pdf(path, rotate: int = 0):
    c = canvas.Canvas(str(path), pagesize=A4)
    _page(c)
    if rotate:
        c.setPageRotation(rotate)
    c.showPage()
    c.setFont("Times-Roman", 10)
    c.drawString(72, 760, "Second page text.")
    c.showPage()
    c.save()
    return path


def _pages(path, engine):
    with open_pdf(path, engine=engine) as pdf:
        return pdf_to_pages(pdf, path)


@pytest.mark.parametrize("rotate", [0, 90])
def test_pdfium_words_match_pdfplumber(tmp_path, rotate):
    path = _pdf(tmp_path / "p.pdf", rotate)
    new, old = _pages(path, "pdfium"), _pages(path, "pdfplumber")
    assert len(new) == len(old) == 2
    for a, b in zip(new, old):
        assert (round(a.width, 3), round(a.height, 3)) == (round(b.width, 3), round(b.height, 3))
        assert sorted(w.text for w in a.words) == sorted(w.text for w in b.words)
        for wa, wb in zip(sorted(a.words, key=lambda w: (round(w.top), w.x0)), sorted(b.words, key=lambda w: (round(w.top), w.x0))):
            assert wa.text == wb.text
            assert (wa.size, wa.bold, wa.italic) == (wb.size, wb.bold, wb.italic)
            assert max(abs(wa.x0 - wb.x0), abs(wa.x1 - wb.x1), abs(wa.top - wb.top), abs(wa.bottom - wb.bottom)) < 0.5
        assert a.n_hlines == b.n_hlines
    if rotate == 0:
        assert "Downloaded" not in {w.text for w in new[0].words}
        assert new[0].n_hlines == 2


def test_table_finder_runs_without_pdfminer(tmp_path):
    path = tmp_path / "t.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Times-Roman", 9)
    c.drawString(72, 720, "Table 1. Ruled cells.")
    xs, ys = [72, 200, 330, 460], [700, 680, 660, 640]
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for r, y in enumerate(ys[:-1]):
        for k, x in enumerate(xs[:-1]):
            c.drawString(x + 4, y - 14, f"cell {r}{k}")
    c.showPage()
    c.save()
    with open_pdf(path, engine="pdfium") as pdf:
        page = pdf_to_pages(pdf, path)[0]
        rows = [t.extract() for t in page.plumber.find_tables()]
        assert not pdf.loaded_pages  # pdfplumber was never opened
    with open_pdf(path, engine="pdfplumber") as pdf:
        assert rows == [t.extract() for t in pdf.pages[0].find_tables()]
    assert rows == [[[f"cell {r}{k}" for k in range(3)] for r in range(3)]]


def test_figure_geometry_comes_from_pdfium_without_pdfminer(tmp_path):
    """The figure finder reads lines, rects and curves on every page: PDFium's, equal to pdfplumber's."""
    from pipeline.ingest.pdf.furniture import drawing_boxes

    path = tmp_path / "f.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Times-Roman", 10)
    c.drawString(72, 780, "Figure 1. A plot drawn with vector curves, ticks and bars.")
    c.line(100, 500, 400, 500)  # axes
    c.line(100, 500, 100, 750)
    for k in range(12):  # tick marks
        c.line(100 + 25 * k, 500, 100 + 25 * k, 496)
        c.line(100, 500 + 20 * k, 96, 500 + 20 * k)
    for k in range(6):  # bars and a curve through data points
        c.rect(120 + 45 * k, 500, 20, 30 + 25 * k, stroke=0, fill=1)
        c.circle(130 + 45 * k, 540 + 25 * k, 3, stroke=1, fill=0)
    p = c.beginPath()
    p.moveTo(100, 520)
    p.curveTo(200, 700, 300, 560, 400, 740)
    c.drawPath(p, stroke=1, fill=0)
    c.showPage()
    c.save()
    with open_pdf(path, engine="pdfium") as pdf:
        page = pdf_to_pages(pdf, path)[0]
        boxes = drawing_boxes(page)
        geometry = [sorted((round(o["x0"], 2), round(o["top"], 2), round(o["x1"], 2), round(o["bottom"], 2)) for o in objs)
                    for objs in (page.plumber.lines, page.plumber.rects, page.plumber.curves)]
        assert not pdf.loaded_pages  # pdfplumber was never opened
    with open_pdf(path, engine="pdfplumber") as pdf:
        old = pdf_to_pages(pdf, path)[0]
        assert boxes == drawing_boxes(old)
        pp = pdf.pages[0]
        assert geometry == [sorted((round(o["x0"], 2), round(o["top"], 2), round(o["x1"], 2), round(o["bottom"], 2)) for o in objs)
                            for objs in (pp.lines, pp.rects, pp.curves)]
    assert boxes  # the plot is found


def _chars(spec):
    """(text, x0, x1, top, size, font) tuples -> RawChars."""
    fonts = {}
    return RawChars(
        text=[s[0] for s in spec],
        x0=np.array([s[1] for s in spec], float),
        x1=np.array([s[2] for s in spec], float),
        top=np.array([s[3] for s in spec], float),
        bottom=np.array([s[3] + s[4] for s in spec], float),
        size=np.array([s[4] for s in spec], float),
        font=[s[5] for s in spec],
        upright=np.ones(len(spec), bool),
        font_id=np.array([fonts.setdefault(s[5], len(fonts)) for s in spec]),
    )


def test_word_grouping_follows_pdfplumber_rules():
    ch = _chars(
        [
            ("o", 10, 15, 100, 10, "F"), ("f", 15, 18, 100, 10, "F"),  # gap 2.0 > 0.13 * 10: a new word
            ("t", 20, 23, 100, 10, "F"), ("o", 23, 28, 100.5, 10, "F"),  # a top within y_tolerance
            (" ", 28, 30, 100, 10, "F"), ("x", 30, 35, 100, 10, "F"),  # white space ends a word
            ("¹", 35, 38, 97, 6, "F"),  # another size: another run, so another word
            ("ﬁ", 40, 45, 100, 10, "G"), ("n", 45, 50, 100, 10, "G"),  # a ligature expands
        ]
    )
    words = [w[0] for w in chars_to_words(ch, 0.13, 2.0)]
    assert words == ["of", "to", "x", "¹", "fin"]


def test_engine_choice(monkeypatch):
    monkeypatch.delenv("MITOMINER_PDF_ENGINE", raising=False)
    assert pdf_engine() == "pdfium"
    monkeypatch.setenv("MITOMINER_PDF_ENGINE", "pdfplumber")
    assert pdf_engine() == "pdfplumber"
    with pytest.raises(ValueError):
        pdf_engine("poppler")


def _drawing_pdf(path, rotate: int = 0):
    """Paths of every kind: lines, closed and open rectangles, Bézier curves, a long polyline (the
    numpy path), a closed subpath mid-path, a form XObject."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.line(72, 650, 520, 650)
    c.rect(72, 600, 448, 1, stroke=0, fill=1)
    c.rect(72, 400, 200, 150, stroke=1, fill=0)
    c.circle(300, 300, 20, stroke=1, fill=0)
    p = c.beginPath()
    p.moveTo(100, 520)
    p.curveTo(200, 700, 300, 560, 400, 740)
    p.lineTo(410, 700)
    p.close()
    p.moveTo(50, 50)
    p.lineTo(60, 50.5)
    c.drawPath(p, stroke=1, fill=0)
    long = c.beginPath()
    long.moveTo(80, 100)
    for k in range(300):  # a plotted series: one path of 300 segments
        long.lineTo(80 + k * 1.3, 100 + 40 * np.sin(k / 9))
        if k % 50 == 49:
            long.curveTo(80 + k * 1.3, 110, 82 + k * 1.3, 120, 84 + k * 1.3, 100)
            long.close()
            long.moveTo(80 + k * 1.3, 100)
    c.drawPath(long, stroke=1, fill=0)
    c.beginForm("f")
    c.rect(10, 10, 30, 0.5, stroke=0, fill=1)
    c.line(10, 20, 90, 20)
    c.endForm()
    c.saveState()
    c.translate(300, 200)
    c.scale(2, 1)
    c.doForm("f")
    c.restoreState()
    if rotate:
        c.setPageRotation(rotate)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("rotate", [0, 90])
def test_path_pieces_equal_per_segment_reading(tmp_path, rotate, monkeypatch):
    """The block read of a path's segments and the numpy/short-path arithmetic give exactly the
    subpaths of the reference per-segment walk (``path_subpaths``), also through the API fallback."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as R

    from pipeline.ingest.pdf import pdfium_words as pw
    from pipeline.ingest.pdf.pdfium_tables import PathSink

    doc = pdfium.PdfDocument(str(_drawing_pdf(tmp_path / "d.pdf", rotate)))
    page = doc[0]
    space = pw.page_space(page)
    px, py = ctypes.c_float(), ctypes.c_float()
    objs = []

    def walk(n, get, ctm):
        for i in range(n):
            o = get(i)
            kind = R.FPDFPageObj_GetType(o)
            if kind == pw._OBJ_PATH:
                objs.append((o, ctm))
            elif kind == pw._OBJ_FORM:
                walk(R.FPDFFormObj_CountObjects(o), lambda k, f=o: R.FPDFFormObj_GetObject(f, k), pw._mul(pw._matrix(o), ctm))

    walk(R.FPDFPage_CountObjects(page.raw), lambda k: R.FPDFPage_GetObject(page.raw, k), pw._IDENTITY)
    assert max(R.FPDFPath_CountSegments(o) for o, _ in objs) > pw.SMALL_PATH_SEGMENTS  # both arithmetic paths run
    reference = []
    for o, ctm in objs:
        for sp in pw.path_subpaths(o, ctm, px, py):
            if len(sp) >= 2 and sp[0][0] == "m":
                pts = [(s[1], s[2]) for s in sp]
                reference.append(("".join(s[0] for s in sp), pts, [space.point(x, y) for x, y in pts]))
    assert any("h" in s for s, _, _ in reference) and any("c" in s for s, _, _ in reference)
    fast = [piece for o, ctm in objs for piece in pw.path_pieces(o, ctm, space)]
    assert fast == reference
    # the whole page's paths at once: the same pieces, closing "lh" back to the start folded into "h"
    def folded(pieces):
        out = []
        for shape, pts, ppts in pieces:
            if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
                shape, pts, ppts = shape[:-2] + "h", pts[:-1], ppts[:-1]
            out.append((shape, pts, ppts))
        return out

    batch = [(o, ctm, R.FPDFPath_CountSegments(o)) for o, ctm in objs]
    per_path = [folded(pw.path_pieces(o, ctm, space)) for o, ctm in objs]
    assert pw.page_path_pieces(batch, space) == per_path
    # lean: PDF points only where _square reads them, and each piece's page-space box
    lean = pw.page_path_pieces(batch, space, pdf_points=False)
    assert [[(s, p) for s, _, p, _ in path] for path in lean] == [[(s, p) for s, _, p in path] for path in per_path]
    assert all(pts is None or shape in ("mlllh", "mllll") for path in lean for shape, pts, _, _ in path)
    assert [pts for path in lean for shape, pts, _, _ in path if shape in ("mlllh", "mllll")] == [
        pts for path in per_path for shape, pts, _ in path if shape in ("mlllh", "mllll")
    ]
    assert [box for path in lean for *_, box in path] == [
        (min(x for x, _ in p), max(x for x, _ in p), min(y for _, y in p), max(y for _, y in p)) for path in per_path for _, _, p in path
    ]
    monkeypatch.setattr(pw, "_segment_block", lambda obj, n: None)  # PDFium's layout not recognised
    monkeypatch.setattr(pw, "_segment_address", lambda obj, i: 0)
    assert [piece for o, ctm in objs for piece in pw.path_pieces(o, ctm, space)] == reference
    assert pw.page_path_pieces(batch, space) == per_path
    monkeypatch.undo()
    # the sink's dicts and the rules are those of the reference subpaths
    ref_sink, sink = PathSink(space), PathSink(space)
    for o, ctm in objs:
        ref_sink.begin(o)  # each path object's stroke and ink (pdf-tables), as page_objects reads them
        for sp in pw.path_subpaths(o, ctm, px, py):
            ref_sink(sp)
    objects = pw.page_objects(page, space, subpaths=sink)
    assert (sink.lines, sink.rects, sink.curves) == (ref_sink.lines, ref_sink.rects, ref_sink.curves)
    assert len(objects.rules) == (5 if rotate == 0 else 0)  # turned: vertical; two rules, the short stroke after the closed curve, the form's rect and line
    page.close()
    doc.close()


def _text_page_pdf(path):
    """Text with ligatures, accents, symbols, a hyphen at a line end and text outside the BMP's plain range."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Times-Roman", 10)
    c.drawString(72, 760, "Mitophagy of ﬁne ﬂuorescent cells: Dahlström, café, 5 µM, ±2 °C, α-β.")
    c.drawString(72, 746, "A word broken at the line end by a hyph-")
    c.drawString(72, 732, "en, and a second line after it.")
    c.setFont("Symbol", 10)
    c.drawString(72, 718, "abg")
    c.showPage()
    c.save()
    return path


def test_char_codes_from_one_text_call_equal_per_char_reads(tmp_path, monkeypatch):
    """The page's Unicode values read with one FPDFText_GetText call equal FPDFText_GetUnicode per
    char, also when the text is not one unit per char (the per-char fallback)."""
    import ctypes
    from itertools import repeat

    import pypdfium2 as pdfium
    import pypdfium2.raw as R

    from pipeline.ingest.pdf import pdfium_words as pw

    doc = pdfium.PdfDocument(str(_text_page_pdf(tmp_path / "t.pdf")))
    page = doc[0]
    tp = R.FPDFText_LoadPage(page.raw)
    try:
        n = R.FPDFText_CountChars(tp)
        tpp = pw._vp(ctypes.cast(tp, ctypes.c_void_p).value)
        per_char = np.fromiter(map(pw._unicode, repeat(tpp, n), range(n)), dtype=np.int64, count=n)
        assert n > 100
        assert np.array_equal(pw._char_codes(tpp, n), per_char)
        monkeypatch.setattr(pw, "_get_text", lambda *a: n)  # one unit short: a dropped control code
        assert np.array_equal(pw._char_codes(tpp, n), per_char)
    finally:
        R.FPDFText_ClosePage(tp)
        page.close()
        doc.close()


def test_complexity_check_hands_its_object_list_to_the_object_walk(tmp_path):
    """page_objects over the complexity check's object list gives what its own walk gives (forms included)."""
    import pypdfium2 as pdfium

    from pipeline.ingest.pdf import pdfium_words as pw
    from pipeline.ingest.pdf.limits_check import check_pdfium_page
    from pipeline.ingest.pdf.pdfium_tables import PathSink

    path = _drawing_pdf(tmp_path / "d.pdf", 0)
    doc = pdfium.PdfDocument(str(path))
    page = doc[0]
    space = pw.page_space(page)
    objects = check_pdfium_page(path, page.raw, 1)
    assert len(objects[0]) == len(objects[1]) > 0 and pw._OBJ_FORM in objects[1]
    a_sink, b_sink = PathSink(space), PathSink(space)
    a = pw.page_objects(page, space, subpaths=a_sink, objects=objects)
    b = pw.page_objects(page, space, subpaths=b_sink)
    assert (a.images, a.rules) == (b.images, b.rules) and a.rules
    assert (a_sink.lines, a_sink.rects, a_sink.curves) == (b_sink.lines, b_sink.rects, b_sink.curves)
    page.close()
    doc.close()
