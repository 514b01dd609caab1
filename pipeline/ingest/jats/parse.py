"""Bytes -> the JATS ``<article>`` element, safely.

Parsed with ``defusedxml`` (the stdlib parser with its dangerous features
switched off): any entity declaration is refused (billion laughs, quadratic
blow-up, external entities, parameter entities that would pull a remote DTD),
and no DTD or entity is ever fetched, so nothing touches the network. The
external DTD a JATS file names in its DOCTYPE is not read; the named character
entities its entity sets define (``&nbsp;``, ``&alpha;`` ...) are supplied from
the HTML5 table instead, each a fixed short string, so they cannot expand.

Detection is by content: the root must be ``<article>`` (any namespace) with a
``<front>``, or its DOCTYPE must name a JATS / NLM DTD (any version).
"""

from __future__ import annotations

import html.entities
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from pipeline.errors import CorruptXMLError, NotJatsError

#: The suffixes that send a file to the XML reader whatever its first bytes say.
XML_SUFFIXES = (".xml", ".nxml")
_HEAD = 4096
_XML_START = re.compile(rb"^\s*(?:<\?xml\b|<!DOCTYPE\s+article\b|<article\b)", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+html\b|<html\b)", re.IGNORECASE | re.DOTALL)
_JATS_DOCTYPE = re.compile(rb"<!DOCTYPE\s+article\s+PUBLIC\s+\"[^\"]*(?:JATS|NLM|Journal (?:Archiving|Publishing))", re.IGNORECASE)
# Named entities of the HTML5 table without the trailing ";" forms: name -> one or two characters.
_NAMED_ENTITIES = {name.rstrip(";"): text for name, text in html.entities.html5.items() if name.endswith(";")}


def local_name(tag: object) -> str:
    """``"{http://www.w3.org/1998/Math/MathML}math"`` -> ``"math"``; comments and PIs -> ``""``."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _head_bytes(data: bytes) -> bytes:
    """The first bytes as ASCII-compatible bytes (UTF-16 files are decoded for sniffing)."""
    head = data[:_HEAD]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    return head.removeprefix(b"\xef\xbb\xbf")


def looks_like_xml(path: Path, data: bytes) -> bool:
    """True for files the XML reader takes: ``.xml`` / ``.nxml`` names, or content starting like XML or a JATS article."""
    return path.suffix.lower() in XML_SUFFIXES or bool(_XML_START.match(_head_bytes(data)))


def parse_article(path: str | Path, data: bytes) -> ET.Element:
    """The root ``<article>`` element; raises ``NotJatsError`` or ``CorruptXMLError`` (one line each)."""
    head = _head_bytes(data)
    if _HTML_START.match(head):
        raise NotJatsError(path, "an HTML page, not JATS XML")
    parser = DefusedXMLParser(target=ET.TreeBuilder(), forbid_dtd=False, forbid_entities=True, forbid_external=True)
    parser.entity.update(_NAMED_ENTITIES)
    try:
        parser.feed(data)
        root = parser.close()
    except EntitiesForbidden:
        raise CorruptXMLError(path, "unsafe XML refused: it declares entities (entity expansion is disabled)") from None
    except ExternalReferenceForbidden:
        raise CorruptXMLError(path, "unsafe XML refused: it references an external entity") from None
    except DefusedXmlException as exc:
        raise CorruptXMLError(path, f"unsafe XML refused: {type(exc).__name__}") from None
    except ET.ParseError as exc:
        message = str(exc).split(":", 1)[0].strip() or "malformed"
        line, column = exc.position if getattr(exc, "position", None) else (0, 0)
        raise CorruptXMLError(path, f"malformed or truncated XML ({message}, line {line}, column {column})") from None
    except (ValueError, LookupError) as exc:  # an unknown declared encoding, for one
        raise CorruptXMLError(path, f"unreadable XML ({exc})") from None
    name = local_name(root.tag)
    if name != "article":
        kind = "an HTML page" if name.lower() == "html" else f"XML whose root is <{name}>"
        raise NotJatsError(path, f"{kind}, not a JATS <article>")
    has_front = any(local_name(child.tag) == "front" for child in root)
    if not has_front and not _JATS_DOCTYPE.search(head):
        raise NotJatsError(path, "an <article> without <front> or a JATS/NLM DOCTYPE: not JATS")
    return root
