"""A PDF's complexity measured on its bytes, cheaply, before an engine parses it.

A few kilobytes of PDF can make PDFium or pdfminer hold gigabytes: a
compressed stream that inflates a thousandfold (a 2.3 MB file grew a worker to
4.8 GB), or a content stream of hundreds of thousands of drawing operators
(10 KB, 1.9 GB).  Neither engine has an option to bound that, so this module
walks the file's streams once before either engine opens it, inflating each
with a budget (``zlib`` with ``max_length``, the output counted and dropped,
never kept whole), and counts each page's objects as the engine reads it
(before the per-object work); :class:`TooComplexError` is raised as soon as
one of the caps in ``models/ingest/pdf_limits.json`` is passed.

Written by hand because no PDF library offers this: pypdfium2 and pdfminer
inflate whole streams into memory first (the very cost to avoid), and a caller
cannot cap them.  What it counts:

- decoded bytes of every stream except images, in all and in the largest one (an image is decoded only to
  render it, which mitominer never does; a font, an object stream or a content
  stream is decoded by the engine when it reads the page);
- indirect objects (``N G obj`` in the file plus each object stream's ``/N``);
- per page, as it is read: PDFium's page objects (paths, text runs, images,
  and those inside form XObjects), or for pdfplumber the painting and
  text-showing operators of the page's content streams (what pdfminer turns
  into layout objects one by one).

Filters: ``FlateDecode`` (possibly after ``ASCIIHexDecode`` / ``ASCII85Decode``)
is inflated; a stream under any other filter (LZW, run-length, image codecs,
encryption) is counted at its raw size.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.errors import TooComplexError
from pipeline.resources import model_path

_CHUNK = 1 << 20  # bytes of output inflated at a time
_DICT_WINDOW = 1 << 16  # how far back from ``stream`` to look for its object's dictionary
_FILTER_RE = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[<>(]+)")
_NAME_RE = re.compile(rb"/([^\s/\[\]<>()]+)")
_IMAGE_RE = re.compile(rb"/Subtype\s*/Image\b")
_OBJSTM_N_RE = re.compile(rb"/Type\s*/ObjStm\b.*?/N\s+(\d+)|/N\s+(\d+).*?/Type\s*/ObjStm\b", re.DOTALL)
_LENGTH_RE = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
# The operators that make a layout object: path painting (S s f F f* B B* b b* n), text showing (Tj TJ ' "),
# XObjects (Do) and inline images (BI), each after white space.
_PAINT_RE = re.compile(rb"\s(?:[SsfFBbn]\*?|T[Jj]|Do|BI|['\"])(?=\s)")
_FLATE = {b"FlateDecode", b"Fl"}
_ASCII = {b"ASCIIHexDecode": "hex", b"AHx": "hex", b"ASCII85Decode": "a85", b"A85": "a85"}


@dataclass(frozen=True)
class PdfLimits:
    max_decoded_mb: float
    max_stream_mb: float
    max_objects: int
    max_page_objects: int


@dataclass
class Complexity:
    decoded_bytes: int = 0
    largest_stream: int = 0
    objects: int = 0


@lru_cache(maxsize=1)
def pdf_limits() -> PdfLimits:
    data = json.loads(model_path("ingest", "pdf_limits.json").read_text(encoding="utf-8"))
    return PdfLimits(
        float(data["max_decoded_mb"]), float(data["max_stream_mb"]), int(data["max_objects"]), int(data["max_page_objects"])
    )


class _Over(Exception):
    pass


class _Meter:
    """Running totals that stop the walk the moment one passes its cap."""

    def __init__(self, limits: PdfLimits):
        self.limits = limits
        self.max_bytes = int(limits.max_decoded_mb * 1024 * 1024)
        self.max_stream = int(limits.max_stream_mb * 1024 * 1024)
        self.seen = Complexity()
        self.stream = 0  # decoded bytes of the stream being read

    def begin_stream(self) -> None:
        self.stream = 0

    def add(self, n_bytes: int) -> None:
        self.seen.decoded_bytes += n_bytes
        self.stream += n_bytes
        self.seen.largest_stream = max(self.seen.largest_stream, self.stream)
        if self.seen.decoded_bytes > self.max_bytes or self.stream > self.max_stream:
            raise _Over

    def add_objects(self, n: int) -> None:
        self.seen.objects += n
        if self.seen.objects > self.limits.max_objects:
            raise _Over


def _filters(dictionary: bytes) -> list[bytes]:
    match = _FILTER_RE.search(dictionary)
    return _NAME_RE.findall(match.group(1)) if match else []


def _inflate(data: bytes, start: int, meter: _Meter, prefix: bytes | None = None) -> int:
    """Inflate the zlib stream at ``data[start:]`` (or ``prefix``) under the meter; the raw bytes consumed."""
    inflater = zlib.decompressobj()
    source = memoryview(prefix if prefix is not None else data)[0 if prefix is not None else start :]
    consumed = 0
    # The first piece ends at ``endstream`` (no copy of the rest of the file per stream); the inflater,
    # not that keyword, says where the stream ends, so a stream holding the keyword is read on.
    first = data.find(b"endstream", start, start + _CHUNK) if prefix is None else -1
    size = first - start if first > start else _CHUNK
    try:
        while consumed < len(source) and not inflater.eof:
            chunk = source[consumed : consumed + size]
            size = _CHUNK
            consumed += len(chunk)
            pending = bytes(chunk)
            while pending:
                out = inflater.decompress(pending, _CHUNK)
                meter.add(len(out))
                pending = inflater.unconsumed_tail
                if inflater.eof:
                    break
    except zlib.error:
        pass  # damaged or encrypted data: the engine will say what it is; what was inflated counts
    return consumed - len(inflater.unused_data)


def _raw_end(data: bytes, start: int, dictionary: bytes) -> int:
    length = _LENGTH_RE.search(dictionary)
    if length and start + int(length.group(1)) <= len(data):
        return start + int(length.group(1))
    end = data.find(b"endstream", start)
    return end if end >= 0 else len(data)


def _ascii_decode(raw: bytes, kind: str) -> bytes | None:
    try:
        if kind == "hex":
            hexdigits = re.sub(rb"[^0-9A-Fa-f]", b"", raw.split(b">", 1)[0])
            return binascii.unhexlify(hexdigits + b"0" * (len(hexdigits) % 2))
        return base64.a85decode(raw.strip().split(b"~>", 1)[0].removeprefix(b"<~"), adobe=False, ignorechars=b" \t\n\r\x0b\x0c")
    except (ValueError, binascii.Error):
        return None


def measure(data: bytes, limits: PdfLimits | None = None) -> tuple[Complexity, bool]:
    """The complexity of a PDF's bytes, and whether it is within ``limits`` (the walk stops at the first cap passed)."""
    meter = _Meter(limits or pdf_limits())
    try:
        meter.add_objects(data.count(b"obj") - data.count(b"endobj"))  # ``N G obj`` headers
        pos = 0
        while True:
            at = data.find(b"stream", pos)
            if at < 0:
                break
            pos = at + 6
            if data[at - 3 : at] == b"end" or data[pos : pos + 1] not in (b"\r", b"\n"):
                continue
            start = pos + (2 if data[pos : pos + 2] == b"\r\n" else 1)
            head = data.rfind(b"obj", max(0, at - _DICT_WINDOW), at)
            dictionary = data[head if head >= 0 else max(0, at - _DICT_WINDOW) : at]
            meter.begin_stream()
            pos = start + _stream(data, start, dictionary, meter)
    except _Over:
        return meter.seen, False
    return meter.seen, True


