"""Who a clause asks to act: entities of the registry listed after its verb, names the registry
lacks (capitalised, or short noun phrases before the infinitive), the subject after "that";
a preposition puts a name out of the list ("in consultation with Member States")."""

from __future__ import annotations

import re

from loaders.extract.operative import english_assignees as english
from loaders.extract.operative import french_assignees as french
from loaders.extract.operative.described_assignees import described
from loaders.extract.operative.mandate_model import Assignee
from loaders.extract.operative.posts import post_assignees
from loaders.extract.operative.short_names import nearest_full_name, short_name_mentions
from loaders.extract.operative.subjects import demanded_of, subject_end
from loaders.extract.operative.unknown_names import GENERIC, english_names
from loaders.registry import Entity, Mention, Registry

_ASSEMBLY_KEY = "general-assembly"
_DECISIONS = {"decides", "establishes", "resolves", "approves", "adopts", "proclaims", "designates"}

# Where an assignee list ends: the infinitive of what is asked, or "that".
#: A French infinitive ("œuvrer" too), not a noun in -ière, -erre, -ture, -dure, -sure ("de poussière",
#: "de guerre", "de nature", "de procédure", "de mesure").
_INFINITIVE_FR = r"[a-zà-ÿœ]+(?:er|ir|re|oir)\b(?<!ière)(?<!erre)(?<!ture)(?<!dure)(?<!sure)"
_STOP = {
    # (not a preposition after "to": "as agreed to at the Review Conference"; nor "to be taken by", whose agent
    # is the addressee: "Calls for practical steps … to be taken by all nuclear-weapon States")
    # ("all parties to armed conflicts, consistent with…, to protect": "to armed" is no infinitive)
    "en": re.compile(r"\bto\s+(?!armed\b|the\b|a\b|an\b|their\b|its\b|this\b|that\b|which\b|all\b|it\b|them\b|"
                     r"at\b|in\b|by\b|under\b|be\s+[a-z]+(?:ed|en)\s+by\b)[a-z]+\b|\bthat\b"),
    "fr": re.compile(r"(?:\b(?:à|de)\s+|\bd[’'])(?:(?:lui|leur|se|s[’']|en|y|les?|la|l[’'])\s*){0,2}"
                     rf"{_INFINITIVE_FR}|(?<!ainsi\s)\bque\b|(?<!ainsi\s)(?<!selon\s)\bqu[’']"),
}
# Words that put a following name out of the assignee list ("in consultation with Member States").
_BLOCK = {
    "en": re.compile(r"\b(?:with|through|by|from|within|on|for|under|of|among|between|at|against|without|into|"
                     r"about|regarding|in\s+the\s+context|to\s+the)\b", re.I),
    # (« les gouvernements concernés, en particulier ceux des pays d'origine »: "those of", not the countries; « les
    # pays en développement sans littoral » are landlocked, not "without" what follows)
    "fr": re.compile(r"\b(?:avec|par(?!\s+conséquent)|dans|sur|pour|auprès|entre|sous(?![-‑])|contre|sans(?!\s+littoral)|concernant|du|de\s+la|de\s+l[’']|qui|"
                     r"(?:ceux|celles)\s+(?:des|de|du))\b|"
                     r"\bd[’'](?!autres?\b)", re.I),
}
_THAT_SHALL = {
    "en": re.compile(r"\bthat\b(?P<who>[^;:]{0,200}?)\b(?:shall|should|will|is\s+to|are\s+to|be|may|continue)\b"),
    # "Décide que le Comité spécial tiendra…": a verb in the future ends the subject too.
    "fr": re.compile(r"(?:\bque\b|\bqu[’'](?!(?:il|elle|ils|elles|on)\b))(?P<who>[^;:]{0,200}?)\b(?:devra|devront|doit|doivent|sera|seront|continue|continuera|"
                     r"pourra|pourront|soit|soient|présente|présentera|fera|feront|aura|auront|[a-zéèêàâîôû]{2,}(?:era|ira|dra|ront))\b"),
}

#: A decision to recommend to someone that they act.
_RECOMMEND = {"en": re.compile(r"\s+to\s+recommend\s+(?:to\s+(?=the\s)|that\s+)"),
              "fr": re.compile(r"\s+de\s+recommander\s+(?=(?:à|au|aux)\s)")}

