"""Events in prose: a date and a place in a sentence about an event, an edition (a series with
a year) or a meeting of a body ("la première réunion en présentiel ... à Madrid"), the editions
of a series ("in July 2026 in Geneva and 2027 in New York"), and the event a side event is held
on the margins of.
"""

from __future__ import annotations

import re

from loaders.extract.prose.activity_names import activity_names
from loaders.extract.event_dates import DateExpression, find_dates
from loaders.extract.prose.prose_dates import event_dates
from loaders.extract.prose.prose_editions import ORDINAL
from loaders.extract.prose.prose_event_anaphora import named_again
from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_organ_meetings import lower_case_meetings, organ_of_meeting_named
from loaders.extract.prose.prose_phases import add_phases
from loaders.extract.prose.prose_sessions import is_organ, known_owner
from loaders.extract.prose.prose_terms import EVENT_HEADS, Found, ProseExtraction, Term, heads_of_names
from loaders.extract.prose.prose_venues import country_places, no_event_place, venue_places
from loaders.registry import Registry
from loaders.text import fold

__all__ = ["add_events"]

_MARGINS = re.compile(r"\b(?:en marge d(?:u|e la|e l'|es)|on the (?:margins|sidelines) of(?: the)?|in the margins of(?: the)?|"
                      r"during(?: the)?|at the|lors d(?:u|e la|e l'|es)|"
                      r"dans le cadre d(?:u|e la|e l'|es)(?: sommet| forum)?|as part of(?: the)?|within the framework of(?: the)?)"
                      # "during the ongoing World Artificial Intelligence Conference 2024"
                      r"(?:\s+(?:ongoing|upcoming|forthcoming|annual|current|recent))?\s*$")
#: An event the sentence looks back on is not the one it dates: "Dix ans après la tenue du SMSI, ... se sont réunis à
#: Genève du 25 au 29 mai 2015".
_LOOKED_BACK_ON = re.compile(r"\b(?:(?:ans|years|mois|months|decennies|decades)\s+(?:apres|after)|depuis|since)\s+"
                             r"(?:la tenue\s+)?(?:d(?:u|e la|e l'|es)|of the|the|le|la|l')?\s*$")
#: Something done at an event is no event held in its margins: "the mandate given at the Second Phase of the WSIS".
_DONE_AT = re.compile(r"\b(?:given|adopted|agreed|made|taken|reached|signed|announced|decided|donne|adopte|pris)e?s?\s+"
                      r"(?:at the|lors d(?:u|e la|e l'|es))\s*$")
#: "Lors du AI Governance Dialogue 2025, ...": an event that opens the sentence is its subject, not a margin.
_OPENING = re.compile(r"\s*(?:lors d(?:u|e la|e l'|es)|during(?: the)?|at the)\s*$")


def _is_event_like(found: Found, registry: Registry) -> bool:
    if found.term.is_event:
        return True
    entity = found.term.entity
    if entity is None:
        return False
    return bool(heads_of_names(entity.names()) & EVENT_HEADS) and entity.type in ("Initiative", "Process")


#: An event verb after a name makes what it names an event, whatever its head: "the AI Policy Lab will take
#: place in Geneva", "l'Académie ... se tiendra à Dakar" (a bracketed acronym or ", which" may come between).
_HELD_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:which|qui)\s+)?(?:will take place|takes place|took place|"
                         r"is taking place|will be held|was held|is held|is being held|to be held|is scheduled|will run|"
                         r"se tiendra|se tient|s'est tenue?|aura lieu|a eu lieu|a lieu|se deroulera|se deroule|"
                         r"s'est deroulee?)\b")


#: "the 2025 edition of the AI Policy Lab", "la deuxième édition du Forum": an edition is an event.
_EDITION_OF = re.compile(r"\b(?:edition|editions) (?:of )?(?:the )?$|\bedition (?:du|de la|de l'|des)\s*$")
#: The heads of documents, which have editions but are no events.
_DOCUMENT = re.compile(r"\b(?:report|rapport|outlook|handbook|recommendation|guidelines|framework|strategy|strategie|roadmap|"
                       r"feuille de route|plan|cadre|compact|pacte|toolkit|declaration|agenda|index|study|etude|"
                       r"guide|manual|manuel|atlas|review|revue|yearbook|annuaire)s?\b")
#: A clause between commas before the event verb: "X, organised by ITU in partnership with UNESCO, will take place".
_CLAUSE = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,[^,.;]{3,140},")


