"""Names in a prose document: activities, agents, places, instruments, meetings and the
short names that point back ("le Groupe", "ce Dialogue", "the Summit").

:func:`read_names` gathers them once per document; :class:`Names` answers the rules in
:mod:`loaders.extract.prose.prose` sentence by sentence. A name the registry does not know becomes
a new activity when it has the shape of one (a capitalised head such as Initiative, Summit,
Coalition, Sommet, Groupe... with its complement: "Global Initiative on AI for Food Systems").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise

from loaders.extract.prose.activity_names import ORDINAL_PATTERN as _ORDINAL, activity_names, ordinal_number
from loaders.extract.event_dates import find_new_places
from loaders.extract.prose.heading_names import named_as_heading
from loaders.extract.prose.instrument_citations import Citation, find_citations
from loaders.extract.prose.name_frames import framed_names
from loaders.extract.prose.owned_aliases import owned_aliases
from loaders.extract.prose.prose_dates import dated_editions, publication_year
from loaders.extract.prose.prose_editions import numbered_editions
from loaders.extract.prose.prose_event_names import meeting_possessor
from loaders.extract.prose.prose_lower_series import lower_case_series
from loaders.extract.prose.prose_new_names import (
    acronyms,
    bracketed_aliases,
    framed_activities,
    new_activities,
)
from loaders.extract.prose.prose_acronyms import acronym_and_head, known_acronyms
from loaders.extract.prose.prose_tagged_names import tagged_activities
from loaders.extract.prose.prose_terms import (
    ACTIVITY_TYPES,
    AGENT_TYPES,
    EVENT_HEADS,
    HEADS,
    PLACE_TYPES,
    Found,
    Term,
    heads_of_names,
)
from loaders.extract.prose.quoted_titles import quoted_titles
from loaders.extract.prose.sentences import sentences
from loaders.registry import Entity, Mention, Registry
from loaders.text import fold

__all__ = ["Names", "read_names"]


_ANAPHOR = re.compile(r"\b(?P<det>(?i:ce|cet|cette|le|la|l['’]|du|au|this|the))\s*(?P<head>(?i:working group|groupe de travail|groupe|"
                      r"group|panel|dialogue|sommet|summit|forum|initiative|coalition|pôle|hub|réseau|network|programme|"
                      r"conférence|conference|event|événement|manifestation|"
                      # more activity heads (issue 15): "The Lab", "l'Académie", "the Platform", "la Plateforme"
                      r"platform|plate-?forme|partnership|partenariat|alliance|lab|laboratory|laboratoire|academy|académie|"
                      r"fund|fonds|facility|observatory|observatoire|centre|center|week|semaine|challenge|défi|award|prix|"
                      r"compact|pacte|strategy|stratégie|framework|toolkit|course|bootcamp|project|projet|mission|"
                      r"task force|workshop|atelier|campaign|campagne|competition|concours|hackathon|program|fellowship|"
                      r"accelerator|incubator|symposium|colloque|seminar|séminaire|congress|congrès|festival|mechanism|mécanisme))\b"
                      # not a head named by a quoted title ("le Forum « Villes »"); a quoted clause may follow
                      r"(?!\s*[\"“«]\s*[A-ZÀ-Ý0-9]|\s+(?:[A-Z]|sur|on|of|de|du|des|pour|for|mondial|international|scientifique))")
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "this"})
#: A demonstrative and a generic event noun, with an adjective: "Cette rencontre internationale",
#: "this high-level meeting" (the event named before).
_DEMONSTRATIVE_EVENT = re.compile(r"\b(?P<det>(?i:ce|cet|cette|this))\s+(?:(?i:high-level|annual|global|international)\s+)?"
                                  r"(?P<head>(?i:rencontre|meeting|réunion|event|événement|manifestation))\b")
#: English heads that "the" makes a short name even in lower case: "the coalition will ...".
_NAMED_WITH_THE = frozenset({"coalition", "initiative", "hub", "network", "platform", "panel", "alliance", "partnership",
                             "academy", "lab", "observatory", "fellowship", "accelerator", "toolkit", "bootcamp"})
#: A numbered meeting, edition or phase of what is named next: "its first session", "the 20th annual
#: meeting of the", "la treizième édition du", "the second phase of the", "la treizième réunion annuelle du".
_MEETING = re.compile(r"\b(?P<phrase>" + _ORDINAL + r"\s+(?:in-person\s+|virtual\s+|plenary\s+|annual\s+|annuelle\s+)?"
                      r"(?:meeting|session|reunion|edition|phase)"
                      r"(?:\s+en presentiel|\s+en personne|\s+en distanciel|\s+virtuelle|\s+pleniere|\s+annuelle?)?)"
                      r"(?P<of>\s+(?:du|de la|de l'|of the|of)\s*)?")


#: An agent's name used as a modifier, not as the agent: "the UN specialized agency", "40 partner UN agencies".
_ATTRIBUTIVE = re.compile(r"(?i)\s+(?:specialized|specialised|sister|partner|system|agenc(?:y|ies)|entit(?:y|ies)|family|"
                          r"country teams?|organizations|funds|programmes|resolutions?|decisions?)\b")


@dataclass
class Names:
    """Every name of one document, and the context that resolves short names."""

    text: str
    lang: str
    registry: Registry
    activities: list[Found] = field(default_factory=list)
    #: When the document was published (or its dateline's year): the year of days written without one.
    published: str | None = None
    agents: list[Mention] = field(default_factory=list)
    places: list[Found] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    mentions: list[Found] = field(default_factory=list)

    @cached_property
    def folded(self) -> str:
        """The text folded once (:func:`loaders.text.fold`, same length, same offsets), for every
        rule that reads it sentence by sentence."""
        return fold(self.text)

    def activities_in(self, start: int, end: int) -> list[Found]:
        return [f for f in self.activities if start <= f.start and f.end <= end]

    def agents_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.agents if start <= m.start and m.end <= end]

    def places_in(self, start: int, end: int) -> list[Found]:
        return [f for f in self.places if start <= f.start and f.end <= end]

    def citations_in(self, start: int, end: int) -> list[Citation]:
        return [c for c in self.citations if start <= c.start and c.end <= end]


def _longest(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and end > s for s, e in spans)


def _heads_of(term: Term, registry: Registry) -> set[str]:
    """The head words a short name may use for ``term`` ("group" for the Scientific Panel)."""
    names: list[str] = [term.label] if term.label else []
    for entity in (term.entity, term.series):
        if entity is not None:
            names += entity.names()
    return heads_of_names(names)


def read_names(text: str, lang: str, registry: Registry, published: str | None = None) -> Names:
    """All names of ``text``; short names and meetings resolved in reading order. ``published``
    (else the year of the dateline the text opens with) dates the days written without a year."""
    published = published or publication_year(text)
    names = activity_names(registry)
    other = "en" if lang == "fr" else "fr"
    # A body is an activity when its name says so (a group, panel, network), not an organ.
    found = [f for f in names.find(text, lang)
             if f.term.entity is None or f.term.entity.type != "Body" or heads_of_names(f.term.entity.names())]
    agents = [a for a in _longest(registry.find_mentions(text, lang, types=set(AGENT_TYPES))
                                  + registry.find_mentions(text, other, types=set(AGENT_TYPES) - {"Country"}))
              if not _ATTRIBUTIVE.match(text, a.end)]
    agents = [a for a in agents if not (text[a.start:a.end].islower() and a.end - a.start <= 4)]  # "un concours" is no UN
    agents = [a for a in agents if not re.match(r"[@+]\w", text[a.end:a.end + 2])]  # "UNEP@50" is an event, not UNEP
    agents = [a for i, a in enumerate(agents)
              if not (i + 1 < len(agents) and re.fullmatch(r" ", text[a.end:agents[i + 1].start]))]
    places = [Found(Term.known(m.entity), m.start, m.end) for m in
              _longest(registry.find_mentions(text, lang, types=set(PLACE_TYPES))
                       + registry.find_mentions(text, other, types=set(PLACE_TYPES)))]
    # A country written after a place is where the place is, not an agent: "à Genève (Suisse), l'UNESCO".
    agents = [a for a in agents if not (a.entity.type == "Country" and any(
        p.end <= a.start and re.fullmatch(r"\s*[(,]\s*", text[p.end:a.start]) for p in places))]
    agents, owned = owned_aliases(text, agents)  # "HRC’s Advisory Committee ... The Advisory Committee": not the ACABQ
    found += owned
    citations = find_citations(text)
    # A place may be a word of a new name ("Dialogue de Genève : ..."); it is then no place of its own.
    taken = [(f.start, f.end) for f in found] + [(c.start, c.end) for c in citations]
    known = list(taken)
    new = new_activities(text, lang, taken, [(p.start, p.end) for p in places], [(m.start, m.end) for m in agents],
                         openers=[(f.start, f.end) for f in found])
    if lang == "fr":  # « la 8ème édition du forum africain sur ... »: a lower-case series its edition names
        new = sorted(new + lower_case_series(text, taken), key=lambda f: f.start)
    # a known activity opening a longer new name is a word of it, not a mention of its own
    found = [f for f in found if not any(n.start <= f.start and f.end <= n.end for n in new)]
    known = [(f.start, f.end) for f in found] + [(c.start, c.end) for c in citations]
    # A name framed by its role ("a side event of the Group of Friends ..., held by") holds the new names inside it.
    framed = framed_activities(text, known + [(m.start, m.end) for m in agents])
    new = [f for f in new if not any(g.start <= f.start and f.end <= g.end for g in framed)] + framed
    # A quoted title beside an activity noun ("the “AI Ready Africa” initiative") holds the names inside it.
    quoted = quoted_titles(text, known + [(m.start, m.end) for m in agents])
    new = [f for f in new if not any(q.start <= f.start and f.end <= q.end for q in quoted)] + quoted
    # A capitalised name without an activity noun is one where its frame says so ("X, organised by", "X will take place").
    framed = framed_names(text, lang, known + [(m.start, m.end) for m in agents] + [(p.start, p.end) for p in places]
                          + [(f.start, f.end) for f in new], openers=[(f.start, f.end) for f in found + new])
    # a name found before that opens a longer framed one is a word of it ("... Summit Stocktaking Moment, hosted by")
    new = [f for f in new if not any(g.start <= f.start and f.end <= g.end for g in framed)] + framed
    found = [f for f in found if not any(n.start <= f.start and f.end <= n.end for n in new)]
    new_spans = [(f.start, f.end) for f in new]
    places = [p for p in places if not _overlaps(p.start, p.end, new_spans)]
    agents = [a for a in agents if not _overlaps(a.start, a.end, new_spans)]
    taken += [(m.start, m.end) for m in agents]
    new = bracketed_aliases(text, sorted(found + new, key=lambda f: f.start))
    new = [f for f in new if f not in found]
    named_by_acronym = acronyms(text, new, taken + [(p.start, p.end) for p in places])
    # an acronym read as a name of its own ("This CWG was established") is the name it abbreviates
    new = [f for f in new if not any((a.start, a.end) == (f.start, f.end) and a.term != f.term for a in named_by_acronym)]
    found += new + named_by_acronym
    place_spans = [(p.start, p.end) for p in places] + [(m.start, m.end) for m in agents] + \
                  [(f.start, f.end) for f in found]
    for name, start, end in find_new_places(text):
        if not _overlaps(start, end, place_spans):
            places.append(Found(Term("place", label=name), start, end))
    result = Names(text, lang, registry, agents=agents, places=sorted(places, key=lambda p: p.start),
                   citations=citations, published=published)
    result.mentions = [Found(Term.known(m.entity), m.start, m.end)
                       for m in _longest(registry.find_mentions(text, lang))
                       if not any((o.start, o.end) == (m.start, m.end) for o in owned)]
    found = numbered_editions(text, acronym_and_head(text, known_acronyms(text, sorted(found, key=lambda f: f.start))), agents,
                              [(m.start, m.end) for m in agents] + [(c.start, c.end) for c in citations], registry)
    found = dated_editions(text, found, citations, registry, published)
    # a short name in a sentence that dates its event in one year is that year's edition too ("au Forum organisé
    # du 18 au 22 mai 2009"), as a series named in full there is
    shorts = dated_editions(text, _resolve_short_names(text, found, registry), citations, registry, published)
    result.activities = named_as_heading(text, _pronoun_subjects(text, sorted(shorts, key=lambda f: (f.start, -f.end))))
    # last, the learned tagger's names where no rule found a name, an agent, a place or a citation (prose_tagged_names)
    taken = [(f.start, f.end) for f in result.activities + result.places] + [(m.start, m.end) for m in agents] + \
        [(c.start, c.end) for c in citations]
    result.activities = sorted(result.activities + tagged_activities(text, lang, taken), key=lambda f: (f.start, -f.end))
    return result


#: A pronoun opening a sentence, before a verb: "It will take place in Geneva", "Elle est organisée par".
_PRONOUN = re.compile(r"(?:It|Il|Elle|Celui-ci|Celle-ci)\s+(?=(?:is|was|will|has|had|takes|took|aims|brings|est|sera|"
                      r"a|avait|vise|réunit|réunira|se|s['’])\b)")
#: What may come before the activity that opens a sentence: an article, an ordinal, a year, an edition of it
#: ("La 8ème édition du forum ... se tiendra à N'Djamena. Il se déroulera du 10 au 12 septembre").
_OPENING = re.compile(r"^\s*(?:(?:The|the|Le|La|Les|L['’]|This|Cette|Ce|Cet)\s*)?(?:[\w-]+\s+){0,2}?"
                      r"(?:(?:édition|edition)\s+(?:du|de la|de l['’]|des|of the|of)\s*)?$")


def _pronoun_subjects(text: str, found: list[Found]) -> list[Found]:
    """A pronoun opening a sentence stands for the activity the sentence before opens with, in the
    same paragraph: "The Hamburg Sustainability Conference is co-hosted by UNDP. It will take place
    on 7-8 October" (the Conference takes place). Where the sentence before opens with something
    else ("ITU launched X. It ..."), the pronoun is left unread."""
    out = list(found)
    spans = sentences(text)
    for (before_start, before_end), (start, _) in pairwise(spans):
        pronoun = _PRONOUN.match(text, start)
        if pronoun is None or "\n" in text[before_end:start]:
            continue
        first = next((f for f in sorted(out, key=lambda f: f.start) if before_start <= f.start < before_end), None)
        if first is None or not _OPENING.match(text[before_start:first.start]):
            continue
        if first.owner is not None and not any(g.term == first.owner and first.start <= g.start and g.end <= first.end
                                               for g in out):
            continue  # a meeting of a body named elsewhere; an edition of the series it names ("8ème édition du forum") is read
        out.append(Found(first.term, start, start + len(pronoun.group(0).rstrip())))
    return sorted(out, key=lambda f: (f.start, -f.end))


def _known_by_prefix(found: Found, registry: Registry) -> Found:
    """The owner of a numbered session whose new name opens the name of exactly one registry
    activity is that activity, named short: "la première session du Dialogue mondial" is a
    session of the Dialogue mondial sur la gouvernance de l'IA."""
    label = fold(found.term.label) + " "
    matches = {e.key: e for e in registry.entities.values() if e.type in ACTIVITY_TYPES
               and activity_names(registry).series_of(e) is None
               and any(fold(n).startswith(label) for n in e.names())}
    if len(matches) != 1:
        return found
    return Found(Term.known(next(iter(matches.values()))), found.start, found.end)


