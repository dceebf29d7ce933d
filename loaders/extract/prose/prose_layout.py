"""Facts an event page gives by its layout rather than in sentences.

**Listed events**: the parts of a programme, one per line, each with its days in brackets and
its place after a comma::

    The event will consist of 3 parts:
    - Youth IGF Camp (June 12-14), Sai Kung
    - Asia Pacific Regional IGF Roundtable (June 14-16), Cyberport

Each line is an event of its own, dated and placed, and part of the event the line introducing
the list names in full.

**A heading block**: a page that opens with the event's title, then, on lines of their own, the
agencies that organise it and its date::

    CSTD consultation in the European region on WSIS at 20: Successes, failures and future expectations

    17 June 2024
    14:00 - 15:30 hrs.

    WSIS+20: 20 Years of Successes, Failures, and Expectations in the implementation of the WSIS Process
    ESCAP, ITU and CSTD
    Session 537

The title is an event (named as written), organised by the agencies the line lists, on that date,
held where the date line says ("5 November 2012 - A Pre-event ... in Baku, Azerbaijan") or a field
of the page ("Lieu(ou Endroit): Paris, France", "Date and venue: ...").
"""

from __future__ import annotations

import re

from loaders.extract.event_dates import find_dates, find_numeric_dates
from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_terms import Found, ProseExtraction, Term

__all__ = ["add_heading_event", "add_listed_events"]

_ITEM = re.compile(r"(?m)^[ \t]*[-•*–][ \t]*(?P<name>[A-Z][^()\n]{2,80}?)[ \t]*\((?P<days>[^()\n]*\d[^()\n]*)\)"
                   r"[ \t]*,[ \t]*(?P<place>[A-Z][^\n,;.]{1,40}?)[ \t]*$")
_INTRODUCING = re.compile(r"(?:consist|comprise|include|se compose|comprend|comportera)[^\n]*:\s*$")


def add_listed_events(out: ProseExtraction, names: Names) -> None:
    text = names.text
    for item in _ITEM.finditer(text):
        dates = [d for d in find_dates(text, start=item.start("days"), end=item.end("days"))]
        if not dates:
            continue
        date = dates[0]
        if date.year is None:
            year = _year_before(text, item.start()) or (names.published or "")[:4]
            if not year:
                continue
            date = date.in_year(year)
        event = Term("event", label=item.group("name").strip())
        span = (item.start("name"), item.end("name"))
        if date.first:
            out.add(event, "schema:startDate", Term("date" if len(date.first) == 10 else "month", label=date.first),
                    span, (date.start, date.end))
        if date.last:
            out.add(event, "schema:endDate", Term("date", label=date.last), span, (date.start, date.end))
        out.add(event, "schema:location", Term("place", label=item.group("place").strip()), span,
                (item.start("place"), item.end("place")))
        if (whole := _introduced_by(names, item.start())) is not None:
            out.add(event, "partOf", whole.term, span, (whole.start, whole.end))


def _year_before(text: str, position: int) -> str | None:
    years = {d.year for d in find_dates(text, start=max(0, position - 400), end=position) if d.year}
    return years.pop() if len(years) == 1 else None


def _introduced_by(names: Names, position: int):
    """The event named on the line that introduces the list ("... to organize the first X. The event
    will consist of 3 parts:")."""
    text = names.text
    list_start = position
    while (previous := text.rfind("\n", 0, list_start - 1)) >= 0 and _ITEM.match(text, previous + 1):
        list_start = previous + 1
    intro_start = text.rfind("\n", 0, max(0, list_start - 1)) + 1
    if not _INTRODUCING.search(text, intro_start, list_start):
        return None
    # named on that line in full (a short name, "The event", may point back further than the line)
    events = [f for f in names.activities_in(intro_start, list_start) if f.term.is_event
              and len(text[f.start:f.end].split()) > 1]
    return events[-1] if events else None


_EVENT_TITLE = re.compile(r"(?i)\b(?:forum|summit|sommet|conference|conférence|meeting|réunion|session|workshop|atelier|"
                          r"seminar|séminaire|webinar|webinaire|dialogue|consultation|symposium|colloque|roundtable|"
                          r"table ronde|event|événement|week|semaine|day|journée|assembly|assemblée|congress|congrès)\b")
_ORGANISED_BY = re.compile(r"\s*(?:co-?)?(?:organi[sz]ed|organisée?s?|hosted|convened|accueillie?s?)\s+(?:by|par)\s+"
                           r"(?:the\s+|la\s+|le\s+|les\s+|l['’])?", re.IGNORECASE)
_AGENT_LIST_GAP = re.compile(r"\s*(?:,|and|et|&)?\s*")
_HEADING_LINES = 6