def _stream(data: bytes, start: int, dictionary: bytes, meter: _Meter) -> int:
    """Meter one stream's decoded bytes; the raw bytes it spans."""
    if _IMAGE_RE.search(dictionary):
        return _raw_end(data, start, dictionary) - start  # never decoded: skipped without inflating
    objstm = _OBJSTM_N_RE.search(dictionary)
    if objstm:
        meter.add_objects(int(objstm.group(1) or objstm.group(2)))
    filters = _filters(dictionary)
    if filters and filters[0] in _ASCII and len(filters) <= 2 and (len(filters) == 1 or filters[1] in _FLATE):
        end = _raw_end(data, start, dictionary)
        decoded = _ascii_decode(data[start:end], _ASCII[filters[0]])
        if decoded is None:
            meter.add(end - start)
        elif len(filters) == 2:
            _inflate(data, 0, meter, prefix=decoded)
        else:
            meter.add(len(decoded))
        return end - start
    if filters and all(f in _FLATE for f in filters):
        return _inflate(data, start, meter)
    end = _raw_end(data, start, dictionary)
    meter.add(end - start)  # no filter, or LZW, run-length, image codecs, encryption: the raw size
    return end - start


def check_pdf_complexity(path: str | Path, data: bytes, limits: PdfLimits | None = None) -> None:
    """Raise :class:`TooComplexError` when the PDF passes one of the caps; cheap, and bounded by them."""
    limits = limits or pdf_limits()
    seen, within = measure(data, limits)
    if within:
        return
    if seen.objects > limits.max_objects:
        detail = f"over {limits.max_objects} objects"
    elif seen.largest_stream > limits.max_stream_mb * 1024 * 1024:
        detail = f"a stream decodes to over {limits.max_stream_mb:g} MB"
    else:
        detail = f"its streams decode to over {limits.max_decoded_mb:g} MB"
    raise _too_complex(path, detail)