def _resolve_short_names(text: str, found: list[Found], registry: Registry) -> list[Found]:
    """Add meetings ("la première réunion du Groupe") and short names ("ce Dialogue"), each
    resolved against the paragraph's first activity (definite article) or the last one named
    with that head (demonstrative)."""
    folded = fold(text)
    taken = [(f.start, f.end) for f in found]
    out = list(found)
    paragraph_start = 0
    for line in text.split("\n"):
        paragraph_end = paragraph_start + len(line)
        events: list[tuple[int, int, str, str]] = []  # start, end, kind, det/phrase
        for m in _ANAPHOR.finditer(text, paragraph_start, paragraph_end):
            common_noun = m.group("head")[0].islower() and m.group("det").lower() not in _DEMONSTRATIVES \
                and not (m.group("det") == "the" and fold(m.group("head")) in _NAMED_WITH_THE) \
                and fold(m.group("head")) not in ("sommet", "summit", "forum", "event", "evenement")  # "poursuivre le dialogue"
            if not common_noun and not _overlaps(m.start("head"), m.end("head"), taken):
                events.append((m.start("head"), m.end("head"), "short", m.group("det").lower()))
        for m in _DEMONSTRATIVE_EVENT.finditer(text, paragraph_start, paragraph_end):
            if not _overlaps(m.start("head"), m.end("head"), taken + [(e[0], e[1]) for e in events]):
                events.append((m.start("head"), m.end("head"), "short", m.group("det").lower()))
        for m in _MEETING.finditer(folded, paragraph_start, paragraph_end):
            events.append((m.start("phrase"), m.end(), "meeting", m.group("phrase")))
        shorts: list[int] = []  # where the short names of this paragraph are in ``out``
        # Short names first, so that a meeting "du Groupe" finds its owner among them.
        for start, end, kind, det in sorted(events, key=lambda e: (e[2] != "short", e[0])):
            before = sorted((f for f in out if f.end <= start), key=lambda f: f.start)
            in_paragraph = [f for f in before if f.start >= paragraph_start]
            if kind == "short":
                head = HEADS.get(fold(text[start:end]), "")

                def fits(found: Found, head: str = head, det: str = det, start: int = start, end: int = end) -> bool:
                    if head in ("event", "meeting"):  # "this event", "cette rencontre": any event named before
                        return found.term.is_event or bool(_heads_of(found.term, registry) & EVENT_HEADS)
                    if head == "initiative" and det in _DEMONSTRATIVES:  # "This initiative": any activity named before
                        return not found.term.is_event and found.term.kind != "instrument"
                    # or the head written in lower case after the name: "the ... Superhighway (AP-IS) initiative"
                    return head in _heads_of(found.term, registry) or re.match(
                        r"\s*(?:\([^()]{1,15}\)\s*)?" + re.escape(folded[start:end]) + r"\b", folded[found.end:found.end + 40]) is not None

                candidates = [f for f in before if fits(f)]
                if not candidates and text[start].isupper() and head not in ("event", "meeting"):
                    # "GovStack, a joint initiative of ... The Initiative": a name without a head of its own, named just before
                    candidates = [f for f in before if f.term.kind in ("activity", "event") and f.term.entity is None
                                  and not _heads_of(f.term, registry) and start - f.end <= 400]
                topic = next((f for f in in_paragraph if fits(f)), None)
                chosen = candidates[-1] if det in ("ce", "cet", "cette", "this") and candidates else topic
                if chosen is None and candidates:
                    chosen = candidates[-1]
                    if det not in _DEMONSTRATIVES and head != "event" \
                            and (series := _series_of(chosen.term, registry)) is not None:
                        # "The Dialogue was established by ..." a paragraph after "the inaugural Global
                        # Dialogue": a bare definite name for an edition named earlier is its series.
                        chosen = Found(Term.known(series), chosen.start, chosen.end)
                if chosen is None and (series := _series_named_by(before, head, registry)) is not None:
                    chosen = Found(Term.known(series), start, end)
                if chosen is not None:
                    out.append(Found(chosen.term, start, end))
                    shorts.append(len(out) - 1)
                    taken.append((start, end))
                continue
            # the owner named right after ("of the"), a "UN" before its name too ("of the UN Independent ... Panel")
            owner_found = next((f for f in out if f.start >= end and (f.start - end <= 2 or re.fullmatch(
                r"\s*(?:UN|United Nations|ONU)\s+", text[end:f.start]))), None)
            if owner_found is not None and owner_found.term.entity is None and not re.search(r"\b(?:edition|phase)$", det):
                owner_found = _known_by_prefix(owner_found, registry)  # "la première session du Dialogue mondial"
            owner = owner_found or meeting_possessor(text, out, start, paragraph_start) or next(
                (f for f in in_paragraph if f.term.entity is not None and f.term.entity.type in ("Body", "Process")), None)
            if owner is None:
                continue
            phrase = text[start:start + len(det)]
            term = _meeting(phrase, owner.term, registry, text, start, owner_found)
            out.append(Found(term, start, owner_found.end if owner_found else start + len(det), owner=owner.term))
        _short_names_for_editions(out, shorts, registry)
        paragraph_start = paragraph_end + 1
    return sorted(out, key=lambda f: (f.start, -f.end))


