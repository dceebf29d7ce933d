"""Numbered editions of series the registry does not know: "le 13e Forum africain sur la
gouvernance de l'Internet", "the Fourth Annual Meeting of the Arab Internet Governance Forum",
"the Twenty Fifth Meeting of WG-WSIS", "le Troisième Forum sur la gouvernance de l'internet en
Afrique", "the 6th IGF", "the second Global Meeting".

An ordinal written before a new name, or opening it, makes the name an edition: a node of its own,
labelled as written with its ordinal, part of its series (the name without the ordinal, or the body
a numbered meeting is "of"), so that what the sentence says of the event (dates, places,
organisers) is said of the edition, not of the series. The series is:

- the body or series a numbered meeting, session or edition is *of* ("Meeting of WG-WSIS": the
  Council Working Group on WSIS the acronym stands for);
- else the name without its ordinal, resolved to the registry's activity where it names one, or to
  a longer new name of the document it opens ("the second Global Meeting" of "the annual Global
  Meeting on AI for Law Enforcement"), else a new node named so.

Registry series keep their editions (:mod:`loaders.extract.prose.activity_names`); "the UN's first AI
Governance Day" (a possessive before "first") is the first of its kind, no edition of a series.

>>> from loaders.registry import load_registry
>>> from loaders.extract.prose.prose_terms import Found, Term
>>> text = "Le 13e Forum africain sur la gouvernance de l'Internet se tiendra à Addis-Abeba."
>>> forum = Found(Term("event", label=text[7:54]), 7, 54)
>>> [(f.term.label, f.owner.label) for f in numbered_editions(text, [forum], [], [], load_registry())]
[("13e Forum africain sur la gouvernance de l'Internet", "Forum africain sur la gouvernance de l'Internet")]
"""

from __future__ import annotations

import re

from loaders.extract.prose.activity_names import ORDINALS, activity_names
from loaders.extract.ordinals import ordinal_value
from loaders.extract.prose.prose_sessions import is_organ, possessed_sessions, without_un
from loaders.extract.prose.prose_terms import EVENT_HEADS, HEADS, Found, Term, heads_of_names
from loaders.registry import Mention, Registry
from loaders.text import fold

__all__ = ["ORDINAL", "edition_number", "numbered_editions"]

#: An ordinal as folded text writes it: a word ("fourth", "treizieme", "twenty fifth", "vingt-deuxieme"),
#: a number with its suffix ("19th", "13e", "3eme", "1er", "1re") or a French Roman numeral ("xiiie").
ORDINAL = (r"(?:" + "|".join(sorted((re.escape(w).replace(r"\-", "[- ]").replace(r"\ ", "[- ]") for w in ORDINALS),
                                    key=len, reverse=True))
           + r"|\d{1,3}(?:st|nd|rd|th|e|eme|er|re|è)|[ivxl]{2,6}e)")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
#: What may come between the ordinal and the name: "annual", "annuel", "regional".
_BETWEEN = r"(?:annual|annuel(?:le)?)"
#: An ordinal ending the text before a name: "Le 13e ", "the Fourth Annual ", "its first ".
_ORDINAL_BEFORE = re.compile(r"(?<![\w'-])(?P<ord>" + ORDINAL + r")\s+(?:" + _BETWEEN + r"\s+)?(?:[a-z]{2,10}\s+[-–]\s+)?"
                             # "the 19th edition of the UN-based ": a meeting of a series named right after it is read
                             # with the meetings (prose_names), one whose series a qualifier opens here
                             r"(?P<of>(?:meeting|session|edition|reunion)\s+(?:of the|of|du|de la|de l'|des)\s+"
                             r"[a-z]{2,6}-(?:based|backed|led|sponsored|supported|funded|run)\s+)?$")
#: This year's edition of a series named right after: "this year’s edition of the ", "l'édition de cette année du ".
_THIS_YEARS_EDITION = re.compile(r"(?<![\w'-])(?:(?:this|next|last) year's\s+(?:edition|session|meeting)\s+of\s+(?:the\s+)?|"
                                 r"(?:l')?edition de cette annee\s+(?:du|de la|de l'|des)\s*)$")
#: An edition named by its year, before its series' name: « l'édition 2011 du », "the 2023 edition of the ".
_YEAR_EDITION = re.compile(r"(?<![\w-])(?P<name>(?:edition\s+(?:19|20)\d\d\s+(?:du|de la|de l'|des)|"
                           r"(?:19|20)\d\d\s+edition\s+of(?:\s+the)?)\s*)$")
