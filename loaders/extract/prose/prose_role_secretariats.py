"""Who is the secretariat of an activity, in prose: "ITU fait partie du secrétariat conjoint du
Dialogue", "X serves as the secretariat", "UN DESA will serve as the Secretariat for", "ITU, as the secretariat of
UNGIS", "with a joint secretariat comprising ITU, UNESCO and
ODET", "X and Y serve as the co-conveners and the Secretariat of Z", "Les autres membres du secrétariat conjoint sont ...", "qui en assurent le secrétariat";
and who supports an activity whose secretariat an earlier sentence named ("fournit un appui").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.extract.prose.activity_names import activity_names
from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_role_agents import agents_after, agents_before
from loaders.extract.prose.prose_role_triggers import SECRETARIAT_COMPRISING
from loaders.extract.prose.prose_terms import Found, Term

__all__ = ["add_secretariats"]

_SECRETARIAT_MEMBER = re.compile(r"\b(?:fait|font) partie du secretariat conjoint|\bis (?:part|a member) of the joint secretariat|"
                                 r"\b(?:(?:will|shall|would|continues? to|to)\s+)?(?:serves?|act|acts) as (?:the )?(?:joint )?secretariat|"
                                 # in apposition: "the International Telecommunication Union, as the secretariat of the
                                 # United Nations Group on the Information Society, ..."
                                 r"\s*,\s*as (?:the )?(?:joint )?secretariat (?:of|for)\b|\b(?:hosts?|houses?) the secretariat|"
                                 r"\b(?:assure|assurent|assurera) (?:conjointement )?le secretariat|"
                                 r"\b(?:accueille|heberge) le secretariat|\best l'hote du secretariat|"
                                 r"\bis (?:the )?host (?:of|to) the secretariat")
#: Another member of the secretariat named after the activity: "... avec la Commission de l'Union africaine en tant que membre".
_ALSO_MEMBER = re.compile(r"\s*,?\s*(?:avec|with)\s+(?P<who>[^,;.]{2,120}?)\s+(?:en tant que|comme|as an?)\s+(?:membre|member)\b")
_SECRETARIAT_OF_ACTIVITY = re.compile(r"\s*(?:membre|member) (?:du secretariat conjoint|of the joint secretariat) "
                                      r"(?:du|de la|de l'|des|of the|of)\s*")
_SECRETARIAT_OTHERS = re.compile(r"\b(?:les autres membres du secretariat(?: conjoint)? sont|the other members of the "
                                 r"(?:joint )?secretariat are)\s*")
_SECRETARIAT_EN = re.compile(r"\b(?:qui )?en assurent (?:conjointement )?le secretariat|\b(?:provides?|provide) "
                             r"(?:jointly )?the secretariat")
#: "UN DESA and UNCTAD serve as the co-conveners and the Secretariat of the IATT": the conveners organise it (the
#: labelled sets' rule: "co-convened by" -> organiser), and are its secretariat where the sentence says so.
_CONVENERS_OF = re.compile(r"\b(?:serves?|acts?) as (?:the )?(?:co-?)?(?:conveners|convenors|convener|convenor|organi[sz]ers|hosts)"
                           r"(?P<secretariat> and (?:the )?(?:joint )?secretariat)? of\s*")
_SUPPORT = re.compile(r"\b(?:fournit|fournissent|apporte|apportent) (?:un|son|leur) (?:appui|soutien)|\bprovides? support")


def _series_of_edition(found: Found, names: Names) -> Term | None:
    if found.term.kind == "edition" and found.term.series is not None:
        return Term.known(found.term.series)
    if found.term.entity is not None and (series := activity_names(names.registry).series_of(found.term.entity)):
        return Term.known(series)
    return None


def add_secretariats(names: Names, start: int, end: int, activities: list[Found], secretariat_of: list[Found],
                     hold: Callable[[str, Found, list[Found], tuple[int, int]], None],
                     subject_after: Callable[[int], Found | None]) -> list[Found]:
    """The secretariats the sentence ``start:end`` names, held by ``hold``; returns the activities
    a joint secretariat was named for, for the sentences after (``secretariat_of`` before it)."""
    text = names.folded
    for m in _SECRETARIAT_MEMBER.finditer(text, start, end):
        agents = agents_before(names, m.start(), start)
        following = [f for f in activities if f.start >= m.end()]
        if m.group(0).lstrip().startswith(","):  # in apposition, of what it names right after: "ITU, as the secretariat of X"
            following = [f for f in following if re.fullmatch(r"\s*(?:the|le|la|les|l')?\s*", text[m.end():f.start])][:1]
        if agents and following:
            secretariat_of = following
            for activity in following:
                hold("secretariat", activity, agents, (m.start(), m.end()))
            if also := _ALSO_MEMBER.match(text, following[-1].end, end):
                hold("secretariat", following[-1], agents_after(names, also.start("who"), also.end("who")),
                     (m.start(), also.end()))
    if head := _SECRETARIAT_OF_ACTIVITY.match(text, start, end):
        activity = subject_after(head.end())
        if activity is not None and activity.start == head.end():
            agents = agents_after(names, activity.end, end)
            if agents:
                secretariat_of = [activity]
                hold("secretariat", activity, agents, (head.start(), activity.end))
    for m in SECRETARIAT_COMPRISING.finditer(text, start, end):
        agents = agents_after(names, m.end(), end)
        if agents and activities:
            subject = activities[0]
            if (series := _series_of_edition(subject, names)) is not None:  # "its first session ..., with a joint secretariat"
                subject = Found(series, subject.start, subject.end)
            hold("secretariat", subject, agents, (m.start(), m.end()))
    for m in _SECRETARIAT_OTHERS.finditer(text, start, end):
        for activity in secretariat_of:
            hold("secretariat", activity, agents_after(names, m.end(), end), (m.start(), m.end()))
    for m in _SECRETARIAT_EN.finditer(text, start, end):
        agents = agents_before(names, m.start(), start)
        activity = activities[0] if activities else None
        if agents and activity is not None:
            hold("secretariat", activity, agents, (m.start(), m.end()))
    for m in _CONVENERS_OF.finditer(text, start, end):
        agents, activity = agents_before(names, m.start(), start), subject_after(m.end())
        if agents and activity is not None and activity.start - m.end() <= 4:
            hold("organiser", activity, agents, (m.start(), m.end()))
            if m.group("secretariat"):
                hold("secretariat", activity, agents, (m.start(), m.end()))
    for m in _SUPPORT.finditer(text, start, end):
        agents = agents_before(names, m.start(), start)
        targets = activities or secretariat_of
        if agents and targets and not activities:
            hold("partner", targets[0], agents, (m.start(), m.end()))
    return secretariat_of