def _short_names_for_editions(out: list[Found], shorts: list[int], registry: Registry) -> None:
    """A short name for a recurring event, after one of its numbered meetings or editions in the
    same paragraph, is that meeting: "The 20th annual meeting of the Internet Governance Forum
    opened today ... the forum runs from 23 to 27 June", unless the event itself is named again
    between them ("First meeting of the IGF. The IGF holds ... The forum, convened by"). A body's
    short name stays the body ("the first meeting of the Group ... the Group will report")."""
    for index in shorts:
        short = out[index]
        meeting = next((f for f in reversed(out) if f.owner is not None and f.owner.key == short.term.key
                        and f.end <= short.start), None)
        if meeting is None or not _heads_of(short.term, registry) & EVENT_HEADS:
            continue
        named_again = any(f.term.key == short.term.key and meeting.end + 3 < f.start and f.end <= short.start
                          for f in out)
        if not named_again:
            out[index] = Found(meeting.term, short.start, short.end)


def _series_of(term: Term, registry: Registry) -> Entity | None:
    if term.kind == "edition":
        return term.series
    return activity_names(registry).series_of(term.entity) if term.entity is not None else None


def _series_named_by(before: list[Found], head: str, registry: Registry) -> Entity | None:
    """The registry activity a short name stands for when nothing before has its head, but an
    activity named before begins its name: "AI for Good ... The Summit" is the AI for Good
    Global Summit."""
    names = activity_names(registry)
    for found in reversed(before):
        entity = found.term.entity
        if entity is None:
            continue
        prefixes = [fold(n) + " " for n in entity.names()]
        for other in registry.entities.values():
            if other.key == entity.key or other.type not in ACTIVITY_TYPES or names.series_of(other) is not None:
                continue
            if head in heads_of_names(other.names()) and any(fold(n).startswith(p) for n in other.names() for p in prefixes):
                return other
    return None


def _meeting(phrase: str, owner: Term, registry: Registry, text: str, start: int, inline: Found | None) -> Term:
    owner_names = owner.entity.names() if owner.entity is not None else [owner.label]
    for name in owner_names:
        for joint in (" du ", " de la ", " de l'", " of the ", " of "):
            entity = registry.resolve(phrase + joint + name)
            if entity is not None:
                return Term.known(entity)
    label = text[start:inline.end] if inline is not None else f"{phrase} ({owner_names[0]})"
    ordinal = re.match(_ORDINAL, fold(phrase))
    names = activity_names(registry)
    if ordinal and owner.entity is not None and names.has_editions(owner.entity):
        # "its first session" of a recurring dialogue is its first edition
        return names.edition(owner.entity, f"ord-{ordinal_number(ordinal.group(0))}", label)
    return Term("event", label=label)

