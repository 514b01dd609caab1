"""pdfplumber's ruled-table finder fed by PDFium: no pdfminer parse on table pages.

pdfplumber's ``TableFinder`` (edges -> intersections -> cells -> tables) is the
right tool for ruled tables, but it reads a pdfplumber page, whose ``edges`` and
``chars`` come from pdfminer parsing the whole page in Python.  It needs only
``page.edges`` (the edges of the page's lines, rectangles and curves, as
``pdfplumber.utils.obj_to_edges`` makes them), ``page.chars`` (for the cell
text) and ``page.bbox``; :class:`EdgePage` gives it those from PDFium's page
objects and characters, classified the way pdfminer classifies paths (a
subpath ``ml`` is a line, ``mlllh`` with square corners a rectangle, the rest
curves through their segment end points).
"""

from __future__ import annotations

import ctypes
import json

import numpy as np
import pypdfium2.raw as R

from pipeline.resources import model_path
from pipeline.ingest.pdf.pdfium_words import (
    PageSpace,
    RawChars,
    _IDENTITY,
    _OBJ_FORM,
    _OBJ_PATH,
    _Slots,
    _fn,
    _matrix,
    _mul,
    _square,
    path_pieces,
)

# prototype-free (pdfium_words._fn): begin() runs once per path object, hundreds per page
_draw_mode, _fill_color, _stroke_color = (_fn(n, ctypes.c_int) for n in ("FPDFPath_GetDrawMode", "FPDFPageObj_GetFillColor", "FPDFPageObj_GetStrokeColor"))
_PATHS = json.loads(model_path("ingest", "pdf_tables.json").read_text(encoding="utf-8"))["paths"]
THIN_FILL = _PATHS["thin_fill"]  # points: a filled bar thinner than this is a rule
WHITE_INK = _PATHS["white_ink"]  # a colour with every RGB channel at least this is white paper, not ink
_MODES = _Slots(2, np.int32, 1024, (0, 4))  # FPDFPath_GetDrawMode: fill mode, stroke flag (C ints) per path
_RGBA = _Slots(4, np.uint32, 1024, (0, 4, 8, 12))  # FPDFPageObj_Get{Stroke,Fill}Color: r, g, b, a (C uints) per path


class PathSink:
    """Subpaths -> pdfplumber's ``lines``, ``rects`` and ``curves`` object dicts (pdfplumber's coordinates)."""

    def __init__(self, space: PageSpace):
        self.space = space
        self.lines: list[dict] = []
        self.rects: list[dict] = []
        self.curves: list[dict] = []
        self.stroke = True  # the current path object is stroked (else only filled)
        self.visible = True  # ... and drawn in a colour that shows on white paper
        self.ink: tuple[int, int, int] | None = None  # its colour (shading of one colour is one band)
        self._fill, self._stroke = ctypes.c_int(), ctypes.c_int()
        self._rgba = [ctypes.c_uint() for _ in range(4)]
        self._rgba_refs = [ctypes.byref(v) for v in self._rgba]  # reused: begin() runs once per path object
        self._fill_ref, self._stroke_ref = ctypes.byref(self._fill), ctypes.byref(self._stroke)

    def begin(self, obj) -> None:
        """A new path object: is it stroked, and is its ink visible?

        A fill-only box is shading, not a rule; white ink (PLOS draws white bars
        between shaded cells) is no rule at all."""
        if not _draw_mode(obj, self._fill_ref, self._stroke_ref):
            self.stroke, self.visible, self.ink = True, True, None
            return
        stroked = self._stroke.value
        self.stroke = bool(stroked) or not self._fill.value
        r, g, b, a = self._rgba
        if (_stroke_color if stroked else _fill_color)(obj, *self._rgba_refs):
            self.visible = a.value > 0 and min(r.value, g.value, b.value) < WHITE_INK
            self.ink = (r.value, g.value, b.value)
        else:
            self.visible, self.ink = True, None

    def styles(self, objs: list) -> list[tuple[bool, bool, tuple[int, int, int] | None]]:
        """(stroke, visible, ink) of each path object: what :meth:`begin` sets for it (page_objects
        sets them path by path).  The draw modes and colours of a page's paths are read by C-speed
        ``map`` calls into reused out-parameter rows (a page of plots has tens of thousands of paths;
        begin() makes two or three typed calls each)."""
        n = len(objs)
        if n == 0:
            return []
        _MODES.reserve(n)
        _RGBA.reserve(n)
        ok = np.fromiter(map(_draw_mode, objs, *(c[:n] for c in _MODES.ptrs)), dtype=np.int64, count=n) != 0
        fill, stroked = _MODES.a[:n, 0] != 0, _MODES.a[:n, 1] != 0
        stroke = ~ok | stroked | ~fill
        coloured = np.zeros(n, dtype=bool)
        for fn, sel in ((_stroke_color, ok & stroked), (_fill_color, ok & ~stroked)):
            idx = np.flatnonzero(sel).tolist()
            if idx:
                rows = [list(map(c.__getitem__, idx)) for c in _RGBA.ptrs]
                coloured[idx] = np.fromiter(map(fn, map(objs.__getitem__, idx), *rows), dtype=np.int64, count=len(idx)) != 0
        rgba = _RGBA.a[:n]
        visible = ~coloured | ((rgba[:, 3] > 0) & (rgba[:, :3].min(axis=1) < WHITE_INK))
        inks = [ink if c else None for ink, c in zip(zip(*rgba[:, :3].T.tolist()), coloured.tolist())]
        return list(zip(stroke.tolist(), visible.tolist(), inks))

    def _to_page(self, x: float, y: float) -> tuple[float, float]:
        x0, top = self.space.point(x, y)
        return float(x0), float(top)

    def __call__(self, sp: list[tuple[str, float, float]]) -> None:
        """One subpath as :func:`~pipeline.ingest.pdf.pdfium_words.path_subpaths` makes it."""
        if len(sp) < 2 or sp[0][0] != "m":
            return
        shape = "".join(s[0] for s in sp)
        pts = [(s[1], s[2]) for s in sp]
        if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
            shape, pts = shape[:-2] + "h", pts[:-1]
        self.add(shape, pts, [self._to_page(x, y) for x, y in pts])

    takes_kind = True  # page_objects may pass add() the kind and box it has worked out

    def add(self, shape: str, pts, ppts: list[tuple[float, float]], kind: str | None = None, box: tuple | None = None) -> None:
        """One subpath opening with a move (its closing ``lh`` folded), in PDF and page space; ``kind``
        ("line", "rect", "curve") and the page-space ``box`` (x0, x1, top, bottom of ``ppts``), when
        the caller has worked them out already (then ``pts`` is not read)."""
        if box is None:
            xs, ys = [p[0] for p in ppts], [p[1] for p in ppts]
            x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
        else:
            x0, x1, top, bottom = box
        if kind is None:
            kind = "line" if shape in ("ml", "mlh") else "rect" if shape in ("mlllh", "mllll") and len(pts) == 5 and _square(pts) else "curve"
        # one dict literal per object (the box keys, then its type): hundreds of thousands per document
        if kind == "line":
            self.lines.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top, "doctop": top,
                               "stroke": self.stroke, "visible": self.visible, "ink": self.ink, "object_type": "line", "pts": ppts[:2]})
        elif kind == "rect":
            self.rects.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top, "doctop": top,
                               "stroke": self.stroke, "visible": self.visible, "ink": self.ink, "object_type": "rect"})
        else:
            self.curves.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top, "doctop": top,
                                "stroke": self.stroke, "visible": self.visible, "ink": self.ink, "object_type": "curve", "pts": ppts})


