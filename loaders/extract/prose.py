"""Facts from English and French prose: mandates, roles, events, editions, mentions.

Rule-based and sentence by sentence, each fact with the span that states it:

- **mandate links**: an instrument cited after a cue ("established by", "in line with",
  "pursuant to", "conformément à", "en application de", "comme indiqué dans", "mandated by")
  or as the subject of a mandating verb ("La Résolution 79/325 ... prie", "a resolution
  (A/RES/79/325) that delineates") mandates the activities the sentence names;
- **roles**: a trigger ("co-chaired by", "organised by", "led by", "in partnership with",
  "sous la coordination de", "l'UIT coordonne", "ont créé conjointement", "fait partie du
  secrétariat conjoint", "qui en assurent le secrétariat", "dont elle est l'institution chef
  de file") links the agents it names to the activity before it (or after it, or the one the
  sentence is about);
- **events**: a date and a place in a sentence about an event, an edition (a series with a
  year) or a meeting of a body ("la première réunion en présentiel ... à Madrid"), and the
  event a side event is held on the margins of;
- **editions** are part of their series; **mentions** are every registry entity named.

>>> from loaders.registry import load_registry
>>> facts = extract_prose("Le projet Giga mené par l'UIT en coopération avec l'UNICEF vise à connecter les écoles.", "fr", load_registry()).facts
>>> sorted((f.subject.key, f.predicate, f.object.key) for f in facts)
[('giga', 'leadEntity', 'itu'), ('giga', 'partner', 'unicef')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.extract.activity_names import activity_names
from loaders.extract.event_dates import DateExpression, find_dates
from loaders.extract.prose_names import Names, read_names
from loaders.extract.prose_terms import EVENT_HEADS, Found, ProseFact, Term, heads_of_names
from loaders.registry import Mention, Registry
from loaders.text import fold

__all__ = ["ProseExtraction", "extract_prose", "sentences"]


@dataclass
class ProseExtraction:
    facts: list[ProseFact] = field(default_factory=list)
    mentions: list[Found] = field(default_factory=list)

    def add(self, subject: Term, predicate: str, obj: Term, *spans: tuple[int, int]) -> None:
        if subject.key == obj.key:
            return
        start = min(s for s, _ in spans)
        end = max(e for _, e in spans)
        fact = ProseFact(subject, predicate, obj, (start, end))
        if all((f.subject.key, f.predicate, f.object.key, f.span) != (subject.key, predicate, obj.key, fact.span)
               for f in self.facts):
            self.facts.append(fact)


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"«“A-ZÀ-Ý\d–-])|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split after . ! ? ; before a capital, and at line ends.

    >>> [ "Un. Deux"[s:e] for s, e in sentences("Un. Deux") ]
    ['Un.', 'Deux']
    """
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text.rstrip())))
    return out


# ---- mandate links -------------------------------------------------------------------------

_MANDATE_CUE = re.compile(
    r"\b(?:(?:established|created|set up|launched) (?:by|under|pursuant to|in accordance with|in line with)|"
    r"(?:as )?mandated (?:by|under|in)|pursuant to|in accordance with|in line with|in follow-up to|"
    r"in implementation of|in response to|as called for (?:in|by)|as requested (?:in|by)|as decided (?:in|by)|"
    r"as set out in|as outlined in|as envisaged in|as provided for in|under the terms of|by the terms of|"
    r"(?:cree|etabli|institue|lance)(?:e|s|es)? (?:par|en application d|en vertu d|conformement a)|"
    r"en application d|conformement a|comme indique dans|comme prevu (?:dans|par)|comme demande dans|"
    r"en vertu d|en execution d|mandate(?:e|s|es)? par|pour donner suite a|donnant suite a|"
    r"aux termes d)")
_MANDATING_VERB = re.compile(
    r"^(?:\s*(?:de l'assemblee generale|of the general assembly|,[^,.;]{0,60},|\)))*\s*(?:(?:that|which|qui)\s+)?"
    r"(?:prie|demande|decide|charge|requests?|decides?|decided|calls? for|called for|establishe[sd]?|creates?|created|"
    r"cree|a cree|mandates?|tasks?|delineates?|sets? out|provides? for|definit|institue|etablit)\b")
_GAP_QUOTES = re.compile(r"[“\"«][^”\"»]*[”\"»]")