#: "Decides that Sao Tome and Principe and Somalia shall be permitted to vote": a subject in the passive undergoes
#: the decision, the Assembly acts ("shall be entrusted with", "shall be mandated to" give the subject a task).
_UNDERGOES = re.compile(r"\s+be\s+(?!(?:entrusted|mandated|requested|tasked|authorized|invited|charged|responsible|"
                        r"expected|called|encouraged|urged)\b)(?:[a-z]+ed|[a-z]+en|held|made|paid|set|kept|met)\b")

_NAMED = {
    "en": re.compile(r"(?:the\s+)?(?P<name>(?:[A-Z][\w’'‑-]*|of|on|for|and|the|in|to)"
                     r"(?:\s+(?:[A-Z][\w’'‑-]*|of|on|for|and|the|in|to)){1,14})"),
    "fr": re.compile(r"(?:les?\s+|la\s+|l[’']\s*|aux?\s+|à\s+la\s+|à\s+l[’']\s*)(?P<name>[A-ZÉ][\w’'-]*"
                     rf"(?:\s+(?!(?:(?:à|de)\s+|d[’']\s*){_INFINITIVE_FR})[\w’'-]+){{1,10}})"),
}
#: The Organization's Member States are "Member States", « États Membres »; in lower case ("member States",
#: « États membres ») they are those of another body ("Calls upon member States of the Commission…").
_MEMBERS_LOWER = {"en": re.compile(r"member\s+States\b"), "fr": re.compile(r"États\s+membres\b")}


def _states_of_members(text: str, mention: Mention, registry: Registry, lang: str) -> Entity:
    """The entity a mention of Member States names: States where the text writes them in lower case; else the
    mention's own."""
    if mention.entity.key == "member-states" and _MEMBERS_LOWER[lang].search(text, mention.start, mention.end):
        return registry.entities.get("states", mention.entity)
    return mention.entity


_POST_WORDS = re.compile(r"Rapporteur|Expert|Representative|Envoy|Coordinator|Adviser|Advisor|President|Chair|"
                         r"Commissioner|Director|Administrator|Rapporteuse|Représentant|Envoyé|Coordonnateur|"
                         r"Conseiller|Président|Haut-Commissaire|Directeur", re.I)
#: Words that may stand between a verb and what follows it ("Demands once more that…").
_MODIFIERS = re.compile(r"(?:\s|,|once\s+more|once\s+again|again|also|further|strongly|de\s+nouveau|"
                        r"à\s+nouveau|également|en\s+outre|une\s+fois\s+de\s+plus|"
                        r"in\s+th(?:is|at)\s+(?:regard|context|respect|connection)|equally|to\s+th(?:is|at)\s+end|therefore|accordingly|"
                        r"à\s+cet\s+égard|dans\s+ce\s+contexte|à\s+cette\s+fin|par\s+conséquent|en\s+conséquence)*")


def _assignee_of(entity: Entity, start: int, end: int, text: str) -> Assignee:
    return Assignee(entity, text[start:end], start, end, entity.type)


_HEAD_OF = re.compile(r"\b(?:Director-General|(?:Executive\s+)?Director|Administrator|Chair|Chairperson|"
                      r"President|Head|(?:Executive\s+)?Secretary|Commissioner|Prosecutor|Registrar|Rapporteur|"
                      r"Committees|Bureau|Presidency|Conference|Meeting)\s+of\s+(?:the\s+)?\Z")
_ATTRIBUTIVE = re.compile(r" (?:(?!as\b|is\b|its\b|has\b|was\b|thus\b|towards\b|across\b|whereas\b|unless\b)"
                          r"[a-z][a-z-]*s|humanitarian|human|country|development|peacekeeping|security|staff|"
                          r"personnel|system-wide|regional|field|treaty|resident|specialized)\b")
_CAPITALISED_BEFORE = re.compile(r"\b(?!The\b|All\b|Other\b)[A-Z][\w’'-]*\s+\Z")
#: "West African countries", "Central Asian States": a region before a group narrows it.
_REGION_BEFORE = re.compile(r"\b(?:West|East|North|South|Southern|Central|Northern|Eastern|Western)\s+\Z")
_SYSTEM_PART = re.compile(r"(?:agencies|bodies|organs|organizations|entities|funds|programmes|members|parts)"
                          r"(?:,?\s+(?:and\s+)?[a-z]+)*\s+of\s+(?:the\s+)?$", re.I)
