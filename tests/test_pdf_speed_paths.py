"""Speed rewrites of the PDF reader's hot loops (issue 13) give what the per-object code they replace gave."""

from __future__ import annotations

import numpy as np

from pipeline.ingest.pdf.furniture import FIGURE_CELL, _object_grid


def _painted_one_by_one(objs, gw: int, gh: int):
    """The per-object grid painting ``drawing_boxes`` did before: int() cells, clamped ends, Python slices."""
    grid = np.zeros((gh, gw), dtype=bool)
    cells = []
    for x0, t, x1, b, _ in objs:
        c0, c1 = max(int(x0 / FIGURE_CELL), 0), min(int(x1 / FIGURE_CELL), gw - 1)
        r0, r1 = max(int(t / FIGURE_CELL), 0), min(int(b / FIGURE_CELL), gh - 1)
        cells.append((r0, c0))
        if (c1 - c0) * (r1 - r0) > 0.25 * gw * gh:
            continue
        grid[r0 : r1 + 1, c0 : c1 + 1] = True
    return grid, cells


def test_drawing_objects_painted_at_once_cover_the_cells_painted_one_by_one() -> None:
    # plot marks, bars, page-sized frames, boxes reaching off the page's top or left (negative ends:
    # slices counted from the grid's end) and inverted boxes, on pages of several sizes
    rng = np.random.default_rng(7)
    for _ in range(300):
        w, h = rng.uniform(60, 700), rng.uniform(60, 900)
        gw, gh = int(w / FIGURE_CELL) + 2, int(h / FIGURE_CELL) + 2
        n = int(rng.integers(1, 80))
        x0, t = rng.uniform(-150, w, n), rng.uniform(-150, h, n)
        x1 = x0 + rng.exponential(rng.choice([2.0, 20.0, 400.0]), n) * rng.choice([1, -1], n, p=[0.9, 0.1])
        b = t + rng.exponential(rng.choice([2.0, 20.0, 400.0]), n) * rng.choice([1, -1], n, p=[0.9, 0.1])
        objs = [(a, c, d, e, bool(m)) for a, c, d, e, m in zip(x0, t, x1, b, rng.integers(0, 2, n))
                if max(int(a / FIGURE_CELL), 0) < gw and max(int(c / FIGURE_CELL), 0) < gh]
        if not objs:
            continue
        grid, cells = _object_grid(np.array(objs, dtype=np.float64), gw, gh)
        ref_grid, ref_cells = _painted_one_by_one(objs, gw, gh)
        assert grid.shape == ref_grid.shape and (grid == ref_grid).all()
        assert list(zip(cells[0].tolist(), cells[1].tolist())) == ref_cells


def _styled_paths_pdf(path):
    """Stroked, filled, fill-and-stroke, white, transparent and coloured paths, some inside a form XObject."""
    from reportlab.lib.colors import Color
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    inks = [Color(0, 0, 0), Color(1, 1, 1), Color(0.2, 0.5, 0.9), Color(0.99, 0.99, 0.99), Color(0, 0, 0, alpha=0)]
    for k, ink in enumerate(inks):
        c.setStrokeColor(ink)
        c.setFillColor(inks[-1 - k])
        c.rect(72, 700 - 30 * k, 200, 0.8, stroke=1, fill=0)
        c.rect(300, 700 - 30 * k, 200, 12, stroke=0, fill=1)
        c.rect(72, 400 - 30 * k, 150, 20, stroke=1, fill=1)
        c.line(300, 400 - 30 * k, 500, 400 - 30 * k)
    c.beginForm("f")
    c.setFillColor(Color(0.5, 0.5, 0.5))
    c.rect(0, 0, 100, 3, stroke=0, fill=1)
    c.endForm()
    c.doForm("f")
    c.setFont("Helvetica", 9)
    c.drawString(72, 100, "Text beside the paths.")
    c.showPage()
    c.save()
    return path


