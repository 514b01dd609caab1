"""A readable outline of a document, for ``mitominer ingest PAPER`` without ``-o``."""

from __future__ import annotations

from pipeline.document import Document


def document_outline(doc: Document) -> str:
    lines = [f"{doc.source.path}  ({doc.source.format}, doc_id {doc.doc_id})"]
    if doc.title:
        lines.append(f"title: {doc.title}")
    if doc.abstract:
        lines.append(f"abstract: {len(doc.abstract.split())} words")
    for block in doc.front_matter:
        lines.append(f"front matter: {block['label']} ({len(block['text'].split())} words)")
    for warning in doc.warnings:
        lines.append(f"warning: {warning}")
    if doc.keywords:
        lines.append(f"keywords: {', '.join(doc.keywords)}")
    lines.append("sections:")
    for s in doc.sections:
        indent = "  " * s.level
        label = f"{s.number} {s.title}" if s.number else f"{s.title} [{s.kind}]"
        sentences = sum(len(p.sentences) for p in s.paragraphs)
        lines.append(f"{indent}{label}  ({len(s.paragraphs)} paragraphs, {sentences} sentences)")
    paragraphs = sum(len(s.paragraphs) for s in doc.sections)
    unresolved = doc.unresolved_citations()
    lines.append(
        f"counts: {len(doc.sections)} sections, {paragraphs} paragraphs, {len(doc.tables)} tables, "
        f"{len(doc.figures)} figures, {len(doc.references)} references "
        f"({sum(1 for r in doc.references if r.doi)} with DOI), {len(doc.citations)} citation markers, "
        f"{len(unresolved)} unresolved"
    )
    for t in doc.tables:
        lines.append(f"  {t.label}: {t.caption}  [{len(t.columns)} columns x {len(t.rows)} rows, in {t.section or '-'}]")
    for f in doc.figures:
        lines.append(f"  {f.label}: {f.caption[:80]}")
    for c in unresolved:
        lines.append(f"  unresolved marker {c.text} in {c.section}: {', '.join(map(str, c.unresolved + c.unlinked))}")
    return "\n".join(lines)
