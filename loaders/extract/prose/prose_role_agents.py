"""The agents a role trigger names, read around it: the list after "co-chaired by" or "en
partenariat avec" ("l'UIT et l'UNESCO", "ITU, the Food and Agriculture Organization of the UN
(FAO)", "Amazon Web Services, Microsoft, and Cognizant"), the subject list before a role verb
("ITU and UNESCO have launched"), a new organ acting as an agent, and the agency a pronoun
stands for.
"""

from __future__ import annotations

import re
from itertools import pairwise

from loaders.extract.prose.prose_governments import state_of_government
from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_new_agents import new_agent_after
from loaders.extract.prose.prose_new_names import ORGAN_HEAD, enumeration_end
from loaders.extract.prose.prose_terms import Found, Term
from loaders.registry import Mention
from loaders.text import fold

__all__ = ["agents_after", "agents_before", "inside_activity", "named_subject", "organ_before", "pronoun_agent"]

_AGENT_GAP = re.compile(r"^[\s,()'’]*(?:(?:et|and|ainsi que|as well as|de|du|des|d'|l'|le|la|les|the|son|sa|ses|"
                        r"government of|gouvernement|governments of|gouvernements|un|united nations|nations unies|onu|"
                        r"ensemble|all)[\s,()'’]*)*$")
#: A long name written before the acronym the registry knows: "the Food and Agriculture Organization of the UN (FAO)".
_NAME_BEFORE_ACRONYM = re.compile(r"[\s,)]*(?:(?:and|et|as well as|ainsi que)\s+)?(?:the\s+|l['’]|la\s+|le\s+)?"
                                  r"[A-ZÀ-Ý][^,;()]{2,90}\($")
#: An aside between dashes after an agent: "ITU – the UN specialized agency for ... –, UNESCO".
_DASHED_ASIDE = re.compile(r"\s*[–—-]\s[^–—;.]{1,120}?\s[–—-]")  # folded text writes every dash "-"


def _without_own_secretariats(names: Names, agents: list[Mention]) -> list[Mention]:
    """The agents of a list, an agency's own secretariat read as the agency: "the ESCAP
    secretariat is spearheading", "developed by the UNESCO Secretariat"."""
    out: list[Mention] = []
    for agent in agents:
        if fold(names.text[agent.start:agent.end]) != "secretariat":
            out.append(agent)
            continue
        owner = re.search(r"(?<![\w-])([A-Z][A-Za-z]{1,12})\s+$", names.text[max(0, agent.start - 20):agent.start])
        known = names.registry.resolve(owner.group(1)) if owner else None
        if known is not None and known.type == "Agency":
            at = agent.start - len(owner.group(0))
            if not (out and out[-1].entity.key == known.key):
                out.append(Mention(known, at, at + len(owner.group(1))))
        else:
            out.append(agent)
    return out


#: A capitalised word right after a country's name, that makes it a word of a longer name: "Tunisie Télécom".
_WORD_OF_A_NAME = re.compile(r"[ \t]+(?!(?:and|et|of|de|du|in|en)\b)[A-ZÀ-Ý][a-zà-ÿ]")


def _registry_agents_after(names: Names, position: int, end: int) -> list[Mention]:
    """The list of agents written from ``position`` on: "l'UIT et l'UNESCO", "ITU, FAO (FAO), WFP",
    "ITU, the Food and Agriculture Organization of the UN (FAO)"."""
    text = names.folded
    out: list[Mention] = []
    cursor = position
    for agent in names.agents_in(position, end):
        if agent.start < cursor:
            continue
        if agent.entity.type == "Country" and _WORD_OF_A_NAME.match(names.text, agent.end):
            break  # "IGFSA et Tunisie Télécom": a company named after its country, not the country
        gap = _DASHED_ASIDE.sub(" ", text[cursor:agent.start]) if out else text[cursor:agent.start]
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
    return _without_own_secretariats(names, out)


#: Agents named by a group, then listed in brackets: "several UN agencies (FAO, WHO, UNICEF)".
_GROUP_THEN_LIST = re.compile(r"\s*(?:plusieurs|several|various|other|d'autres|many|numerous|\d+)\s[^,;.()]{0,80}?"
                              r"\((?P<list>[^()]{3,400})\)")
