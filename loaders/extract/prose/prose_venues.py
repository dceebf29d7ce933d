"""Venues and countries where events are held, read from the frame around them rather than
from a list of names.

**A venue** is the building an event is held in, named after "at" or « au », « à l' »: a
capitalised name (its linking words "of", "for", "and", « de », « des » between) with a
venue's head word, "Hotel", "Headquarters", "Centre", "Complex", « Palais », « Salle »...
("at Fairmont Heliopolis and Towers Hotel in Cairo", "at the ITU Headquarters, Geneva",
« au Centre de congrès Brdo de Kranj les 5 et 6 février »). It is a second location of the
event, beside its city.

**A country** is the place of an event where it is written right after "in", « à », « en »,
« au » ("held ... in Singapore", « à Singapour »): the registry reads it as an agent, the frame
makes it a place.

>>> [name for name, _, _ in find_venues("held on 11–12 July 2018 at INTERPOL's Global Complex for Innovation in Singapore")]
["INTERPOL's Global Complex for Innovation"]
>>> [name for name, _, _ in find_venues("a eu lieu au Centre de congrès Brdo de Kranj les 5 et 6 février 2024.")]
['Centre de congrès Brdo de Kranj']
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_terms import Found, Term
from loaders.text import fold

__all__ = ["country_places", "find_venues", "no_event_place", "venue_places"]

_HEADS = (r"Hotel|Hôtel|Headquarters|headquarters|Centre|Center|Complex|Hall|Palace|Palais|Villa|Auditorium|auditorium|"
          r"Tower|Building|Bâtiment|Campus|University|Université|Salle|Maison|Siège|Stadium|Arena|Theatre|Théâtre|"
          r"Pavilion|Pavillon|HQ|École|Ecole|Institute|Institut|Parc|Park")
#: French heads written in lower case before a venue's proper name: « à l'hôtel Corinthia », « au siège de l'UNESCO »,
#: « au parc technologique El Ghazala ».
_LOWER_HEADS = r"h[ôo]tel|si[èe]ge|parc|palais"
_WORD = r"(?:[A-ZÀ-Þ][\w’'&-]*|\([A-Z][A-Za-z-]{1,12}\))"
_LINK = r"(?:of|for|and|on|the|de|du|des|d['’]|la|le|l['’])"
#: "at the Dubai World Trade Centre", « au Centre de congrès Brdo de Kranj »: the name runs over capitalised
#: words and the linking words between them; a French head may take one lower-case complement ("de congrès").
#: A French head may take one lower-case complement before the proper name: « Centre de conférences des Nations Unies »,
#: « parc technologique El Ghazala », « parc technologique des communication El Gazala ».
_COMPLEMENT = r"\s+(?:(?:de|des|du)\s+)?[a-zà-ÿ]{4,14}(?:\s+(?:de|des|du)\s+[a-zà-ÿ]{4,14})?(?=\s+(?:" + _LINK + r"\s+)?[A-ZÀ-Þ])"
_VENUE = re.compile(r"\b(?:(?:at|au|à\s+la|à)\s+(?:the\s+)?|à\s+l['’]\s*)(?P<name>(?:" + _WORD + r"|(?:" + _LOWER_HEADS + r")(?="
                    + _COMPLEMENT + r"|\s+(?:" + _LINK + r"\s*){0,2}[A-ZÀ-Þ]))(?:\s*(?:" + _LINK + r"\s*){0,2}" + _WORD + r"|"
                    + _COMPLEMENT + r"|\s+(?:" + _HEADS + r"))*)")
_HEAD = re.compile(r"(?:^|[\s’'])(?:" + _HEADS + r"|" + _LOWER_HEADS + r")\b")
_TRAILING_LINK = re.compile(r"(?:\s+" + _LINK + r")+$")


def find_venues(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """The venues named in ``text[start:end]``: (name as written, start, end)."""
    end = len(text) if end is None else end
    out = []
    for m in _VENUE.finditer(text, start, end):
        name = _TRAILING_LINK.sub("", m.group("name"))
        if _HEAD.search(name) and len(name.split()) >= 2:
            out.append((name, m.start("name"), m.start("name") + len(name)))
    return out


#: A hotel's name closed by its city: « l'hôtel Golden Tulip de Cotonou » is the hotel, in Cotonou.
_HOTEL_OF_CITY = re.compile(r"^(?:h[ôo]tel|Hôtel|Hotel)\s.+?(?P<of>\s+(?:de|d['’])\s*)(?P<city>[A-ZÀ-Þ][\w’'-]+)$")


def venue_places(names: Names, start: int, end: int) -> list[Found]:
    """The venues of a sentence as places of their own (see the module's docstring); a hotel's city after its name
    (« l'hôtel Golden Tulip de Cotonou ») is a place of its own."""
    out = []
    for name, s, e in find_venues(names.text, start, end):
        if (city := _HOTEL_OF_CITY.match(name)) is not None:
            out.append(Found(Term("place", label=name[:city.start("of")]), s, s + city.start("of")))
            out.append(Found(Term("place", label=city.group("city")), s + city.start("city"), e))
        else:
            out.append(Found(Term("place", label=name), s, e))
    return out


#: The frame of a place: "in", "held in", « à », « en », « au ».
_IN = re.compile(r"(?:\bin|\bà|\ben|\bau|\baux)\s+(?:the\s+)?$")


def country_places(names: Names, start: int, end: int) -> list[Found]:
    """The countries of a sentence written where a place is ("in Singapore"), as places; not a
    country the document writes after one of its cities ("Opens in Norway" in a page that says
    "in Lillestrøm, Norway"): the city is the place."""
    return [Found(Term.known(a.entity), a.start, a.end) for a in names.agents_in(start, end)
            if a.entity.type == "Country" and _IN.search(names.text, max(start, a.start - 12), a.start)
            and not _after_a_city(names, a.entity)]


#: What comes between a city and its country: "Lillestrøm, Norway", « Genève (Suisse) », « Kigali, au Rwanda ».
_CITY_COUNTRY = r"\s*(?:[(,/]\s*)?(?:(?:au|aux|en|in)\s+)?"


def _after_a_city(names: Names, country) -> bool:
    text = names.text
    return any(re.match(_CITY_COUNTRY + re.escape(name) + r"\b", text[p.end:p.end + 80], re.IGNORECASE)
               for p in names.places for name in country.names() if name)


#: A place opening the name of a document names no place of an event: "the Geneva Plan of Action", "the Tunis Agenda",
#: "the Addis Ababa Action Agenda", "the Paris Agreement".
_OPENS_A_NAME = re.compile(r"[ \t]+(?:(?:Action|Ministerial|Final|Joint)[ \t]+)?(?:Declaration|Plan|Agenda|Commitment|Programme|"
                           r"Program|Principles|Convention|Protocol|Consensus|Agreement|Accord|Statement|Compact|Charter|"
                           r"Roadmap|Call|Communiqu[eé])\b")


def _opens_a_name(names: Names, place: Found) -> bool:
    """Whether a document's head follows ``place``: "the Geneva Plan of Action", "the Tunis Commitment"."""
    return _OPENS_A_NAME.match(names.text, place.end) is not None


#: Where a text was issued, adopted or set out is not where an event is held: "a World Summit on the Information Society
#: (WSIS) resolution issued in Tunis in 2005", "the vision of the WSIS set out 20 years ago in Tunis", « adoptée à Tunis ».
_WHERE_DONE = re.compile(r"\b(?:issued|adopted|signed|set out|published|agreed|emise?|adoptee?s?|signee?s?|publiee?s?)\b"
                         r"(?:\s+[\w-]+){0,4}?\s+(?:in|at|a|en|au)\s+(?:the\s+)?$")
#: A dateline's place is where a release was written, not where its event is: "15-05-2009 (Paris) - Le prochain Forum".
_DATELINE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\s*\($")


def no_event_place(names: Names, place: Found, start: int) -> bool:
    """Whether a place a sentence (opening at ``start``) names is no place of its events: where something was said
    from (« Annoncée ... depuis New Delhi »), a dateline's place, a place opening a document's name, where a text was
    issued or adopted."""
    text = names.text
    before = fold(text[max(start, place.start - 40):place.start])
    return bool(re.search(r"\bdepuis\s*$", before) or _DATELINE.search(text, max(0, place.start - 14), place.start)
                or _opens_a_name(names, place) or _WHERE_DONE.search(before))
