"""Words, images and rules of a PDF page from pypdfium2 (PDFium, C++): the fast engine of the reader.

PDFium's text page gives every character with its box, text object, font and
matrix at C speed; pdfminer (under pdfplumber) parses the same page in pure
Python about ten times slower.  This module turns PDFium's characters into
exactly the word records pdfplumber's ``extract_words`` gave the reader, so the
layout code sees the same input:

- coordinates in pdfplumber's space: origin at the top left of the MediaBox, y
  down, the page's ``/Rotate`` applied (pdfium reports unrotated PDF user space,
  y up);
- a character's box is pdfminer's: from its origin to its advance, from
  ``baseline + descent`` up one font size (not PDFium's tight glyph box), and its
  size is the font size times the vertical scale of its matrix;
- upright as pdfminer decides it (``a*d > 0 and b*c <= 0`` of the character
  matrix, page rotation included); the reader drops the rest (rotated margin text);
- PDFium's generated characters (the spaces and line breaks it infers) are
  skipped: pdfminer has none, and word breaks are decided by geometry below;
- chars grouped into words as ``WordExtractor`` does (runs of equal upright,
  font name and size in content order; lines clustered by top within
  ``y_tolerance``; chars sorted by x0; a new word at white space, at a gap wider
  than ``x_tolerance_ratio`` times the size, at a step back or a jump in top),
  vectorised with numpy instead of pdfplumber's per-character Python.

Font names are PDFium's ``/BaseFont`` (with the subset prefix); pdfminer reports
the descriptor's ``/FontName``, which is the same name for almost every font;
the reader only compares names and looks for bold/italic in them.

Rules (horizontal lines and hairline rectangles, as pdfplumber's ``lines`` and
``rects`` would give them) and image boxes come from PDFium's page objects
(``FPDFPage_CountObjects`` / ``FPDFPageObj_GetType`` / ``GetBounds`` / path
segments), Form XObjects included, instead of pdfminer's layout.
"""

from __future__ import annotations

import ctypes
import math
import struct
from collections import deque
from collections.abc import Iterator
from itertools import compress, repeat
from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as R

LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}  # as pdfplumber expands them
_LIGATURE_POINTS = {v: ord(k) for k, v in LIGATURES.items() if k not in ("ﬅ",)}
MAX_DESCENT = 0.5  # in font sizes: a deeper descent is a font-program bounding box, not a text metric
MAX_PATH_SEGMENTS = 400  # paths longer than this are drawings, not rules: not walked segment by segment
_WHITESPACE = frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


_SPACES = _WHITESPACE | frozenset(c for c in map(chr, range(0x3001)) if c.isspace())  # str.isspace's set: all below U+3001


def _fn(name: str, restype):
    """The PDFium function without a ctypes prototype, called with Python ints (C ints) and
    ``c_void_p`` objects (pointers): the text layer makes thousands of calls per page, and a typed
    prototype converts every argument (about twice the cost of the call itself)."""
    f = getattr(R, name)
    fast = type(f)(ctypes.cast(f, ctypes.c_void_p).value)
    fast.restype = restype
    return fast


_vp, _int, _dbl, _flt = ctypes.c_void_p, ctypes.c_int, ctypes.c_double, ctypes.c_float
_loose_box = _fn("FPDFText_GetLooseCharBox", _int)
_text_object = _fn("FPDFText_GetTextObject", ctypes.c_size_t)  # the address, 0 for none
_unicode = _fn("FPDFText_GetUnicode", ctypes.c_uint)
_get_text = _fn("FPDFText_GetText", _int)
_is_generated = _fn("FPDFText_IsGenerated", _int)
_is_hyphen = _fn("FPDFText_IsHyphen", _int)
_origin = _fn("FPDFText_GetCharOrigin", _int)


class _Ptr(ctypes.c_void_p):
    """A pointer result kept as a ctypes object: a plain ``c_void_p`` result becomes an int, which a
    prototype-free call would pass as a C int."""


_char_matrix = _fn("FPDFText_GetMatrix", _int)
_obj_font_size = _fn("FPDFTextObj_GetFontSize", _int)
_obj_font = _fn("FPDFTextObj_GetFont", _Ptr)
_font_descent = _fn("FPDFFont_GetDescent", _int)
_glyph_width = _fn("FPDFFont_GetGlyphWidth", _int)
_base_font_name = _fn("FPDFFont_GetBaseFontName", ctypes.c_size_t)
_count_segments = _fn("FPDFPath_CountSegments", _int)
_path_segment = _fn("FPDFPath_GetPathSegment", _Ptr)
_segment_type = _fn("FPDFPathSegment_GetType", _int)
_segment_point = _fn("FPDFPathSegment_GetPoint", _int)
_segment_close = _fn("FPDFPathSegment_GetClose", _int)
_ONE = ctypes.c_float(1.0)
# the page-object walk (complexity check, images, rules, paths): one C-speed map per container, not a
# typed call per object; object handles keep PDFium's pointer type so typed calls still accept them
_page_count = _fn("FPDFPage_CountObjects", _int)
_page_object = _fn("FPDFPage_GetObject", R.FPDF_PAGEOBJECT)
_form_count = _fn("FPDFFormObj_CountObjects", _int)
_form_object = _fn("FPDFFormObj_GetObject", R.FPDF_PAGEOBJECT)
_object_type = _fn("FPDFPageObj_GetType", _int)
_object_matrix = _fn("FPDFPageObj_GetMatrix", _int)


class _Slots:
    """Out-parameters of a PDFium call made for many items: a ``width``-column numpy row per item, with
    the ``c_void_p`` of each slot at every byte ``offset`` of a row made once and reused page after page
    (making them costs as much as the calls).  PDFium is not thread-safe, and neither is this."""

    def __init__(self, width: int, dtype, floor: int, offsets: tuple[int, ...] = (0,)) -> None:
        self.width, self.dtype, self.floor, self.offsets = width, dtype, floor, offsets
        self.cap = 0
        self.a = np.zeros((0, width), dtype=dtype)
        self.ptrs: list[list[ctypes.c_void_p]] = [[] for _ in offsets]

    def reserve(self, n: int) -> None:
        if n <= self.cap:
            return
        cap = max(n, 2 * self.cap, self.floor)
        self.a = np.zeros((cap, self.width), dtype=self.dtype)
        base, stride = self.a.ctypes.data, self.a.strides[0]
        self.ptrs = [list(map(_vp, range(base + off, base + off + stride * cap, stride))) for off in self.offsets]
        self.cap = cap


_BOXES = _Slots(4, np.float32, 4096)  # FS_RECTF of each character
_ORIGINS = _Slots(2, np.float64, 4096, (0, 8))  # (x, y) doubles of each character's origin


def _run(fn, *args) -> None:
    deque(map(fn, *args), maxlen=0)  # call fn over the argument columns at C speed, results dropped


@dataclass(slots=True)
class RawChars:
    """The characters of one page, in content order, in pdfplumber's coordinates."""

    text: list[str]
    x0: np.ndarray
    x1: np.ndarray
    top: np.ndarray
    bottom: np.ndarray
    size: np.ndarray
    font: list[str]
    upright: np.ndarray  # bool
    font_id: np.ndarray  # small int per distinct (font name): for run grouping
    space: np.ndarray | None = None  # bool: white space (str.isspace); worked out from text when None