#: "the Government of the Islamic Republic of Iran", "le Gouvernement de la République arabe
#: syrienne", "les autorités du Myanmar": the state is asked to act, not someone beside it.
_GOVERNMENT_OF = {
    "en": re.compile(r"\b(?:Government|authorities)\s+of\s+(?:the\s+)?\Z", re.I),
    "fr": re.compile(r"\b(?:Gouvernement|autorités)\s+(?:de\s+la\s+|de\s+l[’']\s*|de\s+|du\s+|des\s+|d[’']\s*)\Z", re.I),
}
#: "appeals to countries of origin… to create…": the "to" after "appeals" is a preposition, not an infinitive's.
_APPEALS_TO = re.compile(r"(?:\s|,|again|also|once\s+again|strongly|urgently|further)*\bto\s+")
#: "Décide que les attributions du Bureau des Nations Unies pour la jeunesse seront les suivantes" ("Decides that the
#: United Nations Youth Office will:"): the functions of a body are its tasks.
_FUNCTIONS_OF = re.compile(r"\s*(?:les\s+(?:attributions|fonctions|tâches)|le\s+mandat)\s+(?:du|de\s+la|de\s+l[’'])\s*")
#: Two groups sharing one noun: "international and regional organizations", "organisations
#: internationales et régionales", "organisations intergouvernementales et non gouvernementales".
#: Three adjectives may share it too ("international, regional and subregional organizations"), and in English a
#: noun with its own adjective ("international and regional financial institutions").
_ELLIPSIS = {
    # ("all Member and observer States": Member States and observer States; "coastal and flag States")
    "en": re.compile(r"\b(?:(?P<a0>[a-z][a-z-]+),\s+)?(?P<a1>[a-z][a-z-]+|Member),?\s+(?:and|or)\s+"
                     r"(?P<a2>(?:non[-‑]\s?)?[a-z][a-z-]+)\s+(?P<shared>[a-z]+\s+)?(?P<noun>[a-z]+s|States)\b"),
    "fr": re.compile(r"\b(?P<noun>[a-zà-ÿ]+s)\s+(?:(?P<a0>[a-zà-ÿ-]+),\s+)?(?P<a1>[a-zà-ÿ-]+),?\s+(?:et|ou)\s+"
                     r"(?P<a2>(?:non\s+)?[a-zà-ÿ-]+)\b"),
}


def _elided(text: str, start: int, stop: int, lang: str, registry: Registry) -> list[Assignee]:
    """The groups an ellipsis names, each from its own adjective and the shared noun, when the
    registry knows them."""
    out = []
    for match in _ELLIPSIS[lang].finditer(text, start, stop):
        for part in ("a0", "a1", "a2"):
            if match.group(part) is None:
                continue
            adjective = match.group(part).replace("‑", "-")
            # ("international and regional financial institutions": the adjectives share "financial institutions")
            noun = (match.groupdict().get("shared") or "") + match.group("noun")
            name = f"{adjective} {noun}" if lang == "en" else f"{noun} {adjective}"
            entity = registry.resolve(name, lang)
            if entity is not None and entity.type == "AddresseeGroup":
                out.append(Assignee(entity, text[match.start(part):match.end(part)], match.start(part),
                                    match.end(part), entity.type))
    return out


#: "of (the)" alone between two names: the second is what the first belongs to, the end of its name.
_COMPLEMENT = re.compile(r"\s+of\s+(?:the\s+)?")
#: A name in apposition to the one before ("…, as the United Nations specialized agency").
_APPOSITION = re.compile(r"^\s*,\s*as\s+(?:the|an?)\s+$", re.I)


