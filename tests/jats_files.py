"""Small hand-written JATS articles for the tests (written under ``tmp_path``, never shipped)."""

from __future__ import annotations

from pathlib import Path

DOCTYPE = (
    '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.2 20190208//EN" '
    '"JATS-archivearticle1.dtd">'
)
NAMESPACES = 'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML"'


def ref(rid: str, surname: str, year: int, title: str, doi: str | None = None, kind: str = "element-citation") -> str:
    pub = f'<pub-id pub-id-type="doi">{doi}</pub-id>' if doi else ""
    return (
        f'<ref id="{rid}"><{kind} publication-type="journal"><person-group person-group-type="author">'
        f"<name><surname>{surname}</surname><given-names>A</given-names></name></person-group>"
        f"<article-title>{title}</article-title><source>J Test</source><year>{year}</year>"
        f"<volume>{year % 100}</volume><fpage>1</fpage><lpage>9</lpage>{pub}</{kind}></ref>"
    )


def refs(n: int, prefix: str = "b") -> str:
    """A reference list of ``n`` entries with ids ``b1`` ... ``bn``."""
    return "<ref-list><title>References</title>" + "".join(
        ref(f"{prefix}{i}", f"Author{i}", 2000 + i, f"Study number {i}", doi=f"10.1000/TEST.{i}") for i in range(1, n + 1)
    ) + "</ref-list>"


def article(
    body: str = "", back: str = "", front: str = "", title: str = "A test article", abstract: str = "<p>An abstract.</p>",
    doctype: bool = True,
) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        + (DOCTYPE if doctype else "")
        + f'<article {NAMESPACES} article-type="research-article"><front><article-meta>'
        + f"<title-group><article-title>{title}</article-title></title-group>"
        + (f"<abstract>{abstract}</abstract>" if abstract else "")
        + front
        + f"</article-meta></front><body>{body}</body><back>{back}</back></article>"
    )


def write(tmp_path: Path, text: str, name: str = "paper.xml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path
