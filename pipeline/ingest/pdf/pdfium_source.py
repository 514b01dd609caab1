"""A PDF opened with PDFium: pages of :class:`~pipeline.ingest.pdf.reader.Page` records, pdfplumber on demand.

PDFium (:mod:`pipeline.ingest.pdf.pdfium_words`) gives every page's words,
image boxes and horizontal rules.  pdfplumber stays the right tool for one job,
finding ruled tables from the lines and rectangles of a page (its table
finder); a :class:`LazyPlumberPage` stands in for the pdfplumber page.  Its
``lines``, ``rects`` and ``curves`` (the figure finder reads them on every page)
and its table finder's edges are PDFium's paths classified as pdfminer does
(:mod:`pipeline.ingest.pdf.pdfium_tables`); only an attribute PDFium does not
give opens pdfplumber and has pdfminer parse that one page, which the reader
never does today.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from pathlib import Path

from pipeline.errors import CorruptPDFError, EncryptedPDFError, TooComplexError
from pipeline.ingest.pdf.limits_check import check_pdfium_page
from pipeline.ingest.pdf.pdfium_tables import PathSink
from pipeline.ingest.pdf.pdfium_words import PageSpace, chars_to_words, page_chars, page_objects, page_space
from pipeline.ingest.pdf.reader import DEFAULT_X_TOLERANCE_RATIO, DEFAULT_Y_TOLERANCE, Page, Word, font_is_bold, font_is_italic
from pipeline.resources import model_path

log = logging.getLogger(__name__)

_PDFIUM_PASSWORD_ERRORS = {4, 6}  # FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY


_TURN = json.loads(model_path("ingest", "pdf_tables.json").read_text(encoding="utf-8"))["turned_pages"]


def turned_space(page, space: PageSpace, chars):
    """(page space, chars) of the page turned a quarter when most of its text runs up or down it (a
    landscape table set sideways on a portrait page, no ``/Rotate``), else None: the reader keeps only
    upright characters, so such a page would read empty. A page with a ``/Rotate`` of its own is read as
    the page asks (as pdfplumber reads it)."""
    n = len(chars.upright)
    if space.rotation or n < _TURN["min_chars"] or int(chars.upright.sum()) > (1 - _TURN["sideways_share"]) * n:
        return None
    best = None
    for quarter in (90, 270):
        turned = PageSpace(tuple(page.get_mediabox()), space.rotation + quarter)
        got = page_chars(page, turned)
        up = int(got.upright.sum())
        if best is None or up > best[0]:
            best = (up, turned, got)
    return (best[1], best[2]) if best[0] > n // 2 else None


def open_pdfium(path: Path, data: bytes | None = None):
    """The pypdfium2 document (from ``data`` when given); a password raises EncryptedPDFError, any other failure CorruptPDFError."""
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data if data is not None else str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) in _PDFIUM_PASSWORD_ERRORS:
            raise EncryptedPDFError(path, "encrypted PDF: a password is needed to read it") from None
        raise CorruptPDFError(path, f"corrupt PDF ({exc})") from None


@lru_cache(maxsize=256)
def _style(font: str) -> tuple[bool, bool]:
    return font_is_bold(font), font_is_italic(font)


def words_of(raw_words: list[tuple]) -> list[Word]:
    """The reader's upright, non-blank words (rotated margin text dropped), as pdfplumber's path makes them."""
    kept = [r for r in raw_words if r[7] and r[0].strip()]
    if not kept:
        return []
    text, x0, x1, top, bottom, size, font, _ = zip(*kept)
    rounded = {s: round(s, 1) for s in set(size)}  # a page has a few sizes: round() once per size
    bold, italic = zip(*map(_style, font))
    # Word's field order, positional; map() over the columns instead of a loop body per word
    return list(map(Word, text, x0, x1, top, bottom, map(rounded.__getitem__, size), font, bold, italic))


class LazyPlumberPage:
    """The pdfplumber page of one page, opened on first use; its size and rules come from PDFium."""

    def __init__(
        self, source: "PdfiumSource", index: int, width: float, height: float, rules: list[tuple[float, float, float]], paths: PathSink
    ):
        self._source = source
        self._index = index
        self.width = width
        self.height = height
        self.pdfium_rules = rules  # (top, x0, x1): what tables.horizontal_rules reads from pdfplumber's lines and rects
        # pdfplumber's line, rect and curve dicts from PDFium (furniture.drawing_boxes reads them on every page)
        self.lines, self.rects, self.curves = paths.lines, paths.rects, paths.curves

    @property
    def loaded(self) -> bool:
        return self._index in self._source.loaded_pages

    def find_tables(self, table_settings=None):
        """pdfplumber's table finder on this page's PDFium geometry (no pdfminer parse)."""
        return self._source.edge_page(self._index, (self.lines, self.rects, self.curves)).find_tables(table_settings)

    def __getattr__(self, name: str):  # anything else (lines, rects, chars ...) is pdfplumber's
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._source.plumber_page(self._index), name)


class PdfiumSource:
    """An open PDF: PDFium for every page, pdfplumber opened lazily for the pages that need its table finder."""

    def __init__(self, path: Path, doc, data: bytes | None = None):
        self.path = path
        self.data = data  # the bytes the batch read, when it did: pdfplumber reads the same ones
        self.doc = doc
        self._plumber = None
        self.loaded_pages: set[int] = set()  # pages pdfplumber was opened for
        self.edge_pages: set[int] = set()  # pages the table finder ran on
        self._chars: dict[int, object] = {}  # each page's characters, for the table finder's cell text
        self._spaces: dict[int, object] = {}  # each page's space as read (turned for sideways text)

    def plumber_page(self, index: int):
        if self._plumber is None:
            import pdfplumber

            log.debug("opening pdfplumber for page %d of %s (table finder)", index + 1, self.path)
            import io

            self._plumber = pdfplumber.open(io.BytesIO(self.data) if self.data is not None else self.path)
        self.loaded_pages.add(index)
        return self._plumber.pages[index]

    def edge_page(self, index: int, paths: tuple[list[dict], list[dict], list[dict]] | None = None):
        """What pdfplumber's table finder reads of page ``index``, from PDFium (its paths when given)."""
        from pipeline.ingest.pdf.pdfium_tables import EdgePage

        self.edge_pages.add(index)
        space, chars = self._spaces.get(index), self._chars.get(index)
        if paths is not None and space is not None and chars is not None:
            return EdgePage(None, space, chars, paths)  # all of it read by _page: the page is not loaded a second time
        page = self.doc[index]
        try:
            space = self._spaces.get(index) or page_space(page)
            chars = self._chars.get(index) or page_chars(page, space)
            return EdgePage(page, space, chars, paths)
        finally:
            page.close()

    def to_pages(self) -> list[Page]:
        try:
            n = len(self.doc)
        except Exception as exc:  # broken page tree
            raise CorruptPDFError(self.path, f"corrupt PDF: page tree unreadable ({type(exc).__name__})") from None
        if n == 0:
            raise CorruptPDFError(self.path, "PDF has zero pages")
        pages = []
        for i in range(n):
            try:
                page = self.doc[i]
                try:
                    pages.append(self._page(page, i))
                finally:
                    page.close()
            except (CorruptPDFError, TooComplexError):
                raise
            except Exception as exc:  # a damaged content stream on one page
                raise CorruptPDFError(self.path, f"corrupt PDF: page {i + 1} unreadable ({type(exc).__name__}: {exc})") from None
        return pages

    def _page(self, page, i: int) -> Page:
        objects = check_pdfium_page(self.path, page.raw, i + 1)  # before the per-object work below
        space = page_space(page)
        chars = self._chars[i] = page_chars(page, space)
        turned = turned_space(page, space, chars)
        if turned is not None:  # a landscape table page printed sideways without /Rotate: read it turned
            space, chars = turned
            self._chars[i] = chars
        self._spaces[i] = space  # the page space it was read in (turned or not), for the table finder
        words = words_of(chars_to_words(chars, DEFAULT_X_TOLERANCE_RATIO, DEFAULT_Y_TOLERANCE))
        paths = PathSink(space)
        objects = page_objects(page, space, subpaths=paths, objects=objects)
        return Page(
            number=i + 1,
            width=float(space.width),
            height=float(space.height),
            words=words,
            image_boxes=objects.images,
            n_hlines=len(objects.rules),
            plumber=LazyPlumberPage(self, i, float(space.width), float(space.height), objects.rules, paths),
        )

    def close(self) -> None:
        if self._plumber is not None:
            self._plumber.close()
            self._plumber = None
        self.doc.close()