def test_path_styles_read_for_a_whole_page_are_what_begin_reads_path_by_path(tmp_path) -> None:
    import pypdfium2 as pdfium

    from pipeline.ingest.pdf import pdfium_words as pw
    from pipeline.ingest.pdf.pdfium_tables import PathSink

    doc = pdfium.PdfDocument(str(_styled_paths_pdf(tmp_path / "s.pdf")))
    page = doc[0]
    space = pw.page_space(page)
    objs: list = []

    def walk(container) -> None:
        for o, kind in zip(*container):
            if kind == pw._OBJ_PATH:
                objs.append(o)
            elif kind == pw._OBJ_FORM:
                walk(pw.form_object_list(o))

    walk(pw.page_object_list(page.raw))
    sink = PathSink(space)
    reference = []
    for o in objs:
        sink.begin(o)
        reference.append((sink.stroke, sink.visible, sink.ink))
    assert len(objs) == 21 and {r[:2] for r in reference} >= {(True, True), (False, True), (True, False)}
    assert sink.styles(objs) == reference
    assert sink.styles([]) == []
    page.close()
    doc.close()


def test_text_object_fonts_read_for_a_whole_page_are_what_one_object_at_a_time_reads(tmp_path) -> None:
    # fonts, sizes, scaled and rotated text, a page turned by /Rotate: every text object's
    # (name, size, upright, horizontal, descent, font, x scale)
    import ctypes
    from itertools import repeat

    import pypdfium2 as pdfium
    import pypdfium2.raw as R
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from pipeline.ingest.pdf import pdfium_words as pw

    path = tmp_path / "t.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for rotate in (0, 90):
        for k, (font, size) in enumerate([("Times-Roman", 10), ("Times-Bold", 12), ("Helvetica-Oblique", 7.5), ("Symbol", 9), ("Courier", 8)]):
            c.setFont(font, size)
            c.drawString(72, 760 - 20 * k, "Words in one font and size")
        c.saveState()
        c.translate(300, 300)
        c.scale(1.5, 0.8)
        c.drawString(0, 0, "scaled text")
        c.rotate(30)
        c.drawString(0, 20, "turned text")
        c.restoreState()
        if rotate:
            c.setPageRotation(rotate)
        c.showPage()
    c.save()
    doc = pdfium.PdfDocument(str(path))
    for page in doc:
        space = pw.page_space(page)
        tp = R.FPDFText_LoadPage(page.raw)
        tpp = pw._vp(ctypes.cast(tp, ctypes.c_void_p).value)
        n = R.FPDFText_CountChars(tp)
        objs = np.fromiter(map(pw._text_object, repeat(tpp, n), range(n)), dtype=np.uint64, count=n)
        idx = np.flatnonzero(objs)
        uniq, first = np.unique(objs[idx], return_index=True)
        one_by_one = [pw._object_info(tpp, o, int(idx[k]), space, {}) for o, k in zip(uniq.tolist(), first.tolist())]
        at_once = pw._objects_info(tpp, uniq.tolist(), idx[first].tolist(), space, {})
        assert len(at_once) == len(one_by_one) >= 7
        drop_font = [r[:6] + r[7:] for r in one_by_one]  # the font handle objects differ, their addresses not
        assert [r[:6] + r[7:] for r in at_once] == drop_font
        assert {r[3] for r in at_once} == ({True, False} if space.rotation == 0 else {False})  # turned text: not horizontal
        R.FPDFText_ClosePage(tp)
        page.close()
    doc.close()


def test_the_collector_is_paused_while_a_pdf_is_read_and_restored_after_good_and_bad_pdfs(tmp_path) -> None:
    import gc

    import pytest
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from pipeline.errors import InputError
    from pipeline.ingest.pdf import convert
    from pipeline.ingest.pdf.gc_pause import collector_paused

    seen = []
    real = convert.pdf_to_pages

    def spy(pdf, path):
        seen.append(gc.isenabled())
        return real(pdf, path)

    good = tmp_path / "good.pdf"
    c = canvas.Canvas(str(good), pagesize=A4)
    c.setFont("Times-Roman", 10)
    c.drawString(72, 760, "Mitophagy removes damaged mitochondria in resistant tumour cells.")
    c.showPage()
    c.save()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot a pdf at all")
    assert gc.isenabled()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(convert, "pdf_to_pages", spy)
        assert convert.pdf_to_blocks(good)
        with pytest.raises(InputError):
            convert.pdf_to_blocks(bad)
    assert seen == [False] and gc.isenabled()  # paused while reading; running again after the good and the bad PDF
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # a collector the caller paused stays paused
    finally:
        gc.enable()
    with pytest.raises(ValueError):
        with collector_paused():
            raise ValueError("a page the reader cannot follow")
    assert gc.isenabled()


