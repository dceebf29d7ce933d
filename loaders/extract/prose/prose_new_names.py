"""Names the registry does not know, read from their linguistic form.

- **New activities**: a capitalised name headed by a word such as Initiative, Programme, Panel,
  Dialogue, Summit, Forum, Coalition, Platform, Network, Centre, Hub, Fund, Facility,
  Partnership, Office, Lab, Academy, Alliance, Event (English: "WSIS+20 High-Level Event 2025",
  "ITU-WHO Focus Group on Artificial Intelligence for Health", "United Nations Programme in
  Public Administration"), or opened by Groupe, Dialogue, Sommet, Forum, Programme, Initiative,
  Coalition, Plateforme, Centre, Fonds, Bureau, Hub... with its complement (French: "Groupe de
  haut niveau sur la coopération numérique"); a subtitle after a colon belongs to the name
  ("Dialogue de Genève : Solidarité pour la gouvernance de l'IA"); a year after the name too.
  More heads: Meeting, Session, Project, Commission, Council, Committee, Task Force, Action Plan,
  Strategy, Framework, Recommendation...; Réunion, Projet, Comité, Plan d'action, Feuille de
  route, Stratégie, Cadre... Capitalised words joined by "for"/"and" and a year may open an
  English name ("2023 AI for Good Global Summit"); an event's name ends before "in" and its
  place; an agent's possessive is cut off ("UNDP’s"); an organ-headed name after "by"/"par" is
  an agent, not an activity.
- **Acronyms** of those names: the one in brackets after the name ("(FG-AI4H)") and the
  initials of its words ("FGI").
- New agents are read in :mod:`loaders.extract.prose.prose_new_agents`.

>>> [f.term.label for f in new_activities("The WSIS+20 High-Level Event 2025, co-hosted by ITU", "en", [])]
['WSIS+20 High-Level Event 2025']
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_acronyms import (
    bracketed_aliases,
    complement_named,
    complement_to_acronym,
    initials,
    inner_acronym_end,
    run_to_short_name,
)
from loaders.extract.prose.prose_terms import EVENT_HEADS, HEADS, MONTHS_EN, MONTHS_FR, Found, Term
from loaders.text import fold

__all__ = ["enumeration_end", "ORGAN_HEAD", "acronyms", "bracketed_aliases", "framed_activities", "initials", "new_activities", "trimmed_name"]

_CAPITALISED = r"(?:(?:[a-z]-|\d{1,3}-)?[A-Z][\w+’'-]*(?:/[A-Z][\w+’'-]*)?|AI|UN)"  # "10-Member Group" too  # "Moderators/Facilitators"
_EN_HEADS = (r"Initiative|Programme|Program|Platform|Coalition|Hub|Network|Summit|Forum|Dialogue|Day|Conference|"
             r"Partnership|Alliance|Working Group|Focus Group|Task Force|Task Team|Group|Panel|Fund|Facility|Observatory|"
             r"Challenge|Week|Centre|Center|Office|Lab|Laboratory|Academy|Event|Workshop|Compact|Meeting|Session|"
             r"Project|Commission|Council|Committee|Award|Report|Action Plan|Roadmap|Road Map|Strategy|Framework|"
             r"Guidelines|Recommendation|Advisory Body|Body|Board|Mechanism|Campaign|Accelerator|Consultation|Symposium|"
             r"Congress|Seminar|Hackathon|Expo|Series|Competition|Toolkit|Course|Bootcamp|Boot Camp|Mission|Fellowship|"
             r"Incubator|Roundtable|Round Table|Festival|Expert Group|Centres|Centers|Hubs|Labs|Academies|Review")
#: Before the head, capitalised words joined by "for", "and" or "&" ("AI for Good Global Summit",
#: "Science and Technology Forum"), after a year that opens an edition ("2025 AI for Good Global Summit").
_EN_BEFORE_HEAD = r"(?:(?:19|20)\d\d\s+(?=[A-Z]|[a-z]-[A-Z]))?(?:" + _CAPITALISED + r"[^\S\n]+(?:(?:for|and|&|in)\s+(?=[A-Z]))?){0,6}"
#: A comma inside a complement that lists capitalised words up to "and": "Forum on Science, Technology and
#: Innovation for the SDGs".
_LISTED_WORD = r"(?:,(?=(?:\s+[A-Z][\w-]*,)*\s+[A-Z][\w-]*,?\s+and\s+[A-Z]))"
#: An acronym in brackets inside a name, where the name goes on after it: "Task Team (IATT) on Science, Technology and
#: Innovation (STI) for the SDGs".
_INNER_ACRONYM = r"(?:\s*\([A-Z][A-Za-z0-9&+-]{1,10}\)(?=\s+(?:on|for|of|in|to|and)\s+(?:the\s+)?[A-Z]))?"
_EN_NEW = re.compile(
    r"\b" + _EN_BEFORE_HEAD + r"(?P<head>" + _EN_HEADS + r")\b" + _INNER_ACRONYM +
    r"(?:\s+(?:on|for|of|in|to)\s+(?:the\s+)?" + _CAPITALISED + r"(?:" + _INNER_ACRONYM + _LISTED_WORD
    + r"?\s+(?:(?:and|for|on|in|to)\s+the|and|for|of|the|in|on|to)?\s*" + _CAPITALISED + r")*)?"
    r"(?:\s+(?:19|20)\d\d\b)?")
#: A bracketed acronym followed by a head is inside the name it follows: "Centres (DTC) Initiative".
_ACRONYM_THEN_HEAD = re.compile(r"\s*\([A-Z][A-Za-z0-9&+-]{1,12}\)\s+(?:" + _EN_HEADS + r")\b")
#: An event's name ends before "in" and a capital: the place where it is held.
_EVENT_IN_PLACE = re.compile(r"\b(?:Summit|Forum|Dialogue|Conference|Meeting|Session|Workshop|Event|Week|Day)"
                             r"(?:\s+(?:19|20)\d\d)?(?P<place>\s+in\s+(?:the\s+)?[A-Z].*)$")
#: A city ending a name, where a country follows it after a comma or a year after "in": "... in Astana,
#: Kazakhstan", "the Second Phase of the World Summit on the Information Society in Tunis in 2005".
_CITY_THEN_COUNTRY = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?$")
#: The words that make an agent ending a name its owner: "... de l'UIT", "... of the ITU".
_OWNER_BEFORE = re.compile(r"\s(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|d['’]|of\s+the\s+|of\s+)$")
#: A name of an organ's meeting or of an organ itself, which an agent ending it does not own but is: "Conférence
#: générale de l'UNESCO", "Conseil d'administration du PNUD".
_GOVERNING_HEAD = re.compile(r"(?:General |Governing |Executive )?(?:Conférence|Conference|Conseil|Council|Comité|Committee|"
                             r"Commission|Bureau|Office|Assemblée|Assembly|Organe|Body|Board|Secrétariat|Secretariat)\b")
#: A date after "in", "on", "from": no word of a name ("... in September 2024", "... on 5 March").
_DATE_TAIL = re.compile(r"\s+(?:in|on|from|since|by|during)\s+(?:early\s+|late\s+|mid-)?(?:"
                        + MONTHS_EN + r"|\d{1,2}\s|(?:19|20)\d\d\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b).*$")
#: A qualifier opening a name says who is behind it, it is no word of it: "the UN-based Internet Governance Forum".
_QUALIFIER = re.compile(r"[A-Z][\w]*(?:-(?:based|backed|led|sponsored|supported|funded|run|hosted|organi[sz]ed|coordinated)|"
                        # "an ITU Coordinated WSIS+10 High-Level Event": the agent's role, written before the name
                        r"\s+(?:Coordinated|Organi[sz]ed|Hosted|Led|Convened|Sponsored))\s+(?=[A-Z])")
#: Words that open a sentence or a phrase, not a name: "In Geneva Forum ..." is no name.
_EN_OPENERS = re.compile(r"^(?:(?:The|In|On|At|For|By|With|From|During|This|That|Its|Their|Our|His|Her|A|An|"
                         r"And|As|Under|Through|Reported|Led|Co-hosted|Organized|Organised|Following|After|Before|Ahead|Since|While|"
                         r"Today|Yesterday|Last|Next|Earlier|Recently|Meanwhile|However|Also|Both|Speaking|Launched|"
                         r"Held|Hosted|Convened|Supported|Announced|Attending|Every|Each|Many|Several|Some|All|"
                         r"Ce|Cet|Cette|Le|La|Les|L'|Du|Des|Au|Aux|Un|Une|Son|Sa|Ses|Lors|Dans|Par|Pour|Sur)\s+)+")
_FR_HEADS = (r"Initiative|Programme|Plate-?forme|Coalition|Pôle|Hub|Réseau|Sommet|Forum|Dialogue|Journée|Conférence|"
             r"Partenariat|Alliance|Groupe|Fonds|Observatoire|Défi|Académie|Semaine|Communauté|Centre|Bureau|Organe|"
             r"Panel|Atelier|Laboratoire|Facilité|Réunion|Session|Projet|Commission|Conseil|Comité|Prix|"
             r"Plan d['’]action|Feuille de route|Stratégie|Cadre|Mécanisme|Campagne|Accélérateur|Consultation|Symposium|"
             r"Colloque|Congrès|Séminaire|Concours|Mission|Pacte|Boîte à outils|Cours|Table ronde|Festival|Incubateur|Examen")
_FR_NEW = re.compile(
    r"\b(?:(?:Nouveau|Nouvelle|Nouvel|Grand|Grande|Premier|Première)\s+)?(?P<head>" + _FR_HEADS + r")"
    r"(?:[^\S\n]+(?:à l['’](?=[A-Z])[\w-]+|[a-zà-ÿ]+(?:['’]|&#39;?)[\w-]+|[a-zà-ÿœæ'’-]+|[A-ZÀ-Ý][\w'’.+-]*|(?:19|20)\d\d\b)){1,24}")
_FR_STOP = re.compile(r"\s+(?:qui|que|qu['’]\w+|dont|dans (?:leur|leurs|son|sa|ses|ce|cette|ces)|en vue d|est|sont|a|ont|sera|seront|serait|seraient|aurait|auraient|était|étaient|devait|devaient|se|s(?:['’]|&#39;?\w+)|lors|en marge|et(?! des communications| de la communication)|ou|mais|afin|pour permettre|"
                      r"avec|par|sous(?=\s)|en(?=\s+(?:\d|(?:" + MONTHS_FR + r")\b))|à(?=\s+(?:[A-ZÀ-Ý0-9]|(?:sa|son|ses|leur|leurs|cette|ce|cet)\b))|au(?! service d)|aux|vise|permet|offre|constitue|reçoit|prévue?s?|créée?s?|"
                      r"lancée?s?|organisée?s?|codirigée?s?|dirigée?s?|devrait|doit|peut|va|vont|pourrait|vient|viennent|doivent|"
                      r"peuvent|offrira|permettra|"
                      # a past participle ends a name ("Sommet Action Climat 2019 convoqué par ...")
                      r"(?:adopt|convoqu|approuv|propos|annonc|men|coordonn|financ|pilot|port|initi|anim|inaugur|"
                      r"intitul|accueilli|établi|institu|présid|soutenu|tenu|réuni|administr|gér|héberg)(?:é|ée|és|ées|e|es|s)?(?=\s+(?:par|à|au|aux|lors|en|le|la|les|dans|sous|avec|,|$))|"
                      r"pour \w+(?:er|ir|re))\b.*$"
                      r"|(?<!\bsur)(?<!\bde)(?<!\bpour)(?<!\bdans)\s+(?:le|la|les|un|une)\b.*$")
_TRAILING = re.compile(r"(?:\s+(?:the|and|for|of|on|in|to|de|du|des|d'|l'|la|le|sur|pour|en|à))+$")
#: An enumeration of nouns with their articles closing with "et", which a French complement may hold: "Forum
#: africain sur la science, la technologie et l’innovation", "… pour l'éducation, la science et la culture".
_FR_ENUMERATION = re.compile(r"(?:,[^\S\n]+(?:la |le |les |l ?['’])[a-zà-ÿ-]+)+[^\S\n]+et[^\S\n]+(?:la |le |les |l ?['’])[a-zà-ÿ-]+")
#: A name ending with a complement's first noun ("… sur la science") that such an enumeration goes on ("l ’innovation",
#: its apostrophe spaced as a PDF's text layer gives it, too).
_FR_ENUMERATION_OPENS = re.compile(r"\s(?:sur|de|pour|à)\s+(?:la |le |les |l['’])[a-zà-ÿ-]+$")
#: The words of a French name after its head (as :data:`_FR_NEW` reads them).
_FR_WORDS = re.compile(r"(?:[^\S\n]+(?:à l['’](?=[A-Z])[\w-]+|[a-zà-ÿ]+(?:['’]|&#39;?)[\w-]+|[a-zà-ÿœæ'’-]+|[A-ZÀ-Ý][\w'’.+-]*|"
                       r"(?:19|20)\d\d\b)){0,12}")
#: A subtitle after the name: "Dialogue de Genève : Solidarité pour la gouvernance de l'IA".
_SUBTITLE = re.compile(r"\s*:\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,10}")


#: A name that closes a quote it does not open opens with the quote before it: "an ‘AI for Health’ Focus Group".
_CLOSING_QUOTE = {"‘": "’", "“": "”"}
_OPENING_QUOTE_INSIDE = re.compile(r"[‘“]")


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and end > s for s, e in spans)


def enumeration_end(text: str, start: int, end: int) -> int | None:
    """Where a French name ``text[start:end]`` ends when it goes on with an enumeration of its complement
    and the words after it, else None: "Forum africain sur la science" in "Forum africain sur la science, la
    technologie et l’innovation pour la réalisation des objectifs de développement durable (Forum STI)".

    >>> text = "le Forum sur la science, la technologie et l’innovation au service des objectifs, qui"
    >>> text[3:enumeration_end(text, 3, 23)]
    'Forum sur la science, la technologie et l’innovation au service des objectifs'
    """
    if not _FR_ENUMERATION_OPENS.search(text, start, end) or not (listed := _FR_ENUMERATION.match(text, end)):
        return None
    tail = _FR_WORDS.match(text, listed.end()).group(0)
    return listed.end() + len(_TRAILING.sub("", _FR_STOP.sub("", tail)).rstrip())


#: A demonstrative right before a head: « ce Sommet », « cette Conférence ».
_DEMONSTRATIVE_BEFORE = re.compile(r"(?<![\w'’])(?:ce|cet|cette|ces|Ce|Cet|Cette|Ces)\s+$")
#: A full stop after a word and a space end a sentence, and a name: "… des Nations Unies. En 2001, le Conseil".
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ])\.\s.*$", re.DOTALL)


#: A French body's task, which its name states: « Comité spécial chargé d’élaborer une convention ... » (the article after
#: the infinitive opens the task's object, no new phrase).
_TASK = re.compile(r"\schargée?s?\s+d(?:e\s+|['’])[a-zà-ÿ]+(?:er|ir|re)\s+(?:le|la|les|l['’]|un|une|des)\b")


def _french_trimmed(value: str) -> str:
    value = _SENTENCE_END.sub("", value)
    if (task := _TASK.search(value)) and _FR_STOP.sub("", value[:task.start()]) == value[:task.start()]:
        return value[:task.end()] + _FR_STOP.sub("", value[task.end():])
    return _FR_STOP.sub("", value)


def trimmed_name(value: str, lang: str) -> str:
    """A name without the words after it that end names (a French verb, an article after a
    preposition) and without trailing function words."""
    if lang == "fr":
        value = _french_trimmed(value)
    return _TRAILING.sub("", value).strip().rstrip("'’")  # "titled 'National ... of Bangladesh' at": the closing quote


#: Heads of organs: a name built on one is an agent where a role trigger names it ("by", "par").
ORGAN_HEAD = re.compile(r"\b(?:Commission|Council|Committee|Board|Body|Office|Bureau|Conseil|Comité|Organe)\b")
#: A country's diplomatic mission is an agent, not an activity headed by "Mission".
_DIPLOMATIC_MISSION = re.compile(r"\bPermanent (?:Observer )?Missions?\b|\bMissions? (?:permanentes?|d['’]observation)\b")
_AFTER_BY = re.compile(r"\b(?:by|par|with|avec)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$")
#: A possessive that opens a name: "UNDP’s", "ITU's".
_POSSESSIVE = re.compile(r"^(?P<owner>[^’']{1,80}?)['’]s\s+(?=[A-Z0-9])")


def _owner(value: str, start: int, agents: list[tuple[int, int]]) -> int:
    """Where the name begins after an agent's possessive that opens it (0 if none): the agent is
    an acronym or a one-word name the registry knows ("UNDP’s Digital Readiness Programme"); a
    name of several words stays in the name ("the World Trade Organization's Ministerial Conference")."""
    m = _POSSESSIVE.match(value)
    if m is None:
        return 0
    owner_end = start + m.end("owner")
    if re.fullmatch(r"[A-Z][A-Z0-9-]{1,9}", m.group("owner")) or any(s == start and e == owner_end for s, e in agents) \
            and " " not in m.group("owner"):
        return m.end()
    return 0


def _matches(pattern: re.Pattern[str], text: str, form: str):
    """The matches of a name's pattern in ``text``, each searched for from where the name before it ends once
    trimmed, not from where its match ends: "Le Programme ... à l’horizon 2030 a créé le Forum de collaboration
    multipartite ...": the Forum's head is no word of the Programme's name, which ends before "a créé"."""
    position = 0
    while (m := pattern.search(text, position)) is not None:
        yield m
        position = max(m.end("head"), m.start() + len(trimmed_name(m.group(0), form)))