def add_heading_event(out: ProseExtraction, names: Names, original: str) -> None:
    """The event a page's heading block names, with its organisers and date (see the module's docstring).
    The lines are the ``original`` text's, before hard-wrapped lines were joined (the offsets are the same)."""
    text = names.text
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", original)][:_HEADING_LINES + 1]
    if len(lines) < 2:
        return
    title_start, title_end = lines[0]
    title = text[title_start:title_end].strip()
    if not 10 <= len(title) <= 200 or title.endswith(".") or names.registry.resolve(title, names.lang):
        return
    organisers, date, places, place_field = [], None, [], False
    for start, end in lines[1:]:
        line = text[start:end]
        if len(line.split()) > 30 or line.rstrip().endswith("."):
            break  # the page's running text begins
        agents = names.agents_in(start, end)
        by = _ORGANISED_BY.match(text, start, end)
        if agents and _only_agents(text, by.end() if by else start, end, agents):
            organisers = organisers or agents  # "ESCAP, ITU and CSTD", "Organisé par la Slovénie"
            continue
        field = _FIELD.match(text, start, end)
        if field is not None and field.group("label").strip():
            if field.end() < end:  # "Venue: Bangkok", "Date and venue: 4-5 December 2025, Bangkok"
                start, place_field = field.end(), bool(_PLACE_FIELD.search(field.group("label")))
            else:  # the value is on the next line: "Lieu(ou Endroit): \nParis, France (Online)"
                place_field = place_field or bool(_PLACE_FIELD.search(field.group("label")))
                continue
        found = find_dates(text, start=start, end=end) or find_numeric_dates(text, start=start, end=end)
        if date is None and found and found[0].year and not text[start:found[0].start].strip(" ,\t").split(",")[0][12:]:
            date = found[0]  # a line that opens with the date ("17 June 2024", "mardi, 11 février 2025 13:30")
            places = [p for p in names.places_in(start, end) if p.term.kind == "place" or p.term.entity is not None]
        if place_field and not places:
            places = _field_places(names, date.end if date is not None and start <= date.start < end else start, end)
        place_field = False
    if not organisers and (date is None or not _EVENT_TITLE.search(title)):
        return  # a dated title alone is an event's only when it says so (a blog post's title has its date too)
    span = (title_start, title_start + len(text[title_start:title_end].rstrip()))
    # a title the names already read ("Forum mondial sur l'éthique de l'IA 2024": the Forum's 2024 edition) is that
    # (its acronym in brackets after it: "First annual meeting of the Internet Governance Forum (IGF)")
    whole = next((f for f in names.activities_in(*span) if f.start == span[0]
                  and (f.end >= span[1] - 2 or re.fullmatch(r"\s*\([^()]{1,15}\)\s*", text[f.end:span[1]]))), None)
    event = whole.term if whole is not None else Term("event", label=title)
    for agent in organisers:
        out.add(event, "organiser", Term.known(agent.entity), span, (agent.start, agent.end))
    if date is not None and date.first:
        out.add(event, "schema:startDate", Term("date" if len(date.first) == 10 else "month", label=date.first), span,
                (date.start, date.end))
        if date.last:
            out.add(event, "schema:endDate", Term("date", label=date.last), span, (date.start, date.end))
    for place in places:  # "5 November 2012 - A Pre-event ... in Baku, Azerbaijan"
        out.add(event, "schema:location", place.term, span, (place.start, place.end))


#: A field of an event page: "Date and venue:", « Date et lieu : », "Venue:", « Lieu(ou Endroit): », "Date de l’évènement:".
_FIELD = re.compile(r"[ \t]*(?P<label>(?:(?:dates?|lieu|venue|location|place|endroit)\b[^:\n]{0,30}))\s*:[ \t]*", re.IGNORECASE)
_PLACE_FIELD = re.compile(r"(?i)\b(?:lieu|venue|location|place|endroit)\b")


def _field_places(names: Names, start: int, end: int) -> list:
    """The place a field gives: the known places in it, else its first part ("Bangkok, Thailand")."""
    text = names.text
    known = [p for p in names.places_in(start, end) if p.term.entity is not None or p.term.kind == "place"]
    if known:
        return known[:1]
    first = re.match(r"[\s,]*(?P<name>[A-ZÀ-Þ][^,;()\n]{1,60}?)\s*(?:[,;(]|$)", text[start:end])
    if first is None or find_dates(first.group("name")):
        return []
    begin = start + first.start("name")
    return [Found(Term("place", label=first.group("name").strip()), begin, begin + len(first.group("name").strip()))]


def _only_agents(text: str, start: int, end: int, agents) -> bool:
    """Whether the line holds nothing but the agents, listed ("ESCAP, ITU and CSTD", "UIT, UNESCO, PNUD, CNUCED")."""
    cursor = start
    for agent in agents:
        if not _AGENT_LIST_GAP.fullmatch(text[cursor:agent.start]):
            return False
        cursor = agent.end
    return bool(_AGENT_LIST_GAP.fullmatch(text[cursor:end]))
