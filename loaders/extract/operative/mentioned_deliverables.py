"""Deliverables a clause only speaks of: a noun its patterns find (an observance, a meeting, a report, a
programme) that names something existing, past, or serving another purpose, not a thing the clause asks to deliver.

>>> import re
>>> text = "to bring the present resolution to the attention of all States for appropriate observance of the International Day"
>>> match = re.search(r"(?P<noun>International Day)", text)
>>> only_mentioned("observance", match, text, 0, match.start("noun"), len(text))
True
"""

from __future__ import annotations

import re

__all__ = ["asked_deliverable", "only_mentioned"]

#: An observance named after a preposition is one the clause speaks of ("in support of the objectives of
#: the International Year", "au titre de l'Année internationale"), not one it proclaims or asks to
#: observe, unless a noun of observing governs it ("the celebration of the International Day").
_OF_OBSERVANCE = re.compile(r"\b(?:of|on|for|de|du|des|d[’']|sur|pour)\s+(?:the\s+|la\s+|l[’']\s*|le\s+)?$", re.I)
_OBSERVING = re.compile(r"(?:celebrat|observ|commemorat|célébration|commémoration|proclamation)\w*\s+"
                        r"(?:of|de|du|d[’'])\s+(?:the\s+|la\s+|l[’']\s*|le\s+)?$", re.I)


#: Reporting that someone is helped in ("to continue to assist countries in monitoring and reporting on the
#: implementation of the New Urban Agenda") is theirs, not the assignee's.
_HELPED_IN = re.compile(r"\b(?:assist\w*|support\w*|help\w*|aid\w*)\s+[^;,]{0,40}?\bin\s+(?:[a-z]+ing\s+(?:and|or)\s+)?$", re.I)
#: A noun after "as" ("as an input to", "en tant que contribution") says what something serves as, not a thing to deliver.
_SERVING_AS = re.compile(r"\b(?:as|en\s+tant\s+que|comme)\s+(?:an?\s+|the\s+|une?\s+|la\s+|le\s+)?$", re.I)


#: A report a clause points to, not one it asks for ("to issue the publications referred to in his previous
#: report", « celles qui sont visées dans son précédent rapport »).
_REFERRED_TO_IN = re.compile(r"\b(?:referred\s+to|contained|set\s+out|outlined|described|mentioned|identified|presented|"
                             r"specified|proposed|listed|noted|recommended|indicated|highlighted|expressed|"
                             r"visée?s?|mentionnée?s?|figurant|contenue?s?|présentée?s?|formulée?s?|énoncée?s?|décrite?s?|"
                             r"exposée?s?|indiquée?s?|proposée?s?|recommandée?s?|prévue?s?|faite?s?|évoquée?s?|soulignée?s?|"
                             r"relevée?s?|exprimée?s?|précisée?s?|recensée?s?)"
                             # (with its author between: « les indicateurs proposés par le Secrétaire général dans son
                             # rapport », "the indicators proposed by the Secretary-General in his report")
                             r"(?:\s+(?:by|par)\s+(?:the|le|la|les|l[’'])\s*(?:[\w’'-]+\s+){0,4}?[\w’'-]+)?\s+(?:in|dans)\s+$", re.I)
#: "in his report submitted to the Commission on Human Rights": a report named with its past, which exists.
_SUBMITTED_BEFORE = re.compile(r"\s+(?:submitted|presented|issued|transmitted|présentée?|soumise?)\s+(?:to|in|at|under|à|au|en)\b", re.I)
#: Information received, a proposal made by someone: what exists ("allegations and information received", « la
#: proposition faite par le Secrétaire général », « des informations reçues »).
#: A report said to have been submitted (« le rapport qu'il lui a présenté », "the report that he submitted") too.
_RECEIVED = re.compile(r"\s+(?:received|made\s+by|reçue?s?|faite?s?\s+par|formulée?s?\s+par|"
                       r"(?:that|which)\s+(?:he|she|it|they)\s+(?:has\s+|have\s+|had\s+)?(?:submitted|presented)|"
                       r"qu[’']\s*(?:il|elle|ils|elles)\s+(?:lui\s+|leur\s+)?(?:a|ont|avait|avaient)\s+(?:présentée?s?|soumise?s?))\b", re.I)
#: A head noun written with a capital is part of a name ("the United Nations Platform for Space-based Information").
_NAMED = re.compile(r"(?-i:[A-Z])\w*$")


_OWNED = re.compile(r"(?:\b(?:the|its|his|her|their)|[’']s)\s+$", re.I)
#: Guidelines or studies said to exist ("taking into account existing guidelines", « des directives existantes »).
_EXISTING_BEFORE = re.compile(r"\bexisting\s+(?:[\w-]+\s+){0,2}$", re.I)
_EXISTING_AFTER = re.compile(r"[\w’'-]+\s+existant(?:e|es|s)?\b", re.I)
_SCALE_OF = re.compile(r"\bscales?\s+of\s+$", re.I)