def new_activities(text: str, lang: str, taken: list[tuple[int, int]], places: list[tuple[int, int]] = (),  # type: ignore[assignment]
                   agents: list[tuple[int, int]] = (),  # type: ignore[assignment]
                   openers: list[tuple[int, int]] = ()) -> list[Found]:  # type: ignore[assignment]
    """New activities named in ``text`` outside the spans ``taken`` (which grows with them); a
    known activity in ``openers`` may open a longer name ("AI for Good Impact Initiative" is no
    AI for Good: it is a name of its own, which that one opens); a
    place may be a word of the name but not open it ("Dialogue de Genève", not a "Centre ..."
    that is the place Palexpo); an agent may open it ("United Nations Programme in Public
    Administration") but not end it. French text is also read with the English pattern: names
    are often left in English ("Lors du AI Governance Dialogue 2025")."""
    out = []
    patterns = [(_FR_NEW, "fr"), (_EN_NEW, "en")] if lang == "fr" else [(_EN_NEW, "en")]
    for pattern, form in patterns:
        for m in _matches(pattern, text, form):
            value, start = m.group(0), m.start()
            if "\n" in value:  # a name does not run across a line break ("... Activities\n\nThe ITU ...", "ESCAP,
                # ITU and CSTD\nSession 537"): hard-wrapped lines were joined before (line_breaks.unwrap); the name is
                # on the line of its head ("Regional Roadmap for Internet Governance\n\nThe ICT Division of ESCWA ...")
                if m.start("head") < start + value.index("\n"):
                    value = value[:value.index("\n")]
                else:
                    cut = value.rindex("\n") + 1
                    value, start = value[cut:], start + cut
            if form == "fr" and m.start("head") == start and _DEMONSTRATIVE_BEFORE.search(text, max(0, start - 6), start):
                continue  # « ce Sommet à l’ordre du jour … », « cette Conférence »: a short name for one named before
            if opener := (_EN_OPENERS.match(value) if form == "en" else re.match(r"(?:La|Le|L')\s*", value)):
                value, start = value[opener.end():], start + opener.end()
            value = trimmed_name(value, form)
            if owner := _owner(value, start, agents):
                value, start = value[owner:], start + owner  # "UNDP’s Digital ... Programme": UNDP owns it, is no word of it
            if form == "en" and (qualifier := _QUALIFIER.match(value)):
                value, start = value[qualifier.end():], start + qualifier.end()  # "the UN-based Internet Governance Forum"
            if form == "en" and (place := _EVENT_IN_PLACE.search(value)):
                value = value[:place.start("place")]  # "World Economic Forum’s Annual Meeting in Davos": the place is no word of it
            if text[start + len(value):start + len(value) + 1] == "/" and " " in value:
                value = trimmed_name(value.rsplit(" ", 1)[0], form)  # "Pacte de Bridgetown TD/541": a symbol is no word of it
            if form == "en" and (date := _DATE_TAIL.search(value)):
                value = value[:date.start()]  # "... Envoy on Technology in September 2024": a date is no word of a name
            if form == "en" and (city := _CITY_THEN_COUNTRY.search(value)) and (any(
                    s == start + len(value) + len(m2.group(0)) for s, _ in agents
                    for m2 in [re.match(r",\s*", text[start + len(value):])] if m2)
                    or re.match(r"\s+in\s+(?:19|20)\d\d\b", text[start + len(value):])):
                value = value[:city.start()]  # "... Conference on Digital Inclusion and Transformation in Astana, Kazakhstan"
            if form == "en" and (known_place := next((m for m in re.finditer(r"\s+in\s+(?:the\s+)?", value)
                                                      if any(s == start + m.end() for s, _ in places)), None)):
                value = value[:known_place.start()]  # "Global AI Ethics Observatory in Paris": Paris is where it is
            if form == "en" and (bracket := value.find(" (")) > 0 and any(s == start and e == start + bracket for s, e in agents):
                value = value[:bracket]  # "Economic and Social Council (ECOSOC) of the United Nations": a known organ
            if form == "en" and (inside := _ACRONYM_THEN_HEAD.match(text, start + len(value))):
                value = text[start:inside.end()]  # "Digital Transformation Centres (DTC) Initiative": its acronym inside it
            elif form == "en" and (inner := inner_acronym_end(text, start, start + len(value))):
                value = text[start:inner]  # "Africa Centre for Digital and Artificial Intelligence (AI) Skilling"
            elif value.endswith(("Group", "Groupe")) and (number := _GROUP_NUMBER.match(text, start + len(value))):
                value = text[start:number.end()]  # "ITU-T Study Group 16": its number is a word of its name
            if form == "fr" and (listed := enumeration_end(text, start, start + len(value))):
                value = text[start:listed]  # "Forum africain sur la science, la technologie et l’innovation (STI)"
            if form == "fr" and (subtitle := _SUBTITLE.match(text, start + len(value))):
                tail = _TRAILING.sub("", _FR_STOP.sub("", subtitle.group(0))).rstrip()
                value = text[start:start + len(value)] + tail  # " : Solidarité ...", its spacing as written
            if start > 0 and (close := _CLOSING_QUOTE.get(text[start - 1])) and close in value \
                    and not _OPENING_QUOTE_INSIDE.search(value):
                value, start = text[start - 1:start + len(value)], start - 1  # "‘AI for Health’ Focus Group": its own quote
            end = start + len(value)
            if _DIPLOMATIC_MISSION.search(value):
                continue  # "Mission permanente de la Chine auprès des Nations Unies": a country's mission is an agent
            if ORGAN_HEAD.fullmatch(m.group("head")) and _AFTER_BY.search(text, max(0, start - 12), start):
                continue  # "launched by the Smart Africa Board": an organ named after "by" is an agent (not a
                # "Broadband Commission Working Group": a group, whose name only opens with an organ's)
            words = value.split()
            if form == "fr" and re.fullmatch(r"\S+\s+(?:19|20)\d\d", value):
                continue  # a bare head and a year: an English name ends there ("AI Governance Dialogue 2025")
            # an agent may end a name as its owner ("Réseau des centres d'excellence de l'UIT"), not otherwise
            blocking = [(s, e) for s, e in places if s <= start] + [
                (s, e) for s, e in agents if e >= end and not (e == end and s > start and _OWNER_BEFORE.search(text, start, s)
                                                               and not _GOVERNING_HEAD.match(value))]
            opening = [(s, e) for s, e in openers if s == start and e < end and re.match(r" [A-Z]", text[e:e + 2])]
            if len(words) < 2 or _overlaps(start, end, [t for t in taken if t not in opening] + blocking) \
                    or fold(value) in HEADS:
                continue
            if form == "en" and lang == "fr" and not re.search(r"\b(?:" + _EN_HEADS + r")\b", value.split(None, 1)[1]):
                continue  # in French text, an English name has words before its head ("AI Governance Dialogue")
            # the head the pattern matched says what it is: "Global Education Coalition Forum" is an event
            head = HEADS.get(fold(m.group("head"))) or HEADS.get(fold(m.group("head")).split()[-1], "")
            kind = "event" if head in EVENT_HEADS else "activity"
            if (short := run_to_short_name(text, start, end, m.group("head"))) is not None:
                value, end = text[start:short], short  # « ... et des sociétés ... et autres entreprises (le Groupe de travail) »
            elif form == "en" and (complement := complement_to_acronym(text, start, end)) is not None:
                value, end = text[start:complement], complement  # "... Working Group on international ... issues" (CWG-Internet)
            out.append(Found(Term(kind, label=value), start, end))
            taken.append((start, end))
    return sorted(out, key=lambda f: f.start)


