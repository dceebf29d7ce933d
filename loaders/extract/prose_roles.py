"""Roles in prose: a trigger ("co-chaired by", "organised by", "led by", "in partnership with",
"hosted by", "convened by", "sous la coordination de", "présidé par", "accueilli par", "l'UIT
coordonne", "ont créé conjointement", "fait partie du secrétariat conjoint", "serves as the
secretariat", "qui en assurent le secrétariat", "dont elle est l'institution chef de file")
links the agents it names to the activity before it (or after it, or the one the sentence is
about).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.extract.prose_names import Names
from loaders.extract.prose_terms import Found, ProseExtraction, Term
from loaders.registry import Mention
from loaders.text import fold

__all__ = ["RoleContext", "add_roles"]

_PARTICIPLE = r"(?:e|ee|es|ees|s)?"
#: Triggers followed by the agents that hold the role: "co-chaired by ITU and UNESCO".
_ROLE_AFTER = [
    (re.compile(r"\b(?:co-?chaired by|chaired by|copresid" + _PARTICIPLE + r" par|presid" + _PARTICIPLE + r" par)\s+"), "chair"),
    (re.compile(r"\b(?:co-?led by|led by|spearheaded by|launched by|men" + _PARTICIPLE + r" par|dirig" + _PARTICIPLE
                + r" par|pilot" + _PARTICIPLE + r" par|lanc" + _PARTICIPLE + r" par|under the leadership of|"
                r"sous la direction d(?:e|u|es)?|sous l'egide d(?:e|u|es)?|porte" + _PARTICIPLE + r" par)\s*"), "leadEntity"),
    (re.compile(r"\b(?:co-?organi[sz]ed by|organi[sz]ed by|organis" + _PARTICIPLE + r" (?:conjointement )?par|"
                r"co-?hosted by|hosted by|convened by|co-?convened (?:by|with)|co-?convoqu" + _PARTICIPLE + r" par|"
                r"anim" + _PARTICIPLE + r" par|accueilli" + _PARTICIPLE + r" par)\s+"), "organiser"),
    (re.compile(r"\b(?:coordinated by|sous la coordination d(?:e|u|es)?|coordonn" + _PARTICIPLE + r" par)\s*"), "coordinator"),
    (re.compile(r"\b(?:created by|cre" + _PARTICIPLE + r" (?:a l'origine |initialement |conjointement )?par|set up by|"
                r"established by|etabli" + _PARTICIPLE + r" par|institu" + _PARTICIPLE + r" par|"
                r"mis" + _PARTICIPLE + r" en place par)\s+"), "createdBy"),
    (re.compile(r"\b(?:in partnership with|en partenariat avec|in collaboration with|en collaboration avec|"
                r"in cooperation with|en cooperation avec|with the support of|avec l'appui d(?:e|u|es)?|"
                r"supported by|soutenu" + _PARTICIPLE + r" par|in conjunction with)\s*"), "partner"),
]
#: Verbs after the agents that hold the role, before the activity: "l'UIT a lancé la Communauté".
_ROLE_BEFORE = [
    (re.compile(r"\s*(?:a|ont|has|have|had)?\s*(?:launched|lance|lancent|spearheads|leads|dirige|mene|pilote)\b"), "leadEntity"),
    (re.compile(r"\s*(?:coordinates|coordinate|will coordinate|coordonne|coordonnent|coordonnera|coordonneront)\b"), "coordinator"),
    (re.compile(r"\s*(?:(?:a|ont) (?:\w+ment )?(?:conjointement )?cree|(?:have |has )?(?:\w+ly )?created|decided to create|"
                r"a decide de creer|(?:have |has )?(?:\w+ly )?established|set up|(?:a|ont) (?:\w+ment )?mis en place)\b"),
     "createdBy"),
    (re.compile(r"\s*(?:co-?)?(?:organi[sz]es|organise|organisent|organisera|will organi[sz]e|hosts|will host|accueille|"
                r"accueillera|convenes|will convene)\b"), "organiser"),
    (re.compile(r"\s*(?:co-?chairs|copreside|copresident|chairs|preside)\b"), "chair"),
]
_JOINTLY = re.compile(r"[^.;]{0,40}?\b(?:conjointement avec|jointly with|together with|en collaboration avec|avec)\s*")
_SECRETARIAT_MEMBER = re.compile(r"\b(?:fait|font) partie du secretariat conjoint|\bis (?:part|a member) of the joint secretariat|"
                                 r"\b(?:serves?|acts?) as (?:the )?(?:joint )?secretariat|\b(?:hosts?|houses?) the secretariat|"
                                 r"\b(?:assure|assurent|assurera) (?:conjointement )?le secretariat|"
                                 r"\b(?:accueille|heberge) le secretariat")
_SECRETARIAT_OF_ACTIVITY = re.compile(r"\s*(?:membre|member) (?:du secretariat conjoint|of the joint secretariat) "
                                      r"(?:du|de la|de l'|des|of the|of)\s*")
_SECRETARIAT_OTHERS = re.compile(r"\b(?:les autres membres du secretariat(?: conjoint)? sont|the other members of the "
                                 r"(?:joint )?secretariat are)\s*")
_SECRETARIAT_EN = re.compile(r"\b(?:qui )?en assurent (?:conjointement )?le secretariat|\b(?:provides?|provide) "
                             r"(?:jointly )?the secretariat")
_SUPPORT = re.compile(r"\b(?:fournit|fournissent|apporte|apportent) (?:un|son|leur) (?:appui|soutien)|\bprovides? support")
_LEAD_WHOSE = re.compile(r"\bdont (?:elle|il) est l'institution chef de file|\bof which it is the lead (?:agency|entity)|"
                         r"\b(?:is|as) the lead (?:agency|entity|organization) (?:of|for)\b")
_IN_THE_FRAME = re.compile(r"\s*(?:dans le cadre d(?:e|u|es)|as part of|under|within)\s+(?:l'|la |le |les |the )?")
_AGENT_GAP = re.compile(r"^[\s,()'’]*(?:(?:et|and|ainsi que|as well as|de|du|des|d'|l'|le|la|les|the|son|sa|ses|"
                        r"government of|gouvernement|governments of|gouvernements|un|united nations|onu)[\s,()'’]*)*$")
#: A long name written before the acronym the registry knows: "the Food and Agriculture Organization of the UN (FAO)".
_NAME_BEFORE_ACRONYM = re.compile(r"[\s,)]*(?:(?:and|et|as well as|ainsi que)\s+)?(?:the\s+|l['’]|la\s+|le\s+)?"
                                  r"[A-ZÀ-Ý][^,;()]{2,90}\($")


def _agents_after(names: Names, position: int, end: int) -> list[Mention]:
    """The list of agents written from ``position`` on: "l'UIT et l'UNESCO", "ITU, FAO (FAO), WFP",
    "ITU, the Food and Agriculture Organization of the UN (FAO)"."""
    text = fold(names.text)
    out: list[Mention] = []
    cursor = position
    for agent in names.agents_in(position, end):
        if agent.start < cursor:
            continue
        gap = text[cursor:agent.start]
        listed = _AGENT_GAP.match(gap) and not (names.lang == "fr" and re.search(r",\s*et\b", gap))
        if not listed and not _NAME_BEFORE_ACRONYM.fullmatch(names.text[cursor:agent.start]):
            ahead = [a for a in names.agents_in(agent.end, end)
                     if _NAME_BEFORE_ACRONYM.fullmatch(names.text[cursor:a.start])]
            if ahead:  # this agent is a word of the long name before an acronym ("... of the UN (FAO)")
                continue
            break
        if not out or out[-1].entity.key != agent.entity.key:
            out.append(agent)
        cursor = agent.end
    return out


def _agents_before(names: Names, position: int, start: int) -> list[Mention]:
    """The list of agents written just before ``position`` (the subject of a verb)."""
    text = fold(names.text)
    out: list[Mention] = []
    cursor = position
    for agent in reversed(names.agents_in(start, position)):
        gap = text[agent.end:cursor]
        if not _AGENT_GAP.match(gap) or (names.lang == "fr" and re.search(r",\s*et\b", gap)):
            break
        if not out or out[-1].entity.key != agent.entity.key:
            out.append(agent)
        cursor = agent.start
    return list(reversed(out))


def _pronoun_agent(names: Names, position: int) -> Mention | None:
    earlier = [a for a in names.agents if a.end <= position and a.entity.type in ("Agency", "Organization")]
    return earlier[-1] if earlier else None


@dataclass
class RoleContext:
    """What a sentence leaves to the next: the activities a joint secretariat was named for."""

    secretariat_of: list[Found] = field(default_factory=list)


def add_roles(out: ProseExtraction, names: Names, start: int, end: int, context: RoleContext) -> None:
    text = fold(names.text)
    activities = [f for f in names.activities_in(start, end)]
    consumed: set[int] = set()

    def subject_before(position: int) -> Found | None:
        candidates = [f for f in activities if f.end <= position and f.start not in consumed]
        return candidates[-1] if candidates else None

    def subject_after(position: int) -> Found | None:
        return next((f for f in activities if f.start >= position and f.start not in consumed), None)

    def hold(role: str, activity: Found, agents: list[Mention], trigger: tuple[int, int]) -> None:
        for agent in agents:
            if activity.term.entity is not None and activity.term.entity.key == agent.entity.key:
                continue
            consumed.add(agent.start)
            out.add(activity.term, role, Term.known(agent.entity), (activity.start, activity.end), trigger,
                    (agent.start, agent.end))

    fronted = any(p.match(text, start) for p, _ in _ROLE_AFTER)  # "Organised by ITU ..., the summit"
    for pattern, role in _ROLE_AFTER:
        for m in pattern.finditer(text, start, end):
            agents = _agents_after(names, m.end(), end)
            if not agents:
                continue
            activity = subject_before(m.start()) or (subject_after(agents[-1].end) if fronted else None)
            if activity is not None:
                hold(role, activity, agents, (m.start(), m.end()))
    for pattern, role in _ROLE_BEFORE:
        for m in pattern.finditer(text, start, end):
            pronoun_en = re.search(r"\s+en\s*$", text[max(start, m.start() - 5):m.start()])
            verb_at = m.start() - (len(pronoun_en.group(0)) if pronoun_en else 0)
            agents = _agents_before(names, verb_at, start)
            if not agents and re.search(r"\b(?:elle|il|it|she)\s*$", text[max(start, m.start() - 8):m.start()]):
                agent = _pronoun_agent(names, m.start())
                agents = [agent] if agent else []
            if not agents:
                continue
            activity = subject_before(agents[0].start) if pronoun_en else subject_after(m.end())
            if activity is None:
                continue
            gap = text[m.end():activity.start]
            if not pronoun_en and (len(gap) > 40 or "," in gap):
                continue
            hold(role, activity, agents, (m.start(), m.end()))
            if jointly := _JOINTLY.match(text, m.end(), end):
                hold(role, activity, _agents_after(names, jointly.end(), end), (m.start(), jointly.end()))
    for m in _SECRETARIAT_MEMBER.finditer(text, start, end):
        agents = _agents_before(names, m.start(), start)
        following = [f for f in activities if f.start >= m.end()]
        if agents and following:
            context.secretariat_of = following
            for activity in following:
                hold("secretariat", activity, agents, (m.start(), m.end()))
    if head := _SECRETARIAT_OF_ACTIVITY.match(text, start, end):
        activity = subject_after(head.end())
        if activity is not None and activity.start == head.end():
            agents = _agents_after(names, activity.end, end)
            if agents:
                context.secretariat_of = [activity]
                hold("secretariat", activity, agents, (head.start(), activity.end))
    for m in _SECRETARIAT_OTHERS.finditer(text, start, end):
        for activity in context.secretariat_of:
            hold("secretariat", activity, _agents_after(names, m.end(), end), (m.start(), m.end()))
    for m in _SECRETARIAT_EN.finditer(text, start, end):
        agents = _agents_before(names, m.start(), start)
        activity = activities[0] if activities else None
        if agents and activity is not None:
            hold("secretariat", activity, agents, (m.start(), m.end()))
    for m in _SUPPORT.finditer(text, start, end):
        agents = _agents_before(names, m.start(), start)
        targets = activities or context.secretariat_of
        if agents and targets and not activities:
            hold("partner", targets[0], agents, (m.start(), m.end()))
    for m in _LEAD_WHOSE.finditer(text, start, end):
        activity = subject_before(m.start())
        agent = _pronoun_agent(names, activity.start if activity else m.start())
        if activity is not None and agent is not None:
            hold("leadEntity", activity, [agent], (m.start(), m.end()))
    if frame := _IN_THE_FRAME.match(text, start, end):
        activity = subject_after(frame.end())
        gap = text[frame.end():activity.start] if activity is not None else ""
        if activity is not None and re.fullmatch(r"(?:initiative|programme|projet|project)?\s*[\"“«]?\s*", gap):
            rest = re.compile(r",\s+(?:l'|le |la |les |the )?")
            for comma in rest.finditer(text, activity.end, end):
                agents = [a for a in names.agents_in(comma.end(), end) if a.start == comma.end()]
                if agents:
                    hold("partner", activity, agents[:1], (frame.start(), activity.end))
                    break