def page_paths(page, space: PageSpace) -> tuple[list[dict], list[dict], list[dict]]:
    """(lines, rects, curves) of the page as pdfplumber object dicts (pdfplumber's coordinates)."""
    sink = PathSink(space)

    def walk(count, get, ctm, depth) -> None:
        for i in range(count):
            obj = get(i)
            kind = R.FPDFPageObj_GetType(obj)
            if kind == _OBJ_PATH:
                sink.begin(obj)
                for shape, pts, ppts in path_pieces(obj, ctm, space):
                    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
                        shape, pts, ppts = shape[:-2] + "h", pts[:-1], ppts[:-1]
                    sink.add(shape, pts, ppts)
            elif kind == _OBJ_FORM and depth < 8:
                walk(R.FPDFFormObj_CountObjects(obj), lambda k, o=obj: R.FPDFFormObj_GetObject(o, k), _mul(_matrix(obj), ctm), depth + 1)

    raw = page.raw
    walk(R.FPDFPage_CountObjects(raw), lambda k: R.FPDFPage_GetObject(raw, k), _IDENTITY, 0)
    return sink.lines, sink.rects, sink.curves


def chars_as_dicts(ch: RawChars) -> list[dict]:
    """pdfplumber-style char dicts (the keys its text extraction reads)."""
    return [
        {"text": t, "x0": float(a), "x1": float(b), "top": float(c), "doctop": float(c), "bottom": float(d), "upright": bool(u), "size": float(s)}
        for t, a, b, c, d, u, s in zip(ch.text, ch.x0, ch.x1, ch.top, ch.bottom, ch.upright, ch.size)
    ]


class EdgePage:
    """The part of a pdfplumber page its table finder reads, built from PDFium."""

    def __init__(self, page, space: PageSpace, chars: RawChars, paths: tuple[list[dict], list[dict], list[dict]] | None = None):
        from pdfplumber import utils

        lines, rects, curves = paths if paths is not None else page_paths(page, space)
        self.bbox = (space.mb_x0, space.mb_top, space.mb_x0 + space.width, space.mb_top + space.height)
        self.lines, self.rects, self.curves = lines, rects, curves
        edges = [utils.line_to_edge(ln) for ln in lines]
        for r in rects:
            if _draws_rule(r):
                edges.extend(_rect_edges(r))
        for c in curves:
            if _draws_rule(c):
                edges.extend(utils.curve_to_edges(c))
        self.edges = edges
        self.chars = chars_as_dicts(chars)

    def find_tables(self, table_settings=None):
        from pdfplumber.table import TableFinder, TableSettings

        return TableFinder(self, TableSettings.resolve(table_settings)).tables


def _draws_rule(obj: dict) -> bool:
    """A stroked shape draws its edges; a fill-only one only when it is a thin bar (a rule drawn as a fill).

    A filled box thicker than that is cell shading (PLOS fills every cell): its
    edges are no cell borders, and pdfplumber's finder would cut columns at them.
    """
    if not obj.get("visible", True):
        return False
    return obj.get("stroke", True) or min(obj["width"], obj["height"]) < THIN_FILL


def _rect_edges(r: dict) -> list[dict]:
    """pdfplumber's rect_to_edges (it also reads y0/y1, which only PDF space has)."""
    base = {k: r[k] for k in ("x0", "x1", "top", "bottom", "width", "height", "doctop")}
    top = {**base, "object_type": "rect_edge", "height": 0, "bottom": r["top"], "orientation": "h"}
    bottom = {**base, "object_type": "rect_edge", "height": 0, "top": r["bottom"], "doctop": r["bottom"], "orientation": "h"}
    left = {**base, "object_type": "rect_edge", "width": 0, "x1": r["x0"], "orientation": "v"}
    right = {**base, "object_type": "rect_edge", "width": 0, "x0": r["x1"], "orientation": "v"}
    return [top, bottom, left, right]
