"""Which activity a role is held in where the sentence does not name it in full: a common noun
naming again an activity said before ("The workshop was organized by"), a year and a head noun
("The 2020 Summit will be co-organized by"), a demonstrative after a fronted participle ("Organisé
par l'UIT, ..., ce rendez-vous"); and the limits of what a trigger may govern: a name that acts
rather than is acted on ("Le Groupe ... (MAG) a organisé ..., avec le support de"), an aside
between dashes ("-jointly financed by the Economic Commission-").
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_role_triggers import ROLE_AFTER, ROLE_BEFORE
from loaders.extract.prose.prose_terms import Found, Term
from loaders.text import fold

__all__ = ["acts", "aside_end", "body_named_in_lower_case", "event_said_again", "named_again", "year_named_again"]


#: What may stand between a name (or its bracketed acronym) and the verb it is the subject of: its acronym.
_ACTS = re.compile(r"\)?\s*(?:\([^()]{1,20}\))?")


#: A trigger inside an aside between dashes: "through the ECLAC @LIS2 project -jointly financed by the Economic
#: Commission- and the Government of Uruguay": its agents end at the closing dash.
_OPENING_DASH = re.compile(r"\s[-–—]\s?[a-z][^-–—,;.()]{0,30}$")
_CLOSING_DASH = re.compile(r"[-–—](?=\s)")


def aside_end(text: str, trigger_start: int, trigger_end: int, start: int, end: int) -> int:
    """Where the agents of the trigger at ``trigger_start:trigger_end`` may run to: the sentence's end, or the
    closing dash of the aside the trigger opens."""
    if not _OPENING_DASH.search(text, max(start, trigger_start - 40), trigger_start):
        return end
    closing = _CLOSING_DASH.search(text, trigger_end, end)
    return closing.start() if closing else end

def acts(text: str, position: int, trigger: int) -> bool:
    """Whether the name ending at ``position`` is the subject of a role verb that ends before the trigger at
    ``trigger`` ("Le Groupe Consultatif Multi-Acteurs (MAG) a organisé ..., avec le support de"); a participle
    that is a trigger itself ("le projet Giga mené par l'UIT en coopération avec", folded as the verb "mene") is not one."""
    at = _ACTS.match(text, position).end()
    passive = any(p.match(text, at + len(text[at:]) - len(text[at:].lstrip())) for p, _ in ROLE_AFTER)
    return not passive and any((verb := p.match(text, at)) is not None and verb.end() <= trigger for p, _ in ROLE_BEFORE)

#: The subject after a fronted participle clause, a demonstrative and a noun of events: "Organisé par l'UIT, en
#: partenariat avec plus de quarante agences onusiennes et co-convoqué par la Suisse, ce rendez-vous entend ...".
_THIS_EVENT = re.compile(r",\s*(?:ce|cet|cette|this(?: year['’]s)?)\s+(?:[a-z-]+\s+)?(?:rendez-vous|evenement|rencontre|sommet|"
                         r"forum|conference|reunion|event|gathering|summit|meeting|session)\b")


def event_said_again(text: str, position: int, end: int, earlier: list[Found]) -> Found | None:
    """The event named last before, that a demonstrative noun after the agents at ``position`` names again."""
    this = _THIS_EVENT.search(text, position, end)
    event = next((f for f in reversed(earlier) if f.term.is_event and f.end <= position), None)
    if this is None or event is None:
        return None
    return Found(event.term, this.start() + 1, this.end())

#: A sentence opening with a common noun: "The workshop was organized by ...", "The day is organized and hosted by
#: ...", "Ce séminaire de cinq jours, ..., a été organisé conjointement par".
_OPENING_NOUN = re.compile(r"\s*(?:the|this|le|la|l'|ce|cet|cette)\s*(?P<head>[a-z][a-z-]{2,})\b")


def named_again(names: Names, start: int, end: int, earlier: list[Found]) -> Found | None:
    """The activity an earlier sentence named that the common noun opening this one names again:
    the latest whose name, as written, has that noun ("ITU annual regional ... workshop on ...")."""
    opening = _OPENING_NOUN.match(names.folded, start, end)
    if opening is None or names.activities_in(start, opening.end()) or names.agents_in(start, opening.end()):
        return None
    head = re.compile(r"\b" + re.escape(opening.group("head")) + r"s?\b")
    named = next((f for f in reversed(earlier) if head.search(fold(names.text[f.start:f.end]))), None)
    return Found(named.term, opening.start("head"), opening.end()) if named is not None else None


#: A new name that is only a year and a head noun: "The 2020 Summit will be co-organized by ...".
_YEAR_AND_HEAD = re.compile(r"(?P<year>(?:19|20)\d\d)\s+(?P<head>[A-Za-zÀ-ÿ-]{3,})")


def year_named_again(names: Names, found: Found, earlier: list[Found]) -> Found:
    """The activity an earlier sentence named in full that a year and its head noun name again ("the 2020 AI for
    Good Global Summit ... The 2020 Summit will be co-organized by"): the latest whose name has both."""
    short = _YEAR_AND_HEAD.fullmatch(found.term.label or "") if found.term.entity is None and found.term.kind != "edition" else None
    if short is None:
        return found
    head = re.compile(r"\b" + re.escape(fold(short.group("head"))) + r"s?\b")
    for named in reversed(earlier):
        written = fold(names.text[named.start:named.end])
        if named.start < found.start and written != fold(found.term.label or "") and head.search(written) \
                and (short.group("year") in written or short.group("year") in named.term.key):
            return Found(named.term, found.start, found.end)
    return found


#: A body named in lower case right after the verb that creates or launches it: "has launched a working group on
#: artificial intelligence capacity building to help ...", « a créé un groupe de travail sur la gouvernance de l'IA ».
_BODY_IN_LOWER_CASE = re.compile(
    r"\s*(?:a|an|un|une)\s+(?:new\s+|nouvel(?:le)?\s+|nouveau\s+)?(?P<name>(?:working group|task force|expert group|"
    r"group of experts|advisory (?:group|board|body)|network|coalition|alliance|committee|panel|groupe de travail|"
    r"groupe d['’]experts|reseau|comite|groupe consultatif)(?:\s+(?:d['’]experts|ad hoc|consultatif|intergouvernemental|"
    r"interinstitutions|intergovernmental|inter-agency))?\s+(?:on|for|sur|pour)\s+[^,;.()\n]{3,80}?)"
    r"(?=\s+(?:to|that|which|in|at|with|from|by|pour|afin|qui|a|en|avec|dans|par|lors)\b|\s*[,;.(]|\s*$)")


def body_named_in_lower_case(names: Names, position: int, end: int) -> Found | None:
    """A new body named in lower case right after a verb that launches or creates it, as written (without its article)."""
    m = _BODY_IN_LOWER_CASE.match(names.folded, position, end)
    if m is None or names.activities_in(m.start("name"), m.end("name")):
        return None
    return Found(Term("activity", label=names.text[m.start("name"):m.end("name")]), m.start("name"), m.end("name"))