#: A demonstrative before the ordinal: the edition named before ("ce Troisième Forum").
_DEMONSTRATIVE = re.compile(r"(?<![\w'-])(?:ce|cet|cette|this|that)\s+$")
#: A short name for this year's edition: "Le forum de cette année", "this year's forum".
_THIS_YEAR = re.compile(r"(?<![\w'-])(?:(?:le|la|l')\s*(?P<fr>forum|sommet|dialogue|conference|reunion|session|edition|semaine)"
                        r"\s+de cette annee|this year['’]s\s+(?P<en>forum|summit|dialogue|conference|meeting|session|edition|week))\b")
#: Agents' acronyms opening a series' name ("INTERPOL - UNICRI Global Meeting"): no words of its short name.
_LEADING_ACRONYMS = re.compile(r"^(?:[A-Z][A-Z0-9]{1,9}(?:\s*[-–]\s*|\s+))+(?=[A-Z][a-z])")
#: An ordinal opening a name: "Fourth Annual Meeting of the ...", "Eighth Ministerial Conference ...".
_ORDINAL_OPENING = re.compile(r"(?P<ord>" + ORDINAL + r")\s+(?:" + _BETWEEN + r"\s+)?(?=\S)")
#: A numbered meeting of a body or series: "Meeting of WG-WSIS", "session de la Commission", "edition of the X".
#: A session's kind may come first: "Regular Session of the Human Rights Council", « session ordinaire du Conseil ».
_OF = re.compile(r"(?:(?:regular|ordinary|special|annual)\s+)?(?:meeting|session|edition|reunion|rencontre|phase)"
                 r"(?:\s+(?:ordinaire|extraordinaire|annuelle?))?\s+(?:of the|of|du|de la|de l'|des|de|d')\s*(?=\S)")
#: A series is named by a proper name or an acronym: "le deuxième atelier de renforcement des capacités"
#: describes a workshop, it names no series.
_PROPER = re.compile(r"\s*(?:[A-ZÀ-Ý0-9]|(?:the|la|le|l['’])\s*[A-ZÀ-Ý])")
#: A numbered session of an organ, before its name: "59e session du ", "the 78th Session of the UN ".
_SESSION_OF = re.compile(r"(?<![\w'-])(?P<ord>" + ORDINAL + r")\s+(?:(?:annual|ordinary|regular|ordinaire)\s+)?"
                         r"(?:session|meeting|reunion)\s+(?:of the|of|du|de la|de l'|des)\s*(?:un\s+|united nations\s+)?$")
#: A numbered meeting, its complement (two words or more, no clause) and an event verb: "La première session de
#: consultation informelle du processus intergouvernemental a eu lieu le 30 janvier".
_HELD_MEETING = re.compile(r"(?<![\w'-])(?:la|le|l'|the)\s+(?P<name>(?P<ord>" + ORDINAL + r")\s+(?:session|reunion|meeting)"
                           r"(?:\s+(?!(?:a|est|sera|will|was|is|has|takes|took)\b)[\w'-]+){2,12}?)"
                           r"\s+(?:a eu lieu|aura lieu|a lieu|s'est tenue?|se tiendra|se tient|took place|will take place|"
                           r"takes place|was held|will be held|is held)\b")
#: A meeting's or session's head alone: "Regular Session", "Meeting", "réunion annuelle" name no series.
_BARE_MEETING = re.compile(r"(?:(?:regular|ordinary|annual|ordinaire|annuelle?)\s+)?(?:session|meeting|reunion)s?"
                           r"(?:\s+(?:annuelle?|ordinaire))?")
#: An acronym and a meeting's head: "IGF meeting" is a meeting of the IGF.
_TRAILING_MEETING = re.compile(r"(?<=[A-Z0-9])\s+(?:meeting|session)$")
#: "the UN's first AI Governance Day": the first of its kind.
_POSSESSIVE = re.compile(r"['’]s\s+$")
#: An event series' acronym after an ordinal: "the 6th IGF" (its last initial an event head's: Forum, Summit,
#: Conference, Congress, Dialogue, Day, Meeting, Week).
_NUMBERED_ACRONYM = re.compile(r"(?<![\w-])(?P<ord>" + ORDINAL + r")\s+(?P<acronym>[A-Z][A-Za-z]{0,6}[FSCDMW])\b(?![-\w]|\s+[A-Z])")