_FRAMED_HEADS = (r"hub|pôle|atelier|séminaire|dialogue|forum|sommet|réseau|programme|groupe|plate-?forme|centre|fonds|"
                 r"initiative|coalition|conférence|réunion|projet|colloque|symposium|consultation|webinaire|"
                 r"table ronde|workshop|seminar|summit|conference|meeting|webinar|roundtable|"
                 r"network|platform|programme|initiative|coalition|event|session")
_ORDINAL_WORD = r"(?:première|premier|deuxième|second|seconde|troisième|quatrième|cinquième|first|second|third|fourth|fifth|\d+(?:e|ème|st|nd|rd|th))"
#: One modifier before the head: "a high-level meeting on ...", "a side event of ...".
_MODIFIER = r"(?:(?:high-level|side|special|informal|virtual|joint|parallel|annual|de haut niveau)\s+)?"
_NAME = r"(?P<name>(?:" + _ORDINAL_WORD + r"\s+)?" + _MODIFIER + r"(?:" + _FRAMED_HEADS + r")\b(?:[^,;.()«“]|«[^»]{1,120}»|“[^”]{1,120}”){3,110}?)"
#: A noun phrase in lower case is an activity's name when a role participle follows it: "Le deuxième atelier de
#: renforcement des capacités de l'IA, organisé par ...", "un dialogue informel ..., organisé conjointement avec",
#: "a high-level meeting on ... was jointly initiated by".
_FRAMED = re.compile(r"\b(?:[Ll]e|[Ll]a|[Ll]['’]|[Uu]n|[Uu]ne|[Tt]he|[Aa]n?)\s*" + _NAME
                     + r"\s*(?:,|\s(?:was|were|is|are|will be|has been|have been))\s*(?:jointly\s+|conjointement\s+)?(?:co-?)?(?:lancée?|organisée?|codirigée?|dirigée?|"
                     r"menée?|accueillie?|pilotée?|coordonnée?|présidée?|animée?|organi[sz]ed|hosted|convened|led|"
                     r"launched|co-led|initiated)\s+(?:conjointement\s+|jointly\s+)?(?:par|avec|by|with)\b")
