"""Meetings of organs named by their organ: a new event's name that says it is a meeting of an organ the
registry knows is part of that organ (the labelled sets' reading rule: "a meeting or session of a body
... is partOf it").

Two forms of the name, English and French:

- the meeting's head, then the organ: "the High Level Meeting of the United Nations General Assembly",
  "a high-level meeting of the UN General Assembly", « la réunion de haut niveau de l'Assemblée générale »,
  a topic after the organ allowed ("High-Level Meeting of the General Assembly on the Overall Review of ...");
- the organ, then a high-level meeting's head: "The United Nations General Assembly High-Level Meeting on the
  Twenty-Year Review of the World Summit ...".

Numbered sessions ("the 78th Session of the UN General Assembly") are read with the editions
(:mod:`loaders.extract.prose.prose_editions`).

>>> from loaders.registry import load_registry
>>> organ_of_meeting("High Level Meeting of the United Nations General Assembly", load_registry()).key
'general-assembly'
>>> organ_of_meeting("United Nations General Assembly High-Level Meeting on the Twenty-Year Review", load_registry()).key
'general-assembly'
>>> organ_of_meeting("High-Level Meeting on Digital Cooperation", load_registry()) is None
True
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_sessions import is_organ, without_un
from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_terms import Found, Term
from loaders.registry import Registry
from loaders.text import fold

__all__ = ["lower_case_meetings", "organ_of_meeting", "organ_of_meeting_named"]

_KIND = r"(?:(?:high[- ]level|special|plenary|annual|informal|formal)\s+)*"
_HEAD = r"(?:meeting|session|debate|segment|reunion|seance|debat)"
#: "High Level Meeting of the United Nations General Assembly", « réunion de haut niveau de l'Assemblée générale ».
_HEAD_OF_ORGAN = re.compile(r"^(?:the\s+|a\s+|la\s+|le\s+|l')?" + _KIND + _HEAD + r"(?:\s+(?:de haut niveau|pleniere|speciale))?"
                            r"\s+(?:of the|of|du|de la|de l'|des)\s*(?P<organ>.+)$")
#: "United Nations General Assembly High-Level Meeting on ...": the organ, then a high-level meeting.
_ORGAN_HEAD = re.compile(r"^(?:the\s+)?(?P<organ>.+?)\s+high[- ]level\s+(?:meeting|segment|debate|dialogue)\b")
#: A topic after the organ's name: "... of the General Assembly on the Overall Review".
_TOPIC = re.compile(r"\s+(?:on|sur|concernant|regarding)\s.*$")


#: A meeting named as a document's complement is the document's title, told of no meeting: "The Outcome Document
#: (A/RES/80/173) of the High-Level Meeting of the General Assembly on the overall review ...".
_DOCUMENT_OF = re.compile(r"\b(?:document|report|resolution|declaration|outcome|rapport|document final)\s*"
                          r"(?:\([^()]{1,30}\)\s*)?(?:of the|of|du|de la|de l'|des)\s*$")


def organ_of_meeting_named(text: str, start: int, end: int, registry: Registry) -> Term | None:
    """The organ the meeting named at ``text[start:end]`` is a meeting of, unless a document's title names it."""
    if _DOCUMENT_OF.search(fold(text[max(0, start - 50):start])):
        return None
    return organ_of_meeting(text[start:end], registry)


def organ_of_meeting(label: str, registry: Registry) -> Term | None:
    """The registry organ ``label`` names a meeting of, else None."""
    folded = fold(" ".join(label.split()))
    for pattern in (_HEAD_OF_ORGAN, _ORGAN_HEAD):
        m = pattern.match(folded)
        if m is None:
            continue
        start = m.start("organ")
        organ = label_part(label, folded, start, m.end("organ"))
        for name in (organ, _TOPIC.sub("", organ)):
            entity = registry.resolve(name) or registry.resolve(without_un(name))
            if entity is not None and is_organ(Term.known(entity)):
                return Term.known(entity)
    return None


def label_part(label: str, folded: str, start: int, end: int) -> str:
    """The words of ``label`` at ``folded[start:end]`` (folding keeps the length of a label whose spaces are single)."""
    single = " ".join(label.split())
    return single[start:end] if len(single) == len(folded) else folded[start:end]


#: A high-level meeting of an organ written in lower case, before the organ's name: "At a high-level meeting of the UN
#: General Assembly (GA) on December 16, 2015", « lors d'une réunion de haut niveau de l'Assemblée générale ».
_LOWER_MEETING = re.compile(r"\b(?:a|an|the|une|la)\s+(?:(?:one|two|three)-day\s+)?(?P<name>(?:high[- ]level\s+(?:plenary\s+)?meeting"
                            r"\s+of\s+the|reunion\s+(?:pleniere\s+)?de\s+haut\s+niveau\s+de\s+l')\s*)")


def lower_case_meetings(names: Names, start: int, end: int) -> list[Found]:
    """The high-level meetings of organs a sentence names in lower case (see :data:`_LOWER_MEETING`), each an event
    named as written, from its head to the organ's name, and part of the organ."""
    out = []
    for m in _LOWER_MEETING.finditer(names.folded, start, end):
        if names.text[m.start("name")].isupper() or _DOCUMENT_OF.search(names.folded, max(0, m.start() - 50), m.start("name")):
            continue  # a capitalised name is read with the document's names; a document's title tells of no meeting
        organ = next((a for a in names.agents_in(m.end("name"), end) if re.fullmatch(
            r"(?:UN\s+|United Nations\s+)?", names.text[m.end("name"):a.start]) and is_organ(Term.known(a.entity))), None)
        if organ is None or any(f.start < organ.end and m.start("name") < f.end for f in names.activities):
            continue
        label = " ".join(names.text[m.start("name"):organ.end].split())
        out.append(Found(Term("event", label=label), m.start("name"), organ.end, owner=Term.known(organ.entity)))
    return out