def edition_number(word: str) -> int | None:
    """The number an ordinal :data:`ORDINAL` matched writes ("twenty fifth" 25, "13e" 13, "xiiie" 13).

    >>> edition_number("twenty fifth"), edition_number("13e"), edition_number("xiiie"), edition_number("troisieme")
    (25, 13, 13, 3)
    """
    word = fold(word).strip()
    if digits := re.match(r"\d+", word):
        return int(digits.group(0))
    if re.fullmatch(r"[ivxl]+e", word):
        values = [_ROMAN[c] for c in word[:-1]]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return ORDINALS.get(word) or ordinal_value(word)


def _is_event_name(label: str) -> bool:
    return bool(heads_of_names([label]) & EVENT_HEADS) or bool(re.search(r"\b(?:session|edition|reunion)\b", fold(label)))


def numbered_editions(text: str, found: list[Found], agents: list[Mention], taken: list[tuple[int, int]],
                      registry: Registry) -> list[Found]:
    """``found`` (the document's activities, in order) with each new name written after or opening with
    an ordinal made an edition of its series (the Found's ``owner``); a bracketed acronym right after
    it names the edition too; "ce Troisième Forum" and "le forum de cette année" are the edition named
    before; an ordinal and an event series' acronym ("the 7th IGF") is an edition of it; a numbered
    session or meeting of an organ the registry knows ("la vingt-deuxième session de la Commission de la
    science et de la technique au service du développement") is part of the organ.
    ``taken`` are the spans of the agents and citations, which no acronym overlaps."""
    folded = fold(text)
    out = list(found)
    numbered: dict[int, Found] = {}  # the last edition named with each number
    numbers: dict[str, int] = {}  # each edition's number, by its key
    for i, f in enumerate(out):
        if f.term.entity is not None or f.term.kind not in ("activity", "event") or f.owner is not None:
            continue  # a registry name, or a meeting found before
        edition, number = _edition(text, folded, f, out, registry)
        if edition is not None and any(g.owner is not None and g.start < f.start and f.end <= g.end for g in out):
            continue  # the series of a meeting found before ("la treizième édition du Forum")
        if edition is not None and number is None:
            if _YEAR_EDITION.search(fold(text[edition.start:f.start])):
                out.append(edition)  # « l'édition 2025 du Colloque mondial des régulateurs »: the series is named too
            else:
                out[i] = edition  # "this year's edition of the ..."
        if edition is None or number is None:
            continue
        if _DEMONSTRATIVE.search(folded, max(0, edition.start - 8), edition.start) and number in numbered:
            # "ce Troisième Forum discutera ...": the edition named before, by its ordinal and head
            head = re.match(r"\S+\s+\S+", text[edition.start:edition.end])
            out[i] = Found(numbered[number].term, edition.start, edition.start + head.end() if head else edition.end)
            continue
        if edition.owner is not None and numbers.get(edition.owner.key) == number and number in numbered:
            # "Fifth UN Multi-stakeholder Forum ... (STI Forum) ... The 5th STI Forum will be held": the edition the
            # acronym names has that number already, it is that edition
            out[i] = Found(numbered[number].term, edition.start, edition.end, numbered[number].owner)
            continue
        out[i] = numbered[number] = edition
        numbers[edition.term.key] = number
        after = re.match(r"\s*\(", text[edition.end:edition.end + 3])
        if after and not _of_series(folded, edition, f):  # "the 19th edition of the ... Forum (IGF)": the series'
            for j, g in enumerate(out):
                if g.start == edition.end + after.end() and g.term.key == f.term.key:
                    out[j] = Found(edition.term, g.start, g.end)
    out = _one_node_per_edition(text, out, numbers)
    out += _numbered_acronyms(text, out, taken)
    out += _sessions_of_organs(text, folded, out, agents)
    out = possessed_sessions(text, folded, out, agents, registry)
    out += _held_numbered_meetings(text, folded, out, taken)
    out += _this_years(folded, out)
    return sorted(out, key=lambda f: (f.start, -f.end))