#: ... or when a verb of holding it comes before: "China and Zambia jointly held a side event of the Group
#: of Friends ... at the United Nations Headquarters" (the name ends before its venue or its date).
_HELD = re.compile(r"\b(?:jointly\s+|conjointement\s+)?(?:held|hosted|co-hosted|convened|organi[sz]ed|a organisé|ont organisé|"
                   r"a tenu|ont tenu|a accueilli|ont accueilli|a convoqué|ont convoqué|va (?:co-?)?organiser|"
                   r"vont (?:co-?)?organiser|(?:co-?)?organisera|will (?:co-?)?(?:organi[sz]e|host))\s+"
                   r"(?:a|an|the|un|une|la|le|l['’])\s*"
                   + _NAME
                   + r"(?=\s+(?:at|in|à|au|en)\s+(?:the\s+|l['’]|la\s+)?[A-Z0-9]|\s+(?:on|le)\s+(?:\d|[A-Z]\w+day)|\s*[,.;])")


#: ... or when it is said to be held, its head followed by its topic: "un forum sur l’IA en Afrique se tiendra dans
#: la ville du 12 au 13 décembre".
_TO_BE_HELD = re.compile(r"\b(?:[Ll]e|[Ll]a|[Ll]['’]|[Uu]n|[Uu]ne|[Tt]he|[Aa]n?)\s*(?P<name>(?:[\w-]+\s+){0,6}?" + _MODIFIER
                         + r"(?:" + _FRAMED_HEADS + r")\s+(?:sur|de la|de l['’]|du|des|de|pour|on|of|for)\s*"
                         r"(?:[^,;.()“«]|“[^”]{1,120}”|«[^»]{1,120}»){1,100}?)\s+(?:(?:qui|which|that)\s+)?(?:se tiendra|se tient|"
                         r"s['’]est tenue?|aura lieu|a eu lieu|will take place|will be held|took place|was held)\b")