def _too_complex(path: str | Path, detail: str) -> TooComplexError:
    return TooComplexError(path, f"too-complex PDF: {detail} (the caps in models/ingest/pdf_limits.json)")


def _page_over(path: str | Path, number: int, limits: PdfLimits) -> TooComplexError:
    return _too_complex(path, f"page {number} holds over {limits.max_page_objects} objects")


def check_pdfium_page(path: str | Path, page_raw, number: int, limits: PdfLimits | None = None):
    """Raise :class:`TooComplexError` when a loaded PDFium page (``page.raw``) holds more objects than the cap,
    counting those inside form XObjects; stops counting at the cap.  Returns the page's top-level
    objects and their types (:func:`~pipeline.ingest.pdf.pdfium_words.page_object_list`), which the
    object walk after it reads again."""
    import pypdfium2.raw as R

    from pipeline.ingest.pdf.pdfium_words import form_object_list, page_object_list

    limits = limits or pdf_limits()
    cap = limits.max_page_objects
    top = R.FPDFPage_CountObjects(page_raw)
    if top > cap:
        raise _page_over(path, number, limits)
    objects = page_object_list(page_raw)
    total = top
    form = R.FPDF_PAGEOBJ_FORM
    stack = [(obj, 0) for obj, kind in zip(*objects) if kind == form]
    while stack:  # only forms are opened; a page of plain objects is one pass over their types
        obj, depth = stack.pop()
        if depth >= 8:
            continue
        n = R.FPDFFormObj_CountObjects(obj)
        total += n
        if total > cap:
            raise _page_over(path, number, limits)
        inner, kinds = form_object_list(obj, n)
        stack.extend((o, depth + 1) for o, kind in zip(inner, kinds) if kind == form)
    return objects


def check_plumber_page(path: str | Path, plumber_page, number: int, limits: PdfLimits | None = None) -> None:
    """Raise :class:`TooComplexError` when a pdfplumber page's content streams paint or show more than the cap
    allows, before pdfminer turns each into a layout object (read from the streams, already size-checked)."""
    from pdfminer.pdftypes import resolve1

    limits = limits or pdf_limits()
    total = 0
    for stream in getattr(plumber_page.page_obj, "contents", None) or []:
        stream = resolve1(stream)
        get_data = getattr(stream, "get_data", None)
        if get_data is None:
            continue
        total += len(_PAINT_RE.findall(get_data()))
        if total > limits.max_page_objects:
            raise _page_over(path, number, limits)