def _listed(text: str, start: int, stop: int, lang: str, registry: Registry) -> list[Assignee]:
    """Entities listed from ``start`` up to ``stop``, until a preposition puts one out of the list:
    known to the registry, or (in English) named with capitals and minted as new entities."""
    candidates: list[Assignee] = []
    used_as_adjective: list[tuple[int, int]] = []
    mentions = registry.find_mentions(text, lang, start=start, end=stop)
    for mention in mentions:
        if mention.entity.type in ("Place", "Event", "Initiative", "Process"):
            continue
        # "the United Nations Youth Office": a known name inside a longer one names something else;
        # so does one after a post or a part of it ("the Director-General of the United Nations
        # Industrial Development Organization", "the Main Committees of the General Assembly").
        # A group named in lower case after a capitalised word is a narrower group ("African countries").
        longer_fr = lang == "fr" and french.inside_longer_name(text, mention, start, stop)
        # "United Nations funds and programmes", "United Nations humanitarian system": a name
        # used as an adjective names something else.
        attributive = lang == "en" and mention.entity.type != "AddresseeGroup" \
            and _ATTRIBUTIVE.match(text, mention.end, stop)
        longer = longer_fr or attributive or lang == "en" and (re.match(r" [A-Z][\w’'-]*", text[mention.end:stop])
                                   or _HEAD_OF.search(text, max(start, mention.start - 60), mention.start)
                                   or _REGION_BEFORE.search(text, max(start, mention.start - 12), mention.start)
                                   or (mention.entity.labels["en"][:1].islower()
                                       and _CAPITALISED_BEFORE.search(text, max(start, mention.start - 40),
                                                                      mention.start)))
        if not longer:
            entity = _states_of_members(text, mention, registry, lang)
            candidates.append(_assignee_of(entity, mention.start, mention.end, text))
        elif attributive or longer_fr:
            used_as_adjective.append((mention.start, mention.end))
    parts = french.system_parts if lang == "fr" else english.system_parts
    for begin, end, entity in parts(text, start, stop, registry):
        outside = [c for c in candidates if not (begin <= c.start and c.end <= end)]
        if not any(c.start < end and begin < c.end for c in outside):
            candidates = [*outside, Assignee(entity, text[begin:end], begin, end, entity.type)]
    shorts = short_name_mentions(text, lang, registry.short_names, start=start, end=stop)
    for mention in shorts:
        if not any(c.start < mention.end and mention.start < c.end for c in candidates):
            nearest = nearest_full_name(text, mention, lang, registry)
            if isinstance(nearest, str):  # "the Intergovernmental Working Group on…, requests the Working Group"
                candidates.append(Assignee(None, nearest, mention.start, mention.end,
                                           "Post" if _POST_WORDS.search(nearest) else "Body"))
                continue
            entity = nearest.entity if nearest is not None else mention.entity
            candidates.append(_assignee_of(entity, mention.start, mention.end, text))
    # "the Chair of the Special Committee", "la Présidente du Comité spécial": the post, not the body.
    posts = post_assignees(text, start, stop, lang, registry, mentions + shorts)
    candidates = [c for c in candidates if not any(p.start < c.end and c.start < p.end for p in posts)] + posts
    for elided in _elided(text, start, stop, lang, registry):
        if all(c.entity != elided.entity for c in candidates):
            candidates.append(elided)
    for shared in french.coordinated(text, start, stop, registry) if lang == "fr" else []:
        if not any(c.start < shared.end and shared.start < c.end or c.entity == shared.entity for c in candidates):
            candidates.append(shared)
    if lang == "en":
        taken = [(c.start, c.end) for c in candidates] + used_as_adjective
        for begin, end in english_names(text, start, stop, taken):
            name = text[begin:end]
            candidates.append(Assignee(None, name, begin, end, "Post" if _POST_WORDS.search(name) else "Body"))
    found: list[Assignee] = []
    previous = start
    for candidate in sorted(candidates, key=lambda c: c.start):
        gap = text[previous:candidate.start]
        if lang == "fr":  # "tous les États Membres de l'Organisation des Nations Unies, les organismes…"
            gap = french.without_inner_names(text, previous, candidate.start, used_as_adjective)
        part_of_system = candidate.entity is not None and candidate.entity.key == "un-system" \
            and _SYSTEM_PART.search(gap)
        government = candidate.entity is not None and candidate.entity.type == "Country" \
            and _GOVERNMENT_OF[lang].search(gap)
        if lang == "fr":
            gap = french.listed_gap(gap, candidate.entity, text[candidate.start:candidate.end])
        else:
            gap = english.listed_gap(gap, candidate.entity)
            if found and candidate.entity is not None and not government and _COMPLEMENT.fullmatch(gap):
                # "the Office for the Coordination of Humanitarian Affairs of the Secretariat, as well as the
                # International Organization for Migration", "the Intergovernmental Oceanographic Commission of the
                # United Nations Educational, Scientific and Cultural Organization, the United Nations Environment
                # Programme…", "the Governments of the States Members of the United Nations and other relevant
                # stakeholders": what the one before belongs to ends its name, and the list goes on.
                previous = candidate.end
                continue
            if _APPOSITION.search(gap):
                # "the United Nations Industrial Development Organization, as the United Nations specialized
                # agency for industrialization": what the one named before is, not another.
                previous = candidate.end
                continue
        unnamed = english.unnamed_items(text, previous, candidate.start) if lang == "en" and found else None
        if unnamed:  # "…, major groups and other donors": lower-case items the registry lacks, between two it knows
            found.extend(Assignee(None, text[a:b], a, b, "AddresseeGroup") for a, b in unnamed)
            gap = ", "
        if (_BLOCK[lang].search(gap) and not (part_of_system or government)) or len(gap.split()) > 14:
            break
        if all(a.entity != candidate.entity or (a.entity is None and a.name != candidate.name) for a in found):
            found.append(candidate)
        previous = candidate.end
    else:
        unnamed = english.unnamed_items(text, previous, stop, last=True) if lang == "en" and found else None
        found.extend(Assignee(None, text[a:b], a, b, "AddresseeGroup") for a, b in unnamed or [])
    return found


