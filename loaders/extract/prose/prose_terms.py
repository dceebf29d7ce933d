"""What prose extraction finds: the nodes a text names and the facts it states about them.

Pure values, no quads: :mod:`loaders.quads.prose` writes them. A :class:`Term` is a registry
entity, a new named activity, event or place (labelled as written), an edition of a recurring
event, an instrument (by symbol) or a paragraph of one; a :class:`ProseFact` is a triple of
them with the span of text that states it and the kind of fact it is (for the measures).

>>> Term.instrument("A/RES/79/325").key
'instrument:A/RES/79/325'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from loaders.registry import Entity

#: English month names and French ones (either case of the first letter), as regular expression
#: alternatives: where a name ends before a date.
MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTHS_FR = "[Jj]anvier|[Ff]évrier|[Mm]ars|[Aa]vril|[Mm]ai|[Jj]uin|[Jj]uillet|[Aa]oût|[Ss]eptembre|[Oo]ctobre|[Nn]ovembre|[Dd]écembre"

__all__ = [
    "ACTIVITY_TYPES",
    "AGENT_TYPES",
    "EVENT_HEADS",
    "HEADS",
    "PLACE_TYPES",
    "ROLE_PREDICATES",
    "FactKind",
    "Found",
    "ProseExtraction",
    "ProseFact",
    "Term",
    "fact_kind",
    "heads_of_names",
]

TermKind = Literal["entity", "activity", "event", "place", "agent", "edition", "instrument", "paragraph", "date", "month"]
FactKind = Literal["mandate", "role", "event", "part", "other"]

ROLE_PREDICATES = ("leadEntity", "partner", "secretariat", "organiser", "coordinator", "chair", "createdBy")
AGENT_TYPES = frozenset({"Agency", "Organization", "Body", "Post", "Country"})
ACTIVITY_TYPES = frozenset({"Initiative", "Process", "Event", "Body"})
PLACE_TYPES = frozenset({"Place"})


#: Head nouns of activity names, English and French, with the series words they stand for.
HEADS = {
    "initiative": "initiative", "programme": "programme", "program": "programme", "platform": "platform",
    "plateforme": "platform", "plate-forme": "platform", "coalition": "coalition", "hub": "hub", "pole": "hub",
    "network": "network", "reseau": "network", "summit": "summit", "sommet": "summit", "forum": "forum",
    "dialogue": "dialogue", "day": "day", "journee": "day", "conference": "conference", "partnership": "partnership",
    "partenariat": "partnership", "alliance": "alliance", "panel": "group", "group": "group", "groupe": "group",
    "working group": "group", "fund": "fund", "fonds": "fund", "facility": "facility", "observatory": "observatory",
    "observatoire": "observatory", "challenge": "challenge", "defi": "challenge", "academy": "academy",
    "academie": "academy", "week": "week", "semaine": "week", "communaute": "community", "community": "community",
    "concours": "challenge", "manifestation": "event", "event": "event", "evenement": "event",
    "groupe de travail": "group", "meeting": "meeting", "reunion": "meeting", "rencontre": "meeting", "organe": "body", "body": "body",
    "atelier": "workshop", "workshop": "workshop", "seminaire": "workshop", "seminar": "workshop", "centre": "centre",
    "center": "centre", "bureau": "office", "office": "office", "lab": "lab", "laboratory": "lab",
    "laboratoire": "lab", "session": "meeting", "symposium": "workshop", "colloque": "workshop", "congress": "conference",
    "congres": "conference", "hackathon": "event", "expo": "event", "project": "project", "projet": "project",
    "campaign": "campaign", "campagne": "campaign", "competition": "challenge",
    # more activity nouns (issue 15): what a capacity-building or governance activity is called
    "toolkit": "toolkit", "course": "course", "cours": "course", "bootcamp": "course",
    "mission": "mission", "compact": "compact", "pacte": "compact", "strategy": "strategy", "strategie": "strategy",
    "framework": "framework", "cadre": "framework", "award": "award", "prix": "award", "fellowship": "programme",
    "task force": "group", "task team": "group", "expert group": "group", "incubator": "programme", "accelerator": "programme",
    "mechanism": "mechanism", "mecanisme": "mechanism", "roundtable": "meeting", "round table": "meeting", "table ronde": "meeting", "festival": "event",
    "review": "review", "examen": "review",  # "Examen régional africain décennal de la mise en œuvre ... (SMSI+10)"
}
EVENT_HEADS = frozenset({"summit", "forum", "dialogue", "day", "conference", "week", "event", "meeting", "workshop"})


def heads_of_names(names: list[str]) -> set[str]:
    """The head words of activity names ("group" for "Groupe scientifique ...", "summit"...)."""
    from loaders.text import fold

    heads = set()
    for name in names:
        for word in re.findall(r"[\w-]+", fold(name)):
            if word in HEADS:
                heads.add(HEADS[word])
    return heads


@dataclass(frozen=True)
class Term:
    """A node a fact is about. New nodes (activities, events, places, agents) carry their label
    as written; editions their series."""

    kind: TermKind
    entity: Entity | None = None
    label: str = ""
    series: Entity | None = None
    edition: str = ""  # a year ("2027") or an ordinal ("ord-3")
    symbol: str = ""
    instrument_type: str = ""
    number: str = ""
    day: date | None = None

    @classmethod
    def known(cls, entity: Entity) -> Term:
        return cls("entity", entity=entity)

    @classmethod
    def instrument(cls, symbol: str, instrument_type: str = "") -> Term:
        return cls("instrument", symbol=symbol, instrument_type=instrument_type)

    @property
    def key(self) -> str:
        """A stable identity: the registry key, ``instrument:SYMBOL``, ``edition:SERIES:TAG``..."""
        if self.entity is not None:
            return self.entity.key if self.entity.iso is None else f"country-{self.entity.iso}"
        if self.kind == "edition" and self.series is not None:
            return f"edition:{self.series.key}:{self.edition}"
        if self.kind == "instrument":
            return f"instrument:{self.symbol}"
        if self.kind == "paragraph":
            return f"paragraph:{self.symbol}:{self.number}"
        if self.kind in ("date", "month"):
            return self.label
        return f"new:{' '.join(self.label.casefold().split())}"

    @property
    def is_event(self) -> bool:
        return self.kind in ("event", "edition") or (self.entity is not None and self.entity.type == "Event")


@dataclass(frozen=True)
class Found:
    """A term named at ``start:end`` of the text."""

    term: Term
    start: int
    end: int
    owner: Term | None = None  # for a meeting: the body it is a meeting of


@dataclass(frozen=True)
class ProseFact:
    subject: Term
    predicate: str  # a local name of mg: ("mandatedBy") or a prefixed name ("schema:startDate")
    object: Term
    span: tuple[int, int]

    @property
    def kind(self) -> FactKind:
        return fact_kind(self.predicate, self.subject)


def fact_kind(predicate: str, subject: Term | None = None) -> FactKind:
    """The kind a fact is measured under: mandate links, roles, events (dates, places, the
    editions and side events of events), other part-of links, and the rest."""
    if predicate == "mandatedBy":
        return "mandate"
    if predicate in ROLE_PREDICATES:
        return "role"
    if predicate.startswith("schema:"):
        return "event"
    if predicate == "partOf":
        return "event" if subject is not None and subject.is_event else "part"
    return "other"


@dataclass
class ProseExtraction:
    """The facts and mentions read in one document; :meth:`add` keeps one fact per span."""

    facts: list[ProseFact] = field(default_factory=list)
    mentions: list[Found] = field(default_factory=list)

    def add(self, subject: Term, predicate: str, obj: Term, *spans: tuple[int, int]) -> None:
        if subject.key == obj.key:
            return
        if predicate == "partOf" and (_holds_name(subject, obj) or any(
                f.predicate == "partOf" and (f.subject.key, f.object.key) == (obj.key, subject.key) for f in self.facts)):
            return  # no cycle, and a whole is no part of what its own name is said within ("phase of the Summit")
        start = min(s for s, _ in spans)
        end = max(e for _, e in spans)
        fact = ProseFact(subject, predicate, obj, (start, end))
        if all((f.subject.key, f.predicate, f.object.key, f.span) != (subject.key, predicate, obj.key, fact.span)
               for f in self.facts):
            self.facts.append(fact)


def _holds_name(whole: Term, part: Term) -> bool:
    """Whether ``part``'s new name is longer and holds ``whole``'s ("Second Phase of the World Summit ..."
    holds "World Summit ..."): then ``whole`` cannot be part of ``part``."""
    if whole.label is None or part.label is None or whole.entity is not None:
        return False
    return len(part.label) > len(whole.label) and whole.label.casefold() in part.label.casefold()
