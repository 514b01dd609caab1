"""PDF file -> pages of positioned words (the only module that opens PDFs).

Two engines give the same records (words with font name and size, so that a
font change splits a word: that is how superscripts and bold headings stay
separate; image boxes; horizontal rules):

- ``pdfium`` (default): PDFium through pypdfium2, characters grouped into words
  by :mod:`pipeline.ingest.pdf.pdfium_words` exactly as pdfplumber groups them,
  about ten times faster.  pdfplumber is opened only for a page whose tables
  need its ruled-table finder (see :class:`LazyPlumberPage`).
- ``pdfplumber``: pdfplumber's ``extract_words`` (pdfminer underneath), the
  reference the PDFium path is compared with (``scripts/compare_pdf_documents.py``).

Choose with ``MITOMINER_PDF_ENGINE=pdfium|pdfplumber`` or ``open_pdf(path,
engine=...)``.  A PDF that PDFium cannot open (other than for a password) goes
to pdfplumber, which either reads it or says why it cannot.  Every way a PDF
can be unreadable becomes one of :mod:`pipeline.errors`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import CorruptPDFError, EmptyFileError, EncryptedPDFError, InputError, MissingFileError

log = logging.getLogger(__name__)
# pdfminer logs every odd drawing operator of a journal PDF ("Cannot set non-stroke
# color ...") as a warning; they say nothing about the text, so only its errors pass.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

# Word grouping: pdfplumber's default 3 pt merges words in tightly set PDFs (Hindawi
# leaves 1.9 pt between words at 10 pt), so the gap is a share of the font size.
DEFAULT_X_TOLERANCE_RATIO = 0.13
DEFAULT_Y_TOLERANCE = 2.0
ENGINE_ENV = "MITOMINER_PDF_ENGINE"
ENGINES = ("pdfium", "pdfplumber")
BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi|[-,]b[dxi]?$|\.bi?$|[-,]h[vi]?$|medium|[-,]medi$", re.IGNORECASE)  # "-H": Helvetica Neue Heavy; "-Medi": URW Nimbus medium (bold); "-BI"/"-HI"/".BI": bold/heavy italic
ITALIC_RE = re.compile(r"italic|oblique|[-,.]i$|[-,]it$|[-,.][bh]i$", re.IGNORECASE)  # ".I"/".BI": Adobe's AdvOT/AdvTT faces


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    bold: bool = False
    italic: bool = False
    sup: bool = False  # raised and smaller than its line: a superscript

    @property
    def mid_y(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Page:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word]
    image_boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, top, x1, bottom
    n_hlines: int = 0  # horizontal rules (lines and thin rects): a hint that a table is ruled
    plumber: object | None = None  # the pdfplumber page, for the table finder


def font_is_bold(fontname: str) -> bool:
    return bool(BOLD_RE.search(fontname.split("+")[-1]))


def font_is_italic(fontname: str) -> bool:
    return bool(ITALIC_RE.search(fontname.split("+")[-1]))


def plumber_word_to_word(w: dict) -> Word:
    font = w.get("fontname", "")
    return Word(
        text=w["text"],
        x0=float(w["x0"]),
        x1=float(w["x1"]),
        top=float(w["top"]),
        bottom=float(w["bottom"]),
        size=round(float(w.get("size", w["bottom"] - w["top"])), 1),
        font=font,
        bold=font_is_bold(font),
        italic=font_is_italic(font),
    )


def page_to_words(page) -> list[Word]:
    """The upright words of a pdfplumber page; rotated margin text (``Downloaded from ...``) is dropped."""
    raw = page.extract_words(
        x_tolerance_ratio=DEFAULT_X_TOLERANCE_RATIO,
        y_tolerance=DEFAULT_Y_TOLERANCE,
        extra_attrs=["fontname", "size"],
    )
    return [plumber_word_to_word(w) for w in raw if w.get("upright", True) and w["text"].strip()]


def page_to_image_boxes(page, min_side: float = 30.0) -> list[tuple[float, float, float, float]]:
    boxes = []
    for im in page.images:
        x0, top, x1, bottom = float(im["x0"]), float(im["top"]), float(im["x1"]), float(im["bottom"])
        if x1 - x0 >= min_side and bottom - top >= min_side:
            boxes.append((x0, top, x1, bottom))
    return boxes


def page_to_hline_count(page) -> int:
    n = sum(1 for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 1.5)
    n += sum(1 for r in page.rects if r["height"] < 2.0 and r["width"] > 20)
    return n


def _check_file(path: Path) -> None:
    if not path.exists():
        raise MissingFileError(path, "no such file")
    if path.stat().st_size == 0:
        raise EmptyFileError(path, "empty file (0 bytes)")


def open_error(path: Path, exc: BaseException) -> InputError:
    """The input error for a PDF that pdfplumber could not open."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else (exc.__context__ or exc)
    if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)) or "password" in str(inner).lower():
        return EncryptedPDFError(path, "encrypted PDF: a password is needed to read it")
    detail = str(inner).strip() or type(inner).__name__
    if "EOF" in type(inner).__name__ or "EOF" in detail:
        return CorruptPDFError(path, f"truncated or corrupt PDF ({detail})")
    return CorruptPDFError(path, f"corrupt PDF ({detail})")


