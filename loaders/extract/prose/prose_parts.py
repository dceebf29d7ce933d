"""Activities a text says another is made of (or a part says it belongs to: "The STI Forum is a component of the
Technology Facilitation Mechanism"): "a Technology Facilitation Mechanism (TFM) ... will be
composed of: a United Nations Interagency Task Team on ..., a collaborative Multi-stakeholder
Forum on ... and an on-line platform" -- the Task Team and the Forum are part of the Mechanism.

The whole is the last activity named before the verb in the sentence, the parts the activities
listed after it (joined by commas, "and", « et »), each ``partOf`` the whole with the span of the
verb as evidence.

>>> from loaders.registry import load_registry
>>> from loaders.extract.prose.prose import extract_prose
>>> text = ("The Digital Cooperation Platform is composed of the AI Skills Coalition and the Global "
...         "Dialogue on AI Governance.")
>>> sorted((f.subject.key, f.object.key) for f in extract_prose(text, "en", load_registry()).facts
...        if f.predicate == "partOf")
[('ai-skills-coalition', 'new:digital cooperation platform'), ('global-dialogue-ai-governance', 'new:digital cooperation platform')]
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_terms import ProseExtraction

__all__ = ["add_parts"]

#: A whole said to be made of parts (folded text).
_MADE_OF = re.compile(r"\b(?:(?:is|are|was|were|will be|shall be) )?(?:composed of|comprised of|made up of|consists? of|consisting of|"
                      r"comprising|comprises|(?:se )?compos(?:e|ee|es|ent) de|(?:se )?compose de|comprend(?:ra)?|comprenant|"
                      r"(?:est|sera|sont|seront) constituee?s? de|regroupe|(?:also |further )?(?:includes|include))\s*:?\s*")
#: A part said to belong to a whole named after it: "The STI Forum is a component of the Technology Facilitation
#: Mechanism", « Le Forum ... fait partie du Mécanisme de facilitation des technologies ».
_PART_OF = re.compile(r"\b(?:is|are|was|were|will be) (?:a |an |one of the )?(?:(?:key|core|main|central|integral) )?"
                      r"(?:component|components|part|pillar|pillars|element|elements) of\s+(?:the\s+)?|"
                      r"\b(?:fait|font|fera|feront) partie (?:integrante )?(?:du|de la|de l'|des)\s*")
#: Items of a list no name was read for: ", an online platform", « , une plate-forme en ligne ».
_UNNAMED_ITEM = r"(?:\s*,\s*(?:an?|the|un|une)\s+(?:[\w'-]+\s+){0,2}[\w'-]+(?=\s*(?:,|and\b|et\b)))*"
#: What may stand between two parts of one list.
_PART_GAP = re.compile(r"\s*\)?" + _UNNAMED_ITEM + r"\s*(?:,|;)?\s*(?:(?:and|et|as well as|ainsi que|together with)\s+)?"
                       r"(?:(?:a|an|the|un|une|le|la|les|l'|des|du)\s+)?(?:[\w'-]+\s+){0,2}?")


def add_parts(out: ProseExtraction, names: Names, start: int, end: int) -> None:
    """``partOf`` facts for the parts a sentence lists after "composed of", « se compose de »."""
    folded = names.folded
    for verb in _MADE_OF.finditer(folded, start, end):
        before = [f for f in names.activities_in(start, verb.start()) if f.start >= 0]
        after = [f for f in names.activities_in(verb.end(), end) if f.start >= 0]
        if not before or not after or after[0].start - verb.end() > 40:
            continue
        whole = before[-1]
        parts, last_end = [after[0]], after[0].end
        for part in after[1:]:
            if part.term == parts[-1].term and re.fullmatch(r"\s*\(", folded[last_end:part.start]):
                last_end = part.end  # the part's acronym in brackets: "... Goals (STI Forum), an online platform"
                continue
            if not _PART_GAP.fullmatch(folded[last_end:part.start]):
                break
            parts.append(part)
            last_end = part.end
        for part in parts:
            if part.term != whole.term:
                out.add(part.term, "partOf", whole.term, (part.start, part.end), (verb.start(), verb.end()),
                        (whole.start, whole.end))
    for verb in _PART_OF.finditer(folded, start, end):
        before = names.activities_in(start, verb.start())
        after = names.activities_in(verb.end(), end)
        if before and after and after[0].start - verb.end() <= 4 and before[-1].term != after[0].term \
                and not folded[before[-1].end:verb.start()].strip(" ()"):  # the part right before the verb
            out.add(before[-1].term, "partOf", after[0].term, (before[-1].start, before[-1].end),
                    (verb.start(), verb.end()), (after[0].start, after[0].end))
