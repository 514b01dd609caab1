"""The dataset's tables: fixed Arrow schemas and the keys their rows are sorted by.

A fixed schema (never one inferred from the rows) keeps the column types the
same whether a table has one row, a million or none. Sort keys end with the
row's id, so every table has one order whatever the order papers finished in.
"""

from __future__ import annotations

import pyarrow as pa

_str = pa.string()
_int = pa.int64()
_strs = pa.list_(pa.string())
_ints = pa.list_(pa.int64())

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            ("doc_id", _str),
            ("sha256", _str),
            ("path", _str),
            ("paths", _strs),
            ("format", _str),
            ("size_bytes", _int),
            ("title", _str),
            ("abstract", _str),
            ("keywords", _strs),
            ("n_sections", _int),
            ("n_paragraphs", _int),
            ("n_sentences", _int),
            ("n_words", _int),
            ("n_tables", _int),
            ("n_figures", _int),
            ("n_references", _int),
            ("n_citations", _int),
            ("n_entities", _int),
            ("n_relations", _int),
            ("pipeline_version", _str),
        ]
    ),
    "sections": pa.schema(
        [
            ("doc_id", _str),
            ("section_id", _str),
            ("position", _int),
            ("number", _str),
            ("title", _str),
            ("level", _int),
            ("parent", _str),
            ("kind", _str),
            ("n_paragraphs", _int),
            ("text", _str),
        ]
    ),
    "paragraphs": pa.schema(
        [
            ("doc_id", _str),
            ("paragraph_id", _str),
            ("section_position", _int),
            ("section", _str),
            ("paragraph", _int),
            ("text", _str),
            ("n_words", _int),
            ("sentence_starts", _ints),
            ("sentence_ends", _ints),
        ]
    ),
    "references": pa.schema(
        [
            ("doc_id", _str),
            ("reference_id", _str),
            ("number", _int),
            ("authors", _strs),
            ("year", _int),
            ("title", _str),
            ("journal", _str),
            ("volume", _str),
            ("pages", _str),
            ("doi", _str),
            ("raw", _str),
        ]
    ),
    "citations": pa.schema(
        [
            ("doc_id", _str),
            ("citation_id", _str),
            ("section_position", _int),
            ("section", _str),
            ("paragraph", _int),
            ("row", _int),
            ("column", _int),
            ("sentence", _int),
            ("start", _int),
            ("end", _int),
            ("text", _str),
            ("numbers", _ints),
            ("unresolved", _ints),
        ]
    ),
    "tables": pa.schema(
        [
            ("doc_id", _str),
            ("table_id", _str),
            ("position", _int),
            ("label", _str),
            ("caption", _str),
            ("section", _str),
            ("columns", _strs),
            ("rows", pa.list_(_strs)),
            ("n_rows", _int),
        ]
    ),
    "figures": pa.schema(
        [
            ("doc_id", _str),
            ("figure_id", _str),
            ("position", _int),
            ("label", _str),
            ("caption", _str),
            ("section", _str),
        ]
    ),
    "entities": pa.schema(
        [
            ("doc_id", _str),
            ("entity_id", _str),
            ("section_position", _int),
            ("section", _str),
            ("paragraph", _int),
            ("column", _int),
            ("sentence", _int),
            ("start", _int),
            ("end", _int),
            ("text", _str),
            ("label", _str),
            ("id", _str),
        ]
    ),
    "relations": pa.schema(
        [
            ("record_id", _str),
            ("doc_id", _str),
            ("regulator", _str),
            ("regulator_ids", _strs),
            ("effect", _str),
            ("therapy", _str),
            ("therapy_id", _str),
            ("cancer_type", _str),
            ("citations", _ints),
            ("section", _str),
            ("evidence", _str),
            ("confidence", pa.float64()),
            ("rule", _str),
            ("section_position", _int),
            ("paragraph", _int),
            ("sentence", _int),
            ("start", _int),
            ("end", _int),
            ("regulator_start", _int),
            ("regulator_end", _int),
            ("therapy_start", _int),
            ("therapy_end", _int),
        ]
    ),
    # Cross-paper aggregation of `relations` (pipeline/aggregate.py): one row per
    # (regulator id, therapy id) with counts by effect and the conflict flags.
    "pairs": pa.schema(
        [
            ("regulator_id", _str),
            ("therapy_id", _str),
            ("n_records", _int),
            ("n_papers", _int),
            ("n_promotes_resistance", _int),
            ("n_promotes_sensitivity", _int),
            ("n_induces_mitophagy", _int),
            ("n_inhibits_mitophagy", _int),
            ("conflict", _str),
            ("doc_ids", _strs),
            ("cancer_types", _strs),
            ("record_ids", _strs),
        ]
    ),
    "failures": pa.schema(
        [
            ("path", _str),
            ("doc_id", _str),
            ("sha256", _str),
            ("size_bytes", _int),
            ("reason_code", _str),
            ("reason", _str),
            ("stage", _str),
        ]
    ),
}

SORT_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "sections": ("doc_id", "position", "section_id"),
    "paragraphs": ("doc_id", "section_position", "paragraph", "paragraph_id"),
    "references": ("doc_id", "number", "reference_id"),
    "citations": ("doc_id", "section", "paragraph", "start", "end", "citation_id"),
    "tables": ("doc_id", "position", "table_id"),
    "figures": ("doc_id", "position", "figure_id"),
    "entities": ("doc_id", "section", "paragraph", "start", "end", "label", "entity_id"),
    "relations": ("doc_id", "section", "evidence", "regulator", "effect", "therapy_id", "record_id"),
    "pairs": ("regulator_id", "therapy_id"),
    "failures": ("path",),
}

TABLE_NAMES = tuple(SCHEMAS)