def pdf_engine(engine: str | None = None) -> str:
    """The engine to use: the argument, else ``$MITOMINER_PDF_ENGINE``, else ``pdfium``."""
    name = (engine or os.environ.get(ENGINE_ENV) or ENGINES[0]).strip().lower()
    if name not in ENGINES:
        raise ValueError(f"unknown PDF engine {name!r} (choose from {', '.join(ENGINES)})")
    return name


@contextlib.contextmanager
def _open_plumber(path: Path, data: bytes | None = None) -> Iterator[object]:
    import io

    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data) if data is not None else path)
    except Exception as exc:  # pdfplumber wraps pdfminer's many error types in PdfminerException
        raise open_error(path, exc) from None
    try:
        yield pdf
    finally:
        pdf.close()


@contextlib.contextmanager
def open_pdf(path: str | Path, data: bytes | None = None, engine: str | None = None) -> Iterator[object]:
    """Open a PDF (its bytes when given, else the file; an engine's document, for :func:`pdf_to_pages`),
    mapping failures to input errors; closes on exit."""
    path = Path(path)
    if data is None:
        _check_file(path)
    from pipeline.ingest.pdf.limits_check import check_pdf_complexity

    check_pdf_complexity(path, data if data is not None else path.read_bytes())  # before either engine parses
    if pdf_engine(engine) == "pdfium":
        from pipeline.ingest.pdf.pdfium_source import PdfiumSource, open_pdfium

        try:
            doc = open_pdfium(path, data)
        except EncryptedPDFError:
            raise
        except CorruptPDFError:
            doc = None  # pdfminer is more lenient with some damage, and names the damage when it fails too
        if doc is not None:
            source = PdfiumSource(path, doc, data)
            try:
                yield source
            finally:
                source.close()
            return
    with _open_plumber(path, data) as pdf:
        yield pdf


def pdf_to_pages(pdf, path: str | Path) -> list[Page]:
    """All pages of an open PDF as :class:`Page` records (words, image boxes, rule counts)."""
    to_pages = getattr(pdf, "to_pages", None)
    if to_pages is not None:  # the PDFium engine
        return to_pages()
    return plumber_pdf_to_pages(pdf, path)


def plumber_pdf_to_pages(pdf, path: str | Path) -> list[Page]:
    """All pages of an open pdfplumber PDF as :class:`Page` records (words, image boxes, rule counts)."""
    try:
        plumber_pages = pdf.pages
    except Exception as exc:  # broken page tree
        raise CorruptPDFError(path, f"corrupt PDF: page tree unreadable ({type(exc).__name__})") from None
    if not plumber_pages:
        raise CorruptPDFError(path, "PDF has zero pages")
    from pipeline.ingest.pdf.limits_check import check_plumber_page

    pages = []
    for i, pp in enumerate(plumber_pages, start=1):
        check_plumber_page(path, pp, i)  # before pdfminer makes an object of every operator
        try:
            pages.append(
                Page(
                    number=i,
                    width=float(pp.width),
                    height=float(pp.height),
                    words=page_to_words(pp),
                    image_boxes=page_to_image_boxes(pp),
                    n_hlines=page_to_hline_count(pp),
                    plumber=pp,
                )
            )
        except Exception as exc:  # a damaged content stream on one page
            raise CorruptPDFError(path, f"corrupt PDF: page {i} unreadable ({type(exc).__name__}: {exc})") from None
    return pages