@dataclass(slots=True)
class PageObjects:
    images: list[tuple[float, float, float, float]]  # x0, top, x1, bottom
    rules: list[tuple[float, float, float]]  # (top, x0, x1) of horizontal lines and hairline rects, sorted


class PageSpace:
    """PDF user space -> pdfplumber's page space (top-left origin, page rotation applied).

    Mirrors pdfminer's rotation CTM and pdfplumber's MediaBox adjustment.
    """

    def __init__(self, mediabox: tuple[float, float, float, float], rotation: int):
        mediabox = tuple(round(v, 4) for v in mediabox)  # PDFium hands back float32: 595.2756 for 595.2756
        x0, x1 = sorted((mediabox[0], mediabox[2]))
        y0, y1 = sorted((mediabox[1], mediabox[3]))
        self.rotation = rotation % 360
        if self.rotation == 90:
            self.ctm = (0.0, -1.0, 1.0, 0.0, -y0, x1)
        elif self.rotation == 180:
            self.ctm = (-1.0, 0.0, 0.0, -1.0, x1, y1)
        elif self.rotation == 270:
            self.ctm = (0.0, 1.0, -1.0, 0.0, y1, -x0)
        else:
            self.ctm = (1.0, 0.0, 0.0, 1.0, -x0, -y0)
        if self.rotation in (90, 270):
            nx0, ny0, nx1, ny1 = y0, x0, y1, x1
        else:
            nx0, ny0, nx1, ny1 = x0, y0, x1, y1
        self.width = nx1 - nx0
        self.height = ny1 - ny0
        self.mb_x0 = nx0
        self.mb_top = self.height - ny1  # pdfplumber's inverted MediaBox top

    def box(self, x0, y0, x1, y1):
        """User-space box (arrays or floats) -> (x0, top, x1, bottom) in page space."""
        a, b, c, d, e, f = self.ctm
        if b == 0 and c == 0:
            px0, px1 = a * x0 + e, a * x1 + e
            py0, py1 = d * y0 + f, d * y1 + f
        else:
            px0, px1 = c * y0 + e, c * y1 + e
            py0, py1 = b * x0 + f, b * x1 + f
        lo_x, hi_x = np.minimum(px0, px1), np.maximum(px0, px1)
        lo_y, hi_y = np.minimum(py0, py1), np.maximum(py0, py1)
        return lo_x + self.mb_x0, self.height - hi_y + self.mb_top, hi_x + self.mb_x0, self.height - lo_y + self.mb_top

    def point(self, x: float, y: float) -> tuple[float, float]:
        """User-space point(s) -> (x, top) in page space: :meth:`box` of a point, same arithmetic, in plain
        operators, so floats pay no numpy per-call cost (drawings have tens of thousands of points) and
        numpy arrays of points go through the same expression at once."""
        a, b, c, d, e, f = self.ctm
        if b == 0 and c == 0:
            px, py = a * x + e, d * y + f
        else:
            px, py = c * y + e, b * x + f
        return px + self.mb_x0, self.height - py + self.mb_top

    def compose(self, m: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """A character matrix (a, b, c, d) composed with the page rotation (then y flipped back)."""
        a, b, c, d = m
        ra, rb, rc, rd = self.ctm[:4]
        return a * ra + b * rc, a * rb + b * rd, c * ra + d * rc, c * rb + d * rd

    def upright(self, m: tuple[float, float, float, float]) -> bool:
        """pdfminer's test on the character matrix composed with the page rotation."""
        a, b, c, d = self.compose(m)
        return a * d > 0 and b * c <= 0


def page_space(page: pdfium.PdfPage) -> PageSpace:
    return PageSpace(tuple(page.get_mediabox()), page.get_rotation())


def _font_name(font) -> str:
    n = _base_font_name(font, None, ctypes.c_size_t(0))
    if n <= 1:
        return ""
    buf = ctypes.create_string_buffer(n)
    _base_font_name(font, buf, ctypes.c_size_t(n))
    return buf.value.decode("utf-8", "replace")


def _char_text(code: int) -> str:
    """A character's text as pdfminer writes it: an unmapped glyph (a control code here) as ``(cid:N)``."""
    if code < 32 or 127 <= code < 160:
        ch = chr(code)
        return ch if ch.isspace() else f"(cid:{code})"
    if code == 0xFFFE:  # PDFium's mark for a hyphen it found at a line end
        return "-"
    if 0xD800 <= code < 0xE000:
        return "\ufffd"
    return chr(code)


def page_chars(page: pdfium.PdfPage, space: PageSpace) -> RawChars:
    """Every character PDFium reads on the page (generated ones excepted), pdfminer-style boxes."""
    tp = R.FPDFText_LoadPage(page.raw)
    try:
        return _chars(tp, space)
    finally:
        R.FPDFText_ClosePage(tp)


def _char_codes(tpp, n: int) -> np.ndarray:
    """``FPDFText_GetUnicode`` of every char index, from one ``FPDFText_GetText`` call when it can be.

    The page text holds one UTF-16 unit per char unless PDFium dropped a control code or wrote a
    surrogate pair; then it is one unit longer or shorter per such char, and every char is asked
    on its own.  A unit that is a control code, a surrogate or a non-character (PDFium writes
    U+FFFE where GetUnicode gives its hyphen mark 2) is asked on its own too."""
    buf = (ctypes.c_uint16 * (n + 1))()
    if _get_text(tpp, 0, n, buf) == n + 1:  # n units and the terminator
        codes = np.frombuffer(buf, dtype=np.uint16, count=n).astype(np.int64)
        plain = ((codes >= 32) & (codes < 127)) | ((codes >= 160) & (codes < 0xD800)) | ((codes >= 0xE000) & (codes < 0xFFFE))
        odd = np.flatnonzero(~plain)
        if odd.size <= n // 8:
            if odd.size:
                codes[odd] = np.fromiter(map(_unicode, repeat(tpp, odd.size), odd.tolist()), dtype=np.int64, count=odd.size)
            return codes
    # map() over prototype-free calls: no Python loop body, no per-argument conversion
    return np.fromiter(map(_unicode, repeat(tpp, n), range(n)), dtype=np.int64, count=n)


_SPACE_CODE = np.array([chr(c) in _SPACES for c in range(0x3001)] + [False], dtype=bool)  # code (capped) -> white space
_DIRECT = np.zeros(0x10000, dtype=bool)  # code -> its text is chr(code) (``_char_text``), BMP only
_DIRECT[32:127] = _DIRECT[160:0xD800] = _DIRECT[0xE000:0xFFFE] = True
_DIRECT[[c for c in range(160) if (c < 32 or c >= 127) and chr(c).isspace()]] = True  # control codes that are white space


def _kept_text(tpp, codes: np.ndarray, at: np.ndarray) -> list[str]:
    """``_char_text`` of each of ``codes`` (the chars ``at``), a line-end hyphen PDFium found for a control code."""
    text = list(map(chr, np.where(_DIRECT[np.minimum(codes, 0xFFFF)] & (codes < 0x10000), codes, 32).tolist()))
    for k in np.flatnonzero(~(_DIRECT[np.minimum(codes, 0xFFFF)] & (codes < 0x10000))).tolist():
        c = int(codes[k])
        t = _char_text(c)
        if c < 32 and not t.isspace() and _is_hyphen(tpp, int(at[k])):
            t = "-"  # a hyphen glyph without a Unicode map that PDFium recognised at a line end
        text[k] = t
    return text


def _chars(tp, space: PageSpace) -> RawChars:
    n = R.FPDFText_CountChars(tp)
    if n <= 0:
        return _no_chars()
    tpp = _vp(ctypes.cast(tp, ctypes.c_void_p).value)
    codes = _char_codes(tpp, n)
    if int(codes.max()) > 0x10FFFF:
        chr(int(codes.max()))  # no Unicode character: chr's ValueError, as making the text gave it
    # white space (str.isspace of the char's text, _char_text's included) by table: its text is chr(code)
    # for every code below U+3001, or a (cid:N) / "-" that is no space
    blank = _SPACE_CODE[np.minimum(codes, _SPACE_CODE.size - 1)]
    objs = np.fromiter(map(_text_object, repeat(tpp, n), range(n)), dtype=np.uint64, count=n)
    # generated characters (the spaces and line breaks PDFium infers) are skipped: most have no text
    # object, the spaces it puts between two words of one object do, so white space is asked
    bi = np.flatnonzero(blank)
    objs[bi[np.fromiter(map(_is_generated, repeat(tpp, bi.size), bi.tolist()), dtype=np.int64, count=bi.size) != 0]] = 0
    idx = np.flatnonzero(objs)
    if idx.size == 0:
        return _no_chars()
    # boxes and origins of the kept chars only (about one char in nine is generated): row k is char idx[k]
    m = idx.size
    at = idx.tolist()
    _BOXES.reserve(m)
    _ORIGINS.reserve(m)
    _run(_loose_box, repeat(tpp, m), at, _BOXES.ptrs[0][:m])  # FS_RECTF: left, top, right, bottom (user space)
    _run(_origin, repeat(tpp, m), at, _ORIGINS.ptrs[0][:m], _ORIGINS.ptrs[1][:m])  # the pen position: pdfminer's x0
    boxes = _BOXES.a[:m].copy()
    origins = _ORIGINS.a[:m].copy()
    text = _kept_text(tpp, codes[idx], idx)
    uniq, first, inverse = np.unique(objs[idx], return_index=True, return_inverse=True)
    font_names: dict[int, str] = {}  # per page: PDFium's font handles die with their document
    rows = _objects_info(tpp, uniq.tolist(), idx[first].tolist(), space, font_names)
    names, c_size, c_up, c_horiz, c_desc, c_faddr, o_font_obj, c_scale = map(list, zip(*rows))  # the rows' columns
    o_size = np.array(c_size, dtype=np.float64)
    o_up = np.array(c_up, dtype=bool)
    o_horiz = np.array(c_horiz, dtype=bool)
    o_desc = np.array(c_desc, dtype=np.float64)
    font_ids: dict[str, int] = {}
    o_font = np.array([font_ids.setdefault(name, len(font_ids)) for name in names], dtype=np.int32)
    oi = inverse.reshape(-1)
    b = boxes.astype(np.float64)
    # everything in page space (y down, page rotation applied): "horizontal" is as the page shows it
    lx0, ltop, lx1, lbottom = space.box(b[:, 0], b[:, 3], b[:, 2], b[:, 1])
    ux, uy = origins[:, 0], origins[:, 1]
    ox, oy, _, _ = space.box(ux, uy, ux, uy)
    horiz = o_horiz[oi]
    scale = np.array(c_scale, dtype=np.float64)
    # PDFium's loose box is the advance box united with the glyph's: a glyph that overhangs (italic
    # f, y) widens it.  pdfminer's box is the advance box: from the origin (the pen position) to the
    # origin plus the advance width, the font's /Widths entry, which FPDFFont_GetGlyphWidth reads
    # for a character given by its Unicode value.
    wbuf = ctypes.c_float()
    wref = ctypes.byref(wbuf)
    font_slot: dict[int, int] = {}
    o_fslot = np.array([font_slot.setdefault(fa, len(font_slot)) for fa in c_faddr], dtype=np.int64)
    code_k = codes[idx]
    pairs, pair_of = np.unique(o_fslot[oi] * 0x110000 + code_k, return_inverse=True)  # one C call per (font, code)
    slot_font = {slot: o_font_obj[k] for k, slot in reversed(list(enumerate(o_fslot.tolist())))}
    pair_w = np.array(
        [
            wbuf.value if (font := slot_font[int(p) // 0x110000]) and _glyph_width(font, int(p) % 0x110000, _ONE, wref) else -1.0
            for p in pairs.tolist()
        ],
        dtype=np.float64,
    )
    adv = pair_w[pair_of.reshape(-1)]
    x1_adv = ox + adv * scale[oi]
    good = horiz & (adv >= 0) & (x1_adv <= lx1 + 0.01)  # the loose box contains the advance box
    # PDFium splits a ligature glyph (fi) into its letters at one origin, each with the ligature's box:
    # they keep that box, as pdfminer's one ligature character has it
    objs_k = objs[idx]
    shared = (ox[1:] == ox[:-1]) & (objs_k[1:] == objs_k[:-1])
    ligature = np.zeros(idx.size, dtype=bool)
    ligature[1:] |= shared
    ligature[:-1] |= shared
    good &= ~ligature
    if ligature.any():  # the ligature's own advance, where the font maps its code point (U+FB00 ...)
        for a in np.flatnonzero(ligature & ~np.r_[False, shared]).tolist():
            e = a + 1
            while e < idx.size and shared[e - 1]:
                e += 1
            point = _LIGATURE_POINTS.get("".join(text[a:e]))
            font = o_font_obj[oi[a]]
            if point is not None and font and _glyph_width(font, point, _ONE, wref):
                x1 = ox[a] + wbuf.value * scale[oi[a]]
                if ox[a] < x1 <= lx1[a] + 0.01 and horiz[a]:
                    x1_adv[a:e] = x1
                    good[a:e] = True
    px0 = np.where(horiz, ox, lx0)
    px1 = np.where(good, x1_adv, lx1)
    # pdfminer's box for horizontal text: from baseline + descent, one font size high
    pbottom = np.where(horiz, oy - o_desc[oi], lbottom)
    ptop = np.where(horiz, pbottom - o_size[oi], ltop)
    return RawChars(
        text=text,
        x0=px0,
        x1=px1,
        top=ptop,
        bottom=pbottom,
        size=o_size[oi],
        font=list(map(names.__getitem__, oi.tolist())),
        upright=o_up[oi],
        font_id=o_font[oi],
        space=blank[idx],
    )


_m = R.FS_MATRIX()
_fsize, _desc = ctypes.c_float(), ctypes.c_float()
_m_ref, _fsize_ref, _desc_ref = ctypes.byref(_m), ctypes.byref(_fsize), ctypes.byref(_desc)


def _object_info(tpp, obj_addr: int, char: int, space: PageSpace, font_names: dict[int, str]) -> tuple:
    """(font name, size, upright, horizontal, descent, font address, font, x scale) of a text object,
    read at its first char, in page space (the char matrix composed with the page rotation)."""
    m = _m
    _char_matrix(tpp, char, _m_ref)
    a, b, c, d = space.compose((m.a, m.b, m.c, m.d))
    obj = _vp(obj_addr)
    tf = _fsize.value if _obj_font_size(obj, _fsize_ref) else 0.0
    font = _obj_font(obj)
    name = ""
    descent = 0.0
    size = abs(tf * d) if abs(b) < 1e-9 else abs(tf) * math.hypot(b, d)
    size = round(size, 4)  # float32 products: sizes pdfminer finds equal must compare equal in the run grouping
    font_addr = 0
    if font:
        font_addr = font.value or 0
        name = font_names.get(font_addr)
        if name is None:
            name = font_names[font_addr] = _font_name(font)
        if _font_descent(font, ctypes.c_float(size), _desc_ref):
            descent = _desc.value
        if not -MAX_DESCENT * size <= descent <= 0:
            # PDFium measures a font without /Descent in its descriptor from the font program (a symbol
            # font's bounding box: a full em below the baseline); pdfminer takes 0 then
            descent = 0.0
    horizontal = abs(b) < 1e-9 and abs(c) < 1e-9 and a > 0 and d > 0
    return name, size, a * d > 0 and b * c <= 0, horizontal, descent, font_addr, font, tf * a


_OBJ_MATS = _Slots(6, np.float32, 1024)  # FPDFText_GetMatrix: an FS_MATRIX per text object (at its first char)
_OBJ_SIZES = _Slots(1, np.float32, 1024)  # FPDFTextObj_GetFontSize: a float per text object


def _objects_info(tpp, obj_addrs: list[int], chars: list[int], space: PageSpace, font_names: dict[int, str]) -> list[tuple]:
    """:func:`_object_info` of every text object of a page (``chars``: the first char of each), in order.

    A page has hundreds of text objects: their matrices, font sizes and fonts are read by C-speed
    ``map`` calls and composed with numpy (the same float64 operations as :func:`_object_info`), the
    descent asked once per (font, size); a call that fails sends the page through :func:`_object_info`,
    object by object."""
    n = len(obj_addrs)
    mats, sizes = _OBJ_MATS, _OBJ_SIZES
    mats.reserve(n)
    sizes.reserve(n)
    objs = list(map(_vp, obj_addrs))
    got_m = np.fromiter(map(_char_matrix, repeat(tpp, n), chars, mats.ptrs[0][:n]), dtype=np.int64, count=n)
    got_s = np.fromiter(map(_obj_font_size, objs, sizes.ptrs[0][:n]), dtype=np.int64, count=n)
    if not got_m.all():  # (a char index PDFium cannot read: never for its own chars)
        return [_object_info(tpp, o, k, space, font_names) for o, k in zip(obj_addrs, chars)]
    fonts = list(map(_obj_font, objs))
    m = mats.a[:n, :4].astype(np.float64)
    ra, rb, rc, rd = space.ctm[:4]
    a, b = m[:, 0] * ra + m[:, 1] * rc, m[:, 0] * rb + m[:, 1] * rd  # PageSpace.compose, column-wise
    c, d = m[:, 2] * ra + m[:, 3] * rc, m[:, 2] * rb + m[:, 3] * rd
    tf = np.where(got_s != 0, sizes.a[:n, 0].astype(np.float64), 0.0)
    axis = np.abs(b) < 1e-9
    size = np.abs(tf * d).tolist()
    for i in np.flatnonzero(~axis).tolist():
        size[i] = abs(float(tf[i])) * math.hypot(float(b[i]), float(d[i]))
    size = [round(v, 4) for v in size]  # float32 products: sizes pdfminer finds equal must compare equal in the run grouping
    upright = ((a * d > 0) & (b * c <= 0)).tolist()
    horizontal = (axis & (np.abs(c) < 1e-9) & (a > 0) & (d > 0)).tolist()
    # per distinct font and (font, size) once; the objects' columns by C-speed map over those tables
    addrs = [(font.value or 0) if font else 0 for font in fonts]
    for font_addr, font in dict(zip(addrs, fonts)).items():
        if font_addr and font_addr not in font_names:
            font_names[font_addr] = _font_name(font)
    names = list(map(font_names.get, addrs, repeat("")))  # (no font: address 0, never a key)
    by_addr = dict(zip(addrs, fonts))
    descent_of: dict[tuple[int, float], float] = {}
    for font_addr, sz in dict.fromkeys(zip(addrs, size)):
        descent = 0.0
        if font_addr:
            descent = _desc.value if _font_descent(by_addr[font_addr], ctypes.c_float(sz), _desc_ref) else 0.0
            if not -MAX_DESCENT * sz <= descent <= 0:
                descent = 0.0  # a font program's bounding box, not a text metric (see _object_info)
        descent_of[(font_addr, sz)] = descent
    descents = list(map(descent_of.__getitem__, zip(addrs, size)))
    return list(zip(names, size, upright, horizontal, descents, addrs, fonts, (tf * a).tolist()))


def _no_chars() -> RawChars:
    e = np.zeros(0)
    return RawChars([], e, e, e, e, e, [], np.zeros(0, dtype=bool), np.zeros(0, dtype=np.int32), np.zeros(0, dtype=bool))


def chars_to_words(ch: RawChars, x_tolerance_ratio: float, y_tolerance: float) -> list[tuple]:
    """pdfplumber's ``extract_words(x_tolerance_ratio=..., y_tolerance=...)`` over these chars.

    Returns (text, x0, x1, top, bottom, size, font, upright) per word, in
    pdfplumber's order: runs of (upright, font, size) in content order, lines
    by cluster top within a run, words left to right within a line.
    """
    n = len(ch.text)
    if n == 0:
        return []
    # 1. runs of consecutive chars with equal (upright, fontname, size): pdfplumber's itertools.groupby
    change = np.ones(n, dtype=bool)
    change[1:] = (ch.upright[1:] != ch.upright[:-1]) | (ch.font_id[1:] != ch.font_id[:-1]) | (ch.size[1:] != ch.size[:-1])
    run = np.cumsum(change) - 1
    # 2. lines: within a run, distinct tops sorted and chained while each is within y_tolerance of the last
    order = np.lexsort((ch.top, run))
    t_sorted, r_sorted = ch.top[order], run[order]
    new_cluster = np.ones(n, dtype=bool)
    new_cluster[1:] = (r_sorted[1:] != r_sorted[:-1]) | (t_sorted[1:] - t_sorted[:-1] > y_tolerance)
    cluster_sorted = np.cumsum(new_cluster) - 1
    cluster = np.empty(n, dtype=np.int64)
    cluster[order] = cluster_sorted
    # pdfplumber clusters *distinct* top values: chars with one top value share its cluster (done, as
    # equal tops sit side by side in the sort); within a line chars sort stably by x0
    seq = np.lexsort((ch.x0, cluster))  # stable: ties keep content order
    # 3. word breaks along the sequence
    text = ch.text
    ws = ch.space if ch.space is not None else np.fromiter(map(_SPACES.__contains__, text), dtype=bool, count=n)
    s_ws = ws[seq]
    s_cl = cluster[seq]
    x0, x1, top, size = ch.x0[seq], ch.x1[seq], ch.top[seq], ch.size[seq]
    brk = np.ones(n, dtype=bool)
    prev_ok = ~s_ws[:-1]
    tol = x_tolerance_ratio * size[:-1]
    geom = (x0[1:] < x0[:-1]) | (x0[1:] > x1[:-1] + tol) | (np.abs(top[1:] - top[:-1]) > y_tolerance)
    brk[1:] = (s_cl[1:] != s_cl[:-1]) | ~prev_ok | geom
    keep = ~s_ws
    brk &= keep
    # word ids over kept chars
    kept = np.flatnonzero(keep)
    if kept.size == 0:
        return []
    word_id = np.cumsum(brk[kept]) - 1
    starts = np.flatnonzero(np.r_[True, word_id[1:] != word_id[:-1]])
    ends = np.r_[starts[1:], kept.size]
    sk = seq[kept]
    wx0 = np.minimum.reduceat(ch.x0[sk], starts)
    wx1 = np.maximum.reduceat(ch.x1[sk], starts)
    wtop = np.minimum.reduceat(ch.top[sk], starts)
    wbot = np.maximum.reduceat(ch.bottom[sk], starts)
    first = sk[starts].tolist()
    if not LIGATURES.keys().isdisjoint(text):
        text = [LIGATURES.get(t, t) for t in text]
    ordered = list(map(text.__getitem__, sk.tolist()))
    words = ["".join(ordered[s:e]) for s, e in zip(starts.tolist(), ends.tolist())]
    sizes = ch.size[first].tolist()
    fonts = list(map(ch.font.__getitem__, first))
    upright = ch.upright[first].tolist()
    return list(zip(words, wx0.tolist(), wx1.tolist(), wtop.tolist(), wbot.tolist(), sizes, fonts, upright))


# ---- page objects: images and rules --------------------------------------------------------------

_OBJ_TEXT, _OBJ_PATH, _OBJ_IMAGE, _OBJ_SHADING, _OBJ_FORM = 1, 2, 3, 4, 5
_SEG_LINETO, _SEG_BEZIERTO, _SEG_MOVETO = 0, 1, 2
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _mul(m, n):
    """m then n (PDF row-vector convention: point * m * n)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _apply(m, x, y):
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


_fm = R.FS_MATRIX()
_fm_ref = ctypes.byref(_fm)


def _matrix(obj) -> tuple:
    fm = _fm
    if not _object_matrix(obj, _fm_ref):
        return _IDENTITY
    return (fm.a, fm.b, fm.c, fm.d, fm.e, fm.f)


ObjectList = tuple[list, list[int]]  # (object handles, their FPDF_PAGEOBJ_* types), in content order


def page_object_list(page_raw) -> ObjectList:
    """The page's top-level objects and their types."""
    n = _page_count(page_raw)
    objs = list(map(_page_object, repeat(page_raw, n), range(n))) if n > 0 else []
    return objs, list(map(_object_type, objs))


def form_object_list(form, n: int | None = None) -> ObjectList:
    """A form XObject's objects (its ``n`` objects, when counted already) and their types."""
    if n is None:
        n = _form_count(form)
    objs = list(map(_form_object, repeat(form, n), range(n))) if n > 0 else []
    return objs, list(map(_object_type, objs))


def path_subpaths(obj, ctm, px, py) -> Iterator[list[tuple[str, float, float]]]:
    """A path object's subpaths as pdfminer builds them: ``[("m"|"l"|"c"|"h", x, y), ...]`` in PDF
    space under ``ctm``, a Bézier segment kept by its end point only (an empty first one when the
    path does not open with a move). ``px``/``py`` are reused ctypes floats."""
    m = _mul(_matrix(obj), ctm)
    subpath: list[tuple[str, float, float]] = []
    bezier = 0
    pxr, pyr = ctypes.byref(px), ctypes.byref(py)
    for i in range(_count_segments(obj)):
        seg = _path_segment(obj, i)
        kind = _segment_type(seg)
        if kind == _SEG_BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue  # control points: pdfminer keeps a curve segment's end point only
        else:
            bezier = 0
        _segment_point(seg, pxr, pyr)
        x, y = _apply(m, px.value, py.value)
        if kind == _SEG_MOVETO:
            yield subpath
            subpath = [("m", x, y)]
        else:
            subpath.append(("c" if kind == _SEG_BEZIERTO else "l", x, y))
        if _segment_close(seg) and subpath:
            subpath.append(("h", subpath[0][1], subpath[0][2]))
    yield subpath


_SEG = _Slots(2, np.float32, 4096, (0, 4))  # FPDFPathSegment_GetPoint: a float32 (x, y) per segment
_SHAPE_CODES = np.frombuffer(b"lcm", dtype=np.uint8)  # segment type (LINETO 0, BEZIERTO 1, MOVETO 2) -> letter


def path_pieces(obj, ctm, space: PageSpace, n: int | None = None) -> list[tuple[str, list[tuple[float, float]], list[tuple[float, float]]]]:
    """:func:`path_subpaths` of a path object, the subpaths the classifiers read (opening with a move,
    two or more points), each as (shape, points in PDF space, the same points in page space).

    The same subpaths and points as :func:`path_subpaths` (tests compare them); the segments are read
    by C-speed ``map`` calls into one buffer and transformed with numpy (the same float64 arithmetic,
    operation by operation), not by four Python-level calls and a generator step per segment."""
    if n is None:  # the segment count, when the caller has not read it
        n = _count_segments(obj)
    if n <= 0:
        return []
    if n <= SMALL_PATH_SEGMENTS:
        return _small_path_pieces(obj, n, ctm, space)
    kinds, closes, xy = _segments(obj, n)
    kinds = kinds.astype(np.int64)
    # pdfminer keeps a curve segment's end point only: the 3rd, 6th ... Bézier point of a run
    bez = kinds == _SEG_BEZIERTO
    pos = np.arange(n)
    run_pos = pos - np.maximum.accumulate(np.where(bez, -1, pos))
    kept = np.flatnonzero(~bez | (run_pos % 3 == 0))
    kinds, closes = kinds[kept], closes[kept]
    moves = np.flatnonzero(kinds == _SEG_MOVETO)
    if moves.size == 0:
        return []  # no subpath opens with a move
    xy = xy[kept].astype(np.float64)
    m = _mul(_matrix(obj), ctm)
    ux = m[0] * xy[:, 0] + m[2] * xy[:, 1] + m[4]
    uy = m[1] * xy[:, 0] + m[3] * xy[:, 1] + m[5]
    px, py = space.point(ux, uy)  # plain arithmetic: the same expression over arrays
    letters = _SHAPE_CODES[np.where((kinds >= 0) & (kinds <= 2), kinds, 0)].tobytes().decode("ascii")
    pts = list(zip(ux.tolist(), uy.tolist()))
    ppts = list(zip(px.tolist(), py.tolist()))
    ends = np.r_[moves[1:], kinds.size].tolist()
    close_at = np.flatnonzero(closes).tolist()
    out = []
    ci = 0
    for s, e in zip(moves.tolist(), ends):
        while ci < len(close_at) and close_at[ci] < s:
            ci += 1
        if ci < len(close_at) and close_at[ci] < e:  # closed: an "h" back to the first point after each
            shape, sp, spp = [], [], []
            for k in range(s, e):
                shape.append(letters[k])
                sp.append(pts[k])
                spp.append(ppts[k])
                if closes[k]:
                    shape.append("h")
                    sp.append(pts[s])
                    spp.append(ppts[s])
            out.append(("".join(shape), sp, spp))
        elif e - s >= 2:
            out.append((letters[s:e], pts[s:e], ppts[s:e]))
    return out


# PDFium keeps a path's segments as one array of ``CFX_Path::Point`` {float x, y; uint8 type; bool
# close} (12 bytes), and ``FPDFPath_GetPathSegment`` returns a pointer into it.  Reading the array at
# once replaces four calls per segment (a drawing has tens of thousands) with two per path.  The
# layout is PDFium's, not its API's: every path checks that its first and last segments sit where the
# layout puts them and read back as the API reads them, else the segments are read call by call.
_POINT = np.dtype([("x", "<f4"), ("y", "<f4"), ("type", "u1"), ("close", "u1"), ("pad", "V2")])
_POINT_STRUCT = struct.Struct("<ffBB2x")
_px, _py = _flt(), _flt()
_px_ref, _py_ref = ctypes.byref(_px), ctypes.byref(_py)


def _segment_block(obj, n: int) -> bytes | None:
    """The ``n`` segments of a path object as PDFium holds them (``_POINT`` records), or None when the
    layout check fails."""
    first = _path_segment(obj, 0)
    last = _path_segment(obj, n - 1) if n > 1 else first
    a, z = first.value or 0, last.value or 0
    if a and z - a == _POINT.itemsize * (n - 1):
        block = ctypes.string_at(a, _POINT.itemsize * n)
        x, y, kind, close = _POINT_STRUCT.unpack_from(block, _POINT.itemsize * (n - 1))
        _segment_point(last, _px_ref, _py_ref)
        if kind == _segment_type(last) and bool(close) == bool(_segment_close(last)) and x == _px.value and y == _py.value:
            return block
    return None


def _segment_rows(obj, n: int) -> list[tuple[float, float, int, int]]:
    """(x, y, type, close) of a path object's ``n`` segments."""
    block = _segment_block(obj, n)
    if block is not None:
        return list(_POINT_STRUCT.iter_unpack(block))
    kinds, closes, xy = _segments_by_call(obj, n)
    return list(zip(*xy.T.tolist(), kinds.tolist(), closes.tolist()))


def _segments(obj, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(types, closes, float32 (x, y) points) of a path object's ``n`` segments."""
    block = _segment_block(obj, n)
    if block is not None:
        raw = np.frombuffer(block, dtype=_POINT)
        return raw["type"].astype(np.int8), raw["close"].astype(bool), np.stack([raw["x"], raw["y"]], axis=1)
    return _segments_by_call(obj, n)


def _segments_by_call(obj, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`_segments` through the API, four calls per segment."""
    segs = list(map(_path_segment, repeat(obj, n), range(n)))
    kinds = np.fromiter(map(_segment_type, segs), dtype=np.int8, count=n)
    closes = np.fromiter(map(_segment_close, segs), dtype=bool, count=n)
    buf = _SEG
    buf.reserve(n)
    _run(_segment_point, segs, buf.ptrs[0][:n], buf.ptrs[1][:n])
    return kinds, closes, buf.a[:n].copy()


SMALL_PATH_SEGMENTS = 96  # below this many segments numpy's per-call cost outweighs its per-segment saving


def _small_path_pieces(obj, n: int, ctm, space: PageSpace) -> list:
    """:func:`path_pieces` for a short path: the same arithmetic on Python floats, one loop."""
    rows = _segment_rows(obj, n)
    m0, m1, m2, m3, m4, m5 = _mul(_matrix(obj), ctm)
    a, b, c, d, e, f = space.ctm
    axis = b == 0 and c == 0
    mb_x0, height, mb_top = space.mb_x0, space.height, space.mb_top
    out = []
    shape = None
    bezier = 0
    for x, y, kind, close in rows:
        if kind == _SEG_BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue  # control points: pdfminer keeps a curve segment's end point only
        else:
            bezier = 0
        ux = m0 * x + m2 * y + m4
        uy = m1 * x + m3 * y + m5
        if axis:
            px, py = a * ux + e, d * uy + f
        else:
            px, py = c * uy + e, b * ux + f
        pp = (px + mb_x0, height - py + mb_top)
        if kind == _SEG_MOVETO:
            if shape is not None and len(shape) >= 2:
                out.append(("".join(shape), pts, ppts))
            shape, pts, ppts = ["m"], [(ux, uy)], [pp]
        elif shape is not None:
            shape.append("c" if kind == _SEG_BEZIERTO else "l")
            pts.append((ux, uy))
            ppts.append(pp)
        else:
            continue  # before the first move: no subpath the classifiers read
        if close:
            shape.append("h")
            pts.append(pts[0])
            ppts.append(ppts[0])
    if shape is not None and len(shape) >= 2:
        out.append(("".join(shape), pts, ppts))
    return out



_segment_address = _fn("FPDFPath_GetPathSegment", ctypes.c_size_t)  # the segment's address, 0 for none


_MATS = _Slots(6, np.float32, 1024)  # FPDFPageObj_GetMatrix: an FS_MATRIX (six float32) per object


def _matrices(objs: list, ctms: list[tuple]) -> np.ndarray:
    """``_mul(_matrix(obj), ctm)`` of every object, as float64 rows (a, b, c, d, e, f): the matrices read
    by one C-speed ``map``, composed with numpy in :func:`_mul`'s operations and order."""
    n = len(objs)
    buf = _MATS
    buf.reserve(n)
    ok = np.fromiter(map(_object_matrix, objs, buf.ptrs[0][:n]), dtype=np.int64, count=n) != 0
    m = buf.a[:n].astype(np.float64)
    m[~ok] = _IDENTITY
    a, b, c, d, e, f = m.T
    A, B, C, D, E, F = np.array(ctms, dtype=np.float64).reshape(n, 6).T
    return np.stack([a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F], axis=1)


def _segment_blocks(objs: list, counts: list[int]) -> bytes:
    """The segments of every path object (``counts`` of them each), as PDFium holds them (``_POINT``
    records), one after the other: :func:`_segment_block`'s layout check for each path, its calls made
    by C-speed ``map`` over all paths; a path that fails the check is read call by call."""
    n = len(objs)
    first = list(map(_segment_address, objs, repeat(0, n)))
    last = list(map(_segment_address, objs, [k - 1 for k in counts]))
    size = _POINT.itemsize
    laid = [bool(a) and z - a == size * (k - 1) for a, z, k in zip(first, last, counts)]
    blocks = [ctypes.string_at(a, size * k) if ok else b"" for a, k, ok in zip(first, counts, laid)]
    idx = [i for i, ok in enumerate(laid) if ok]
    if idx:  # the last segment of each must read back as the API reads it
        ends = list(map(_vp, [last[i] for i in idx]))
        kinds = np.fromiter(map(_segment_type, ends), dtype=np.int64, count=len(idx))
        closes = np.fromiter(map(_segment_close, ends), dtype=np.int64, count=len(idx)) != 0
        pts = _SEG
        pts.reserve(len(idx))
        _run(_segment_point, ends, pts.ptrs[0][: len(idx)], pts.ptrs[1][: len(idx)])
        tail = np.frombuffer(b"".join(blocks[i][-size:] for i in idx), dtype=_POINT)
        same = (tail["type"] == kinds) & ((tail["close"] != 0) == closes) & (tail["x"] == pts.a[: len(idx), 0]) & (tail["y"] == pts.a[: len(idx), 1])
        for k in np.flatnonzero(~same).tolist():
            laid[idx[k]] = False
    for i, ok in enumerate(laid):
        if not ok:
            blocks[i] = _packed_by_call(objs[i], counts[i])
    return b"".join(blocks)


def _packed_by_call(obj, n: int) -> bytes:
    """A path's segments read through the API (:func:`_segments_by_call`), packed as ``_POINT`` records."""
    kinds, closes, xy = _segments_by_call(obj, n)
    rec = np.zeros(n, dtype=_POINT)
    rec["x"], rec["y"], rec["type"], rec["close"] = xy[:, 0], xy[:, 1], kinds.astype(np.uint8), closes
    return rec.tobytes()


_RECT_SHAPES = frozenset(("mlllh", "mllll"))  # pdfminer's rectangle candidates (then _square)


def page_path_pieces(paths: list[tuple], space: PageSpace, pdf_points: bool = True) -> list[list[tuple[str, list | None, list]]]:
    """:func:`path_pieces` of many path objects at once (``paths``: (object, ctm, segment count) in
    walk order): one list of pieces per path, equal to its :func:`path_pieces` (tests compare them),
    with the closing ``lh`` of a subpath that ends back at its start folded into ``h`` (as the
    classifiers read it).  With ``pdf_points`` False (for :func:`page_objects`) a piece's PDF-space
    points are made only for the rectangle candidates (the only ones that read them, through
    :func:`_square`), else None, and each piece carries its page-space box (x0, x1, top, bottom).

    The page's segments are read path by path (:func:`_segment_block`, its layout check per path) into
    one buffer, and the point arithmetic, the Bézier control points and the subpath bounds are
    worked out with numpy over the whole page (the same float64 operations in the same order as
    :func:`_small_path_pieces`, so the values are bit for bit the same); only the pieces themselves
    are made in Python, by slicing."""
    if not paths:
        return []
    objs = [p[0] for p in paths]
    counts = [p[2] for p in paths]
    blocks = _segment_blocks(objs, counts)
    mats = _matrices(objs, [p[1] for p in paths])
    raw = np.frombuffer(blocks, dtype=_POINT)
    counts_a = np.array(counts, dtype=np.int64)
    starts = np.r_[0, np.cumsum(counts_a)[:-1]]
    total = raw.size
    path_of = np.repeat(np.arange(len(paths)), counts_a)
    kinds = raw["type"].astype(np.int8).astype(np.int64)
    closes = raw["close"] != 0
    # pdfminer keeps a curve segment's end point only: the 3rd, 6th ... Bézier point of a run; a run
    # never carries over from one path to the next
    pos = np.arange(total)
    bez = kinds == _SEG_BEZIERTO
    mark = np.where(bez, -1, pos)
    first_bez = starts[bez[starts]]
    mark[first_bez] = first_bez - 1
    run_pos = pos - np.maximum.accumulate(mark)
    kept = np.flatnonzero(~bez | (run_pos % 3 == 0))
    kinds, closes, path_of = kinds[kept], closes[kept], path_of[kept]
    is_move = kinds == _SEG_MOVETO
    path_first = np.searchsorted(path_of, np.arange(len(paths)))  # each path's first kept segment
    m = mats[path_of]
    x = raw["x"][kept].astype(np.float64)
    y = raw["y"][kept].astype(np.float64)
    ux = m[:, 0] * x + m[:, 2] * y + m[:, 4]
    uy = m[:, 1] * x + m[:, 3] * y + m[:, 5]
    px, py = space.point(ux, uy)  # plain arithmetic: the same expression over arrays
    letters = _SHAPE_CODES[np.where((kinds >= 0) & (kinds <= 2), kinds, 0)].tobytes().decode("ascii")
    ppts = list(zip(px.tolist(), py.tolist()))
    pts = list(zip(ux.tolist(), uy.tolist())) if pdf_points else None

    def points(s: int, e: int) -> list[tuple[float, float]]:  # the PDF-space points of segments s .. e-1
        return pts[s:e] if pts is not None else list(zip(ux[s:e].tolist(), uy[s:e].tolist()))

    # subpaths: from each move to the next move or the path's end (segments before a path's first
    # move belong to none)
    out: list[list] = [[] for _ in paths]
    sub_start = np.flatnonzero(is_move)
    if sub_start.size == 0:
        return out
    ends = np.r_[sub_start[1:], kept.size]
    path_end = np.r_[path_first[1:], kept.size]  # a path's kept segments end where the next path's begin
    sub_path = path_of[sub_start]
    ends = np.minimum(ends, path_end[sub_path])
    n_close = np.cumsum(np.r_[0, closes.astype(np.int64)])
    sub_closes = n_close[ends] - n_close[sub_start]
    last_close = closes[ends - 1]
    back = (ux[ends - 1] == ux[sub_start]) & (uy[ends - 1] == uy[sub_start])  # the last point is the first
    if not pdf_points:  # each subpath's page-space box: min/max over its points (an "h" repeats the first)
        bounds = np.empty(2 * sub_start.size, dtype=np.int64)
        bounds[0::2], bounds[1::2] = sub_start, ends
        boxes = zip(*(fn.reduceat(np.r_[v, 0.0], bounds)[0::2].tolist() for fn, v in ((np.minimum, px), (np.maximum, px), (np.minimum, py), (np.maximum, py))))
    else:
        boxes = repeat(None)
    rows = zip(sub_start.tolist(), ends.tolist(), sub_path.tolist(), sub_closes.tolist(), last_close.tolist(), back.tolist(), boxes)
    for s, e, p, nc, lc, bk, box in rows:
        if nc == 0:
            if e - s < 2:
                continue
            shape, spp = letters[s:e], ppts[s:e]
            sp = points(s, e) if pts is not None or shape in _RECT_SHAPES else None
        elif nc == 1 and lc:  # closed at its end only
            if e - s >= 3 and letters[e - 1] == "l" and bk:  # its last line back to the start and the close: one "h"
                shape, spp = letters[s : e - 1] + "h", ppts[s:e]
                sp = points(s, e) if pts is not None or shape in _RECT_SHAPES else None
            else:
                shape, spp = letters[s:e] + "h", ppts[s:e]
                spp.append(spp[0])
                sp = None
                if pts is not None or shape in _RECT_SHAPES:
                    sp = points(s, e)
                    sp.append(sp[0])
        else:
            seg_pts = points(s, e)
            shape_l, sp, spp = [], [], []
            for k in range(s, e):
                shape_l.append(letters[k])
                sp.append(seg_pts[k - s])
                spp.append(ppts[k])
                if closes[k]:
                    shape_l.append("h")
                    sp.append(seg_pts[0])
                    spp.append(ppts[s])
            shape = "".join(shape_l)
            if len(shape) > 3 and shape[-2:] == "lh" and sp[-2] == sp[0]:
                shape, sp, spp = shape[:-2] + "h", sp[:-1], spp[:-1]
        out[p].append((shape, sp, spp) if pdf_points else (shape, sp, spp, box))
    return out


def page_objects(
    page: pdfium.PdfPage, space: PageSpace, min_image_side: float = 30.0, subpaths=None, objects: ObjectList | None = None
) -> PageObjects:
    """Image boxes (at least ``min_image_side`` on both sides) and horizontal rules of the page
    (``objects``: its :func:`page_object_list`, when already made).

    ``subpaths``, when given, also receives every subpath of every path (``subpaths.add(shape, pts,
    page_pts)``, as :func:`path_pieces` makes them; with ``kind`` and ``box`` too when the sink says
    ``takes_kind``), drawings included: one walk of the page objects for the rules and the vector
    geometry (:class:`~pipeline.ingest.pdf.pdfium_tables.PathSink`).  The paths are read after the
    walk, all at once (:func:`page_path_pieces`), in walk order."""
    images: list[tuple[float, float, float, float]] = []
    rules: list[tuple[float, float, float]] = []
    l, b, r, t = _flt(), _flt(), _flt(), _flt()
    add = subpaths.add if subpaths is not None else None

    def bounds(obj, ctm) -> tuple[float, float, float, float] | None:
        if not R.FPDFPageObj_GetBounds(obj, l, b, r, t):
            return None
        if ctm is _IDENTITY:
            return l.value, b.value, r.value, t.value
        pts = [_apply(ctm, x, y) for x, y in ((l.value, b.value), (r.value, b.value), (l.value, t.value), (r.value, t.value))]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        return min(xs), min(ys), max(xs), max(ys)

    path_objs: list = []  # every path object, in walk order, and the ctm it is drawn under
    path_ctms: list[tuple] = []

    def walk(objs, kinds, ctm, depth) -> None:
        if _OBJ_IMAGE not in kinds and _OBJ_FORM not in kinds:  # paths and text only (most containers): at C speed
            before = len(path_objs)
            path_objs.extend(compress(objs, map(_OBJ_PATH.__eq__, kinds)))
            path_ctms.extend(repeat(ctm, len(path_objs) - before))
            return
        for obj, kind in zip(objs, kinds):
            if kind == _OBJ_IMAGE:
                bb = bounds(obj, ctm)
                if bb is not None:
                    x0, top, x1, bottom = space.box(*bb)
                    if x1 - x0 >= min_image_side and bottom - top >= min_image_side:
                        images.append((float(x0), float(top), float(x1), float(bottom)))
            elif kind == _OBJ_PATH:
                path_objs.append(obj)
                path_ctms.append(ctm)
            elif kind == _OBJ_FORM and depth < 8:
                inner = _mul(_matrix(obj), ctm)
                walk(*form_object_list(obj), inner, depth + 1)

    walk(*(objects if objects is not None else page_object_list(page.raw)), _IDENTITY, 0)
    # the paths to read: (object, ctm, segment count); a long path only when a sink takes drawings
    every = add is not None
    paths = [
        (obj, ctm, n)
        for obj, ctm, n in zip(path_objs, path_ctms, map(_count_segments, path_objs))
        if n > 0 and (n <= MAX_PATH_SEGMENTS or every)
    ]
    styles = getattr(subpaths, "styles", None)  # the sink reads each path's fill/stroke mode (pdfium_tables.PathSink)
    begin = getattr(subpaths, "begin", None) if styles is None else None
    styled = styles([p[0] for p in paths]) if styles is not None else repeat(None)
    classified = add is not None and getattr(subpaths, "takes_kind", False)
    lean = add is None or classified  # a sink that classifies for itself reads every subpath's PDF points
    for (obj, _, n), pieces, style in zip(paths, page_path_pieces(paths, space, pdf_points=not lean), styled):
        if style is not None:
            subpaths.stroke, subpaths.visible, subpaths.ink = style  # what its begin(obj) sets
        elif begin is not None:
            begin(obj)
        rule_like = n <= MAX_PATH_SEGMENTS
        for shape, pts, ppts, box in pieces if lean else ((*piece, None) for piece in pieces):
            # pdfminer: "ml"/"mlh" is a line, "mlllh"/"mllll" with square corners a rect, the rest
            # curves; classified once here for the rules and the sink
            if shape == "ml" or shape == "mlh":
                kind = "line"
                if rule_like:
                    (xa, ta), (xb, tb) = ppts[0], ppts[1]
                    top, bottom = (ta, tb) if ta < tb else (tb, ta)
                    if bottom - top < 1.5:
                        rules.append((top, xb if xb < xa else xa, xb if xb > xa else xa))  # min(), max()
            elif (shape == "mlllh" or shape == "mllll") and pts is not None and len(pts) == 5 and _square(pts):
                kind = "rect"
                if rule_like:
                    # the page-space box of the points is their boxes' min/max: the page transform maps
                    # each axis monotonically, so min/max commute with it (PageSpace.box's values)
                    xs, ys = [p[0] for p in ppts[:4]], [p[1] for p in ppts[:4]]
                    bx0, btop, bx1, bbottom = min(xs), min(ys), max(xs), max(ys)
                    if bbottom - btop < 2.0 and bx1 - bx0 > 20:
                        rules.append((btop, bx0, bx1))
            else:
                kind = "curve"
            if classified:
                add(shape, pts, ppts, kind, box)
            elif add is not None:
                add(shape, pts, ppts)
    return PageObjects(images=images, rules=sorted(rules))


def _eq(a: float, b: float) -> bool:
    return abs(a - b) < 1e-3  # pdfminer compares exact doubles; PDFium hands back float32


def _close(p, q) -> bool:
    return _eq(p[0], q[0]) and _eq(p[1], q[1])


def _square(pts) -> bool:
    """pdfminer's rectangle test on the five points of an ``mlllh`` / ``mllll`` subpath (``_eq`` written
    out: it runs on every rectangle of every page)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3), (x4, y4) = pts
    square = (abs(x0 - x1) < 1e-3 and abs(y1 - y2) < 1e-3 and abs(x2 - x3) < 1e-3 and abs(y3 - y0) < 1e-3) or (
        abs(y0 - y1) < 1e-3 and abs(x1 - x2) < 1e-3 and abs(y2 - y3) < 1e-3 and abs(x3 - x0) < 1e-3
    )
    return square and abs(x0 - x4) < 1e-3 and abs(y0 - y4) < 1e-3
