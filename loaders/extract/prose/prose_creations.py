"""Who created an activity, read from how prose says an organ made it (``createdBy``):

- the organ adopts a resolution creating it, or approves its creation: "L'Assemblée générale des
  Nations Unies a adopté cette semaine une résolution créant deux instances inédites … : un Groupe
  scientifique international indépendant et un Dialogue mondial sur la gouvernance de l'IA";
- it was established through an organ's resolution: "the United Nations Programme in Public
  Administration established through a UN General Assembly resolution of 1953 and ECOSOC
  resolution of 24 May 1967" (each organ whose resolution is named created it). Where the
  resolution is cited ("created by UN General Assembly Resolution A/RES/79/325"), the citation is
  its mandate (:mod:`loaders.extract.prose.prose_mandates`), and the organ no creator of its own.

The organ is a registry body; the activities are those the sentence names after the verb, in the
list it opens ("un A et un B"), or the one named right before "established through".
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_terms import Found, ProseExtraction, Term

__all__ = ["add_creations"]

#: An organ adopting a resolution that creates, or approving a creation: what follows is created.
_CREATING = re.compile(
    r"\b(?:(?:has |have )?(?:adopted|passed)|adopts|passes|(?:a|ont) adopte|adopte)\b[^.;]{0,40}?\b(?:a|the|une|la) "
    r"resolution\s+(?:creating|establishing|setting up|to (?:create|establish|set up)|"
    r"(?:that|which) (?:creates|establishes|created|established|sets up)|creant|etablissant|"
    r"instituant|portant creation d(?:e|u|es|')|visant a (?:creer|etablir|instituer)|qui (?:cree|etablit|institue))\b"
    r"|\b(?:(?:has |have )?approved|(?:a|ont) approuve|(?:has |have )?endorsed|(?:a|ont) entérine)\s+"
    r"(?:the |la )?(?:creation|establishment|mise en place)\s+(?:of|d(?:e|u|es|'))")
#: "established through a UN General Assembly resolution": the organs named before "resolution".
_ESTABLISHED_THROUGH = re.compile(
    r"\b(?:established|created|set up|cree|creee|crees|etabli|etablie|etablis|institue|instituee)\s+"
    r"(?:through|by|under|par|en vertu d(?:e|u|es|'))\s+(?:(?:a|an|the|une|la|sa|its)\s+)?")
_ORGAN_RESOLUTION = re.compile(r"\s*(?:resolutions?|decisions?)\b")
_SUBJECT_GAP = re.compile(r"[\s\w'’(),-]{0,60}")
_LIST_GAP = re.compile(r"\s*(?:,|:|—)?\s*(?:(?:and|et|ainsi que|as well as)\s+)?(?:(?:un|une|le|la|les|the|a|an)\s+|l['’]\s*)?")
_ORGAN_TYPES = {"Body"}


def _organ_before(names: Names, position: int, start: int) -> Found | None:
    """The organ that is the verb's subject: the last registry body before it in the sentence."""
    organs = [a for a in names.agents_in(start, position) if a.entity.type in _ORGAN_TYPES]
    if not organs or not _SUBJECT_GAP.fullmatch(names.text[organs[-1].end:position]):
        return None
    return Found(Term.known(organs[-1].entity), organs[-1].start, organs[-1].end)


def _listed_after(names: Names, position: int, end: int) -> list[Found]:
    """The activities the sentence lists after ``position``: the first within its clause (a colon
    may open the list), each next one joined by a comma or a conjunction."""
    text = names.text
    activities = [f for f in names.activities_in(position, end) if f.term.kind != "instrument"]
    if not activities:
        return []
    colon = max(text.rfind(mark, position, activities[0].start) for mark in (":", "—", " – "))
    opening = text[(colon + 1 if colon >= 0 else position):activities[0].start]
    if len(opening) > 80 or re.search(r"[.;]", opening):
        return []
    listed = [activities[0]]
    for activity in activities[1:]:
        if not _LIST_GAP.fullmatch(text[listed[-1].end:activity.start]):
            break
        listed.append(activity)
    return listed


def _organs_of_resolutions(names: Names, position: int, end: int) -> list[Found]:
    """The registry bodies named before "resolution" in the clause after ``position``: "a UN General
    Assembly resolution of 1953 and ECOSOC resolution of 24 May 1967" gives both."""
    clause_end = min([i for i in (names.text.find(";", position, end), names.text.find(". ", position, end)) if i >= 0],
                     default=end)
    mentions = names.registry.find_mentions(names.text, names.lang, start=position, end=clause_end, types=_ORGAN_TYPES)
    return [Found(Term.known(m.entity), m.start, m.end) for m in mentions
            if _ORGAN_RESOLUTION.match(names.folded, m.end)]


def add_creations(out: ProseExtraction, names: Names, start: int, end: int) -> None:
    folded = names.folded
    for m in _CREATING.finditer(folded, start, end):
        organ = _organ_before(names, m.start(), start)
        if organ is None:
            continue
        for activity in _listed_after(names, m.end(), end):
            out.add(activity.term, "createdBy", organ.term, (activity.start, activity.end), (m.start(), m.end()),
                    (organ.start, organ.end))
    for m in _ESTABLISHED_THROUGH.finditer(folded, start, end):
        before = [f for f in names.activities_in(start, m.start()) if f.term.kind != "instrument"]
        if not before or len(names.text[before[-1].end:m.start()].strip(" ,")) > 0:
            continue
        organs = _organs_of_resolutions(names, m.end(), end)
        if organs and names.citations_in(m.end(), min(end, organs[-1].end + 40)):
            continue  # "created by UN General Assembly Resolution A/RES/79/325": the cited resolution mandates it
        for organ in organs:
            out.add(before[-1].term, "createdBy", organ.term, (before[-1].start, before[-1].end), (m.start(), m.end()),
                    (organ.start, organ.end))