#: Capacity-building named as the field of something else or as what is supported ("cooperation on artificial
#: intelligence capacity-building", "to support artificial intelligence capacity-building", « prêter appui au
#: renforcement des capacités », « appuyer le renforcement des capacités »): the clause asks for that cooperation or
#: support, not for a programme of its own ("in providing technical assistance" still asks for it).
_CAPACITY = re.compile(r"capacity-building|technical\s+(?:(?:and|or)\s+(?:[\w-]+\s+){1,2}?)?assistance|renforcement\s+des|"
                       r"(?:assistance|aide)\s+(?:(?:[\w-]+,?\s+){0,3}?et\s+)?technique", re.I)

#: Capacities strengthened as the purpose of another task ("to promote innovative approaches … to enhance capacity for
#: food production", "in order to … enhance capabilities", "to support … capacity-building to bridge … divides, facilitate
#: access … and build capacity", as French « pour renforcer » is): a verb of strengthening after "in order to", or after
#: a second infinitive of its task.
_STRENGTHEN = re.compile(r"(?:strengthen|enhance|build|reinforce)\b", re.I)
_PURPOSE_BEFORE = re.compile(r"\b(?:in\s+order|so\s+as)\s+to\b|\bafin\s+(?:de|d[’'])", re.I)
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|all|each|every|other)\b)[a-z]+\b")
_FIELD_OR_SUPPORT = re.compile(r"\b(?:on|of|in|for|relating\s+to|related\s+to|support(?:s|ing)?|appui(?:e|er|ent)?|"
                               r"soutien|soutenir)\s+(?:(?:au|à\s+la|à\s+l[’']|le|la|les)\s+)?(?:(?!the\b|an?\b|[\w-]+ing\b)[\w-]+\s+){0,3}$", re.I)
#: A preposition of company or origin before a programme noun ("with other construction projects", « avec les
#: projets »), with at most three words between them.
_WITH_WHOM = re.compile(r"\b(?:with|from|among|across|between|against|avec|auprès\s+des?|parmi|entre)\s+"
                        r"(?:[\w’'-]+\s+){0,3}$", re.I)
#: A programme noun after a preposition names what the task is about, is done in or with ("to update
#: information on the assistance programmes", "to mainstream the right to development into their operational
#: programmes", "to continue its work on the topics in its current programme of work", « dans leurs programmes »),
#: not a programme to deliver ("to develop national programmes").
_ABOUT_OR_IN = re.compile(r"(?:\b(?:on|of|in|into|under|for|at|within|through|about|regarding|concerning|towards?|"
                          r"dans|sur|pour|par|à|en|vers|concernant)\s+(?:(?:the|its|their|his|her|this|these|those|such|all|"
                          r"le|la|les|leur|leurs|son|sa|ses|ce|ces|cette)\s+|l[’']\s*)?|\bto\s+(?:the|its|their|his|her|this|"
                          r"these|those|such|all)\s+|\b(?:au|aux)\s+)$", re.I)
#: A work programme followed or a programme budget is no programme delivered ("to adhere … to the structured work
#: programme", "resources under the proposed programme budget"; a programme of work to adopt and implement is one,
#: as the labelled sets read « d'adopter et de mettre en œuvre … un programme de travail »).
_WORK_OR_BUDGET = re.compile(r"^(?:[\w’'-]+\s+){0,3}?(?:work\s+programmes?|programmes?\s+budget)\b", re.I)
#: A preposition (not the "of" of "the establishment of") and its article just before a body's name.
_BODY_NAMED_AFTER = re.compile(r"\b(?:for|to|with|between|among|in|on|from|by|at|into|within|through|pour|avec|entre|"
                               r"dans|sur|par|auprès\s+d[ue]s?|au|aux|à)\s+(?:(?:the|its|their|his|her|this|le|la|les|leur|"
                               r"leurs|son|sa|ses)\s+|l[’']\s*)?$", re.I)
#: A programme designed or implemented "in" or "when" doing so is the occasion of another task ("to take into account
#: … when designing and implementing their programmes", "to assist policymakers in designing and implementing
#: innovation strategies"), as French « lors de l'élaboration », « dans la conception » are; "by developing" asks.
_OCCASION = re.compile(r"\b(?:in|when|while)\s+$", re.I)
_GERUND = re.compile(r"[a-z]+ing\b")
_IMPLEMENTED = re.compile(r"(?:implement|mettre\s+en\s+œuvre|appliqu|exécut)", re.I)
#: The article of a programme implemented, also before the first words of its name ("to implement the United Nations
#: Global Counter-Terrorism Strategy", whose noun starts at "Nations": « d'appliquer … la Stratégie antiterroriste »).
_DEFINITE = re.compile(r"(?:\b(?:the|le|la|les|du)\s+|\bl[’']\s*)(?:(?-i:[A-Z])[\w-]*\s+){0,3}$", re.I)
#: Capacity-building named as the kind of support given ("to provide financial, technical and capacity-building
#: support to countries"), as French « un appui au renforcement des capacités » is: the support asked for.
_AS_SUPPORT = re.compile(r"\s+(?:support|cooperation)\b", re.I)