def _named(text: str, start: int, stop: int, lang: str) -> Assignee | None:
    """A body or post named right after the verb that the registry does not know."""
    head = re.match(r"(?:\s|,|also|further|again|as\s+appropriate|le\s+cas\s+échéant|également|en\s+outre)*",
                    text[start:stop])
    at = start + (head.end() if head else 0)
    match = _NAMED[lang].match(text, at, stop)
    if not match:
        return None
    name = match.group("name").strip()
    if lang == "fr":  # "l'Organisation de coopération économique dans les efforts qu'elle fait": where the name ends
        name = re.sub(r"\s+(?:dans|en|avec|par|selon|afin|lors|agissant|compte|qui|dont)\b.*$", "", name)
    name = re.sub(r"\s+(?:of|on|for|and|the|in|to|de|du|des|la|le|et|pour|sur)$", "", name)
    words = name.split()
    if len(words) < 2 or name.lower() in GENERIC or not any(w[:1].isupper() for w in words[1:] + words[:1]):
        return None
    if sum(1 for w in words if w.lower() not in GENERIC and w[:1].isupper()) < 1 \
            and not (lang == "fr" and french.headed_name(words)):
        return None
    begin = match.start("name")
    kind = "Post" if _POST_WORDS.search(name) else "Body"
    return Assignee(None, name, begin, begin + len(name), kind)


