"""Rule-based relation extraction: Document -> (regulator, effect, therapy) records (``spec/relations.md``).

Where a sentence becomes a record: ``sentence_rules.doc_to_findings`` (body text
and figure legends) and ``table_rules.table_to_findings`` (table rows);
``extract.extract_records`` runs them over a Document.
"""

from pipeline.relations.extract import extract_records

__all__ = ["extract_records"]
