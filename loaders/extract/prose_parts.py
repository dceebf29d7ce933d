"""Activities a text says another is made of: "a Technology Facilitation Mechanism (TFM) ... will be
composed of: a United Nations Interagency Task Team on ..., a collaborative Multi-stakeholder
Forum on ... and an on-line platform" -- the Task Team and the Forum are part of the Mechanism.

The whole is the last activity named before the verb in the sentence, the parts the activities
listed after it (joined by commas, "and", « et »), each ``partOf`` the whole with the span of the
verb as evidence.

>>> from loaders.registry import load_registry
>>> from loaders.extract.prose import extract_prose
>>> text = ("The Digital Cooperation Platform is composed of the AI Skills Coalition and the Global "
...         "Dialogue on AI Governance.")
>>> sorted((f.subject.key, f.object.key) for f in extract_prose(text, "en", load_registry()).facts
...        if f.predicate == "partOf")
[('ai-skills-coalition', 'new:digital cooperation platform'), ('global-dialogue-ai-governance', 'new:digital cooperation platform')]
"""

from __future__ import annotations

import re

from loaders.extract.prose_names import Names
from loaders.extract.prose_terms import ProseExtraction

__all__ = ["add_parts"]

#: A whole said to be made of parts (folded text).
_MADE_OF = re.compile(r"\b(?:(?:is|are|was|were|will be|shall be) )?(?:composed of|comprised of|made up of|consists? of|consisting of|"
                      r"comprising|comprises|(?:se )?compos(?:e|ee|es|ent) de|(?:se )?compose de|comprend(?:ra)?|comprenant|"
                      r"(?:est|sera|sont|seront) constituee?s? de|regroupe)\s*:?\s*")
#: What may stand between two parts of one list.
_PART_GAP = re.compile(r"\s*(?:,|;)?\s*(?:(?:and|et|as well as|ainsi que)\s+)?(?:(?:a|an|the|un|une|le|la|les|l'|des|du)\s+)?"
                       r"(?:[\w'-]+\s+){0,2}?")


def add_parts(out: ProseExtraction, names: Names, start: int, end: int) -> None:
    """``partOf`` facts for the parts a sentence lists after "composed of", « se compose de »."""
    folded = names.folded
    for verb in _MADE_OF.finditer(folded, start, end):
        before = [f for f in names.activities_in(start, verb.start()) if f.start >= 0]
        after = [f for f in names.activities_in(verb.end(), end) if f.start >= 0]
        if not before or not after or after[0].start - verb.end() > 40:
            continue
        whole = before[-1]
        parts = [after[0]]
        for part in after[1:]:
            if not _PART_GAP.fullmatch(folded[parts[-1].end:part.start]):
                break
            parts.append(part)
        for part in parts:
            if part.term != whole.term:
                out.add(part.term, "partOf", whole.term, (part.start, part.end), (verb.start(), verb.end()),
                        (whole.start, whole.end))