def _assignees(text: str, verb_end: int, end: int, action_key: str, strength: int, lang: str,
               registry: Registry) -> list[Assignee]:
    if action_key in _DECISIONS:
        recommended = _RECOMMEND[lang].match(text, verb_end, end)
        if recommended:
            # "Decides to recommend that the Sixth Committee, at the seventy-seventh session…, establish a working
            # group" / « Décide de recommander à la Sixième Commission de créer… »: the body recommended to acts.
            stop = _STOP[lang].search(text, recommended.end(), end) if lang == "fr" else None
            named = _listed(text, recommended.end(), stop.start() if stop else min(end, recommended.end() + 200),
                            lang, registry)
            if named:
                return named
        that = _THAT_SHALL[lang].search(text, verb_end, end)
        if that and that.start() - verb_end < 60 and not (lang == "en" and _UNDERGOES.match(text, that.end())):
            # "Décide qu'en plus des procès-verbaux…, sa Présidente fera distribuer…": the subject after the incise.
            who_start = (french.incise_end if lang == "fr" else english.subject_start)(text, that.start("who"), that.end("who"))
            who = _FUNCTIONS_OF.match(text, who_start, that.end("who"))
            named = _listed(text, who.end() if who else who_start, that.end("who"), lang, registry)
            if named:
                return named
        assembly = registry.entities.get(_ASSEMBLY_KEY)
        return [Assignee(assembly, "General Assembly", verb_end, verb_end, "Body")] if assembly else []
    if strength == 0:
        return []
    if lang == "fr":
        verb_end = french.adverbs_end(text, verb_end, end)  # "Demande avec insistance aux gouvernements…"
    elif action_key == "appeals":
        to = _APPEALS_TO.match(text, verb_end, end)
        verb_end = to.end() if to else verb_end
    stop_match = _STOP[lang].search(text, verb_end, end)
    lead = _MODIFIERS.match(text, verb_end, end)
    incised = french.that_after_incise(text, lead.end(), end) if lang == "fr" else None
    subject = bool(incised or stop_match and re.fullmatch(r"that|que|qu[’']", stop_match.group(0))
                   and stop_match.start() <= lead.end())
    if subject:
        # "Requests that the Commission continue…": the assignee is the subject after "that".
        verb_end = incised.end("that") if incised else stop_match.end()
        if lang == "fr":
            verb_end = french.incise_end(text, verb_end, end)  # "Recommande que, dans le cadre de…, les États"
        # ("Demande que soit adopté…": a verb first, the subject after it, names no one.)
        subject_stop = subject_end(text, verb_end, end, lang)
        stop = subject_stop if subject_stop is not None else min(end, verb_end + 300)
        actors_end = subject_stop if subject_stop is not None else end
    else:
        stop = stop_match.start() if stop_match else min(end, verb_end + 300)
        actors_end = stop_match.start() if stop_match else end
        of_whom = demanded_of(text, verb_end, stop, lang) if stop_match and stop_match.group(0)[:2] == "qu" else None
        verb_end = of_whom if of_whom is not None else verb_end  # "Exige du régime syrien qu'il cesse…"
    found = _listed(text, verb_end, stop, lang, registry)
    if not found:
        named = _named(text, verb_end, stop, lang)
        if named:
            found.append(named)
    if not found and stop_match and not subject and not re.fullmatch(r"that|que|qu[’']", stop_match.group(0)):
        found = described(text, verb_end, stop, lang, registry)
    if not found:
        found = _actors(text, verb_end, actors_end, lang, registry)
    attention = french.attention_of(text, verb_end, end) if lang == "fr" and not found else None
    if attention is not None:  # "Recommande les articles… à l'attention des gouvernements"
        found = _listed(text, attention, min(end, attention + 200), lang, registry)
    return found


_JOINT = r"(?:collaboration|cooperation|partnerships?|coordination|dialogue)"
#: "Encourages greater efforts by States…", "l'évaluation … par toutes les parties prenantes",
#: "Encourages the collaboration of civil society organizations…", "la participation des États…":
#: a directive that names no addressee but says whose act it asks for.
_BY = {"en": re.compile(r"^[^;:]{0,120}?\bby\s+(?!means\b|way\b|[a-z]+ing\b|\d)|"
                        r"^[^;:]{0,300}?\bto\s+be\s+[a-z]+(?:ed|en)\s+by\s+|"
                        r"^\s*(?:the\s+)?(?:[a-z]+\s+)?" + r"(?:collaboration|participation|engagement|involvement|"
                        r"contributions?|cooperation|efforts?)\s+of\s+|"
                        # "Encourages (continued) cooperation between the United Nations and the African Union",
                        # "Invites increased cooperation and coordination among the specialized agencies…", "Also
                        # calls for closer and active collaboration among interested States parties…"
                        r"^\s*(?:the\s+)?(?:[a-z]+\s+){0,3}" + _JOINT + r"(?:\s+and\s+" + _JOINT + r")?"
                        r"\s+(?:between|among)(?:\s+and\s+(?:between|among))?\s+|"
                        # "Calls for support and engagement from Member States, the United Nations system…"
                        r"^\s*(?:the\s+)?(?:[a-z]+\s+){0,2}(?:support|engagement|contributions?|assistance|commitments?)"
                        r"(?:\s+and\s+[a-z]+)?\s+from\s+(?=(?:the\s+|all\s+)?[A-Za-z])"),
       "fr": re.compile(r"^[^;:]{0,120}?\b(?:par|de\s+la\s+part)\s+(?!le\s+biais\b|voie\b|\d)|"
                        r"^\s*(?:la\s+|les\s+|l[’']\s*)?(?:collaboration|participation|engagement|concours|"
                        r"contributions?|coopération|efforts?)\s+(?:[a-zé]+\s+)?(?:de\s+la|de\s+l[’']|des|du|de)\s*")}


def _actors(text: str, start: int, stop: int, lang: str, registry: Registry) -> list[Assignee]:
    """The entities named after "by" ("par") in a directive that asks for an act, not of someone."""
    by = _BY[lang].search(text[start:stop])
    if not by:
        return []
    return _listed(text, start + by.end(), stop, lang, registry)