#: A meeting said to have been held ("the political declaration of the General Assembly high-level meeting on
#: pandemic prevention, preparedness and response, held on 20 September 2023", « … tenu le 20 septembre 2023 ») is
#: one the clause speaks of, not one to hold ("to be held on", « qui se tiendra le » are to come).
_HELD = re.compile(r"[^;]{0,100}?,\s+(?:held|tenue?s?)\s+(?:on|in|at|from|le|du|à|en)\b")


def _mentioned_meeting(text: str, start: int, end: int) -> bool:
    return bool(_HELD.match(text, start, end))


#: An observance named as the purpose of another task ("to bring the present resolution to the attention of all
#: States … for appropriate observance of the International Day of Play", « aux fins de la célébration de la Journée »).
_FOR_OBSERVING = re.compile(r"\b(?:for|aux\s+fins\s+de|en\s+vue\s+de)\s+(?:the\s+|la\s+|l[’']\s*)?(?:\w+\s+)?"
                            r"(?:observance|célébration|commémoration)\s+(?:of|de|du|d[’'])\s+(?:the\s+|la\s+|l[’']\s*|le\s+)?$", re.I)


def _mentioned_observance(text: str, start: int, end: int) -> bool:
    before = text[start:end]
    return bool(_OF_OBSERVANCE.search(before)) and (not _OBSERVING.search(before) or bool(_FOR_OBSERVING.search(before)))


def _existing_report(match: re.Match, text: str) -> bool:
    """A report "in his report" that was submitted, or a noun of a report that is a name's."""
    groups = match.re.groupindex
    for group in ("noun4", "noun10"):
        if group in groups and match.group(group) and _SUBMITTED_BEFORE.match(text, match.end(group)):
            return True
    if "noun" in groups and match.group("noun") and _RECEIVED.match(text, match.end("noun")):
        return True
    for group in ("noun", "noun8"):
        if group in groups and match.group(group) and _NAMED.search(match.group(group)) \
                and not match.group(group).rstrip().endswith(("Report", "Reports")):
            return True
    return False


#: A deliverable named as the time of another task is one the clause speaks of ("to reach out to Member States prior to
#: the holding of such dialogue", « avant la tenue de ce dialogue », A/RES/76/83 op. 2; "to prepare a summary of the
#: hearing prior to the high-level meeting", « avant la tenue de la réunion de haut niveau », A/RES/77/275 op. 6).
_REFERENCE_POINT = re.compile(r"\b(?:prior\s+to|in\s+advance\s+of|ahead\s+of|in\s+(?:the\s+)?preparation\s+(?:of|for)|"
                              r"on\s+the\s+eve\s+of|avant|en\s+prévision\s+(?:de|du|des|d[’'])|préalablement\s+(?:à|au|aux)|"
                              r"en\s+amont\s+(?:de|du|des|d[’'])|dans\s+le\s+cadre\s+des\s+préparatifs\s+(?:de|du|des|d[’']))\s*"
                              r"(?:(?:the|la|le|les|l[’'])\s*)?(?:(?:holding|convening|tenue|convocation)\s+(?:of|de|du|des|d[’'])\s*"
                              r"(?:the\s+|la\s+|le\s+|les\s+|l[’']\s*)?)?(?:(?:such|this|these|future|ce|cette|ces)\s+)?$", re.I)
#: A deliverable named in what the task would bring about is no task's own ("to provide further relevant data …, which
#: would greatly help in the preparation of future reports of the Committee", « …, ce qui aiderait considérablement le
#: Comité à élaborer les prochains rapports », A/RES/78/71 op. 16).
_CONSEQUENCE = re.compile(r",\s+(?:which|ce\s+qui)\s+(?:would|will|could|might|aiderait|aidera|permettrait|permettra|"
                          r"contribuerait|contribuera|faciliterait|facilitera)\b[^;]*$", re.I)


def _time_or_consequence(text: str, verb_end: int, start: int) -> bool:
    """Whether the deliverable whose noun starts at ``start`` is named as the time of its task or in its consequence."""
    return bool(_REFERENCE_POINT.search(text, max(verb_end, start - 80), start)) or bool(
        _CONSEQUENCE.search(text, verb_end, start))