def _sessions_of_organs(text: str, folded: str, found: list[Found], agents: list[Mention]) -> list[Found]:
    """"the 59th session of the Human Rights Council": a numbered session or meeting written before an
    organ's name is an event, named with the organ, and part of it (the labelled sets' reading rule: "a
    meeting or session of a body ... is partOf it")."""
    out = []
    for agent in agents:
        if agent.entity.type != "Body":
            continue
        m = _SESSION_OF.search(folded, max(0, agent.start - 60), agent.start)
        if m is None or edition_number(m.group("ord")) is None \
                or any(f.start < agent.end and f.end > agent.start for f in found):
            continue
        out.append(Found(Term("event", label=text[m.start():agent.end]), m.start(), agent.end, owner=Term.known(agent.entity)))
    return out


def _of_series(folded: str, edition: Found, f: Found) -> bool:
    """Whether the edition is named "Nth edition of" its series ``f``, which then ends the name."""
    before = _ORDINAL_BEFORE.search(folded, edition.start, f.start)
    return bool(before and before.group("of"))


def _held_numbered_meetings(text: str, folded: str, found: list[Found], taken: list[tuple[int, int]]) -> list[Found]:
    """"La première session de consultation informelle du processus intergouvernemental a eu lieu le 30 janvier
    à New York": a numbered meeting described by its complement and then held is an event, named as written
    (a meeting of an activity named in it is read with the meetings, :mod:`loaders.extract.prose.prose_names`)."""
    out = []
    for m in _HELD_MEETING.finditer(folded):
        start, end = m.start("name"), m.end("name")
        if edition_number(m.group("ord")) is None or any(s < end and e > start for s, e in
                                                         [(f.start, f.end) for f in found] + list(taken)):
            continue
        out.append(Found(Term("event", label=text[start:end]), start, end))
    return out


def _this_years(folded: str, found: list[Found]) -> list[Found]:
    """"Le forum de cette année est organisé par la CEA": the last edition named before with that head."""
    out = []
    for m in _THIS_YEAR.finditer(folded):
        head = HEADS.get(m.group("fr") or m.group("en"), "")
        before = [f for f in found if f.owner is not None and f.end <= m.start()
                  and (head in heads_of_names([f.term.label]) or head == "meeting")]
        if before and not any(f.start < m.end() and f.end > m.start() for f in found):
            out.append(Found(before[-1].term, m.start(), m.end()))
    return out


def _edition(text: str, folded: str, f: Found, found: list[Found], registry: Registry) -> tuple[Found | None, int | None]:
    """The edition ``f`` names with the ordinal before it or opening it and its number, else None."""
    start = f.start
    if before := _ORDINAL_BEFORE.search(folded, max(0, f.start - 40), f.start):
        start = before.start("ord")
        number = edition_number(before.group("ord"))
        rest = text[f.start:f.end]
    elif this_year := _THIS_YEARS_EDITION.search(folded, max(0, f.start - 50), f.start):
        # "this year’s edition of the ITU Plenipotentiary Conference": an edition, with no number
        series = Term(f.term.kind, label=text[f.start:f.end])
        return Found(Term("event", label=text[this_year.start():f.end]), this_year.start(), f.end, owner=series), None
    elif year_edition := _YEAR_EDITION.search(folded, max(0, f.start - 40), f.start):
        # « l'édition 2011 du forum de la gouvernance de l'Internet », "the 2023 edition of the Innovations Dialogue": the
        # edition of that year, named as written
        series = Term(f.term.kind, label=text[f.start:f.end])
        return Found(Term("event", label=text[year_edition.start("name"):f.end]), year_edition.start("name"), f.end,
                     owner=series), None
    elif opening := _ORDINAL_OPENING.match(folded, f.start, f.end):
        number = edition_number(opening.group("ord"))
        rest = text[opening.end():f.end]
    else:
        return None, None
    if re.fullmatch(r"[ivxl]+e", folded[start:start + len(text[start:].split(None, 1)[0])]) \
            and not text[start:].split(None, 1)[0][:-1].isupper():
        return None, None  # a Roman numeral is written in capitals ("XIIIe"), "live" is none
    if number is None or not _is_event_name(text[start:f.end]) or not _PROPER.match(rest):
        return None, None
    if number == 1 and _POSSESSIVE.search(text, max(0, start - 4), start):
        return None, None  # "the UN's first AI Governance Day"
    label = text[start:f.end]
    if _BARE_MEETING.fullmatch(fold(re.sub(r"^(?:the|la|le|l['’])\s*", "", rest, flags=re.IGNORECASE).strip())):
        # "its 53rd Regular Session", "the Second Meeting": a meeting of a body not named here, of no series
        return Found(Term("event", label=label), start, f.end), number
    series = _series(text, rest, f, found, registry)
    if series is None:
        return None, None
    label = text[start:f.end]
    if is_organ(series):  # "the 78th Session of the UN General Assembly": a session of an organ (part of it), no edition
        return Found(Term("event", label=label), start, f.end, owner=series), number
    names = activity_names(registry)
    if series.entity is not None and names.has_editions(series.entity):
        return Found(names.edition(series.entity, f"ord-{number}", label), start, f.end, owner=series), number
    return Found(Term("event", label=label), start, f.end, owner=series), number