#: An item of a bracketed list of agents: "CTI", "Commissions régionales des Nations Unies".
_LIST_ITEM = re.compile(r"(?P<item>[A-ZÀ-Ý][^,()]*?)\s*(?=,|\s(?:and|et)\s|$)")


def _listed_in_brackets(names: Names, known: list[Mention], start: int, end: int) -> list[Found]:
    """Every agent of a bracketed list, in its order: the registry's, and each other item written with a capital
    as a new agent ("(UNDESA, FAO, ..., ONU, CTI, UPU, UNODC, UNICEF et Commissions régionales des Nations Unies)")."""
    out = []
    items = [m for m in _LIST_ITEM.finditer(names.text, start, end)
             if re.search(r"(?:^|,|\s(?:and|et))\s*$", names.text[start:m.start()])]  # each item where it begins
    for item in items:
        inside = [a for a in known if item.start("item") <= a.start and a.end <= item.end("item")]
        if inside:
            out += [Found(Term.known(a.entity), a.start, a.end) for a in inside]
        elif len(item.group("item")) >= 2:
            out.append(Found(Term("agent", label=item.group("item")), item.start("item"), item.end("item")))
    return out


#: After an agent, a lower-case verb: the agent opens a clause of its own.
_CLAUSE_SUBJECT = re.compile(r"\s+(?!(?:and|et|de|du|des|of|in|en|au|aux|pour|for)\b)[a-zà-ÿ]{3,}\b")
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|\s+(?:and|et|ainsi que|as well as)\s+)(?:(?:the|la|le|les|l['’])\s*)?")
_BRACKETS = re.compile(r"\s*\([^()]{1,160}\)")
#: A date written after a new agent's name, and what follows it, are no part of the name.
_DATE_AFTER_NAME = re.compile(r"\s+(?:du|le|les|en|on|from|in)\s+\d")
#: A new agent's name that goes on after its acronym, or up to it, or with a coordinated complement: "the Digital
#: Bridge Institute (DBI) of Nigeria", "Aspire to Innovate (a2i)", "le ministère de l'Innovation et de la Technologie d'Éthiopie".
_NAME_GOES_ON = {
    "en": re.compile(r"[ \t]*\([A-Z][\w&+-]{1,12}\)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*|"
                     # "Aspire to Innovate (a2i)": lower-case words inside a name its acronym closes
                     r"[ \t]+(?:to|for|of|on)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*[ \t]*\([A-Za-z0-9&+-]{2,10}\)"),
    "fr": re.compile(r"[ \t]+et[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de)[ \t]*[A-ZÀ-Ý][\w'’-]*"
                     r"(?:[ \t]+(?:d['’]|de[ \t]+|du[ \t]+|des[ \t]+)?[A-ZÀ-Ý][\w'’-]*|[ \t]*d['’][A-ZÀ-Ý][\w'’-]*)*"),
}
#: The acronym closing a new agent's name is another name of it, no word of it: "l'Agence Tunisienne d'Internet (ATI)".
_TRAILING_ACRONYM = re.compile(r"(?<=\S)\s*\((?=[^)]*[A-Z])[A-Za-z&]+(?:-[A-Za-z&]+)*\)$")
#: A name that goes on after its acronym with a word, up to the next item of a list: "Internet Society (ISOC) Tunisie,
#: EO Data Center", "the Internet Society (ISOC) Chapter and".
_COUNTRY_AFTER_ACRONYM = re.compile(r"[ \t]*\([A-Z][\w&+-]{1,12}\)[ \t]+[A-ZÀ-Ý][\w'’-]+(?=[ \t]*(?:,|;|\.|$|(?:and|et)[ \t]))")
#: The means an agent acts through, up to the next agent of its list: "organized by ECLAC through the ECLAC @LIS2
#: project -jointly financed by the Economic Commission- and the Government of Uruguay", « par l'intermédiaire de ».
_THROUGH = re.compile(r"\s+(?:through|via|par l['’]intermédiaire d(?:e|u|es|['’])|à travers)\s[^;.]{1,140}?(?=\s+(?:and|et)\s)")
#: A state's government named before the state: "the Government of Uruguay", "le Gouvernement de la République du Congo".
_GOVERNMENT_BEFORE = re.compile(r"(?:the\s+|le\s+)?(?:Government|Gouvernement)\s+(?:of|de|du|d['’])\s*(?:the\s+|la\s+|l['’])?")
#: A ministry's government, in apposition: "the Ministry of Information & Communications, Royal Government of Bhutan".
_GOVERNMENT_OF = re.compile(r",[ \t]+(?:the[ \t]+)?(?:Royal[ \t]+|Federal[ \t]+)?(?:Government|Gouvernement)[ \t]+(?:of|de|du|d['’])"
                            r"[ \t]*(?:the[ \t]+|la[ \t]+|l['’])?[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*)*")


def agents_after(names: Names, position: int, end: int) -> list[Found]:
    """The agents a role trigger names from ``position`` on: the registry's ("l'UIT et l'UNESCO")
    and, where it knows none, new ones read from the noun phrase ("le ministère chinois des
    affaires étrangères", "Amazon Web Services, Microsoft, and Cognizant")."""
    out = []
    for agent in _registry_agents_after(names, position, end):
        found = _secretariat_of(names, Found(Term.known(agent.entity), agent.start, agent.end))
        if not any(f.term.key == found.term.key for f in out):  # "le secrétariat de la CNUCED": UNCTAD once
            out.append(found)
    if not out and (group := _GROUP_THEN_LIST.match(names.folded, position, end)):
        listed = names.agents_in(group.start("list"), group.end("list"))
        if len(listed) >= 2:  # "en collaboration avec plusieurs institutions du Système (UNDESA, FAO, PNUE, OMS, ...)"
            return _listed_in_brackets(names, listed, group.start("list"), group.end("list"))
    cursor = out[-1].end if out else position
    while cursor < end:
        if out:
            after = cursor + len(b.group(0) if (b := _BRACKETS.match(names.text, cursor)) else "")
            if aside := _DASHED_ASIDE.match(names.text, after):  # "ITU – the UN specialized agency for ... – and XPRIZE"
                after = aside.end()
            if through := _THROUGH.match(names.text, after, end):  # "by ECLAC through the ECLAC @LIS2 project ... and"
                after = through.end()
            sep = _LIST_SEP.match(names.text, after)
            if sep is None or (names.lang == "fr" and re.match(r",\s*et\b", sep.group(0).strip())):
                break  # "animé par le Secrétaire général, et l'UIT en coordonnera": a new clause
            if re.match(r",\s*and\b", sep.group(0).strip()) and re.search(r"\b(?:and|et)\b", names.text[position:cursor]):
                break  # "co-chaired by UNESCO and Nokia, and Smart Africa, ...": the list closed with its "and"
            at = sep.end()
        else:
            at = cursor + len(re.match(r"\s*", names.text[cursor:]).group(0))
        listed = [a for a in _registry_agents_after(names, at, end)
                  if a.start - at <= 4 or _GOVERNMENT_BEFORE.fullmatch(names.text, at, a.start)]
        if listed and out and _CLAUSE_SUBJECT.match(names.text, listed[-1].end) \
                and not re.search(r"\b(?:and|et)\b", names.text[cursor:at]):
            break  # "mené avec la République de Corée, l'UIT aide à": the subject of the next clause, no partner
        if listed:
            out += [Found(Term.known(a.entity), a.start, a.end) for a in listed if a.entity.key not in
                    {f.term.key for f in out}]
            cursor = listed[-1].end
            continue
        article = re.search(r"(?:les|la|le|l['’])\s*$", names.text[cursor:at]) if names.lang == "fr" else None
        # "l'UNESCO, l'OCP et l'université Mohamed VI polytechnique": a French name is read from its article
        found = (article and new_agent_after(names.text, cursor + article.start(), "fr")) \
            or new_agent_after(names.text, at, names.lang)
        if found and (date := _DATE_AFTER_NAME.search(found[0])):  # "l'université ... du 12 au 13 décembre 2018 à Benguérir"
            found = (found[0][:date.start()], found[1], found[1] + date.start(), found[1] + date.start())
        if out and names.lang == "en" and re.search(r"(?<!\band )\bthe\s*$", names.text[cursor:at]) and not (
                found and re.match(r"(?:\s*\([^()]{1,15}\))?\s+and\s", names.text[found[3]:])):
            break  # "ITU, the UN specialized agency": an apposition, not another agent (unless the list goes on)
        if found is None or found[3] > end or (inside_activity(names, found[1]) and not _listed_name(names, found, bool(out))) \
                or _ATTRIBUTIVE_NEW.match(names.text, found[3]) or any(c.start < found[2] and found[1] < c.end
                                                                       for c in names.citations):
            break
        if re.match(r"(?:Ministry|Ministère|Department|Département)\b", found[0]) \
                and (government := _GOVERNMENT_OF.match(names.text, found[2], end)):
            found = (names.text[found[1]:government.end()], found[1], government.end(), government.end())
        elif names.lang == "fr" and (listed := enumeration_end(names.text, found[1], found[2])) and listed <= end:
            found = (names.text[found[1]:listed], found[1], listed, listed)  # "l’Équipe spéciale ... sur la science, la technologie et l’innovation"
        elif rest := ((_NAME_GOES_ON[names.lang] if names.lang in _NAME_GOES_ON else _NAME_GOES_ON["en"]).match(
                names.text, found[2], end) or _COUNTRY_AFTER_ACRONYM.match(names.text, found[2], end)):
            found = (names.text[found[1]:rest.end()], found[1], rest.end(), rest.end())
        state = state_of_government(names.text[max(position, found[1] - 3):found[2]], names.lang, names.registry)
        term = Term.known(state) if state is not None else _acronym_named(names, found[0], found[1]) \
            or Term("agent", label=_TRAILING_ACRONYM.sub("", found[0]))
        out.append(Found(term, found[1], found[2]))  # "accueillie par le Gouvernement tunisien": Tunisia
        cursor = found[3]
    return [_owned_by(names, f) for f in out]


#: What a secretariat is the secretariat of, written after it: "le Secrétariat de l’AfIGF", "the secretariat of the IGF".
_SECRETARIAT_OF = re.compile(r"[ \t]+(?:of[ \t]+(?:the[ \t]+)?|de[ \t]+la[ \t]+|de[ \t]+l['’][ \t]*|du[ \t]+|des[ \t]+|de[ \t]+)")


def _secretariat_of(names: Names, found: Found) -> Found:
    """The secretariat of an activity named after it, as an agent of its own ("Organisé par le Secrétariat de l’AfIGF":
    the AfIGF's secretariat, not the UN Secretariat nor the AfIGF); of an agency, the agency ("le secrétariat de la
    CNUCED" is UNCTAD)."""
    if found.term.key != "secretariat" or (of := _SECRETARIAT_OF.match(names.text, found.end)) is None:
        return found
    agency = next((a for a in names.agents_in(of.end(), of.end() + 200) if a.start == of.end()), None)
    if agency is not None and agency.entity.type == "Agency":
        return Found(Term.known(agency.entity), agency.start, agency.end)
    activity = max((f for f in names.activities if f.start == of.end()), key=lambda f: f.end, default=None)
    if activity is None:
        return found
    return Found(Term("agent", label=names.text[found.start:activity.end]), found.start, activity.end)


#: The "UN-" a UN body's acronym may be written with: "UN-ESCWA", "UN-Habitat".
_UN_PREFIX = re.compile(r"UN-(?=[A-Z])")


def _acronym_named(names: Names, label: str, position: int) -> Term | None:
    """The agent an acronym stands for: a registry body written with "UN-" ("UN-ESCWA" is ESCWA), or a name the text
    gave it in brackets before ("the League of Arab States (LAS) ... convened by UN-ESCWA, LAS and ...": the League)."""
    if not re.fullmatch(r"(?:UN-)?[A-Z][A-Z0-9&-]{1,11}", label):
        return None
    if label.startswith("UN-") and (entity := names.registry.resolve(_UN_PREFIX.sub("", label))) is not None:
        return Term.known(entity)
    defined = None
    for m in re.finditer(r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:of|for|on|and|de|du|des|la|le|l['’]|d['’])\s*)*[A-ZÀ-Ý][\w'’-]*)+)"
                         r"\s*\(" + re.escape(label) + r"\)", names.text[:position]):
        defined = m.group("name")
    if defined is None:
        return None
    defined = re.sub(r"^(?:(?:The|the|La|Le|Les)\s+|L['’]\s*)", "", defined)
    entity = names.registry.resolve(defined)
    return Term.known(entity) if entity is not None else Term("agent", label=defined)


def _listed_name(names: Names, found: tuple[str, int, int, int], listing: bool) -> bool:
    """Whether a new name read as an activity is an agent of the list it stands in: the list has begun and goes on
    with another name after it ("l'Agence Tunisienne d'Internet (ATI), Internet Society (ISOC) Tunisie, EO Data Center,
    IGFSA et ..."; not "UNOPS, Unitaid, hosted by")."""
    return listing and any(f.start == found[1] and f.end == found[2] and f.term.entity is None for f in names.activities) \
        and (re.match(r"\s*(?:,|(?:and|et)\s)\s*(?:(?:and|et|the|la|le|les|l['’])\s*)*[A-ZÀ-Ý]", names.text[found[3]:]) is not None
             # ... or closes it after "and": "jointly convened by UN-ESCWA, LAS and the Lebanese Presidency Council of
             # Ministers (PCM), and was co-sponsored by ..."
             or re.search(r"\s(?:and|et)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?$", names.text[max(0, found[1] - 12):found[1]])
             is not None)


#: A name owned by the agent before it: "Italy’s MMIT", "ITU's Telecommunication Development Bureau".
_POSSESSED = re.compile(r"['’]s\s+(?P<name>[A-Z][\w&.-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w&.-]*)*)")


def _owned_by(names: Names, found: Found) -> Found:
    """The agent a possessive names: in "co-led by UNDP and Italy’s MMIT" the agent is MMIT (a
    new one), Italy only its owner. A possessed activity or registry agent is left alone."""
    m = _POSSESSED.match(names.text, found.end) if names.lang == "en" and found.term.entity is not None else None
    if m is None or inside_activity(names, m.start("name")) or names.agents_in(m.start("name"), m.end("name")):
        return found
    return Found(Term("agent", label=m.group("name")), m.start("name"), m.end("name"))


#: A name followed by this is a modifier, not an agent: "the UN General Assembly resolution".
_ATTRIBUTIVE_NEW = re.compile(r"(?i)\s*(?:resolutions?|résolutions?|decisions?|décisions?|declaration|déclaration|"
                              r"A/|\d)")


def inside_activity(names: Names, position: int) -> bool:
    return any(f.start <= position < f.end for f in names.activities)


#: A person's name in apposition after a post: "Le Secrétaire général ..., António Guterres, a annoncé",
#: or right after it: "The United Nations Secretary-General António Guterres has announced".
_APPOSITION = re.compile(r"^\s*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s*,\s*$")
#: ... with the post's organization between them: "Le Secrétaire général des Nations Unies, Kofi Annan, a annoncé".
_OF_ORGANIZATION_THEN_NAME = re.compile(r"^\s+(?:des|du|de la|de l['’]|of the|of)\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}"
                                        r"\s*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s*,\s*$")
_NAME_AFTER_POST = re.compile(r"^\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s*$")


def agents_before(names: Names, position: int, start: int) -> list[Found]:
    """The list of agents written just before ``position`` (the subject of a verb)."""
    text = names.folded
    out: list[Mention] = []
    cursor = position
    known = names.agents_in(start, position)
    listed_new = _new_list_tail(names, known[-1].end, position) if known else []
    if listed_new:
        cursor = known[-1].end
    for agent in reversed(known):
        gap = text[agent.end:cursor]
        apposition = not out and (_APPOSITION.match(names.text[agent.end:cursor]) or (
            agent.entity.type == "Post" and (_NAME_AFTER_POST.match(names.text[agent.end:cursor])
                                             or _OF_ORGANIZATION_THEN_NAME.match(names.text[agent.end:cursor]))))
        if not apposition and (not _AGENT_GAP.match(gap) or (names.lang == "fr" and re.search(r",\s*et\b", gap))):
            break
        if out and out[-1].entity.type == "Country" and agent.entity.type == "Agency" \
                and re.fullmatch(r"[\s)]*(?:\([^()]{1,12}\)\s*)?", names.text[agent.end:out[-1].start]):
            out.pop()  # "UNDP Sri Lanka": an agency's office in a country is the agency
        if not out or out[-1].entity.key != agent.entity.key:
            out.append(agent)
        cursor = agent.start
    return [_secretariat_of(names, Found(Term.known(a.entity), a.start, a.end))
            for a in _without_own_secretariats(names, list(reversed(out)))] + listed_new


#: The end of a list of agents the registry does not know, after one it knows: "l'UIT, la CEI et l'ISO à organiser".
_NEW_ITEM = re.compile(r"(?:,|\b(?:et|and)\b)\s*(?:(?:la|le|les|l['’]|the)\s*)?(?P<item>[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,2})\s*")


def _new_list_tail(names: Names, after: int, position: int) -> list[Found]:
    """The new agents that end a subject list from ``after`` to the verb at ``position``, if that is all there is
    between them and the list ends with "and" ("et") its last item."""
    items = list(_NEW_ITEM.finditer(names.text, after, position))
    joined = bool(items) and items[0].start() == after and items[-1].end() == position \
        and all(a.end() == b.start() for a, b in pairwise(items))
    if not joined or not re.match(r"(?:et|and)\b", items[-1].group(0)):
        return []
    return [Found(Term("agent", label=m.group("item")), m.start("item"), m.end("item")) for m in items]


#: Heads of bodies that act besides organs: "The Geneva Human Rights Platform (GHRP) hosted the III Expert Roundtable".
_ACTING_HEAD = re.compile(r"\b(?:Platform|Plateforme|Group|Groupe|Network|Réseau|Alliance|Foundation|Fondation|Society|Société|"
                          r"Institute|Institut|Association|Centre|Center|Agency|Agence|Secretariat|Secrétariat)\b")


def organ_before(names: Names, position: int, start: int) -> list[Found]:
    """A new organ named right before a role verb is its agent, not an activity: "The UN
    Broadband Commission has launched the Working Group ..." (:data:`ORGAN_HEAD`)."""
    organ = next((f for f in names.activities_in(start, position) if f.term.entity is None
                  and not re.sub(r"\([^()]{1,12}\)", "", names.text[f.end:position]).strip()
                  and (ORGAN_HEAD.search(f.term.label or "") or _ACTING_HEAD.search(f.term.label or ""))), None)
    if organ is None:
        return []
    owner = next((a for a in names.agents_in(start, organ.start) if a.entity.type in ("Agency", "Organization")
                  and re.fullmatch(r"\s*(?:\([^()]{1,12}\)\s*)?", names.text[a.end:organ.start])), None)
    if owner is not None:  # "ITU Regional Office for Asia and the Pacific": an office of an agency acts as the agency
        return [Found(Term.known(owner.entity), owner.start, owner.end)]
    return [Found(Term("agent", label=organ.term.label), organ.start, organ.end)]


def pronoun_agent(names: Names, position: int) -> Mention | None:
    earlier = [a for a in names.agents if a.end <= position and a.entity.type in ("Agency", "Organization")]
    return earlier[-1] if earlier else None


#: A proper name of several capitalised words opening a sentence, with its acronym: "The Geneva Human Rights Platform
#: (GHRP)", "Le Groupe Consultatif Multi-Acteurs (MAG)"; small words may join them ("Bureau of the ...").
_PROPER_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:of|for|on|and|the|de|des|du|la|le|et|d['’]|l['’])\s*)*[A-ZÀ-Ý][\w'’-]*)+")
_WITH_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z0-9&-]{1,10})\)\s*$")


def named_subject(names: Names, verb: int, start: int) -> list[Found]:
    """A new agent opening the sentence as the subject of a role verb, named in capitals and by its acronym: "The
    Geneva Human Rights Platform (GHRP) hosted the III Expert Roundtable"; no activity or place overlaps it."""
    acronym = _WITH_ACRONYM.search(names.text, start, verb)
    if acronym is None:
        return []
    opening = re.match(r"\s*(?:the|le|la|l['’])\s*", names.text[start:acronym.start()], re.IGNORECASE)
    at = start + (opening.end() if opening else len(names.text[start:acronym.start()]) - len(names.text[start:acronym.start()].lstrip()))
    name = _PROPER_NAME.fullmatch(names.text, at, acronym.start())
    if name is None or names.activities_in(at, acronym.end()) or names.agents_in(at, acronym.end()):
        return []
    return [Found(Term("agent", label=name.group(0)), name.start(), name.end())]