def only_mentioned(kind: str, match: re.Match, text: str, verb_end: int, start: int, end: int) -> bool:
    """Whether the deliverable of ``kind`` that ``match`` found, its noun at ``start``, is one the clause (its text
    from ``verb_end`` to ``end``) only speaks of."""
    groups = match.re.groupindex
    if _time_or_consequence(text, verb_end, start):
        return True
    if kind == "observance":
        return _mentioned_observance(text, max(verb_end, start - 40), start)
    if kind == "meeting":
        return bool("noun0" in groups and match.group("noun0")) and _mentioned_meeting(text, match.end("noun0"), end)
    if kind == "report":
        # "consultations … as an input to the intergovernmental process": what something serves as; "to assist
        # countries in monitoring and reporting on…": the reporting of those helped.
        return bool(_SERVING_AS.search(text, max(verb_end, start - 12), start)) or bool(
            _REFERRED_TO_IN.search(text, max(verb_end, start - 80), start)) or _existing_report(match, text) or bool(
            "reporting" in groups and match.group("reporting") and _HELPED_IN.search(text, max(verb_end, start - 40), start))
    if kind == "study":
        # "the scale of assessments" is the budget's, no assessment to make; "the Committee's updated evaluation", "the
        # published guidelines": a participle right before its noun says what exists
        verb = re.match(r"[\w-]+", match.group(0))
        if _EXISTING_BEFORE.search(text, max(verb_end, start - 30), start) or _EXISTING_AFTER.match(text, start):
            return True
        return bool(_SCALE_OF.search(text, max(verb_end, start - 12), start)) or bool(
            verb and verb.group(0).lower().endswith("ed") and not text[match.start() + verb.end():start].strip()
            and _OWNED.search(text, max(verb_end, match.start() - 40), match.start()))
    if kind == "body" and "noun" in groups and match.group("noun") and _BODY_NAMED_AFTER.search(
            text, max(verb_end, start - 20), start):
        # "to establish a special account for the United Nations Support Office in Haiti": a body the task is for,
        # to, with or in, not one it establishes (A/RES/80/241 op. 2; « un compte spécial … du Bureau d'appui »)
        return True
    if kind == "programme":
        # "the implementation of the Programme of Action": a programme that exists, not one to deliver; "to
        # continue to gather lessons learned … and share them with other construction projects": a programme the
        # task is done with, not the one it delivers
        if "noun" in groups and match.group("noun") and (
                (_GERUND.match(match.group(0)) and _OCCASION.search(text, max(verb_end, match.start() - 8), match.start()))
                or _WITH_WHOM.search(text, max(verb_end, start - 40), start)
                or _ABOUT_OR_IN.search(text, max(verb_end, start - 20), start)
                or _WORK_OR_BUDGET.match(match.group("noun"))):
            return True
        capacity = next((match.group(g) for g in ("noun0", "noun1") if g in groups and match.group(g)), None)
        if capacity and _STRENGTHEN.match(capacity) and (
                _PURPOSE_BEFORE.search(text, verb_end, start) or len(_INFINITIVE.findall(text, verb_end, start)) > 1):
            return True
        return bool(_IMPLEMENTED.match(match.group(0)) and _DEFINITE.search(text, max(verb_end, start - 60), start)) or bool(
            capacity and _CAPACITY.match(capacity) and (_FIELD_OR_SUPPORT.search(text, max(verb_end, start - 60), start)
                                                        or _AS_SUPPORT.match(text, start + len(capacity))))
    return False


_NOUN_GROUPS = ("noun0", "noun1", "noun2", "noun3", "noun4", "noun5", "noun6", "noun7", "noun8", "noun9", "noun10", "noun11", "reporting")


def _noun_start(kind: str, match: re.Match) -> int:
    """Where the deliverable a kind's pattern found starts: its noun, or the reporting verb, or the match."""
    groups = match.re.groupindex
    for group in ("noun", *_NOUN_GROUPS):
        if group in groups and match.group(group):
            return match.start(group)
    if kind == "report" and match.group("verb"):
        return match.start("verb")
    return match.start()


def asked_deliverable(kind: str, match: re.Match, text: str, verb_end: int, end: int) -> tuple[re.Match, int] | None:
    """The match and its deliverable's start, unless the clause only mentions it; a match that only mentions one
    may hide a shorter one from the same place (« faire rapport au Secrétaire général sur … les recommandations
    figurant dans le rapport de la mission »: the report that exists is mentioned, « faire rapport » asks for one)."""
    start = _noun_start(kind, match)
    if not only_mentioned(kind, match, text, verb_end, start, end):
        return match, start
    shorter = match.re.search(text, match.start(), start) if start > match.start() else None
    if shorter is None or shorter.start() != match.start():
        return None
    start = _noun_start(kind, shorter)
    return None if only_mentioned(kind, shorter, text, verb_end, start, end) else (shorter, start)
