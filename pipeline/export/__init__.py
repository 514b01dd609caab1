"""Export of a ``mitominer run`` output for other tools: BioC (JSON, XML) and PubTator.

``passages.py`` turns one paper's cached rows into passages with document
offsets and places its entities, citation markers and records on them;
``bioc_export.py`` builds the BioC collection with the ``bioc`` package and
writes it; ``collect.py`` reads the processed papers of a run from its cache.
"""