def _held(found: Found, text: str) -> bool:
    """Whether an event verb follows a new name (or a clause between commas after it), or an edition
    is named of it; a complement of another noun is not ("la douzième réunion du Réseau des villes
    créatives, qui s'est tenue ...": the meeting was held, not the network)."""
    if found.term.entity is not None or found.term.kind not in ("activity", "event"):
        return False
    before = text[max(0, found.start - 16):found.start]
    if _EDITION_OF.search(before) and not _DOCUMENT.search(text, found.start, found.end):
        return True  # "the 2025 edition of the AI Policy Lab" (not "the sixth edition of the Report")
    if re.search(r"\b(?:of|of the|de|du|des|de la|de l')\s*$", before):
        return False
    clause = _CLAUSE.match(text, found.end)
    return bool(_HELD_AFTER.match(text, found.end) or (clause and _HELD_AFTER.match(text, clause.end())))


#: Where a sentence goes on to another event: "... in Singapore and the second Global Meeting took place ...".
_NEXT_CLAUSE = re.compile(r"(?:,|;)?\s+(?:and|et|while|tandis que)\s+(?=(?:the|la|le|l')\s*)|;\s+")


def _clauses(names: Names, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of a sentence that tell of two events, each with its own date: "The first INTERPOL -
    UNICRI Global Meeting was held on 11–12 July 2018 at ... in Singapore and the second Global Meeting took
    place ..., on 3–4 July 2019 in Singapore"."""
    text = names.folded
    events = [f for f in names.activities_in(start, end) if f.term.is_event or _EVENT_VERB.search(text, f.end, end)]
    for cut in _NEXT_CLAUSE.finditer(text, start, end):
        following = [f for f in events if cut.end() <= f.start <= cut.end() + 30]
        if following and any(f.end <= cut.start() for f in events) \
                and find_dates(text, start=start, end=cut.start()) and find_dates(text, start=cut.end(), end=end):
            return [(start, cut.start())] + _clauses(names, cut.end(), end)
    return [(start, end)]


def add_events(out: ProseExtraction, names: Names, start: int, end: int) -> None:
    if (phases := add_phases(out, names, start, end)) is not None:  # the phases take their clause's dates and places
        for part_start, part_end in ((start, phases[0]), (phases[1], end)):
            if names.folded[part_start:part_end].strip(" ,;:.-"):
                add_events(out, names, part_start, part_end)
        return
    clauses = _clauses(names, start, end)
    if len(clauses) > 1:
        for clause_start, clause_end in clauses:
            add_events(out, names, clause_start, clause_end)
        return
    text = names.folded
    registry = names.registry
    editions = activity_names(registry)
    activities = names.activities_in(start, end)
    if (again := named_again(names, start, end)) is not None:  # "The meeting, held 23-24 September, ..."
        activities = sorted([again] + activities, key=lambda f: (f.start, -f.end))
    if meetings := lower_case_meetings(names, start, end):  # "At a high-level meeting of the UN General Assembly"
        activities = sorted(meetings + activities, key=lambda f: (f.start, -f.end))
    for found in activities:
        if found.term.kind == "edition" and found.term.series is not None:
            out.add(found.term, "partOf", Term.known(found.term.series), (found.start, found.end))
        elif found.term.entity is not None and (series := editions.series_of(found.term.entity)) is not None:
            out.add(found.term, "partOf", Term.known(series), (found.start, found.end))
        if found.owner is not None:  # an edition of its series, a session of its organ
            out.add(found.term, "partOf", known_owner(found.owner, registry), (found.start, found.end))
        elif found.term.entity is None and found.term.is_event \
                and (organ := organ_of_meeting_named(names.text, found.start, found.end, registry)) is not None:
            out.add(found.term, "partOf", organ, (found.start, found.end))  # "the High Level Meeting of the ... Assembly"
    # a venue read as a name ("at the Dubai World Trade Centre") is where the event is, not an event it is part of
    venues = venue_places(names, start, end)
    activities = [f for f in activities if not any(v.start <= f.start and f.end <= v.end for v in venues)]
    # a name inside a longer one ("the World Summit ..." in "the Second Phase of the World Summit ...") is its series
    activities = [f for f in activities if not any(g.start <= f.start and f.end <= g.end and g.end - g.start > f.end - f.start
                                                   for g in activities)]
    # the series' acronym in brackets after an occurrence's name is a word of that name, not an event the sentence
    # dates: "la première phase du Sommet mondial sur la société de l'information (SMSI) qui aura lieu à Genève"
    activities = [f for f in activities if not any(g.owner is not None and g.owner.key == f.term.key
                                                   and re.fullmatch(r"\s*\(", text[g.end:f.start]) for g in activities)]
    _add_openings(out, activities, text, start)
    margins = [f for f in activities if _MARGINS.search(text[max(start, f.start - 30):f.start])
               and not _DONE_AT.search(text[max(start, f.start - 40):f.start])
               and not _OPENING.fullmatch(text[start:f.start])]
    looked_back = {f.term.key for f in activities if _LOOKED_BACK_ON.search(text[max(start, f.start - 30):f.start])}
    events = [f for f in activities if (_is_event_like(f, registry) or _held(f, text)) and f not in margins
              and f.term.key not in looked_back]  # nor its acronym written after it
    held_within = None
    if not events:  # "at the Global Dialogue ... in July 2026 in Geneva": the only event is the subject
        events, margins = [f for f in margins if _is_event_like(f, registry)], []
        # « au dialogue interactif ..., organisé dans le cadre de la 55ème session du Conseil »: an event not named is
        # what the sentence dates and places, in the margins of the named one
        held_within = next((f for f in events if _UNNAMED_BEFORE.search(text, start, f.start)), None)
    if not events:
        return
    dates = event_dates(names.text, start, end, names.citations, activities, names.published)
    dates = _bracketed_dates(out, events + margins, dates, names.text)
    if held_within is not None:
        return
    places = [p for p in names.places_in(start, end) if not no_event_place(names, p, start)]
    # a venue holds the new names read inside it ("at Fairmont Heliopolis and Towers Hotel"), not the known places
    places = [p for p in places if p.term.entity is not None or not any(v.start <= p.start and p.end <= v.end for v in venues)]
    for venue in venues:
        if not any(p.start < venue.end and venue.start < p.end for p in places):
            places.append(venue)
    places.sort(key=lambda p: p.start)
    if not any(p.term.entity is None or p.term.entity.type != "Country" for p in places):
        places += [p for p in country_places(names, start, end)  # "held ... in Singapore": the country, where no city is given
                   if not no_event_place(names, p, start)]
    occurrences = [f for f in events + margins if _is_event_like(f, registry) and (
        f.term.entity is None or f.term.kind == "edition" or editions.series_of(f.term.entity) is not None)]
    places = _placed_after_names(out, occurrences, margins, places, text)
    if _each_with_its_dates(out, events, dates, places, text):
        _add_margins(out, events, margins, text)
        return
    places = _first_country_only(places)
    if not dates and not places:
        return
    # "the Secretariat for the Arab IGF will hold its first Meeting of the ... Group": an event named as another
    # noun's complement is not the one a numbered meeting after it is
    numbered = [f for f in events if f.owner is not None and f.start > events[0].start] \
        if _COMPLEMENT.search(text, max(start, events[0].start - 12), events[0].start) else []
    described = _described(events, dates, text)
    if described:
        subject, index = described
        own = dates[index:] + dates[:index]  # its own date first
    else:
        subject = numbered[0] if numbered else events[0]
        # a date written after the event is its own, not a dateline's before it ("Beirut, 15 June 2012 ... will
        # hold its first Meeting ... during 18-19 June 2012")
        own = ([d for d in dates if d.start >= subject.end] if numbered else []) or dates
    if _INSIDE_A_NAME.search(names.text, max(start, subject.start - 30), subject.start):
        # "the first Asia Pacific Regional IGF in Hong Kong": the IGF is a word of a name not read, not the event
        places = [p for p in places if not (p.term.entity is not None and p.term.entity.type == "Country")]
    if subject.term.kind == "edition" or subject.term.entity is None or editions.series_of(subject.term.entity) \
            or subject.term.entity.type == "Event":
        if own and _a_day_of_an_organs_session(subject, own[0]):
            own = []
        _dated(out, subject, subject.term, own, places, (subject.start, subject.end))
        year = next((d.year for d in own), None)
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
    year = year or _year_in(subject)
    for margin in margins:
        if _UNNAMED_EVENT.search(text, subject.end, margin.start):
            continue  # "launched at a workshop ... held during the 6th IGF": the workshop is in its margins
        target = margin.term
        if target.entity is not None and year and _is_event_like(margin, registry) \
                and editions.series_of(target.entity) is None and target.entity.type != "Event":
            target = editions.edition(target.entity, year, names.text[margin.start:margin.end] + f" {year}")
        out.add(subject.term, "partOf", target, (subject.start, subject.end), (margin.start - 1, margin.end))


_COMPLEMENT = re.compile(r"\b(?:of|for|du|de la|de l'|des)(?: the)?\s*$")
#: An unnamed event before an event's margins is what is held in them: "launched ... at a workshop organized by
#: ECA ... held during the 6th IGF" (the workshop, not what was launched, is part of the IGF).
_UNNAMED_EVENT = re.compile(r"\b(?:a|an|un|une)\s+(?:[\w-]+\s+){0,2}(?:workshop|side[- ]event|event|session|meeting|"
                            r"atelier|evenement|manifestation|reunion|seance)\b")
#: A place written right after an event's name is where that event is: "the 6th IGF in Nairobi".
_IN_PLACE = re.compile(r"\s+(?:in|a)\s+(?:the\s+)?")


#: An event that opens with another: "The AI for Good Global Summit 2024 will open in Geneva ... on 29 May with the
#: UN’s first AI Governance Day", "Le Sommet s'ouvrira par la Journée ...".
_OPENS = re.compile(r"\b(?:will open|opens|opened|will kick off|kicks off|kicked off|s'ouvrira|s'ouvre|s'est ouverte?|"
                    r"debutera|debute)\b")
_WITH = re.compile(r"\b(?:with|avec|par)\s+(?:(?:the|la|le|l')\s*)?(?:[\w.-]+['’]s\s+)?"
                   r"(?:(?:first|inaugural|premiere|premier)\s+)?$")


def _add_openings(out: ProseExtraction, activities: list[Found], text: str, start: int) -> None:
    """Each event a sentence says another opens with is part of it."""
    for f in activities:
        if not (f.term.is_event or f.term.kind == "event") or not _WITH.search(text, max(start, f.start - 40), f.start):
            continue
        opening = next((g for g in reversed(activities) if g.end < f.start and g.term.is_event
                        and _OPENS.search(text, g.end, f.start)), None)
        if opening is not None:
            out.add(f.term, "partOf", opening.term, (opening.start, opening.end), (f.start, f.end))


def _first_country_only(places: list[Found]) -> list[Found]:
    """A country after the first place is where that place is, not a place of its own ("à Abuja, au Nigéria")."""
    return [p for i, p in enumerate(places) if not (p.term.entity is not None and p.term.entity.type == "Country" and i > 0)]


def _placed_after_names(out: ProseExtraction, events: list[Found], margins: list[Found], places: list[Found],
                        text: str) -> list[Found]:
    """Each place written right after the name of an occurrence of an event (not of a series) is that
    occurrence's ("held during the 6th IGF in Nairobi"); the places left for the sentence's subject are
    returned (an event's margins are where the subject is too)."""
    rest = []
    for place in places:
        named = next((f for f in events if f.end < place.start and _IN_PLACE.fullmatch(text, f.end, place.start)), None)
        if named is not None:
            out.add(named.term, "schema:location", place.term, (named.start, named.end), (place.start, place.end))
        if named is None or named in margins:
            rest.append(place)
    return rest


def _each_with_its_dates(out: ProseExtraction, events: list[Found], dates: list[DateExpression], places: list[Found],
                         text: str) -> bool:
    """Whether the sentence names several events, each followed by dates of its own, and if so each event
    dated and placed by its clause: "The first INTERPOL - UNICRI Global Meeting was held on 11–12 July 2018 at
    ... in Singapore and the second Global Meeting took place ..., on 3–4 July 2019 in Singapore"."""
    firsts: list[Found] = []  # the events in order, each once (not its acronym), none inside another
    for f in sorted(events, key=lambda f: (f.start, -f.end)):
        if not any(g.term.key == f.term.key or f.start < g.end for g in firsts):
            firsts.append(f)
    if len(firsts) < 2 or len(dates) < 2 or dates[0].start < firsts[0].end \
            or any(f.term.entity is not None and f.term.entity.type != "Event" for f in firsts):
        return False
    bounds = [f.start for f in firsts[1:]] + [len(text)]
    clauses = [(f, [d for d in dates if f.end <= d.start < bound], [p for p in places if f.end <= p.start < bound])
               for f, bound in zip(firsts, bounds, strict=True)]
    if any(not own for _, own, _ in clauses):
        return False
    for f, own, near in clauses:
        _dated(out, f, f.term, own, _first_country_only(near), (f.start, f.end))
    return True


def _add_margins(out: ProseExtraction, events: list[Found], margins: list[Found], text: str) -> None:
    """Each event in the margins of another is part of the event named last before it."""
    for margin in margins:
        before = [f for f in events if f.end <= margin.start]
        if before and not _UNNAMED_EVENT.search(text, before[-1].end, margin.start):
            out.add(before[-1].term, "partOf", margin.term, (before[-1].start, before[-1].end), (margin.start - 1, margin.end))


#: An event not named, told of before the event it is held within: « au dialogue interactif avec la Rapporteuse
#: spéciale ..., organisé dans le cadre de la 55ème session », "at a panel discussion held as part of the ...".
_UNNAMED_BEFORE = re.compile(r"\b(?:au|a la|a l'|le|la|l'|the|a|an|un|une)\s*(?:[\w-]+\s+){0,2}?(?:dialogue|workshop|atelier|panel|"
                             r"debat|debate|table ronde|roundtable|side event|evenement parallele|seance|briefing)\b"
                             r"[^.;]{0,200}\b(?:organise|organisee|organized|organised|held|tenue?|convened)?\s*,?\s*"
                             r"(?:dans le cadre d|en marge d|lors d|as part of|on the (?:margins|sidelines) of|during|within)")


def _bracketed_dates(out: ProseExtraction, events: list[Found], dates: list[DateExpression], text: str) -> list[DateExpression]:
    """Each date in brackets right after an event's name is that event's ("la 55ème session du Conseil des droits de
    l'Homme des Nations Unies (26 février-05 avril 2024)", "its recent 53rd Regular Session (19 June – 14 July 2023)"),
    and a date written right after an occurrence's name in a header ("Trente-huitième session 18 juin-6 juillet
    2018"); the sentence's other dates are returned."""
    rest = []
    for date in dates:
        named = next((f for f in events if (re.fullmatch(r"\s*\(\s*", text[f.end:date.start])
                                             and re.match(r"\s*\)", text[date.end:date.end + 3]))
                      or (f.owner is not None and re.fullmatch(r"[ \t\n]+", text[f.end:date.start]))), None)
        if named is None:
            rest.append(date)
        else:
            _dated(out, named, named.term, [date], [], (named.start, named.end))
    if len(rest) < len(dates) and len({f.term.key for f in events}) == 1:
        return []  # the sentence's one event has its days; the others are a document's ("Distr. générale 6 avril 2018")
    return rest


_EVENT_VERB = re.compile(r"\s*(?:was held|took place|will take place|will be held|s'est tenue?|a eu lieu|se tiendra)\b")
_RELATIVE = re.compile(r"\b(?:which|that|qui|held|to be held|takes place|will take place|to take place|occurs|starts|begins|"
                       r"se tiendra|se tient|aura lieu|a lieu|s'est tenue?)\b")


_INSIDE_A_NAME = re.compile(r"\b[A-Z][\w-]*[ \t]+$")
_WHICH = re.compile(r"\b(?:which|qui)\b")


#: A numbered session of an organ: "the 78th Session of the UN General Assembly", "59e session du Conseil ...".
_ORGANS_SESSION = re.compile(r"(?:" + ORDINAL + r")\s+(?:(?:annual|ordinary|regular|ordinaire)\s+)?(?:session|meeting|reunion)\s+"
                             r"(?:of the|of|du|de la|de l'|des)\s*(?:un\s+|united nations\s+)?(?P<organ>.+)")


def _a_day_of_an_organs_session(subject: Found, date: DateExpression) -> bool:
    """Whether a single day is all a sentence gives of a numbered session of an organ: a day it meets on ("On 25
    June 2024, the 78th Session of the UN General Assembly adopted ..."), not when the session opens (a session's
    dates are a span or a month: "du 13 au 17 mai 2019", "en juin 2025")."""
    match = _ORGANS_SESSION.fullmatch(fold(subject.term.label or ""))
    return bool(match and is_organ(Term("agent", label=match.group("organ")))
                and date.first and len(date.first) == 10 and not date.last)


def _year_in(found: Found) -> str | None:
    """The year an event's own name gives ("AI Governance Dialogue 2025")."""
    match = re.search(r"\b((?:19|20)\d\d)\b", found.term.label or "")
    return match.group(1) if match else None


def _described(events: list[Found], dates: list[DateExpression], text: str) -> tuple[Found, int] | None:
    """The event a relative clause gives the date of, and that date's index: "the first Global
    Dialogue, which occurs on July 6 and 7" (not the summit the sentence is about); "on 19
    September 2010 at an official side event of the UN MDG Summit in New York, which starts on
    September 20" (the Summit's date is the second)."""
    for index, date in enumerate(dates):
        before = [f for f in events if f.end <= date.start]
        if not before:
            continue
        last = max(before, key=lambda f: (f.end, -f.start))  # of names ending together, the outermost
        if last is not events[0] and _RELATIVE.search(text, last.end, date.start):
            return last, index
        if index > 0 and _WHICH.search(text, last.end, date.start):  # a later date, in a clause of its own
            return last, index
    return None


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