def _series(text: str, rest: str, f: Found, found: list[Found], registry: Registry) -> Term | None:
    """The series (or body) an edition whose name without its ordinal is ``rest`` belongs to."""
    if of := _OF.match(fold(rest)):
        rest = rest[of.end():]
    rest = re.sub(r"^(?:the|la|le|l['’])\s*", "", rest, flags=re.IGNORECASE).strip()
    if trailing := _TRAILING_MEETING.search(rest):
        rest = rest[:trailing.start()]  # "the fifth annual IGF meeting": a meeting of the IGF
    if len(rest) < 2:
        return None
    if (entity := registry.resolve(rest)) is not None or (entity := registry.resolve(without_un(rest))) is not None:
        return Term.known(entity)
    key = fold(rest)
    # an acronym or name the document gives an activity ("WG-WSIS"), else a longer new name named before
    # that it opens ("Global Meeting" of "the annual Global Meeting on AI for Law Enforcement")
    others = [g for g in found if g is not f and g.owner is None and g.term.kind != "instrument"]
    named = next((g for g in others if fold(text[g.start:g.end]) == key), None)
    short = fold(_LEADING_ACRONYMS.sub("", rest))  # "INTERPOL - UNICRI Global Meeting": "Global Meeting"
    named = named or next((g for g in others if g.end <= f.start and g.term.entity is None
                           and any(fold(text[g.start:g.end]).startswith(k + " ") for k in {key, short})), None)
    return named.term if named is not None else Term(f.term.kind, label=rest)


def _one_node_per_edition(text: str, found: list[Found], numbers: dict[str, int]) -> list[Found]:
    """One node for an edition a document names twice ("Le Nigéria accueille le 3ème Forum sur la gouvernance de
    l'internet en Afrique" as its title, "Le Troisième Forum sur la gouvernance de l'internet en Afrique (AfIGF)
    aura lieu à Abuja" in its text): the same number of the same series. It is named as the running text
    names it (a line ending with a full stop), else as first named."""
    groups: dict[tuple[str, int], list[Found]] = {}
    for f in found:
        if f.owner is not None and f.term.key in numbers:
            groups.setdefault((f.owner.key, numbers[f.term.key]), []).append(f)
    chosen: dict[str, Term] = {}
    for group in groups.values():
        if len({f.term.key for f in group}) < 2:
            continue
        running = [f for f in group if _line_of(text, f.start).rstrip().endswith((".", "!", "?"))]
        for f in group:
            chosen[f.term.key] = (running or group)[0].term
    return [Found(chosen[f.term.key], f.start, f.end, f.owner) if f.term.key in chosen else f for f in found]


def _line_of(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start:end if end != -1 else len(text)]


def _numbered_acronyms(text: str, found: list[Found], taken: list[tuple[int, int]]) -> list[Found]:
    """"the 6th IGF in Nairobi": an ordinal and the acronym of an event series, which is the
    activity the document names so, else a new series named by its acronym."""
    out = []
    spans = [(f.start, f.end) for f in found] + list(taken)
    for m in _NUMBERED_ACRONYM.finditer(text):
        if any(m.start() < e and m.end() > s for s, e in spans) or edition_number(m.group("ord")) is None:
            continue
        acronym = m.group("acronym")
        named = next((f for f in found if text[f.start:f.end] == acronym and f.owner is None), None)
        series = named.term if named is not None else Term("event", label=acronym)
        out.append(Found(Term("event", label=text[m.start():m.end()]), m.start(), m.end(), owner=series))
    return out