def _mandates(out: ProseExtraction, names: Names, start: int, end: int) -> None:
    text = names.text
    folded = fold(text)
    citations = names.citations_in(start, end)
    if not citations:
        return
    activities = [f for f in names.activities_in(start, end) if f.start >= 0]
    if not activities:
        return
    for citation in citations:
        cued = False
        for cue in _MANDATE_CUE.finditer(folded, start, citation.start):
            gap = _GAP_QUOTES.sub("", folded[cue.end():citation.start])
            if len(gap) <= 110 and not re.search(r"[.;]\s", gap):
                cued = True
        after = folded[citation.end:min(end, citation.end + 90)]
        subject = bool(_MANDATING_VERB.match(after))
        if not (cued or subject):
            continue
        instrument = Term.instrument(citation.symbol, citation.instrument_type)
        for activity in activities:
            if activity.term.kind == "instrument":
                continue
            out.add(activity.term, "mandatedBy", instrument, (activity.start, activity.end), (citation.start, citation.end))
            if citation.paragraph:
                paragraph = Term("paragraph", symbol=citation.symbol, number=citation.paragraph,
                                 instrument_type=citation.instrument_type)
                out.add(activity.term, "mandatedBy", paragraph, (activity.start, activity.end),
                        (citation.start, citation.end))


# ---- roles ---------------------------------------------------------------------------------

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
    (re.compile(r"\s*(?:(?:a|ont) (?:conjointement )?cree|(?:have |has |jointly )?created|decided to create|"
                r"a decide de creer|(?:have |has )?established|set up|(?:a|ont) mis en place)\b"), "createdBy"),
    (re.compile(r"\s*(?:organi[sz]es|organise|organisent|organisera|will organi[sz]e|hosts|will host|accueille|"
                r"accueillera|convenes|will convene)\b"), "organiser"),
    (re.compile(r"\s*(?:co-?chairs|copreside|copresident|chairs|preside)\b"), "chair"),
]
_JOINTLY = re.compile(r"[^.;]{0,40}?\b(?:conjointement avec|jointly with|together with|en collaboration avec|avec)\s*")
_SECRETARIAT_MEMBER = re.compile(r"\b(?:fait|font) partie du secretariat conjoint|\bis (?:part|a member) of the joint secretariat|"
                                 r"\b(?:serves?|acts?) as (?:the )?(?:joint )?secretariat")
_SECRETARIAT_OF_ACTIVITY = re.compile(r"^\s*(?:membre|member) (?:du secretariat conjoint|of the joint secretariat) "
                                      r"(?:du|de la|de l'|des|of the|of)\s*")
_SECRETARIAT_OTHERS = re.compile(r"\b(?:les autres membres du secretariat(?: conjoint)? sont|the other members of the "
                                 r"(?:joint )?secretariat are)\s*")
_SECRETARIAT_EN = re.compile(r"\b(?:qui )?en assurent (?:conjointement )?le secretariat|\b(?:provides?|provide) "
                             r"(?:jointly )?the secretariat")
_SUPPORT = re.compile(r"\b(?:fournit|fournissent|apporte|apportent) (?:un|son|leur) (?:appui|soutien)|\bprovides? support")
_LEAD_WHOSE = re.compile(r"\bdont (?:elle|il) est l'institution chef de file|\bof which it is the lead (?:agency|entity)|"
                         r"\b(?:is|as) the lead (?:agency|entity|organization) (?:of|for)\b")
_IN_THE_FRAME = re.compile(r"^\s*(?:dans le cadre d(?:e|u|es)|as part of|under|within)\s+(?:l'|la |le |les |the )?")
_AGENT_GAP = re.compile(r"^[\s,()'’]*(?:(?:et|and|ainsi que|as well as|de|du|des|d'|l'|le|la|les|the|son|sa|ses)[\s,()'’]*)*$")


def _agents_after(names: Names, position: int, end: int) -> list[Mention]:
    """The list of agents written from ``position`` on: "l'UIT et l'UNESCO", "ITU, FAO (FAO), WFP"."""
    text = fold(names.text)
    out: list[Mention] = []
    cursor = position
    for agent in names.agents_in(position, end):
        gap = text[cursor:agent.start]
        if not _AGENT_GAP.match(gap) or (names.lang == "fr" and re.search(r",\s*et\b", gap)):
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
class _Context:
    secretariat_of: list[Found] = field(default_factory=list)


def _roles(out: ProseExtraction, names: Names, start: int, end: int, context: _Context) -> None:
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


# ---- events --------------------------------------------------------------------------------

_MARGINS = re.compile(r"\b(?:en marge d(?:u|e la|e l'|es)|on the (?:margins|sidelines) of(?: the)?|in the margins of(?: the)?|"
                      r"alongside(?: the)?|during(?: the)?|at the|lors d(?:u|e la|e l'|es))\s*$")


def _is_event_like(found: Found, registry: Registry) -> bool:
    if found.term.is_event:
        return True
    entity = found.term.entity
    if entity is None:
        return False
    return bool(heads_of_names(entity.names()) & EVENT_HEADS) and entity.type in ("Initiative", "Process")


