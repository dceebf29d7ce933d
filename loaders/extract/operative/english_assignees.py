"""How English texts list the entities a clause asks to act, where the shared reading of
:mod:`loaders.extract.operative.assignees` missed what French reads (:mod:`loaders.extract.operative.french_assignees`
holds the French-only rules):

- parts of the United Nations system named by the name they share ("the United Nations mechanisms
  and bodies", "the entities of the United Nations", "all relevant organizations, funds, programmes
  and bodies within the United Nations system");
- words between two items of a list that put no name out of it: a short incise before "and" or "as
  well as" (", within existing resources, as well as"), a phrase set off by commas about
  the addressees' own mandates or circumstances ("Member States, taking into account their specific
  circumstances, and the United Nations system", "relevant United Nations bodies, in accordance with
  their respective mandates, and other stakeholders"), and a body's network ("the Department of
  Global Communications and its network of United Nations information centres");
- the subject of "decides that" after a phrase set off by commas ("Also decides that, in addition to the
  records of the general debate…, the President of the General Assembly shall circulate…");
- two rules French had alone (:mod:`loaders.extract.operative.french_assignees`): "member States" in lower case are the
  members of another body ("Calls upon member States of the Commission…"), States as French reads « États
  membres »; "all others" stands for the group the paragraph named before ("Expresses its appreciation to the
  Member States that have paid…, and urges all others to…", as « tous les autres »: English names the group
  first, in the clause before); a group named by its members
  ("Calls upon all members of the international community…", « tous les membres de la communauté internationale »).

>>> listed_gap(", taking into account their specific circumstances, and the ")
', and the '
"""

from __future__ import annotations

import re

from loaders.extract.operative.mandate_model import Assignee
from loaders.registry import Entity, Registry

__all__ = ["listed_gap", "others", "subject_start", "system_parts", "unnamed_items"]

#: Nouns naming parts of the United Nations system.
_SYSTEM_NOUN = r"(?:organizations|organs|bodies|entities|agencies|institutions|funds|programmes|mechanisms|offices)"
_SYSTEM_LIST = rf"{_SYSTEM_NOUN}(?:(?:,\s*|,?\s+and\s+)(?:specialized\s+agencies|{_SYSTEM_NOUN}))*"
_SYSTEM_PHRASE = re.compile(
    rf"\bUnited\s+Nations\s+(?:system\s+)?{_SYSTEM_LIST}\b(?!\s+(?:for|on|of|in)\b)|"
    rf"\b{_SYSTEM_LIST}\s+(?:of|within)\s+the\s+United\s+Nations(?:\s+system)?\b(?![\w-]|\s+[A-Z])")

#: A phrase set off by commas about the addressees themselves, whose preposition puts no name out of the list.
_OWN_INCISE = re.compile(r",\s*(?:in\s+accordance\s+with|within|consistent\s+with|in\s+line\s+with|in\s+keeping\s+with|"
                         r"taking\s+into\s+account|bearing\s+in\s+mind)\s+(?:their|its)\b[^,;:]{0,80},")
#: A complete incise between two names of a list, the list going on after it: "all Member States and organizations
#: of the United Nations system, within existing resources, as well as other … organizations", ", as appropriate, and".
_INCISE = re.compile(r",[^,;:]{1,60},(?=\s*(?:as\s+well\s+as|and)\b)")
#: "… and its network of United Nations information centres": the offices of a body's network.
_NETWORK_OF = re.compile(r"\b(?:its|their)\s+(?:global\s+|worldwide\s+)?networks?\s+of\s*$")


def system_parts(text: str, start: int, stop: int, registry: Registry) -> list[tuple[int, int, Entity]]:
    """Spans naming parts of the United Nations system by the name they share, with the system's entity."""
    system = registry.entities.get("un-system")
    if system is None:
        return []
    return [(m.start(), m.end(), system) for m in _SYSTEM_PHRASE.finditer(text, start, stop)]


#: A group named by its members ("all members of the international community", "representatives of civil society"),
#: as French names it (« tous les membres de la communauté internationale », « les acteurs de la société civile »).
_MEMBERS_OF = re.compile(r"\b(?:members|representatives|actors)\s+of\s+(?:the\s+)?$")


def listed_gap(gap: str, entity: Entity | None = None) -> str:
    """The words between two items of a list, without those that put no name out of it (``entity``: the next
    item's, if the registry knows it)."""
    if entity is not None and entity.type == "AddresseeGroup":
        gap = _MEMBERS_OF.sub("", gap)
    return _NETWORK_OF.sub("", _OWN_INCISE.sub(",", _INCISE.sub(",", gap)))


#: A phrase of time or circumstance set off by commas right after "that", before its subject.
_THAT_INCISE = re.compile(r"\s*,\s*(?:in\s+addition\s+to|upon|at|after|before|during|following|prior\s+to|"
                          r"until|as\s+from|with\s+effect\s+from|in\s+accordance\s+with|pending)\b[^,;:]{0,200}?,\s*")


