"""Works not yet out: what an entry and its citations print in place of a year.

``(Smith, in press)``, ``(Smith, forthcoming)``, ``(Smith et al., submitted)``, ``(Lee, in
preparation)``, APA's ``(n.d.)`` (no date). One list for the entry splitter, the reference
reader and the author-year linker, so that a status word added here is read everywhere.
"""

from __future__ import annotations

#: the status words, as a citation prints them (lower case)
WORDS = ("in press", "forthcoming", "submitted", "in preparation")
#: the same, with the capital an entry may give them ("Okafor P (In press)"), for a regex
PATTERN = r"[Ii]n press|[Ff]orthcoming|[Ss]ubmitted|[Ii]n preparation"
#: ... in lower case only (inside a citation's brackets)
LOWER = "|".join(WORDS)