#: A head and a level only, folded: "réunion de haut niveau", "high-level meeting" say what a meeting is, not its name.
_GENERIC = re.compile(r"(?:[\w-]+\s+)?(?:reunion|conference|meeting|session|dialogue|forum|consultation|table ronde)\s+"
                      r"(?:de haut niveau|ministerielle|informelle|pleniere)")


def framed_activities(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    """Activities named in lower case, read from the role frame that follows them (see ``_FRAMED``)."""
    out = []
    for m in [*_FRAMED.finditer(text), *_HELD.finditer(text), *_TO_BE_HELD.finditer(text)]:
        start, end = m.start("name"), m.end("name")
        # an agent may open the name as its owner ("ITU annual regional ... workshop on ..."), not sit elsewhere in it
        if _overlaps(start, end, [t for t in taken if not (t[0] == start and t[1] < end)]):
            continue
        label = m.group("name")
        if _GENERIC.fullmatch(fold(label)):
            continue  # "la réunion de haut niveau qui s’est tenue à Genève": an unnamed meeting, described
        head = next((HEADS[w] for w in re.findall(r"[\w-]+", fold(label)) if w in HEADS), "")
        out.append(Found(Term("event" if head in EVENT_HEADS else "activity", label=label), start, end))
        taken.append((start, end))
    return out


#: An acronym: two capitals at least, with digits, "+", "@", "&" or lower case between ("FG-AI4H", "WSIS+20", "AI4Good").
_ACRONYM = re.compile(r"(?<![\w@+&-])[A-Z](?=[\w+&@-]*[A-Z])[\w+&@-]{1,14}(?<![-&@])(?![\w@-])")


#: A capitalised word before an acronym and another after it make it a word of a longer name.
_IN_LONGER_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]+[ \t]+$")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")


