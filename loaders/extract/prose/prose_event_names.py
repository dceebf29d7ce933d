"""Events named by their number: an ordinal before a series' name makes one occurrence of it.

"le 13e Forum africain sur la gouvernance de l'Internet", "la 8e édition du forum sur la
gouvernance de l'Internet en Afrique", "the third Global Meeting", and an acronym with a number
after the name, "the ITU Plenipotentiary Conference (PP-18)": the occurrence is an event
of its own, named from the ordinal to the end of the series' name, and part of the series. Its
dates and places are the occurrence's, not the series'. A known series (one the registry lists,
with editions by year) is left to :mod:`loaders.extract.prose.activity_names`.

>>> import re
>>> bool(_ORDINAL_BEFORE.search(fold("Le Tchad accueille la 8e édition du ")))
True
"""

from __future__ import annotations

import re

from loaders.extract.ordinals import ordinal_words
from loaders.extract.prose.prose_terms import Found, Term
from loaders.text import fold

__all__ = ["meeting_possessor", "numbered_occurrences", "with_occurrences"]

#: An acronym with a number names one occurrence: "ITU Plenipotentiary Conference (PP-18)", "(WTSA-24)".
_NUMBERED_ACRONYM = re.compile(r"[ \t]*\((?=[^()]*\d)[A-Z][A-Z0-9+][A-Za-z0-9+]*(?:[ -]?[A-Z0-9][A-Za-z0-9]*)*\)")

_WORDS = "|".join(sorted((re.escape(w) for w in ordinal_words(60) if " " not in w), key=len, reverse=True))
#: An ordinal ("13e", "3ème", "19th", "troisième", "first"), then perhaps "édition du", "edition of the",
#: "annual meeting of the", right before the name.
_ORDINAL_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<ordinal>\d{1,3}(?:e|eme|er|ere|st|nd|rd|th)|" + _WORDS + r"|premiere)"
                             r"\s+(?P<words>(?:[\w'’.-]+\s+(?:-\s+)?){0,3}?)(?:(?:annual\s+|annuelle?\s+)?edition\s+"
                             r"(?:of\s+the\s+|of\s+|du\s+|de\s+la\s+|de\s+l['’]|des\s+))?$", re.IGNORECASE)


#: A series of events is named by an event's head ("Forum africain ...", "Global Meeting"), not by a session or
#: meeting of a body ("session of the General Assembly", numbered by the body's sessions) nor by a centre.
_ORDINAL_OPENING = re.compile(r"(?:\d{1,3}(?:e|eme|er|ere|st|nd|rd|th)?|" + _WORDS + r"|premiere)\s")
_EVENT_HEAD = re.compile(r"\b(?:forum|summit|sommet|conference|dialogue|meeting|workshop|atelier|seminar|seminaire|"
                         r"symposium|colloque|congress|congres|assembly|day|journee|week|semaine)s?\b")
#: A possessive before the ordinal: "the UN’s first AI Governance Day".
_POSSESSIVE = re.compile(r"['’]s\s+$")
#: The heads of bodies, which hold meetings of their own: "The Group held its first in-person meeting".
_BODY_HEAD = re.compile(r"\b(?:group|groupe|committee|comite|council|conseil|commission|panel|board|body|organe|task force|"
                        r"task team|working party)\b")
_BODY_SESSION = re.compile(r"^(?:session|meeting|reunion|seance)\b")


def _is_series(name: str) -> bool:
    folded = fold(name)
    return bool(_EVENT_HEAD.search(folded)) and not _BODY_SESSION.match(folded)


def numbered_occurrences(text: str, activities: list[Found], start: int) -> list[tuple[Found, Found]]:
    """(the occurrence, the series' name) for each new name in ``activities`` written after an
    ordinal in the sentence opening at ``start``, or before a numbered acronym."""
    out = []
    for found in activities:
        term = found.term
        if term.entity is not None or term.kind not in ("activity", "event") or not _is_series(term.label or text[found.start:found.end]):
            continue
        before = text[max(start, found.start - 40):found.start]
        m = _ORDINAL_BEFORE.search(fold(before))
        words = before[m.start("words"):m.end("words")].split() if m else []
        if m is not None and not all(w[0].isupper() or w == "-" for w in words):
            m = None  # only capitalised words of the name may come between: "the first INTERPOL - UNICRI Global Meeting"
        if m is not None and _POSSESSIVE.search(before, 0, m.start("ordinal")):
            continue  # "the UN’s first AI Governance Day": the first of its kind, no occurrence of a series
        if m is None:
            if (acronym := _NUMBERED_ACRONYM.match(text, found.end)) is not None \
                    and not _ORDINAL_OPENING.match(fold(text[found.start:found.end])):  # "7e session du Forum (FRADD2021)"
                out.append((Found(Term("event", label=text[found.start:acronym.end()]), found.start, acronym.end(),
                                  found.owner), found))
            continue
        begin = found.start - len(before) + m.start("ordinal")
        occurrence = Term("event", label=text[begin:found.end])
        out.append((Found(occurrence, begin, found.end, found.owner), found))
    return out


def with_occurrences(text: str, activities: list[Found]) -> list[Found]:
    """``activities`` (in reading order) with each numbered occurrence named as such, and the
    series named again after it, or by its acronym, read as that occurrence: "Le 13e Forum
    africain ... (AfIGF-2024) se tiendra ... Le forum de cette année est organisé par la CEA"."""
    occurrence_of: dict[str, Term] = {}
    out = []
    for found in activities:
        line = max(text.rfind("\n", 0, found.start), text.rfind(". ", 0, found.start)) + 1
        numbered = numbered_occurrences(text, [found], max(0, line))
        if numbered:
            occurrence, _ = numbered[0]
            occurrence_of[found.term.key] = occurrence.term
            out.append(occurrence)
        elif found.term.key in occurrence_of:
            out.append(Found(occurrence_of[found.term.key], found.start, found.end, found.owner))
        else:
            out.append(found)
    return out


def meeting_possessor(text: str, found: list[Found], start: int, paragraph_start: int) -> Found | None:
    """The activity a possessive before a meeting stands for: the one its sentence opens with ("The Group held its
    first in-person meeting in March 2016": the Group's)."""
    if not re.search(r"\b(?:its|their|son|sa|leur)\s+$", text[max(0, start - 7):start]):
        return None
    sentence_start = max(text.rfind(". ", 0, start) + 2, paragraph_start)
    subject = next((f for f in found if sentence_start <= f.start and f.end <= start
                    and re.fullmatch(r"\s*(?:The|La|Le|L['’]|This|Ce|Cette)?\s*", text[sentence_start:f.start])), None)
    # a body's meetings (a group, a committee), not a series' ("The Internet Governance Forum (IGF) holds its first
    # annual meeting": the Forum's first edition, which the rules for editions read)
    return subject if subject is not None and not subject.term.is_event and _BODY_HEAD.search(fold(text[subject.start:subject.end])) \
        else None