def test_the_collector_is_paused_over_the_whole_ingest_of_a_pdf_and_restored_after_good_bad_and_failing_pdfs(tmp_path) -> None:
    import gc

    import pytest
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from pipeline.errors import InputError
    from pipeline.ingest import assemble, ingest_path

    seen = []
    real = assemble.blocks_to_document

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    def failing(*args, **kwargs):
        raise RuntimeError("an assembler bug on this paper")

    good = tmp_path / "good.pdf"
    c = canvas.Canvas(str(good), pagesize=A4)
    c.setFont("Times-Roman", 10)
    c.drawString(72, 760, "Mitophagy removes damaged mitochondria in resistant tumour cells.")
    c.drawString(72, 740, "References")
    c.drawString(72, 720, "1. Smith J, Lee K. PINK1 and Parkin in cisplatin resistance. Cell. 2020;12:1-9.")
    c.showPage()
    c.save()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot a pdf at all")
    text = tmp_path / "paper.txt"
    text.write_text("Abstract\n\nMitophagy in resistant tumour cells.\n\nIntroduction\n\nBNIP3 drives mitophagy.\n", encoding="utf-8")
    assert gc.isenabled()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(assemble, "blocks_to_document", spy)
        assert ingest_path(good).source.format == "pdf"
        ingest_path(text)
        with pytest.raises(InputError):
            ingest_path(bad)
        assert gc.isenabled()
        mp.setattr(assemble, "blocks_to_document", failing)
        with pytest.raises(RuntimeError):
            ingest_path(good)
    # paused while the PDF was assembled, not for a text file; running again after every outcome
    assert seen == [False, True] and gc.isenabled()
    gc.disable()
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(assemble, "blocks_to_document", spy)
            ingest_path(good)
        assert not gc.isenabled()  # a collector the caller paused stays paused (nested pauses too)
    finally:
        gc.enable()
    assert seen[-1] is False


def test_a_line_end_hyphen_found_in_the_last_word_is_what_a_search_of_the_whole_paragraph_found() -> None:
    # paragraphs joined so far ending in a broken word ("evi-"), a hyphenated compound, a digit or
    # slash before the hyphen, a bare hyphen, a hyphen before a final newline or a space, Unicode
    # spaces (thin, no-break, \x1c) and letters outside A-Z: the groups join_hyphenated reads
    import random

    from pipeline.ingest.pdf.words import HYPHEN_END_RE, _hyphen_end

    rng = random.Random(13)
    alphabet = ["a", "b", "Z", "é", "1", "/", "-", "(", ".", " ", "\u2009", "\u00a0", "\x1c", "\n", "\t"]
    endings = ["-", "-\n", "-\n\n", "- ", "ab-", "1-", "/x-", "a\n-", "é-", "", "x"]
    cases = ["", "-", "-\n", "\n", "evi-", "life-threa-", "PINK1/Parkin-", "the evi-", "tumor-\n"]
    for _ in range(5000):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        cases.append(body + rng.choice(endings))
    cases.append("word " * 2000 + "resis-")  # a long paragraph
    for left in cases:
        ref = HYPHEN_END_RE.search(left)
        got = _hyphen_end(left)
        assert (got is None) == (ref is None), repr(left)
        if ref is not None:
            assert got.groups() == ref.groups(), repr(left)