def acronyms(text: str, new: list[Found], taken: list[tuple[int, int]]) -> list[Found]:
    """Acronyms of the new activities a document names: the one written in brackets after the
    name ("Internet Governance Forum (IGF)"), the first part of a hyphenated one ("This CWG" after "...
    Working Group on ... (CWG-Internet)") and the initials of its words ("FGI" for "Forum sur la
    gouvernance de l'Internet")."""
    out: list[Found] = []
    for m in _ACRONYM.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        if _IN_LONGER_NAME.search(text, max(0, m.start() - 30), m.start()) and _NAME_GOES_ON.match(text, m.end()):
            continue  # "Youth IGF Camp", "Hong Kong IGF Conference": a word of a longer name, not a mention of it
        for found in new:
            if found.end > m.start():
                break
            acronym = r"\(" + re.escape(m.group(0)) + r"(?:-[\w-]+)?\)"
            bracketed = re.match(r"\s*" + acronym, text[found.end:found.end + 30]) is not None \
                or re.search(acronym + "$", text[found.start:found.end]) is not None
            # "Working Group on the Internet Governance Forum (IGF)": the acronym of the name's complement
            term = complement_named(found.term, m.group(0)) or found.term
            named_before = any(text[f.start:f.end] == m.group(0) for f in out if f.term == term)
            if bracketed or named_before or initials(found.term.label) == m.group(0):
                out.append(Found(term, m.start(), m.end()))
                taken.append((m.start(), m.end()))
                break
    return out


#: The number of a numbered group: "ITU-T Study Group 16", "Groupe d'étude 17".
_GROUP_NUMBER = re.compile(r"[ \t]+\d{1,3}(?![\w/.,-]\w)")
