"""A host's sensitivity to a drug's toxicity is no tumour outcome (issue 9; spec rule 10).

``DPYD variant carriers were more sensitive to the toxic effects of capecitabine`` says that people with a
variant suffer more of the drug's toxicity: a pharmacogenomic adverse reaction, not what the gene does to
the drug's effect on tumour cells. An outcome record whose sentence states such a sensitivity of a host
(patients, carriers, mice) and names no tumour cell or tumour is dropped; ``cells were more sensitive to
the toxic effects of D`` (the drug's efficacy on cells) keeps it. Words are data
(``models/relations/host_toxicity.json``).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from pipeline.records import Record
from pipeline.resources import model_path


def _words(items: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(items) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = json.loads((model_path("relations") / "host_toxicity.json").read_text(encoding="utf-8"))
    return _words(data["toxic_effect_phrases"]), _words(data["host_words"]), _words(data["tumour_unit_words"])


def host_toxicity(record: Record) -> bool:
    """Whether the record's sentence states a host's sensitivity to the drug's toxicity and no tumour unit."""
    toxic, host, tumour = _patterns()
    sentence = record.evidence
    return (toxic.search(sentence) is not None and host.search(sentence) is not None
            and tumour.search(sentence) is None)