def subject_start(text: str, start: int, end: int) -> int:
    """Where the subject after "that" starts: past a phrase set off by commas, if one opens at ``start``.

    >>> text = "decides that, upon the completion of its mandate, the Preparatory Committee shall report"
    >>> text[subject_start(text, 12, len(text)):]
    'the Preparatory Committee shall report'
    """
    match = _THAT_INCISE.match(text, start, end)
    return match.end() if match else start


#: "all others" with no noun, before the infinitive or a comma: the others of the group named before.
_OTHERS = re.compile(r"(?:\s|,|also|further|again|strongly)*(?P<others>all\s+others)\s*(?:,|to\s+[a-z]+\b)")
_GROUPS = {"AddresseeGroup"}


def others(text: str, start: int, end: int, registry: Registry, since: int = 0) -> list[Assignee]:
    """"…expresses its appreciation to those countries that have met…, urges all others to…": the first group
    named after ``since`` (the verb of the clause before) and before ``start`` (this clause's verb), the span of
    "all others" its evidence (the group thanked, not one its relative clause names)."""
    match = _OTHERS.match(text, start, end)
    if match is None:
        return []
    groups = [m for m in registry.find_mentions(text, "en", start=since, end=start) if m.entity.type in _GROUPS]
    if not groups:
        return []
    entity = groups[0].entity
    return [Assignee(entity, match.group("others"), match.start("others"), match.end("others"), entity.type)]


#: Items of a list the registry has no name for, in lower case, between or after names it knows ("…major groups
#: and other donors", "…the private sector and academia, as well as schools,", "…the Secretary-General and staff
#: representatives"): one to three words, the last a plural noun; no word an adverb or a preposition opening a
#: phrase of manner ("all States, especially spacefaring nations", "when considering partnerships").
_SEPARATOR = r"(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+|including\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
_ITEM = re.compile(rf"{_SEPARATOR}(?:(?:all|other|relevant|the|interested|their|its)\s+)*"
                   r"(?P<name>(?:(?!(?:and|or|as|including|when|through|by|with|for|in|to|especially|particularly|"
                   r"notably|mainly|inter)\s)(?![a-z-]+ly\s)[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+[^s\W]s)"
                   r"(?=\s*,|\s+and\b|\s+as\s+well\b|\s*$)")
#: Heads that name actors: agents ("partners", "contractors", "investors", "philanthropists", "parliamentarians"),
#: and groups, communities and institutes of them. Measured on the English corpus (2026-12-02): of 40 items drawn at
#: random from the 218 the rule added before it read only these heads, 6 were no actor or no whole name (goals
#: "and targets", "all other sources", "especially spacefaring nations", "funds" and "representatives" sharing the
#: adjective of the item before: "international financial institutions and funds").
_ACTOR_HEAD = re.compile(r"(?!others$)(?:[a-z-]+(?:ers|ors|ists|ians|ants)|banks|forums|fora|experts|communities|"
                         r"foundations|institutes|federations|partnerships|nations|companies|enterprises|schools|"
                         r"universities|unions|commissions|committees|councils|groups|organs|professionals|"
                         r"associations|forces|militias|alternates|industries|judges|formations|mechanisms|procedures|"
                         r"representatives|funds|authorities|networks|parliaments|cooperatives|businesses|families|"
                         r"municipalities|cities|governments|academies|alliances|coalitions|agents|students|defenders)$")
#: Heads too vague to name alone, with no word of their own before them: they often share the adjective of the item
#: before ("special rapporteurs and representatives", "international financial institutions and funds").
_VAGUE_ALONE = re.compile(r"funds|representatives|mechanisms|groups|procedures|networks|commissions|committees|councils")
#: Heads of the institutions an item names, too vague even with an adjective, which is often shared by ellipsis with
#: the item before ("humanitarian and development organizations", "international, regional and subregional
#: organizations"; read that way, 289 more items in the English corpus, none with a French reading).
_INSTITUTIONS = re.compile(r"organizations|entities|institutions|agencies|bodies|actors|parties")


def _names_actors(name: str) -> bool:
    """Whether an unknown list item names actors: its head is a noun of agents or of their groups, with a word of
    its own before it where the head alone is vague."""
    head = name.split()[-1]
    return bool(_ACTOR_HEAD.fullmatch(head)) and not _INSTITUTIONS.fullmatch(head) \
        and not (len(name.split()) == 1 and _VAGUE_ALONE.fullmatch(head))


def unnamed_items(text: str, start: int, stop: int, *, last: bool = False) -> list[tuple[int, int]] | None:
    """The spans of the unknown items ``text[start:stop]`` lists, if it is nothing but such items and their
    separators (else None: the words there are no list); ``last``: after the list's last known name, where a comma
    may end the list ("…, the Secretary-General and staff representatives, on the recommendation…")."""
    spans, at = [], start
    while at < stop:
        match = _ITEM.match(text, at, stop)
        if match is None or not _names_actors(match.group("name")):
            break
        spans.append((match.start("name"), match.end("name")))
        at = match.end()
    rest = text[at:stop]
    ended = re.fullmatch(rf"{_SEPARATOR}?\s*|\s*", rest) or last and rest.lstrip().startswith(",")
    return spans if spans and ended else None