def _events(out: ProseExtraction, names: Names, start: int, end: int) -> None:
    text = fold(names.text)
    registry = names.registry
    editions = activity_names(registry)
    activities = names.activities_in(start, end)
    for found in activities:
        if found.term.kind == "edition" and found.term.series is not None:
            out.add(found.term, "partOf", Term.known(found.term.series), (found.start, found.end))
        elif found.term.entity is not None and (series := editions.series_of(found.term.entity)) is not None:
            out.add(found.term, "partOf", Term.known(series), (found.start, found.end))
        if found.owner is not None:
            out.add(found.term, "partOf", found.owner, (found.start, found.end))
    margins = [f for f in activities if _MARGINS.search(text[max(start, f.start - 30):f.start])]
    events = [f for f in activities if _is_event_like(f, registry) and f not in margins]
    if not events:  # "at the Global Dialogue ... in July 2026 in Geneva": the only event is the subject
        events, margins = [f for f in margins if _is_event_like(f, registry)], []
    if not events:
        return
    dates = [d for d in find_dates(names.text, start=start, end=end) if d.year]
    places = names.places_in(start, end)
    places = [p for i, p in enumerate(places)
              if not (p.term.entity is not None and p.term.entity.type == "Country" and i > 0)]
    if not dates and not places:
        return
    subject = events[0]
    if subject.term.kind == "edition" or subject.term.entity is None or editions.series_of(subject.term.entity) \
            or subject.term.entity.type == "Event":
        _dated(out, subject, subject.term, dates, places, (subject.start, subject.end))
        year = next((d.year for d in dates), None)
    else:  # a series: each date's year is an edition, each place goes to the nearest date
        year = None
        if not dates:
            return
        for i, expression in enumerate(dates):
            edition = editions.edition(subject.term.entity, expression.year or "",
                                       f"{names.text[subject.start:subject.end]} {expression.year}")
            near = [p for p in places if _nearest(p, dates, text) == i]
            out.add(edition, "partOf", subject.term, (subject.start, subject.end), (expression.start, expression.end))
            _dated(out, subject, edition, [expression], near, (subject.start, subject.end))
            year = year or expression.year
    for margin in margins:
        target = margin.term
        if target.entity is not None and year and _is_event_like(margin, registry) \
                and editions.series_of(target.entity) is None and target.entity.type != "Event":
            target = editions.edition(target.entity, year, names.text[margin.start:margin.end] + f" {year}")
        out.add(subject.term, "partOf", target, (subject.start, subject.end), (margin.start - 1, margin.end))


def _nearest(place: Found, dates: list[DateExpression], text: str) -> int:
    """The date whose clause holds the place: clauses of a sentence with several dates are cut
    at the "and"/"et" between two dates ("in July 2026 in Geneva and 2027 in New York")."""
    index = 0
    for i in range(len(dates) - 1):
        between = list(re.finditer(r"\b(?:and|et)\b", text[dates[i].end:dates[i + 1].start + 4]))
        cut = dates[i].end + between[-1].start() if between else (dates[i].end + dates[i + 1].start) // 2
        if place.start >= cut:
            index = i + 1
    return index


def _dated(out: ProseExtraction, subject: Found, event: Term, dates: list[DateExpression], places: list[Found],
           span: tuple[int, int]) -> None:
    for expression in dates[:1]:
        if expression.first:
            kind = "date" if len(expression.first) == 10 else "month"
            out.add(event, "schema:startDate", Term(kind, label=expression.first), span, (expression.start, expression.end))
        if expression.last:
            out.add(event, "schema:endDate", Term("date", label=expression.last), span, (expression.start, expression.end))
    for place in places:
        out.add(event, "schema:location", place.term, span, (place.start, place.end))


# ---- the document --------------------------------------------------------------------------


def extract_prose(text: str, lang: str, registry: Registry) -> ProseExtraction:
    """Every fact :mod:`loaders.extract.prose` reads in ``text`` (in ``lang``), with its span."""
    names = read_names(text, lang, registry)
    out = ProseExtraction(mentions=list(names.mentions))
    editions = activity_names(registry)
    for found in names.activities:
        if found.term.entity is not None and (series := editions.series_of(found.term.entity)) is not None:
            out.mentions.append(Found(Term.known(series), found.start, found.end))
        elif found.term.kind == "edition" and found.term.series is not None:
            out.mentions.append(Found(Term.known(found.term.series), found.start, found.end))
    context = _Context()
    for start, end in sentences(text):
        _mandates(out, names, start, end)
        _roles(out, names, start, end, context)
        _events(out, names, start, end)
    return out