def _ruled_table_pdf(path):
    """A page with a ruled table (grid lines and a stroked frame) and body text, then the same page turned by /Rotate."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for rotate in (0, 90):
        c.setFont("Times-Roman", 10)
        c.drawString(72, 780, "Body text above the table, one ordinary line of it.")
        xs, ys = [72, 200, 330, 460], [700, 680, 660, 640, 620]
        for y in ys:
            c.line(xs[0], y, xs[-1], y)
        for x in xs:
            c.line(x, ys[0], x, ys[-1])
        c.rect(60, 600, 420, 120, stroke=1, fill=0)
        for r, y in enumerate(ys[:-1]):
            for k, x in enumerate(xs[:-1]):
                c.drawString(x + 4, y - 14, f"cell {r}{k}")
        if rotate:
            c.setPageRotation(rotate)
        c.showPage()
    c.save()


def test_the_table_finder_reads_a_page_from_what_the_reader_kept_as_from_the_page_loaded_again(tmp_path) -> None:
    # the reader keeps each page's space and characters; the table finder's page built from them
    # (no second load) has the edges, characters and tables of one built from the page loaded again
    from pipeline.ingest.pdf.pdfium_source import PdfiumSource, open_pdfium
    from pipeline.ingest.pdf.pdfium_tables import EdgePage
    from pipeline.ingest.pdf.pdfium_words import page_chars, page_space

    path = tmp_path / "table.pdf"
    _ruled_table_pdf(path)
    source = PdfiumSource(path, open_pdfium(path))
    pages = source.to_pages()

    class Counting:  # the document, counting the pages loaded from it
        def __init__(self, doc):
            self.doc, self.loads = doc, 0

        def __getitem__(self, i):
            self.loads += 1
            return self.doc[i]

    counting = Counting(source.doc)
    source.doc = counting
    for i, page in enumerate(pages):
        paths = (page.plumber.lines, page.plumber.rects, page.plumber.curves)
        kept = source.edge_page(i, paths)
        fresh = counting.doc[i]
        space = page_space(fresh)
        again = EdgePage(fresh, space, page_chars(fresh, space), paths)
        fresh.close()
        assert kept.bbox == again.bbox and kept.edges == again.edges and kept.chars == again.chars
        cells = [t.extract() for t in kept.find_tables()]
        assert cells == [t.extract() for t in again.find_tables()] and cells and sorted((len(cells[0]), len(cells[0][0]))) == [3, 4]  # 4 rows, 3 columns (turned: 3 x 4)
    assert counting.loads == 0 and source.edge_pages == {0, 1}
    source.doc = counting.doc
    source.close()


def test_white_space_and_plain_text_by_code_table_equal_char_text_for_every_code(monkeypatch) -> None:
    # the char layer finds white space and the chars whose text is chr(code) by table lookups; for every
    # Unicode value they must say what _char_text's text says (and _kept_text give _char_text's texts)
    from pipeline.ingest.pdf import pdfium_words as pw

    codes = np.arange(0x110000, dtype=np.int64)
    texts = [pw._char_text(c) for c in range(0x110000)]
    blank = pw._SPACE_CODE[np.minimum(codes, pw._SPACE_CODE.size - 1)]
    assert blank.tolist() == [t in pw._SPACES for t in texts]
    direct = pw._DIRECT[np.minimum(codes, 0xFFFF)] & (codes < 0x10000)
    assert all(texts[c] == chr(c) for c in np.flatnonzero(direct).tolist())
    monkeypatch.setattr(pw, "_is_hyphen", lambda tpp, i: i % 2)  # every other control code: a line-end hyphen
    sample = np.r_[np.arange(0x3100), np.arange(0xD700, 0xE100), np.arange(0xFF00, 0x10100), 0x10FFFF]
    want = [("-" if c < 32 and not texts[c].isspace() and k % 2 else texts[c]) for k, c in enumerate(sample.tolist())]
    assert pw._kept_text(None, sample, np.arange(sample.size)) == want


def test_words_of_equals_the_per_word_loop() -> None:
    # upright and turned words, blank and white-space texts, sizes rounding alike, bold and italic fonts
    import math

    from pipeline.ingest.pdf.pdfium_source import _style, words_of
    from pipeline.ingest.pdf.reader import Word

    rng = np.random.default_rng(3)
    fonts = ["ABCDEF+Times-Roman", "Helvetica-Bold", "X+Arial-BoldItalic", "Symbol", ""]
    texts = ["word", " ", "", "\u00a0", "x", "(cid:3)", "ﬁne"]
    raw = [
        (texts[rng.integers(len(texts))], *rng.uniform(0, 500, 4).tolist(),
         float(rng.choice([9.96, 10.04, 7.5, 12.0, math.nan])), fonts[rng.integers(len(fonts))], bool(rng.integers(0, 4)))
        for _ in range(400)
    ]
    want = []
    for text, x0, x1, top, bottom, size, font, upright in raw:
        if upright and text.strip():
            want.append(Word(text, x0, x1, top, bottom, round(size, 1), font, *_style(font)))
    got = words_of(raw)
    assert len(got) == len(want) > 100
    assert [repr(w) for w in got] == [repr(w) for w in want]  # repr: NaN sizes compare as text
    assert words_of([("a", 0.0, 1.0, 0.0, 1.0, 10.0, "F", False)]) == []
